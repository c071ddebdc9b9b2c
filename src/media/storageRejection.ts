import { APIError } from 'payload'

const FULL = new Set(['ENOSPC', 'EDQUOT'])
const UNAVAILABLE = new Set(['EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EIO', 'ESTALE'])

/** Whether a file-system error is the media store's fault (full, read-only, missing), not the writer's. */
export const storageFailureOf = (error: unknown): 'full' | 'unavailable' | null => {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  return FULL.has(code) ? 'full' : UNAVAILABLE.has(code) ? 'unavailable' : null
}

/**
 * The answer to an upload the media store could not take: 507 when it is full, 503 when it is
 * read-only or missing. The photographer did nothing wrong; an operator has to act.
 */
export const storageRejection = (failure: 'full' | 'unavailable'): APIError =>
  failure === 'full'
    ? new APIError('Penyimpanan media penuh. Foto tidak disimpan; hubungi admin, lalu coba lagi.', 507, { code: 'STORAGE_UNAVAILABLE' }, true)
    : new APIError('Penyimpanan media tidak dapat ditulisi. Foto tidak disimpan; hubungi admin, lalu coba lagi.', 503, { code: 'STORAGE_UNAVAILABLE' }, true)
