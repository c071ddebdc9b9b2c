/** Definitive or acting appointments, as Indonesian government uses them. */
export const ACTING_STATUS_OPTIONS = [
  { value: 'definitif', label: { id: 'Definitif', en: 'Substantive' } },
  { value: 'plt', label: { id: 'Plt. (Pelaksana Tugas)', en: 'Acting (Plt)' } },
  { value: 'pj', label: { id: 'Pj. (Penjabat)', en: 'Interim appointee (Pj)' } },
  { value: 'plh', label: { id: 'Plh. (Pelaksana Harian)', en: 'Day-to-day acting (Plh)' } },
]

export const ACTING_PREFIX: Record<string, string> = { plt: 'Plt.', pj: 'Pj.', plh: 'Plh.' }

type NameParts = { name?: unknown; titlesBefore?: unknown; titlesAfter?: unknown } | undefined

const clean = (v: unknown): string => (typeof v === 'string' ? v.trim() : '')

/** "Dr. H." + "Adhy Karyono" + "S.Sos., M.Si." → "Dr. H. Adhy Karyono, S.Sos., M.Si." */
export const composeDisplayName = (parts: NameParts): string => {
  const name = clean(parts?.name)
  const before = clean(parts?.titlesBefore)
  const after = clean(parts?.titlesAfter).replace(/^,\s*/, '')
  return [before, name].filter(Boolean).join(' ') + (after ? `, ${after}` : '')
}
