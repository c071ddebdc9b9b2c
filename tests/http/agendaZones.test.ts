import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ical from 'node-ical'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

// A governor's visit at 09.00 on each Indonesian clock: the instant stored, and how feeds write it.
const CASES = [
  { zone: 'Asia/Jakarta', offset: '+07:00', utc: '2026-11-24T02:00:00.000Z' },
  { zone: 'Asia/Makassar', offset: '+08:00', utc: '2026-11-24T01:00:00.000Z' },
  { zone: 'Asia/Jayapura', offset: '+09:00', utc: '2026-11-24T00:00:00.000Z' },
] as const

describe.each(DATABASES)('agenda times in WIB, WITA and WIT (%s)', (db) => {
  let n: TestNewsroom
  let protocol: { auth: string }
  const ids: Record<string, string | number> = {}

  beforeAll(async () => {
    n = await startNewsroom(db)
    const admin = await n.staff('admin')
    for (const c of CASES) {
      const unit = await n.http
        .post('/api/units')
        .set('Authorization', admin.auth)
        .send({ name: `Pemda ${c.zone}`, type: 'provinsi', timezone: c.zone })
        .expect(201)
      protocol = await n.staff('protocol', unit.body.doc.id)
      const created = await n.http
        .post('/api/agenda')
        .set('Authorization', protocol.auth)
        .send({
          title: `Kunjungan gubernur ${c.zone}`,
          unit: unit.body.doc.id,
          timezone: c.zone,
          startsAt: `2026-11-24T09:00:00${c.offset}`,
          endsAt: `2026-11-24T11:30:00${c.offset}`,
          visibility: 'public',
          location: 'Kantor gubernur',
        })
      expect({ status: created.status, errors: created.body.errors }).toEqual({
        status: 201,
        errors: undefined,
      })
      ids[c.zone] = created.body.doc.id
    }
  })
  afterAll(async () => n?.stop())

  it.each(CASES)('09.00 in $zone is stored and served over REST as $utc', async (c) => {
    const res = await n.http.get(`/api/agenda/${ids[c.zone]}`).expect(200)
    expect(res.body.startsAt).toBe(c.utc)
    expect(res.body.timezone).toBe(c.zone)
    expect(new Date(res.body.endsAt).getTime() - new Date(c.utc).getTime()).toBe(150 * 60_000)
  })

  it.each(CASES)('the iCalendar feed gives 09.00 on the $zone clock', async (c) => {
    const res = await n.http.get('/feeds/agenda.ics').buffer(true).expect(200)
    const body = res.text
    expect(body).toContain(`DTSTART;TZID=${c.zone}:20261124T090000`)
    expect(body).toContain(`DTEND;TZID=${c.zone}:20261124T113000`)
    const event = Object.values(ical.sync.parseICS(body)).find(
      (e) => e.type === 'VEVENT' && e.summary === `Kunjungan gubernur ${c.zone}`,
    ) as ical.VEvent
    expect(new Date(event.start).toISOString()).toBe(c.utc)
    expect(event.start.tz).toBe(c.zone)
  })
})
