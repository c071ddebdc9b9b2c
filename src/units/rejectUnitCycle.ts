import { type CollectionBeforeValidateHook } from 'payload'
import { fieldErrors } from '../validation/fieldErrors.js'
import { wouldCreateCycle } from './unitTree.js'
import { idString } from '../util/idOf.js'

/** A unit cannot become its own ancestor. */
export const rejectUnitCycle: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  const parentId = idString(data?.parent)
  if (operation !== 'update' || !parentId || !originalDoc?.id) return data
  const all = await req.payload.db.find({ collection: 'units', limit: 0, pagination: false, req })
  const parents = new Map(
    all.docs.map((u) => [String(u.id), idString((u as { parent?: unknown }).parent)]),
  )
  if (wouldCreateCycle(String(originalDoc.id), parentId, parents)) {
    throw fieldErrors(req, 'units', [
      { path: 'parent', message: 'Unit induk tidak boleh unit itu sendiri atau turunannya.' },
    ])
  }
  return data
}
