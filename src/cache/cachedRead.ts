import type { NextFunction, Request, Response as ExpressResponse } from 'express'
import { gzipSync } from 'node:zlib'
import {
  etagMatches,
  isAnonymousRequest,
  PRIVATE_CACHE_CONTROL,
  publicCacheControl,
  strongEtag,
} from './cachePolicy.js'
import type { CachedResponse, ResponseCache } from './responseCache.js'

const SKIPPED_HEADERS = new Set([
  'set-cookie',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
])

const wantsGzip = (req: Request): boolean =>
  /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))

const send = (
  res: ExpressResponse,
  req: Request,
  entry: Pick<CachedResponse, 'status' | 'headers' | 'body' | 'etag'> & { gzip?: Buffer },
): void => {
  res.status(entry.status).set(entry.headers).set({ ETag: entry.etag })
  for (const header of ['Authorization', 'Cookie', 'Accept-Language', 'Accept-Encoding'])
    res.vary(header)
  if (etagMatches(req.headers['if-none-match'], entry.etag)) return void res.status(304).end()
  // Shared entries are compressed once, not on every request.
  if (entry.gzip && wantsGzip(req)) return void res.set('Content-Encoding', 'gzip').send(entry.gzip)
  res.send(entry.body)
}

const CACHED_PREFIXES = ['/api/', '/feeds/', '/sitemap-news.xml']

/**
 * The fast path: an anonymous read already in the cache is answered before the rest of the stack
 * (body parsers, key checks, Payload) runs. Anything else continues.
 */
export const cachedPublicReads =
  (cacheOf: () => ResponseCache, databaseDown: () => boolean = () => false) =>
  (req: Request, res: ExpressResponse, next: NextFunction): void => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !isAnonymousRequest(req.headers) ||
      !CACHED_PREFIXES.some((p) => req.path.startsWith(p))
    )
      return next()
    const key = cacheKeyOf(req)
    const live = cacheOf().get(key)
    const hit = live ?? (databaseDown() ? cacheOf().lastGood(key) : undefined)
    if (!hit) return next()
    if (req.headers.origin)
      res
        .set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' })
        .vary('Origin')
    // A stale answer (database down) must not be kept downstream as if it were fresh.
    send(
      res,
      req,
      live
        ? hit
        : {
            ...hit,
            headers: { ...hit.headers, 'cache-control': 'public, max-age=0, must-revalidate' },
          },
    )
  }

const cacheKeyOf = (req: Request): string =>
  `${req.originalUrl}|${req.get('accept-language') ?? ''}`

/** A GET whose JSON body can carry an ETag and, for anonymous callers, be shared. Files keep their own headers. */
export const isCacheableRead = (req: Request): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') && !/\/(file|sizes)\//.test(req.path)

/**
 * Serves a read through the public response cache: anonymous callers share entries (keyed by URL and
 * language); everyone gets a strong ETag and 304 when it matches; responses for anyone with
 * credentials are `private, no-store` and never stored.
 */
export const serveCachedRead = async (
  req: Request,
  res: ExpressResponse,
  cache: ResponseCache,
  compute: () => Promise<globalThis.Response>,
): Promise<void> => {
  // Hits were answered by the fast path (cachedPublicReads); here the response is computed.
  const anonymous = isAnonymousRequest(req.headers)
  const key = cacheKeyOf(req)
  const generation = cache.generation
  // The entry's life is measured from when its data was read: an embargo that ends while the
  // response is being built must still cut it short.
  const readAt = Date.now()
  const response = await compute()
  const body = Buffer.from(await response.arrayBuffer())
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (!SKIPPED_HEADERS.has(name)) headers[name] = value
  })
  const etag = strongEtag(body)
  if (response.status !== 200 || !anonymous) {
    headers['cache-control'] = PRIVATE_CACHE_CONTROL
    return send(res, req, { status: response.status, headers, body, etag })
  }
  const ttl = await cache.ttlMs(readAt)
  headers['cache-control'] = publicCacheControl(ttl - (Date.now() - readAt))
  const entry = {
    status: 200,
    headers,
    body,
    etag,
    expiresAt: readAt + ttl,
    gzip: body.length > 1024 ? gzipSync(body) : undefined,
  }
  cache.set(key, entry, generation)
  send(res, req, entry)
}
