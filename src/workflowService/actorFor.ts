import type { PayloadRequest } from 'payload'
import { loadUnitScope } from '../access/loadUnitScope.js'
import { principalOf } from '../access/principal.js'
import type { Actor } from '../workflow/types.js'

/** The workflow actor for a request: a staff member with the units they act in, or null. */
export const actorFor = async (req: PayloadRequest): Promise<Actor | null> => {
  const p = principalOf(req.user)
  if (p.kind !== 'staff') return null
  const scope = await loadUnitScope(req)
  return { kind: 'staff', id: p.id, role: p.role, units: new Set(scope === '*' ? [] : scope) }
}
