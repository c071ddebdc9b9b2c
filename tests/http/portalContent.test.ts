import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { XMLParser } from 'fast-xml-parser'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { backfillPublicBodies } from '../../src/delivery/backfillPublicBodies.js'
import { paragraphsToLexical } from '../../src/seed/lexical.js'
import { redBlue } from '../helpers/images.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

/** What a portal developer gets: rendered bodies, one absolute address per thing, in every format. */

const API = 'https://newsroom.uji.go.id'
const SITE = 'https://berita.uji.go.id'

const schema = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/ninjs-schema_3.1.json'), 'utf8'),
)
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false })
;(addFormats as unknown as typeof addFormats.default)(ajv)
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
const validateNinjs = ajv.compile(schema)
const xml = new XMLParser({ ignoreAttributes: false })

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})
const link = (fields: Record<string, unknown>, words: string) =>
  node('link', [text(words)], { fields: { newTab: false, ...fields } })

/** Where an absolute URL of ours is served, for supertest (the server under test has no real host). */
const pathOf = (url: string): string => {
  const u = new URL(url)
  expect(u.origin).toBe(API)
  return u.pathname + u.search
}

describe.each(DATABASES)('portal content: bodyHtml, bodyText, absolute URLs (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const received: { url: string; event: string; id: string }[] = []
  let receiver: http.Server
  let savedSiteUrl: string | undefined
  let photoId: string | number
  let logoId: string | number
  let draftId: string | number
  let id: string | number
  let portalAuth: string

  const getText = async (url: string, auth?: string) => {
    const req = n.http.get(url)
    if (auth) req.set('Authorization', auth)
    const res = await req.buffer(true).parse((r, cb) => {
      let s = ''
      r.setEncoding('utf8')
      r.on('data', (c: string) => (s += c))
      r.on('end', () => cb(null, s))
    })
    expect(res.status).toBe(200)
    return res.body as string
  }
  const getBytes = async (url: string) => {
    const res = await n.http
      .get(url)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = []
        r.on('data', (c: Buffer) => chunks.push(c))
        r.on('end', () => cb(null, Buffer.concat(chunks)))
      })
    expect(res.status).toBe(200)
    return res.body as Buffer
  }
  const upload = async (auth: string, data: Record<string, unknown>) =>
    (
      await n.http
        .post('/api/photos')
        .set('Authorization', auth)
        .field('_payload', JSON.stringify(data))
        .attach('file', await redBlue(1800, 1200), {
          filename: 'foto.jpg',
          contentType: 'image/jpeg',
        })
        .expect(201)
    ).body.doc
  const anonymous = (itemId: string | number) => n.http.get(`/api/press-releases/${itemId}?depth=1`)

  beforeAll(async () => {
    savedSiteUrl = process.env.PUBLIC_SITE_URL
    process.env.PUBLIC_SITE_URL = SITE
    receiver = http.createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        received.push(JSON.parse(body))
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
    n = await startNewsroom(db, { serverURL: API, webhookRetryDelayMs: 150 })
    f = await workflowFixture(n)
    const portal = await n.http
      .post('/api/portal-clients')
      .set('Authorization', f.admin.auth)
      .send({
        name: 'Portal Kominfo',
        units: [f.units.kominfo],
        receivesSyndicated: false,
        webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
        webhookSecret: 'rahasia',
      })
      .expect(201)
    const rotated = await n.http
      .post(`/api/portal-clients/${portal.body.doc.id}/rotate-key`)
      .set('Authorization', f.admin.auth)
      .expect(200)
    portalAuth = `portal-clients API-Key ${rotated.body.apiKey}`

    logoId = (
      await upload(f.admin.auth, {
        alt: 'Logo Diskominfo',
        caption: 'Logo',
        credit: 'Diskominfo',
        isPublic: true,
      })
    ).id
    await n.payload.update({
      collection: 'units',
      id: f.units.kominfo,
      data: { logo: logoId, publicContact: { website: 'https://kominfo.uji.go.id' } } as never,
    })
    photoId = (
      await upload(f.writer.auth, {
        alt: 'Warga mengungsi ke balai desa',
        caption: 'Warga mengungsi ke balai desa Tanggulangin',
        credit: 'Foto: Humas Diskominfo',
        unit: f.units.kominfo,
      })
    ).id
    draftId = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title: 'Rilis rahasia yang belum terbit', unit: f.units.kominfo })
        .expect(201)
    ).body.doc.id
    id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({
          title: 'Banjir Sidoarjo: posko pengungsian dibuka',
          summary: 'Pemerintah membuka tiga posko.',
          unit: f.units.kominfo,
          featuredPhoto: photoId,
          // A client cannot write the rendering itself.
          bodyHtml: '<p>palsu</p><script>alert(1)</script>',
          bodyText: 'palsu',
          body: {
            root: node('root', [
              node('heading', [text('Posko dibuka')], { tag: 'h2' }),
              node('paragraph', [
                text('Warga diminta '),
                text('tetap tenang', 1),
                text(' <script>alert(1)</script>'),
              ]),
              node('paragraph', [
                link({ linkType: 'custom', url: 'https://bnpb.go.id/siaga' }, 'BNPB'),
                text(' dan '),
                link(
                  { linkType: 'internal', doc: { relationTo: 'press-releases', value: draftId } },
                  'rilis sebelumnya',
                ),
              ]),
              { type: 'upload', relationTo: 'photos', value: photoId, fields: null, version: 3 },
              node(
                'list',
                [
                  node('listitem', [text('Balai desa')], { value: 1 }),
                  node('listitem', [text('Masjid agung')], { value: 2 }),
                ],
                { listType: 'bullet', tag: 'ul', start: 1 },
              ),
              node('quote', [text('Kami siaga 24 jam.')]),
            ]),
          },
        })
        .expect(201)
    ).body.doc.id
  })
  afterAll(async () => {
    await n?.stop()
    await new Promise<void>((r) => receiver?.close(() => r()))
    if (savedSiteUrl === undefined) delete process.env.PUBLIC_SITE_URL
    else process.env.PUBLIC_SITE_URL = savedSiteUrl
  })

  it('an unpublished item has no public rendering, and nobody outside sees it', async () => {
    const staff = await n.http
      .get(`/api/press-releases/${id}`)
      .set('Authorization', f.editor.auth)
      .expect(200)
    expect(staff.body.bodyHtml ?? null).toBeNull()
    expect(staff.body.bodyText ?? null).toBeNull()
    expect(staff.body.url ?? null).toBeNull()
    await anonymous(id).expect(404)
    await n.http.get(`/api/press-releases/${id}`).set('Authorization', portalAuth).expect(404)
    const feed = await getText('/feeds/feed.json', portalAuth)
    expect(feed).not.toContain('Banjir Sidoarjo')
  })

  it('publishing renders the body once: sanitised HTML with a figure and absolute srcset, and plain text', async () => {
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
    const item = (await anonymous(id).expect(200)).body
    const html: string = item.bodyHtml
    expect(html).not.toMatch(/<script|palsu|javascript:/i)
    expect(html).toContain('<h2>Posko dibuka</h2>')
    expect(html).toContain('<strong>tetap tenang</strong> &lt;script&gt;')
    expect(html).toContain('<a href="https://bnpb.go.id/siaga" rel="noopener">BNPB</a>')
    // The linked draft is not public: its words stay, its address (and title) do not.
    expect(html).toContain(' dan rilis sebelumnya</p>')
    expect(html).not.toContain('rilis-rahasia')
    expect(html).toContain('<ul><li>Balai desa</li><li>Masjid agung</li></ul>')
    expect(html).toContain('<blockquote>Kami siaga 24 jam.</blockquote>')

    const photo = (await n.http.get(`/api/photos/${photoId}`).expect(200)).body
    const { card, hero } = photo.sizes
    expect(card.url).toBe(`${API}/api/photos/sizes/${card.filename}`)
    expect(hero.url).toBe(`${API}/api/photos/sizes/${hero.filename}`)
    expect(photo.sizes.og.url).toBe(`${API}/api/photos/sizes/${photo.sizes.og.filename}`)
    expect(photo.url).toBe(`${API}/api/photos/file/${photo.filename}`)
    const img = /<figure><img ([^>]+)>/.exec(html)![1]
    expect(img).toContain(`src="${card.url}"`)
    expect(img).toContain(`srcset="${card.url} ${card.width}w, ${hero.url} ${hero.width}w"`)
    expect(img).toContain('alt="Warga mengungsi ke balai desa"')
    expect(html).toContain(
      '<figcaption>Warga mengungsi ke balai desa Tanggulangin <small>Foto: Humas Diskominfo</small></figcaption></figure>',
    )
    // Every address in the body is served, to anyone, now that the item is public.
    for (const [, url] of html.matchAll(/(https:\/\/newsroom\.uji\.go\.id[^ "]+)/g))
      expect((await getBytes(pathOf(url))).length).toBeGreaterThan(0)

    expect(item.bodyText).toBe(
      'Posko dibuka\n\nWarga diminta tetap tenang <script>alert(1)</script>\n\nBNPB dan rilis sebelumnya\n\nBalai desa\nMasjid agung\n\nKami siaga 24 jam.',
    )
    expect(item.url).toBe(`${SITE}/press-releases/${item.slug}`)
    expect(item.shareImage.url).toBe(`${API}/share/press-releases/${item.slug}.jpg`)
    expect(item.featuredPhoto.sizes.hero.url).toBe(hero.url)
  })

  it('gives the same absolute addresses and body in REST, GraphQL, RSS, Atom, JSON Feed, ninjs, JSON-LD and webhooks', async () => {
    const item = (await anonymous(id).expect(200)).body
    const hero = item.featuredPhoto.sizes.hero

    const gql = await n.http
      .post('/api/graphql')
      .send({
        query: `{ PressRelease(id: ${JSON.stringify(id)}) { url bodyHtml bodyText featuredPhoto { sizes { hero { url } og { url } } } } }`,
      })
      .expect(200)
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.PressRelease).toEqual({
      url: item.url,
      bodyHtml: item.bodyHtml,
      bodyText: item.bodyText,
      featuredPhoto: {
        sizes: { hero: { url: hero.url }, og: { url: item.featuredPhoto.sizes.og.url } },
      },
    })

    const rss = [xml.parse(await getText('/feeds/rss.xml')).rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link === item.url)
    expect(rss['content:encoded']).toBe(item.bodyHtml)
    expect(rss['dc:creator']).toBe('Diskominfo Uji')
    expect(rss.author).toBeUndefined()
    expect(rss.enclosure['@_url']).toBe(hero.url)
    expect(rss.enclosure['@_type']).toBe('image/jpeg')
    // The length is that of the file linked (the hero size), as served at that address.
    const heroBytes = await getBytes(pathOf(hero.url))
    expect(Number(rss.enclosure['@_length'])).toBe(heroBytes.length)
    expect(heroBytes.length).not.toBe(item.featuredPhoto.filesize)

    const atom = [xml.parse(await getText('/feeds/atom.xml')).feed.entry]
      .flat()
      .find((e: { id: string }) => e.id === item.url)
    expect(atom.content['#text']).toBe(item.bodyHtml)
    expect(atom.content['@_type']).toBe('html')
    const enclosure = [atom.link]
      .flat()
      .find((l: Record<string, string>) => l['@_rel'] === 'enclosure')
    expect(enclosure).toMatchObject({ '@_href': hero.url, '@_type': 'image/jpeg' })
    expect(Number(enclosure['@_length'])).toBe(heroBytes.length)

    const jf = JSON.parse(await getText('/feeds/feed.json')).items.find(
      (i: { url: string }) => i.url === item.url,
    )
    expect(jf).toMatchObject({
      id: item.url,
      content_html: item.bodyHtml,
      content_text: item.bodyText,
      image: hero.url,
      banner_image: item.shareImage.url,
      attachments: [{ url: hero.url, mime_type: 'image/jpeg', size_in_bytes: heroBytes.length }],
    })

    const ninjs = JSON.parse(await getText(`/feeds/ninjs/press-releases/${item.slug}`))
    expect(validateNinjs(ninjs) ? null : validateNinjs.errors).toBeNull()
    expect(ninjs.uri).toBe(item.url)
    expect(ninjs.bodies).toEqual([
      { role: 'main', contentType: 'text/html', value: item.bodyHtml },
      expect.objectContaining({ contentType: 'text/plain', value: item.bodyText }),
    ])
    expect(ninjs.associations[0].uri).toBe(hero.url)
    expect(ninjs.renditions[0].href).toBe(item.shareImage.url)

    const logo = (await n.http.get(`/api/photos/${logoId}`).expect(200)).body
    const ld = JSON.parse(await getText(`/feeds/jsonld/press-releases/${item.slug}`))
    expect(ld).toMatchObject({
      url: item.url,
      image: [item.shareImage.url, hero.url],
      author: { name: 'Diskominfo Uji', url: 'https://kominfo.uji.go.id' },
      publisher: {
        name: 'Diskominfo Uji',
        url: 'https://kominfo.uji.go.id',
        logo: { '@type': 'ImageObject', url: logo.sizes.card.url },
      },
    })
    expect((await getBytes(pathOf(ld.publisher.logo.url))).length).toBe(logo.sizes.card.filesize)
    // The JSON-LD travels with the item in the JSON Feed, for portals that embed it.
    expect(jf._jsonld).toEqual(ld)

    await waitFor(async () => received.some((r) => String(r.id) === String(id)), 15_000)
    expect(received.find((r) => String(r.id) === String(id))).toMatchObject({
      event: 'publish',
      url: item.url,
    })
  })

  it('a change to a photo the body shows (caption, focal point) renders the body again', async () => {
    const before = (await anonymous(id).expect(200)).body.bodyHtml as string
    const old = (await n.http.get(`/api/photos/${photoId}`).expect(200)).body.sizes
    await n.http
      .patch(`/api/photos/${photoId}`)
      .set('Authorization', f.writer.auth)
      .send({ caption: 'Pengungsi di balai desa Tanggulangin', focalX: 10, focalY: 10 })
      .expect(200)
    const now = (await n.http.get(`/api/photos/${photoId}`).expect(200)).body.sizes
    expect(now.card.filename).not.toBe(old.card.filename)
    const after = (await anonymous(id).expect(200)).body.bodyHtml as string
    expect(before).toContain(old.card.filename)
    expect(after).not.toContain(old.card.filename)
    expect(after).toContain(
      `srcset="${now.card.url} ${now.card.width}w, ${now.hero.url} ${now.hero.width}w"`,
    )
    expect(after).toContain('<figcaption>Pengungsi di balai desa Tanggulangin <small>')
    expect((await getBytes(pathOf(now.card.url))).length).toBe(now.card.filesize)
  })

  it('a correction keeps the published rendering until it is published, then renders again', async () => {
    const before = (await anonymous(id).expect(200)).body
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ body: paragraphsToLexical(['Posko ditambah menjadi lima.']) })
      .expect(200)
    expect((await anonymous(id).expect(200)).body.bodyHtml).toBe(before.bodyHtml)
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'publish',
      changeNote: 'Jumlah posko diperbarui.',
    }).expect(200)
    const after = (await anonymous(id).expect(200)).body
    expect(after.bodyHtml).toBe('<p>Posko ditambah menjadi lima.</p>')
    expect(after.bodyText).toBe('Posko ditambah menjadi lima.')
    const rss = [xml.parse(await getText('/feeds/rss.xml')).rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link === after.url)
    expect(rss['content:encoded']).toBe(after.bodyHtml)
  })

  it('an item published before bodyHtml existed gets it from the backfill, once, without a new version', async () => {
    const old = await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis lama dari sebelum pembaruan',
      extra: { body: paragraphsToLexical(['Teks lama yang sudah terbit.']) },
    })
    const stale = (await anonymous(old.id).expect(200)).body
    expect(stale.bodyHtml ?? null).toBeNull()
    expect(await backfillPublicBodies(n.payload)).toBe(1)
    const fresh = (await anonymous(old.id).expect(200)).body
    expect(fresh.bodyHtml).toBe('<p>Teks lama yang sudah terbit.</p>')
    expect(fresh.bodyText).toBe('Teks lama yang sudah terbit.')
    expect(fresh.updatedAt).toBe(stale.updatedAt)
    expect(fresh.title).toBe(stale.title)
    expect(await backfillPublicBodies(n.payload)).toBe(0)
    const jf = JSON.parse(await getText('/feeds/feed.json')).items.find(
      (i: { url: string }) => i.url === fresh.url,
    )
    expect(jf.content_html).toBe(fresh.bodyHtml)
  })
})
