import type { Revision } from '../workflow/revision.js'
import type { WorkflowState } from '../workflow/states.js'
import type { ItemSnapshot } from '../workflow/types.js'
import { idOf } from '../util/idOf.js'

/** The part of a stored news item that the workflow rules read. */
export const snapshotOf = (doc: Record<string, unknown>): ItemSnapshot => {
  const revision = doc.revision as Revision | null | undefined
  return {
    state: doc.workflowStatus as WorkflowState,
    unit: idOf(doc.unit),
    createdBy: idOf(doc.createdBy),
    lastEditedBy: idOf(doc.lastEditedBy),
    updatedAt: String(doc.updatedAt),
    publishAt: (doc.publishAt as string | null) ?? null,
    revisionState: revision?.state ?? null,
    revisionEditedBy: revision?.editedBy ?? null,
    needsRetrospectiveApproval: doc.needsRetrospectiveApproval === true,
    forcePublishedBy: idOf(doc.forcePublishedBy),
  }
}
