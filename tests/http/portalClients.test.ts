import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

const HOUR = 3600_000

describe.each(DATABASES)('portal clients (%s)', (db) => {
  let n: TestNewsroom
  let admin: { auth: string }
  const units: Record<string, string | number> = {}
  const titles: Record<string, string> = {}

  const makeClient = async (data: Record<string, unknown>) => {
    const created = await n.http
      .post('/api/portal-clients')
      .set('Authorization', admin.auth)
      .send({ name: `Portal ${Math.random().toString(36).slice(2, 7)}`, ...data })
      .expect(201)
    const rotated = await n.http
      .post(`/api/portal-clients/${created.body.doc.id}/rotate-key`)
      .set('Authorization', admin.auth)
      .expect(200)
    return {
      id: created.body.doc.id as string | number,
      auth: `portal-clients API-Key ${rotated.body.apiKey}`,
      key: rotated.body.apiKey as string,
    }
  }
  const titlesSeenBy = async (auth: string) => {
    const res = await n.http
      .get('/api/press-releases?limit=100')
      .set('Authorization', auth)
      .expect(200)
    return res.body.docs.map((d: { title: string }) => d.title).sort()
  }

  beforeAll(async () => {
    n = await startNewsroom(db)
    admin = await n.staff('admin')
    const prov = await makeUnit(n.payload, 'Pemprov Portal Uji')
    units.prov = prov.id
    units.kominfo = (await makeUnit(n.payload, 'Kominfo Portal Uji', prov.id)).id
    units.upt = (await makeUnit(n.payload, 'UPT Portal Uji', units.kominfo)).id
    units.sidoarjo = (await makeUnit(n.payload, 'Sidoarjo Portal Uji', prov.id)).id
    const item = async (
      key: string,
      o: {
        unit: string | number
        state?: string
        embargoUntil?: string
        extra?: Record<string, unknown>
      },
    ) => {
      titles[key] = `Berita ${key}`
      await makeItem(n.payload, 'press-releases', {
        state: o.state ?? 'published',
        unit: o.unit,
        title: titles[key],
        embargoUntil: o.embargoUntil,
        extra: o.extra,
      })
    }
    await item('kominfo', { unit: units.kominfo })
    await item('upt', { unit: units.upt })
    await item('sidoarjo', { unit: units.sidoarjo })
    await item('provSyndicated', { unit: units.prov, extra: { syndicated: true } })
    await item('kominfoEmbargo', {
      unit: units.kominfo,
      embargoUntil: new Date(Date.now() + HOUR).toISOString(),
    })
    await item('kominfoDraft', { unit: units.kominfo, state: 'draft' })
    await item('kominfoApproved', { unit: units.kominfo, state: 'approved' })
    await item('kominfoScheduled', { unit: units.kominfo, state: 'scheduled' })
    await item('coIssued', { unit: units.sidoarjo, extra: { coIssuingUnits: [units.kominfo] } })
  })
  afterAll(async () => n?.stop())

  it('reads exactly the public items of its units, children included when asked', async () => {
    const withChildren = await makeClient({
      units: [units.kominfo],
      includeChildUnits: true,
      receivesSyndicated: false,
    })
    expect(await titlesSeenBy(withChildren.auth)).toEqual(
      [titles.coIssued, titles.kominfo, titles.upt].sort(),
    )
    const without = await makeClient({
      units: [units.kominfo],
      includeChildUnits: false,
      receivesSyndicated: false,
    })
    expect(await titlesSeenBy(without.auth)).toEqual([titles.coIssued, titles.kominfo].sort())
  })

  it('gets the same scope through GraphQL and the feeds', async () => {
    const client = await makeClient({
      units: [units.kominfo],
      includeChildUnits: false,
      receivesSyndicated: false,
    })
    const gql = await n.http
      .post('/api/graphql')
      .set('Authorization', client.auth)
      .send({ query: '{ PressReleases(limit: 100) { docs { title } } }' })
      .expect(200)
    expect(gql.body.data.PressReleases.docs.map((d: { title: string }) => d.title).sort()).toEqual(
      [titles.coIssued, titles.kominfo].sort(),
    )
    const feed = await n.http.get('/feeds/feed.json').set('Authorization', client.auth).expect(200)
    expect(
      JSON.parse(feed.text)
        .items.map((i: { title: string }) => i.title)
        .sort(),
    ).toEqual([titles.coIssued, titles.kominfo].sort())
    expect(feed.headers['cache-control']).toBe('private, no-store')
  })

  it('adds syndicated items when entitled, and embargoed items (marked) when entitled', async () => {
    const syndicated = await makeClient({ units: [units.sidoarjo], receivesSyndicated: true })
    expect(await titlesSeenBy(syndicated.auth)).toEqual(
      [titles.coIssued, titles.provSyndicated, titles.sidoarjo].sort(),
    )
    const embargo = await makeClient({
      units: [units.kominfo],
      includeChildUnits: false,
      receivesSyndicated: false,
      receivesEmbargoed: true,
    })
    const res = await n.http
      .get('/api/press-releases?limit=100')
      .set('Authorization', embargo.auth)
      .expect(200)
    const marked = res.body.docs.find((d: { title: string }) => d.title === titles.kominfoEmbargo)
    expect(marked).toMatchObject({ embargoed: true, embargoUntil: expect.any(String) })
    expect(
      res.body.docs
        .filter((d: { embargoed: boolean }) => !d.embargoed)
        .map((d: { title: string }) => d.title)
        .sort(),
    ).toEqual([titles.coIssued, titles.kominfo].sort())
  })

  it('never sees drafts, approved or scheduled items, versions, users, internal fields, or writes', async () => {
    const client = await makeClient({
      units: [units.prov],
      includeChildUnits: true,
      receivesSyndicated: true,
      receivesEmbargoed: true,
    })
    const seen = await titlesSeenBy(client.auth)
    for (const hidden of ['kominfoDraft', 'kominfoApproved', 'kominfoScheduled'])
      expect(seen).not.toContain(titles[hidden])
    await n.http.get('/api/press-releases/versions').set('Authorization', client.auth).expect(403)
    await n.http.get('/api/users').set('Authorization', client.auth).expect(403)
    await n.http.get('/api/portal-clients').set('Authorization', client.auth).expect(403)
    await n.http.get('/api/audit-log').set('Authorization', client.auth).expect(403)
    const post = await n.http
      .post('/api/press-releases')
      .set('Authorization', client.auth)
      .send({ title: 'Portal menulis', unit: units.prov })
    expect(post.status).toBe(403)
    const list = await n.http
      .get('/api/press-releases?limit=100&depth=2')
      .set('Authorization', client.auth)
      .expect(200)
    for (const doc of list.body.docs)
      for (const f of ['internalNotes', 'createdBy', 'lastEditedBy', 'revision', 'approvedBy'])
        expect(doc).not.toHaveProperty(f)
  })

  it('stops a revoked, inactive or expired key on the very next request, with 401', async () => {
    const client = await makeClient({ units: [units.kominfo] })
    await n.http.get('/api/press-releases').set('Authorization', client.auth).expect(200)
    await n.http
      .patch(`/api/portal-clients/${client.id}`)
      .set('Authorization', admin.auth)
      .send({ active: false })
      .expect(200)
    const inactive = await n.http
      .get('/api/press-releases')
      .set('Authorization', client.auth)
      .expect(401)
    expect(inactive.body.errors[0].code).toBe('INVALID_API_KEY')
    await n.http
      .patch(`/api/portal-clients/${client.id}`)
      .set('Authorization', admin.auth)
      .send({ active: true, expiresAt: new Date(Date.now() - 1000).toISOString() })
      .expect(200)
    await n.http.get('/api/press-releases').set('Authorization', client.auth).expect(401)
    await n.http
      .patch(`/api/portal-clients/${client.id}`)
      .set('Authorization', admin.auth)
      .send({ expiresAt: new Date(Date.now() + HOUR).toISOString() })
      .expect(200)
    await n.http.get('/api/press-releases').set('Authorization', client.auth).expect(200)
    const rotated = await n.http
      .post(`/api/portal-clients/${client.id}/rotate-key`)
      .set('Authorization', admin.auth)
      .expect(200)
    await n.http.get('/api/press-releases').set('Authorization', client.auth).expect(401)
    await n.http
      .get('/api/press-releases')
      .set('Authorization', `portal-clients API-Key ${rotated.body.apiKey}`)
      .expect(200)
    await n.http
      .get('/api/press-releases')
      .set('Authorization', 'portal-clients API-Key hpk_tidak_ada')
      .expect(401)
  })

  it('never shows a key or webhook secret after issuing it, records last use, and lets only admins rotate', async () => {
    const client = await makeClient({
      units: [units.kominfo],
      webhookSecret: 'rahasia-webhook-portal',
    })
    const read = await n.http
      .get(`/api/portal-clients/${client.id}`)
      .set('Authorization', admin.auth)
      .expect(200)
    const text = JSON.stringify(read.body)
    expect(text).not.toContain(client.key)
    expect(text).not.toContain('rahasia-webhook-portal')
    expect(read.body).toMatchObject({ webhookSecretSet: true })
    expect(read.body).not.toHaveProperty('apiKey')
    await n.http.get('/api/press-releases').set('Authorization', client.auth).expect(200)
    const used = await n.http
      .get(`/api/portal-clients/${client.id}`)
      .set('Authorization', admin.auth)
      .expect(200)
    expect(new Date(used.body.lastUsedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    const editor = await n.staff('editor', units.kominfo)
    await n.http
      .post(`/api/portal-clients/${client.id}/rotate-key`)
      .set('Authorization', editor.auth)
      .expect(403)
    const gql = await n.http
      .post('/api/graphql')
      .set('Authorization', admin.auth)
      .send({ query: '{ PortalClients(limit: 100) { docs { name apiKey webhookSecret } } }' })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data.PortalClients.docs.length).toBeGreaterThan(0)
    expect(JSON.stringify(gql.body)).not.toContain(client.key)
    expect(JSON.stringify(gql.body)).not.toContain('rahasia-webhook-portal')
  })

  it('allows browsers only from the origins a client registered; the public from anywhere, without credentials', async () => {
    const origin = 'https://portal.sidoarjokab.go.id'
    const client = await makeClient({ units: [units.sidoarjo], allowedOrigins: [origin] })
    const ok = await n.http
      .get('/api/press-releases')
      .set('Authorization', client.auth)
      .set('Origin', origin)
      .expect(200)
    expect(ok.headers['access-control-allow-origin']).toBe(origin)
    expect(ok.headers.vary).toMatch(/Origin/)
    const refused = await n.http
      .get('/api/press-releases')
      .set('Authorization', client.auth)
      .set('Origin', 'https://situs-lain.example')
      .expect(403)
    expect(refused.body.errors[0].code).toBe('ORIGIN_NOT_ALLOWED')
    const preflight = await n.http
      .options('/api/press-releases')
      .set('Origin', origin)
      .set('Access-Control-Request-Headers', 'authorization')
      .expect(204)
    expect(preflight.headers['access-control-allow-origin']).toBe(origin)
    expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/)
    const stranger = await n.http
      .options('/api/press-releases')
      .set('Origin', 'https://situs-lain.example')
      .expect(204)
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined()
    const anonymous = await n.http
      .get('/feeds/feed.json')
      .set('Origin', 'https://pembaca.example')
      .expect(200)
    expect(anonymous.headers['access-control-allow-origin']).toBe('*')
  })

  it('caps lists at 100 documents, also when asked for everything', async () => {
    await Promise.all(
      Array.from({ length: 105 }, (_, i) =>
        makeItem(n.payload, 'press-releases', {
          state: 'published',
          unit: units.sidoarjo,
          title: `Rilis massal nomor ${i + 1}`,
        }),
      ),
    )
    for (const limit of ['1000', '0']) {
      const res = await n.http.get(`/api/press-releases?limit=${limit}`).expect(200)
      expect({ limit, docs: res.body.docs.length, pageLimit: res.body.limit }).toEqual({
        limit,
        docs: 100,
        pageLimit: 100,
      })
      expect(res.body.totalDocs).toBeGreaterThan(100)
    }
  })
})
