import type { Where } from 'payload'
import { isAdmin, isStaff, type Principal } from './principal.js'
import { publicContentWhere } from './publicContentWhere.js'

/**
 * The access rules of the foundation, as pure functions of a Principal. `true` means everything,
 * `false` nothing, a Where means "only the documents matching it".
 * The editorial workflow issue narrows writing to units and roles.
 */
export type Decision = boolean | Where

export const readEditorial = (p: Principal, now: Date): Decision => (isStaff(p) ? true : publicContentWhere(now))

export const readAgenda = (p: Principal): Decision => (isStaff(p) ? true : { visibility: { equals: 'public' } })

export const readPhoto = (p: Principal): Decision => (isStaff(p) ? true : { isPublic: { equals: true } })

/** Users: admins see everyone, staff see colleagues (names on bylines), the public nobody. */
export const readUsers = (p: Principal): Decision => isStaff(p)

export const updateUser = (p: Principal, targetId: string | number | undefined): Decision => {
  if (isAdmin(p)) return true
  if (!isStaff(p)) return false
  return targetId === undefined ? { id: { equals: p.id } } : String(targetId) === String(p.id)
}

export const writeStaff = (p: Principal): Decision => isStaff(p)
export const manageAsAdmin = (p: Principal): Decision => isAdmin(p)
