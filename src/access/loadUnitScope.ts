import type { PayloadRequest } from 'payload'
import { principalOf, type Principal } from './principal.js'
import { selfAndDescendants, unitScopeOf, type ParentMap } from './unitScope.js'
import { unitTreeFor } from './unitTreeCache.js'

const CACHE_KEY = 'humasUnitParents'

/** The unit tree as a parent map: once per request, from memory while units have not changed. */
export const loadParents = async (req: PayloadRequest): Promise<ParentMap> => {
  const cached = req.context?.[CACHE_KEY] as ParentMap | undefined
  if (cached) return cached
  const parents = await unitTreeFor(req)
  req.context = { ...req.context, [CACHE_KEY]: parents }
  return parents
}

/** The units the request's user acts in ('*' for admins, [] for anyone not staff). */
export const loadUnitScope = async (req: PayloadRequest): Promise<readonly string[] | '*'> => {
  const p = principalOf(req.user)
  if (p.kind !== 'staff') return []
  return unitScopeOf(p.role, p.unit, await loadParents(req))
}

/** The units a portal client receives, with their descendants when it includes child units. */
export const portalUnitsOf = async (
  req: PayloadRequest,
  p: Extract<Principal, { kind: 'portal' }>,
): Promise<string[]> => {
  const own = p.units.map(String)
  if (!p.includeChildUnits) return own
  const parents = await loadParents(req)
  return [...new Set(own.flatMap((u) => selfAndDescendants(u, parents)))]
}
