import type { Role } from './roles.js'

export type ParentMap = ReadonlyMap<string, string | null>

/** A unit and every unit below it. */
export const selfAndDescendants = (unitId: string, parents: ParentMap): string[] => {
  const children = new Map<string, string[]>()
  for (const [id, parent] of parents)
    if (parent) children.set(parent, [...(children.get(parent) ?? []), id])
  const result: string[] = []
  const queue = [unitId]
  while (queue.length) {
    const id = queue.shift() as string
    if (result.includes(id)) continue
    result.push(id)
    queue.push(...(children.get(id) ?? []))
  }
  return result
}

/**
 * The units a staff member acts in: writers their own unit; editors and protocol staff their unit
 * and every unit below it (an editor of the province reaches its OPD and kabupaten); admins all ('*').
 */
export const unitScopeOf = (
  role: Role,
  unit: string | number | null,
  parents: ParentMap,
): readonly string[] | '*' => {
  if (role === 'admin') return '*'
  if (unit === null) return []
  return role === 'writer' ? [String(unit)] : selfAndDescendants(String(unit), parents)
}
