import type { WorkflowAction } from './actions.js'
import type { WorkflowState } from './states.js'

/**
 * Who may take an action:
 * - `authorOrEditor`: the item's author, or an editor whose units include the item's unit;
 * - `editor`: an editor whose units include the item's unit (admins everywhere);
 * - `editorOrScheduler`: as editor, or the scheduler publishing a due item (the scheduler is one more
 *   actor of this table, after Whitehall's ScheduledEditionPublisher, not a second decision path).
 */
export type Who = 'authorOrEditor' | 'editor' | 'editorOrScheduler'

/** `sameSchedule`: the scheduler publishes only the schedule its job was queued for (`scheduledFor`), if it still stands. */
export type Requirement =
  | 'reason'
  | 'publicNotice'
  | 'futurePublishAt'
  | 'due'
  | 'sameSchedule'
  | 'fourEyes'
  | 'changeNoteUnlessMinor'
  | 'consent'

export type Transition = {
  action: WorkflowAction
  from: readonly WorkflowState[]
  to: WorkflowState
  who: Who
  requires: readonly Requirement[]
}

/**
 * The editorial workflow as data (DESIGN.md). Nothing else in the code base decides which state
 * follows which. A published item is corrected through a revision that runs through the same
 * submit → review → approve → publish steps (see REVISION_TRANSITIONS) while the published text stays public.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    who: 'authorOrEditor',
    requires: [],
  },
  {
    action: 'request-changes',
    from: ['in_review'],
    to: 'changes_requested',
    who: 'editor',
    requires: ['reason'],
  },
  { action: 'approve', from: ['in_review'], to: 'approved', who: 'editor', requires: ['fourEyes'] },
  {
    action: 'schedule',
    from: ['approved'],
    to: 'scheduled',
    who: 'editor',
    requires: ['futurePublishAt', 'consent'],
  },
  { action: 'unschedule', from: ['scheduled'], to: 'approved', who: 'editor', requires: [] },
  { action: 'publish', from: ['approved'], to: 'published', who: 'editor', requires: ['consent'] },
  {
    action: 'publish',
    from: ['scheduled'],
    to: 'published',
    who: 'editorOrScheduler',
    requires: ['due', 'sameSchedule', 'consent'],
  },
  {
    action: 'force-publish',
    from: ['draft', 'in_review'],
    to: 'published',
    who: 'editor',
    requires: ['reason', 'consent'],
  },
  {
    action: 'withdraw',
    from: ['published'],
    to: 'withdrawn',
    who: 'editor',
    requires: ['publicNotice'],
  },
]

/** The correction track of a published item: its revision moves through these while the item stays published. */
export const REVISION_TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    who: 'authorOrEditor',
    requires: [],
  },
  {
    action: 'request-changes',
    from: ['in_review'],
    to: 'changes_requested',
    who: 'editor',
    requires: ['reason'],
  },
  { action: 'approve', from: ['in_review'], to: 'approved', who: 'editor', requires: ['fourEyes'] },
  {
    action: 'publish',
    from: ['approved'],
    to: 'published',
    who: 'editor',
    requires: ['changeNoteUnlessMinor', 'consent'],
  },
]
