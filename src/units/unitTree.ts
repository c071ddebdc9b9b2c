/** Pure helpers over the unit tree, given as a map from unit id to parent id. */
export type ParentMap = ReadonlyMap<string, string | null>

/** The ancestors of a unit, nearest first. Stops at a cycle rather than looping. */
export const ancestorsOf = (unitId: string, parents: ParentMap): string[] => {
  const seen = new Set<string>([unitId])
  const result: string[] = []
  let current = parents.get(unitId) ?? null
  while (current !== null && !seen.has(current)) {
    result.push(current)
    seen.add(current)
    current = parents.get(current) ?? null
  }
  return result
}

/** Would making `parentId` the parent of `unitId` close a loop? */
export const wouldCreateCycle = (unitId: string, parentId: string, parents: ParentMap): boolean =>
  unitId === parentId || ancestorsOf(parentId, parents).includes(unitId)
