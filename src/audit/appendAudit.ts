import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { returningRows } from '../db/returningRows.js'
import { oneAtATime } from '../workflowService/oneAtATime.js'
import { entryHash, GENESIS, type ChainedContent } from './chainHash.js'

export const AUDIT_COLLECTION = 'audit-log'
/** pg_advisory_xact_lock key of the audit chain ("huma" in ASCII). */
const CHAIN_LOCK_KEY = 0x68756d61
const MAX_CONFLICTS = 50

type Head = { seq: number; hash: string }

/** The last chained entry, as this transaction sees it. */
export const chainHead = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Head | null> => {
  const { docs } = await payload.db.find({
    collection: AUDIT_COLLECTION,
    where: { seq: { exists: true } },
    sort: '-seq',
    limit: 1,
    pagination: false,
    req,
  })
  const head = docs[0] as { seq?: unknown; hash?: unknown } | undefined
  return head ? { seq: Number(head.seq), hash: String(head.hash) } : null
}

/** The entry's chain fields, following `head`. */
export const chainAfter = (
  head: Head | null,
  content: ChainedContent,
): { seq: number; prevHash: string; hash: string } => {
  const seq = (head?.seq ?? 0) + 1
  const prevHash = head?.hash ?? GENESIS
  return { seq, prevHash, hash: entryHash({ ...content, seq, prevHash }) }
}

/**
 * Appends one entry at the end of the chain. Appends take turns, so that two of them (two requests,
 * two instances) never link to the same predecessor:
 * - PostgreSQL: in a transaction holding `pg_advisory_xact_lock`, the head is read and the entry
 *   written; the lock lasts until commit, so the next append reads the committed head. With `req`
 *   carrying a transaction (a workflow transition), the entry joins it, and is rolled back with it.
 * - SQLite (Payload runs it without transactions): appends of this process take turns; another
 *   process racing for the same position loses on the unique `seq` index, and retries on the new head.
 * In both, the unique index on `seq` makes a fork impossible, whatever the code does.
 */
export const appendAudit = async (
  payload: Payload,
  content: ChainedContent & { actor?: string | number | null },
  req?: PayloadRequest,
): Promise<void> => {
  if (payload.db.name === 'postgres') {
    const own = req?.transactionID ? null : await createLocalReq({}, payload)
    const txReq = (own ?? req) as PayloadRequest
    const shouldCommit = own ? await initTransaction(txReq) : false
    try {
      await returningRows(
        payload,
        txReq,
        (sql) => sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK_KEY}) IS NULL AS locked`,
      )
      const head = await chainHead(payload, txReq)
      await payload.create({
        collection: AUDIT_COLLECTION,
        data: { ...content, ...chainAfter(head, content) } as never,
        req: txReq,
        depth: 0,
      })
      if (shouldCommit) await commitTransaction(txReq)
    } catch (error) {
      if (shouldCommit) await killTransaction(txReq)
      throw error
    }
    return
  }
  await oneAtATime('audit-chain', async () => {
    for (let attempt = 1; ; attempt++) {
      const head = await chainHead(payload, req)
      const chained = chainAfter(head, content)
      try {
        await payload.create({
          collection: AUDIT_COLLECTION,
          data: { ...content, ...chained } as never,
          ...(req ? { req } : {}),
          depth: 0,
        })
        return
      } catch (error) {
        const now = await chainHead(payload, req).catch(() => null)
        if (attempt >= MAX_CONFLICTS || !now || now.seq < chained.seq) throw error
      }
    }
  })
}
