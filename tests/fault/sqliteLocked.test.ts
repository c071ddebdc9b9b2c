import { afterAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

describe.each(DATABASES.filter((d) => d === 'sqlite'))(
  'SQLite locked by another connection (%s)',
  (db) => {
    let n: TestNewsroom | undefined
    const previous = process.env.DATABASE_BUSY_TIMEOUT_MS
    afterAll(async () => {
      process.env.DATABASE_BUSY_TIMEOUT_MS = previous
      await n?.stop()
    })

    it('answers a write 503 DATABASE_BUSY with Retry-After (never 500) while another connection holds the write lock, keeps serving reads, and writes again once it is released', async () => {
      process.env.DATABASE_BUSY_TIMEOUT_MS = '300' // how long a writer waits for the lock; short to keep the test quick
      n = await startNewsroom(db)
      const unit = await makeUnit(n.payload, 'Biro Umum')
      const editor = await n.staff('editor', unit.id)
      const other = createClient({ url: n.databaseUri })
      await other.execute('BEGIN EXCLUSIVE')
      try {
        const write = await n.http
          .post('/api/press-releases')
          .set('Authorization', editor.auth)
          .send({ title: 'Rilis saat terkunci', unit: unit.id })
        // The lock is held until after the answer: the only honest answers are "done" or "retry".
        expect(write.status).toBe(503)
        expect(write.body.errors[0]).toMatchObject({ code: 'DATABASE_BUSY' })
        expect(write.body.errors[0].message).toMatch(/Basis data sedang sibuk/)
        expect(write.headers['retry-after']).toBe('1')
        // WAL: readers do not wait for the writer.
        await n.http.get('/api/units').expect(200)
        await n.http.get('/readyz').expect(200)
      } finally {
        await other.execute('ROLLBACK')
        other.close()
      }
      const retried = await n.http
        .post('/api/press-releases')
        .set('Authorization', editor.auth)
        .send({ title: 'Rilis saat terkunci', unit: unit.id })
      expect(retried.status).toBe(201)
      // Committed for real: another connection sees exactly the acknowledged row (the refused write left
      // nothing behind). libsql once kept a connection inside an open transaction after a BUSY, so that
      // later writes were acknowledged and never committed: only the newsroom's own connection saw them.
      const witness = createClient({ url: n.databaseUri })
      try {
        const rows = (await witness.execute('SELECT id, title FROM press_releases')).rows
        expect(rows.map((r) => r.id)).toEqual([retried.body.doc.id])
      } finally {
        witness.close()
      }
    })
  },
)
