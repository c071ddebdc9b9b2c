import { type FieldHook } from 'payload'
import { fieldErrors } from '../validation/fieldErrors.js'
import { slugCandidate, toSlug } from './toSlug.js'

const MAX_ATTEMPTS = 200

/**
 * Fills the slug from `sourceField` when empty, keeps it unique in the collection, and refuses to
 * change it once the item has been published (public links must not break).
 */
export const slugFieldHook =
  (sourceField: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    if (!collection) return value
    const previous = originalDoc?.slug as string | undefined
    const requested = typeof value === 'string' && value.trim() ? toSlug(value) : undefined

    if (operation === 'update' && previous && originalDoc?.publishedAt) {
      if (requested && requested !== previous) {
        throw fieldErrors(req, collection.slug, [
          {
            path: 'slug',
            message: 'Slug tidak dapat diubah setelah terbit agar tautan publik tidak putus.',
          },
        ])
      }
      return previous
    }
    if (operation === 'update' && !requested && previous) return previous

    const source = (data?.[sourceField] ?? originalDoc?.[sourceField]) as string | undefined
    const base = requested ?? toSlug(String(source ?? ''))
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const candidate = slugCandidate(base, attempt)
      // Uniqueness is checked below the access layer: a slug taken by an item this user cannot see is still taken.
      const taken = await req.payload.db.findOne({
        collection: collection.slug,
        where: { slug: { equals: candidate } },
        req,
      })
      if (!taken || (originalDoc?.id !== undefined && String(taken.id) === String(originalDoc.id)))
        return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }
