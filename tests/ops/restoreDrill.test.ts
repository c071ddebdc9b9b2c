import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import supertest from 'supertest'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { runBackup } from '../../src/ops/backup.js'
import { sqliteFileOf } from '../../src/ops/databaseConnection.js'
import { RestoreRefused, runRestore } from '../../src/ops/restore.js'
import { createNewsroom, type Newsroom } from '../../src/server.js'
import { WORKFLOW_STATES } from '../../src/workflow/states.js'
import { redBlue } from '../helpers/images.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestDatabase,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, workflowFixture } from '../helpers/workflowFixture.js'

const PASSWORD = 'Sandi-Uji-12345'

/** Empties the database for good: the SQLite file deleted, the PostgreSQL database dropped and created again. */
const wipe = async (db: TestDatabase, uri: string): Promise<void> => {
  if (db === 'sqlite') {
    const file = sqliteFileOf(uri)
    for (const s of ['', '-wal', '-shm']) fs.rmSync(`${file}${s}`, { force: true })
    return
  }
  const name = new URL(uri).pathname.slice(1)
  const admin = new pg.Client({
    connectionString: `postgres://humas:humas@127.0.0.1:${process.env.TEST_PG_PORT}/postgres`,
  })
  await admin.connect()
  await admin.query(`DROP DATABASE ${name} WITH (FORCE)`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
}

/** `npm run restore` as an operator runs it. */
const restoreCli = (from: string, env: Record<string, string>) =>
  new Promise<{ code: number | null; out: string }>((resolve) => {
    let out = ''
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx/esm', 'scripts/restore.ts', from],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, LOG_LEVEL: 'silent', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => resolve({ code, out }))
  })

describe.each(DATABASES)('restore drill (%s)', (db) => {
  let n: TestNewsroom
  let restored: Newsroom | undefined
  const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-backups-'))
  const restoredMedia = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-restored-media-'))

  beforeAll(async () => {
    // The built-in PostgreSQL export, whatever pg_dump the machine has (pg_dump has its own test).
    process.env.BACKUP_PG_METHOD = 'logical'
    n = await startNewsroom(db)
  })
  afterAll(async () => {
    delete process.env.BACKUP_PG_METHOD
    await restored?.close()
    await n?.stop().catch(() => undefined)
    fs.rmSync(backups, { recursive: true, force: true })
    fs.rmSync(restoredMedia, { recursive: true, force: true })
  })

  it('backs up while writes go on, restores into an empty store identical to the manifest, and the newsroom works again', async () => {
    const f = await workflowFixture(n)
    // Items in every workflow state, in both news collections.
    const items: { collection: string; id: string | number; title: string; state: string }[] = []
    for (const collection of ['press-releases', 'event-coverage'] as const)
      for (const state of WORKFLOW_STATES) {
        const doc = await makeItem(n.payload, collection, { unit: f.units.kominfo, state })
        items.push({ collection, id: doc.id, title: doc.title as string, state })
      }
    // Audit entries from real transitions (and a refusal).
    const draft = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis sebelum cadangan', unit: f.units.kominfo })
      .expect(201)
    await act(n, f.writer.auth, 'press-releases', draft.body.doc.id, { action: 'submit' }).expect(
      200,
    )
    await act(n, f.writer.auth, 'press-releases', draft.body.doc.id, { action: 'approve' }).expect(
      403,
    )
    await act(n, f.editor.auth, 'press-releases', draft.body.doc.id, { action: 'approve' }).expect(
      200,
    )
    // Photos (real JPEGs, every size rendered).
    const photos: { filename: string }[] = []
    for (let i = 0; i < 3; i++) {
      const res = await n.http
        .post('/api/photos')
        .set('Authorization', f.writer.auth)
        .field(
          '_payload',
          JSON.stringify({ alt: `Foto ${i}`, caption: 'Rapat koordinasi', credit: 'Humas Uji' }),
        )
        .attach('file', await redBlue(640 + i * 16, 480), {
          filename: `rakor-${i}.jpg`,
          contentType: 'image/jpeg',
        })
        .expect(201)
      photos.push(res.body.doc)
    }
    // Agenda and a portal client with a key.
    await n.payload.create({
      collection: 'agenda',
      data: {
        title: 'Rapat koordinasi pimpinan',
        unit: f.units.kominfo,
        startsAt: '2026-12-01T02:00:00.000Z',
        endsAt: '2026-12-01T04:00:00.000Z',
        timezone: 'Asia/Jakarta',
        status: 'terjadwal',
        visibility: 'public',
      } as never,
    })
    const client = await n.http
      .post('/api/portal-clients')
      .set('Authorization', f.admin.auth)
      .send({ name: 'Portal Kabupaten', units: [f.units.province], includeChildUnits: true })
      .expect(201)
    const { apiKey } = (
      await n.http
        .post(`/api/portal-clients/${client.body.doc.id}/rotate-key`)
        .set('Authorization', f.admin.auth)
        .expect(200)
    ).body

    // Writes keep coming while the backup runs: drafts created and submitted, over HTTP.
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        const res = await n.http
          .post('/api/press-releases')
          .set('Authorization', f.writer.auth)
          .send({ title: `Rilis saat pencadangan ${written}`, unit: f.units.kominfo })
        if (res.status === 201) {
          await act(n, f.writer.auth, 'press-releases', res.body.doc.id, { action: 'submit' })
          written++
        }
      }
    })()
    let backup: Awaited<ReturnType<typeof runBackup>>
    try {
      while (written < 2) await new Promise((r) => setTimeout(r, 20))
      backup = await runBackup({ databaseUri: n.databaseUri, mediaDir: n.mediaDir, into: backups })
    } finally {
      writing = false
      await writer
    }
    const { dir, manifest } = backup
    expect(written).toBeGreaterThanOrEqual(2)

    expect(manifest.database.method).toBe(db === 'sqlite' ? 'sqlite-vacuum-into' : 'logical')
    expect(manifest.collections['press-releases']).toBeGreaterThanOrEqual(
      WORKFLOW_STATES.length + 1 + 2,
    )
    expect(manifest.collections['event-coverage']).toBe(WORKFLOW_STATES.length)
    expect(manifest.collections.agenda).toBe(1)
    expect(manifest.collections['portal-clients']).toBe(1)
    expect(manifest.collections.photos).toBe(3)
    expect(manifest.auditHead?.seq).toBeGreaterThanOrEqual(3 + 2)
    // Every photo has its original and its sizes in the backup.
    expect(manifest.media.files).toBeGreaterThanOrEqual(3 * 2)
    for (const p of photos) expect(manifest.media.entries.map((e) => e.path)).toContain(p.filename)

    // Disaster: the newsroom stops, its database and media are gone.
    await n.stop()
    await wipe(db, n.databaseUri)

    const result = await runRestore({
      from: dir,
      databaseUri: n.databaseUri,
      mediaDir: restoredMedia,
    })
    expect(result.differences).toEqual([])

    // Restoring over what is now a full newsroom is refused, by the library and by the CLI.
    await expect(
      runRestore({ from: dir, databaseUri: n.databaseUri, mediaDir: restoredMedia }),
    ).rejects.toBeInstanceOf(RestoreRefused)
    const cli = await restoreCli(dir, { DATABASE_URI: n.databaseUri, MEDIA_DIR: restoredMedia })
    expect(cli.code).toBe(1)
    expect(cli.out).toContain('Tujuan tidak kosong')

    // The restored newsroom: every fixture item as it was, logins, portal keys, photos, the audit chain.
    restored = await createNewsroom({
      databaseUri: n.databaseUri,
      mediaDir: restoredMedia,
      secret: 'test-secret-for-humas-newsroom',
      jobs: false,
    })
    const http = supertest(restored.app)
    for (const item of items) {
      const doc = await restored.payload.findByID({
        collection: item.collection as 'press-releases',
        id: item.id,
        depth: 0,
      })
      expect({ title: doc.title, state: doc.workflowStatus }).toEqual({
        title: item.title,
        state: item.state,
      })
    }
    const login = await http
      .post('/api/users/login')
      .send({ email: f.editor.email, password: PASSWORD })
      .expect(200)
    expect(login.body.user.id).toBe(f.editor.id)
    const portal = await http
      .get('/api/press-releases?limit=100')
      .set('Authorization', `portal-clients API-Key ${apiKey}`)
      .expect(200)
    expect(portal.body.docs.map((d: { title: string }) => d.title)).toContain(
      items.find((i) => i.state === 'published')?.title,
    )
    for (const p of photos) {
      const file = await http
        .get(`/api/photos/file/${p.filename}`)
        .set('Authorization', `JWT ${login.body.token}`)
        .expect(200)
      expect(createHash('sha256').update(file.body).digest('hex')).toBe(
        manifest.media.entries.find((e) => e.path === p.filename)?.sha256,
      )
    }
    const chain = await verifyAuditChain(restored.payload, manifest.auditHead ?? undefined)
    expect(chain).toMatchObject({ ok: true, entries: manifest.auditHead?.seq })
  })
})
