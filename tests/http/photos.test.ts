import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { placeholderPhoto } from '../../src/media/placeholderPhoto.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

const EXPECTED: Record<string, [number, number | null]> = {
  thumbnail: [400, 300],
  card: [768, null],
  hero: [1600, null],
  og: [1200, 630],
  square: [1080, 1080],
}

describe.each(DATABASES)('photo upload (%s)', (db) => {
  let n: TestNewsroom
  let writer: { auth: string }

  beforeAll(async () => {
    n = await startNewsroom(db, { maxUploadBytes: 2 * 1024 * 1024 })
    writer = await n.staff('writer')
  })
  afterAll(async () => n?.stop())

  const upload = (
    bytes: Buffer,
    filename: string,
    contentType: string,
    data: Record<string, unknown> = {
      alt: 'Peserta rapat',
      caption: 'Rapat koordinasi humas',
      credit: 'Foto: Humas Uji',
    },
  ) =>
    n.http
      .post('/api/photos')
      .set('Authorization', writer.auth)
      .field('_payload', JSON.stringify(data))
      .attach('file', bytes, { filename, contentType })

  it('stores a JPEG with every size, each also as WebP, at the declared dimensions', async () => {
    const res = await upload(
      await placeholderPhoto('Uji ukuran', 20, 2000, 1500),
      'rakor.jpg',
      'image/jpeg',
    ).expect(201)
    const { sizes } = res.body.doc
    for (const [name, [width, height]] of Object.entries(EXPECTED)) {
      for (const variant of [name, `${name}Webp`]) {
        const size = sizes[variant]
        expect(size.width).toBe(width)
        if (height) expect(size.height).toBe(height)
        const file = path.join(n.mediaDir, size.filename)
        const meta = await sharp(fs.readFileSync(file)).metadata()
        expect(meta.width).toBe(width)
        expect(meta.format).toBe(variant.endsWith('Webp') ? 'webp' : 'jpeg')
      }
    }
    const served = await n.http
      .get(`/api/photos/sizes/${sizes.thumbnail.filename}`)
      .set('Authorization', writer.auth)
      .expect(200)
    expect(served.headers['content-type']).toBe('image/jpeg')
    expect(served.headers['cache-control']).toBe('private, no-store')
    expect(sizes.thumbnail.url).toContain(`/api/photos/sizes/${sizes.thumbnail.filename}`)
    const original = await n.http
      .get(`/api/photos/file/${res.body.doc.filename}`)
      .set('Authorization', writer.auth)
      .expect(200)
    expect(original.headers['content-type']).toBe('image/jpeg')
  })

  it('refuses a photo without alt text, caption or credit, and stores nothing', async () => {
    const before = fs.readdirSync(n.mediaDir).length
    const res = await upload(
      await placeholderPhoto('Tanpa kredit', 90, 640, 480),
      'x.jpg',
      'image/jpeg',
      { alt: 'Ada' },
    ).expect(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    expect(JSON.stringify(res.body)).toMatch(/Keterangan foto|Kredit/)
    expect(fs.readdirSync(n.mediaDir).length).toBe(before)
  })

  it('refuses a file over the upload limit with 413 rather than truncating it', async () => {
    const noisy = await sharp({
      create: {
        width: 1800,
        height: 1800,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(noisy.length).toBeGreaterThan(2 * 1024 * 1024)
    const res = await upload(noisy, 'besar.jpg', 'image/jpeg')
    expect(res.status).toBe(413)
    const count = await n.payload.count({
      collection: 'photos',
      where: { filename: { like: 'besar' } },
    })
    expect(count.totalDocs).toBe(0)
  })
})
