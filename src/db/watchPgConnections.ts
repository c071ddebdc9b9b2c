import type { Payload } from 'payload'
import { logger } from '../logger.js'
import type { DatabaseHealth } from './databaseHealth.js'

type PgClient = {
  on: (event: 'error', fn: (err: Error) => void) => void
  release?: (err?: Error) => void
}
type PgPool = {
  on(event: 'error', fn: (err: Error) => void): void
  on(event: 'connect', fn: (client: PgClient) => void): void
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
}

/**
 * Every PostgreSQL connection gets an 'error' listener. pg-pool only listens on idle clients; a
 * checked-out client (a transaction between two queries, or the connection Payload's adapter keeps
 * checked out for ever) that loses its server emits an 'error' nobody hears, and Node ends the
 * process for it (57P01 when PostgreSQL stops). Here a lost connection marks the database down.
 */
export const watchPgConnections = (payload: Payload, health: DatabaseHealth): void => {
  // Payload types payload.db as the common adapter; the driver's own members depend on the database chosen.
  const pools = [(payload.db as unknown as { pool?: PgPool }).pool].filter((p): p is PgPool =>
    Boolean(p),
  )
  for (const pool of pools) {
    const lost = (err: Error) => {
      logger.warn({ err }, 'database connection lost')
      health.markDown(err)
    }
    pool.on('error', lost)
    pool.on('connect', (client) => client.on('error', lost))
    // Clients checked out now (before any request) belong to the adapter and are never released by
    // it: once dead, give their slot back to the pool.
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    for (const client of pool._clients ?? []) {
      const adapterHeld = !idle.has(client)
      client.on('error', (err) => {
        lost(err)
        if (adapterHeld) {
          try {
            client.release?.(err)
          } catch {
            // already released
          }
        }
      })
    }
  }
}
