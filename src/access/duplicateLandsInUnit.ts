import type { CollectionBeforeOperationHook } from 'payload'
import { idOf } from '../util/idOf.js'

/**
 * Payload judges create access on a duplicate with the request body alone, usually empty, so the
 * rule could not see the unit the copy lands in (a writer copied another unit's item into it). This
 * names that unit, the source's unless the body names one, before access is checked: a duplicate is
 * then allowed exactly when creating an item in that unit is.
 */
export const duplicateLandsInUnit: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  const a = args as { duplicateFromID?: string | number | null; data?: Record<string, unknown> }
  if (operation !== 'create' || a.duplicateFromID === undefined || a.duplicateFromID === null)
    return args
  const named = a.data?.unit
  if (named !== undefined && named !== null && named !== '') return args
  // Reading the source's unit must not depend on read access: the copy is judged by create access.
  const source = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: a.duplicateFromID } },
    req,
  })) as { unit?: unknown } | null
  return { ...args, data: { ...(a.data ?? {}), unit: idOf(source?.unit) } }
}
