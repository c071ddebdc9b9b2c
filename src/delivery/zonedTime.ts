import { DEFAULT_TIMEZONE } from '../config/timezones.js'

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
