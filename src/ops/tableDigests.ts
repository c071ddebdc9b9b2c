import { createHash } from 'node:crypto'
import { quoteIdent, tablesOf, type Db } from './databaseConnection.js'

export type TableDigest = { rows: number; sha256: string }
export type TableDigests = Record<string, TableDigest>

const canonicalValue = (v: unknown): unknown =>
  typeof v === 'bigint'
    ? v.toString()
    : v instanceof ArrayBuffer
      ? Buffer.from(v).toString('base64')
      : v

/** One SQLite row as text: keys sorted, so the same row gives the same line in any file. */
const sqliteLine = (row: Record<string, unknown>): string =>
  JSON.stringify(
    Object.fromEntries(
      Object.keys(row)
        .sort()
        .map((k) => [k, canonicalValue(row[k])]),
    ),
  )

/**
 * PostgreSQL's own JSON text of each row (jsonb: keys in a fixed order, whatever the column order of
 * the table), sorted bytewise: the same rows give the same lines.
 */
export const pgRowsSql = (table: string): string =>
  `SELECT to_jsonb(t)::text AS j FROM ${quoteIdent(table)} t ORDER BY to_jsonb(t)::text COLLATE "C"`

/**
 * Row count and SHA-256 of every table: the lines (one per row, sorted) hashed in order. Two
 * databases of the same kind with the same digests hold the same rows, ids and all. On PostgreSQL,
 * run inside the transaction whose snapshot is being described.
 */
export const tableDigests = async (
  db: Db,
  onLine?: (table: string, line: string) => void,
): Promise<TableDigests> => {
  const digests: TableDigests = {}
  for (const table of await tablesOf(db)) {
    const hash = createHash('sha256')
    let rows = 0
    const lines =
      db.kind === 'sqlite'
        ? (await db.all(`SELECT * FROM ${quoteIdent(table)}`)).map(sqliteLine).sort()
        : (await db.all(pgRowsSql(table))).map((r) => String(r.j))
    for (const line of lines) {
      hash.update(line).update('\n')
      onLine?.(table, line)
      rows++
    }
    digests[table] = { rows, sha256: hash.digest('hex') }
  }
  return digests
}

/** The audit chain's head in this snapshot (recorded in the manifest: a later cut-off tail shows). */
export const auditHeadOf = async (db: Db): Promise<{ seq: number; hash: string } | null> => {
  const tables = await tablesOf(db)
  if (!tables.includes('audit_log')) return null
  const [row] = await db.all(
    `SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1`,
  )
  return row ? { seq: Number(row.seq), hash: String(row.hash) } : null
}
