import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import {
  CHILD_ADMIN,
  request,
  startChildNewsroom,
  waitFor,
  type ChildNewsroom,
} from '../helpers/childNewsroom.js'
import { DATABASES, freshDatabaseUri } from '../helpers/newsroomHarness.js'
import { hasNginx, startNginx, type Nginx } from '../helpers/nginx.js'

type Received = { portal: string; delivery: string; event: string; id: string }

/** Portals' webhook endpoints on 127.0.0.1: every delivery is recorded and answered 204. */
const startPortals = async () => {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const json = JSON.parse(body) as { event: string; id: string }
      received.push({
        portal: (req.url ?? '/').slice(1),
        delivery: String(req.headers['x-humas-delivery']),
        event: json.event,
        id: String(json.id),
      })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    received,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      }),
  }
}

/** The worker processes of a cluster primary (not tsx's esbuild service, also its child). */
const workersOf = (pid: number): number[] => {
  let listing = ''
  try {
    listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
  } catch {
    return [] // ps exits 1 when no process matches
  }
  return listing
    .split('\n')
    .filter((line) => line.includes('src/start.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((n) => n > 0)
}

/** Each worker says it listens; the second starts once the first does. */
const bothListening = (i: ChildNewsroom) =>
  waitFor(
    'both workers listening',
    async () => i.output().split('Humas Newsroom berjalan di').length > 2,
    300_000,
  )

/** Long enough that only an invalidation, never an expiry, can make a change visible during the test. */
const LONG_TTL = { PUBLIC_CACHE_TTL_MS: String(30 * 60_000) }
const json = { 'Content-Type': 'application/json' }
/** A cluster boots its primary, then its first worker, then the others: slow on a busy CI machine. */
const BOOT = { bootTimeoutMs: 300_000 }

const call = async (
  base: string,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: unknown,
) => {
  const res = await request(base, method, url, { headers, body })
  if (!('status' in res)) throw new Error(`${method} ${base}${url}: ${res.error}`)
  let parsed: any = null
  try {
    parsed = JSON.parse(res.body)
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed }
}

const LIST = '/api/press-releases?limit=100&depth=0&sort=-publishedAt'
const listedIds = async (base: string): Promise<string[]> => {
  const res = await call(base, 'GET', LIST)
  expect(res.status).toBe(200)
  return (res.body.docs as { id: number }[]).map((d) => String(d.id))
}

const withPostgresAndNginx = DATABASES.includes('postgres') && hasNginx() ? describe : describe.skip

/**
 * A province's deployment in small: three app instances (one of them a two-worker cluster) on one
 * PostgreSQL, behind Debian's nginx. An editorial life goes through the load balancer, and every
 * instance is also read directly: what one instance changes, every other one shows on its next
 * reads (cache invalidation by LISTEN/NOTIFY); a scheduled publication happens once; each portal
 * hears each event once.
 */
withPostgresAndNginx('three instances behind nginx on one PostgreSQL', () => {
  let databaseUri: string
  let db: pg.Client
  let portals: Awaited<ReturnType<typeof startPortals>>
  let lb: Nginx | undefined
  const instances: ChildNewsroom[] = []

  beforeAll(async () => {
    portals = await startPortals()
    databaseUri = await freshDatabaseUri('postgres')
    db = new pg.Client({ connectionString: databaseUri })
    await db.connect()
  }, 60_000)
  afterAll(async () => {
    await lb?.stop()
    for (const i of instances) if (i.alive()) i.child.kill('SIGKILL')
    await db?.end()
    await portals?.close()
  })

  it('runs an editorial life through the load balancer with one cache truth, one publication and one delivery per event', async () => {
    const env = { ...LONG_TTL, JOB_POLL_MS: '250', WEBHOOK_RETRY_DELAY_MS: '200' }
    // A is a cluster of two workers; it applies the migrations and creates the admin, then B and C boot together.
    const a = await startChildNewsroom(databaseUri, { ...env, WEB_CONCURRENCY: '2' }, BOOT)
    instances.push(a)
    await bothListening(a)
    const [b, c] = await Promise.all(
      ['B', 'C'].map(() =>
        startChildNewsroom(databaseUri, { ...env, WEB_CONCURRENCY: '1', ADMIN_EMAIL: '' }, BOOT),
      ),
    )
    instances.push(b, c)
    const all = [a, b, c]
    lb = await startNginx(all.map((i) => i.port))
    const via = lb.base

    const login = async (email: string, password: string) => ({
      ...json,
      Authorization: `JWT ${(await call(via, 'POST', '/api/users/login', json, { email, password })).body.token}`,
    })
    const admin = await login(CHILD_ADMIN.email, CHILD_ADMIN.password)
    const unit = (
      await call(via, 'POST', '/api/units', admin, {
        name: 'BPBD Provinsi',
        type: 'opd',
        timezone: 'Asia/Jakarta',
      })
    ).body.doc.id
    for (const [email, role] of [
      ['penulis.klaster@uji.test', 'writer'],
      ['redaktur.klaster@uji.test', 'editor'],
    ])
      expect(
        (
          await call(via, 'POST', '/api/users', admin, {
            email,
            password: 'Sandi-Klaster-2026',
            name: email,
            role,
            unit,
          })
        ).status,
      ).toBe(201)
    const writer = await login('penulis.klaster@uji.test', 'Sandi-Klaster-2026')
    const editor = await login('redaktur.klaster@uji.test', 'Sandi-Klaster-2026')
    for (const name of ['portal-kota', 'portal-kabupaten'])
      expect(
        (
          await call(via, 'POST', '/api/portal-clients', admin, {
            name,
            webhookUrl: `${portals.base}/${name}`,
            webhookSecret: 'rahasia-portal',
            units: [unit],
          })
        ).status,
      ).toBe(201)

    const act = (base: string, id: string, body: Record<string, unknown>) =>
      call(base, 'POST', `/api/press-releases/${id}/workflow`, editor, body)
    const approvedItem = async (title: string) => {
      const id = String(
        (await call(via, 'POST', '/api/press-releases', writer, { title, unit })).body.doc.id,
      )
      expect(
        (
          await call(via, 'POST', `/api/press-releases/${id}/workflow`, writer, {
            action: 'submit',
          })
        ).status,
      ).toBe(200)
      expect((await act(via, id, { action: 'approve' })).status).toBe(200)
      return id
    }
    /** Reads every instance directly and through the load balancer (so each has the list cached). */
    const readEverywhere = async () =>
      Promise.all([...all.map((i) => i.base), via].map((base) => listedIds(base)))

    // 1. Published through the load balancer: every instance shows it on its next read, although
    //    each had the list cached for 30 minutes.
    const first = await approvedItem('Banjir bandang di lereng Arjuno: jalur evakuasi dibuka')
    for (const ids of await readEverywhere()) expect(ids).not.toContain(first)
    expect((await act(via, first, { action: 'publish' })).status).toBe(200)
    const visibleAfter: number[] = []
    for (const i of all) {
      const started = Date.now()
      await waitFor(`published item on ${i.base}`, async () =>
        (await listedIds(i.base)).includes(first),
      )
      visibleAfter.push(Date.now() - started)
    }
    expect((await listedIds(via)).includes(first)).toBe(true)

    // 2. The delay measured: a transition answered by one instance, then another instance read in a
    //    tight loop until it shows the change.
    const delays: number[] = []
    for (let round = 0; round < 6; round++) {
      const writerInstance = all[round % 3]
      const reader = all[(round + 1) % 3]
      const id = await approvedItem(`Pengukuran keterlihatan ${round}`)
      await listedIds(reader.base) // cached without it
      expect((await act(writerInstance.base, id, { action: 'publish' })).status).toBe(200)
      const answeredAt = performance.now()
      await waitFor(
        `item ${id} on another instance`,
        async () => (await listedIds(reader.base)).includes(id),
        60_000,
        2,
      )
      delays.push(Math.round(performance.now() - answeredAt))
    }

    // 3. A scheduled publication: every instance polls the jobs, exactly one publishes it.
    const scheduled = await approvedItem('Jadwal distribusi logistik pengungsi')
    let res
    do
      res = await act(via, scheduled, {
        action: 'schedule',
        publishAt: new Date(Date.now() + 3000).toISOString(),
      })
    while (res.status === 400 && res.body?.errors?.[0]?.code === 'PUBLISH_AT_IN_PAST')
    expect(res.status).toBe(200)
    for (const i of all)
      await waitFor(`scheduled item on ${i.base}`, async () =>
        (await listedIds(i.base)).includes(scheduled),
      )
    const publishAudits = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'publish' AND outcome = 'done' AND document_id = $1`,
      [scheduled],
    )
    expect(publishAudits.rows[0].n).toBe(1)

    // 4. Withdrawn on B directly: gone from every instance's cached list on the next reads.
    for (const ids of await readEverywhere()) expect(ids).toContain(first)
    expect(
      (
        await act(b.base, first, {
          action: 'withdraw',
          reason: 'Rilis ini ditarik: data korban belum terverifikasi oleh BPBD.',
        })
      ).status,
    ).toBe(200)
    for (const base of [...all.map((i) => i.base), via])
      await waitFor(
        `withdrawn item gone from ${base}`,
        async () => !(await listedIds(base)).includes(first),
      )

    // 5. Each portal got each event once: publish ×8 (first, six measured, scheduled), withdraw ×1.
    const expected = 2 * (8 + 1)
    await waitFor('every webhook delivered', async () => portals.received.length >= expected)
    await waitFor(
      'no job left',
      async () =>
        Number(
          (
            await db.query(
              'SELECT count(*) AS n FROM payload_jobs WHERE completed_at IS NULL AND has_error IS NOT TRUE',
            )
          ).rows[0].n,
        ) === 0,
    )
    const perPortalAndEvent = new Map<string, number>()
    for (const r of portals.received) {
      const key = `${r.portal} ${r.event} ${r.id}`
      perPortalAndEvent.set(key, (perPortalAndEvent.get(key) ?? 0) + 1)
    }
    expect(portals.received).toHaveLength(expected)
    expect([...perPortalAndEvent.values()].every((n) => n === 1)).toBe(true)
    expect(perPortalAndEvent.get(`portal-kota withdraw ${first}`)).toBe(1)
    expect(perPortalAndEvent.get(`portal-kabupaten publish ${scheduled}`)).toBe(1)
    expect(new Set(portals.received.map((r) => r.delivery)).size).toBe(portals.received.length)

    const sorted = [...delays].sort((x, y) => x - y)
    console.log(
      `cross-instance visibility after a transition returned (ms): ${delays.join(', ')} ` +
        `(median ${sorted[Math.floor(sorted.length / 2)]}, max ${sorted[sorted.length - 1]}); ` +
        `first publication visible on A, B, C after ${visibleAfter.join(', ')} ms`,
    )

    // 6. A's cluster: a worker killed is replaced; SIGTERM to the primary drains both workers.
    const before = workersOf(a.child.pid!)
    expect(before).toHaveLength(2)
    process.kill(before[0], 'SIGKILL')
    const after = await waitFor('a replacement worker', async () => {
      const now = workersOf(a.child.pid!)
      return now.length === 2 && !now.includes(before[0]) ? now : null
    })
    expect(after).toContain(before[1])
    // The replacement boots and listens (a third time the workers say so).
    await waitFor(
      'the replacement listening',
      async () => a.output().split('Humas Newsroom berjalan di').length > 3,
      300_000,
    )
    const ready = await request(a.base, 'GET', '/readyz')
    expect('status' in ready && ready.status).toBe(200)
    for (const i of all) i.child.kill('SIGTERM')
    for (const i of all) expect((await i.exited).code).toBe(0)
    expect(after.every((pid) => !workersOf(a.child.pid!).includes(pid))).toBe(true)
  }, 900_000)
})

/**
 * Two workers of one instance on SQLite: an invalidation made by one worker reaches the other
 * through the cluster primary (IPC). Connections are spread over the workers round-robin, so a few
 * fresh connections read both workers' caches.
 */
describe('two workers on SQLite', () => {
  let instance: ChildNewsroom | undefined
  afterAll(() => {
    if (instance?.alive()) instance.child.kill('SIGKILL')
  })

  it('shows a change made through one worker on the next reads of both', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-cluster-'))
    instance = await startChildNewsroom(
      `file:${dir}/newsroom.db`,
      { ...LONG_TTL, WEB_CONCURRENCY: '2' },
      BOOT,
    )
    const base = instance.base
    await bothListening(instance)
    expect(workersOf(instance.child.pid!)).toHaveLength(2)
    const admin = {
      ...json,
      Authorization: `JWT ${(await call(base, 'POST', '/api/users/login', json, CHILD_ADMIN)).body.token}`,
    }
    const unit = (
      await call(base, 'POST', '/api/units', admin, {
        name: 'Diskominfo Klaster',
        type: 'opd',
        timezone: 'Asia/Jakarta',
      })
    ).body.doc.id
    expect(
      (
        await call(base, 'POST', '/api/users', admin, {
          email: 'redaktur.pekerja@uji.test',
          password: 'Sandi-Pekerja-2026',
          name: 'Redaktur Pekerja',
          role: 'editor',
          unit,
        })
      ).status,
    ).toBe(201)
    const editor = {
      ...json,
      Authorization: `JWT ${(await call(base, 'POST', '/api/users/login', json, { email: 'redaktur.pekerja@uji.test', password: 'Sandi-Pekerja-2026' })).body.token}`,
    }
    const id = String(
      (await call(base, 'POST', '/api/press-releases', admin, { title: 'Rilis dua pekerja', unit }))
        .body.doc.id,
    )
    const act = (auth: Record<string, string>, action: string) =>
      call(base, 'POST', `/api/press-releases/${id}/workflow`, auth, { action })
    expect((await act(admin, 'submit')).status).toBe(200)
    expect((await act(editor, 'approve')).status).toBe(200)
    // Both workers cache the list without it (each request is a new connection).
    for (let k = 0; k < 6; k++) expect(await listedIds(base)).not.toContain(id)
    expect((await act(editor, 'publish')).status).toBe(200)
    // Each of the next reads, whichever worker answers, shows it (no expiry can explain it: 30 min TTL).
    await waitFor('both workers show it', async () => {
      const seen = await Promise.all(Array.from({ length: 6 }, () => listedIds(base)))
      return seen.every((ids) => ids.includes(id))
    })
    instance.child.kill('SIGTERM')
    expect((await instance.exited).code).toBe(0)
  }, 300_000)
})
