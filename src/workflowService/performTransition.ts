import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'
import type { NewsCollection, NewsItem } from '../workflow/newsCollections.js'
import { availableActions, decide } from '../workflow/decide.js'
import { effectsOf, rendersPublicBody } from '../workflow/effects.js'
import { failures, isNothingToSchedule, notFound } from '../workflow/failures.js'
import type { Actor, Failure, Outcome, TransitionInput } from '../workflow/types.js'
import { invalidateAfter, withinWriteScope } from '../cache/invalidation.js'
import { queueWebhooks } from '../delivery/webhooks.js'
import { renderPublicBody } from '../delivery/renderPublicBody.js'
import { webhookEventFor } from '../workflow/webhookEvents.js'
import { actorFor } from './actorFor.js'
import { writeAudit } from './audit.js'
import { notifyAfterTransition } from './notify.js'
import { countPhotosLackingConsent } from './photoConsent.js'
import { queueScheduledPublication } from './queueScheduledPublication.js'
import { snapshotOf } from './snapshot.js'
import { claimVersion } from './claimVersion.js'
import { oneAtATime } from './oneAtATime.js'

export type TransitionResult = { ok: true; doc: NewsItem; availableActions: string[] } | Failure

const SCHEDULER: Actor = { kind: 'scheduler' }

/**
 * Performs one workflow transition: read the item as the actor may see it, decide (pure), write the
 * effects and the audit entry, queue what follows (scheduled publication, webhooks), then notify.
 * Refusals are audited too, outside the rolled-back transaction.
 * `asScheduler` is the jobs queue publishing a due item: the system, not a user.
 *
 * One transition wins: the item is read and decided on inside the transaction that writes it, and
 * the write first moves the item's version on only if it is still the one read (claimVersion). Two
 * editors (or an editor and the scheduler) acting at once get one success and one 409 STALE_VERSION,
 * and the audit log and the portals hear of the transition once. On PostgreSQL the version check
 * locks the row until commit. SQLite runs without transactions here, so the transitions of one item
 * also take turns in this process (oneAtATime) and the version check guards the rest.
 */
export const performTransition = async (args: {
  collection: NewsCollection
  id: string | number
  input: TransitionInput
  req: PayloadRequest
  asScheduler?: boolean
}): Promise<TransitionResult> => {
  const { collection, id, req } = args
  const actor = args.asScheduler ? SCHEDULER : await actorFor(req)
  if (!actor) {
    const refusal = failures.notStaff()
    await auditFor(args)({ outcome: 'refused', code: refusal.code, reason: refusal.message }, false)
    return refusal
  }
  const shouldCommit = await initTransaction(req)
  const transactional = Boolean(req.transactionID)
  try {
    const { result, stored } = await withinWriteScope(() =>
      transactional
        ? decideAndWrite(args, actor)
        : oneAtATime(`${collection}:${id}`, () => decideAndWrite(args, actor)),
    )
    if (result.ok) {
      if (shouldCommit) await commitTransaction(req)
      invalidateAfter(req.payload, { via: 'transition', ok: true, stored })
      await notifyAfterTransition(req, collection, result.doc, result.decision).catch((err) =>
        req.payload.logger.error({ err }, 'workflow notification failed'),
      )
      return {
        ok: true,
        doc: result.doc,
        availableActions: availableActions(actor, snapshotOf(result.doc), new Date()),
      }
    }
    if (shouldCommit) await killTransaction(req)
    // Written after the rollback, so that the refusal stays on record.
    if (!result.unaudited)
      await auditFor(args)(
        {
          outcome: 'refused',
          code: result.failure.code,
          from: result.from,
          reason: result.failure.message,
        },
        false,
        result.title,
      )
    return result.failure
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

type Written =
  | { ok: true; doc: NewsItem; decision: Outcome }
  | { ok: false; failure: Failure; from?: string; title?: string; unaudited?: true }

const auditFor =
  ({
    collection,
    id,
    input,
    req,
  }: {
    collection: NewsCollection
    id: string | number
    input: TransitionInput
    req: PayloadRequest
  }) =>
  (
    entry: Omit<Parameters<typeof writeAudit>[1], 'targetCollection' | 'documentId' | 'action'>,
    inTransaction: boolean,
    title?: string,
  ) =>
    writeAudit(
      req,
      {
        action: String(input.action),
        targetCollection: collection,
        documentId: id,
        documentTitle: title,
        ...entry,
      },
      { inTransaction },
    )

/** Read, decide and write, in the caller's transaction (if the database has one). */
const decideAndWrite = async (
  args: {
    collection: NewsCollection
    id: string | number
    input: TransitionInput
    req: PayloadRequest
  },
  actor: Actor,
): Promise<Written> => {
  const { collection, id, input, req } = args
  const now = new Date()
  const system = actor.kind === 'scheduler'
  const access = { req, user: req.user, overrideAccess: system, depth: 0 } as const
  const doc = await req.payload.findByID({
    collection,
    id,
    ...access,
    disableErrors: true,
  })
  if (!doc) return { ok: false, failure: notFound(), unaudited: true }

  const snapshot = {
    ...snapshotOf(doc),
    photosLackingConsent: await countPhotosLackingConsent(req, doc),
  }
  const decision = decide(actor, snapshot, input, now)
  // A scheduler job whose schedule no longer stands was nobody's attempt: nothing to audit.
  if (!decision.ok)
    return {
      ok: false,
      failure: decision,
      from: String(doc.workflowStatus),
      title: doc.title,
      ...(system && isNothingToSchedule(decision) ? { unaudited: true as const } : {}),
    }
  if (!(await claimVersion(req, collection, id, String(doc.updatedAt), now)))
    return {
      ok: false,
      failure: failures.stale(),
      from: String(doc.workflowStatus),
      title: doc.title,
    }

  const actorId = actor.kind === 'staff' ? actor.id : null
  const effects = effectsOf(decision, doc, actorId, now)
  // Rendered once, here, from the text that becomes public (the correction's, if that is what is published).
  const rendered = rendersPublicBody(decision)
    ? await renderPublicBody(req, { ...doc, ...effects }.body)
    : {}
  const updated = await req.payload.update({
    collection,
    id,
    // The pure rules name the fields they change; which of them this collection has is Payload's to check.
    data: { ...effects, ...rendered } as Partial<NewsItem>,
    ...access,
    context: { ...req.context, [WORKFLOW_CONTEXT]: true },
  })
  // Payload keeps the merged context on the request: the unlock ends with this one write.
  if (req.context) delete req.context[WORKFLOW_CONTEXT]
  const track = decision.track === 'revision' ? ' (koreksi)' : ''
  await auditFor(args)(
    {
      outcome: 'done',
      from: decision.from + track,
      to: decision.to + track,
      reason: decision.reason ?? decision.changeNote,
    },
    true,
    doc.title,
  )
  if (decision.action === 'schedule' && decision.publishAt)
    await queueScheduledPublication(req, collection, id, decision.publishAt)
  const event = webhookEventFor(decision)
  if (event) await queueWebhooks(req, collection, updated, event)
  return { ok: true, doc: updated, decision }
}

/** The current state and what this user may do now. */
export const describeWorkflow = async (
  collection: NewsCollection,
  id: string | number,
  req: PayloadRequest,
) => {
  const actor = await actorFor(req)
  if (!actor) return failures.notStaff()
  const doc = await req.payload.findByID({
    collection,
    id,
    req,
    user: req.user,
    overrideAccess: false,
    depth: 0,
    disableErrors: true,
  })
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
