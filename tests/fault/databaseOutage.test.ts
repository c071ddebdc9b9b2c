import { afterAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import { startRestartablePostgres, type RestartablePostgres } from '../helpers/embeddedPostgres.mjs'
import { DATABASES } from '../helpers/newsroomHarness.js'
import {
  login,
  request,
  startChildNewsroom,
  waitFor,
  type Answer,
  type ChildNewsroom,
} from '../helpers/childNewsroom.js'

const statusOf = (a: Answer): number | string => ('status' in a ? a.status : a.error)
const codeOf = (a: Answer): string | undefined => {
  if (!('status' in a)) return undefined
  try {
    return JSON.parse(a.body).errors?.[0]?.code
  } catch {
    return undefined
  }
}

describe.each(DATABASES.filter((d) => d === 'postgres'))(
  'PostgreSQL outage under load, newsroom in its own process (%s)',
  () => {
    let database: RestartablePostgres | undefined
    let newsroom: ChildNewsroom | undefined
    let running = true
    afterAll(async () => {
      running = false
      if (newsroom?.alive()) newsroom.child.kill('SIGKILL')
      await database?.destroy()
    })

    it('stays up, answers 503 DATABASE_UNAVAILABLE fast while serving cached reads, recovers by itself, and loses no acknowledged write', async () => {
      database = await startRestartablePostgres()
      await database.createDatabase('outage')
      newsroom = await startChildNewsroom(database.uri('outage'), { DATABASE_POOL_MAX: '10' })
      const { base } = newsroom
      const auth = { authorization: await login(base) }
      const unit = await request(base, 'POST', '/api/units', {
        headers: auth,
        body: { name: 'Dinas Kominfo', type: 'opd', timezone: 'Asia/Jakarta' },
      })
      const unitId = JSON.parse((unit as { body: string }).body).doc.id
      const cachedUrl = '/api/units?limit=5'
      expect(statusOf(await request(base, 'GET', cachedUrl))).toBe(200) // fills the public cache

      // Eight writers and one anonymous reader, running through the outage and the recovery.
      const acknowledged: (string | number)[] = []
      const outcomes: {
        at: number
        status: number | string
        code?: string
        ms: number
        kind: 'write' | 'read'
      }[] = []
      let n = 0
      const writer = async () => {
        while (running) {
          const a = await request(base, 'POST', '/api/press-releases', {
            headers: auth,
            body: { title: `Rilis beban ${++n}`, unit: unitId },
          })
          outcomes.push({
            at: Date.now(),
            status: statusOf(a),
            code: codeOf(a),
            ms: a.ms,
            kind: 'write',
          })
          if ('status' in a && a.status === 201) acknowledged.push(JSON.parse(a.body).doc.id)
          else await new Promise((r) => setTimeout(r, 20))
        }
      }
      const reader = async () => {
        while (running) {
          const a = await request(base, 'GET', cachedUrl)
          outcomes.push({ at: Date.now(), status: statusOf(a), ms: a.ms, kind: 'read' })
          await new Promise((r) => setTimeout(r, 10))
        }
      }
      const load = [...Array.from({ length: 8 }, writer), reader()]
      await waitFor('some acknowledged writes', async () => acknowledged.length >= 40)

      const stoppedAt = Date.now()
      await database.stop()
      const firstRefusal = await waitFor('a write refused with 503', async () =>
        outcomes.find((o) => o.at >= stoppedAt && o.kind === 'write' && o.status === 503),
      )
      const firstRefusalMs = firstRefusal.at - stoppedAt

      // During the outage: alive, fast 503s with Retry-After, cached reads, liveness yes, readiness no.
      const write = await request(base, 'POST', '/api/press-releases', {
        headers: auth,
        body: { title: 'Rilis saat padam', unit: unitId },
      })
      expect(statusOf(write)).toBe(503)
      expect(codeOf(write)).toBe('DATABASE_UNAVAILABLE')
      expect((write as { headers: Record<string, string> }).headers['retry-after']).toMatch(/^\d+$/)
      expect(JSON.parse((write as { body: string }).body).errors[0].message).toMatch(/Basis data/)
      expect(write.ms).toBeLessThan(2000)
      const authedRead = await request(base, 'GET', '/api/press-releases?limit=1', {
        headers: auth,
      })
      expect(statusOf(authedRead)).toBe(503)
      expect(statusOf(await request(base, 'GET', '/api/press-releases?limit=3&page=2'))).toBe(503) // not cached
      expect(statusOf(await request(base, 'GET', cachedUrl))).toBe(200)
      expect(statusOf(await request(base, 'GET', '/healthz'))).toBe(200)
      const ready = await request(base, 'GET', '/readyz')
      expect(statusOf(ready)).toBe(503)
      expect(codeOf(ready) ?? JSON.parse((ready as { body: string }).body).code).toBe(
        'DATABASE_UNAVAILABLE',
      )
      const knownDownAt = Date.now()
      await new Promise((r) => setTimeout(r, 1500)) // the outage lasts a while under load
      expect(newsroom.alive()).toBe(true)

      const restartedAt = Date.now()
      await database.start()
      const databaseBackMs = Date.now() - restartedAt
      const backAt = Date.now()
      const recovered = await waitFor(
        'a write acknowledged again',
        async () => outcomes.find((o) => o.at >= backAt && o.kind === 'write' && o.status === 201),
        60_000,
      )
      const recoveryMs = recovered.at - backAt
      const duringOutage = outcomes.filter((o) => o.at >= stoppedAt && o.at < recovered.at)
      const refusedDuring = duringOutage.filter((o) => o.status === 503)
      await new Promise((r) => setTimeout(r, 300))
      running = false
      await Promise.all(load)

      console.log(
        `[outage figures] first 503 after stop: ${firstRefusalMs} ms; slowest 503: ${Math.round(Math.max(...refusedDuring.map((o) => o.ms)))} ms; ` +
          `PostgreSQL start: ${databaseBackMs} ms; recovery after PostgreSQL accepted connections: ${recoveryMs} ms; ` +
          `requests answered during the outage: ${duringOutage.length} (${refusedDuring.length} × 503, ${duringOutage.filter((o) => o.status === 200).length} × 200 cached reads); ` +
          `acknowledged writes: ${acknowledged.length}`,
      )
      expect(newsroom.alive()).toBe(true)
      expect(newsroom.output()).not.toMatch(/Unhandled 'error' event/)
      // Never a 500 nor a dropped connection: every answer is a success, or a 503 that says to retry.
      const unexpected = outcomes.filter(
        (o) => o.status !== 200 && o.status !== 201 && o.status !== 503,
      )
      if (unexpected.length)
        console.log(
          newsroom
            .output()
            .split('\n')
            .filter((l) => /"level":(50|60)/.test(l))
            .slice(0, 5)
            .join('\n'),
        )
      expect(unexpected).toEqual([])
      expect(refusedDuring.every((o) => o.ms < 2000)).toBe(true)
      expect(recoveryMs).toBeLessThan(5000)
      // Once the outage is known (not in the instant before it is noticed), every cached read is served.
      const readsWhileDown = outcomes.filter(
        (o) => o.kind === 'read' && o.at - o.ms >= knownDownAt && o.at < restartedAt,
      )
      expect(readsWhileDown.length).toBeGreaterThan(0)
      expect(readsWhileDown.filter((o) => o.status !== 200)).toEqual([])

      // Every acknowledged write is in the database.
      const client = new pg.Client({ connectionString: database.uri('outage') })
      await client.connect()
      const { rows } = await client.query('select id from press_releases')
      await client.end()
      const stored = new Set(rows.map((r) => String(r.id)))
      expect(acknowledged.filter((id) => !stored.has(String(id)))).toEqual([])

      // And it serves normally: a fresh read through Payload, and readiness.
      expect(
        statusOf(await request(base, 'GET', '/api/press-releases?limit=1', { headers: auth })),
      ).toBe(200)
      expect(statusOf(await request(base, 'GET', '/readyz'))).toBe(200)
      newsroom.child.kill('SIGTERM')
      expect((await newsroom.exited).code).toBe(0)
    })
  },
)
