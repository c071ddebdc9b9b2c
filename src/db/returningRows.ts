import type { Payload, PayloadRequest } from 'payload'

/** drizzle's `sql` tag; each SQL adapter ships its own copy of drizzle-orm, so it is taken from the adapter in use. */
export type SqlTag = typeof import('@payloadcms/db-postgres/drizzle').sql
type Session = {
  execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  all?: (query: unknown) => Promise<Record<string, unknown>[]>
}
type SqlAdapter = { name: string; drizzle: Session; sessions?: Record<string, { db: Session }> }

const tags = new Map<string, Promise<SqlTag>>()
const sqlTagFor = (dialect: string): Promise<SqlTag> => {
  if (!tags.has(dialect)) {
    tags.set(
      dialect,
      dialect === 'postgres'
        ? import('@payloadcms/db-postgres/drizzle').then((m) => m.sql)
        : // Each adapter ships its own drizzle copy; the two sql tags differ in types only.
          (import('@payloadcms/db-sqlite/drizzle').then(
            (m) => m.sql,
          ) as unknown as Promise<SqlTag>),
    )
  }
  return tags.get(dialect) as Promise<SqlTag>
}

/**
 * Runs one SQL statement with a RETURNING clause and gives back its rows: in the request's
 * transaction when it has one (so the statement's row locks last until that transaction ends),
 * otherwise on its own. Used where Payload's own operations cannot say "only if": atomic claims and
 * compare-and-set. `build` gets the dialect so each database can be spoken to in its own SQL.
 */
export const returningRows = async (
  payload: Payload,
  req: PayloadRequest | undefined,
  build: (sql: SqlTag, dialect: 'postgres' | 'sqlite') => ReturnType<SqlTag>,
): Promise<Record<string, unknown>[]> => {
  // Payload types payload.db as the common adapter; the driver's own members depend on the database chosen.
  const adapter = payload.db as unknown as SqlAdapter
  if (adapter.name !== 'postgres' && adapter.name !== 'sqlite')
    throw new Error(`returningRows needs a SQL database, not ${adapter.name}`)
  const sql = await sqlTagFor(adapter.name)
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const session =
    (transactionID !== undefined && adapter.sessions?.[String(transactionID)]?.db) ||
    adapter.drizzle
  const query = build(sql, adapter.name)
  if (adapter.name === 'postgres')
    return (await (session.execute as NonNullable<Session['execute']>)(query)).rows
  return (session.all as NonNullable<Session['all']>)(query)
}
