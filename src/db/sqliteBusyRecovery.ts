import { createClient, type Client, type Config } from '@libsql/client'
import type { Payload } from 'payload'
import { logger } from '../logger.js'

type SqliteAdapter = {
  name: string
  client?: Client
  clientConfig?: Config
  busyTimeout?: number
  wal?: { synchronous?: string } | false
}
type Delegate = Pick<
  Client,
  'execute' | 'batch' | 'migrate' | 'transaction' | 'executeMultiple' | 'sync' | 'close'
>
const METHODS = [
  'execute',
  'batch',
  'migrate',
  'transaction',
  'executeMultiple',
  'sync',
  'close',
] as const

const isBusy = (error: unknown): boolean => {
  for (
    let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (typeof e.code === 'string' && e.code.startsWith('SQLITE_BUSY')) return true
  }
  return false
}

// Object.fromEntries forgets which method each entry is; the entries are exactly Delegate's methods.
const bind = (client: Client): Delegate =>
  Object.fromEntries(
    METHODS.map((m) => [m, (client[m] as (...a: unknown[]) => unknown).bind(client)]),
  ) as unknown as Delegate

/**
 * libsql (0.4) leaves a connection poisoned after a statement fails with SQLITE_BUSY: the failed
 * statement is not reset until it is garbage-collected, so the connection stays inside an implicit
 * transaction and every later write on it is acknowledged but never committed (measured: a 201
 * whose row no other connection, and no restart, ever sees). The adapter's client becomes a facade
 * whose connection is replaced the moment one reports BUSY; the BUSY itself still reaches the caller
 * (503 DATABASE_BUSY), and the retry writes on a clean connection.
 */
export const recoverSqliteFromBusy = async (payload: Payload): Promise<void> => {
  // Payload types payload.db as the common adapter; the driver's own members depend on the database chosen.
  const adapter = payload.db as unknown as SqliteAdapter
  const facade = adapter.client
  if (adapter.name !== 'sqlite' || !facade || !adapter.clientConfig) return
  let current = bind(facade)
  let replacing: Promise<void> | null = null
  const replace = () =>
    (replacing ??= (async () => {
      const poisoned = current
      const fresh = createClient(adapter.clientConfig as Config)
      if (adapter.busyTimeout) await fresh.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout};`)
      if (adapter.wal && adapter.wal.synchronous)
        await fresh.execute(`PRAGMA synchronous = ${adapter.wal.synchronous};`)
      current = bind(fresh)
      try {
        poisoned.close()
      } catch {
        // already closed
      }
      logger.warn(
        'SQLite connection replaced after SQLITE_BUSY (its failed statement would hold an open transaction)',
      )
    })().finally(() => (replacing = null)))
  for (const method of METHODS) {
    // The client's methods are typed one by one; each is replaced by a wrapper of the same shape.
    ;(facade as unknown as Record<string, unknown>)[method] =
      method === 'close'
        ? () => current.close()
        : async (...args: unknown[]) => {
            try {
              return await (current[method] as (...a: unknown[]) => Promise<unknown>)(...args)
            } catch (error) {
              if (isBusy(error))
                await replace().catch((err) =>
                  logger.error({ err }, 'could not replace the SQLite connection'),
                )
              throw error
            }
          }
  }
}
