import type { NextFunction, Request, Response as ExpressResponse } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { logger } from '../logger.js'
import {
  etagMatches,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
  strongEtag,
} from './cachePolicy.js'
import type { CachedResponse, ResponseCache } from './responseCache.js'
import { sharedCacheKeyOf } from './sharedCacheKey.js'
import type { GraphQLParams } from './graphqlOperation.js'

const SKIPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'age',
])

/** Entries at least this big keep a gzip copy (compression's own threshold: it never compresses below). */
const GZIP_THRESHOLD = 1024
const VARY = ['Authorization', 'Cookie', 'Accept-Language', 'Accept-Encoding']
/** Marks a response whose encoding this module decided (src/server.ts tells compression to leave it). */
const SHARED = Symbol('sharedCacheAnswer')

/** Whether the response is a shared cached answer, which compression must not re-encode. */
export const isSharedCacheAnswer = (res: ServerResponse): boolean =>
  (res as { [SHARED]?: boolean })[SHARED] === true

/** Appends to Vary as express's res.vary does (the `vary` package): once, in order. */
export const appendVary = (res: ServerResponse, fields: string[]): void => {
  const existing = res.getHeader('Vary')
  if (existing === undefined) return void res.setHeader('Vary', fields.join(', '))
  const current = String(existing)
  if (current === '*') return
  const have = new Set(
    current
      .split(',')
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean),
  )
  const added = fields.filter((f) => !have.has(f.toLowerCase()))
  if (added.length)
    res.setHeader('Vary', current ? `${current}, ${added.join(', ')}` : added.join(', '))
}

const wantsGzip = (req: IncomingMessage): boolean =>
  /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

type Answer = Pick<CachedResponse, 'status' | 'headers' | 'body' | 'etag'> & {
  gzip?: Buffer
  storedAt?: number
}

/**
 * Writes an answer with Node's own API, so that the path before express and the routes inside it
 * send exactly the same bytes and headers: ETag and Vary always, Age for shared answers, 304 when
 * the ETag matches, the stored gzip when the client takes it, no body for HEAD.
 */
export const sendAnswer = (
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  now: number,
): void => {
  res.statusCode = answer.status
  for (const name in answer.headers)
    if (name === 'vary') appendVary(res, answer.headers.vary.split(/\s*,\s*/))
    else res.setHeader(name, answer.headers[name])
  res.setHeader('ETag', answer.etag)
  appendVary(res, VARY)
  if (answer.storedAt !== undefined) {
    ;(res as { [SHARED]?: boolean })[SHARED] = true
    res.setHeader('Age', String(Math.max(0, Math.floor((now - answer.storedAt) / 1000))))
  }
  if (etagMatches(req.headers['if-none-match'], answer.etag)) {
    res.statusCode = 304
    return void res.end()
  }
  const gzip = answer.gzip && wantsGzip(req)
  const body = gzip ? answer.gzip! : answer.body
  if (gzip) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** A stale answer (database down) must not be kept downstream as if it were fresh. */
const asLastResort = (entry: CachedResponse): CachedResponse => ({
  ...entry,
  headers: { ...entry.headers, 'cache-control': 'public, max-age=0, must-revalidate' },
})

export type CachedAnswer = { entry: CachedResponse; fresh: boolean; now: number }

/** The cached answer for a shared key: a fresh entry, or while the database is down the last good one. */
export const findCached = (
  cache: ResponseCache,
  key: string | null,
  databaseDown: () => boolean,
): CachedAnswer | undefined => {
  if (key === null) return undefined
  const now = cache.now()
  const fresh = cache.get(key, now)
  if (fresh) return { entry: fresh, fresh: true, now }
  const lastGood = databaseDown() ? cache.lastGood(key) : undefined
  return lastGood && { entry: lastGood, fresh: false, now }
}

/** Sends a cached answer to an anonymous reader, with the CORS headers of an anonymous read (`setCors`, src/http/portalCors.ts). */
export const sendCached = (
  req: IncomingMessage,
  res: ServerResponse,
  cache: ResponseCache,
  { entry, fresh, now }: CachedAnswer,
  setCors: (req: IncomingMessage, res: ServerResponse) => void,
): void => {
  cache.counters.hits++
  setCors(req, res)
  sendAnswer(req, res, fresh ? entry : asLastResort(entry), now)
}

/**
 * The same answer inside express, for when the app is mounted without src/http/cachedHitsFirst.ts
 * (which answers hits before express): after the security headers, before compression and the rest.
 */
export const cachedPublicReads =
  (
    cacheOf: () => ResponseCache,
    databaseDown: () => boolean,
    setCors: (req: IncomingMessage, res: ServerResponse) => void,
  ) =>
  (req: Request, res: ExpressResponse, next: NextFunction): void => {
    const cache = cacheOf()
    const found = findCached(cache, sharedCacheKeyOf(req), databaseDown)
    if (found) sendCached(req, res, cache, found, setCors)
    else next()
  }

/** A GET whose JSON body can carry an ETag and, for anonymous callers, be shared. Files keep their own headers. */
export const isCacheableRead = (req: Request): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') && !/\/(file|sizes)\//.test(req.path)

/** express's res.set adds the charset to a bare JSON or text type: stored answers keep that wire format. */
const withCharset = (type: string): string =>
  /charset=/i.test(type) || !/^(application\/json|text\/)/i.test(type)
    ? type
    : `${type}; charset=utf-8`

const headersOf = (response: globalThis.Response): Record<string, string> => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!SKIPPED_HEADERS.has(name)) headers[name] = value
  })
  if (headers['content-type']) headers['content-type'] = withCharset(headers['content-type'])
  return headers
}

