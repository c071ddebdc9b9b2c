import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { findCached, sendCached } from '../cache/cachedRead.js'
import type { ResponseCache } from '../cache/responseCache.js'
import { sharedCacheKeyOf } from '../cache/sharedCacheKey.js'
import { anonymousReadCors } from './portalCors.js'
import { logger } from '../logger.js'

/** A Node middleware that calls `next` before returning (request id, request log, security headers). */
export type SyncMiddleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (err?: unknown) => void,
) => void

export type CachedHitsFirstOptions = {
  /** The express app: everything that is not a fresh cache hit goes there untouched. */
  app: RequestListener
  cache: () => ResponseCache
  databaseDown: () => boolean
  /**
   * The very middleware instances express runs before its own cache check, in the same order, so a
   * hit answered here carries what express would have added: connection tracking, request id,
   * request log line, security headers.
   */
  before: SyncMiddleware[]
}

/**
 * The HTTP server's request handler: a fresh cached answer for an anonymous public read (the one rule
 * in src/cache/sharedCacheKey.ts) is sent right here, without express's router and middleware stack;
 * anything else (a miss, credentials, a write, a portal key) goes to express unchanged.
 */
export const cachedHitsFirst = ({
  app,
  cache,
  databaseDown,
  before,
}: CachedHitsFirstOptions): RequestListener => {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return app(req, res)
    const responses = cache()
    const found = findCached(responses, sharedCacheKeyOf(req), databaseDown)
    if (!found) return app(req, res)
    for (const middleware of before) {
      let passed = false
      let failed: unknown
      middleware(req, res, (err) => {
        if (err) failed = err
        else passed = true
      })
      if (failed !== undefined) {
        logger.error({ err: failed }, 'a middleware before the cached answer failed')
        res.statusCode = 500
        return void res.end()
      }
      // Not one of ours (they all pass at once): it answered; nothing more to do here.
      if (!passed) return
    }
    sendCached(req, res, responses, found, anonymousReadCors)
  }
}
