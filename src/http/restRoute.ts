import type { RequestHandler } from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { isCacheableRead, serveCachedRead } from '../delivery/cachedRead.js'
import { responseCacheFor } from '../delivery/responseCache.js'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'

/** Payload's REST API, mounted in express through the Fetch bridge; reads go through the response cache. */
export const restRoute = (config: SanitizedConfig, payloadInstanceCacheKey: string, payload: Payload): RequestHandler => {
  const cache = responseCacheFor(payload)
  return async (req, res, next) => {
    try {
      const compute = () => handleEndpoints({ config, request: toFetchRequest(req), payloadInstanceCacheKey })
      if (isCacheableRead(req)) return await serveCachedRead(req, res, cache, compute)
      const response = await compute()
      await sendFetchResponse(response, res)
      // Writes commit when the operation returns: drop what was cached meanwhile. A 503 wrote
      // nothing (database down): keep the cache, it is what readers get during the outage.
      if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS' && response.status !== 503) cache.invalidate()
    } catch (error) {
      next(error)
    }
  }
}
