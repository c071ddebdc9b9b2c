import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { projectRoot } from '../config/env.js'
import { databaseKindOf, type DatabaseKind } from './databaseKind.js'

/** A pg Client that gives up connecting after `timeoutMs`. */
const fastFailClient = async (timeoutMs: number) => {
  const { default: pg } = await import('pg')
  return class FastFailClient extends pg.Client {
    constructor(config?: string | import('pg').ClientConfig) {
      super({
        ...(typeof config === 'string' ? { connectionString: config } : config),
        connectionTimeoutMillis: timeoutMs,
      })
    }
  }
}

export type AdapterChoice = { kind: DatabaseKind; adapter: DatabaseAdapterObj }

/** Makes sure the directory of a `file:` SQLite database exists. */
const ensureSqliteDir = (uri: string): void => {
  const file = uri.replace(/^file:/, '').split('?')[0]
  if (file && file !== ':memory:')
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
}

/**
 * The database adapter for a URI. Adapters are imported lazily so a deployment pays only for the
 * driver it uses. In production the SQL adapters apply the committed migrations on boot.
 */
export const databaseAdapterFor = async (uri: string): Promise<AdapterChoice> => {
  const kind = databaseKindOf(uri)
  if (kind === 'sqlite') {
    ensureSqliteDir(uri)
    const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
    const { migrations } = await import('../../migrations/sqlite/index.js')
    // WAL: readers never wait for the writer. A writer waits up to busyTimeout for another one
    // (a second process, a backup) before SQLITE_BUSY, which is answered 503 with Retry-After.
    const busyTimeout = Number(process.env.DATABASE_BUSY_TIMEOUT_MS ?? 5000)
    const wal = !uri.includes(':memory:')
    return {
      kind,
      adapter: sqliteAdapter({
        client: { url: uri },
        wal,
        busyTimeout,
        migrationDir: path.join(projectRoot(), 'migrations', 'sqlite'),
        prodMigrations: migrations,
      }),
    }
  }
  if (kind === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations } = await import('../../migrations/postgres/index.js')
    return {
      kind,
      adapter: postgresAdapter({
        // Fail fast: opening a connection gives up after this long, so an unreachable database is a
        // 503 within 2 s, not a hang. Set on the client, not the pool: the pool's option would also
        // cut requests that merely queue for a free connection under load.
        pool: {
          connectionString: uri,
          max: Number(process.env.DATABASE_POOL_MAX ?? 10),
          Client: await fastFailClient(Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 1500)),
        },
        migrationDir: path.join(projectRoot(), 'migrations', 'postgres'),
        prodMigrations: migrations,
        // DATABASE_READ_REPLICAS are installed once connected, by src/db/readReplicas.ts.
      }),
    }
  }
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  return { kind, adapter: mongooseAdapter({ url: uri }) }
}
