import { DEFAULT_TIMEZONE, TIMEZONES } from '../config/timezones.js'

/** Indonesia keeps no daylight saving time: each zone is a fixed offset. */
const OFFSET_MINUTES: Record<string, number> = {
  'Asia/Jakarta': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
}

const pad = (n: number) => String(n).padStart(2, '0')

/** An instant written in a unit's zone, e.g. 2026-11-22T10:00:00+07:00. */
export const isoInZone = (at: string | Date, timezone: string = DEFAULT_TIMEZONE): string => {
  const offset = OFFSET_MINUTES[timezone] ?? OFFSET_MINUTES[DEFAULT_TIMEZONE]
  const local = new Date(new Date(at).getTime() + offset * 60_000)
  const sign = offset >= 0 ? '+' : '-'
  return `${local.toISOString().slice(0, 19)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

const offsetOf = (timezone: string | null | undefined): number =>
  OFFSET_MINUTES[timezone ?? ''] ?? OFFSET_MINUTES[DEFAULT_TIMEZONE]

/**
 * The wall clock of `at` in `timezone`, as a Date whose local fields (the browser's own zone) read
 * that wall clock. A date picker draws in the browser's zone; given this, it shows the agenda's time.
 */
export const wallClockForPicker = (
  at: string | Date,
  timezone: string | null | undefined,
): Date => {
  const s = new Date(new Date(at).getTime() + offsetOf(timezone) * 60_000)
  return new Date(
    s.getUTCFullYear(),
    s.getUTCMonth(),
    s.getUTCDate(),
    s.getUTCHours(),
    s.getUTCMinutes(),
    s.getUTCSeconds(),
  )
}

/** The inverse: the time picked (read from the Date's local fields) taken as a wall clock in `timezone`. */
export const instantFromPicker = (picked: Date, timezone: string | null | undefined): Date =>
  new Date(
    Date.UTC(
      picked.getFullYear(),
      picked.getMonth(),
      picked.getDate(),
      picked.getHours(),
      picked.getMinutes(),
      picked.getSeconds(),
    ) -
      offsetOf(timezone) * 60_000,
  )

const MONTHS_ID = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Mei',
  'Jun',
  'Jul',
  'Agu',
  'Sep',
  'Okt',
  'Nov',
  'Des',
]

/** 24 Nov 2026 09.00 WITA: an instant as Indonesian staff write it, in a unit's zone, the zone named. */
export const formatInZone = (
  at: string | Date | null | undefined,
  timezone: string | null | undefined,
): string => {
  if (!at) return '—'
  const t = new Date(at).getTime()
  if (Number.isNaN(t)) return '—'
  const s = new Date(t + offsetOf(timezone) * 60_000)
  const zone = TIMEZONES.find((z) => z.value === timezone) ?? TIMEZONES[0]
  return `${s.getUTCDate()} ${MONTHS_ID[s.getUTCMonth()]} ${s.getUTCFullYear()} ${pad(s.getUTCHours())}.${pad(s.getUTCMinutes())} ${zone.abbreviation}`
}
