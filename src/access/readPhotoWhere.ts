import type { PayloadRequest, Where } from 'payload'
import { photoIdsOf } from '../media/publicPhotoIds.js'
import { publicContentWhere } from './publicContentWhere.js'

const CACHE_KEY = 'humasPublicPhotoIds'

/**
 * The photos the public may see: those an editor marked public, and those that a public item (past
 * its embargo), a unit or a spokesperson shows. Computed from the same rule as the items themselves,
 * so a photo of a draft or embargoed release stays private, in every size, until the release is public.
 */
export const publicPhotoWhere = async (req: PayloadRequest): Promise<Where> => {
  let ids = req.context?.[CACHE_KEY] as (string | number)[] | undefined
  if (!ids) {
    const now = new Date()
    // Which photos are public is a fact about public documents; it is read below the access layer.
    const find = (collection: 'press-releases' | 'event-coverage' | 'units' | 'spokespeople', where?: Where) =>
      req.payload.db.find({ collection, where, limit: 0, pagination: false, req }).then((r) => r.docs as Record<string, unknown>[])
    const docs = (
      await Promise.all([find('press-releases', publicContentWhere(now)), find('event-coverage', publicContentWhere(now)), find('units'), find('spokespeople')])
    ).flat()
    ids = photoIdsOf(docs)
    req.context = { ...req.context, [CACHE_KEY]: ids }
  }
  return ids.length ? { or: [{ isPublic: { equals: true } }, { id: { in: ids } }] } : { isPublic: { equals: true } }
}
