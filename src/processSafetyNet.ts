import { databaseFailureOf } from './db/databaseFailureOf.js'
import { logger } from './logger.js'

export type SafetyNetHooks = {
  /** A database connection failed outside any request (a driver 'error' event nobody heard). */
  onDatabaseFailure: (err: unknown) => void
  /** The process is in an unknown state: stop gracefully with this exit code. */
  onFatal: (exitCode: number) => void
}

/**
 * The last line before Node ends the process on its own.
 * - An unhandled rejection is a promise nobody awaited (a background task, a fire-and-forget
 *   write): its work failed, but no invariant of the process broke. Logged at error; serving goes on.
 * - An uncaught exception that is a database connection failure (an 'error' event from a socket the
 *   driver did not listen on) leaves the process sound: the pool replaces the connection. Logged,
 *   the database marked down, serving goes on.
 * - Any other uncaught exception means code stopped half-way through something: the process state
 *   is unknown. It stops gracefully with exit code 1 and the supervisor starts a clean one.
 */
export const installProcessSafetyNet = (hooks: SafetyNetHooks): void => {
  process.on('unhandledRejection', (reason) => {
    logger.error(
      { err: reason, kind: 'unhandledRejection', database: databaseFailureOf(reason) },
      'unhandled promise rejection (serving continues)',
    )
    if (databaseFailureOf(reason) === 'unavailable') hooks.onDatabaseFailure(reason)
  })
  process.on('uncaughtException', (err, origin) => {
    if (databaseFailureOf(err) === 'unavailable') {
      logger.error({ err, kind: origin }, 'uncaught database connection error (serving continues)')
      hooks.onDatabaseFailure(err)
      return
    }
    logger.fatal({ err, kind: origin }, 'uncaught exception: process state unknown, shutting down')
    hooks.onFatal(1)
  })
}
