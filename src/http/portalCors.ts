import type { NextFunction, Request, Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import { errorBody } from '../http/errorCodes.js'
import { isAnonymousRequest } from '../cache/cachePolicy.js'
import { appendVary } from '../cache/cachedRead.js'

const ALLOWED_HEADERS = 'Authorization, Content-Type, If-None-Match, Accept-Language'

/** Origins any active portal client registered (for preflights, which carry no key). */
const registeredOrigins = async (payload: Payload): Promise<Set<string>> => {
  const clients = await payload.db.find({
    collection: 'portal-clients',
    where: { active: { equals: true } },
    limit: 0,
    pagination: false,
  })
  return new Set(
    clients.docs.flatMap((c) =>
      ((c as { allowedOrigins?: string[] | null }).allowedOrigins ?? []).map((o) =>
        o.replace(/\/$/, ''),
      ),
    ),
  )
}

const originOf = (req: IncomingMessage): string | undefined =>
  req.headers.origin?.replace(/\/$/, '')

/**
 * CORS for an anonymous read (GET or HEAD without credentials): open to any origin, without
 * credentials. Also what a cached answer gets before express (src/http/cachedHitsFirst.ts).
 */
export const anonymousReadCors = (req: IncomingMessage, res: ServerResponse): void => {
  if (
    !originOf(req) ||
    !isAnonymousRequest(req.headers) ||
    (req.method !== 'GET' && req.method !== 'HEAD')
  )
    return
  appendVary(res, ['Origin'])
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Expose-Headers', 'ETag')
}

/**
 * CORS per portal client. A browser request with a portal key is allowed only from the origins that
 * client registered (403 otherwise); anonymous public reads are open to any origin without
 * credentials; a preflight is answered for any registered origin.
 */
export const portalCors =
  (payload: Payload) => async (req: Request, res: Response, next: NextFunction) => {
    const origin = originOf(req)
    if (!origin) return next()
    try {
      res.vary('Origin')
      if (req.method === 'OPTIONS') {
        if ((await registeredOrigins(payload)).has(origin)) {
          res.set({
            'Access-Control-Allow-Origin': origin,
            'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
            'Access-Control-Allow-Headers': ALLOWED_HEADERS,
            'Access-Control-Max-Age': '600',
          })
        }
        return void res.status(204).end()
      }
      const client = res.locals.portalClient as { allowedOrigins?: string[] | null } | undefined
      if (client) {
        const allowed = (client.allowedOrigins ?? []).map((o) => o.replace(/\/$/, ''))
        if (!allowed.includes(origin)) {
          return void res
            .status(403)
            .json(
              errorBody(
                'ORIGIN_NOT_ALLOWED',
                `Origin ${origin} tidak terdaftar untuk klien portal ini. Minta admin humas menambahkannya.`,
              ),
            )
        }
        res.set({ 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'ETag' })
      } else anonymousReadCors(req, res)
      next()
    } catch (error) {
      next(error)
    }
  }
