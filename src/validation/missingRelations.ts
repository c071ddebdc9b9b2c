import type { CollectionSlug, Field } from 'payload'
import { idOf, type Id } from '../util/idOf.js'

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
