import { createLocalReq, type CollectionAfterChangeHook, type Payload } from 'payload'
import { visibleStatesWhere } from '../access/publicContentWhere.js'
import { emptyPublicReads } from '../cache/invalidation.js'
import { NEWS_COLLECTIONS } from '../workflow/newsCollections.js'
import { renderPublicBody } from './renderPublicBody.js'

/**
 * Renders `bodyHtml` and `bodyText` for public items that have none: items published before the
 * fields existed, or imported in their published state (the demo seed). Idempotent and cheap when
 * there is nothing to do (one query per collection); run on start and by `npm run backfill:bodies`.
 * Writes below the hooks: the item's version (`updatedAt`) and history do not move, as its text did not.
 */
export const backfillPublicBodies = async (payload: Payload): Promise<number> => {
  const req = await createLocalReq({}, payload)
  let rendered = 0
  for (const collection of NEWS_COLLECTIONS) {
    const { docs: pending } = await payload.find({
      collection,
      where: { and: [visibleStatesWhere, { bodyHtml: { exists: false } }] },
      select: {},
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const { id } of pending) {
      const doc = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, req })
      const body = await renderPublicBody(req, doc.body)
      // The database adapter stamps every write; the text did not change, so the version stays.
      await payload.db.updateOne({
        collection,
        id,
        data: { ...body, updatedAt: doc.updatedAt },
        req,
        returning: false,
      })
      rendered++
    }
  }
  if (rendered) emptyPublicReads(payload)
  return rendered
}

/**
 * A photo shown in published bodies changed (caption, credit, alt, or its sizes, whose file names
 * change with the focal point): the bodies that show it are rendered again, in the photo's own
 * write, so that portals never receive a caption that is no longer true or a size that is gone.
 * The stored HTML names the photo's size files, which finds the items without parsing every body.
 */
export const rerenderBodiesShowingPhoto: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update') return doc
  const filenames = Object.values(
    (previousDoc?.sizes ?? {}) as Record<string, { filename?: string | null } | null>,
  ).flatMap((s) => (s?.filename ? [s.filename] : []))
  if (!filenames.length) return doc
  for (const collection of NEWS_COLLECTIONS) {
    const { docs } = await req.payload.find({
      collection,
      where: {
        and: [visibleStatesWhere, { or: filenames.map((f) => ({ bodyHtml: { contains: f } })) }],
      },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const item of docs) {
      const body = await renderPublicBody(req, item.body)
      await req.payload.db.updateOne({ collection, id: item.id, data: body, req, returning: false })
    }
  }
  return doc
}
