/**
 * What kind of database failure an error is, if any: `unavailable` (the server is gone or refuses
 * connections: retry later, nothing was written), `busy` (SQLite locked by another writer: retry
 * soon), or null (anything else, e.g. a constraint or a bug: not ours to rephrase).
 * Drivers and ORMs wrap errors (drizzle's DrizzleQueryError, Payload's APIError), so the cause
 * chain is walked.
 */
export type DatabaseFailure = 'unavailable' | 'busy'

/** SQLSTATE class 08 is "connection exception"; 57P01-03 are shutdowns and start-ups; 53300 too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/
const UNAVAILABLE_SYSCALL = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
])
const UNAVAILABLE_SQLITE = new Set([
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_NOTADB',
  'CLIENT_CLOSED',
])
const BUSY_SQLITE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED'])
/** node-postgres says these in words only. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|terminating connection due to administrator command|the database system is (shutting down|starting up)|The client is closed/i

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }

export const databaseFailureOf = (error: unknown): DatabaseFailure | null => {
  const seen = new Set<unknown>()
  const queue: unknown[] = [error]
  while (queue.length) {
    const e = queue.shift() as ErrorLike | null | undefined
    if (!e || typeof e !== 'object' || seen.has(e)) continue
    seen.add(e)
    const code = typeof e.code === 'string' ? e.code : ''
    const base = code.split('_').slice(0, 2).join('_') // libsql says SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…
    if (BUSY_SQLITE.has(code) || BUSY_SQLITE.has(base)) return 'busy'
    if (
      UNAVAILABLE_SQLSTATE.test(code) ||
      UNAVAILABLE_SYSCALL.has(code) ||
      UNAVAILABLE_SQLITE.has(code) ||
      UNAVAILABLE_SQLITE.has(base)
    )
      return 'unavailable'
    if (typeof e.message === 'string') {
      if (/SQLITE_BUSY|database is locked/i.test(e.message)) return 'busy'
      if (UNAVAILABLE_MESSAGE.test(e.message)) return 'unavailable'
    }
    queue.push(e.cause)
    if (Array.isArray(e.errors)) queue.push(...e.errors) // AggregateError (e.g. every address refused)
  }
  return null
}
