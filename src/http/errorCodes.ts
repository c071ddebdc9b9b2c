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
  'Something went wrong.': 'Terjadi kesalahan di server. Silakan coba lagi; bila berulang, hubungi admin.',
  'Invalid JSON': 'Badan permintaan bukan JSON yang sah.',
  'File size limit has been reached': 'Berkas melebihi batas ukuran unggahan.',
}
export const localiseMessage = (message: string, language: string): string =>
  language === 'en' ? message : (INDONESIAN[message] ?? message)

export type ApiError = { code: string; message: string; [extra: string]: unknown }
export const errorBody = (code: string, message: string): { errors: ApiError[] } => ({ errors: [{ code, message }] })
