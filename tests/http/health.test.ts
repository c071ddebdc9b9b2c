import { afterAll, describe, expect, it } from '@jest/globals'
import { startEmbeddedPostgres } from '../helpers/embeddedPostgres.mjs'
import {
  DATABASES,
  startNewsroom,
  type TestDatabase,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

/** Stops the database under a running newsroom: closes the SQLite file, or stops a PostgreSQL server of its own. */
const withStoppableDatabase = async (
  db: TestDatabase,
): Promise<{ n: TestNewsroom; stopDatabase: () => Promise<void> }> => {
  if (db === 'sqlite') {
    const n = await startNewsroom(db)
    return {
      n,
      stopDatabase: async () =>
        (n.payload.db as unknown as { client: { close: () => void } }).client.close(),
    }
  }
  const pg = await startEmbeddedPostgres()
  await pg.createDatabase('health')
  const n = await startNewsroom(db, { databaseUri: pg.uri('health') })
  return { n, stopDatabase: () => pg.stop() }
}

describe.each(DATABASES)('health and readiness (%s)', (db) => {
  const cleanups: (() => Promise<void>)[] = []
  afterAll(async () => {
    for (const c of cleanups) await c().catch(() => undefined)
  })

  it('answers /healthz always and /readyz only while the database answers', async () => {
    const { n, stopDatabase } = await withStoppableDatabase(db)
    cleanups.push(() => n.stop())
    await n.http.get('/healthz').expect(200, { status: 'ok' })
    const ready = await n.http.get('/readyz').expect(200)
    expect(ready.body.status).toBe('ready')
    expect(ready.headers['cache-control']).toBe('no-store')

    await stopDatabase()
    const down = await n.http.get('/readyz').expect(503)
    expect(down.body).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' })
    await n.http.get('/healthz').expect(200)
    const list = await n.http.get('/api/press-releases')
    expect(list.status).toBeGreaterThanOrEqual(500)
    expect(JSON.stringify(list.body)).not.toMatch(/\bat .*\.(js|ts):\d+/)
  })
})
