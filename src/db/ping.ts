import type { Payload } from 'payload'

type SqlAdapter = {
  name: string
  drizzle?: { execute?: (q: string) => Promise<unknown>; run?: (q: unknown) => Promise<unknown> }
  pool?: { query: (q: string) => Promise<unknown> }
  client?: { execute: (q: string) => Promise<unknown> }
}
type MongoAdapter = { connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } } }

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`database ping timed out after ${ms} ms`)), ms).unref(),
    ),
  ])

/** Asks the database itself for a trivial answer; throws when it cannot. */
export const pingDatabase = async (payload: Payload, timeoutMs = 2000): Promise<void> => {
  // Payload types payload.db as the common adapter; the driver's own members depend on the database chosen.
  const db = payload.db as unknown as SqlAdapter & MongoAdapter
  if (db.pool) return void (await withTimeout(db.pool.query('select 1'), timeoutMs))
  if (db.client?.execute) return void (await withTimeout(db.client.execute('select 1'), timeoutMs))
  if (db.connection?.db) return void (await withTimeout(db.connection.db.admin().ping(), timeoutMs))
  throw new Error(`no ping for database adapter ${db.name}`)
}
