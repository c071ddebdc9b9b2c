import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import exifReader from 'exif-reader'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import {
  animatedGif,
  jpegHtmlPolyglot,
  meanColour,
  pdfNamedJpeg,
  phonePhotoWithGps,
  pngBomb,
  redBlue,
  svgWithScript,
  truncatedJpeg,
} from '../helpers/images.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

const META = { alt: 'Foto uji', caption: 'Keterangan foto uji', credit: 'Foto: Humas Uji' }

describe.each(DATABASES)('the photo desk (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>

  beforeAll(async () => {
    process.env.MAX_IMAGE_PIXELS = '30000000'
    n = await startNewsroom(db)
    f = await workflowFixture(n)
  })
  afterAll(async () => {
    delete process.env.MAX_IMAGE_PIXELS
    await n?.stop()
  })

  const upload = (
    bytes: Buffer,
    filename: string,
    contentType: string,
    data: Record<string, unknown> = META,
  ) =>
    n.http
      .post('/api/photos')
      .set('Authorization', f.writer.auth)
      .field('_payload', JSON.stringify({ unit: f.units.kominfo, ...data }))
      .attach('file', bytes, { filename, contentType })
  const storedFiles = (doc: {
    filename: string
    sizes: Record<string, { filename: string | null }>
  }) =>
    [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename)]
      .filter((x): x is string => Boolean(x))
      .map((name) => path.join(n.mediaDir, name))

  it('applies the EXIF orientation, strips all metadata from every stored file, and keeps date and camera as fields', async () => {
    const original = await phonePhotoWithGps(1200, 800)
    expect(
      exifReader((await sharp(original).metadata()).exif as Buffer).GPSInfo?.GPSLatitudeRef,
    ).toBe('S')
    const res = await upload(original, 'IMG_2026.jpg', 'image/jpeg').expect(201)
    const doc = res.body.doc
    expect({ width: doc.width, height: doc.height }).toEqual({ width: 800, height: 1200 })
    expect(doc.takenAt).toMatch(/^2026-11-20T/)
    expect(doc.camera).toBe('Samsung Galaxy A55')
    for (const file of storedFiles(doc)) {
      const bytes = fs.readFileSync(file)
      const meta = await sharp(bytes).metadata()
      expect({
        file: path.basename(file),
        exif: meta.exif,
        orientation: meta.orientation ?? 1,
      }).toEqual({ file: path.basename(file), exif: undefined, orientation: 1 })
      expect(bytes.includes(Buffer.from('GPS'))).toBe(false)
    }
  })

  it('makes every size at its dimensions, each also as WebP', async () => {
    const doc = (await upload(await redBlue(2400, 1600), 'besar.jpg', 'image/jpeg').expect(201))
      .body.doc
    const expected: Record<string, [number, number]> = {
      thumbnail: [400, 300],
      card: [768, 512],
      hero: [1600, 1067],
      og: [1200, 630],
      square: [1080, 1080],
    }
    for (const [name, [w, h]] of Object.entries(expected)) {
      for (const [variant, format] of [
        [name, 'jpeg'],
        [`${name}Webp`, 'webp'],
      ]) {
        const meta = await sharp(path.join(n.mediaDir, doc.sizes[variant].filename)).metadata()
        expect({ variant, width: meta.width, height: meta.height, format: meta.format }).toEqual({
          variant,
          width: w,
          height: h,
          format,
        })
      }
    }
  })

  it('crops around the focal point', async () => {
    // A wide picture, red on the left fifth only: a centred square crop would be all blue.
    const bytes = await redBlue(3000, 1000, 600)
    const left = (
      await upload(bytes, 'fokus-kiri.jpg', 'image/jpeg', {
        ...META,
        focalX: 5,
        focalY: 50,
      }).expect(201)
    ).body.doc
    const centre = (
      await upload(bytes, 'fokus-tengah.jpg', 'image/jpeg', {
        ...META,
        focalX: 50,
        focalY: 50,
      }).expect(201)
    ).body.doc
    const [r1, , b1] = await meanColour(
      fs.readFileSync(path.join(n.mediaDir, left.sizes.square.filename)),
    )
    const [r2, , b2] = await meanColour(
      fs.readFileSync(path.join(n.mediaDir, centre.sizes.square.filename)),
    )
    expect(r1).toBeGreaterThan(b1)
    expect(b2).toBeGreaterThan(r2)
  })

  it.each([
    [
      'an SVG with a script',
      svgWithScript,
      'logo.svg',
      'image/svg+xml',
      415,
      'UNSUPPORTED_IMAGE_TYPE',
    ],
    ['a PDF named .jpg', pdfNamedJpeg, 'foto.jpg', 'image/jpeg', 415, 'UNSUPPORTED_IMAGE_TYPE'],
    ['an animated GIF', animatedGif, 'animasi.gif', 'image/gif', 415, 'UNSUPPORTED_IMAGE_TYPE'],
    ['a JPEG/HTML polyglot', jpegHtmlPolyglot, 'poliglot.jpg', 'image/jpeg', 415, 'POLYGLOT_FILE'],
    ['a truncated JPEG', truncatedJpeg, 'potong.jpg', 'image/jpeg', 400, 'IMAGE_UNREADABLE'],
    [
      'a decompression bomb (100,000 × 100,000 px in a tiny PNG)',
      async () => pngBomb(100_000, 100_000),
      'bom.png',
      'image/png',
      413,
      'IMAGE_TOO_MANY_PIXELS',
    ],
    [
      'an image over the pixel limit',
      async () =>
        sharp({ create: { width: 6000, height: 6000, channels: 3, background: '#888' } })
          .png()
          .toBuffer(),
      'besar.png',
      'image/png',
      413,
      'IMAGE_TOO_MANY_PIXELS',
    ],
  ] as const)(
    'refuses %s with a clear message and stores nothing',
    async (_label, make, filename, type, status, code) => {
      const before = fs.readdirSync(n.mediaDir).length
      const count = (await n.payload.count({ collection: 'photos' })).totalDocs
      const res = await upload(await make(), filename, type)
      expect({ status: res.status, code: res.body.errors?.[0]?.code }).toEqual({ status, code })
      expect(res.body.errors[0].message.length).toBeGreaterThan(20)
      expect(fs.readdirSync(n.mediaDir).length).toBe(before)
      expect((await n.payload.count({ collection: 'photos' })).totalDocs).toBe(count)
    },
  )

  it('stores the pixels only: even metadata comments with markup-like text never reach the stored files', async () => {
    const commented = await sharp(await redBlue(320, 240))
      .withExifMerge({ IFD0: { ImageDescription: 'Rapat & <koordinasi>' } })
      .jpeg()
      .toBuffer()
    const doc = (await upload(commented, 'komentar.jpg', 'image/jpeg').expect(201)).body.doc
    for (const file of storedFiles(doc))
      expect(fs.readFileSync(file).includes(Buffer.from('koordinasi'))).toBe(false)
  })

  describe('who sees a photo file', () => {
    let photo: {
      id: number | string
      filename: string
      sizes: Record<string, { filename: string }>
    }
    let release: string | number
    const fileStatuses = async () => {
      const paths = [
        `/api/photos/file/${photo.filename}`,
        ...Object.values(photo.sizes).map((s) => `/api/photos/sizes/${s.filename}`),
      ]
      expect(paths).toHaveLength(11)
      return [...new Set(await Promise.all(paths.map(async (p) => (await n.http.get(p)).status)))]
    }

    beforeAll(async () => {
      photo = (await upload(await redBlue(1600, 1000), 'rilis.jpg', 'image/jpeg').expect(201)).body
        .doc
      release = (
        await n.http
          .post('/api/press-releases')
          .set('Authorization', f.writer.auth)
          .send({ title: 'Rilis dengan foto', unit: f.units.kominfo, featuredPhoto: photo.id })
          .expect(201)
      ).body.doc.id
    })

    it('hides every size of a photo used only by a draft (404), from the API too', async () => {
      expect(await fileStatuses()).toEqual([404])
      await n.http.get(`/api/photos/${photo.id}`).expect(404)
      const staff = await n.http
        .get(`/api/photos/file/${photo.filename}`)
        .set('Authorization', f.writer.auth)
      expect(staff.status).toBe(200)
    })

    it('keeps it hidden while the release is published under embargo, and shows it when the release is public', async () => {
      await act(n, f.writer.auth, 'press-releases', release, { action: 'submit' }).expect(200)
      await act(n, f.editor.auth, 'press-releases', release, { action: 'approve' }).expect(200)
      const embargoUntil = new Date(Date.now() + 2500)
      await n.http
        .patch(`/api/press-releases/${release}`)
        .set('Authorization', f.editor.auth)
        .send({ embargoUntil: embargoUntil.toISOString() })
        .expect(200)
      await act(n, f.editor.auth, 'press-releases', release, { action: 'publish' }).expect(200)
      expect(await fileStatuses()).toEqual([404])
      await waitFor(async () => Date.now() > embargoUntil.getTime(), 5000)
      expect(await fileStatuses()).toEqual([200])
    })

    it('shows a photo an editor marked public', async () => {
      const loose = (await upload(await redBlue(800, 600), 'lepas.jpg', 'image/jpeg').expect(201))
        .body.doc
      expect((await n.http.get(`/api/photos/file/${loose.filename}`)).status).toBe(404)
      await n.http
        .patch(`/api/photos/${loose.id}`)
        .set('Authorization', f.editor.auth)
        .send({ isPublic: true })
        .expect(200)
      expect((await n.http.get(`/api/photos/file/${loose.filename}`)).status).toBe(200)
    })
  })

  it('refuses to publish a release whose photo shows minors without recorded consent', async () => {
    const child = (
      await upload(await redBlue(800, 600), 'anak.jpg', 'image/jpeg', {
        ...META,
        containsMinors: true,
      }).expect(201)
    ).body.doc
    const id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title: 'Posyandu serentak', unit: f.units.kominfo, gallery: [child.id] })
        .expect(201)
    ).body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    const refused = await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(
      409,
    )
    expect(refused.body.errors[0].code).toBe('CONSENT_MISSING')
    expect(refused.body.errors[0].message).toMatch(/UU 27\/2022/)
    await n.http
      .patch(`/api/photos/${child.id}`)
      .set('Authorization', f.editor.auth)
      .send({ consentRecorded: true })
      .expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
  })

  it('gives each public item a 1200×630 share card at a stable address, regenerated when the title changes', async () => {
    const photo = (await upload(await redBlue(1600, 1000), 'kartu.jpg', 'image/jpeg').expect(201))
      .body.doc
    const id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({
          title: 'Gubernur Resmikan Jembatan Suramadu Dua',
          unit: f.units.kominfo,
          featuredPhoto: photo.id,
        })
        .expect(201)
    ).body.doc.id
    const draft = await n.http
      .get(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .expect(200)
    expect(draft.body.shareImage).toBeUndefined()
    await n.http.get(`/share/press-releases/${draft.body.slug}.jpg`).expect(404)

    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'force-publish',
      reason: 'Uji kartu berbagi',
    }).expect(200)
    const pub = await n.http.get(`/api/press-releases/${id}`).expect(200)
    expect(pub.body.shareImage).toMatchObject({
      url: expect.stringContaining(`/share/press-releases/${pub.body.slug}.jpg`),
      width: 1200,
      height: 630,
    })
    const first = await n.http
      .get(`/share/press-releases/${pub.body.slug}.jpg`)
      .buffer(true)
      .parse((res, cb) => {
        const parts: Buffer[] = []
        res.on('data', (c: Buffer) => parts.push(c))
        res.on('end', () => cb(null, Buffer.concat(parts)))
      })
      .expect(200)
    expect(first.headers['content-type']).toBe('image/jpeg')
    const meta = await sharp(first.body as Buffer).metadata()
    expect({ width: meta.width, height: meta.height }).toEqual({ width: 1200, height: 630 })
    await n.http
      .get(`/share/press-releases/${pub.body.slug}.jpg`)
      .set('If-None-Match', first.headers.etag)
      .expect(304)

    await n.payload.update({
      collection: 'press-releases',
      id,
      data: { title: 'Gubernur Resmikan Jembatan Suramadu Dua dan Tiga' },
      context: { humasWorkflowTransition: true },
    })
    const second = await n.http.get(`/share/press-releases/${pub.body.slug}.jpg`).expect(200)
    expect(second.headers.etag).not.toBe(first.headers.etag)
  })
})
