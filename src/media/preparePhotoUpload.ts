import type { CollectionBeforeOperationHook } from 'payload'
import { rememberPixels } from './decodedSharp.js'
import { imageLimits } from './imageLimits.js'
import { prepareImage } from './prepareImage.js'

/**
 * Before Payload stores an uploaded photo: check it, decode it once, replace the original with the
 * clean re-encoding, and keep what matters of the metadata as fields (taken at, camera).
 */
export const preparePhotoUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data) return args
  const prepared = await prepareImage(req.file.data, imageLimits())
  const base = (req.file.name || 'foto').replace(/\.[^.]+$/, '')
  req.file = { ...req.file, data: prepared.clean, size: prepared.clean.length, mimetype: prepared.mime, name: `${base}.${prepared.ext}` }
  rememberPixels(prepared.clean, prepared.pixels, prepared.ext as 'jpeg')
  const a = args as { data?: Record<string, unknown> }
  const data = { ...(a.data ?? {}) }
  if (prepared.takenAt && !data.takenAt) data.takenAt = prepared.takenAt
  if (prepared.camera && !data.camera) data.camera = prepared.camera
  return { ...args, data }
}
