import type { AfterErrorHook } from 'payload'
import { databaseFailureOf } from '../db/databaseFailureOf.js'
import { databaseHealthFor } from '../db/databaseHealth.js'
import { logger } from '../logger.js'
import { databaseFailureAnswer } from './databaseFailureAnswer.js'
import { classifyError, errorCodeFor, localiseMessage } from './errorCodes.js'

type ErrorItem = {
  message?: string
  name?: string
  code?: string
  data?: { code?: unknown }
  [k: string]: unknown
}

/**
 * Payload afterError hook: every REST error item gets a stable `code` and an Indonesian message;
 * errors the caller provoked get their 4xx; a 5xx carries the request id and is logged with it.
 * A database failure (connection lost, server down, SQLite locked) is a 503 with Retry-After, not
 * the 500 Payload would send: the caller did nothing wrong and may simply retry.
 */
export const addErrorCodes: AfterErrorHook = async ({ error, req, result }) => {
  let failure = databaseFailureOf(error)
  // A 500 whose cause was wrapped beyond recognition (a rollback on a dead connection) is still the
  // outage's fault when the database does not answer a ping now.
  if (
    !failure &&
    req?.payload &&
    ((error as { status?: number }).status ?? 500) >= 500 &&
    !(await databaseHealthFor(req.payload).check())
  )
    failure = 'unavailable'
  if (failure && req) {
    const answer = databaseFailureAnswer(failure)
    if (failure === 'unavailable' && req.payload) void databaseHealthFor(req.payload).check()
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(answer.retryAfterSeconds))
    return {
      response: { errors: [{ code: answer.code, message: answer.message }] },
      status: answer.status,
    }
  }
  if (!result || !Array.isArray((result as { errors?: unknown }).errors)) return
  const c = classifyError(error)
  const language = req?.i18n?.language ?? 'id'
  const requestId = req?.headers?.get?.('x-request-id') ?? undefined
  if (c.status >= 500)
    logger.error({ err: error, requestId, url: req?.url }, 'unhandled request error')
  const errors = (result as { errors: ErrorItem[] }).errors.map((item) => ({
    ...item,
    code:
      item.code ??
      (typeof item.data?.code === 'string' ? item.data.code : undefined) ??
      (c.status !== 500 ? c.code : errorCodeFor(c.status, item.name ?? (error as Error).name)),
    message: c.message ?? localiseMessage(String(item.message ?? ''), language),
    ...(c.status >= 500 ? { requestId } : {}),
  }))
  // Only a reclassified 5xx changes the status: a collection hook may already have set its own (photo files: 404).
  const thrown = Number((error as { status?: unknown }).status ?? 500)
  return {
    response: { ...result, errors },
    ...(thrown >= 500 && c.status < 500 ? { status: c.status } : {}),
  }
}
