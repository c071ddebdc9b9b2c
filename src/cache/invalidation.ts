import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'
import { readReplicasOf } from '../db/readReplicas.js'
import { responseCacheFor } from './responseCache.js'

/**
 * A write, as each path that writes sees it once it is done. Payload has no after-commit hook, and a
 * collection hook runs inside the write's transaction: a public read made between the hook and the
 * commit would be cached stale. So each path empties the cache where it knows its write is committed.
 * - `stored`: a collection hook saw a change or deletion. The only path of Local API writes (seeding,
 *   jobs, scripts); for the others it is an early, uncommitted notice, repeated after the commit.
 * - `transition`: performTransition returned, after its commit.
 * - `rest`: Payload's REST handler answered (src/http/restRoute.ts).
 * - `graphql`: a GraphQL operation answered (src/http/graphqlRoute.ts).
 */
export type Write =
  | { via: 'stored' }
  | { via: 'transition'; ok: boolean }
  | { via: 'rest'; method: string; status: number }
  | { via: 'graphql'; mutation: boolean }

export type Invalidation = 'publicReads' | 'nothing'

/**
 * What a write invalidates, decided in this one place (after Ghost's handleCacheInvalidation, which
 * the model layer returns). Every committed write empties the public reads of this instance: which
 * list, feed or photo a change touches is not worth computing for a cache that refills in one read.
 */
export const invalidationOf = (write: Write): Invalidation => {
  switch (write.via) {
    case 'stored':
      return 'publicReads'
    // A refused transition wrote nothing (its refusal is in the audit log, which the public never reads).
    case 'transition':
      return write.ok ? 'publicReads' : 'nothing'
    // A 503 wrote nothing (database down): keep the cache, it is what readers get during the outage.
    case 'rest':
      return ['GET', 'HEAD', 'OPTIONS'].includes(write.method) || write.status === 503
        ? 'nothing'
        : 'publicReads'
    case 'graphql':
      return write.mutation ? 'publicReads' : 'nothing'
  }
}

/** Applies what a write invalidates; the one function the write paths call. */
export const invalidateAfter = (payload: Payload, write: Write): void => {
  if (invalidationOf(write) !== 'publicReads') return
  responseCacheFor(payload).invalidate()
  // Read replicas serve public reads again only once they have replayed this write.
  readReplicasOf(payload)?.sawWrite()
}

/** The collection-hook path, on every collection (src/payload.config.ts). */
export const invalidateOnChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateAfter(req.payload, { via: 'stored' })
  return doc
}
export const invalidateOnDelete: CollectionAfterDeleteHook = ({ doc, req }) => {
  invalidateAfter(req.payload, { via: 'stored' })
  return doc
}
