import type { Payload, PayloadRequest } from 'payload'
import type { ParentMap } from './unitScope.js'
import { idString } from '../util/idOf.js'

/**
 * The unit tree, kept in memory between requests until units change. Every request asks the
 * database one cheap aggregate question (how many units, the newest change, a checksum of the
 * parent links); the tree is read again only when the answer differs. The answer comes from the
 * database, not from this process, so a change made on another instance is seen on the next
 * request here too. Reads are versioned before the tree is loaded: a change landing in between
 * stores the newer tree under the older version, which the next request reloads (never the reverse).
 */
type Cached = { version: string; parents: ParentMap }
const trees = new WeakMap<Payload, Cached>()

type RawSqlAdapter = {
  name?: string
  pool?: { query: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
  client?: { execute: (q: string) => Promise<{ rows: Record<string, unknown>[] }> }
}

// The checksum catches a parent link moved within the same millisecond as another change.
const SQLITE_VERSION =
  'select count(*) as n, max(updated_at) as u, total(id * (coalesce(parent_id, 0) + 1)) as s from units'
const POSTGRES_VERSION =
  'select count(*) as n, max(updated_at) as u, sum(id::bigint * (coalesce(parent_id, 0)::bigint + 1)) as s from units'

/** The tree's version as one string, or null where no cheap question exists (MongoDB, custom ids). */
const versionOf = async (payload: Payload): Promise<string | null> => {
  const db = payload.db as unknown as RawSqlAdapter
  try {
    const result = db.pool
      ? await db.pool.query(POSTGRES_VERSION)
      : db.client?.execute && db.name !== 'mongoose'
        ? await db.client.execute(SQLITE_VERSION)
        : null
    const row = result?.rows[0]
    if (!row) return null
    const u = row.u instanceof Date ? row.u.toISOString() : String(row.u)
    return `${String(row.n)}|${u}|${String(row.s)}`
  } catch {
    return null
  }
}

const readTree = async (req: PayloadRequest): Promise<ParentMap> => {
  // The tree's shape is needed to decide access; reading it must not itself depend on access.
  const all = await req.payload.db.find({
    collection: 'units',
    limit: 0,
    pagination: false,
    select: { parent: true },
    req,
  })
  return new Map(all.docs.map((u) => [String(u.id), idString((u as { parent?: unknown }).parent)]))
}

/**
 * The unit tree for this request. Inside a transaction (a write) the tree is read through it, so the
 * write's own uncommitted units count and nothing uncommitted is kept for other requests.
 */
export const unitTreeFor = async (req: PayloadRequest): Promise<ParentMap> => {
  if (req.transactionID) return readTree(req)
  const version = await versionOf(req.payload)
  if (version === null) return readTree(req)
  const cached = trees.get(req.payload)
  if (cached && cached.version === version) return cached.parents
  const parents = await readTree(req)
  trees.set(req.payload, { version, parents })
  return parents
}
