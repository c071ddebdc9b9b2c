import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { idString } from '../util/idOf.js'

/** Who wrote and who last edited an item: set by `stampAuthors` (collections/news/hooks.ts), read by the four-eyes rule. */
export const AUTHOR_STAMPS = ['createdBy', 'lastEditedBy'] as const

/** The stamps a request tries to change. Values equal to the stored ones pass (forms send them back). */
export const changedStamps = (
  data: Record<string, unknown>,
  stored: Record<string, unknown> | null,
): string[] =>
  AUTHOR_STAMPS.filter(
    (f) => f in data && (stored === null || idString(data[f]) !== idString(stored[f])),
  )

/**
 * A client that names another author (to slip past four eyes, or to disown an item) is told so with
 * 403 instead of having the field quietly dropped. Stamps are written by the server alone.
 */
export const refuseStampWrites: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI === 'local') return args
  const a = args as { data?: Record<string, unknown>; id?: string | number }
  const data = a.data ?? {}
  if (!AUTHOR_STAMPS.some((f) => f in data)) return args
  const stored =
    operation === 'update' && a.id !== undefined
      ? ((await req.payload.db.findOne({
          collection: collection.slug,
          where: { id: { equals: a.id } },
          req,
        })) as Record<string, unknown> | null)
      : null
  const changed = changedStamps(data, stored)
  if (changed.length === 0) return args
  throw new APIError(
    `Kolom ${changed.join(', ')} diisi otomatis oleh sistem dan tidak dapat diubah.`,
    403,
    { code: 'AUTHOR_STAMP_LOCKED' },
    true,
  )
}
