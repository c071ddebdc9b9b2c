import type { CollectionAfterReadHook } from 'payload'

/** Entitled readers (staff, portals with embargo rights) see an item under embargo marked as such. */
export const markEmbargoed: CollectionAfterReadHook = ({ doc }) => {
  if (!doc || typeof doc !== 'object' || !('embargoUntil' in doc)) return doc
  const until = doc.embargoUntil ? new Date(doc.embargoUntil as string) : null
  return { ...doc, embargoed: Boolean(until && until > new Date()) }
}
