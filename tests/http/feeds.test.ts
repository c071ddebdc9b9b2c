import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser } from 'fast-xml-parser'
import fs from 'node:fs'
import path from 'node:path'
import ical from 'node-ical'
import { demoAgenda, demoCoverage, demoPressReleases } from '../../src/seed/demoData.js'
import { seedDemo } from '../../src/seed/seedDemo.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

const schema = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/ninjs-schema_3.1.json'), 'utf8'),
)
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false })
;(addFormats as unknown as typeof addFormats.default)(ajv)
// ninjs points places[].geoJSON at the GeoJSON schema online; offline, and since we never emit geoJSON, an object schema stands in.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
const validateNinjs = ajv.compile(schema)
const xml = new XMLParser({ ignoreAttributes: false })

const ALL = [...demoPressReleases, ...demoCoverage]
const isPublic = (p: (typeof ALL)[number]) => p.state === 'published' && !('embargoOffset' in p)
const PUBLIC_TITLES = ALL.filter(isPublic)
  .map((p) => p.title)
  .sort()
const NEVER = [
  ...ALL.filter((p) => !isPublic(p) && p.state !== 'withdrawn').map((p) => p.title),
  'Menunggu angka final', // an internal note
  ...demoAgenda.map((a) => a.protocolNotes.slice(0, 30)),
  ...demoAgenda.filter((a) => a.visibility === 'internal').map((a) => a.title),
]
const expectNoLeak = (body: string) => {
  for (const secret of NEVER)
    expect({ leaked: body.includes(secret) ? secret : null }).toEqual({ leaked: null })
}

