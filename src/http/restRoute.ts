import type { Request, RequestHandler } from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { isCacheableRead, serveCachedRead } from '../delivery/cachedRead.js'
import { responseCacheFor } from '../delivery/responseCache.js'
import { invalidateAfter } from '../delivery/invalidation.js'
import { errorBody } from './errorCodes.js'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'

/**
 * What Payload would choke on before any hook runs: a path that does not percent-decode (its router
 * decodes with decodeURIComponent) and `where`/`data` given as JSON text that does not parse.
 */
const malformed = (req: Request): { code: string; message: string } | null => {
  try {
    decodeURIComponent(req.path)
  } catch {
    return { code: 'BAD_REQUEST', message: 'Alamat permintaan memuat pengodean persen yang rusak.' }
  }
  const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
  for (const name of ['where', 'data']) {
    const text = search.get(name)
    if (!text) continue
    try {
      const parsed = JSON.parse(text)
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
    } catch {
      return { code: 'INVALID_QUERY', message: `Kueri tidak sah: parameter "${name}" harus berupa objek JSON atau where[kolom][operator]=nilai.` }
    }
  }
  return null
}

/** Payload's REST API, mounted in express through the Fetch bridge; reads go through the response cache. */
export const restRoute = (config: SanitizedConfig, payloadInstanceCacheKey: string, payload: Payload): RequestHandler => {
  const cache = responseCacheFor(payload)
  return async (req, res, next) => {
    try {
      const refusal = malformed(req)
      if (refusal) return void res.status(400).json(errorBody(refusal.code, refusal.message))
      const compute = () => handleEndpoints({ config, request: toFetchRequest(req), payloadInstanceCacheKey })
      if (isCacheableRead(req)) return await serveCachedRead(req, res, cache, compute)
      const response = await compute()
      await sendFetchResponse(response, res)
      // Writes commit when the operation returns: drop what was cached meanwhile.
      invalidateAfter(payload, { via: 'rest', method: req.method, status: response.status })
    } catch (error) {
      next(error)
    }
  }
}
