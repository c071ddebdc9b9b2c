import { AsyncLocalStorage } from 'node:async_hooks'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  FieldAccess,
  Payload,
  SanitizedCollectionConfig,
} from 'payload'
import { staffField } from '../access/payloadAdapters.js'
import { readReplicasOf } from '../db/readReplicas.js'
import { isNewsCollection } from '../workflow/newsCollections.js'
import { AWAITING_SCHEDULER, isPubliclyVisible } from '../workflow/states.js'
import { responseCacheFor } from './responseCache.js'
import { invalidationBusFor } from './invalidationBus.js'

/**
 * One stored document, as a collection hook sees it: the collection, the document before (null when
 * created) and after (null when deleted), and the names of the top-level fields the public never
 * reads (field read access `staffField`).
 */
export type StoredChange = {
  collection: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  staffOnlyFields: readonly string[]
  /** The collection's top-level field names: only these are compared (not computed extras). */
  fields: readonly string[]
}

/**
 * A write, as each path that writes sees it once it is done. Payload has no after-commit hook, and a
 * collection hook runs inside the write's transaction: a public read made between the hook and the
 * commit would be cached stale. So the hook decides whether the document's change reaches the
 * public (`stored`), and the path that knows the write is committed applies the decision:
 * - `stored`: a collection hook saw a change or deletion. Inside a write scope (REST, GraphQL, a
 *   transition) it is recorded for the scope; outside (Local API: seeding, scripts) it is applied at once.
 * - `transition`: performTransition returned, after its commit; `stored` is what its writes decided.
 * - `rest`: Payload's REST handler answered (src/http/restRoute.ts).
 * - `graphql`: a GraphQL operation answered (src/http/graphqlRoute.ts).
 */
export type Write =
  | ({ via: 'stored' } & StoredChange)
  | { via: 'transition'; ok: boolean; stored: Invalidation }
  | { via: 'rest'; method: string; status: number; stored: Invalidation }
  | { via: 'graphql'; mutation: boolean; stored: Invalidation }

export type Invalidation = 'publicReads' | 'nothing'

/**
 * Never read by anonymous callers, directly or through a public item: their writes keep the public
 * cache. Any collection not named here (units, topics, photos, spokespeople, agenda, news) counts as
 * public content.
 */
export const UNSEEN_COLLECTIONS: readonly string[] = [
  'users',
  'audit-log',
  'portal-clients',
  'webhook-deliveries',
  'payload-jobs',
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
  'payload-kv',
]

/** Bookkeeping every write moves: not a change anyone reads the item for. */
const BOOKKEEPING = new Set(['updatedAt'])

/**
 * A populated relation (an object with an id and timestamps) compares as its id: the document
 * before a write is read at depth 0, the one after at the request's depth.
 */
const normalised = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalised)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('id' in o && 'createdAt' in o && 'updatedAt' in o) return o.id
    if ('relationTo' in o && 'value' in o && Object.keys(o).length === 2)
      return { relationTo: o.relationTo, value: normalised(o.value) }
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, normalised(o[k])]),
    )
  }
  return value ?? null
}

/** The public fields whose value differs between the two versions of a document. */
export const publicFieldsChanged = (change: StoredChange): string[] => {
  const before = change.before ?? {}
  const after = change.after ?? {}
  return change.fields.filter(
    (name) =>
      !BOOKKEEPING.has(name) &&
      !change.staffOnlyFields.includes(name) &&
      JSON.stringify(normalised(before[name])) !== JSON.stringify(normalised(after[name])),
  )
}

/** A news item the public may read (a publicly visible state; an embargo only delays it). */
const visible = (doc: Record<string, unknown> | null): boolean =>
  Boolean(doc) && isPubliclyVisible(doc!.workflowStatus)

const scheduled = (doc: Record<string, unknown> | null): boolean =>
  doc?.workflowStatus === AWAITING_SCHEDULER

