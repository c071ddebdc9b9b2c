import type { PayloadRequest, Where } from 'payload'
import { photoIdsOf } from '../media/publicPhotoIds.js'
import { responseCacheFor } from '../delivery/responseCache.js'
import { publicContentWhere } from './publicContentWhere.js'
import { NEWS_COLLECTIONS, type NewsCollection } from '../workflow/newsCollections.js'

const MEMO_KEY = 'publicPhotoIds'

/**
 * The photos the public may see: those an editor marked public, and those that a public item (past
 * its embargo), a unit or a spokesperson shows. Computed from the same rule as the items themselves,
 * so a photo of a draft or embargoed release stays private, in every size, until the release is public.
 */
export const publicPhotoWhere = async (req: PayloadRequest): Promise<Where> => {
  const payload = req.payload
  // Kept with the public response cache: recomputed after any write and at the next embargo or schedule boundary.
  const ids = await responseCacheFor(payload).memo(MEMO_KEY, async () => {
    const now = new Date()
    // Which photos are public is a fact about public (committed) documents; it is read below the access layer.
    const find = (collection: NewsCollection | 'units' | 'spokespeople', where?: Where) =>
      payload.db.find({ collection, where, limit: 0, pagination: false }).then((r) => r.docs as Record<string, unknown>[])
    const docs = (
      await Promise.all([...NEWS_COLLECTIONS.map((c) => find(c, publicContentWhere(now))), find('units'), find('spokespeople')])
    ).flat()
    return photoIdsOf(docs)
  })
  return ids.length ? { or: [{ isPublic: { equals: true } }, { id: { in: ids } }] } : { isPublic: { equals: true } }
}
