import { ACTIONS, isWorkflowAction, type WorkflowAction } from './actions.js'
import { failures } from './failures.js'
import type { WorkflowState } from './states.js'
import { TRANSITIONS, type Transition } from './transitions.js'
import { trackOf } from './track.js'
import type { Actor, Decision, Failure, ItemSnapshot, TransitionInput } from './types.js'

const same = (a: unknown, b: unknown): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)
const filled = (s: unknown): s is string => typeof s === 'string' && s.trim().length > 0

const ROLE_NAMES: Record<string, string> = {
  admin: 'admin',
  editor: 'redaktur',
  writer: 'penulis',
  protocol: 'staf protokol',
}

/** Does the actor's unit scope cover the item? */
const coversUnit = (actor: Extract<Actor, { kind: 'staff' }>, item: ItemSnapshot): boolean =>
  actor.role === 'admin' || (item.unit !== null && actor.units.has(String(item.unit)))

const isEditorFor = (actor: Actor, item: ItemSnapshot): boolean =>
  actor.kind === 'staff' &&
  (actor.role === 'admin' || actor.role === 'editor') &&
  coversUnit(actor, item)

/** The actions the scheduler has a row for; asked for one from another state, its schedule no longer stands. */
const SCHEDULER_ACTIONS = new Set(
  TRANSITIONS.filter((t) => t.who === 'editorOrScheduler').map((t) => t.action),
)
const sameInstant = (a: unknown, b: unknown): boolean =>
  filled(a) && filled(b) && new Date(a).getTime() === new Date(b).getTime()

const mayAct = (actor: Actor, item: ItemSnapshot, t: Transition): Failure | null => {
  if (actor.kind === 'scheduler') {
    if (t.who === 'editorOrScheduler') return null
    return SCHEDULER_ACTIONS.has(t.action)
      ? failures.scheduleGone()
      : failures.schedulerMayNot(t.action)
  }
  if (actor.role === 'protocol' || (actor.role === 'writer' && t.who !== 'authorOrEditor'))
    return failures.roleMayNot(ROLE_NAMES[actor.role], t.action)
  if (!coversUnit(actor, item)) return failures.outsideUnit()
  if (t.who === 'authorOrEditor' && !isEditorFor(actor, item) && !same(actor.id, item.createdBy))
    return failures.notAuthorOrEditor(t.action)
  return null
}

const unmetRequirement = (
  actor: Actor,
  item: ItemSnapshot,
  t: Transition,
  input: TransitionInput,
  now: Date,
  track: 'item' | 'revision',
): Failure | null => {
  for (const r of t.requires) {
    if (r === 'due' && !(item.publishAt && new Date(item.publishAt) <= now))
      return failures.notDue()
    if (
      r === 'sameSchedule' &&
      actor.kind === 'scheduler' &&
      !sameInstant(item.publishAt, input.scheduledFor)
    )
      return failures.scheduleGone()
    if (r === 'fourEyes' && actor.kind === 'staff') {
      const editedBy = track === 'revision' ? item.revisionEditedBy : item.lastEditedBy
      if (same(actor.id, item.createdBy) || same(actor.id, editedBy)) return failures.fourEyes()
    }
    if (r === 'reason' && !filled(input.reason)) return failures.reasonRequired(t.action)
    if (r === 'publicNotice' && !filled(input.reason)) return failures.publicNoticeRequired()
    if (r === 'futurePublishAt') {
      if (!filled(input.publishAt)) return failures.publishAtRequired()
      const at = new Date(input.publishAt)
      if (Number.isNaN(at.getTime())) return failures.publishAtInvalid()
      if (at <= now) return failures.publishAtInPast()
    }
    if (r === 'consent' && (item.photosLackingConsent ?? 0) > 0)
      return failures.consentMissing(item.photosLackingConsent ?? 0)
    if (r === 'changeNoteUnlessMinor' && input.minor !== true && !filled(input.changeNote))
      return failures.changeNoteRequired()
  }
  return null
}

/** Approving a force-published item afterwards, by an editor other than the one who forced it. */
const decideRetrospective = (actor: Actor, item: ItemSnapshot): Decision => {
  if (!isEditorFor(actor, item)) {
    if (actor.kind === 'staff' && actor.role !== 'admin' && actor.role !== 'editor')
      return failures.roleMayNot(ROLE_NAMES[actor.role], 'approve')
    return failures.outsideUnit()
  }
  if (actor.kind === 'staff' && same(actor.id, item.forcePublishedBy))
    return failures.fourEyesRetrospective()
  return {
    ok: true,
    action: 'approve',
    track: 'item',
    from: 'published',
    to: 'published',
    clearRetrospective: true,
  }
}

/**
 * Decides one transition. Pure: the same actor, item, input and time always give the same answer.
 * Checks run from "who are you" to "what did you send": role and unit (403), state and freshness
 * (409), the four-eyes rule (403), then required input (400).
 */
export const decide = (
  actor: Actor,
  item: ItemSnapshot,
  input: TransitionInput,
  now: Date,
): Decision => {
  if (!isWorkflowAction(input.action)) return failures.unknownAction(String(input.action))
  const action = input.action
  if (
    action === 'approve' &&
    item.state === 'published' &&
    !item.revisionState &&
    item.needsRetrospectiveApproval
  ) {
    const stale = input.expectedUpdatedAt && input.expectedUpdatedAt !== item.updatedAt
    return stale ? failures.stale() : decideRetrospective(actor, item)
  }
  const { track, state, table } = trackOf(item, action)
  const candidates = table.filter((t) => t.action === action)
  const byState = candidates.find((t) => t.from.includes(state))
  const t = byState ?? candidates[0]
  if (!t) return failures.wrongState(action, state)
  const refusal = mayAct(actor, item, t)
  if (refusal) return refusal
  if (!byState) return failures.wrongState(action, state)
  if (input.expectedUpdatedAt && input.expectedUpdatedAt !== item.updatedAt) return failures.stale()
  const unmet = unmetRequirement(actor, item, t, input, now, track)
  if (unmet) return unmet
  return {
    ok: true,
    action,
    track,
    from: state,
    to: t.to,
    reason: filled(input.reason) ? input.reason.trim() : undefined,
    publishAt:
      action === 'schedule' ? new Date(input.publishAt as string).toISOString() : undefined,
    changeNote: filled(input.changeNote) ? input.changeNote.trim() : undefined,
    minor: input.minor === true,
    flagRetrospective: action === 'force-publish',
  }
}

/**
 * The actions this actor may take now, for buttons and the GET endpoint. Actions that only need
 * input (a reason, a date) are offered; the dialog asks for it.
 */
export const availableActions = (actor: Actor, item: ItemSnapshot, now: Date): WorkflowAction[] =>
  ACTIONS.filter((action) => {
    const d = decide(
      actor,
      item,
      {
        action,
        reason: 'x',
        publishAt: new Date(now.getTime() + 3600_000).toISOString(),
        changeNote: 'x',
        scheduledFor: item.publishAt ?? undefined,
      },
      now,
    )
    return d.ok
  })
