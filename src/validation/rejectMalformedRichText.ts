import type { CollectionBeforeValidateHook } from 'payload'
import { fieldErrors } from './fieldErrors.js'
import { isRichTextShape } from './richTextShape.js'

/** Refuses a rich-text value that is not a Lexical document, before Lexical's validator trips on it. */
export const rejectMalformedRichText: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const bad = collection.flattenedFields
    .filter((f) => f.type === 'richText' && data?.[f.name] !== undefined && data?.[f.name] !== null && !isRichTextShape(data?.[f.name]))
    .map((f) => ({ path: f.name, message: `Kolom "${f.name}" bukan dokumen teks kaya (Lexical) yang sah.` }))
  if (bad.length === 0) return data
  throw fieldErrors(req, collection.slug, bad)
}
