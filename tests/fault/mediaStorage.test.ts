import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import supertest from 'supertest'
import { placeholderPhoto } from '../../src/media/placeholderPhoto.js'
import { createNewsroom, type Newsroom } from '../../src/server.js'
import { DATABASES, freshDatabaseUri } from '../helpers/newsroomHarness.js'

/** A genuinely small, genuinely full or read-only disk: a tmpfs of its own (the tests run as root). */
const mount = (dir: string, options: string) =>
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir])
const remount = (dir: string, mode: 'ro' | 'rw') =>
  execFileSync('mount', ['-o', `remount,${mode}`, dir])

describe.each(DATABASES)('media store faults: full, read-only, missing (%s)', (db) => {
  const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-media-mount-'))
  const mediaDir = path.join(mountPoint, 'media')
  let newsroom: Newsroom
  let http: ReturnType<typeof supertest>
  let auth: string
  let photo: Buffer

  beforeAll(async () => {
    mount(mountPoint, 'size=2m')
    newsroom = await createNewsroom({
      secret: 'test-secret-for-humas-newsroom',
      sensitivePerMinute: 10_000,
      databaseUri: await freshDatabaseUri(db),
      mediaDir,
    })
    http = supertest(newsroom.app)
    await newsroom.payload.create({
      collection: 'users',
      data: {
        email: 'penulis.disk@uji.test',
        password: 'Sandi-Uji-12345',
        name: 'Penulis Disk',
        role: 'writer',
      },
    })
    auth = `JWT ${(await http.post('/api/users/login').send({ email: 'penulis.disk@uji.test', password: 'Sandi-Uji-12345' }).expect(200)).body.token}`
    photo = await placeholderPhoto('Uji penyimpanan', 20, 1200, 800)
  })
  afterAll(async () => {
    await newsroom?.close()
    try {
      execFileSync('umount', [mountPoint])
    } catch {
      // not mounted
    }
    fs.rmSync(mountPoint, { recursive: true, force: true })
  })

  const upload = () =>
    http
      .post('/api/photos')
      .set('Authorization', auth)
      .field(
        '_payload',
        JSON.stringify({ alt: 'Rapat', caption: 'Rapat koordinasi', credit: 'Foto: Humas Uji' }),
      )
      .attach('file', photo, { filename: 'rakor.jpg', contentType: 'image/jpeg' })
  const listing = () => (fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [])
  const photoCount = async () => (await newsroom.payload.count({ collection: 'photos' })).totalDocs

  it('answers 507 STORAGE_UNAVAILABLE on a full disk, leaves nothing behind, and the next upload works once there is room', async () => {
    fs.mkdirSync(mediaDir, { recursive: true })
    const before = listing()
    const filler = path.join(mountPoint, 'filler')
    const free = fs.statfsSync(mountPoint)
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free.bavail * free.bsize - 8 * 1024)))
    const full = await upload()
    expect(full.status).toBe(507)
    expect(full.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    expect(full.body.errors[0].message).toMatch(/penuh/)
    expect(listing()).toEqual(before)
    expect(await photoCount()).toBe(0)

    fs.rmSync(filler)
    const ok = await upload()
    expect(ok.status).toBe(201)
    expect(listing()).toContain(ok.body.doc.filename)
    expect(listing().some((f) => f.endsWith('.tmp') || f.endsWith('.probe'))).toBe(false)
  })

  it('answers 503 STORAGE_UNAVAILABLE on a read-only store, and the next upload works once it is writable', async () => {
    const before = listing()
    const count = await photoCount()
    remount(mountPoint, 'ro')
    try {
      const refused = await upload()
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    } finally {
      remount(mountPoint, 'rw')
    }
    expect(listing()).toEqual(before)
    expect(await photoCount()).toBe(count)
    await upload().expect(201)
  })

  it('answers 503 STORAGE_UNAVAILABLE when the media folder is missing and cannot be made, and works once it can', async () => {
    fs.rmSync(mediaDir, { recursive: true, force: true })
    const count = await photoCount()
    remount(mountPoint, 'ro')
    try {
      const refused = await upload()
      expect(refused.status).toBe(503)
      expect(refused.body.errors[0]).toMatchObject({ code: 'STORAGE_UNAVAILABLE' })
    } finally {
      remount(mountPoint, 'rw')
    }
    expect(fs.existsSync(mediaDir)).toBe(false)
    expect(await photoCount()).toBe(count)
    await upload().expect(201)
  })
})
