import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { responseCacheFor } from '../../src/cache/responseCache.js'
import { readReplicasOf } from '../../src/db/readReplicas.js'
import { WORKFLOW_CONTEXT } from '../../src/workflow/ownedFields.js'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { startStreamingReplica, type StreamingReplica } from '../helpers/streamingReplica.js'
import { act, waitFor } from '../helpers/workflowFixture.js'
import { login, request, startChildNewsroom, type ChildNewsroom } from '../helpers/childNewsroom.js'

// A real PostgreSQL streaming replica exists only on PostgreSQL: on a SQLite-only run the suite is
// skipped and says why (describe.each over no database would fail the run instead).
const onPostgres = DATABASES.includes('postgres')
const suite = onPostgres ? describe : describe.skip

suite(
  onPostgres
    ? 'DATABASE_READ_REPLICAS on a real streaming replica (postgres)'
    : 'DATABASE_READ_REPLICAS (skipped: needs PostgreSQL, TEST_DATABASES has no postgres)',
  () => {
    const DB = `humas_replica_${process.pid}`
    let pair: StreamingReplica
    let n: TestNewsroom
    type Staff = Awaited<ReturnType<TestNewsroom['staff']>>
    let f: { units: { kominfo: string | number }; writer: Staff; editor: Staff; admin: Staff }
    let portal: string
    let published: string | number

    const replicas = () => readReplicasOf(n.payload)!
    const replicaServing = () => waitFor(async () => replicas().status().current === 1, 30_000)
    const cache = () => responseCacheFor(n.payload)
    const titleOf = async (id: string | number, auth?: string) => {
      const req = n.http.get(`/api/press-releases/${id}?depth=0`)
      const res = await (auth ? req.set('Authorization', auth) : req).expect(200)
      return res.body.title as string
    }
    /** What the primary says, bypassing the newsroom: a write this instance does not know of. */
    const retitleBehindTheNewsroomsBack = (id: string | number, title: string) =>
      pair.query('primary', DB, 'update press_releases set title = $1 where id = $2', [title, id])

    /**
     * Proof that anonymous and portal reads are served by the replica and staff reads by the
     * primary: with replay paused, a change made on the primary only is seen by staff and not by
     * the public, until the replica replays it.
     */
    const expectPublicReadsOnReplica = async (title: string) => {
      await replicaServing()
      const before = await titleOf(published)
      await pair.pauseReplay()
      try {
        await retitleBehindTheNewsroomsBack(published, title)
        expect(await titleOf(published, f.editor.auth)).toBe(title)
        expect(await titleOf(published)).toBe(before)
        expect(await titleOf(published, portal)).toBe(before)
        const feed = await n.http.get('/feeds/feed.json').expect(200)
        const feedTitles = feed.body.items.map((i: { title: string }) => i.title)
        expect(feedTitles).toContain(before)
        expect(feedTitles).not.toContain(title)
      } finally {
        await pair.resumeReplay()
      }
      await waitFor(async () => (await titleOf(published)) === title, 30_000)
    }

    beforeAll(async () => {
      pair = await startStreamingReplica()
      await pair.createDatabase(DB)
      n = await startNewsroom('postgres', {
        databaseUri: pair.primary.uri(DB),
        readReplicas: [pair.replica.uri(DB)],
      })
      const kominfo = (await makeUnit(n.payload, 'Diskominfo Uji')).id
      f = {
        units: { kominfo },
        writer: await n.staff('writer', kominfo),
        editor: await n.staff('editor', kominfo),
        admin: await n.staff('admin'),
      }
      const client = await n.http
        .post('/api/portal-clients')
        .set('Authorization', f.admin.auth)
        .send({ name: 'Portal Kabupaten Uji', units: [f.units.kominfo] })
        .expect(201)
      const rotated = await n.http
        .post(`/api/portal-clients/${client.body.doc.id}/rotate-key`)
        .set('Authorization', f.admin.auth)
        .expect(200)
      portal = `portal-clients API-Key ${rotated.body.apiKey}`
      published = (
        await makeItem(n.payload, 'press-releases', {
          state: 'published',
          unit: f.units.kominfo,
          title: 'Rilis yang sudah terbit',
        })
      ).id
      // Every read computed, so that each one shows which server answered it.
      cache().enabled = false
    }, 120_000)
    afterAll(async () => {
      await n?.stop()
      await pair?.destroy()
    })

    it('serves anonymous, portal and feed reads from the replica and staff reads from the primary', async () => {
      await expectPublicReadsOnReplica('Rilis yang sudah terbit (diubah di primer)')
    })

    it('shows an editor their approval at once and the public a publication on the next read, while the replica lags', async () => {
      cache().enabled = true
      const publicList = async () =>
        (await n.http.get('/api/press-releases?limit=100&depth=0').expect(200)).body.docs.map(
          (d: { id: unknown }) => String(d.id),
        ) as string[]
      const id = (
        await n.http
          .post('/api/press-releases')
          .set('Authorization', f.writer.auth)
          .send({ title: 'Rilis yang disetujui saat replika tertinggal', unit: f.units.kominfo })
          .expect(201)
      ).body.doc.id
      await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
      await replicaServing()
      expect(await publicList()).not.toContain(String(id)) // cached, served by the replica
      await pair.pauseReplay()
      try {
        await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
        // The replica has not replayed the approval; the editor and the writer read the primary.
        const [onReplica] = await pair.query<{ workflow_status: string }>(
          'replica',
          DB,
          'select workflow_status from press_releases where id = $1',
          [id],
        )
        expect(onReplica.workflow_status).toBe('in_review')
        for (const who of [f.editor, f.writer]) {
          const mine = await n.http
            .get(`/api/press-releases/${id}?depth=0`)
            .set('Authorization', who.auth)
            .expect(200)
          expect(mine.body.workflowStatus).toBe('approved')
        }
        const workflow = await n.http
          .get(`/api/press-releases/${id}/workflow`)
          .set('Authorization', f.editor.auth)
          .expect(200)
        expect(workflow.body.state).toBe('approved')

        await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
        // Still not on the replica, and yet the very next anonymous read shows the publication:
        // the replica serves again only once it has replayed it.
        expect(
          (
            await pair.query(
              'replica',
              DB,
              'select workflow_status from press_releases where id = $1',
              [id],
            )
          )[0].workflow_status,
        ).toBe('in_review')
        expect(await publicList()).toContain(String(id))
        expect(await titleOf(id)).toBe('Rilis yang disetujui saat replika tertinggal')
        expect(replicas().status()).toMatchObject({ current: 0, catchingUp: 1 })
      } finally {
        await pair.resumeReplay()
      }
      await replicaServing()
      expect(await publicList()).toContain(String(id))
      cache().enabled = false
    })

    it('keeps replicas aside from a write inside a transaction until that transaction has committed and been replayed', async () => {
      // A Local API write (seeding, jobs, scripts) is noticed by a collection hook, before its commit.
      await replicaServing()
      const req = await createLocalReq({}, n.payload)
      await initTransaction(req)
      const doc = await n.payload.create({
        collection: 'press-releases',
        data: {
          title: 'Terbit dari dalam transaksi',
          unit: f.units.kominfo,
          workflowStatus: 'published',
          publishedAt: new Date().toISOString(),
        } as never,
        context: { [WORKFLOW_CONTEXT]: true },
        req,
      })
      // The replica replays everything written so far (the uncommitted row included), and has time
      // to be checked (checks are at most 100 ms apart); yet it cannot have replayed a commit that has
      // not happened, so it stays aside however long the transaction stays open.
      await pair.waitForReplay()
      await new Promise((r) => setTimeout(r, 500))
      expect(replicas().status()).toMatchObject({ current: 0, catchingUp: 1 })
      await pair.pauseReplay()
      try {
        await commitTransaction(req)
        expect(await titleOf(doc.id)).toBe('Terbit dari dalam transaksi')
      } finally {
        await pair.resumeReplay()
      }
      await replicaServing()
      expect(await titleOf(doc.id)).toBe('Terbit dari dalam transaksi')
    })

    it('keeps serving every read from the primary while the replica is down, says so on /readyz, and uses the replica again once it is back', async () => {
      const ready = await n.http.get('/readyz').expect(200)
      expect(ready.body.readReplicas).toEqual({
        configured: 1,
        current: 1,
        catchingUp: 0,
        down: 0,
        publicReadsFrom: 'replica',
      })

      await pair.stopReplica()
      const title = await titleOf(published, f.editor.auth)
      // The pooled replica connections were cut: every read still answers, from the primary.
      for (let i = 0; i < 10; i++) {
        expect(await titleOf(published)).toBe(title)
        expect(await titleOf(published, portal)).toBe(title)
      }
      await n.http.get('/feeds/feed.json').expect(200)
      const down = await n.http.get('/readyz').expect(200)
      expect(down.body).toMatchObject({
        status: 'ready',
        readReplicas: { configured: 1, current: 0, down: 1, publicReadsFrom: 'primary' },
      })

      // Writes and the next public read work too.
      await n.http
        .patch(`/api/press-releases/${published}`)
        .set('Authorization', f.editor.auth)
        .send({ summary: 'Ringkasan saat replika mati.' })
        .expect(200)
      const id = (
        await makeItem(n.payload, 'press-releases', {
          state: 'published',
          unit: f.units.kominfo,
          title: 'Terbit saat replika mati',
        })
      ).id
      expect(await titleOf(id)).toBe('Terbit saat replika mati')

      await pair.startReplica()
      await waitFor(
        async () =>
          (await n.http.get('/readyz').expect(200)).body.readReplicas.publicReadsFrom === 'replica',
        30_000,
      )
      await expectPublicReadsOnReplica('Rilis yang sudah terbit (setelah replika kembali)')
    })

    it('takes DATABASE_READ_REPLICAS from the environment in production (migrated on boot) and serves public reads from the replica, staff reads from the primary', async () => {
      const PROD = `${DB}_prod`
      await pair.createDatabase(PROD)
      let child: ChildNewsroom | undefined
      try {
        child = await startChildNewsroom(pair.primary.uri(PROD), {
          DATABASE_READ_REPLICAS: pair.replica.uri(PROD),
        })
        const base = child.base
        const readsFrom = async () => {
          const ready = await request(base, 'GET', '/readyz')
          return 'status' in ready ? JSON.parse(ready.body).readReplicas?.publicReadsFrom : null
        }
        const auth = { authorization: await login(base) }
        const created = await request(base, 'POST', '/api/units', {
          headers: auth,
          body: { name: 'Dinas Replika', type: 'opd', timezone: 'Asia/Jakarta' },
        })
        const unit = JSON.parse((created as { body: string }).body).doc.id
        await waitFor(async () => (await readsFrom()) === 'replica', 30_000)
        const nameOf = async (headers: Record<string, string> = {}) =>
          JSON.parse(
            (
              (await request(base, 'GET', `/api/units/${unit}?depth=0`, { headers })) as {
                body: string
              }
            ).body,
          ).name
        await pair.pauseReplay()
        try {
          await pair.query(
            'primary',
            PROD,
            `update units set name = 'Dinas Primer' where id = $1`,
            [unit],
          )
          expect(await nameOf(auth)).toBe('Dinas Primer')
          expect(await nameOf()).toBe('Dinas Replika')
        } finally {
          await pair.resumeReplay()
        }
      } finally {
        if (child?.alive()) {
          child.child.kill('SIGTERM')
          await child.exited
        }
      }
    })
  },
)
