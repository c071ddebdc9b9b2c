import type { AfterErrorHook } from 'payload'
import { errorCodeFor, localiseMessage } from './errorCodes.js'

type ErrorItem = { message?: string; name?: string; code?: string; data?: { code?: unknown }; [k: string]: unknown }

/** Payload afterError hook: every REST error item gets a stable `code` and an Indonesian message. */
export const addErrorCodes: AfterErrorHook = ({ error, req, result }) => {
  if (!result || !Array.isArray((result as { errors?: unknown }).errors)) return
  const status = (error as { status?: number }).status ?? 500
  const language = req?.i18n?.language ?? 'id'
  const errors = ((result as { errors: ErrorItem[] }).errors).map((item) => ({
    ...item,
    code: item.code ?? (typeof item.data?.code === 'string' ? item.data.code : undefined) ?? errorCodeFor(status, item.name ?? (error as Error).name),
    message: localiseMessage(String(item.message ?? ''), language),
  }))
  return { response: { ...result, errors } }
}
