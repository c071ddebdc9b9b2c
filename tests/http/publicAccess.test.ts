import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

const HOUR = 3600_000
const SECRET = 'RAHASIA-INTERNAL-JANGAN-BOCOR'

describe.each(DATABASES)('what anonymous callers can see (%s)', (db) => {
  let n: TestNewsroom
  const visible: string[] = []
  const hidden: string[] = []

  beforeAll(async () => {
    n = await startNewsroom(db)
    const unit = await makeUnit(n.payload, 'Diskominfo Uji')
    const future = new Date(Date.now() + 5 * HOUR).toISOString()
    const past = new Date(Date.now() - HOUR).toISOString()
    for (const collection of ['press-releases', 'event-coverage'] as const) {
      for (const state of ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled']) {
        hidden.push(
          (
            await makeItem(n.payload, collection, {
              state,
              unit: unit.id,
              title: `Tersembunyi ${state} ${collection}`,
            })
          ).title,
        )
      }
      hidden.push(
        (
          await makeItem(n.payload, collection, {
            state: 'published',
            unit: unit.id,
            embargoUntil: future,
            title: `Embargo masih berlaku ${collection}`,
          })
        ).title,
      )
      visible.push(
        (
          await makeItem(n.payload, collection, {
            state: 'published',
            unit: unit.id,
            internalNotes: SECRET,
            title: `Terbit biasa ${collection}`,
          })
        ).title,
      )
      visible.push(
        (
          await makeItem(n.payload, collection, {
            state: 'published',
            unit: unit.id,
            embargoUntil: past,
            title: `Embargo sudah lewat ${collection}`,
          })
        ).title,
      )
    }
    await n.payload.create({
      collection: 'agenda',
      data: {
        title: 'Agenda publik',
        unit: unit.id,
        startsAt: future,
        visibility: 'public',
        protocolNotes: SECRET,
      } as never,
    })
    await n.payload.create({
      collection: 'agenda',
      data: {
        title: 'Agenda internal',
        unit: unit.id,
        startsAt: future,
        visibility: 'internal',
        protocolNotes: SECRET,
      } as never,
    })
    await n.staff('writer', unit.id)
  })
  afterAll(async () => n?.stop())

  it.each(['press-releases', 'event-coverage'])(
    'lists only published items past their embargo in %s, with a matching count',
    async (collection) => {
      const list = await n.http.get(`/api/${collection}?limit=100`).expect(200)
      const titles = list.body.docs.map((d: { title: string }) => d.title).sort()
      expect(titles).toEqual(visible.filter((t) => t.endsWith(collection)).sort())
      expect(list.body.totalDocs).toBe(2)
      const count = await n.http.get(`/api/${collection}/count`).expect(200)
      expect(count.body.totalDocs).toBe(2)
    },
  )

  it.each(['press-releases', 'event-coverage'])(
    'answers 404 for hidden %s by id and returns nothing by slug',
    async (collection) => {
      const all = await n.payload.find({
        collection: collection as 'press-releases',
        limit: 100,
        depth: 0,
      })
      for (const doc of all.docs) {
        const byId = await n.http.get(`/api/${collection}/${doc.id}`)
        const bySlug = await n.http
          .get(`/api/${collection}?where[slug][equals]=${doc.slug}`)
          .expect(200)
        if (hidden.includes(doc.title)) {
          expect(byId.status).toBe(404)
          expect(bySlug.body.docs).toHaveLength(0)
        } else {
          expect(byId.status).toBe(200)
          expect(bySlug.body.docs).toHaveLength(1)
        }
      }
    },
  )

  it('never shows internal notes, authors or versions to the public', async () => {
    const list = await n.http.get('/api/press-releases?depth=2').expect(200)
    const text = JSON.stringify(list.body)
    expect(text).not.toContain(SECRET)
    for (const doc of list.body.docs) {
      expect(doc).not.toHaveProperty('createdBy')
      expect(doc).not.toHaveProperty('lastEditedBy')
      expect(doc).not.toHaveProperty('internalNotes')
    }
    const versions = await n.http.get('/api/press-releases/versions')
    expect(versions.status).toBe(403)
  })

  it('cannot find hidden items by filtering or sorting on internal fields', async () => {
    // Refused outright, whatever the data: the answer cannot depend on what hidden items contain.
    const probe = await n.http
      .get(`/api/press-releases?where[internalNotes][like]=RAHASIA`)
      .expect(400)
    expect(probe.body.errors[0].code).toBe('INVALID_QUERY')
    const miss = await n.http
      .get(`/api/press-releases?where[internalNotes][like]=TIDAK-ADA`)
      .expect(400)
    expect(miss.body).toEqual(probe.body)
    const sorted = await n.http.get('/api/press-releases?sort=internalNotes').expect(400)
    expect(sorted.body.errors[0].code).toBe('INVALID_QUERY')
    const throughRelation = await n.http
      .get('/api/press-releases?where[createdBy.email][like]=uji')
      .expect(400)
    expect(throughRelation.body.errors[0].code).toBe('INVALID_QUERY')
    const byStatus = await n.http
      .get('/api/press-releases?where[workflowStatus][equals]=draft')
      .expect(200)
    expect(byStatus.body.docs).toHaveLength(0)
  })

  it('shows only public agenda items, never protocol notes', async () => {
    const res = await n.http.get('/api/agenda').expect(200)
    expect(res.body.docs.map((d: { title: string }) => d.title)).toEqual(['Agenda publik'])
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    expect(res.body.docs[0]).not.toHaveProperty('protocolNotes')
  })

  it('gives no user data to the public', async () => {
    const res = await n.http.get('/api/users')
    expect(res.status).toBe(403)
    expect(res.body.errors[0].code).toBe('FORBIDDEN')
    const me = await n.http.get('/api/users/me').expect(200)
    expect(me.body.user).toBeNull()
  })

  it('applies the same rules through GraphQL', async () => {
    const res = await n.http
      .post('/api/graphql')
      .send({
        query:
          '{ PressReleases(limit: 100) { totalDocs docs { title internalNotes createdBy { email } } } Agenda { docs { title protocolNotes } } }',
      })
      .expect(200)
    expect(res.body.errors).toBeUndefined()
    const data = res.body.data
    expect(data.PressReleases.totalDocs).toBe(2)
    expect(JSON.stringify(res.body)).not.toContain(SECRET)
    for (const doc of data.PressReleases.docs) {
      expect(doc.internalNotes).toBeNull()
      expect(doc.createdBy).toBeNull()
    }
    expect(data.Agenda.docs).toEqual([{ title: 'Agenda publik', protocolNotes: null }])
  })

  it('lets logged-in staff see every state', async () => {
    const writer = await n.staff('writer')
    const res = await n.http
      .get('/api/press-releases?limit=100')
      .set('Authorization', writer.auth)
      .expect(200)
    expect(res.body.totalDocs).toBe(8)
  })
})
