import type { CollectionConfig } from 'payload'
import { enforceQueryAllowList } from '../src/access/enforceQueryAllowList.js'
import { capListLimit } from '../src/http/capListLimit.js'
import { invalidateOnChange, invalidateOnDelete } from '../src/cache/invalidation.js'
import { rejectMalformedRichTextHook } from '../src/validation/rejectMalformedRichTextHook.js'
import { rejectMissingRelationsHook } from '../src/validation/missingRelations.js'
import { rejectUnknownFieldsHook } from '../src/validation/unknownFields.js'

/**
 * The hooks every collection runs, whatever it holds: the defences against bad input and the public
 * cache. Named once here and applied once, in collections/index.ts; a collection's own hooks
 * (e.g. collections/news/hooks.ts) run inside them.
 */
export const everyCollectionHooks = {
  /** First, before the collection's own: refuse a query or a body before anything reads it. */
  beforeOperation: [enforceQueryAllowList, rejectMalformedRichTextHook, capListLimit],
  /** First, before the collection's own: a 400 naming the field beats a database error. */
  beforeValidate: [rejectUnknownFieldsHook, rejectMissingRelationsHook],
  /** Last, after the collection's own: the change is stored, so the public reads of it are stale. */
  afterChange: [invalidateOnChange],
  afterDelete: [invalidateOnDelete],
} satisfies CollectionConfig['hooks']

export const withEveryCollectionHooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...everyCollectionHooks.beforeOperation,
      ...(collection.hooks?.beforeOperation ?? []),
    ],
    beforeValidate: [
      ...everyCollectionHooks.beforeValidate,
      ...(collection.hooks?.beforeValidate ?? []),
    ],
    afterChange: [...(collection.hooks?.afterChange ?? []), ...everyCollectionHooks.afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), ...everyCollectionHooks.afterDelete],
  },
})
