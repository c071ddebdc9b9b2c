type NameParts = { name?: unknown; titlesBefore?: unknown; titlesAfter?: unknown } | undefined

const clean = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** "Dr. H." + "Adhy Karyono" + "S.Sos., M.Si." → "Dr. H. Adhy Karyono, S.Sos., M.Si." */
export const composeDisplayName = (parts: NameParts): string => {
  const name = clean(parts?.name)
  const before = clean(parts?.titlesBefore)
  const after = clean(parts?.titlesAfter).replace(/^,\s*/, '')
  return [before, name].filter(Boolean).join(' ') + (after ? `, ${after}` : '')
}
