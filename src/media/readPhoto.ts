import type { Access, Payload, Where } from 'payload'
import { isStaff, principalOf } from '../access/principal.js'
import { publicContentWhere, publicPhotoWhere } from '../access/publicContentWhere.js'
import { responseCacheFor } from '../cache/responseCache.js'
import { NEWS_COLLECTIONS, type NewsCollection } from '../workflow/newsCollections.js'
import { photoIdsOf } from './publicPhotoIds.js'

const MEMO_KEY = 'publicPhotoIds'

/**
 * The photos that a public item (past its embargo), a unit or a spokesperson shows. Computed from the
 * same rule as the items themselves, so a photo of a draft or embargoed release stays private, in
 * every size, until the release is public.
 */
const photosShownInPublic = (payload: Payload): Promise<(string | number)[]> =>
  // Kept with the public response cache: recomputed after any write and at the next embargo or schedule boundary.
  responseCacheFor(payload).memo(MEMO_KEY, async () => {
    const now = new Date()
    // Which photos are public is a fact about public (committed) documents; it is read below the access layer.
    const find = (collection: NewsCollection | 'units' | 'spokespeople', where?: Where) =>
      payload.db
        .find({ collection, where, limit: 0, pagination: false })
        .then((r) => r.docs as Record<string, unknown>[])
    const docs = (
      await Promise.all([
        ...NEWS_COLLECTIONS.map((c) => find(c, publicContentWhere(now))),
        find('units'),
        find('spokespeople'),
      ])
    ).flat()
    return photoIdsOf(docs)
  })

/** Read access to photos: staff read all; everyone else what the pure rule allows for the photos shown in public. */
export const readPhoto: Access = async ({ req }) =>
  isStaff(principalOf(req.user)) ? true : publicPhotoWhere(await photosShownInPublic(req.payload))
