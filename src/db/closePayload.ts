import type { Payload } from 'payload'
import { readReplicasOf } from './readReplicas.js'

type PgPool = {
  on: (event: 'error', fn: (err: unknown) => void) => void
  end: () => Promise<void>
  _clients?: { release?: () => void; _ending?: boolean }[]
  _idle?: unknown[]
}

/**
 * Closes Payload and its database for real. payload.destroy() leaves the PostgreSQL pool open with
 * one client checked out (the adapter's reconnect probe), which keeps the process alive and raises
 * 57P01 when PostgreSQL stops: release it and end the pool.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (pool) pool.on('error', () => undefined)
  await readReplicasOf(payload)?.close()
  await payload.destroy().catch(() => undefined)
  if (pool) {
    for (const client of pool._clients ?? []) {
      if (!(pool._idle ?? []).includes(client)) {
        try {
          client.release?.()
        } catch {
          // already released
        }
      }
    }
    await pool.end().catch(() => undefined)
  }
  const client = (payload.db as unknown as { client?: { close?: () => void } }).client
  try {
    client?.close?.()
  } catch {
    // already closed
  }
}
