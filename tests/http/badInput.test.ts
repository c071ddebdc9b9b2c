import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

describe.each(DATABASES)('bad input gets a clear 4xx and changes nothing (%s)', (db) => {
  let n: TestNewsroom
  let writer: { auth: string }
  let unitId: string | number

  beforeAll(async () => {
    n = await startNewsroom(db, { jsonLimit: '64kb' })
    unitId = (await makeUnit(n.payload, 'Unit Uji Masukan')).id
    writer = await n.staff('writer', unitId)
  })
  afterAll(async () => n?.stop())

  const countReleases = async () =>
    (await n.payload.count({ collection: 'press-releases' })).totalDocs
  const post = () => n.http.post('/api/press-releases').set('Authorization', writer.auth)

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const before = await countReleases()
    const res = await post()
      .set('Content-Type', 'application/json')
      .send('{"title": "Tanpa penutup"')
      .expect(400)
    expect(res.body.errors[0]).toMatchObject({ code: 'INVALID_JSON' })
    expect(res.body.errors[0].message).toMatch(/bukan JSON yang sah/)
    expect(await countReleases()).toBe(before)
  })

  it('answers unknown fields with 400 naming them', async () => {
    const before = await countReleases()
    const res = await post()
      .send({
        title: 'Judul yang sah sekali',
        unit: unitId,
        titel: 'salah ketik',
        mediaContact: { fax: '031' },
      })
      .expect(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(['titel', 'mediaContact.fax'])
    expect(res.body.errors[0].data.errors[0].message).toBe(
      'Kolom "titel" tidak dikenal pada press-releases.',
    )
    expect(await countReleases()).toBe(before)
  })

  it('answers an oversized body with 413', async () => {
    const before = await countReleases()
    const res = await post()
      .send({ title: 'Besar', unit: unitId, summary: 'x'.repeat(100_000) })
      .expect(413)
    expect(res.body.errors[0].code).toBe('PAYLOAD_TOO_LARGE')
    expect(await countReleases()).toBe(before)
  })

  it.each([
    ['a number for a title', { title: 12345 }],
    ['an unknown select value', { title: 'Judul yang sah sekali', language: 'klingon' }],
    ['a title that is too short', { title: 'ab' }],
    ['a missing required unit', { title: 'Judul tanpa unit penerbit', unit: null }],
    [
      'a date that is not a date',
      { title: 'Judul dengan tanggal rusak', embargoUntil: 'besok pagi' },
    ],
    ['a relationship to nothing', { title: 'Judul dengan topik hantu', topics: [987654] }],
  ])('answers %s with 400 and stores nothing', async (_label, body) => {
    const before = await countReleases()
    const data = { unit: unitId, ...body }
    const res = await post().send(data)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    expect(res.body.errors[0].message).toMatch(/tidak valid/)
    expect(await countReleases()).toBe(before)
  })

  it('names a relation to a missing document', async () => {
    const res = await post()
      .send({ title: 'Judul dengan topik hantu', unit: unitId, topics: [987654] })
      .expect(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({
      path: 'topics',
      message: 'Kolom "topics" merujuk ke topics yang tidak ada.',
    })
  })

  it('answers a wrong NIP with an Indonesian message', async () => {
    const admin = await n.staff('admin')
    const res = await n.http
      .post('/api/users')
      .set('Authorization', admin.auth)
      .send({ email: 'nip@uji.test', password: 'Sandi-Uji-12345', name: 'Uji NIP', nip: '12ab' })
      .expect(400)
    expect(JSON.stringify(res.body)).toContain('NIP harus terdiri dari 18 digit angka.')
  })

  it('answers an unknown route with 404 JSON and stays up', async () => {
    const res = await n.http.get('/api/tidak-ada').expect(404)
    expect(res.body).toBeDefined()
    await n.http.get('/healthz').expect(200)
  })

  it('keeps role and unit changes for admins only', async () => {
    const me = await n.http.get('/api/users/me').set('Authorization', writer.auth).expect(200)
    await n.http
      .patch(`/api/users/${me.body.user.id}`)
      .set('Authorization', writer.auth)
      .send({ role: 'admin' })
    const stored = await n.payload.findByID({ collection: 'users', id: me.body.user.id })
    expect(stored.role).toBe('writer')
  })
})

describe('rate limits on logins and workflow actions', () => {
  it('answers 429 with an Indonesian message after the limit, and the rest of the API keeps working', async () => {
    const n = await startNewsroom(DATABASES[0], { sensitivePerMinute: 3 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++)
        statuses.push(
          (
            await n.http
              .post('/api/users/login')
              .send({ email: 'tebak@uji.test', password: `salah-${i}` })
          ).status,
        )
      expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true)
      expect(statuses.slice(3)).toEqual([429, 429])
      const limited = await n.http
        .post('/api/press-releases/1/workflow')
        .send({ action: 'approve' })
      expect(limited.status).toBe(429)
      expect(limited.body.errors[0]).toMatchObject({ code: 'TOO_MANY_REQUESTS' })
      await n.http.get('/api/press-releases').expect(200)
    } finally {
      await n.stop()
    }
  })
})
