import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'
import { portalIsUsable } from '../access/principal.js'
import { errorBody } from '../http/errorCodes.js'
import { apiKeyIndexOf, PORTAL_AUTH_PREFIX } from '../delivery/portalKeys.js'

const LAST_USED_PRECISION_MS = 60_000

/**
 * A request that presents a portal API key must present a live one: an unknown, revoked, inactive or
 * expired key gets 401 at once, rather than quietly reading as the anonymous public. A live key has
 * its "last used" time recorded (at most once a minute).
 */
export const portalKeyGuard =
  (payload: Payload) => async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers.authorization
    if (!header?.startsWith(PORTAL_AUTH_PREFIX)) return next()
    try {
      const key = header.slice(PORTAL_AUTH_PREFIX.length).trim()
      const client = (await payload.db.findOne({
        collection: 'portal-clients',
        where: {
          and: [
            { apiKeyIndex: { equals: apiKeyIndexOf(key, payload.secret) } },
            { enableAPIKey: { equals: true } },
          ],
        },
      })) as {
        id: string | number
        active?: boolean
        expiresAt?: string
        lastUsedAt?: string
        allowedOrigins?: string[] | null
      } | null
      const now = new Date()
      if (!client || !portalIsUsable(client, now)) {
        res
          .status(401)
          .json(
            errorBody(
              'INVALID_API_KEY',
              'Kunci API portal tidak dikenal, telah dicabut, nonaktif atau kedaluwarsa. Hubungi admin humas.',
            ),
          )
        return
      }
      res.locals.portalClient = client
      if (
        !client.lastUsedAt ||
        now.getTime() - new Date(client.lastUsedAt).getTime() > LAST_USED_PRECISION_MS
      ) {
        await payload.db.updateOne({
          collection: 'portal-clients',
          id: client.id,
          data: { lastUsedAt: now.toISOString() },
        })
      }
      next()
    } catch (error) {
      next(error)
    }
  }
