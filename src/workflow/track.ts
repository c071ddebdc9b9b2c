import type { WorkflowAction } from './actions.js'
import type { WorkflowState } from './states.js'
import { REVISION_TRANSITIONS, TRANSITIONS, type Transition } from './transitions.js'

export type Track = {
  track: 'item' | 'revision'
  state: WorkflowState
  table: readonly Transition[]
}

/** The track an action runs on: the pending correction of a published item, or the item itself. */
export const trackOf = (
  item: { state: WorkflowState; revisionState?: WorkflowState | null },
  action: WorkflowAction,
): Track =>
  item.state === 'published' && item.revisionState && action !== 'withdraw'
    ? { track: 'revision', state: item.revisionState, table: REVISION_TRANSITIONS }
    : { track: 'item', state: item.state, table: TRANSITIONS }
