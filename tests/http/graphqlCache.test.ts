import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { responseCacheFor } from '../../src/cache/responseCache.js'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { workflowFixture } from '../helpers/workflowFixture.js'

const LIST = '{ PressReleases(limit: 10, sort: "-publishedAt") { docs { title } } }'
/** The same query, other whitespace, a comment and a trailing comma: one cache entry. */
const LIST_REFORMATTED = `
  # daftar untuk portal
  {
    PressReleases(limit: 10, sort: "-publishedAt",) {
      docs { title }
    }
  }`
const BY_UNIT = 'query($limit: Int) { PressReleases(limit: $limit) { docs { title } } }'
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')
const getUrl = (query: string, variables?: unknown, extensions?: unknown) =>
  `/api/graphql?${new URLSearchParams({
    ...(query ? { query } : {}),
    ...(variables ? { variables: JSON.stringify(variables) } : {}),
    ...(extensions ? { extensions: JSON.stringify(extensions) } : {}),
  })}`
const titles = (body: { data: { PressReleases: { docs: { title: string }[] } } }) =>
  body.data.PressReleases.docs.map((d) => d.title)

describe.each(DATABASES)('anonymous GraphQL through the public cache (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const computations = () => responseCacheFor(n.payload).counters.computations

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis GraphQL yang terbit',
    })
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis GraphQL kedua',
    })
    await makeItem(n.payload, 'press-releases', {
      state: 'draft',
      unit: f.units.kominfo,
      title: 'Draf GraphQL rahasia',
    })
  })
  afterAll(async () => n?.stop())

  it('keys a query by its normalised text: whitespace, comments, GET or POST share one entry', async () => {
    responseCacheFor(n.payload).invalidate()
    const first = await n.http.get(getUrl(LIST)).expect(200)
    expect(first.body.errors).toBeUndefined()
    expect(titles(first.body)).toContain('Rilis GraphQL yang terbit')
    expect(titles(first.body)).not.toContain('Draf GraphQL rahasia')
    expect(first.headers['cache-control']).toMatch(/^public, max-age=\d+, s-maxage=\d+/)
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/)
    expect(first.headers.vary).toContain('Accept')
    const computed = computations()

    const reformatted = await n.http.get(getUrl(LIST_REFORMATTED)).expect(200)
    expect(reformatted.headers.etag).toBe(first.headers.etag)
    const posted = await n.http.post('/api/graphql').send({ query: LIST_REFORMATTED }).expect(200)
    expect(posted.headers.etag).toBe(first.headers.etag)
    expect(posted.body).toEqual(first.body)
    expect(computations()).toBe(computed)

    await n.http.get(getUrl(LIST)).set('If-None-Match', first.headers.etag).expect(304)
  })

  it('keys by variables and never shares with credentials, a mutation or an answer with errors', async () => {
    responseCacheFor(n.payload).invalidate()
    const one = await n.http.get(getUrl(BY_UNIT, { limit: 1 })).expect(200)
    const two = await n.http.get(getUrl(BY_UNIT, { limit: 2 })).expect(200)
    expect(titles(one.body)).toHaveLength(1)
    expect(titles(two.body).length).toBeGreaterThan(1)
    expect(one.headers.etag).not.toBe(two.headers.etag)

    const staff = await n.http.get(getUrl(LIST)).set('Authorization', f.editor.auth).expect(200)
    expect(staff.headers['cache-control']).toBe('private, no-store')
    expect(titles(staff.body)).toContain('Draf GraphQL rahasia')
    const anonymous = await n.http.get(getUrl(LIST)).expect(200)
    expect(titles(anonymous.body)).not.toContain('Draf GraphQL rahasia')

    const computed = computations()
    const mutation = 'mutation { createTopic(data: { name: "Liar", kind: category }) { id } }'
    for (let i = 0; i < 2; i++) {
      const refused = await n.http.post('/api/graphql').send({ query: mutation }).expect(200)
      expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN')
      expect(refused.headers['cache-control']).toBe('private, no-store')
    }
    // A field the public may not read: an answer with errors is never kept.
    const withErrors = '{ Users { docs { email } } }'
    for (let i = 0; i < 2; i++) {
      const res = await n.http.get(getUrl(withErrors)).expect(200)
      expect(res.body.errors).toBeDefined()
      expect(res.headers['cache-control']).toBe('private, no-store')
    }
    expect(computations()).toBe(computed + 2)
  })

  it('shows a publication on the very next read (invalidated like REST)', async () => {
    const before = await n.http.get(getUrl(LIST)).expect(200)
    expect(titles(before.body)).not.toContain('Rilis GraphQL baru')
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis GraphQL baru',
    })
    const after = await n.http.get(getUrl(LIST)).expect(200)
    expect(titles(after.body)).toContain('Rilis GraphQL baru')
  })

  it('takes Apollo persisted queries: an unknown hash asks for the query once, then the hash alone is a cached GET', async () => {
    // The registry is per process: each database's run persists its own text (a comment differs).
    const query = `{ PressReleases(limit: 3) { docs { title } } } # ${db}`
    const persistedQuery = { version: 1, sha256Hash: sha256(query) }
    const unknown = await n.http.get(getUrl('', undefined, { persistedQuery })).expect(200)
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect(unknown.headers['cache-control']).toBe('private, no-store')

    const registered = await n.http.get(getUrl(query, undefined, { persistedQuery })).expect(200)
    expect(registered.body.errors).toBeUndefined()
    const computed = computations()
    const byHash = await n.http.get(getUrl('', undefined, { persistedQuery })).expect(200)
    expect(byHash.body).toEqual(registered.body)
    expect(byHash.headers.etag).toBe(registered.headers.etag)
    expect(computations()).toBe(computed)

    // A hash that is not the query's is refused, and registers nothing.
    const lie = { version: 1, sha256Hash: sha256('{ Users { docs { email } } }') }
    const mismatch = await n.http.get(getUrl(query, undefined, { persistedQuery: lie })).expect(400)
    expect(mismatch.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH')
    const stillUnknown = await n.http
      .get(getUrl('', undefined, { persistedQuery: lie }))
      .expect(200)
    expect(stillUnknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND')
  })
})
