import express, { type NextFunction, type Request, type Response } from 'express'
import { errorBody } from './errorCodes.js'

/**
 * A multipart body names its boundary in the header, opens with it and closes with it; the form
 * parser behind Payload throws outside any status otherwise.
 */
const wellFramed = (contentType: string, body: Buffer): boolean => {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) return false
  const open = Buffer.from(`--${boundary}`)
  const start = body
    .subarray(0, open.length + 2)
    .toString('latin1')
    .replace(/^\r\n/, '')
  return start.startsWith(open.toString('latin1')) && body.includes(Buffer.from(`--${boundary}--`))
}

/**
 * Reads multipart uploads into memory (up to the upload limit plus form overhead) before Payload
 * parses them: one buffer instead of a Node→Web stream of small chunks, which measured ~0.5 s slower
 * for a 7 MB photo. Over the limit: 413 before anything is parsed or stored.
 */
export const uploadBodyBuffer = (maxUploadBytes: number) => {
  const limit = maxUploadBytes + 1024 * 1024
  const raw = express.raw({ type: 'multipart/form-data', limit })
  return (req: Request, res: Response, next: NextFunction): void => {
    raw(req, res, (err?: unknown) => {
      if (err) {
        const status = (err as { status?: number }).status ?? 400
        const mb = (maxUploadBytes / 1024 / 1024).toFixed(0)
        if (status === 413)
          return void res
            .status(413)
            .json(errorBody('PAYLOAD_TOO_LARGE', `Berkas melebihi batas unggahan ${mb} MB.`))
        return void res.status(400).json(errorBody('BAD_REQUEST', 'Unggahan tidak dapat dibaca.'))
      }
      if (Buffer.isBuffer(req.body)) {
        if (!wellFramed(String(req.headers['content-type'] ?? ''), req.body)) {
          return void res
            .status(400)
            .json(
              errorBody(
                'INVALID_MULTIPART',
                'Unggahan tidak dapat dibaca: batas (boundary) multipart hilang atau rusak.',
              ),
            )
        }
        ;(req as { rawBody?: Buffer }).rawBody = req.body
        req.body = undefined
      }
      next()
    })
  }
}
