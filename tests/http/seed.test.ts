import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEMO_PASSWORDS, demoPressReleases, demoUsers } from '../../src/seed/demoData.js'
import { seedDemo } from '../../src/seed/seedDemo.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

describe.each(DATABASES)('demo newsroom (%s)', (db) => {
  let n: TestNewsroom
  let first: { created: number; skipped: number }
  const messages: string[] = []

  beforeAll(async () => {
    n = await startNewsroom(db)
    first = await seedDemo(n.payload, (m) => messages.push(m))
  })
  afterAll(async () => n?.stop())

  it('seeds with visible progress, and a second run creates nothing', async () => {
    expect(first.skipped).toBe(0)
    expect(messages[0]).toMatch(/^\[seed 1\/\d+\] units: jatim$/)
    expect(messages).toHaveLength(first.created)
    const again = await seedDemo(n.payload)
    expect(again).toEqual({ created: 0, skipped: first.created })
    expect((await n.payload.count({ collection: 'press-releases' })).totalDocs).toBe(
      demoPressReleases.length,
    )
  })

  it('lets every demo user log in with the documented password', async () => {
    for (const user of demoUsers) {
      const res = await n.http
        .post('/api/users/login')
        .send({ email: user.email, password: DEMO_PASSWORDS[user.role] })
      expect({ email: user.email, status: res.status, role: res.body.user?.role }).toEqual({
        email: user.email,
        status: 200,
        role: user.role,
      })
    }
  })

  it('lists for the public only the published, non-embargoed demo items; the withdrawn one only by address', async () => {
    const res = await n.http.get('/api/press-releases?limit=100&depth=0').expect(200)
    const expected = demoPressReleases
      .filter((p) => p.state === 'published' && !('embargoOffset' in p))
      .map((p) => p.title)
      .sort()
    expect(res.body.docs.map((d: { title: string }) => d.title).sort()).toEqual(expected)
    const withdrawn = demoPressReleases.find((p) => p.state === 'withdrawn')
    const bySlug = await n.http
      .get('/api/press-releases?where[workflowStatus][equals]=withdrawn')
      .expect(200)
    expect(bySlug.body.docs.map((d: { title: string }) => d.title)).toEqual([withdrawn?.title])
    expect(bySlug.body.docs[0].withdrawal.reason).toMatch(/Jadwal berubah/)
  })

  it('generates real photos with every size', async () => {
    const photos = await n.payload.find({ collection: 'photos', limit: 10 })
    expect(photos.totalDocs).toBeGreaterThanOrEqual(4)
    for (const p of photos.docs) {
      expect(p.width).toBe(1600)
      expect(p.sizes?.og?.width).toBe(1200)
    }
  })
})
