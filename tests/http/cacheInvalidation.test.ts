import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { responseCacheFor } from '../../src/cache/responseCache.js'
import { invalidationBusFor, LISTENER_NAME } from '../../src/cache/invalidationBus.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

const LIST = '/api/press-releases?limit=100&depth=0'

/** What a write empties: only what the public may see. */
describe.each(DATABASES)('invalidating what changed (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const cache = () => responseCacheFor(n.payload)
  const publicTitles = async () =>
    (await n.http.get(LIST).expect(200)).body.docs.map((d: { title: string }) => d.title)
  /** Fills the cache and returns its generation (bumped by every invalidation). */
  const warm = async () => {
    await publicTitles()
    expect(cache().size).toBeGreaterThan(0)
    return cache().generation
  }

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis terbit sebelumnya',
    })
  })
  afterAll(async () => n?.stop())

  it('keeps the public cache through draft saves, a submission, staff-only edits and refusals; empties it when the public sees a change', async () => {
    const id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title: 'Draf rapat koordinasi', unit: f.units.kominfo })
        .expect(201)
    ).body.doc.id
    let generation = await warm()
    const unchanged = async (what: string) => {
      expect({ what, generation: cache().generation }).toEqual({ what, generation })
      expect(cache().size).toBeGreaterThan(0)
    }

    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ title: 'Draf rapat koordinasi (revisi)', summary: 'Ringkasan baru' })
      .expect(200)
    await unchanged('a draft saved')
    await n.http
      .post('/api/graphql')
      .set('Authorization', f.writer.auth)
      .send({
        query: `mutation { updatePressRelease(id: ${JSON.stringify(id)}, data: { summary: "Lewat GraphQL" }) { id } }`,
      })
      .expect(200)
    await unchanged('a draft saved through GraphQL')
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await unchanged('a submission')
    await act(n, f.writer.auth, 'press-releases', id, { action: 'approve' }).expect(403)
    await unchanged('a refused transition')
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await unchanged('an approval')

    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
    expect(cache().generation).toBeGreaterThan(generation)
    expect(await publicTitles()).toContain('Draf rapat koordinasi (revisi)')

    generation = await warm()
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.editor.auth)
      .send({ internalNotes: 'Cek ulang angka korban dengan BPBD' })
      .expect(200)
    await unchanged('a staff-only field of a published item')

    await n.http
      .patch(`/api/units/${f.units.kominfo}`)
      .set('Authorization', f.admin.auth)
      .send({ name: 'Diskominfo Uji (baru)' })
      .expect(200)
    expect(cache().generation).toBeGreaterThan(generation)

    generation = await warm()
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'withdraw',
      reason: 'Ditarik: angka korban belum terverifikasi.',
    }).expect(200)
    expect(cache().generation).toBeGreaterThan(generation)
    expect(await publicTitles()).not.toContain('Draf rapat koordinasi (revisi)')
  })
})

const withPostgres = DATABASES.includes('postgres') ? describe : describe.skip

/** Two newsrooms (two instances) on one PostgreSQL database: LISTEN/NOTIFY keeps one cache truth. */
withPostgres('one cache truth across instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let a: TestNewsroom
  let b: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  let admin: pg.Client
  const titlesOn = async (n: TestNewsroom) =>
    (await n.http.get(LIST).expect(200)).body.docs.map((d: { title: string }) => d.title)
  const listeners = async () =>
    (
      await admin.query(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
        [LISTENER_NAME],
      )
    ).rows.map((r) => Number(r.pid))
  const approved = async (title: string) => {
    const id = (
      await a.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title, unit: f.units.kominfo })
        .expect(201)
    ).body.doc.id
    await act(a, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(a, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    return id
  }

  const ttl = process.env.PUBLIC_CACHE_TTL_MS
  beforeAll(async () => {
    // Thirty minutes: only an invalidation, never an expiry, can make B show the change.
    process.env.PUBLIC_CACHE_TTL_MS = String(30 * 60_000)
    a = await startNewsroom('postgres', { jobs: false })
    b = await startNewsroom('postgres', { jobs: false, databaseUri: a.databaseUri })
    f = await workflowFixture(a)
    admin = new pg.Client({ connectionString: a.databaseUri })
    await admin.connect()
  })
  afterAll(async () => {
    if (ttl === undefined) delete process.env.PUBLIC_CACHE_TTL_MS
    else process.env.PUBLIC_CACHE_TTL_MS = ttl
    await admin?.end()
    await b?.stop()
    await a?.stop()
  })

  it('shows on B what was published on A, and again after B’s listener connection was cut', async () => {
    const first = await approved('Status siaga gunung api dinaikkan')
    expect(await titlesOn(b)).not.toContain('Status siaga gunung api dinaikkan')
    const heard = invalidationBusFor(b.payload)!.received
    await act(a, f.editor.auth, 'press-releases', first, { action: 'publish' }).expect(200)
    const ms = await waitFor(
      async () => (await titlesOn(b)).includes('Status siaga gunung api dinaikkan'),
      30_000,
    )
    expect(invalidationBusFor(b.payload)!.received).toBeGreaterThan(heard)
    console.log(`visible on instance B ${ms} ms after the publication returned on A`)

    // The listeners' connections are cut (a database restart, a proxy timeout): they reconnect.
    const before = await listeners()
    expect(before).toHaveLength(2)
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before])
    await waitFor(async () => {
      const now = await listeners()
      return now.length === 2 && now.every((pid) => !before.includes(pid))
    }, 30_000)
    const second = await approved('Jalur evakuasi kedua dibuka')
    expect(await titlesOn(b)).not.toContain('Jalur evakuasi kedua dibuka')
    await act(a, f.editor.auth, 'press-releases', second, { action: 'publish' }).expect(200)
    await waitFor(async () => (await titlesOn(b)).includes('Jalur evakuasi kedua dibuka'), 30_000)
  })
})
