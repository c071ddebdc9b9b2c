import type { Request, RequestHandler } from 'express'
import { refusedBeforePayload } from './refusedBeforePayload.js'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { isCacheableRead, serveCachedRead } from '../cache/cachedRead.js'
import { responseCacheFor } from '../cache/responseCache.js'
import { invalidateAfter, withinWriteScope } from '../cache/invalidation.js'
import { errorBody, errorCodeFor } from './errorCodes.js'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'

/**
 * Payload answers its own routing misses (an unknown route, a method it does not serve) with
 * `{ message }` and the caller's Host in it: every error body here is `{ errors: [{ code, message }] }`.
 */
const withErrorCode = async (response: Response, req: Request): Promise<Response> => {
  if (response.status < 400 || !(response.headers.get('content-type') ?? '').includes('json'))
    return response
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = null
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  if (body && typeof body === 'object' && Array.isArray((body as { errors?: unknown }).errors))
    return new Response(text, { status: response.status, headers })
  const message =
    response.status === 404
      ? `Alamat tidak ditemukan: ${req.method} ${req.baseUrl}${req.path}`
      : 'Permintaan tidak dapat dilayani.'
  return new Response(JSON.stringify(errorBody(errorCodeFor(response.status), message)), {
    status: response.status,
    headers,
  })
}

/**
 * Lists default to `depth=1`: each item's relations (unit, topics, photos) are populated, theirs are
 * ids. Payload's own default (2) read every unit's parent and every photo's unit again for each
 * page; a caller that wants them asks for `depth=2`. Single items keep Payload's default.
 */
export const LIST_DEFAULT_DEPTH = 1
const listDefaults = (req: Request): string | undefined =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  /^\/[^/]+\/?$/.test(req.path) &&
  req.query.depth === undefined
    ? `depth=${LIST_DEFAULT_DEPTH}`
    : undefined

/** Payload's REST API, mounted in express through the Fetch bridge; reads go through the response cache. */
export const restRoute = (
  config: SanitizedConfig,
  payloadInstanceCacheKey: string,
  payload: Payload,
): RequestHandler => {
  const cache = responseCacheFor(payload)
  return async (req, res, next) => {
    try {
      const refusal = refusedBeforePayload(req, config)
      if (refusal)
        return void res.status(refusal.status).json(errorBody(refusal.code, refusal.message))
      const compute = async () =>
        withErrorCode(
          await handleEndpoints({
            config,
            // Payload serves no HEAD: a read's HEAD is its GET, sent without the body (serveCachedRead).
            request: toFetchRequest(req, {
              asMethod: isCacheableRead(req) ? 'GET' : undefined,
              defaultQuery: listDefaults(req),
            }),
            payloadInstanceCacheKey,
          }),
          req,
        )
      if (isCacheableRead(req)) return await serveCachedRead(req, res, cache, compute)
      const { result: response, stored } = await withinWriteScope(compute)
      await sendFetchResponse(response, res)
      // Writes commit when the operation returns: drop what was cached meanwhile, if it was public.
      invalidateAfter(payload, { via: 'rest', method: req.method, status: response.status, stored })
    } catch (error) {
      next(error)
    }
  }
}
