import { type CollectionBeforeValidateHook } from 'payload'
import { fieldErrors } from './fieldErrors.js'
import { relationRefsOf } from './missingRelations.js'

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
