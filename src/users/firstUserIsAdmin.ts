import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The first account of a fresh newsroom, registered through the API or the admin's first-user screen,
 * is its admin. Accounts created by the system (seed, ADMIN_EMAIL) keep the role they were given.
 */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || req.user) return data
  const { totalDocs } = await req.payload.db.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
