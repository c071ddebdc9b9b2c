import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import express from 'express'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveCachedRead } from '../../src/cache/cachedRead.js'
import { ResponseCache } from '../../src/cache/responseCache.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { waitFor } from '../helpers/workflowFixture.js'

/**
 * Single flight, over real HTTP with a real cache (its publication clock reads the real database):
 * the computation behind the route is counted and held open by a gate, and the cache's clock is
 * moved by hand, so the test waits for events, never for time.
 */
describe.each(DATABASES)('one computation per expired or invalidated entry (%s)', (db) => {
  let n: TestNewsroom
  let server: http.Server
  let base: string
  let clock = Date.parse('2026-11-23T08:00:00Z')
  let cache: ResponseCache
  let computations = 0
  let gate: Promise<void> = Promise.resolve()
  let open: () => void = () => {}
  const closeGate = () => {
    gate = new Promise((r) => (open = r))
  }

  beforeAll(async () => {
    n = await startNewsroom(db)
    cache = new ResponseCache(n.payload, { defaultTtl: 30_000, now: () => clock })
    const app = express()
    app.get('/api/berita-uji', async (req, res, next) => {
      try {
        await serveCachedRead(req, res, cache, async () => {
          const number = ++computations
          await gate
          return new Response(JSON.stringify({ computation: number }), {
            headers: { 'Content-Type': 'application/json' },
          })
        })
      } catch (error) {
        next(error)
      }
    })
    server = app.listen(0, '127.0.0.1')
    await new Promise((r) => server.once('listening', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server?.close()
    await n?.stop()
  })

  const get = async () => {
    const res = await fetch(`${base}/api/berita-uji`)
    return {
      body: (await res.json()) as { computation: number },
      age: Number(res.headers.get('age')),
      cacheControl: res.headers.get('cache-control'),
    }
  }
  const twenty = () => Array.from({ length: 20 }, () => get())

  it.each([
    ['expired past its stale-while-revalidate window', () => (clock += 30_000 + 60_000 + 1)],
    ['invalidated by a write', () => cache.invalidate()],
  ])(
    '20 concurrent requests for an entry %s cause exactly one computation, and all get its result',
    async (_what, expire) => {
      await get() // fills the entry
      expect((await get()).body.computation).toBe(computations) // a hit
      expire()
      const before = {
        computations,
        counted: cache.counters.computations,
        misses: cache.counters.misses,
      }
      closeGate()
      const answers = twenty()
      // Every one of the 20 has reached the cache and is waiting (none is answered: the gate is shut).
      await waitFor(async () => cache.counters.misses === before.misses + 20, 20_000)
      expect(computations).toBe(before.computations + 1)
      open()
      const results = await Promise.all(answers)
      expect(computations).toBe(before.computations + 1)
      expect(cache.counters.computations).toBe(before.counted + 1)
      expect(new Set(results.map((r) => r.body.computation))).toEqual(new Set([computations]))
      expect(results.every((r) => r.age === 0)).toBe(true)
    },
  )

  it('serves the stale entry at once within stale-while-revalidate while one refresh runs', async () => {
    cache.invalidate()
    await get()
    const stored = computations
    clock += 30_000 + 10_000 // 10 s past max-age=30, within stale-while-revalidate=60
    const before = computations
    closeGate()
    // All 20 are answered while the refresh is held: from the stale entry, saying how old it is.
    const results = await Promise.all(twenty())
    expect(results.map((r) => r.body.computation)).toEqual(Array(20).fill(stored))
    expect(results.every((r) => r.age === 40)).toBe(true)
    expect(results[0].cacheControl).toBe(
      'public, max-age=30, s-maxage=30, stale-while-revalidate=60',
    )
    expect(computations).toBe(before + 1) // one refresh, started by the first of them
    open()
    await waitFor(async () => (await get()).body.computation === before + 1, 20_000)
    const fresh = await get()
    expect(fresh.body.computation).toBe(before + 1)
    expect(fresh.age).toBe(0)
    expect(computations).toBe(before + 1)
  })
})
