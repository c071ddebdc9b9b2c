import type { Revision } from '../workflow/revision.js'
import type { WorkflowState } from '../workflow/states.js'
import type { ItemSnapshot } from '../workflow/types.js'

const idOf = (v: unknown): string | number | null =>
  v === null || v === undefined ? null : typeof v === 'object' ? ((v as { id: string | number }).id ?? null) : (v as string | number)

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
