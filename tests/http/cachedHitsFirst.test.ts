import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http, { type IncomingHttpHeaders, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { responseCacheFor } from '../../src/cache/responseCache.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { workflowFixture } from '../helpers/workflowFixture.js'

type Raw = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** One request over a real socket; the body as sent (no decompression). */
const raw = (
  base: string,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Raw> =>
  new Promise((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on('error', reject)
    req.end()
  })

const listen = async (listener: RequestListener) => {
  const server = http.createServer(listener).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** Headers that differ on every response by nature: compared by presence only. */
const PER_RESPONSE = new Set(['date', 'x-request-id', 'age'])
const comparable = (headers: IncomingHttpHeaders) =>
  Object.fromEntries(
    Object.entries(headers).map(([k, v]) => [k, PER_RESPONSE.has(k) ? '(present)' : v]),
  )

const GRAPHQL = `/api/graphql?query=${encodeURIComponent('{ PressReleases(limit: 10) { docs { title } } }')}`
const URLS = ['/api/press-releases?limit=10&depth=0', '/feeds/rss.xml', GRAPHQL]
const VARIANTS: [string, Record<string, string>, string?][] = [
  ['plain', {}],
  ['gzip', { 'Accept-Encoding': 'gzip, deflate, br' }],
  ['brotli only', { 'Accept-Encoding': 'br' }],
  ['a portal page (Origin)', { Origin: 'https://portal.jatimprov.go.id' }],
  ['English', { 'Accept-Language': 'en' }],
  ['HEAD', {}, 'HEAD'],
]

describe.each(DATABASES)('cached public reads answered before express (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  let fast: Awaited<ReturnType<typeof listen>>
  let viaExpress: Awaited<ReturnType<typeof listen>>
  /** How many requests reached express's router (instrumented on the app). */
  let expressCalls = 0

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis publik untuk jalur cepat',
    })
    await makeItem(n.payload, 'press-releases', {
      state: 'draft',
      unit: f.units.kominfo,
      title: 'Draf rahasia jalur cepat',
    })
    const app = n.app as unknown as { handle: (...a: unknown[]) => unknown }
    const handle = app.handle
    app.handle = function (this: unknown, ...args: unknown[]) {
      expressCalls++
      return handle.apply(this, args)
    }
    fast = await listen(n.handler)
    // The app alone: its hits are answered inside express, by the same functions.
    viaExpress = await listen(n.app as unknown as RequestListener)
  })
  afterAll(async () => {
    fast?.server.close()
    viaExpress?.server.close()
    await n?.stop()
  })

  // GraphQL is served on GET and POST only (graphql-http): no HEAD.
  it.each(
    URLS.flatMap((url) =>
      VARIANTS.filter((v) => url !== GRAPHQL || v[2] !== 'HEAD').map((v) => [url, ...v] as const),
    ),
  )(
    '%s, %s: the hit answered before express has the same status, bytes and headers as express’s answers',
    async (url, _name, headers, method = 'GET') => {
      responseCacheFor(n.payload).invalidate()
      const computed = await raw(viaExpress.base, url, headers, method)
      expect(computed.status).toBe(200)
      expect(computed.headers['cache-control']).toMatch(/^public, max-age=\d+/)
      const before = expressCalls
      const hitFast = await raw(fast.base, url, headers, method)
      expect(expressCalls).toBe(before) // answered without express
      const hitExpress = await raw(viaExpress.base, url, headers, method)
      expect(expressCalls).toBe(before + 1)

      for (const other of [hitFast, hitExpress]) {
        expect(other.status).toBe(computed.status)
        expect(other.body.equals(computed.body)).toBe(true)
        expect(comparable(other.headers)).toEqual(comparable(computed.headers))
      }
      expect(hitFast.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      expect(hitFast.headers['x-request-id']).not.toBe(hitExpress.headers['x-request-id'])
      // helmet's headers, as express sends them.
      expect(hitFast.headers['content-security-policy']).toContain("img-src 'self' data: blob:")
      expect(hitFast.headers['x-content-type-options']).toBe('nosniff')
      if (headers.Origin) {
        expect(hitFast.headers['access-control-allow-origin']).toBe('*')
        expect(hitFast.headers.vary).toMatch(/^Origin, /)
      }
      if (method === 'HEAD') expect(hitFast.body.length).toBe(0)

      // The ETag revalidates on both paths alike.
      const notModified = await raw(
        fast.base,
        url,
        { ...headers, 'If-None-Match': computed.headers.etag! },
        method,
      )
      const notModifiedExpress = await raw(
        viaExpress.base,
        url,
        { ...headers, 'If-None-Match': computed.headers.etag! },
        method,
      )
      expect(notModified.status).toBe(304)
      expect(notModified.body.length).toBe(0)
      expect(comparable(notModified.headers)).toEqual(comparable(notModifiedExpress.headers))
    },
  )

  it('gives no credentialed request the cached anonymous answer: session, cookie, portal key all reach express', async () => {
    const url = '/api/press-releases?limit=50&depth=0'
    const cache = responseCacheFor(n.payload)
    cache.invalidate()
    const anonymous = await raw(fast.base, url)
    expect(anonymous.body.toString()).not.toContain('Draf rahasia jalur cepat')
    expect((await raw(fast.base, url)).headers.etag).toBe(anonymous.headers.etag)

    let before = expressCalls
    const staff = await raw(fast.base, url, { Authorization: f.writer.auth })
    expect(expressCalls).toBe(before + 1)
    expect(staff.headers['cache-control']).toBe('private, no-store')
    expect(staff.body.toString()).toContain('Draf rahasia jalur cepat')

    before = expressCalls
    const cookie = await raw(fast.base, url, { Cookie: `payload-token=${f.writer.auth.slice(4)}` })
    expect(expressCalls).toBe(before + 1)
    expect(cookie.headers['cache-control']).toBe('private, no-store')
    expect(cookie.headers.etag).not.toBe(anonymous.headers.etag)

    // A portal key is checked, never skipped: a revoked or unknown one is refused even when the answer is cached.
    before = expressCalls
    const badKey = await raw(fast.base, url, {
      Authorization: 'portal-clients API-Key tidak-dikenal',
    })
    expect(expressCalls).toBe(before + 1)
    expect(badKey.status).toBe(401)

    // And the anonymous entry is still the anonymous answer.
    const again = await raw(fast.base, url)
    expect(again.headers.etag).toBe(anonymous.headers.etag)
    expect(again.body.toString()).not.toContain('Draf rahasia jalur cepat')
  })

  it('leaves writes and misses to express', async () => {
    const before = expressCalls
    responseCacheFor(n.payload).invalidate()
    await raw(fast.base, '/api/press-releases?limit=3&depth=0') // miss: computed by express
    const post = await raw(fast.base, '/api/press-releases?limit=3&depth=0', {}, 'POST')
    expect(post.status).toBeGreaterThanOrEqual(400)
    expect(expressCalls).toBe(before + 2)
  })
})
