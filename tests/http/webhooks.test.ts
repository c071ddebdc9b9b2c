import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { verifyWebhook } from '../../src/delivery/webhookSignature.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

type Received = {
  path: string
  headers: http.IncomingHttpHeaders
  body: string
  json: { event: string; id: string; slug: string; url: string; embargoed?: boolean }
}

/** A real HTTP receiver on 127.0.0.1 that a test can tell to fail. */
const startReceiver = async () => {
  const received: Received[] = []
  const failuresLeft: Record<string, number> = {}
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const path = req.url ?? '/'
      received.push({ path, headers: req.headers, body, json: JSON.parse(body) })
      if ((failuresLeft[path] ?? 0) > 0) {
        failuresLeft[path]--
        res.writeHead(503).end('sibuk')
      } else res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    received,
    failuresLeft,
    base,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

describe.each(DATABASES)('webhooks to portals (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  let rx: Awaited<ReturnType<typeof startReceiver>>
  const SECRET = 'rahasia-penanda-tangan'
  const client = (name: string, data: Record<string, unknown>) =>
    n.http
      .post('/api/portal-clients')
      .set('Authorization', f.admin.auth)
      .send({ name, webhookUrl: `${rx.base}/${name}`, webhookSecret: SECRET, ...data })
      .expect(201)
  const at = (name: string) => rx.received.filter((r) => r.path === `/${name}`)

  beforeAll(async () => {
    rx = await startReceiver()
    n = await startNewsroom(db, { webhookRetryDelayMs: 150 })
    f = await workflowFixture(n)
    await client('kominfo', {
      units: [f.units.kominfo],
      includeChildUnits: false,
      receivesSyndicated: false,
    })
    await client('sidoarjo', { units: [f.units.sidoarjo], receivesSyndicated: false })
    await client('embargo', {
      units: [f.units.kominfo],
      receivesSyndicated: false,
      receivesEmbargoed: true,
    })
  })
  afterAll(async () => {
    await n?.stop()
    await rx?.close()
  })

  const approvedItem = async (title: string, extra: Record<string, unknown> = {}) => {
    const id = (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', f.writer.auth)
        .send({ title, unit: f.units.kominfo, ...extra })
        .expect(201)
    ).body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    return id
  }

  it('signs and delivers publish, correction and withdrawal to entitled portals only, retrying failures and logging every attempt', async () => {
    rx.failuresLeft['/kominfo'] = 2
    const id = await approvedItem('Rilis untuk webhook')
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
    await waitFor(
      async () =>
        at('kominfo').some((r) => r.json.event === 'publish' && String(r.json.id) === String(id)) &&
        at('kominfo').length >= 3,
      15_000,
    )
    const delivered = at('kominfo').filter((r) => r.json.event === 'publish')
    expect(delivered).toHaveLength(3)
    for (const r of delivered) {
      expect(
        verifyWebhook(
          SECRET,
          r.body,
          String(r.headers['x-humas-signature']),
          Math.floor(Date.now() / 1000),
        ),
      ).toBe(true)
      expect(
        verifyWebhook(
          'rahasia-lain',
          r.body,
          String(r.headers['x-humas-signature']),
          Math.floor(Date.now() / 1000),
        ),
      ).toBe(false)
    }
    expect(delivered[0].json).toMatchObject({
      event: 'publish',
      slug: 'rilis-untuk-webhook',
      url: expect.stringContaining('/press-releases/rilis-untuk-webhook'),
    })
    // One delivery, three attempts: the same X-Humas-Delivery on each, so the portal can ignore repeats.
    expect(new Set(delivered.map((r) => r.headers['x-humas-delivery'])).size).toBe(1)
    expect(String(delivered[0].headers['x-humas-delivery'])).toMatch(/^[0-9a-f-]{36}$/)
    const log = await n.http
      .get(`/api/webhook-deliveries?where[documentId][equals]=${id}&sort=createdAt&limit=50`)
      .set('Authorization', f.admin.auth)
      .expect(200)
    const kominfoLog = log.body.docs.filter((d: { url: string }) => d.url.endsWith('/kominfo'))
    expect(
      kominfoLog.map((d: { outcome: string; attempt: number; responseStatus: number }) => [
        d.outcome,
        d.attempt,
        d.responseStatus,
      ]),
    ).toEqual([
      ['failed', 1, 503],
      ['failed', 2, 503],
      ['delivered', 3, 204],
    ])
    await n.http.get('/api/webhook-deliveries').set('Authorization', f.editor.auth).expect(403)

    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ summary: 'Ringkasan dikoreksi' })
      .expect(200)
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'publish',
      changeNote: 'Ringkasan diperbaiki.',
    }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'withdraw',
      reason: 'Uji webhook penarikan.',
    }).expect(200)
    await waitFor(
      async () =>
        ['correction', 'withdraw'].every((e) => at('kominfo').some((r) => r.json.event === e)),
      10_000,
    )
    expect(at('sidoarjo')).toHaveLength(0)
  })

  it('tells embargo-entitled portals at once and the others when the embargo ends', async () => {
    // The embargo is far ahead, so "at once" cannot be overtaken by the embargo's end however slow
    // the machine; its end is then brought forward by moving the times, not by waiting for the clock.
    const embargoUntil = new Date(Date.now() + 3600_000).toISOString()
    const id = await approvedItem('Rilis berembargo untuk webhook', { embargoUntil })
    await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(200)
    const mine = (name: string) => at(name).filter((r) => String(r.json.id) === String(id))
    await waitFor(async () => mine('embargo').length > 0, 15_000)
    expect(mine('embargo')[0].json).toMatchObject({
      event: 'publish',
      embargoed: true,
      embargoUntil,
    })

    // The others hear nothing yet: one embargo-lifted delivery waits, per portal, until the embargo ends.
    const waiting = (
      await n.payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'deliverWebhook' } },
        limit: 0,
        pagination: false,
        depth: 0,
      })
    ).docs.filter(
      (j) =>
        (j.input as { id?: string; event?: string }).id === String(id) &&
        (j.input as { event?: string }).event === 'embargo-lifted',
    )
    expect(waiting).toHaveLength(2) // kominfo and sidoarjo; the embargo portal already knows
    for (const job of waiting)
      expect(new Date(String(job.waitUntil)).toISOString()).toBe(embargoUntil)
    expect(mine('kominfo')).toHaveLength(0)

    // The embargo ends: the item's embargo and the waiting deliveries move to a moment just past.
    const ended = new Date(Date.now() - 1000).toISOString()
    await n.payload.db.updateOne({
      collection: 'press-releases',
      id,
      data: { embargoUntil: ended },
    })
    for (const job of waiting)
      await n.payload.update({
        collection: 'payload-jobs',
        id: job.id,
        data: { waitUntil: ended },
        depth: 0,
      })
    await waitFor(async () => mine('kominfo').length > 0, 15_000)
    expect(mine('kominfo')[0].json.event).toBe('embargo-lifted')
    expect(mine('kominfo')[0].json.embargoed).toBeUndefined()
    expect(mine('sidoarjo')).toHaveLength(0)
  })
})
