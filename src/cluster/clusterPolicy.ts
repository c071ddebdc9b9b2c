/** Pure rules of the worker cluster: how many workers, and how soon a dead one is replaced. */

/**
 * `WEB_CONCURRENCY` when set to a positive whole number; otherwise one worker per core in production
 * and one in development and tests (one process: simplest to debug, and the dev server's watcher
 * restarts it).
 */
export const workerCountOf = (env: {
  webConcurrency: string | undefined
  production: boolean
  cores: number
}): number => {
  const asked = Number(env.webConcurrency)
  if (env.webConcurrency?.trim() && Number.isInteger(asked) && asked > 0) return asked
  return env.production ? Math.max(1, env.cores) : 1
}

/** A worker that lived this long was serving: its death is an accident, not a failing boot. */
export const STABLE_AFTER_MS = 30_000
export const FIRST_RESTART_MS = 500
export const MAX_RESTART_MS = 30_000

/**
 * How long to wait before replacing a worker that died, given how many workers in a row died before
 * becoming stable. A crash after a long life is replaced at once (after the first delay); a worker
 * that dies at boot (a bad setting, the database refusing) is retried ever more slowly, doubling up
 * to 30 s, so it does not spin the machine.
 */
export const restartDelayMs = (earlyDeathsInARow: number): number =>
  Math.min(MAX_RESTART_MS, FIRST_RESTART_MS * 2 ** Math.max(0, earlyDeathsInARow - 1))
