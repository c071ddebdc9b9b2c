import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

describe.each(DATABASES)('slugs (%s)', (db) => {
  let n: TestNewsroom
  let writer: { auth: string }
  let unitId: string | number

  beforeAll(async () => {
    n = await startNewsroom(db)
    unitId = (await makeUnit(n.payload, 'Pemkab Sidoarjo Uji')).id
    writer = await n.staff('writer', unitId)
  })
  afterAll(async () => n?.stop())

  const create = (title: string, extra: Record<string, unknown> = {}) =>
    n.http
      .post('/api/press-releases')
      .set('Authorization', writer.auth)
      .send({ title, unit: unitId, ...extra })
      .expect(201)

  it('makes a lower-case ASCII slug from an Indonesian title', async () => {
    const res = await create(
      'Gubernur Resmikan RSUD Dr. Soetomo (Tahap II): "Layanan Prima" untuk Warga',
    )
    expect(res.body.doc.slug).toBe(
      'gubernur-resmikan-rsud-dr-soetomo-tahap-ii-layanan-prima-untuk-warga',
    )
  })

  it('keeps slugs unique with -2, -3 for the same title', async () => {
    const slugs = []
    for (let i = 0; i < 3; i++)
      slugs.push((await create('Posko Banjir Siaga di Lima Kecamatan')).body.doc.slug)
    expect(slugs).toEqual([
      'posko-banjir-siaga-di-lima-kecamatan',
      'posko-banjir-siaga-di-lima-kecamatan-2',
      'posko-banjir-siaga-di-lima-kecamatan-3',
    ])
  })

  it('lets a writer edit the slug before publication, normalising it', async () => {
    const res = await create('Judul Sementara Rilis')
    const patched = await n.http
      .patch(`/api/press-releases/${res.body.doc.id}`)
      .set('Authorization', writer.auth)
      .send({ slug: 'Rilis Khusus Hari Jadi' })
      .expect(200)
    expect(patched.body.doc.slug).toBe('rilis-khusus-hari-jadi')
    const retitled = await n.http
      .patch(`/api/press-releases/${res.body.doc.id}`)
      .set('Authorization', writer.auth)
      .send({ title: 'Judul Baru Sama Sekali' })
      .expect(200)
    expect(retitled.body.doc.slug).toBe('rilis-khusus-hari-jadi')
  })

  it('keeps the slug of a published item stable and refuses to change it', async () => {
    const doc = await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: unitId,
      title: 'Bazar UMKM Catat Transaksi Miliaran',
    })
    const retitled = await n.http
      .patch(`/api/press-releases/${doc.id}`)
      .set('Authorization', writer.auth)
      .send({ title: 'Bazar UMKM Catat Transaksi Rp 2,3 Miliar' })
      .expect(200)
    expect(retitled.body.doc.slug).toBe('bazar-umkm-catat-transaksi-miliaran')
    const refused = await n.http
      .patch(`/api/press-releases/${doc.id}`)
      .set('Authorization', writer.auth)
      .send({ slug: 'alamat-baru' })
      .expect(400)
    expect(refused.body.errors[0].code).toBe('VALIDATION_ERROR')
    expect(JSON.stringify(refused.body)).toContain('Slug tidak dapat diubah setelah terbit')
    const stored = await n.payload.findByID({ collection: 'press-releases', id: doc.id })
    expect(stored.slug).toBe('bazar-umkm-catat-transaksi-miliaran')
  })

  it('gives units and topics slugs too', async () => {
    const unit = await makeUnit(n.payload, 'Dinas Pekerjaan Umum Bina Marga')
    expect(unit.slug).toBe('dinas-pekerjaan-umum-bina-marga')
    const topic = await n.http
      .post('/api/topics')
      .set('Authorization', writer.auth)
      .send({ name: 'Ekonomi & UMKM', kind: 'category' })
      .expect(201)
    expect(topic.body.doc.slug).toBe('ekonomi-dan-umkm')
  })
})
