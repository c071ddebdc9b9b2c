import type { DateFieldValidation } from 'payload'

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
