import type { PayloadRequest } from 'payload'
import { returningRows } from '../db/returningRows.js'
import type { NewsCollection } from '../workflow/newsCollections.js'

/**
 * Compare-and-set on an item's version (`updated_at`): moves it on only if it is still the version the
 * decision was taken on. In the transition's transaction on PostgreSQL, the statement also locks the
 * row: a second writer waits for the first to commit, then finds the version moved and matches
 * nothing. On SQLite (no transactions) the single statement is the guard. Returns whether this caller
 * won; the loser must refuse with `failures.stale()`.
 *
 * The new version is at least one millisecond after the seen one, so that it differs even when the
 * clock has not moved since the seen write.
 */
export const claimVersion = async (
  req: PayloadRequest,
  collection: NewsCollection,
  id: string | number,
  seenUpdatedAt: string,
  now: Date,
): Promise<boolean> => {
  const seen = new Date(seenUpdatedAt)
  if (Number.isNaN(seen.getTime())) return false
  const next = new Date(Math.max(now.getTime(), seen.getTime() + 1)).toISOString()
  const snake = collection.replace(/-/g, '_')
  // Payload types payload.db as the common adapter; the SQL adapters add their table names.
  const table =
    (req.payload.db as unknown as { tableNameMap?: Map<string, string> }).tableNameMap?.get(
      snake,
    ) ?? snake
  const rowId = typeof id === 'number' || !/^\d+$/.test(String(id)) ? id : Number(id)
  const rows = await returningRows(
    req.payload,
    req,
    (sql) =>
      sql`UPDATE ${sql.identifier(table)} SET updated_at = ${next} WHERE id = ${rowId} AND updated_at = ${seenUpdatedAt} RETURNING id`,
  )
  return rows.length === 1
}
