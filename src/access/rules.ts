import type { Where } from 'payload'
import { isAdmin, isStaff, type Principal } from './principal.js'
import { portalContentWhere, publicContentWhere } from './publicContentWhere.js'

/**
 * The access rules of the foundation, as pure functions of a Principal. `true` means everything,
 * `false` nothing, a Where means "only the documents matching it".
 * The editorial workflow issue narrows writing to units and roles.
 */
export type Decision = boolean | Where

/** `portalUnits`: the units a portal client receives, children included when it asked for them. */
export const readEditorial = (p: Principal, now: Date, portalUnits: readonly string[] = []): Decision => {
  if (isStaff(p)) return true
  if (p.kind === 'portal') return portalContentWhere(now, { ...p, units: portalUnits })
  return publicContentWhere(now)
}

export const readAgenda = (p: Principal): Decision => (isStaff(p) ? true : { visibility: { equals: 'public' } })

/** Users: admins see everyone, staff see colleagues (names on bylines), the public nobody. */
export const readUsers = (p: Principal): Decision => isStaff(p)

export const updateUser = (p: Principal, targetId: string | number | undefined): Decision => {
  if (isAdmin(p)) return true
  if (!isStaff(p)) return false
  return targetId === undefined ? { id: { equals: p.id } } : String(targetId) === String(p.id)
}

export const writeStaff = (p: Principal): Decision => isStaff(p)
export const manageAsAdmin = (p: Principal): Decision => isAdmin(p)

export type Scope = readonly string[] | '*'

const inScope = (scope: Scope, unit: unknown): boolean => {
  const id = unit && typeof unit === 'object' ? (unit as { id: unknown }).id : unit
  return scope === '*' || (id !== null && id !== undefined && scope.includes(String(id)))
}
const scopeWhere = (scope: Scope): Decision => (scope === '*' ? true : { unit: { in: [...scope] } })

/** Writers, editors and admins write news items in their units; protocol staff only read them. */
const NEWS_WRITERS = ['admin', 'editor', 'writer']
const unitMissing = (unit: unknown): boolean => unit === undefined || unit === null || unit === ''

/** A missing unit is left to validation (400 "unit required"), a foreign one is refused (403). */
export const createNews = (p: Principal, scope: Scope, unit: unknown): Decision =>
  isStaff(p) && NEWS_WRITERS.includes(p.role) && (unitMissing(unit) || inScope(scope, unit))
export const updateNews = (p: Principal, scope: Scope): Decision =>
  isStaff(p) && NEWS_WRITERS.includes(p.role) ? scopeWhere(scope) : false
/** Deleting is an editor's decision. */
export const deleteNews = (p: Principal, scope: Scope): Decision =>
  isStaff(p) && (p.role === 'admin' || p.role === 'editor') ? scopeWhere(scope) : false

/** An unpublished item's preview page: staff of the item's unit (or a unit above it), admins everywhere. */
export const previewNews = (p: Principal, scope: Scope): Decision => (isStaff(p) ? scopeWhere(scope) : false)

/** Protocol staff, editors and admins keep the agenda of their units. */
const AGENDA_KEEPERS = ['admin', 'editor', 'protocol']
export const createAgenda = (p: Principal, scope: Scope, unit: unknown): Decision =>
  isStaff(p) && AGENDA_KEEPERS.includes(p.role) && (unitMissing(unit) || inScope(scope, unit))
export const writeAgenda = (p: Principal, scope: Scope): Decision =>
  isStaff(p) && AGENDA_KEEPERS.includes(p.role) ? scopeWhere(scope) : false

/**
 * The audit log, written only by the workflow service. Admins and editors read all of it, refused
 * attempts included; other staff read what was done (an item's history, the reason it was sent
 * back), as they can read every item anyway.
 */
export const readAudit = (p: Principal): Decision => {
  if (!isStaff(p)) return false
  if (p.role === 'admin' || p.role === 'editor') return true
  return { outcome: { equals: 'done' } }
}
