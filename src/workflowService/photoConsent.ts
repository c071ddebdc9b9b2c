import type { PayloadRequest } from 'payload'
import { photoIdsOf } from '../media/publicPhotoIds.js'
import type { Revision } from '../workflow/revision.js'

/** How many photos the item would show (its pending correction's, if any) contain minors without recorded consent. */
export const countPhotosLackingConsent = async (
  req: PayloadRequest,
  doc: Record<string, unknown>,
): Promise<number> => {
  const revision = doc.revision as Revision | null | undefined
  const shown = { ...doc, ...(revision?.data ?? {}) }
  const ids = photoIdsOf([
    { featuredPhoto: shown.featuredPhoto, gallery: shown.gallery, body: shown.body },
  ])
  if (ids.length === 0) return 0
  // A fact about the photos, whatever the actor may see of them.
  const { totalDocs } = await req.payload.db.count({
    collection: 'photos',
    where: {
      and: [
        { id: { in: ids } },
        { containsMinors: { equals: true } },
        { consentRecorded: { not_equals: true } },
      ],
    },
    req,
  })
  return totalDocs
}
