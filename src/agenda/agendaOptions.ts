export const AGENDA_STATUS_OPTIONS = [
  { value: 'terjadwal', label: { id: 'Terjadwal', en: 'Scheduled' } },
  { value: 'berlangsung', label: { id: 'Berlangsung', en: 'In progress' } },
  { value: 'selesai', label: { id: 'Selesai', en: 'Finished' } },
  { value: 'ditunda', label: { id: 'Ditunda', en: 'Postponed' } },
  { value: 'dibatalkan', label: { id: 'Dibatalkan', en: 'Cancelled' } },
]

export const AGENDA_VISIBILITY_OPTIONS = [
  { value: 'public', label: { id: 'Publik', en: 'Public' } },
  { value: 'internal', label: { id: 'Internal', en: 'Internal' } },
]
