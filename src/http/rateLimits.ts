import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { errorBody } from './errorCodes.js'

/**
 * Limits on the endpoints worth attacking: logins (password guessing) and workflow actions (each
 * refusal writes an audit entry, so a flood would fill the log). Per client IP, per minute.
 */
export const sensitiveRateLimit = (perMinute = Number(process.env.RATE_LIMIT_SENSITIVE_PER_MINUTE ?? 120)): RequestHandler =>
  rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody('TOO_MANY_REQUESTS', 'Terlalu banyak permintaan dalam satu menit. Tunggu sebentar lalu coba lagi.'))
    },
  })
