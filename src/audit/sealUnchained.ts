import type { Payload, PayloadRequest } from 'payload'
import { AUDIT_COLLECTION, chainAfter, chainHead } from './appendAudit.js'

/**
 * The chain start: entries written before the hash chain existed get their place in it, in the
 * order they were written (`at`, then id), after any entry already chained. Run once, by the
 * migration that adds the chain (production) or by `npm run audit:verify -- --seal-legacy` (a
 * development database whose schema was pushed). What such an entry said before it was sealed
 * cannot be proven, only what it says from then on: the migration is the moment of trust.
 */
export const sealUnchainedEntries = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<number> => {
  let sealed = 0
  for (;;) {
    const { docs } = await payload.db.find({
      collection: AUDIT_COLLECTION,
      where: { seq: { exists: false } },
      sort: ['at', 'id'],
      limit: 500,
      pagination: false,
      req,
    })
    if (docs.length === 0) return sealed
    let head = await chainHead(payload, req)
    for (const doc of docs as Record<string, unknown>[]) {
      const actor = doc.actor
      const content = {
        ...doc,
        actorUserId:
          doc.actorUserId ??
          (actor === null || actor === undefined
            ? null
            : String(typeof actor === 'object' ? (actor as { id: unknown }).id : actor)),
      }
      const chained = chainAfter(head, content)
      await payload.db.updateOne({
        collection: AUDIT_COLLECTION,
        id: doc.id as string | number,
        data: { actorUserId: content.actorUserId, ...chained },
        req,
      })
      head = { seq: chained.seq, hash: chained.hash }
      sealed++
    }
  }
}
