import type { Request, Response as ExpressResponse } from 'express'
import { etagMatches, isAnonymousRequest, PRIVATE_CACHE_CONTROL, publicCacheControl, strongEtag } from './cachePolicy.js'
import type { CachedResponse, ResponseCache } from './responseCache.js'

const SKIPPED_HEADERS = new Set(['set-cookie', 'content-length', 'content-encoding', 'etag', 'cache-control', 'vary'])

const send = (res: ExpressResponse, req: Request, entry: Pick<CachedResponse, 'status' | 'headers' | 'body' | 'etag'>): void => {
  res.status(entry.status).set(entry.headers).set({ ETag: entry.etag })
  for (const header of ['Authorization', 'Cookie', 'Accept-Language']) res.vary(header)
  if (etagMatches(req.headers['if-none-match'], entry.etag)) return void res.status(304).end()
  res.send(entry.body)
}

/** A GET whose JSON body can carry an ETag and, for anonymous callers, be shared. Files keep their own headers. */
export const isCacheableRead = (req: Request): boolean => (req.method === 'GET' || req.method === 'HEAD') && !/\/(file|sizes)\//.test(req.path)

/**
 * Serves a read through the public response cache: anonymous callers share entries (keyed by URL and
 * language); everyone gets a strong ETag and 304 when it matches; responses for anyone with
 * credentials are `private, no-store` and never stored.
 */
export const serveCachedRead = async (req: Request, res: ExpressResponse, cache: ResponseCache, compute: () => Promise<globalThis.Response>): Promise<void> => {
  const anonymous = isAnonymousRequest(req.headers)
  const key = `${req.originalUrl}|${req.get('accept-language') ?? ''}`
  if (anonymous) {
    const hit = cache.get(key)
    if (hit) return send(res, req, hit)
  }
  const generation = cache.generation
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
  const ttl = await cache.ttlMs()
  headers['cache-control'] = publicCacheControl(ttl)
  const entry = { status: 200, headers, body, etag, expiresAt: Date.now() + ttl }
  cache.set(key, entry, generation)
  send(res, req, entry)
}
