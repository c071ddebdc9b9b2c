import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { quoteIdent, tablesOf, type Db } from './databaseConnection.js'
import { auditHeadOf, tableDigests, type TableDigests } from './tableDigests.js'

const run = promisify(execFile)

export type PgMethod = 'pg_dump' | 'logical'

/** The major version of the `pg_dump` on the PATH, or null when there is none. */
export const toolMajor = async (tool: 'pg_dump' | 'pg_restore'): Promise<number | null> => {
  try {
    const { stdout } = await run(tool, ['--version'])
    const m = /(\d+)(?:\.\d+)?/.exec(stdout)
    return m ? Number(m[1]) : null
  } catch {
    return null
  }
}

export const serverMajor = async (db: Db): Promise<number> => {
  const [row] = await db.all('SHOW server_version_num')
  return Math.floor(Number(row.server_version_num) / 10000)
}

/**
 * pg_dump refuses a server newer than itself: use it only when its major version is at least the
 * server's. `BACKUP_PG_METHOD=logical` forces the built-in export.
 */
export const choosePgMethod = async (db: Db): Promise<PgMethod> => {
  if (process.env.BACKUP_PG_METHOD === 'logical') return 'logical'
  const dump = await toolMajor('pg_dump')
  return dump !== null && dump >= (await serverMajor(db)) ? 'pg_dump' : 'logical'
}

/** A URI without its password, and the password for PGPASSWORD (never on a command line). */
export const libpqTarget = (uri: string): { dbname: string; env: NodeJS.ProcessEnv } => {
  const u = new URL(uri)
  const password = decodeURIComponent(u.password)
  u.password = ''
  return { dbname: u.toString(), env: { ...process.env, PGPASSWORD: password } }
}

/**
 * One consistent snapshot of the database, written into `dir`, with the digests of that same
 * snapshot. Everything runs in one REPEATABLE READ transaction; pg_dump, when used, is handed that
 * transaction's exported snapshot, so the dump and the manifest describe the same instant while the
 * newsroom goes on writing. The built-in export writes each table's rows as PostgreSQL's own JSON
 * (`database/<table>.jsonl`, one row a line); the schema comes back from the migrations on restore.
 */
export const backupPostgres = async (
  db: Db,
  uri: string,
  dir: string,
): Promise<{ method: PgMethod; file: string; tables: TableDigests; auditHead: unknown }> => {
  const method = await choosePgMethod(db)
  await db.all('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
  try {
    if (method === 'pg_dump') {
      const [{ snapshot }] = await db.all('SELECT pg_export_snapshot() AS snapshot')
      const file = 'database.pgdump'
      const { dbname, env } = libpqTarget(uri)
      const dump = run(
        'pg_dump',
        [
          '-Fc',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${snapshot}`,
          '-f',
          path.join(dir, file),
          `--dbname=${dbname}`,
        ],
        { env, maxBuffer: 64 * 1024 * 1024 },
      )
      const tables = await tableDigests(db)
      const auditHead = await auditHeadOf(db)
      await dump
      return { method, file, tables, auditHead }
    }
    const file = 'database'
    fs.mkdirSync(path.join(dir, file))
    const fds = new Map<string, number>()
    for (const table of await tablesOf(db))
      fds.set(table, fs.openSync(path.join(dir, file, `${table}.jsonl`), 'w'))
    try {
      const tables = await tableDigests(db, (table, line) =>
        fs.writeSync(fds.get(table) as number, `${line}\n`),
      )
      return { method, file, tables, auditHead: await auditHeadOf(db) }
    } finally {
      for (const fd of fds.values()) fs.closeSync(fd)
    }
  } finally {
    await db.all('COMMIT')
  }
}

const BATCH = 500

/**
 * Loads a built-in export into a database whose schema the migrations have just built: in one
 * transaction, every table emptied, foreign keys set aside while the rows go in (they reference each
 * other in circles), put back (so they are checked), and every id sequence moved past the largest id.
 */
export const loadLogicalExport = async (db: Db, exportDir: string): Promise<void> => {
  const present = new Set(await tablesOf(db))
  const files = fs
    .readdirSync(exportDir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
  const missing = files.filter((t) => !present.has(t))
  if (missing.length)
    throw new Error(
      `Skema tujuan tidak memiliki tabel ${missing.join(', ')} (migrasi tujuan lebih lama dari cadangan).`,
    )
  await db.all('BEGIN')
  try {
    const fks = await db.all(
      `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
         FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`,
    )
    for (const fk of fks)
      await db.all(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT ${quoteIdent(String(fk.conname))}`)
    await db.all(`TRUNCATE ${[...present].map(quoteIdent).join(', ')} RESTART IDENTITY`)
    for (const table of files) {
      const lines = fs
        .readFileSync(path.join(exportDir, `${table}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
      for (let i = 0; i < lines.length; i += BATCH)
        await db.all(
          `INSERT INTO ${quoteIdent(table)} SELECT * FROM json_populate_recordset(NULL::${quoteIdent(table)}, $1::json)`,
          [`[${lines.slice(i, i + BATCH).join(',')}]`],
        )
    }
    for (const fk of fks)
      await db.all(
        `ALTER TABLE ${fk.tbl} ADD CONSTRAINT ${quoteIdent(String(fk.conname))} ${fk.def}`,
      )
    const sequences = await db.all(
      `SELECT c.relname AS tbl, a.attname AS col,
              pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0
          AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    )
    for (const s of sequences)
      await db.all(
        `SELECT setval($1, COALESCE((SELECT MAX(${quoteIdent(String(s.col))}) FROM ${quoteIdent(String(s.tbl))}), 0) + 1, false)`,
        [s.seq],
      )
    await db.all('COMMIT')
  } catch (error) {
    await db.all('ROLLBACK').catch(() => undefined)
    throw error
  }
}

/** Restores a pg_dump custom-format file with a pg_restore at least as new as the dump. */
export const pgRestore = async (uri: string, file: string): Promise<void> => {
  const { dbname, env } = libpqTarget(uri)
  await run(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${dbname}`, file],
    { env, maxBuffer: 64 * 1024 * 1024 },
  )
}
