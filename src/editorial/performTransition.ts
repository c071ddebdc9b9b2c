import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { WORKFLOW_CONTEXT } from '../access/payloadAdapters.js'
import { availableActions, decide } from '../workflow/decide.js'
import { effectsOf } from '../workflow/effects.js'
import { failures, notFound } from '../workflow/failures.js'
import type { Actor, Failure, TransitionInput } from '../workflow/types.js'
import { responseCacheFor } from '../delivery/responseCache.js'
import { queueWebhooks } from '../delivery/webhooks.js'
import { webhookEventFor } from '../workflow/webhookEvents.js'
import { actorFor } from './actorFor.js'
import { writeAudit } from './audit.js'
import { notifyAfterTransition } from './notify.js'
import { countPhotosLackingConsent } from './photoConsent.js'
import { queueScheduledPublication } from './scheduler.js'
import { snapshotOf } from './snapshot.js'

export type NewsCollection = 'press-releases' | 'event-coverage'
type Doc = Record<string, unknown> & { id: string | number; title?: string }
export type TransitionResult = { ok: true; doc: Doc; availableActions: string[] } | Failure

const SCHEDULER: Actor = { kind: 'scheduler' }

/**
 * Performs one workflow transition: read the item as the actor may see it, decide (pure), write the
 * effects and the audit entry in one transaction, queue what follows (scheduled publication), then
 * notify. Refusals are audited too, outside the rolled-back transaction.
 * `asScheduler` is the jobs queue publishing a due item: the system, not a user.
 */
export const performTransition = async (args: {
  collection: NewsCollection
  id: string | number
  input: TransitionInput
  req: PayloadRequest
  asScheduler?: boolean
}): Promise<TransitionResult> => {
  const { collection, id, input, req } = args
  const now = new Date()
  const actor = args.asScheduler ? SCHEDULER : await actorFor(req)
  const system = actor?.kind === 'scheduler'
  const audit = (entry: Omit<Parameters<typeof writeAudit>[1], 'targetCollection' | 'documentId' | 'action'>, inTransaction: boolean, title?: string) =>
    writeAudit(req, { action: String(input.action), targetCollection: collection, documentId: id, documentTitle: title, ...entry }, { inTransaction })

  if (!actor) {
    const refusal = failures.notStaff()
    await audit({ outcome: 'refused', code: refusal.code, reason: refusal.message }, false)
    return refusal
  }
  const access = { req, user: req.user, overrideAccess: system, depth: 0 } as const
  const doc = (await req.payload.findByID({ collection, id, ...access, disableErrors: true })) as Doc | null
  if (!doc) return notFound()

  const snapshot = { ...snapshotOf(doc), photosLackingConsent: await countPhotosLackingConsent(req, doc) }
  const decision = decide(actor, snapshot, input, now)
  if (!decision.ok) {
    await audit({ outcome: 'refused', code: decision.code, from: String(doc.workflowStatus), reason: decision.message }, false, doc.title)
    return decision
  }

  const shouldCommit = await initTransaction(req)
  try {
    const actorId = actor.kind === 'staff' ? actor.id : null
    const updated = (await req.payload.update({
      collection,
      id,
      data: effectsOf(decision, doc, actorId, now) as never,
      ...access,
      context: { ...req.context, [WORKFLOW_CONTEXT]: true },
    })) as Doc
    const track = decision.track === 'revision' ? ' (koreksi)' : ''
    await audit({ outcome: 'done', from: decision.from + track, to: decision.to + track, reason: decision.reason ?? decision.changeNote }, true, doc.title)
    if (decision.action === 'schedule' && decision.publishAt) await queueScheduledPublication(req, collection, id, decision.publishAt)
    const event = webhookEventFor(decision)
    if (event) await queueWebhooks(req, collection, updated, event)
    if (shouldCommit) await commitTransaction(req)
    responseCacheFor(req.payload).invalidate()
    await notifyAfterTransition(req, collection, updated, decision).catch((err) => req.payload.logger.error({ err }, 'workflow notification failed'))
    return { ok: true, doc: updated, availableActions: availableActions(actor, snapshotOf(updated), new Date()) }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** The current state and what this user may do now. */
export const describeWorkflow = async (collection: NewsCollection, id: string | number, req: PayloadRequest) => {
  const actor = await actorFor(req)
  if (!actor) return failures.notStaff()
  const doc = (await req.payload.findByID({ collection, id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true })) as Doc | null
  if (!doc) return notFound()
  const snapshot = snapshotOf(doc)
  return {
    ok: true as const,
    state: snapshot.state,
    revisionState: snapshot.revisionState,
    embargoUntil: doc.embargoUntil ?? null,
    publishAt: doc.publishAt ?? null,
    publishedAt: doc.publishedAt ?? null,
    needsRetrospectiveApproval: snapshot.needsRetrospectiveApproval,
    updatedAt: doc.updatedAt,
    availableActions: availableActions(actor, snapshot, new Date()),
  }
}
