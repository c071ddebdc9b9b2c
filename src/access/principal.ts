import { isRole, type Role } from './roles.js'
import { idOf } from '../util/idOf.js'

/**
 * Who is asking, reduced to what the rules need. Rules take a Principal, never a Payload user,
 * so they stay pure and can later take portal clients too.
 */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'staff'; id: string | number; role: Role; unit: string | number | null }
  | {
      kind: 'portal'
      id: string | number
      units: (string | number)[]
      includeChildUnits: boolean
      receivesSyndicated: boolean
      receivesEmbargoed: boolean
    }

export const ANONYMOUS: Principal = { kind: 'anonymous' }

type UserLike =
  | {
      id?: string | number
      role?: unknown
      unit?: unknown
      collection?: string
      units?: unknown
      includeChildUnits?: unknown
      receivesSyndicated?: unknown
      receivesEmbargoed?: unknown
      active?: unknown
      expiresAt?: unknown
    }
  | null
  | undefined

/** A portal client counts only while active and unexpired; otherwise it is nobody. */
export const portalIsUsable = (
  client: { active?: unknown; expiresAt?: unknown },
  now: Date,
): boolean =>
  client.active === true && (!client.expiresAt || new Date(String(client.expiresAt)) > now)

export const principalOf = (user: UserLike, now = new Date()): Principal => {
  if (user?.collection === 'portal-clients' && user.id !== undefined && portalIsUsable(user, now)) {
    const units = (Array.isArray(user.units) ? user.units : [])
      .map(idOf)
      .filter((v): v is string | number => v !== null)
    return {
      kind: 'portal',
      id: user.id,
      units,
      includeChildUnits: user.includeChildUnits !== false,
      receivesSyndicated: user.receivesSyndicated === true,
      receivesEmbargoed: user.receivesEmbargoed === true,
    }
  }
  if (!user || user.collection !== 'users' || user.id === undefined || !isRole(user.role))
    return ANONYMOUS
  return { kind: 'staff', id: user.id, role: user.role, unit: idOf(user.unit) }
}

export const isStaff = (p: Principal): p is Extract<Principal, { kind: 'staff' }> =>
  p.kind === 'staff'
export const isAdmin = (p: Principal): boolean => isStaff(p) && p.role === 'admin'
