import type { RequestHandler } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'

/** Payload's REST API, mounted in express through the Fetch bridge. */
export const restRoute =
  (config: SanitizedConfig, payloadInstanceCacheKey: string): RequestHandler =>
  async (req, res, next) => {
    try {
      const response = await handleEndpoints({ config, request: toFetchRequest(req), payloadInstanceCacheKey })
      await sendFetchResponse(response, res)
    } catch (error) {
      next(error)
    }
  }
