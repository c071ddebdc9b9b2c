import { isRole, type Role } from './roles.js'

/**
 * Who is asking, reduced to what the rules need. Rules take a Principal, never a Payload user,
 * so they stay pure and can later take portal clients too.
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; id: string | number; role: Role; unit: string | number | null }

export const ANONYMOUS: Principal = { kind: 'anonymous' }

type UserLike = { id?: string | number; role?: unknown; unit?: unknown; collection?: string } | null | undefined

const idOf = (value: unknown): string | number | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  if (typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}

export const principalOf = (user: UserLike): Principal => {
  if (!user || user.collection !== 'users' || user.id === undefined || !isRole(user.role)) return ANONYMOUS
  return { kind: 'staff', id: user.id, role: user.role, unit: idOf(user.unit) }
}

export const isStaff = (p: Principal): p is Extract<Principal, { kind: 'staff' }> => p.kind === 'staff'
export const isAdmin = (p: Principal): boolean => isStaff(p) && p.role === 'admin'
