import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { responseCacheFor } from '../../src/cache/responseCache.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

describe.each(DATABASES)('HTTP caching of public reads (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const LIST = '/api/press-releases?limit=100&depth=0'
  const publicTitles = async () =>
    (await n.http.get(LIST).expect(200)).body.docs.map(
      (d: { title: string }) => d.title,
    ) as string[]
  const approved = async (title: string) => {
    const id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title, unit: f.units.kominfo })
        .expect(201)
    ).body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    return id
  }

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis awal yang sudah terbit',
    })
    await makeItem(n.payload, 'press-releases', {
      state: 'draft',
      unit: f.units.kominfo,
      title: 'Draf yang tidak boleh tersebar',
    })
  })
  afterAll(async () => n?.stop())

  it('gives public responses a strong ETag, answers If-None-Match with an empty 304, and lets shared caches keep them briefly', async () => {
    const first = await n.http.get(LIST).expect(200)
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/)
    expect(first.headers['cache-control']).toMatch(
      /^public, max-age=(\d+), s-maxage=\1, stale-while-revalidate=60$/,
    )
    expect(Number(first.headers['cache-control'].match(/max-age=(\d+)/)![1])).toBeLessThanOrEqual(
      30,
    )
    const again = await n.http.get(LIST).expect(200)
    expect(again.headers.etag).toBe(first.headers.etag)
    expect(responseCacheFor(n.payload).size).toBeGreaterThan(0)
    const notModified = await n.http.get(LIST).set('If-None-Match', first.headers.etag).expect(304)
    expect(notModified.text ?? '').toBe('')
  })

  it('never shares a response between the public and anyone with credentials', async () => {
    await n.http.get(LIST).expect(200)
    const staff = await n.http.get(LIST).set('Authorization', f.writer.auth).expect(200)
    expect(staff.headers['cache-control']).toBe('private, no-store')
    expect(staff.body.docs.map((d: { title: string }) => d.title)).toContain(
      'Draf yang tidak boleh tersebar',
    )
    expect(await publicTitles()).not.toContain('Draf yang tidak boleh tersebar')
    const revalidated = await n.http
      .get(LIST)
      .set('Authorization', f.writer.auth)
      .set('If-None-Match', staff.headers.etag)
      .expect(304)
    expect(revalidated.headers['cache-control']).toBe('private, no-store')
  })

  it('shows a publication, a correction and a withdrawal on the very next read', async () => {
    const id = await approved('Rilis yang baru terbit')
    await publicTitles()
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
    expect(await publicTitles()).toContain('Rilis yang baru terbit')

    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis yang baru terbit (koreksi)' })
      .expect(200)
    expect(await publicTitles()).toContain('Rilis yang baru terbit')
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish', minor: true }).expect(
      200,
    )
    expect(await publicTitles()).toContain('Rilis yang baru terbit (koreksi)')

    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'withdraw',
      reason: 'Ditarik untuk uji cache.',
    }).expect(200)
    expect(await publicTitles()).not.toContain('Rilis yang baru terbit (koreksi)')
    const byId = await n.http.get(`/api/press-releases/${id}`).expect(200)
    expect(byId.body.withdrawal.reason).toBe('Ditarik untuk uji cache.')
  })

  it('shows a scheduled publication without any other write, and keeps nothing past its time', async () => {
    const id = await approved('Rilis terjadwal untuk uji cache')
    const publishAt = new Date(Date.now() + 2000)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'schedule',
      publishAt: publishAt.toISOString(),
    }).expect(200)
    const before = await n.http.get(LIST).expect(200)
    expect(Number(before.headers['cache-control'].match(/max-age=(\d+)/)![1])).toBeLessThanOrEqual(
      2,
    )
    await waitFor(
      async () => (await publicTitles()).includes('Rilis terjadwal untuk uji cache'),
      8000,
    )
  })

  it('shows an item whose embargo ends, with no write at all, and bounds max-age by the embargo', async () => {
    const embargoUntil = new Date(Date.now() + 2500)
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis berembargo untuk uji cache',
      embargoUntil: embargoUntil.toISOString(),
    })
    const during = await n.http.get(LIST).expect(200)
    expect(during.body.docs.map((d: { title: string }) => d.title)).not.toContain(
      'Rilis berembargo untuk uji cache',
    )
    expect(Number(during.headers['cache-control'].match(/max-age=(\d+)/)![1])).toBeLessThanOrEqual(
      3,
    )
    await waitFor(async () => Date.now() > embargoUntil.getTime() + 50, 5000)
    expect(await publicTitles()).toContain('Rilis berembargo untuk uji cache')
  })
})