describe.each(DATABASES)('feeds and formats (%s)', (db) => {
  let n: TestNewsroom
  const get = async (url: string) => {
    const res = await n.http
      .get(url)
      .buffer(true)
      .parse((r, cb) => {
        let s = ''
        r.setEncoding('utf8')
        r.on('data', (c: string) => (s += c))
        r.on('end', () => cb(null, s))
      })
    expect(res.status).toBe(200)
    expectNoLeak(res.body as string)
    return { body: res.body as string, headers: res.headers }
  }

  beforeAll(async () => {
    n = await startNewsroom(db)
    await seedDemo(n.payload)
  })
  afterAll(async () => n?.stop())

  it('serves RSS 2.0 with the public items only, dates in the unit zone', async () => {
    const { body, headers } = await get('/feeds/rss.xml')
    expect(headers['content-type']).toMatch(/application\/rss\+xml/)
    const channel = xml.parse(body).rss.channel
    const items = [channel.item].flat()
    expect(items.map((i: { title: string }) => i.title).sort()).toEqual(PUBLIC_TITLES)
    expect(items[0].pubDate).toMatch(/GMT|[+-]\d{4}$/)
    expect(channel.language).toBe('id')
    // Seeded items arrive published; the seed renders their body as publication does.
    for (const item of items) {
      expect(item['content:encoded']).toMatch(/^<p>.+<\/p>$/s)
      expect(item['dc:creator']).toEqual(expect.any(String))
      expect(item.author).toBeUndefined()
      if (item.enclosure) {
        expect(item.enclosure['@_url']).toMatch(/^http:\/\/localhost:\d+\/api\/photos\/sizes\//)
        expect(Number(item.enclosure['@_length'])).toBeGreaterThan(0)
      }
    }
    expect(items.some((i: { enclosure?: unknown }) => i.enclosure)).toBe(true)
  })

  it('serves Atom and JSON Feed 1.1 with the same items', async () => {
    const atom = xml.parse((await get('/feeds/atom.xml')).body).feed
    expect(
      [atom.entry]
        .flat()
        .map((e: { title: string | { '#text': string } }) =>
          typeof e.title === 'string' ? e.title : e.title['#text'],
        )
        .sort(),
    ).toEqual(PUBLIC_TITLES)
    for (const entry of [atom.entry].flat())
      for (const l of [entry.link].flat())
        if (l['@_rel'] === 'enclosure') expect(l['@_type']).toMatch(/^image\/(jpeg|png|webp|avif)$/)
    const jf = JSON.parse((await get('/feeds/feed.json')).body)
    expect(jf.version).toBe('https://jsonfeed.org/version/1.1')
    expect(jf.items.map((i: { title: string }) => i.title).sort()).toEqual(PUBLIC_TITLES)
    for (const item of jf.items) expect(item.date_published).toMatch(/\+07:00$/)
  })

  it('filters by unit, topic and type', async () => {
    const unit = await n.payload.find({
      collection: 'units',
      where: { name: { equals: 'Dinas Kesehatan Provinsi Jawa Timur' } },
    })
    const byUnit = JSON.parse((await get(`/feeds/feed.json?unit=${unit.docs[0].slug}`)).body)
    expect(byUnit.items.map((i: { title: string }) => i.title).sort()).toEqual(
      ALL.filter((p) => isPublic(p) && p.unit === 'dinkes')
        .map((p) => p.title)
        .sort(),
    )
    const byTopic = JSON.parse((await get('/feeds/feed.json?topic=kehumasan')).body)
    expect(byTopic.items.map((i: { title: string }) => i.title).sort()).toEqual(
      ALL.filter((p) => isPublic(p) && (p.topics as readonly string[]).includes('kehumasan'))
        .map((p) => p.title)
        .sort(),
    )
    const byType = JSON.parse((await get('/feeds/feed.json?type=event-coverage')).body)
    expect(byType.items.map((i: { title: string }) => i.title).sort()).toEqual(
      demoCoverage
        .filter(isPublic)
        .map((p) => p.title)
        .sort(),
    )
  })

  it('serves IPTC ninjs that validates against the 3.1 schema, one item and a list', async () => {
    const list = JSON.parse((await get('/feeds/ninjs')).body)
    expect(list.items.length).toBe(PUBLIC_TITLES.length)
    for (const item of list.items) {
      const ok = validateNinjs(item)
      expect({ uri: item.uri, errors: ok ? null : validateNinjs.errors }).toEqual({
        uri: item.uri,
        errors: null,
      })
    }
    const one = JSON.parse(
      (
        await get(
          `/feeds/ninjs/press-releases/${list.items.find((i: { profile: string }) => i.profile === 'siaran-pers').slugline}`,
        )
      ).body,
    )
    expect(validateNinjs(one)).toBe(true)
    expect(one).toMatchObject({ type: 'text', pubStatus: 'usable', language: 'id' })
    const embargoed = demoPressReleases.find((p) => 'embargoOffset' in p)!
    const doc = (
      await n.payload.find({
        collection: 'press-releases',
        where: { title: { equals: embargoed.title } },
      })
    ).docs[0]
    await n.http.get(`/feeds/ninjs/press-releases/${doc.slug}`).expect(404)
  })

  it('serves a Google News sitemap of the last two days', async () => {
    const set = xml.parse((await get('/sitemap-news.xml')).body).urlset
    const urls = [set.url].flat()
    const recent = ALL.filter(
      (p) => isPublic(p) && 'publishedOffset' in p && p.publishedOffset > -48,
    )
      .map((p) => p.title)
      .sort()
    expect(
      urls
        .map((u: { 'news:news': { 'news:title': string } }) => u['news:news']['news:title'])
        .sort(),
    ).toEqual(recent)
  })

  it('serves the public agenda as iCalendar with the right instants and zones, without protocol notes', async () => {
    const { body } = await get('/feeds/agenda.ics')
    expect(body).toContain('BEGIN:VTIMEZONE')
    // RFC 5545: DTSTAMP is always in UTC.
    const stamps = body.split('\r\n').filter((l) => l.startsWith('DTSTAMP'))
    expect(stamps.length).toBeGreaterThan(0)
    for (const line of stamps) expect(line).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/)
    expect(body).toContain('TZID:Asia/Jakarta')
    const events = Object.values(ical.sync.parseICS(body)).filter(
      (e) => e.type === 'VEVENT',
    ) as ical.VEvent[]
    const stored = await n.payload.find({
      collection: 'agenda',
      where: { visibility: { equals: 'public' } },
      limit: 50,
    })
    expect(events.map((e) => e.summary).sort()).toEqual(stored.docs.map((d) => d.title).sort())
    for (const e of events) {
      const doc = stored.docs.find((d) => d.title === e.summary)!
      expect(Math.floor(new Date(e.start).getTime() / 1000)).toBe(
        Math.floor(new Date(doc.startsAt as string).getTime() / 1000),
      )
      expect(e.start.tz).toBe(doc.timezone)
    }
  })

  it('serves schema.org NewsArticle JSON-LD, and feeds with ETags and 304', async () => {
    const item = (
      await n.payload.find({
        collection: 'press-releases',
        where: {
          title: {
            equals: PUBLIC_TITLES.find((t) => demoPressReleases.some((p) => p.title === t)),
          },
        },
      })
    ).docs[0]
    const ld = JSON.parse((await get(`/feeds/jsonld/press-releases/${item.slug}`)).body)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: item.title,
    })
    expect(ld.image[0]).toContain(`/share/press-releases/${item.slug}.jpg`)
    const first = await get('/feeds/rss.xml')
    expect(first.headers.etag).toBeDefined()
    expect(first.headers['cache-control']).toMatch(/^public/)
    await n.http
      .get('/feeds/rss.xml')
      .set('If-None-Match', first.headers.etag as string)
      .expect(304)
  })
})
