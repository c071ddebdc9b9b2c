/** The id of a relation value, whether Payload gave the id itself or the populated document. */
export const idOf = (v: unknown): string | number | null => {
  if (typeof v === 'string' || typeof v === 'number') return v
  if (v && typeof v === 'object' && 'id' in v) return idOf((v as { id: unknown }).id)
  return null
}

/** The same, as a string (for maps and sets keyed by id). */
export const idString = (v: unknown): string | null => {
  const id = idOf(v)
  return id === null ? null : String(id)
}
