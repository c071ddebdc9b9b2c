import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { RequestHandler } from 'express'
import { requestContext } from '../logger.js'

/**
 * Every request gets its own id, returned as `X-Request-Id` and in 5xx bodies, and logged with the
 * error. A client's own X-Request-Id is never taken: ids must be unforgeable to join logs to reports.
 * Everything logged while the request is answered (Payload's messages included) carries `requestId`.
 */
export const assignRequestId: RequestHandler = (req, res, next) => {
  const id = randomUUID()
  ;(req as { id?: string }).id = id
  res.setHeader('X-Request-Id', id)
  requestContext.run({ requestId: id }, next)
}

export const requestIdOf = (req: IncomingMessage): string =>
  String((req as { id?: unknown }).id ?? '')
