import type { CollectionBeforeChangeHook } from 'payload'

/** The first account of a fresh newsroom (created through the admin's first-user screen) is its admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.db.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
