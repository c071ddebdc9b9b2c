import type { ErrorRequestHandler, RequestHandler } from 'express'
import { logger } from '../logger.js'
import { errorBody } from './errorCodes.js'

/** Last-resort JSON errors: a clear message, never a stack trace. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const status = Number(err?.status ?? err?.statusCode ?? 500)
  if (status >= 500) logger.error({ err, url: req.originalUrl }, 'unhandled request error')
  if (res.headersSent) return void res.end()
  const safe = status >= 400 && status < 500
  res
    .status(safe ? status : 500)
    .json(errorBody(safe ? 'BAD_REQUEST' : 'INTERNAL_ERROR', safe ? 'Permintaan tidak dapat diproses.' : 'Terjadi kesalahan di server.'))
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('NOT_FOUND', `Alamat tidak ditemukan: ${req.method} ${req.path}`))
}
