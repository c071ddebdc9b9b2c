import type { CollectionBeforeOperationHook } from 'payload'
import { fieldErrors } from './fieldErrors.js'
import { isRichTextShape } from './richTextShape.js'

/**
 * Refuses a rich-text value that is not a Lexical document. A beforeOperation hook: Lexical's own
 * field hooks walk the value during beforeValidate, before any collection validate hook could refuse it.
 */
export const rejectMalformedRichText: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data || typeof data !== 'object') return args
  const bad = collection.flattenedFields
    .filter((f) => f.type === 'richText' && data[f.name] !== undefined && data[f.name] !== null && !isRichTextShape(data[f.name]))
    .map((f) => ({ path: f.name, message: `Kolom "${f.name}" bukan dokumen teks kaya (Lexical) yang sah.` }))
  if (bad.length === 0) return args
  throw fieldErrors(req, collection.slug, bad)
}
