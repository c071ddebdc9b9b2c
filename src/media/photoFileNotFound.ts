import type { CollectionAfterErrorHook } from 'payload'
import { principalOf } from '../access/principal.js'

/**
 * A photo file the caller may not see answers 404, not 403: a 403 would confirm that an unpublished
 * photo exists under that name.
 */
export const photoFileNotFound: CollectionAfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  if (status !== 403 || principalOf(req.user).kind === 'staff' || !req.url?.includes('/file/'))
    return
  return {
    status: 404,
    response: { errors: [{ code: 'NOT_FOUND', message: 'Berkas tidak ditemukan.' }] },
  }
}