/** GraphQL answers 200 with `errors` when a resolver failed (the database, say): never shared. */
const hasGraphqlErrors = (body: Buffer): boolean => {
  try {
    return Array.isArray((JSON.parse(body.toString('utf8')) as { errors?: unknown }).errors)
  } catch {
    return true
  }
}

/**
 * Computes a shared answer once and stores it when it may be shared (a 200; for GraphQL, without
 * errors; and not across an invalidation). The entry's life is measured from when its data was
 * read: an embargo that ends while the response is being built still cuts it short.
 */
const computeShared = async (
  cache: ResponseCache,
  key: string,
  compute: () => Promise<globalThis.Response>,
  graphql: boolean,
): Promise<Answer> => {
  const generation = cache.generation
  const readAt = cache.now()
  const response = await compute()
  const body = Buffer.from(await response.arrayBuffer())
  const headers = headersOf(response)
  const etag = strongEtag(body)
  if (response.status !== 200 || (graphql && hasGraphqlErrors(body))) {
    headers['cache-control'] = PRIVATE_CACHE_CONTROL
    return { status: response.status, headers, body, etag }
  }
  const { expiresAt, staleUntil } = await cache.lifetime(readAt)
  const now = cache.now()
  headers['cache-control'] = publicCacheControl(expiresAt - now, staleUntil - expiresAt)
  // graphql-http answers by the media type accepted (src/cache/sharedCacheKey.ts keys by it).
  if (graphql) headers.vary = 'Accept'
  const entry: CachedResponse = {
    status: 200,
    headers,
    body,
    etag,
    storedAt: readAt,
    expiresAt,
    staleUntil,
    gzip: body.length >= GZIP_THRESHOLD ? gzipSync(body) : undefined,
  }
  cache.set(key, entry, generation)
  return entry
}

/**
 * Serves a read through the public response cache: anonymous callers share entries (keyed by
 * src/cache/sharedCacheKey.ts); everyone gets a strong ETag and 304 when it matches; responses for
 * anyone with credentials are `private, no-store` and never stored. For a shared key, one
 * computation runs at a time: concurrent readers wait for it, or get the expired entry at once
 * while it is within stale-while-revalidate (and one refresh runs behind it).
 */
export const serveCachedRead = async (
  req: Request,
  res: ExpressResponse,
  cache: ResponseCache,
  compute: () => Promise<globalThis.Response>,
  /** For GraphQL: its answers are shared only without errors; a POST's key needs its body. */
  graphql?: { body?: GraphQLParams },
): Promise<void> => {
  const key = cache.enabled ? sharedCacheKeyOf(req, graphql?.body) : null
  if (key === null) {
    const response = await compute()
    const body = Buffer.from(await response.arrayBuffer())
    const headers = headersOf(response)
    headers['cache-control'] = PRIVATE_CACHE_CONTROL
    return sendAnswer(
      req,
      res,
      { status: response.status, headers, body, etag: strongEtag(body) },
      cache.now(),
    )
  }
  const now = cache.now()
  // Normally answered before express (src/http/cachedHitsFirst.ts); a request racing a store gets it here.
  const fresh = cache.get(key, now)
  if (fresh) {
    cache.counters.hits++
    return sendAnswer(req, res, fresh, now)
  }
  const stale = cache.stale(key, now)
  if (stale) {
    cache.counters.staleHits++
    if (!cache.isComputing(key))
      void cache
        .singleFlight(key, () => computeShared(cache, key, compute, graphql !== undefined))
        .catch((err) => logger.warn({ err, key }, 'refreshing a stale public read failed'))
    return sendAnswer(req, res, stale, now)
  }
  cache.counters.misses++
  const answer = await cache.singleFlight(key, () =>
    computeShared(cache, key, compute, graphql !== undefined),
  )
  sendAnswer(req, res, answer, cache.now())
}
