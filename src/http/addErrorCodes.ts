import type { AfterErrorHook } from 'payload'
import { logger } from '../logger.js'
import { classifyError, errorCodeFor, localiseMessage } from './errorCodes.js'

type ErrorItem = { message?: string; name?: string; code?: string; data?: { code?: unknown }; [k: string]: unknown }

/**
 * Payload afterError hook: every REST error item gets a stable `code` and an Indonesian message;
 * errors the caller provoked get their 4xx; a 5xx carries the request id and is logged with it.
 */
export const addErrorCodes: AfterErrorHook = ({ error, req, result }) => {
  if (!result || !Array.isArray((result as { errors?: unknown }).errors)) return
  const c = classifyError(error)
  const language = req?.i18n?.language ?? 'id'
  const requestId = req?.headers?.get?.('x-request-id') ?? undefined
  if (c.status >= 500) logger.error({ err: error, requestId, url: req?.url }, 'unhandled request error')
  const errors = ((result as { errors: ErrorItem[] }).errors).map((item) => ({
    ...item,
    code: item.code ?? (typeof item.data?.code === 'string' ? item.data.code : undefined) ?? (c.status !== 500 ? c.code : errorCodeFor(c.status, item.name ?? (error as Error).name)),
    message: c.message ?? localiseMessage(String(item.message ?? ''), language),
    ...(c.status >= 500 ? { requestId } : {}),
  }))
  // Only a reclassified 5xx changes the status: a collection hook may already have set its own (photo files: 404).
  const thrown = Number((error as { status?: unknown }).status ?? 500)
  return { response: { ...result, errors }, ...(thrown >= 500 && c.status < 500 ? { status: c.status } : {}) }
}
