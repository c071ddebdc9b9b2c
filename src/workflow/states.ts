/**
 * The editorial states of a press release or an event-coverage item, as data.
 * Nothing outside src/workflow compares status strings: use these names and groups.
 */
export const WORKFLOW_STATES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const INITIAL_STATE: WorkflowState = 'draft'

/** Labels shown to people (Bahasa Indonesia first). */
export const STATE_LABELS: Record<WorkflowState, { id: string; en: string }> = {
  draft: { id: 'Draf', en: 'Draft' },
  in_review: { id: 'Menunggu telaah', en: 'In review' },
  changes_requested: { id: 'Perlu perbaikan', en: 'Changes requested' },
  approved: { id: 'Disetujui', en: 'Approved' },
  scheduled: { id: 'Terjadwal', en: 'Scheduled' },
  published: { id: 'Terbit', en: 'Published' },
  withdrawn: { id: 'Ditarik', en: 'Withdrawn' },
}

/**
 * States whose content the public may read (subject to embargo). A withdrawn item stays
 * readable with its public notice, so the notice itself reaches the people who saw the item.
 */
export const PUBLICLY_VISIBLE_STATES: readonly WorkflowState[] = ['published', 'withdrawn']

/** States that have never been public. */
export const PRE_PUBLICATION_STATES: readonly WorkflowState[] = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
]

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export const isPubliclyVisible = (state: unknown): boolean =>
  isWorkflowState(state) && PUBLICLY_VISIBLE_STATES.includes(state)

/** A withdrawn item stays readable with its notice but is closed to edits. */
export const isClosedToEdits = (state: unknown): boolean => state === 'withdrawn'

/** Withdrawn items stay readable by address but leave default public lists. */
export const LISTED_STATES: readonly WorkflowState[] = ['published']

/** The state in which an item waits for the scheduler. */
export const AWAITING_SCHEDULER: WorkflowState = 'scheduled'

/** The state in which an item waits for an editor's review. */
export const AWAITING_REVIEW: WorkflowState = 'in_review'

/** States in which the item is with its author: not yet submitted, or sent back. */
export const WITH_AUTHOR: readonly WorkflowState[] = ['draft', 'changes_requested']

/** States in which a future embargo is something the desk watches: about to go out, or held from the public. */
export const EMBARGO_WATCHED: readonly WorkflowState[] = ['approved', 'published']
