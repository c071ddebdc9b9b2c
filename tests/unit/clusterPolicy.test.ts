import { describe, expect, it } from '@jest/globals'
import { MAX_RESTART_MS, restartDelayMs, workerCountOf } from '../../src/cluster/clusterPolicy.js'

describe('how many workers (WEB_CONCURRENCY)', () => {
  it.each([
    ['production, nothing set: one per core', undefined, true, 2, 2],
    ['production on one core', undefined, true, 1, 1],
    ['development, nothing set: one', undefined, false, 8, 1],
    ['set explicitly in production', '3', true, 2, 3],
    ['set explicitly in development', '2', false, 2, 2],
    ['set to 1 in production (one process, no primary)', '1', true, 4, 1],
    ['blank: the default', ' ', true, 4, 4],
    ['not a number: the default', 'auto', true, 4, 4],
    ['zero: the default', '0', false, 4, 1],
    ['a fraction: the default', '1.5', true, 2, 2],
  ] as const)('%s', (_name, webConcurrency, production, cores, expected) =>
    expect(workerCountOf({ webConcurrency, production, cores })).toBe(expected),
  )
})

describe('when a dead worker is replaced', () => {
  it('replaces a worker that was serving after the first delay', () =>
    expect(restartDelayMs(0)).toBe(500))

  it('doubles the delay for each worker in a row that died before becoming stable, up to 30 s', () => {
    expect([1, 2, 3, 4, 5].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000, 8000])
    expect(restartDelayMs(20)).toBe(MAX_RESTART_MS)
    expect(restartDelayMs(500)).toBe(MAX_RESTART_MS)
  })
})
