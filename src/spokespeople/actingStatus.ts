/** Definitive or acting appointments, as Indonesian government uses them. */
export const ACTING_STATUS_OPTIONS = [
  { value: 'definitif', label: { id: 'Definitif', en: 'Substantive' } },
  { value: 'plt', label: { id: 'Plt. (Pelaksana Tugas)', en: 'Acting (Plt)' } },
  { value: 'pj', label: { id: 'Pj. (Penjabat)', en: 'Interim appointee (Pj)' } },
  { value: 'plh', label: { id: 'Plh. (Pelaksana Harian)', en: 'Day-to-day acting (Plh)' } },
]

export const ACTING_PREFIX: Record<string, string> = { plt: 'Plt.', pj: 'Pj.', plh: 'Plh.' }
