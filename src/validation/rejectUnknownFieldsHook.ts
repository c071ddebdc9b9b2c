import { type CollectionBeforeValidateHook } from 'payload'
import { fieldErrors } from './fieldErrors.js'
import { unknownFieldPaths } from './unknownFields.js'

/** Refuses a write that names fields the collection does not have, before anything is stored. */
export const rejectUnknownFieldsHook: CollectionBeforeValidateHook = ({
  collection,
  data,
  req,
}) => {
  const unknown = unknownFieldPaths(collection.fields, data)
  if (unknown.length === 0) return data
  throw fieldErrors(
    req,
    collection.slug,
    unknown.map((path) => ({
      path,
      message: `Kolom "${path}" tidak dikenal pada ${collection.slug}.`,
    })),
  )
}
