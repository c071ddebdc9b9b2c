import type { CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { duplicateLandsInUnit } from '../../src/access/duplicateLandsInUnit.js'
import { hideWithdrawnFromLists } from '../../src/workflowService/hideWithdrawnFromLists.js'
import { refuseWorkflowFieldWrites } from '../../src/workflowService/refuseWorkflowFieldWrites.js'
import {
  divertPublishedEdits,
  lockWorkflowFields,
} from '../../src/workflowService/workflowFieldHooks.js'
import { addShareImage } from '../../src/media/shareImageField.js'
import { refuseStampWrites } from '../../src/users/refuseStampWrites.js'
import { isUnderEmbargo } from '../../src/workflow/embargo.js'
import { WORKFLOW_CONTEXT } from '../../src/workflow/ownedFields.js'

/** Records who created and who last edited an item; the four-eyes rule reads these. */
export const stampAuthors: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  // A transition is not an edit: it must not make the approver the last editor.
  if (!req.user || req.user.collection !== 'users' || context?.[WORKFLOW_CONTEXT] === true)
    return data
  return operation === 'create'
    ? { ...data, createdBy: req.user.id, lastEditedBy: req.user.id }
    : { ...data, lastEditedBy: req.user.id }
}

/** Entitled readers (staff, portals with embargo rights) see an item under embargo marked as such. */
export const markEmbargoed: CollectionAfterReadHook = ({ doc }) => {
  if (!doc || typeof doc !== 'object' || !('embargoUntil' in doc)) return doc
  return { ...doc, embargoed: isUnderEmbargo(doc.embargoUntil, new Date()) }
}

/**
 * Every hook that runs on a news item (press releases and event coverage), in the order Payload runs
 * them. Around these run the hooks of every collection (collections/everyCollectionHooks.ts): query
 * allow-list, rich-text shape and list cap before each operation; unknown fields and missing
 * relations before validation; cache invalidation after each change and deletion.
 */
export const newsHooks: CollectionConfig['hooks'] = {
  beforeOperation: [
    // A duplicate is judged by create access in the unit the copy lands in.
    duplicateLandsInUnit,
    // Status, dates and approvals change only through a transition: 403 WORKFLOW_FIELD_LOCKED, audited.
    refuseWorkflowFieldWrites,
    // Authorship is the server's to write: 403 AUTHOR_STAMP_LOCKED.
    refuseStampWrites,
    // Withdrawn items keep their address but leave public lists.
    hideWithdrawnFromLists,
  ],
  beforeChange: [
    // Behind field access: restores, duplicates and system writes cannot set the owned fields either.
    lockWorkflowFields,
    stampAuthors,
    // An edit to a published item waits as a correction; the public text stays.
    divertPublishedEdits,
  ],
  afterRead: [addShareImage, markEmbargoed],
}
