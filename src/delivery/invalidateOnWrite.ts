import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { responseCacheFor } from './responseCache.js'

/** Every stored change empties the public response cache of this instance. */
export const invalidateOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  responseCacheFor(req.payload).invalidate()
  return doc
}
export const invalidateOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  responseCacheFor(req.payload).invalidate()
  return doc
}
