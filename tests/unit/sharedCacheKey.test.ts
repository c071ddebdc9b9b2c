import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { publicCacheControl, publicLifetime } from '../../src/cache/cachePolicy.js'
import { persistedQueries } from '../../src/cache/graphqlOperation.js'
import { sharedCacheKeyOf } from '../../src/cache/sharedCacheKey.js'

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  sharedCacheKeyOf({ method, url, headers })
const gql = (query: string, extra: Record<string, string> = {}) =>
  `/api/graphql?${new URLSearchParams({ query, ...extra })}`

describe('which requests share a cached answer (one rule)', () => {
  it('shares anonymous GET and HEAD reads of the API, feeds and sitemap, per URL and language', () => {
    expect(get('/api/press-releases?limit=10')).toBe('/api/press-releases?limit=10|')
    expect(get('/api/press-releases?limit=10', {}, 'HEAD')).toBe(
      get('/api/press-releases?limit=10'),
    )
    expect(get('/feeds/rss.xml', { 'accept-language': 'en' })).toBe('/feeds/rss.xml|en')
    expect(get('/sitemap-news.xml')).not.toBeNull()
  })

  it('shares nothing with credentials of any kind, writes, files or other paths', () => {
    expect(get('/api/press-releases', { authorization: 'JWT abc' })).toBeNull()
    expect(get('/api/press-releases', { authorization: 'portal-clients API-Key k' })).toBeNull()
    expect(get('/api/press-releases', { cookie: 'payload-token=abc' })).toBeNull()
    expect(get('/api/press-releases', { cookie: 'theme=dark; payload-token=abc' })).toBeNull()
    expect(get('/api/press-releases', {}, 'POST')).toBeNull()
    expect(get('/api/press-releases/1', {}, 'DELETE')).toBeNull()
    expect(get('/api/photos/file/a.jpg')).toBeNull()
    expect(get('/api/photos/sizes/a-card.webp')).toBeNull()
    expect(get('/healthz')).toBeNull()
    expect(get('/admin')).toBeNull()
  })

  it('keys GraphQL by the parsed query, sorted variables and operation name; never a mutation', () => {
    const a = get(gql('{ PressReleases(limit: 10) { docs { title } } }'))
    const b = get(gql('# komentar\n{\n  PressReleases(limit: 10,) {\n docs { title }  }\n}'))
    expect(a).not.toBeNull()
    expect(b).toBe(a)
    expect(get(gql('{ PressReleases(limit: 11) { docs { title } } }'))).not.toBe(a)
    const q = 'query($l: Int, $p: Int) { PressReleases(limit: $l, page: $p) { docs { title } } }'
    expect(get(gql(q, { variables: '{"l":1,"p":2}' }))).toBe(
      get(gql(q, { variables: '{"p":2,"l":1}' })),
    )
    expect(get(gql(q, { variables: '{"l":1,"p":2}' }))).not.toBe(
      get(gql(q, { variables: '{"l":1,"p":3}' })),
    )
    // graphql-http answers by the media type accepted.
    expect(get(gql(q), { accept: 'application/graphql-response+json' })).not.toBe(get(gql(q)))

    expect(get(gql('mutation { createTopic(data: {name: "x"}) { id } }'))).toBeNull()
    expect(get(gql('subscription { x }'))).toBeNull()
    expect(get(gql('{ broken'))).toBeNull()
    expect(get(gql(q, { variables: 'not json' }))).toBeNull()
    const two = 'query A { Topics { docs { name } } } mutation B { logout }'
    expect(get(gql(two))).toBeNull() // ambiguous without an operation name
    expect(get(gql(two, { operationName: 'A' }))).not.toBeNull()
    expect(get(gql(two, { operationName: 'B' }))).toBeNull()
    expect(get(gql('{ Topics { docs { name } } }'), { authorization: 'JWT x' })).toBeNull()
    expect(get(gql('{ Topics { docs { name } } }'), {}, 'HEAD')).toBeNull()
    // A POST's key needs its body.
    expect(sharedCacheKeyOf({ method: 'POST', url: '/api/graphql', headers: {} })).toBeNull()
    expect(
      sharedCacheKeyOf(
        { method: 'POST', url: '/api/graphql', headers: {} },
        { query: '{ PressReleases(limit: 10) { docs { title } } }' },
      ),
    ).toBe(a)
  })

  it('keys a persisted query by its registered text, and only once it is registered', () => {
    const query = '{ Units { docs { name } } }'
    const hash = createHash('sha256').update(query).digest('hex')
    const byHash = `/api/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`
    expect(get(byHash)).toBeNull()
    expect(persistedQueries.register(hash, '{ Users { docs { email } } }')).toBe(false)
    expect(get(byHash)).toBeNull()
    expect(persistedQueries.register(hash, query)).toBe(true)
    expect(get(byHash)).toBe(get(gql(query)))
  })
})

describe('how long a public answer lives', () => {
  const now = Date.parse('2026-11-23T08:00:00Z')
  it('is fresh for the TTL, then usable stale for 60 s, never past the next publication boundary', () => {
    expect(publicLifetime(now, null, 30_000)).toEqual({
      expiresAt: now + 30_000,
      staleUntil: now + 90_000,
    })
    expect(publicLifetime(now, now + 50_000, 30_000)).toEqual({
      expiresAt: now + 30_000,
      staleUntil: now + 50_000,
    })
    expect(publicLifetime(now, now + 10_000, 30_000)).toEqual({
      expiresAt: now + 10_000,
      staleUntil: now + 10_000,
    })
  })
  it('says so in Cache-Control', () => {
    expect(publicCacheControl(30_000, 60_000)).toBe(
      'public, max-age=30, s-maxage=30, stale-while-revalidate=60',
    )
    expect(publicCacheControl(10_000, 0)).toBe('public, max-age=10, s-maxage=10')
    expect(publicCacheControl(500, 0)).toBe('public, max-age=0, must-revalidate')
  })
})
