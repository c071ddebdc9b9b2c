/** A document id: a number on SQLite and PostgreSQL (as the generated types say), a string on MongoDB. */
export type Id = string | number

/** The id of a relation value, whether Payload gave the id itself or the populated document. */
export const idOf = (v: unknown): Id | null => {
  if (typeof v === 'string' || typeof v === 'number') return v
  if (v && typeof v === 'object' && 'id' in v) return idOf((v as { id: unknown }).id)
  return null
}

/** The same, as a string (for maps and sets keyed by id). */
export const idString = (v: unknown): string | null => {
  const id = idOf(v)
  return id === null ? null : String(id)
}
