/** The three Indonesian time zones a unit can be in. */
export const TIMEZONES = [
  {
    value: 'Asia/Jakarta',
    label: { id: 'WIB (Asia/Jakarta, UTC+7)', en: 'WIB (Asia/Jakarta, UTC+7)' },
    abbreviation: 'WIB',
  },
  {
    value: 'Asia/Makassar',
    label: { id: 'WITA (Asia/Makassar, UTC+8)', en: 'WITA (Asia/Makassar, UTC+8)' },
    abbreviation: 'WITA',
  },
  {
    value: 'Asia/Jayapura',
    label: { id: 'WIT (Asia/Jayapura, UTC+9)', en: 'WIT (Asia/Jayapura, UTC+9)' },
    abbreviation: 'WIT',
  },
] as const

export type Timezone = (typeof TIMEZONES)[number]['value']
export const DEFAULT_TIMEZONE: Timezone = 'Asia/Jakarta'
export const TIMEZONE_OPTIONS = TIMEZONES.map(({ value, label }) => ({ value, label }))
