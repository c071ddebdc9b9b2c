import ical, { ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'

export type PublicAgendaItem = {
  id: string
  title: string
  startsAt: string
  endsAt?: string | null
  timezone: string
  location?: string | null
  status: string
  unitName?: string
  officials: string[]
  representedBy?: string | null
}

const ZONES: Record<string, { offset: string; name: string }> = {
  'Asia/Jakarta': { offset: '+0700', name: 'WIB' },
  'Asia/Makassar': { offset: '+0800', name: 'WITA' },
  'Asia/Jayapura': { offset: '+0900', name: 'WIT' },
}

/** VTIMEZONE for Indonesia's fixed-offset zones (no daylight saving), so strict clients need no zone database. */
const vtimezone = (tz: string): string | null => {
  const z = ZONES[tz]
  if (!z) return null
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${z.offset}`,
    `TZOFFSETTO:${z.offset}`,
    `TZNAME:${z.name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

const STATUS: Record<string, ICalEventStatus> = {
  terjadwal: ICalEventStatus.CONFIRMED,
  berlangsung: ICalEventStatus.CONFIRMED,
  selesai: ICalEventStatus.CONFIRMED,
  ditunda: ICalEventStatus.TENTATIVE,
  dibatalkan: ICalEventStatus.CANCELLED,
}

/** The public agenda as iCalendar, each event in its own zone (WIB, WITA, WIT). Protocol notes never appear. */
export const buildAgendaIcs = (name: string, items: PublicAgendaItem[], host: string): string => {
  const cal = ical({
    name,
    prodId: { company: 'Humas Newsroom', product: 'agenda-pimpinan', language: 'ID' },
  })
  // No calendar-wide zone: ical-generator would write DTSTAMP in it, without the UTC `Z` RFC 5545
  // requires. Each event names its own zone, and the generator still adds their VTIMEZONEs.
  cal.timezone({ name: null, generator: vtimezone })
  cal.x([['X-WR-TIMEZONE', 'Asia/Jakarta']])
  for (const a of items) {
    const who = a.representedBy
      ? `${a.officials.join(', ')} (diwakili ${a.representedBy})`
      : a.officials.join(', ')
    cal.createEvent({
      id: `agenda-${a.id}@${host}`,
      // Luxon carries the zone, so local times are written in the event's own zone (not the server's).
      start: DateTime.fromISO(a.startsAt, { zone: a.timezone }),
      end: DateTime.fromISO(a.endsAt ?? new Date(Date.parse(a.startsAt) + 3600_000).toISOString(), {
        zone: a.timezone,
      }),
      timezone: a.timezone,
      summary: a.title,
      location: a.location ?? undefined,
      description: [
        who && `Pejabat: ${who}`,
        a.unitName && `Unit: ${a.unitName}`,
        a.status !== 'terjadwal' ? `Status: ${a.status}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
      status: STATUS[a.status] ?? ICalEventStatus.CONFIRMED,
    })
  }
  return cal.toString()
}
