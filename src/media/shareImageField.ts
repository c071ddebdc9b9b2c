import type { CollectionAfterReadHook } from 'payload'
import { apiBaseOf, shareImageUrl } from '../config/publicUrls.js'
import { isPubliclyVisible } from '../workflow/states.js'
import { SHARE_CARD } from './shareCard.js'

/** Public items carry their share card's absolute address, for JSON consumers, feeds and JSON-LD. */
export const addShareImage: CollectionAfterReadHook = ({ doc, collection, req }) => {
  if (!doc?.slug || !isPubliclyVisible(doc.workflowStatus)) return doc
  return {
    ...doc,
    shareImage: {
      url: shareImageUrl(apiBaseOf(req.payload), collection.slug, doc.slug),
      ...SHARE_CARD,
    },
  }
}
