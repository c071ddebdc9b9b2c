/** Stable, machine-readable codes for HTTP errors; programs branch on these, people read the message. */
const BY_NAME: Record<string, string> = {
  ValidationError: 'VALIDATION_ERROR',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  AuthenticationError: 'INVALID_CREDENTIALS',
  LockedAuth: 'ACCOUNT_LOCKED',
  UnauthorizedError: 'UNAUTHORIZED',
  FileUploadError: 'UPLOAD_FAILED',
  MissingFile: 'FILE_MISSING',
  FileRetrievalError: 'FILE_RETRIEVAL_FAILED',
  QueryError: 'INVALID_QUERY',
}

const BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
  503: 'UNAVAILABLE',
}

export const errorCodeFor = (status: number, name?: string): string =>
  (name && BY_NAME[name]) || BY_STATUS[status] || (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST')

/** Messages for errors that Payload reports in English only. */
const INDONESIAN: Record<string, string> = {
  'Something went wrong.':
    'Terjadi kesalahan di server. Silakan coba lagi; bila berulang, hubungi admin.',
  'Invalid JSON': 'Badan permintaan bukan JSON yang sah.',
  'File size limit has been reached': 'Berkas melebihi batas ukuran unggahan.',
}
export const localiseMessage = (message: string, language: string): string =>
  language === 'en' ? message : (INDONESIAN[message] ?? message)

export type ErrorClass = { status: number; code: string; message?: string }

/**
 * Where an error belongs, whatever status its thrower gave it. Errors a request can provoke with bad
 * input map to a 4xx with a stable code; anything unknown is a 500 (and logged with the request id).
 */
export const classifyError = (err: unknown): ErrorClass => {
  const e = (err ?? {}) as {
    status?: unknown
    statusCode?: unknown
    name?: string
    message?: string
    data?: { code?: unknown }
  }
  const status = Number(e.status ?? e.statusCode ?? 500)
  const message = String(e.message ?? '')
  if (status >= 400 && status < 500)
    return {
      status,
      code: typeof e.data?.code === 'string' ? e.data.code : errorCodeFor(status, e.name),
    }
  // Payload fetches an upload's URL and refuses unsafe or unreachable hosts: the caller's URL, not our fault.
  if (e.name === 'FileRetrievalError')
    return {
      status: 400,
      code: 'FILE_RETRIEVAL_FAILED',
      message:
        'Berkas dari URL tidak dapat diambil: alamat tidak diizinkan atau tidak dapat dihubungi.',
    }
  // The SQL adapters say this of a path the caller named that has no column (e.g. an auth field that is off).
  if (message.startsWith('Cannot find field for path'))
    return {
      status: 400,
      code: 'INVALID_QUERY',
      message: 'Kueri tidak sah: kolom yang diminta tidak dikenal.',
    }
  if (e.name === 'URIError')
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Alamat permintaan memuat pengodean persen yang rusak.',
    }
  // GraphQL answers null where the caller may not see a value; the schema calls that an error.
  if (message.startsWith('Cannot return null for non-nullable field'))
    return { status: 403, code: 'FORBIDDEN', message: 'Anda tidak berhak membaca nilai ini.' }
  return {
    status: status >= 500 && status < 600 ? status : 500,
    code: status === 503 ? 'UNAVAILABLE' : 'INTERNAL_ERROR',
  }
}

export type ApiError = { code: string; message: string; [extra: string]: unknown }
export const errorBody = (code: string, message: string): { errors: ApiError[] } => ({
  errors: [{ code, message }],
})
