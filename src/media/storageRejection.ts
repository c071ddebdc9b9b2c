import { APIError } from 'payload'

const FULL = new Set(['ENOSPC', 'EDQUOT'])
const UNAVAILABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EIO', 'ESTALE'])
/** The object store could not be reached: refused, reset, timed out, no route, no such host. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
])
/** What S3-compatible servers answer when they are out of room (MinIO, Ceph quotas). */
const BUCKET_FULL = new Set([
  'XMinioStorageFull',
  'QuotaExceeded',
  'XMinioAdminBucketQuotaExceeded',
])
/** The bucket refused us for a reason an operator must fix: credentials, bucket, permissions, outage. */
const BUCKET_REFUSED = new Set([
  'AccessDenied',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'NoSuchBucket',
  'TimeoutError',
])

/** Whether an error is the media store's fault (full, read-only, missing, unreachable), not the writer's. */
export const storageFailureOf = (error: unknown): 'full' | 'unavailable' | null => {
  const e = error as {
    code?: unknown
    name?: unknown
    $metadata?: { httpStatusCode?: number }
  } | null
  const code = typeof e?.code === 'string' ? e.code : null
  if (code && FULL.has(code)) return 'full'
  if (code && (UNAVAILABLE.has(code) || UNREACHABLE.has(code))) return 'unavailable'
  // Errors from the AWS SDK carry the S3 error code as their name, and the HTTP status.
  if (!e?.$metadata) return null
  const name = typeof e.name === 'string' ? e.name : ''
  if (BUCKET_FULL.has(name)) return 'full'
  const status = e.$metadata.httpStatusCode ?? 0
  return BUCKET_REFUSED.has(name) || status >= 500 || status === 0 ? 'unavailable' : null
}

/**
 * The answer to an upload the media store could not take: 507 when it is full, 503 when it is
 * read-only, missing or unreachable. The photographer did nothing wrong; an operator has to act.
 */
export const storageRejection = (failure: 'full' | 'unavailable'): APIError =>
  failure === 'full'
    ? new APIError(
        'Penyimpanan media penuh. Foto tidak disimpan; hubungi admin, lalu coba lagi.',
        507,
        { code: 'STORAGE_UNAVAILABLE' },
        true,
      )
    : new APIError(
        'Penyimpanan media tidak dapat ditulisi. Foto tidak disimpan; hubungi admin, lalu coba lagi.',
        503,
        { code: 'STORAGE_UNAVAILABLE' },
        true,
      )
