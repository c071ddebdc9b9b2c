import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import sharp from 'sharp'
import { mediaStorageSettings } from '../../src/config/mediaStorage.js'
import { SIZE_VARIANTS } from '../../src/media/imageSizes.js'
import { WORKFLOW_CONTEXT } from '../../src/workflow/ownedFields.js'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { redBlue } from '../helpers/images.js'
import { startS3Server, type TestS3Server } from '../helpers/s3Server.js'

type PhotoDoc = {
  id: string | number
  filename: string
  url: string
  mimeType: string
  sizes: Record<string, { filename: string; url: string; mimeType: string; width: number }>
}

const META = { alt: 'Foto uji', caption: 'Rapat koordinasi', credit: 'Foto: Humas Uji' }
const keysOf = (doc: PhotoDoc): string[] =>
  [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename)].sort()

describe.each(DATABASES)('photos on S3-compatible object storage (%s)', (db) => {
  let s3: TestS3Server
  let n: TestNewsroom
  let f: {
    units: { kominfo: string | number }
    writer: { auth: string }
    editor: { auth: string }
    admin: { auth: string }
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    // Configured exactly as an operator would: from the environment variables.
    n = await startNewsroom(db, { mediaStorage: mediaStorageSettings(s3.env) })
    const kominfo = (await makeUnit(n.payload, 'Diskominfo Uji S3')).id
    f = {
      units: { kominfo },
      writer: await n.staff('writer', kominfo),
      editor: await n.staff('editor', kominfo),
      admin: await n.staff('admin'),
    }
  }, 180_000)
  afterAll(async () => {
    await n?.stop()
    await s3?.destroy()
  })

  const upload = (bytes: Buffer, filename: string, data: Record<string, unknown> = META) =>
    n.http
      .post('/api/photos')
      .set('Authorization', f.writer.auth)
      .field('_payload', JSON.stringify({ unit: f.units.kominfo, ...data }))
      .attach('file', bytes, { filename, contentType: 'image/jpeg' })
  const get = (path: string, auth?: string) => {
    const req = n.http.get(path).buffer(true)
    return auth ? req.set('Authorization', auth) : req
  }
  /** Every key the bucket should hold: each photo's original and sizes, and the share cards. */
  const expectedKeys = async () => {
    const photos = await n.payload.find({ collection: 'photos', limit: 0, pagination: false })
    return (photos.docs as unknown as PhotoDoc[]).flatMap(keysOf)
  }

  it('stores the original and every size in the bucket, nothing on the local disk, and hands out only the newsroom’s URLs', async () => {
    const res = await upload(await redBlue(2000, 1500), 'rakor.jpg').expect(201)
    const doc = res.body.doc as PhotoDoc
    expect(Object.keys(doc.sizes).sort()).toEqual(SIZE_VARIANTS.map((v) => v.variant).sort())
    const keys = await s3.keys()
    for (const key of keysOf(doc)) expect(keys).toContain(key)
    expect(fs.readdirSync(n.mediaDir)).toEqual([])
    for (const v of SIZE_VARIANTS) {
      const meta = await sharp(
        (await s3.object(doc.sizes[v.variant].filename)) as Buffer,
      ).metadata()
      expect({ variant: v.variant, width: meta.width, format: meta.format }).toEqual({
        variant: v.variant,
        width: v.width,
        format: v.format === 'webp' ? 'webp' : 'jpeg',
      })
    }
    const urls = [doc.url, ...Object.values(doc.sizes).map((s) => s.url)]
    for (const url of urls) {
      expect(url).toMatch(/\/api\/photos\/(file|sizes)\//)
      expect(url).not.toContain(s3.endpoint)
      expect(url).not.toContain(s3.bucket)
    }
  })

  it('reads the original and its sizes back through the newsroom, byte for byte, with their types', async () => {
    const doc = (await upload(await redBlue(1600, 1000), 'baca.jpg').expect(201)).body
      .doc as PhotoDoc
    const original = await get(`/api/photos/file/${doc.filename}`, f.writer.auth).expect(200)
    expect(original.headers['content-type']).toBe('image/jpeg')
    expect(Buffer.compare(original.body, (await s3.object(doc.filename)) as Buffer)).toBe(0)
    for (const variant of ['thumbnail', 'heroWebp']) {
      const size = doc.sizes[variant]
      const served = await get(`/api/photos/sizes/${size.filename}`, f.writer.auth).expect(200)
      expect(served.headers['content-type']).toBe(size.mimeType)
      expect(Buffer.compare(served.body, (await s3.object(size.filename)) as Buffer)).toBe(0)
    }
  })

  describe('a private photo stays private', () => {
    let doc: PhotoDoc
    let portal: string
    const paths = () => [
      `/api/photos/file/${doc.filename}`,
      ...Object.values(doc.sizes).map((s) => `/api/photos/sizes/${s.filename}`),
    ]
    const statuses = async (auth?: string) => [
      ...new Set(await Promise.all(paths().map(async (p) => (await get(p, auth)).status))),
    ]
    /** What anyone on the network gets by asking the bucket directly, without credentials. */
    const directStatuses = async () => [
      ...new Set(
        await Promise.all(
          keysOf(doc).map(async (k) => (await fetch(`${s3.endpoint}/${s3.bucket}/${k}`)).status),
        ),
      ),
    ]

    beforeAll(async () => {
      doc = (await upload(await redBlue(1200, 800), 'rahasia.jpg').expect(201)).body.doc
      const client = await n.http
        .post('/api/portal-clients')
        .set('Authorization', f.admin.auth)
        .send({ name: 'Portal tanpa hak foto' })
        .expect(201)
      const rotated = await n.http
        .post(`/api/portal-clients/${client.body.doc.id}/rotate-key`)
        .set('Authorization', f.admin.auth)
        .expect(200)
      portal = `portal-clients API-Key ${rotated.body.apiKey}`
    })

    it('answers 404 to the public and to a portal key, in every size, as on disk', async () => {
      expect(paths()).toHaveLength(11)
      expect(await statuses()).toEqual([404])
      expect(await statuses(portal)).toEqual([404])
      expect(await statuses(f.writer.auth)).toEqual([200])
      await get(`/api/photos/${doc.id}`).expect(404)
    })

    it('is not readable from the bucket without credentials: the bucket needs no public read', async () => {
      expect(await directStatuses()).toEqual([403])
    })

    it('once marked public, is served by the newsroom, while the bucket itself stays closed', async () => {
      await n.http
        .patch(`/api/photos/${doc.id}`)
        .set('Authorization', f.editor.auth)
        .send({ isPublic: true })
        .expect(200)
      expect(await statuses()).toEqual([200])
      const anonymous = await get(`/api/photos/file/${doc.filename}`).expect(200)
      expect(Buffer.compare(anonymous.body, (await s3.object(doc.filename)) as Buffer)).toBe(0)
      expect(await directStatuses()).toEqual([403])
      // Where the object lives is not the public's business.
      const shown = await get(`/api/photos/${doc.id}`).expect(200)
      expect(shown.body.filename).toBe(doc.filename)
      expect(shown.body).not.toHaveProperty('prefix')
      expect(shown.body).not.toHaveProperty('_objectKey')
    })
  })

  it('re-renders the sizes in the bucket when the focal point moves, and removes the ones they replace', async () => {
    const doc = (await upload(await redBlue(3000, 1000, 600), 'fokus.jpg').expect(201)).body
      .doc as PhotoDoc
    const moved = (
      await n.http
        .patch(`/api/photos/${doc.id}`)
        .set('Authorization', f.writer.auth)
        .send({ focalX: 5, focalY: 50 })
        .expect(200)
    ).body.doc as PhotoDoc
    expect(moved.sizes.square.filename).not.toBe(doc.sizes.square.filename)
    const keys = await s3.keys()
    for (const key of keysOf(moved)) expect(keys).toContain(key)
    expect(keys).not.toContain(doc.sizes.square.filename)
    expect(keys).toContain(doc.filename)
    // The square crop now sits on the red left part of the picture.
    const square = await sharp((await s3.object(moved.sizes.square.filename)) as Buffer).stats()
    expect(square.channels[0].mean).toBeGreaterThan(square.channels[2].mean)
  })

  it('replaces a photo’s file: the new original and sizes go in, the old ones leave the bucket', async () => {
    const first = (await upload(await redBlue(1600, 1000), 'ganti.jpg').expect(201)).body
      .doc as PhotoDoc
    const replacement = await redBlue(1200, 900, 1200)
    const replaced = (
      await n.http
        .patch(`/api/photos/${first.id}`)
        .set('Authorization', f.writer.auth)
        .field('_payload', JSON.stringify({}))
        .attach('file', replacement, { filename: 'ganti-baru.jpg', contentType: 'image/jpeg' })
        .expect(200)
    ).body.doc as PhotoDoc
    expect(replaced.filename).not.toBe(first.filename)
    const keys = await s3.keys()
    for (const key of keysOf(replaced)) expect(keys).toContain(key)
    for (const key of keysOf(first)) expect(keys).not.toContain(key)
    const served = await get(`/api/photos/file/${replaced.filename}`, f.writer.auth).expect(200)
    expect((await sharp(served.body).metadata()).width).toBe(1200)
  })

  it('deletes a photo’s original and every size from the bucket', async () => {
    const doc = (await upload(await redBlue(800, 600), 'hapus.jpg').expect(201)).body
      .doc as PhotoDoc
    for (const key of keysOf(doc)) expect(await s3.keys()).toContain(key)
    await n.http.delete(`/api/photos/${doc.id}`).set('Authorization', f.writer.auth).expect(200)
    const keys = await s3.keys()
    for (const key of keysOf(doc)) expect(keys).not.toContain(key)
  })

  it('keeps share cards in the bucket, and reads the photo they show from there', async () => {
    const photo = (await upload(await redBlue(1600, 1000), 'kartu.jpg').expect(201)).body
      .doc as PhotoDoc
    const item = (await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Kartu berbagi dari bucket',
      extra: { featuredPhoto: photo.id },
    })) as unknown as { id: string | number; slug: string }
    const card = await get(`/share/press-releases/${item.slug}.jpg`).expect(200)
    expect(card.headers['content-type']).toBe('image/jpeg')
    expect(await sharp(card.body).metadata()).toMatchObject({ width: 1200, height: 630 })
    const cards = (await s3.keys()).filter((k) =>
      k.startsWith(`share-cards/press-releases-${item.id}-`),
    )
    expect(cards).toHaveLength(1)
    expect(Buffer.compare(card.body, (await s3.object(cards[0])) as Buffer)).toBe(0)
    // The photo behind the card came from the bucket: red on the left, blue on the right.
    const [left, right] = await Promise.all(
      [0, 900].map(async (x) => {
        const region = await sharp(card.body)
          .extract({ left: x, top: 100, width: 300, height: 200 })
          .toBuffer()
        return (await sharp(region).stats()).channels.map((c) => c.mean)
      }),
    )
    expect(left[0]).toBeGreaterThan(left[2])
    expect(right[2]).toBeGreaterThan(right[0])
    // A new title gives a new card at the same address, and the old one leaves the bucket.
    await n.payload.update({
      collection: 'press-releases',
      id: item.id,
      data: { title: 'Kartu berbagi dengan judul baru' } as never,
      context: { [WORKFLOW_CONTEXT]: true },
    })
    const renewed = await get(`/share/press-releases/${item.slug}.jpg`).expect(200)
    expect(Buffer.compare(renewed.body, card.body)).not.toBe(0)
    const now = (await s3.keys()).filter((k) =>
      k.startsWith(`share-cards/press-releases-${item.id}-`),
    )
    expect(now).toHaveLength(1)
    expect(now[0]).not.toBe(cards[0])
  })

  it('answers 503 to a key that may read but not write, and leaves no photo recorded without its files', async () => {
    const count = (await n.payload.count({ collection: 'photos' })).totalDocs
    const before = await s3.keys()
    s3.readOnly(true)
    try {
      const refused = await upload(await redBlue(1200, 800), 'tanpa-hak-tulis.jpg')
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    } finally {
      s3.readOnly(false)
    }
    // The bucket answered the check, so the photo was recorded before its files failed: it is gone.
    expect((await n.payload.count({ collection: 'photos' })).totalDocs).toBe(count)
    const named = await n.payload.find({
      collection: 'photos',
      where: { filename: { like: 'tanpa-hak-tulis' } },
    })
    expect(named.totalDocs).toBe(0)
    expect(await s3.keys()).toEqual(before)
  })

  it('answers 503 in Bahasa Indonesia while the bucket is down, keeps nothing half-written, and works again when it is back', async () => {
    const count = (await n.payload.count({ collection: 'photos' })).totalDocs
    const before = await s3.keys()
    const readable = (await n.payload.find({ collection: 'photos', limit: 1 }))
      .docs[0] as unknown as PhotoDoc
    await s3.stop()
    try {
      const refused = await upload(await redBlue(1200, 800), 'padam.jpg')
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
      expect(refused.body.errors[0].message).toMatch(/Penyimpanan media/)
      expect((await n.payload.count({ collection: 'photos' })).totalDocs).toBe(count)
      const size = await get(`/api/photos/sizes/${readable.sizes.card.filename}`, f.writer.auth)
      expect(size.status).toBe(503)
      expect(size.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
      const original = await get(`/api/photos/file/${readable.filename}`, f.writer.auth)
      expect(original.status).toBe(503)
      expect(original.headers['retry-after']).toBe('30')
    } finally {
      await s3.start()
    }
    expect(await s3.keys()).toEqual(before)
    const ok = (await upload(await redBlue(1200, 800), 'pulih.jpg').expect(201)).body
      .doc as PhotoDoc
    const keys = await s3.keys()
    for (const key of keysOf(ok)) expect(keys).toContain(key)
    // Nothing in the bucket that no photo names (share cards aside).
    expect(keys.filter((k) => !k.startsWith('share-cards/')).sort()).toEqual(
      (await expectedKeys()).sort(),
    )
  })
})
