import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { placeholderPhoto } from '../../src/media/placeholderPhoto.js'
import { paragraphsToLexical } from '../../src/seed/lexical.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

describe.each(DATABASES)('collections over REST as staff (%s)', (db) => {
  let n: TestNewsroom
  let admin: { auth: string; id: string | number }
  let unitId: string | number
  let spokespersonId: string | number
  let topicId: string | number

  beforeAll(async () => {
    n = await startNewsroom(db)
    admin = await n.staff('admin')
  })
  afterAll(async () => n?.stop())

  /** Creates, reads back (`check` as sent), updates (`check` as patched, when the patch sets it). */
  const crud = async (
    collection: string,
    create: Record<string, unknown>,
    update: Record<string, unknown>,
    check: string,
  ) => {
    const created = await n.http
      .post(`/api/${collection}`)
      .set('Authorization', admin.auth)
      .send(create)
    expect({ status: created.status, errors: created.body.errors }).toEqual({
      status: 201,
      errors: undefined,
    })
    const id = created.body.doc.id
    const read = await n.http
      .get(`/api/${collection}/${id}?depth=0`)
      .set('Authorization', admin.auth)
      .expect(200)
    expect(read.body[check]).toEqual(create[check])
    const patched = await n.http
      .patch(`/api/${collection}/${id}`)
      .set('Authorization', admin.auth)
      .send(update)
      .expect(200)
    for (const [key, value] of Object.entries(update)) expect(patched.body.doc[key]).toEqual(value)
    return id
  }
  const remove = async (collection: string, id: string | number) => {
    await n.http.delete(`/api/${collection}/${id}`).set('Authorization', admin.auth).expect(200)
    await n.http.get(`/api/${collection}/${id}`).set('Authorization', admin.auth).expect(404)
  }

  it('creates, reads, updates and deletes units, forming a tree', async () => {
    const parent = await crud(
      'units',
      { name: 'Pemerintah Provinsi Jawa Timur', type: 'provinsi', timezone: 'Asia/Jakarta' },
      { name: 'Pemprov Jawa Timur' },
      'name',
    )
    unitId = await crud(
      'units',
      { name: 'Diskominfo Jatim', type: 'opd', parent, timezone: 'Asia/Jakarta', regionCode: '35' },
      { name: 'Dinas Kominfo Jatim' },
      'name',
    )
    const child = await n.http
      .get(`/api/units/${unitId}?depth=1`)
      .set('Authorization', admin.auth)
      .expect(200)
    expect(child.body.parent.id).toEqual(parent)
    const temp = await crud(
      'units',
      { name: 'UPT Sementara', type: 'upt', timezone: 'Asia/Makassar' },
      { timezone: 'Asia/Jayapura' },
      'timezone',
    )
    await remove('units', temp)
  })

  it('refuses a unit that would become its own ancestor', async () => {
    const top = await n.http
      .post('/api/units')
      .set('Authorization', admin.auth)
      .send({ name: 'Induk', type: 'provinsi', timezone: 'Asia/Jakarta' })
      .expect(201)
    const child = await n.http
      .post('/api/units')
      .set('Authorization', admin.auth)
      .send({ name: 'Anak', type: 'opd', parent: top.body.doc.id, timezone: 'Asia/Jakarta' })
      .expect(201)
    const res = await n.http
      .patch(`/api/units/${top.body.doc.id}`)
      .set('Authorization', admin.auth)
      .send({ parent: child.body.doc.id })
      .expect(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    expect(JSON.stringify(res.body)).toContain('turunannya')
  })

  it('creates, reads, updates and deletes users, spokespeople and topics', async () => {
    const user = await crud(
      'users',
      {
        email: `pengguna-${db}@uji.test`,
        password: 'Sandi-Panjang-123',
        name: 'Pengguna Uji',
        role: 'writer',
        unit: unitId,
        nip: '199001012020011001',
      },
      { position: 'Pranata Humas' },
      'name',
    )
    await remove('users', user)
    spokespersonId = await crud(
      'spokespeople',
      {
        name: 'Yusuf Hidayat',
        titlesBefore: 'Dr.',
        titlesAfter: 'S.Sos., M.Si.',
        position: 'Kepala Dinas',
        actingStatus: 'plt',
        unit: unitId,
        termStart: '2026-01-01T00:00:00.000Z',
      },
      { position: 'Kepala Dinas Kominfo' },
      'position',
    )
    const sp = await n.http.get(`/api/spokespeople/${spokespersonId}`).expect(200)
    expect(sp.body.displayName).toBe('Dr. Yusuf Hidayat, S.Sos., M.Si.')
    topicId = await crud(
      'topics',
      { name: 'Kesehatan Masyarakat', kind: 'category' },
      { description: 'Berita kesehatan' },
      'name',
    )
    const extra = await crud(
      'topics',
      { name: 'Sementara', kind: 'tag' },
      { name: 'Sementara Sekali' },
      'name',
    )
    await remove('topics', extra)
  })

  it.each(['press-releases', 'event-coverage'])(
    'creates, reads, updates and deletes %s with relations and rich text',
    async (collection) => {
      const id = await crud(
        collection,
        {
          title: 'Gubernur Resmikan Layanan Publik Terpadu',
          unit: unitId,
          topics: [topicId],
          spokespeople: [spokespersonId],
          summary: 'Ringkasan',
          body: paragraphsToLexical(['Paragraf pertama.']),
          datelineCity: 'SURABAYA',
        },
        { summary: 'Ringkasan yang diperbarui' },
        'summary',
      )
      const read = await n.http
        .get(`/api/${collection}/${id}?depth=1`)
        .set('Authorization', admin.auth)
        .expect(200)
      expect(read.body.workflowStatus).toBe('draft')
      expect(read.body.topics[0].name).toBe('Kesehatan Masyarakat')
      expect(read.body.createdBy.id ?? read.body.createdBy).toEqual(admin.id)
      expect(read.body.body.root.children[0].children[0].text).toBe('Paragraf pertama.')
      const versions = await n.http
        .get(`/api/${collection}/versions?where[parent][equals]=${id}`)
        .set('Authorization', admin.auth)
        .expect(200)
      expect(versions.body.totalDocs).toBeGreaterThanOrEqual(2)
      await remove(collection, id)
    },
  )

  it('creates, reads, updates and deletes agenda items, refusing an end before the start', async () => {
    const id = await crud(
      'agenda',
      {
        title: 'Rapat Paripurna DPRD',
        unit: unitId,
        startsAt: '2026-12-01T02:00:00.000Z',
        endsAt: '2026-12-01T04:00:00.000Z',
        visibility: 'public',
        protocolNotes: 'Busana PSL',
        officials: [spokespersonId],
      },
      { status: 'ditunda' },
      'title',
    )
    const bad = await n.http
      .patch(`/api/agenda/${id}`)
      .set('Authorization', admin.auth)
      .send({ endsAt: '2026-11-30T00:00:00.000Z' })
      .expect(400)
    expect(JSON.stringify(bad.body)).toContain('Waktu selesai harus sesudah waktu mulai')
    await remove('agenda', id)
  })

  it('creates, reads, updates and deletes photos', async () => {
    const jpeg = await placeholderPhoto('Uji CRUD', 200, 800, 600)
    const created = await n.http
      .post('/api/photos')
      .set('Authorization', admin.auth)
      .field(
        '_payload',
        JSON.stringify({
          alt: 'Peserta rapat',
          caption: 'Rapat koordinasi',
          credit: 'Foto: Humas Uji',
        }),
      )
      .attach('file', jpeg, { filename: 'rapat.jpg', contentType: 'image/jpeg' })
      .expect(201)
    const id = created.body.doc.id
    const patched = await n.http
      .patch(`/api/photos/${id}`)
      .set('Authorization', admin.auth)
      .send({ caption: 'Rapat koordinasi humas' })
      .expect(200)
    expect(patched.body.doc.caption).toBe('Rapat koordinasi humas')
    await remove('photos', id)
  })
})
