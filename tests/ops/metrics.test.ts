import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { routeFamily } from '../../src/metrics/routeFamily.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { act, workflowFixture } from '../helpers/workflowFixture.js'

/** The value of one series in a Prometheus text exposition, or undefined when absent. */
const valueOf = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

describe('route families keep the label set bounded', () => {
  const collections = new Set(['press-releases', 'photos', 'users', 'portal-clients'])
  it.each([
    ['/api/press-releases', 'api/press-releases'],
    ['/api/press-releases/42', 'api/press-releases/:id'],
    ['/api/press-releases/siaran-pers-hari-ini', 'api/press-releases/:id'],
    ['/api/press-releases/42/workflow', 'api/press-releases/:id/workflow'],
    ['/api/portal-clients/7/rotate-key', 'api/portal-clients/:id/rotate-key'],
    ['/api/photos/file/rakor-1.jpg', 'api/photos/file'],
    ['/api/photos/sizes/rakor-1-400x300.webp', 'api/photos/sizes'],
    ['/api/users/login', 'api/users/login'],
    ['/api/anything-at-all/1', 'api/other'],
    ['/api/press-releases/1/2/3', 'api/press-releases/other'],
    ['/feeds/rss.xml', 'feeds'],
    ['/healthz', 'health'],
    ['/wp-login.php', 'other'],
  ])('%s → %s', (path, family) => expect(routeFamily(path, collections)).toBe(family))
})

describe.each(DATABASES)('GET /metrics (%s)', (db) => {
  let n: TestNewsroom
  beforeAll(async () => {
    delete process.env.METRICS_TOKEN
    n = await startNewsroom(db)
  })
  afterAll(async () => {
    delete process.env.METRICS_TOKEN
    await n?.stop()
  })

  it('counts requests by route family and status, cache hits and misses, jobs, webhooks, pool and event-loop lag', async () => {
    const f = await workflowFixture(n)
    await n.http.get('/api/press-releases').expect(200)
    await n.http.get('/api/press-releases').expect(200)
    await n.http.get('/api/press-releases/987654321').expect(404)
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis terjadwal metrik', unit: f.units.kominfo })
      .expect(201)
    const id = created.body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    const publishAt = new Date(Date.now() + 86_400_000).toISOString()
    await act(n, f.editor.auth, 'press-releases', id, { action: 'schedule', publishAt }).expect(200)
    await n.payload.create({
      collection: 'webhook-deliveries',
      data: { event: 'publish', outcome: 'failed', attempt: 1 } as never,
    })

    const res = await n.http.get('/metrics').expect(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(res.headers['cache-control']).toBe('no-store')
    const text = res.text
    expect(
      valueOf(
        text,
        'humas_http_requests_total{route="api/press-releases",method="GET",status="200"}',
      ),
    ).toBeGreaterThanOrEqual(2)
    expect(
      valueOf(
        text,
        'humas_http_requests_total{route="api/press-releases/:id",method="GET",status="404"}',
      ),
    ).toBe(1)
    expect(
      valueOf(
        text,
        'humas_http_requests_total{route="api/press-releases/:id/workflow",method="POST",status="200"}',
      ),
    ).toBe(3)
    expect(text).not.toContain('987654321')
    expect(text).toMatch(
      /humas_http_request_duration_seconds_bucket\{le="0\.1",route="api\/press-releases",method="GET",status="200"\} \d+/,
    )
    expect(valueOf(text, 'humas_public_cache_lookups_total{result="hit"}')).toBeGreaterThanOrEqual(
      1,
    )
    expect(valueOf(text, 'humas_public_cache_lookups_total{result="miss"}')).toBeGreaterThanOrEqual(
      1,
    )
    expect(text).toMatch(/humas_jobs_waiting\{queue="[^"]+"\} 1/)
    expect(valueOf(text, 'humas_webhook_deliveries{outcome="failed"}')).toBe(1)
    expect(text).toMatch(/humas_nodejs_eventloop_lag_seconds \d/)
    if (db === 'postgres')
      expect(valueOf(text, 'humas_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1)
    else expect(text).not.toContain('humas_db_pool_connections')
  })

  it('refuses a proxied request without a token, and asks for the token when one is set', async () => {
    const proxied = await n.http.get('/metrics').set('X-Forwarded-For', '203.0.113.9').expect(403)
    expect(proxied.body.errors[0].code).toBe('METRICS_FORBIDDEN')
    process.env.METRICS_TOKEN = 'rahasia-metrik-uji-123'
    try {
      await n.http.get('/metrics').expect(401)
      await n.http.get('/metrics').set('Authorization', 'Bearer salah').expect(401)
      await n.http
        .get('/metrics')
        .set('Authorization', 'Bearer rahasia-metrik-uji-123')
        .set('X-Forwarded-For', '203.0.113.9')
        .expect(200)
    } finally {
      delete process.env.METRICS_TOKEN
    }
  })
})
