import path from 'node:path'
import { databaseKindOf } from '../db/databaseKind.js'

/** A plain connection for backup and restore: no Payload, so nothing is pushed or migrated by accident. */
export type Db = {
  kind: 'sqlite' | 'postgres'
  /** Rows as objects; `?` placeholders on SQLite, `$1` on PostgreSQL. */
  all: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  close: () => Promise<void>
}

export const sqliteFileOf = (uri: string): string =>
  path.resolve(uri.replace(/^file:(\/\/)?/, '').split('?')[0])

export const openDatabase = async (uri: string): Promise<Db> => {
  const kind = databaseKindOf(uri)
  if (kind === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const client = createClient({ url: uri })
    return {
      kind,
      all: async (sql, params = []) => {
        const rs = await client.execute({ sql, args: params as never })
        return rs.rows.map((row) =>
          Object.fromEntries(rs.columns.map((c, i) => [c, (row as unknown as unknown[])[i]])),
        )
      },
      close: async () => client.close(),
    }
  }
  if (kind === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: uri })
    client.on('error', () => undefined)
    await client.connect()
    // Times as UTC text, the same in every session: digests compare across servers.
    await client.query(`SET TIME ZONE 'UTC'`)
    return {
      kind,
      all: async (sql, params = []) => (await client.query(sql, params)).rows,
      close: async () => client.end(),
    }
  }
  throw new Error(
    'Cadangan hanya untuk SQLite dan PostgreSQL (backup supports SQLite and PostgreSQL).',
  )
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

/** Every table of the newsroom, by name. */
export const tablesOf = async (db: Db): Promise<string[]> =>
  (db.kind === 'sqlite'
    ? await db.all(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
    : await db.all(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      )
  ).map((r) => String(r.name))

/** True when no table holds a row (or there is no table). */
export const isEmptyDatabase = async (db: Db): Promise<boolean> => {
  for (const table of await tablesOf(db)) {
    const [row] = await db.all(`SELECT 1 AS x FROM ${quoteIdent(table)} LIMIT 1`)
    if (row) return false
  }
  return true
}
