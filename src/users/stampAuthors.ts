import type { CollectionBeforeChangeHook } from 'payload'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'

/** Records who created and who last edited an item; the four-eyes rule reads these. */
export const stampAuthors: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  // A transition is not an edit: it must not make the approver the last editor.
  if (!req.user || req.user.collection !== 'users' || context?.[WORKFLOW_CONTEXT] === true) return data
  return operation === 'create'
    ? { ...data, createdBy: req.user.id, lastEditedBy: req.user.id }
    : { ...data, lastEditedBy: req.user.id }
}
