import type { CollectionBeforeChangeHook } from 'payload'

/** Records who created and who last edited an item; the four-eyes rule reads these. */
export const stampAuthors: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (!req.user || req.user.collection !== 'users') return data
  return operation === 'create'
    ? { ...data, createdBy: req.user.id, lastEditedBy: req.user.id }
    : { ...data, lastEditedBy: req.user.id }
}
