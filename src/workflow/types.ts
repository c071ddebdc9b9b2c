import type { WorkflowAction } from './actions.js'
import type { WorkflowState } from './states.js'
import type { Id } from '../util/idOf.js'

/** Who acts. `units` is every unit the actor may act in (their own and its descendants); admins act everywhere. */
export type Actor =
  | {
      kind: 'staff'
      id: Id
      role: 'admin' | 'editor' | 'writer' | 'protocol'
      units: ReadonlySet<string>
    }
  | { kind: 'scheduler' }

/** The part of an item the rules read. A published item under correction carries its revision's own state. */
export type ItemSnapshot = {
  state: WorkflowState
  unit: Id | null
  createdBy: Id | null
  lastEditedBy: Id | null
  updatedAt: string
  publishAt?: string | null
  revisionState?: WorkflowState | null
  revisionEditedBy?: Id | null
  needsRetrospectiveApproval?: boolean
  forcePublishedBy?: Id | null
  /** Photos the item (or its pending correction) shows that contain minors without recorded consent. */
  photosLackingConsent?: number
}

export type TransitionInput = {
  action: string
  reason?: string
  publishAt?: string
  changeNote?: string
  minor?: boolean
  expectedUpdatedAt?: string
  /** The scheduler names the schedule (publishAt) its job was queued for. */
  scheduledFor?: string
}

export type Failure = {
  ok: false
  status: 400 | 401 | 403 | 404 | 409
  code: string
  message: string
}

/** What a successful decision changes; the service applies it. */
export type Outcome = {
  ok: true
  action: WorkflowAction
  /** The track the action moves: the item itself, or its pending correction. */
  track: 'item' | 'revision'
  from: WorkflowState
  to: WorkflowState
  reason?: string
  publishAt?: string
  changeNote?: string
  minor?: boolean
  /** force-publish leaves the item waiting for a second editor; approving it later clears the flag. */
  flagRetrospective?: boolean
  clearRetrospective?: boolean
}

export type Decision = Outcome | Failure
