import type { Payload } from 'payload'
import { underEmbargoWhere } from '../workflow/embargo.js'
import { NEWS_COLLECTIONS } from '../workflow/newsCollections.js'
import { AWAITING_SCHEDULER } from '../workflow/states.js'

/**
 * The next moment at which what the public sees changes by itself: the earliest future embargo expiry
 * or scheduled publication. Public cache entries must not live past it.
 */
export const nextPublicationBoundary = async (
  payload: Payload,
  now = new Date(),
): Promise<number | null> => {
  const iso = now.toISOString()
  const firsts = await Promise.all(
    NEWS_COLLECTIONS.flatMap((collection) => [
      payload.db.find({
        collection,
        where: underEmbargoWhere(now),
        sort: 'embargoUntil',
        limit: 1,
        pagination: false,
      }),
      payload.db.find({
        collection,
        where: {
          and: [
            { publishAt: { greater_than: iso } },
            { workflowStatus: { equals: AWAITING_SCHEDULER } },
          ],
        },
        sort: 'publishAt',
        limit: 1,
        pagination: false,
      }),
    ]),
  )
  const times = firsts
    .flatMap((r) => r.docs as { embargoUntil?: string; publishAt?: string }[])
    .flatMap((d) => [d.embargoUntil, d.publishAt])
    .filter((t): t is string => Boolean(t) && t! > iso)
    .map((t) => new Date(t).getTime())
  return times.length ? Math.min(...times) : null
}
