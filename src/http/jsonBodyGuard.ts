import express, { type NextFunction, type Request, type Response } from 'express'
import { errorBody } from './errorCodes.js'

/**
 * Buffers JSON bodies up to a limit and refuses malformed or oversized ones with a clear message,
 * before Payload sees them. The raw bytes are kept for the Fetch bridge: no other body parser runs.
 */
export const jsonBodyGuard = (limit: string) => {
  const raw = express.raw({ type: ['application/json', 'application/*+json'], limit })
  return (req: Request, res: Response, next: NextFunction): void => {
    raw(req, res, (err?: unknown) => {
      if (err) {
        const status = (err as { status?: number }).status ?? 400
        if (status === 413) {
          res
            .status(413)
            .json(
              errorBody('PAYLOAD_TOO_LARGE', `Badan permintaan terlalu besar (batas ${limit}).`),
            )
          return
        }
        res.status(400).json(errorBody('BAD_REQUEST', 'Badan permintaan tidak dapat dibaca.'))
        return
      }
      if (Buffer.isBuffer(req.body)) {
        const bytes = req.body as Buffer
        ;(req as { rawBody?: Buffer }).rawBody = bytes
        req.body = undefined
        if (bytes.length > 0) {
          let parsed: unknown
          try {
            parsed = JSON.parse(bytes.toString('utf8'))
          } catch (parseError) {
            res
              .status(400)
              .json(
                errorBody(
                  'INVALID_JSON',
                  `Badan permintaan bukan JSON yang sah: ${(parseError as Error).message}`,
                ),
              )
            return
          }
          // Every JSON body this API takes is an object: a string, number, list or null is refused here,
          // before any hook reads fields from it.
          if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
            res
              .status(400)
              .json(errorBody('INVALID_JSON', 'Badan permintaan harus berupa objek JSON ({ … }).'))
            return
          }
        }
      }
      next()
    })
  }
}
