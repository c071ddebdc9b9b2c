import type { Payload } from 'payload'

/**
 * Makes sure an admin with the given credentials exists (ADMIN_EMAIL / ADMIN_PASSWORD), in any
 * mode. An existing account with that email keeps its data but becomes an admin with that password.
 */
export const ensureAdmin = async (
  payload: Payload,
  email: string,
  password: string,
): Promise<'created' | 'updated'> => {
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs[0]) {
    await payload.update({
      collection: 'users',
      id: existing.docs[0].id,
      data: { role: 'admin', password },
    })
    return 'updated'
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Administrator', role: 'admin' },
  })
  return 'created'
}
