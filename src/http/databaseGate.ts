import type { ErrorRequestHandler, RequestHandler, Response } from 'express'
import { databaseFailureOf } from '../db/databaseFailureOf.js'
import type { DatabaseHealth } from '../db/databaseHealth.js'
import { logger } from '../logger.js'
import { errorBody } from './errorCodes.js'
import { databaseFailureAnswer, type FailureAnswer } from './databaseFailureAnswer.js'

const answer = (res: Response, a: FailureAnswer): void => {
  res
    .status(a.status)
    .set({ 'Retry-After': String(a.retryAfterSeconds), 'Cache-Control': 'no-store' })
    .json(errorBody(a.code, a.message))
}

/**
 * Fail fast: while the database is known to be down, anything that needs it is refused at once
 * (cached public reads were already answered before this). Mount after health routes and the cache.
 */
export const refuseWhileDatabaseDown =
  (health: DatabaseHealth): RequestHandler =>
  (_req, res, next) => {
    if (!health.isDown()) return next()
    answer(res, databaseFailureAnswer('unavailable'))
  }

/**
 * Errors that escaped Payload's own error handling (e.g. its auth step failing before a request
 * object exists) reach express. A database failure is a 503, and so is any other 5xx while the
 * database does not answer a ping: the cause is the outage, not the caller.
 */
export const answerDatabaseFailures =
  (health: DatabaseHealth): ErrorRequestHandler =>
  async (err, req, res, next) => {
    const failure = databaseFailureOf(err)
    const status = Number(err?.status ?? err?.statusCode ?? 500)
    if (res.headersSent || (!failure && status < 500)) return next(err)
    if (failure === 'unavailable' || (!failure && !(await health.check()))) {
      if (failure) void health.check()
      logger.error({ err, url: req.originalUrl }, 'request failed: database unavailable')
      return answer(res, databaseFailureAnswer('unavailable'))
    }
    if (failure === 'busy') {
      logger.warn({ err, url: req.originalUrl }, 'request failed: database busy')
      return answer(res, databaseFailureAnswer('busy'))
    }
    next(err)
  }
