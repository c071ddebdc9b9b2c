import type { NewsItem } from '../workflow/newsCollections.js'
import type { WorkflowState } from '../workflow/states.js'
import type { ItemSnapshot } from '../workflow/types.js'
import { idOf } from '../util/idOf.js'

/** The part of a stored news item that the workflow rules read. */
export const snapshotOf = (doc: NewsItem): ItemSnapshot => {
  const revision = doc.revision
  return {
    state: doc.workflowStatus as WorkflowState,
    unit: idOf(doc.unit),
    createdBy: idOf(doc.createdBy),
    lastEditedBy: idOf(doc.lastEditedBy),
    updatedAt: doc.updatedAt,
    publishAt: doc.publishAt ?? null,
    revisionState: revision?.state ?? null,
    revisionEditedBy: revision?.editedBy ?? null,
    needsRetrospectiveApproval: doc.needsRetrospectiveApproval === true,
    forcePublishedBy: idOf(doc.forcePublishedBy),
  }
}
