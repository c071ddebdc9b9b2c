import type { ErrorRequestHandler, RequestHandler } from 'express'
import { logger } from '../logger.js'
import { classifyError, errorBody } from './errorCodes.js'
import { requestIdOf } from './requestId.js'

const SERVER_FAULT =
  'Terjadi kesalahan di server. Silakan coba lagi; bila berulang, hubungi admin dengan kode permintaan ini.'

/**
 * Last-resort JSON errors: known error classes answer their 4xx with a stable code; anything else is a
 * 500 carrying the request id, logged at error with that id. Never a stack trace.
 */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const c = classifyError(err)
  const requestId = requestIdOf(req)
  if (c.status >= 500)
    logger.error(
      { err, requestId, method: req.method, url: req.originalUrl },
      'unhandled request error',
    )
  if (res.headersSent) return void res.end()
  if (c.status >= 500)
    return void res
      .status(c.status)
      .json({ errors: [{ code: c.code, message: SERVER_FAULT, requestId }] })
  // Our own refusals are written for people; other libraries' messages are not, and may be English.
  const own =
    (err as { isPublic?: unknown })?.isPublic === true && typeof (err as Error).message === 'string'
  res
    .status(c.status)
    .json(
      errorBody(
        c.code,
        c.message ?? (own ? (err as Error).message : 'Permintaan tidak dapat diproses.'),
      ),
    )
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody('NOT_FOUND', `Alamat tidak ditemukan: ${req.method} ${req.path}`))
}
