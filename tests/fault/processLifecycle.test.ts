import { afterAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import http from 'node:http'
import pg from 'pg'
import { DATABASES, freshDatabaseUri, type TestDatabase } from '../helpers/newsroomHarness.js'
import {
  login,
  request,
  startChildNewsroom,
  waitFor,
  type ChildNewsroom,
} from '../helpers/childNewsroom.js'

const RESETS = new Set(['ECONNRESET', 'EPIPE', 'socket hang up'])

const storedIds = async (db: TestDatabase, uri: string): Promise<Set<string>> => {
  if (db === 'sqlite') {
    const client = createClient({ url: uri })
    const { rows } = await client.execute('select id from press_releases')
    client.close()
    return new Set(rows.map((r) => String(r.id)))
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const { rows } = await client.query('select id from press_releases')
  await client.end()
  return new Set(rows.map((r) => String(r.id)))
}

describe.each(DATABASES)(
  'the newsroom process: SIGTERM under keep-alive load, kill -9 mid-write (%s)',
  (db) => {
    const children: ChildNewsroom[] = []
    let running = true
    afterAll(() => {
      running = false
      for (const c of children) if (c.alive()) c.child.kill('SIGKILL')
    })

    it('on SIGTERM under keep-alive load stops accepting, answers every request it received, and exits 0 within 10 s', async () => {
      const newsroom = await startChildNewsroom(await freshDatabaseUri(db), { LOG_LEVEL: 'info' })
      children.push(newsroom)
      const auth = { authorization: await login(newsroom.base) }
      const agent = new http.Agent({ keepAlive: true, maxSockets: 8 })
      const outcomes: (number | string)[] = []
      let i = 0
      const client = async () => {
        while (running) {
          const write = ++i % 4 === 0
          const a = write
            ? await request(newsroom.base, 'POST', '/api/topics', {
                headers: auth,
                body: { name: `Topik ${i}` },
                agent,
              })
            : await request(newsroom.base, 'GET', '/api/press-releases?limit=10&depth=1', {
                headers: auth,
                agent,
              })
          outcomes.push('status' in a ? a.status : a.error)
          if (!('status' in a) && a.error === 'ECONNREFUSED') return // the listener is closed: nothing more to send
        }
      }
      const load = Array.from({ length: 8 }, client)
      await waitFor('load running on keep-alive connections', async () => outcomes.length >= 200)

      const signalled = performance.now()
      newsroom.child.kill('SIGTERM')
      const { code } = await newsroom.exited
      const shutdownMs = Math.round(performance.now() - signalled)
      const before = outcomes.length
      await Promise.all(load)
      agent.destroy()

      const resets = outcomes.filter((o) => RESETS.has(String(o))).length
      const refused = outcomes.filter((o) => o === 'ECONNREFUSED').length
      console.log(
        `[shutdown figures, ${db}] exit code ${code} after ${shutdownMs} ms under load; ${outcomes.length} requests (${before} before exit), ${resets} reset, ${refused} refused after the listener closed`,
      )
      expect(code).toBe(0)
      expect(shutdownMs).toBeLessThan(10_000)
      expect(resets).toBe(0)
      // Everything the server received was answered normally.
      expect(outcomes.filter((o) => typeof o === 'number' && o >= 300)).toEqual([])
      expect(outcomes.filter((o) => typeof o !== 'number' && o !== 'ECONNREFUSED')).toEqual([])
      expect(newsroom.output()).toMatch(/stopped cleanly/)
    })

    it('after kill -9 in the middle of writes, a restart on the same database has every acknowledged write', async () => {
      running = true
      const databaseUri = await freshDatabaseUri(db)
      const first = await startChildNewsroom(databaseUri)
      children.push(first)
      const auth = { authorization: await login(first.base) }
      const unit = await request(first.base, 'POST', '/api/units', {
        headers: auth,
        body: { name: 'Dinas Pendidikan', type: 'opd', timezone: 'Asia/Jakarta' },
      })
      const unitId = JSON.parse((unit as { body: string }).body).doc.id
      const acknowledged: string[] = []
      let i = 0
      const writer = async () => {
        while (running) {
          const a = await request(first.base, 'POST', '/api/press-releases', {
            headers: auth,
            body: { title: `Rilis sebelum mati ${++i}`, unit: unitId },
          })
          if (!('status' in a)) return // the process is gone
          if (a.status === 201) acknowledged.push(String(JSON.parse(a.body).doc.id))
        }
      }
      const writers = Array.from({ length: 6 }, writer)
      await waitFor('acknowledged writes', async () => acknowledged.length >= 30)
      first.child.kill('SIGKILL')
      expect((await first.exited).signal).toBe('SIGKILL')
      await Promise.all(writers)
      const ackedAtKill = [...acknowledged]

      const second = await startChildNewsroom(databaseUri)
      children.push(second)
      const stored = await storedIds(db, databaseUri)
      console.log(
        `[kill -9 figures, ${db}] ${ackedAtKill.length} writes acknowledged before kill -9, ${stored.size} rows after restart`,
      )
      expect(ackedAtKill.filter((id) => !stored.has(id))).toEqual([])
      const again = await request(
        second.base,
        'GET',
        `/api/press-releases/${ackedAtKill[ackedAtKill.length - 1]}`,
        { headers: { authorization: await login(second.base) } },
      )
      expect('status' in again && again.status).toBe(200)
      second.child.kill('SIGTERM')
      expect((await second.exited).code).toBe(0)
    })
  },
)
