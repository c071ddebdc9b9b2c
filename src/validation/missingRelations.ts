import type { CollectionBeforeValidateHook, CollectionSlug, Field } from 'payload'
import { idOf, type Id } from '../util/idOf.js'
import { fieldErrors } from './fieldErrors.js'

export type RelationRefs = { path: string; collection: CollectionSlug; ids: Id[] }

/**
 * The ids that top-level relationship and upload fields of `data` point at, per target collection.
 * Polymorphic relations are left to the database.
 */
export const relationRefsOf = (
  fields: readonly Field[],
  data: Record<string, unknown> | undefined,
): RelationRefs[] => {
  if (!data) return []
  const refs: RelationRefs[] = []
  for (const field of fields) {
    if (
      (field.type !== 'relationship' && field.type !== 'upload') ||
      typeof field.relationTo !== 'string'
    )
      continue
    const value = data[field.name]
    if (value === undefined || value === null) continue
    const ids = (Array.isArray(value) ? value : [value])
      .map(idOf)
      .filter((v): v is Id => v !== null)
    if (ids.length) refs.push({ path: field.name, collection: field.relationTo, ids })
  }
  return refs
}

/**
 * A relation to a document that does not exist is the sender's mistake: answer 400 naming the field,
 * instead of letting the database's foreign key turn it into a 500.
 */
export const rejectMissingRelationsHook: CollectionBeforeValidateHook = async ({
  collection,
  data,
  req,
}) => {
  const errors: { path: string; message: string }[] = []
  for (const ref of relationRefsOf(collection.fields, data)) {
    const unique = [...new Set(ref.ids.map(String))]
    // Existence is checked below the access layer: the question is "does it exist", not "may I see it".
    const { totalDocs } = await req.payload.db.count({
      collection: ref.collection,
      where: { id: { in: unique } },
      req,
    })
    if (totalDocs < unique.length)
      errors.push({
        path: ref.path,
        message: `Kolom "${ref.path}" merujuk ke ${ref.collection} yang tidak ada.`,
      })
  }
  if (errors.length) throw fieldErrors(req, collection.slug, errors)
  return data
}
