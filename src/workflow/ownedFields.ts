/**
 * Fields the workflow owns: only a transition writes them. An ordinary create or update (REST,
 * GraphQL, Local API for a user, version restore, duplicate) can never change them.
 */
export const WORKFLOW_OWNED_FIELDS = [
  'workflowStatus',
  'publishAt',
  'publishedAt',
  'approvedBy',
  'approvedAt',
  'needsRetrospectiveApproval',
  'forcePublishedBy',
  'changeNotes',
  'withdrawal',
  'revision',
  // The public rendering of the body, made when the item is published or corrected.
  'bodyHtml',
  'bodyText',
] as const

/**
 * The request-context flag the workflow service sets while it writes a transition: only then may
 * the owned fields change, and the authorship and correction hooks stand aside.
 */
export const WORKFLOW_CONTEXT = 'humasWorkflowTransition'

/** Fields that are about the item's handling, not its public content: editing them never needs review. */
export const NON_CONTENT_FIELDS = [
  'createdBy',
  'lastEditedBy',
  'internalNotes',
  'id',
  'createdAt',
  'updatedAt',
  // Computed on read (the item's public address), never stored.
  'url',
] as const

/** The initial values of the owned fields, for new items and duplicates. */
export const INITIAL_OWNED_VALUES: Record<string, unknown> = {
  workflowStatus: 'draft',
  publishAt: null,
  publishedAt: null,
  approvedBy: null,
  approvedAt: null,
  needsRetrospectiveApproval: false,
  forcePublishedBy: null,
  changeNotes: [],
  withdrawal: { reason: null, withdrawnAt: null },
  revision: null,
  bodyHtml: null,
  bodyText: null,
}
