import type { Revision } from './revision.js'
import type { Outcome } from './types.js'

type Id = string | number
type Doc = Record<string, unknown>

/**
 * What a decided transition writes on the item. Pure: the service stores the result as it is.
 */
export const effectsOf = (o: Outcome, doc: Doc, actorId: Id | null, now: Date): Doc => {
  const at = now.toISOString()
  if (o.track === 'revision') {
    const revision = doc.revision as Revision
    if (o.to !== 'published') return { revision: { ...revision, state: o.to, updatedAt: at } }
    const notes = Array.isArray(doc.changeNotes) ? (doc.changeNotes as Doc[]) : []
    return {
      ...revision.data,
      revision: null,
      changeNotes: o.minor || !o.changeNote ? notes : [...notes, { note: o.changeNote, at }],
    }
  }
  if (o.clearRetrospective)
    return { needsRetrospectiveApproval: false, approvedBy: actorId, approvedAt: at }
  switch (o.action) {
    case 'approve':
      return { workflowStatus: o.to, approvedBy: actorId, approvedAt: at }
    case 'schedule':
      return { workflowStatus: o.to, publishAt: o.publishAt }
    case 'unschedule':
      return { workflowStatus: o.to, publishAt: null }
    case 'publish':
      return { workflowStatus: o.to, publishedAt: doc.publishedAt ?? at }
    case 'force-publish':
      return {
        workflowStatus: o.to,
        publishedAt: doc.publishedAt ?? at,
        needsRetrospectiveApproval: true,
        forcePublishedBy: actorId,
      }
    case 'withdraw':
      return {
        workflowStatus: o.to,
        withdrawal: { reason: o.reason, withdrawnAt: at },
        revision: null,
      }
    default:
      return { workflowStatus: o.to }
  }
}

/**
 * Whether the outcome changes what the public reads: a first publication (by an editor, the scheduler
 * or force-publish) or a published correction. The service then renders the body once
 * (`bodyHtml`, `bodyText`) and writes it with the other effects; nothing renders per request.
 */
export const rendersPublicBody = (o: Outcome): boolean =>
  o.to === 'published' && (o.track === 'revision' || o.from !== 'published')
