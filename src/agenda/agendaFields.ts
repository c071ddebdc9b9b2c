import type { DateFieldValidation } from 'payload'

/** Where an agenda item stands. */
export const AGENDA_STATUS_OPTIONS = [
  { value: 'terjadwal', label: { id: 'Terjadwal', en: 'Scheduled' } },
  { value: 'berlangsung', label: { id: 'Berlangsung', en: 'In progress' } },
  { value: 'selesai', label: { id: 'Selesai', en: 'Finished' } },
  { value: 'ditunda', label: { id: 'Ditunda', en: 'Postponed' } },
  { value: 'dibatalkan', label: { id: 'Dibatalkan', en: 'Cancelled' } },
]

/** Who an agenda item is for. */
export const AGENDA_VISIBILITY_OPTIONS = [
  { value: 'public', label: { id: 'Publik', en: 'Public' } },
  { value: 'internal', label: { id: 'Internal', en: 'Internal' } },
]

/** An agenda item cannot end before it starts. */
export const endsAfterStart: DateFieldValidation = (value, { data, siblingData }) => {
  if (!value) return true
  const start =
    (siblingData as { startsAt?: unknown })?.startsAt ?? (data as { startsAt?: unknown })?.startsAt
  if (!start) return true
  return new Date(value) >= new Date(start as string)
    ? true
    : 'Waktu selesai harus sesudah waktu mulai.'
}
