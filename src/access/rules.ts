import type { Where } from 'payload'
import { isAdmin, isStaff, type Principal } from './principal.js'
import { portalContentWhere, publicContentWhere } from './publicContentWhere.js'
import { idOf } from '../util/idOf.js'

/**
 * The access rules of the foundation, as pure functions of a Principal. `true` means everything,
 * `false` nothing, a Where means "only the documents matching it".
 * The editorial workflow issue narrows writing to units and roles.
 */
export type Decision = boolean | Where

/** `portalUnits`: the units a portal client receives, children included when it asked for them. */
export const readEditorial = (
  p: Principal,
  now: Date,
  portalUnits: readonly string[] = [],
): Decision => {
  if (isStaff(p)) return true
  if (p.kind === 'portal') return portalContentWhere(now, { ...p, units: portalUnits })
  return publicContentWhere(now)
}

export const readAgenda = (p: Principal): Decision =>
  isStaff(p) ? true : { visibility: { equals: 'public' } }

/** Users: admins see everyone, staff see colleagues (names on bylines), the public nobody. */
export const readUsers = (p: Principal): Decision => isStaff(p)

/**
 * Staff edit their own account (name, password); only admins edit others. Role and unit decide what
 * an account may do, so nobody but an admin changes them, not even on their own account: a request
 * that tries is refused outright rather than quietly stripped.
 */
export const updateUser = (
  p: Principal,
  targetId: string | number | undefined,
  data?: { role?: unknown; unit?: unknown },
): Decision => {
  if (isAdmin(p)) return true
  if (!isStaff(p)) return false
  if (data?.role !== undefined && data.role !== p.role) return false
  if (data && 'unit' in data && String(idOf(data.unit)) !== String(p.unit)) return false
  return targetId === undefined ? { id: { equals: p.id } } : String(targetId) === String(p.id)
}

/**
 * Unlocking an account that failed too many logins is an admin's act: if any colleague could, the
 * lockout would stop nobody (Payload's default lets every logged-in user unlock; GHSA-jg8r-5jh2-v2xj).
 */
export const unlockUsers = (p: Principal): Decision => isAdmin(p)

/**
 * GraphQL introspection (`__schema`, `__type`) names every staff-only type and field. Staff may read
 * it (their tools use it); anonymous callers and portal keys only while developing.
 */
export const mayIntrospect = (p: Principal, development: boolean): boolean =>
  development || isStaff(p)

export const writeStaff = (p: Principal): Decision => isStaff(p)
export const manageAsAdmin = (p: Principal): Decision => isAdmin(p)

export type Scope = readonly string[] | '*'

const inScope = (scope: Scope, unit: unknown): boolean => {
  const id = unit && typeof unit === 'object' ? (unit as { id: unknown }).id : unit
  return scope === '*' || (id !== null && id !== undefined && scope.includes(String(id)))
}
const scopeWhere = (scope: Scope): Decision => (scope === '*' ? true : { unit: { in: [...scope] } })
/**
 * An update is judged twice: the stored unit (the Where) and, when the request names one, the unit
 * the item would move to. Otherwise a writer could move their own draft into a unit they cannot write.
 */
const writeInScope = (scope: Scope, data: { unit?: unknown } | undefined): Decision =>
  data && 'unit' in data && !inScope(scope, data.unit) ? false : scopeWhere(scope)

/** Writers, editors and admins write news items in their units; protocol staff only read them. */
const NEWS_WRITERS = ['admin', 'editor', 'writer']
const unitMissing = (unit: unknown): boolean => unit === undefined || unit === null || unit === ''

/** A missing unit is left to validation (400 "unit required"), a foreign one is refused (403). */
export const createNews = (p: Principal, scope: Scope, unit: unknown): Decision =>
  isStaff(p) && NEWS_WRITERS.includes(p.role) && (unitMissing(unit) || inScope(scope, unit))
export const updateNews = (p: Principal, scope: Scope, data?: { unit?: unknown }): Decision =>
  isStaff(p) && NEWS_WRITERS.includes(p.role) ? writeInScope(scope, data) : false
/** Deleting is an editor's decision. */
export const deleteNews = (p: Principal, scope: Scope): Decision =>
  isStaff(p) && (p.role === 'admin' || p.role === 'editor') ? scopeWhere(scope) : false

/** An unpublished item's preview page: staff of the item's unit (or a unit above it), admins everywhere. */
export const previewNews = (p: Principal, scope: Scope): Decision =>
  isStaff(p) ? scopeWhere(scope) : false

/** Protocol staff, editors and admins keep the agenda of their units. */
const AGENDA_KEEPERS = ['admin', 'editor', 'protocol']
export const createAgenda = (p: Principal, scope: Scope, unit: unknown): Decision =>
  isStaff(p) && AGENDA_KEEPERS.includes(p.role) && (unitMissing(unit) || inScope(scope, unit))
export const writeAgenda = (p: Principal, scope: Scope, data?: { unit?: unknown }): Decision =>
  isStaff(p) && AGENDA_KEEPERS.includes(p.role) ? writeInScope(scope, data) : false

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
