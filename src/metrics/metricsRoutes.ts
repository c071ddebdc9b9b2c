import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'
import { Router, type Request } from 'express'
import type { Payload } from 'payload'
import { errorBody } from '../http/errorCodes.js'
import { newsroomMetrics } from './newsroomMetrics.js'
import { routeFamily } from './routeFamily.js'

const PRIVATE_V4 = [/^127\./, /^10\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./]

/** Loopback or a private network address (the TCP peer, not a header anyone can send). */
export const isInternalAddress = (address: string | undefined): boolean => {
  if (!address) return false
  const a = address.startsWith('::ffff:') ? address.slice(7) : address
  if (isIP(a) === 4) return PRIVATE_V4.some((r) => r.test(a))
  return a === '::1' || /^f[cd][0-9a-f]{2}:/i.test(a)
}

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who may read /metrics: with METRICS_TOKEN set, whoever sends `Authorization: Bearer <token>`;
 * without it, only a direct caller on loopback or a private network. A request that came through a
 * proxy (X-Forwarded-For, Forwarded, X-Real-IP) is never taken as internal: behind nginx every
 * visitor would otherwise look like 127.0.0.1.
 */
export const mayReadMetrics = (req: Request, token = process.env.METRICS_TOKEN): boolean => {
  if (token) {
    const header = req.headers.authorization ?? ''
    return header.startsWith('Bearer ') && sameSecret(header.slice(7), token)
  }
  const proxied =
    req.headers['x-forwarded-for'] !== undefined ||
    req.headers.forwarded !== undefined ||
    req.headers['x-real-ip'] !== undefined
  return !proxied && isInternalAddress(req.socket.remoteAddress)
}

/**
 * Counts every answer by route family, method and status, with its duration. A plain Node
 * middleware, so the cached-hit fast path (src/http/cachedHitsFirst.ts) runs the same instance
 * express does.
 */
export const requestCounter = (payload: Payload) => {
  const metrics = newsroomMetrics(payload)
  const collections = new Set(payload.config.collections.map((c) => c.slug))
  return (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void => {
    const started = process.hrtime.bigint()
    // Taken now: mounted routers rewrite req.url on the way down.
    const route = routeFamily(new URL(req.url ?? '/', 'http://x').pathname, collections)
    res.on('finish', () =>
      metrics.observe(
        route,
        req.method ?? 'GET',
        res.statusCode,
        Number(process.hrtime.bigint() - started) / 1e9,
      ),
    )
    next()
  }
}

/** GET /metrics (Prometheus text format). Requests are counted by `requestCounter`, mounted first. */
export const metricsRoutes = (payload: Payload): Router => {
  const metrics = newsroomMetrics(payload)
  const router = Router()
  router.get('/metrics', async (req, res, next) => {
    if (!mayReadMetrics(req)) {
      res
        .status(process.env.METRICS_TOKEN ? 401 : 403)
        .json(
          errorBody(
            'METRICS_FORBIDDEN',
            'Metrik hanya dapat dibaca dengan token METRICS_TOKEN atau dari jaringan internal.',
          ),
        )
      return
    }
    try {
      const body = await metrics.render()
      res.type(metrics.registry.contentType).set('Cache-Control', 'no-store').send(body)
    } catch (err) {
      next(err)
    }
  })
  return router
}
