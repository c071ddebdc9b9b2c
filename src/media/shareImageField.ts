import type { CollectionAfterReadHook } from 'payload'
import { isPubliclyVisible } from '../workflow/states.js'
import { SHARE_CARD } from './shareCard.js'

/** The stable address of an item's share card (the card itself is made on first request). */
export const shareImagePath = (collection: string, slug: string): string => `/share/${collection}/${encodeURIComponent(slug)}.jpg`

/** Public items carry their share card's address, for JSON consumers, feeds and JSON-LD. */
export const addShareImage: CollectionAfterReadHook = ({ doc, collection, req }) => {
  if (!doc?.slug || !isPubliclyVisible(doc.workflowStatus)) return doc
  const base = req.payload.config.serverURL || ''
  return { ...doc, shareImage: { url: `${base}${shareImagePath(collection.slug, doc.slug)}`, ...SHARE_CARD } }
}
