import type { CollectionAdminOptions } from 'payload'

/** The admin's "Pratinjau" button: our preview page, which only staff of the item's unit can open. */
export const previewUrl =
  (collection: string): NonNullable<CollectionAdminOptions['preview']> =>
  (doc) =>
    `/preview/${collection}/${String((doc as { id?: unknown }).id ?? '')}`
