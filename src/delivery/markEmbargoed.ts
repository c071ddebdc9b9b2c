import type { CollectionAfterReadHook } from 'payload'
import { isUnderEmbargo } from '../workflow/embargo.js'

/** Entitled readers (staff, portals with embargo rights) see an item under embargo marked as such. */
export const markEmbargoed: CollectionAfterReadHook = ({ doc }) => {
  if (!doc || typeof doc !== 'object' || !('embargoUntil' in doc)) return doc
  return { ...doc, embargoed: isUnderEmbargo(doc.embargoUntil, new Date()) }
}