/**
 * What a write invalidates, decided in this one place (after Ghost's handleCacheInvalidation, which
 * the model layer returns). A write empties the public reads (every instance's, see
 * invalidationBus.ts) only when what the public sees may have changed:
 * - a news item that was or becomes publicly visible, and only if a public field changed (a staff-only
 *   field such as internal notes, or a correction prepared in `revision`, keeps the cache);
 * - a draft, an item in review or approved keeps it (its publication is a transition that makes it
 *   visible, and that one empties it); scheduling does not (the entries must end at publishAt);
 * - any change to what public items show (units, topics, photos, spokespeople, agenda) empties it:
 *   which list, feed or photo it touches is not worth computing for a cache that refills in one read;
 * - users, the audit log, portal clients and jobs never do.
 * The paths that know their write is committed apply what their stored changes decided.
 */
export const invalidationOf = (write: Write): Invalidation => {
  switch (write.via) {
    case 'stored':
      if (UNSEEN_COLLECTIONS.includes(write.collection)) return 'nothing'
      if (!isNewsCollection(write.collection)) return 'publicReads'
      // A schedule set, moved or dropped moves the publication clock: cached entries, and the
      // max-age downstream caches were given, must end at the new time.
      if (scheduled(write.before) || scheduled(write.after)) return 'publicReads'
      if (!visible(write.before) && !visible(write.after)) return 'nothing'
      // Created or deleted while visible, or crossing into or out of visibility.
      if (!write.before || !write.after || visible(write.before) !== visible(write.after))
        return 'publicReads'
      return publicFieldsChanged(write).length > 0 ? 'publicReads' : 'nothing'
    // A refused transition wrote nothing (its refusal is in the audit log, which the public never reads).
    case 'transition':
      return write.ok ? write.stored : 'nothing'
    // A 503 wrote nothing (database down): keep the cache, it is what readers get during the outage.
    case 'rest':
      return ['GET', 'HEAD', 'OPTIONS'].includes(write.method) || write.status === 503
        ? 'nothing'
        : write.stored
    case 'graphql':
      return write.mutation ? write.stored : 'nothing'
  }
}

/**
 * Empties this process's public reads after a write it made or was told about (invalidationBus.ts):
 * read replicas serve public reads again only once they have replayed it.
 */
export const emptyPublicReadsHere = (payload: Payload): void => {
  responseCacheFor(payload).invalidate()
  readReplicasOf(payload)?.sawWrite()
}

/** Empties the public reads here and on every other worker and instance (a write outside any hook). */
export const emptyPublicReads = (payload: Payload): void => {
  emptyPublicReadsHere(payload)
  invalidationBusFor(payload)?.publish()
}

/** Applies what a write invalidates; the one function the write paths call. */
export const invalidateAfter = (payload: Payload, write: Write): void => {
  if (invalidationOf(write) === 'publicReads') emptyPublicReads(payload)
}

type Scope = { stored: Invalidation }
const scopes = new AsyncLocalStorage<Scope>()

/**
 * Runs a write path's work and returns what its stored changes decided, for the path to apply once
 * the write is committed (`invalidateAfter`). Scopes nest: a transition inside a REST request keeps
 * its own decisions and applies them after its own commit.
 */
export const withinWriteScope = async <T>(
  work: () => Promise<T>,
): Promise<{ result: T; stored: Invalidation }> => {
  const scope: Scope = { stored: 'nothing' }
  const result = await scopes.run(scope, work)
  return { result, stored: scope.stored }
}

const fieldNamesOf = (
  fields: readonly { name?: string; access?: { read?: FieldAccess } }[],
  staffOnly: FieldAccess | undefined,
) => ({
  fields: fields.flatMap((f) => (f.name ? [f.name] : [])),
  staffOnlyFields: fields.flatMap((f) =>
    f.name && staffOnly && f.access?.read === staffOnly ? [f.name] : [],
  ),
})

const recordStored = (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void => {
  const decision = invalidationOf({
    via: 'stored',
    collection: collection.slug,
    before,
    after,
    ...fieldNamesOf(collection.flattenedFields, staffField),
  })
  if (decision === 'nothing') return
  const scope = scopes.getStore()
  if (scope) scope.stored = decision
  else emptyPublicReads(payload)
}

/** The collection-hook path, on every collection (collections/everyCollectionHooks.ts). */
export const invalidateOnChange: CollectionAfterChangeHook = ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  recordStored(req.payload, collection, operation === 'create' ? null : previousDoc, doc)
  return doc
}
export const invalidateOnDelete: CollectionAfterDeleteHook = ({ collection, doc, req }) => {
  recordStored(req.payload, collection, doc, null)
  return doc
}
