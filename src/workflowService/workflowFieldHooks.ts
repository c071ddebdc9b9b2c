import type { CollectionBeforeChangeHook } from 'payload'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'
import { isClosedToEdits, isPubliclyVisible } from '../workflow/states.js'
import {
  INITIAL_OWNED_VALUES,
  NON_CONTENT_FIELDS,
  WORKFLOW_OWNED_FIELDS,
} from '../workflow/ownedFields.js'
import { divertEdits } from '../workflow/revision.js'
import { fieldErrors } from '../validation/fieldErrors.js'

const inTransition = (context: Record<string, unknown> | undefined): boolean =>
  context?.[WORKFLOW_CONTEXT] === true

/**
 * Outside a transition the workflow-owned fields keep their stored values (or start fresh on create,
 * which also covers duplicates). This is the catch-all behind field access: version restores and
 * Local API calls that override access pass through here too.
 */
export const lockWorkflowFields: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
}) => {
  if (inTransition(context)) return data
  const locked = { ...data }
  for (const name of WORKFLOW_OWNED_FIELDS) {
    locked[name] =
      operation === 'update' && originalDoc ? originalDoc[name] : INITIAL_OWNED_VALUES[name]
  }
  return locked
}

/**
 * Edits to a published item become a correction under review; the published text stays public.
 * Withdrawn items are closed to edits.
 */
export const divertPublishedEdits: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  context,
  req,
  collection,
}) => {
  if (
    operation !== 'update' ||
    !originalDoc ||
    inTransition(context) ||
    !isPubliclyVisible(originalDoc.workflowStatus)
  )
    return data
  const skip = new Set<string>([...WORKFLOW_OWNED_FIELDS, ...NON_CONTENT_FIELDS, 'slug'])
  const contentFields = collection.fields.flatMap((f) =>
    'name' in f && f.name && !skip.has(f.name) ? [f.name] : [],
  )
  const diverted = divertEdits(originalDoc, data, contentFields, req.user?.id ?? null, new Date())
  if (!diverted) return data
  if (isClosedToEdits(originalDoc.workflowStatus)) {
    throw fieldErrors(req, collection.slug, [
      {
        path: 'workflowStatus',
        message: 'Naskah yang telah ditarik tidak dapat diubah. Buat naskah baru bila perlu.',
      },
    ])
  }
  return { ...diverted.live, revision: diverted.revision }
}
