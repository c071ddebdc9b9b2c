import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterErrorHook, CollectionBeforeChangeHook } from 'payload'
import { photoStaticDir } from './photoStaticDir.js'
import { storageFailureOf, storageRejection } from './storageRejection.js'
import { writeFileAtomically } from './writeFileAtomically.js'

/** Files this request put in the media store; removed if the request fails. */
export const WRITTEN_FILES = 'humasWrittenMediaFiles'

const writtenFiles = (context: Record<string, unknown>): string[] => ((context[WRITTEN_FILES] as string[] | undefined) ??= [])

/**
 * Before Payload writes an upload's original (it writes in place, and a full disk leaves a partial
 * file and a 400), the same bytes are written once under a temporary name: a full, read-only or
 * missing store is refused here with 507/503 and nothing left behind.
 */
export const checkMediaStore: CollectionBeforeChangeHook = async ({ data, req, context }) => {
  const file = req.file
  if (!file?.data?.length || !data.filename) return data
  const dir = photoStaticDir(req.payload)
  const probe = path.join(dir, String(data.filename))
  try {
    await fs.mkdir(dir, { recursive: true })
    await writeFileAtomically(`${probe}.probe`, file.data)
    await fs.rm(`${probe}.probe`, { force: true })
  } catch (err) {
    const failure = storageFailureOf(err)
    if (!failure) throw err
    req.payload.logger.error({ err, dir }, 'media store cannot take an upload')
    throw storageRejection(failure)
  }
  writtenFiles(context).push(probe)
  return data
}

/** Removes what a failed request wrote, and answers Payload's own write failure as the store's fault. */
export const cleanUpFailedUpload: CollectionAfterErrorHook = async ({ error, req, context }) => {
  const written = (context?.[WRITTEN_FILES] as string[] | undefined) ?? []
  await Promise.all(written.map((f) => fs.rm(f, { force: true }).catch(() => undefined)))
  if ((error as { name?: string }).name !== 'FileUploadError' && !storageFailureOf(error)) return
  // Payload's FileUploadError hides the cause (it logged it): ask the store itself.
  const dir = photoStaticDir(req.payload)
  const full = await fs.statfs(dir).then((s) => s.bavail * s.bsize < (req.file?.data?.length ?? 1)).catch(() => false)
  const failure = storageFailureOf(error) ?? (full ? 'full' : 'unavailable')
  req.payload.logger.error({ err: error, dir }, 'media store failed during an upload')
  const rejection = storageRejection(failure)
  return { status: rejection.status, response: { errors: [{ code: 'STORAGE_UNAVAILABLE', message: rejection.message }] } }
}
