import type { CollectionAfterErrorHook, CollectionBeforeChangeHook } from 'payload'
import { mediaStoreOf } from './mediaStore.js'
import { storageFailureOf, storageRejection } from './storageRejection.js'

/** Keys this request put in the media store; removed if the request fails. */
export const WRITTEN_FILES = 'humasWrittenMediaFiles'
/** The photo this request created, before its files were stored; removed if the request fails. */
export const CREATED_PHOTO = 'humasCreatedPhoto'

const writtenFiles = (context: Record<string, unknown>): string[] =>
  ((context[WRITTEN_FILES] as string[] | undefined) ??= [])

/**
 * Before Payload stores an upload's original, the store is asked whether it can take it (see
 * MediaStore.probe): a full, read-only or missing disk is refused here with 507/503 and nothing left
 * behind. The original's key is recorded, so that a failure later in the request removes it too.
 */
export const checkMediaStore: CollectionBeforeChangeHook = async ({ data, req, context }) => {
  const file = req.file
  if (!file?.data?.length || !data.filename) return data
  const store = mediaStoreOf(req.payload)
  const key = String(data.filename)
  try {
    await store.probe(key, file.data)
  } catch (err) {
    const failure = storageFailureOf(err)
    if (!failure) throw err
    req.payload.logger.error({ err, store: store.location }, 'media store cannot take an upload')
    throw storageRejection(failure)
  }
  writtenFiles(context).push(key)
  return data
}

/**
 * Removes what a failed request wrote, and answers a write failure as the store's fault. A photo
 * recorded before its files failed to store is removed too: PostgreSQL has rolled it back already,
 * but Payload runs SQLite without transactions, and the row would point at files that do not exist.
 */
export const cleanUpFailedUpload: CollectionAfterErrorHook = async ({ error, req, context }) => {
  const store = mediaStoreOf(req.payload)
  const written = (context?.[WRITTEN_FILES] as string[] | undefined) ?? []
  await Promise.all(written.map((key) => store.remove(key).catch(() => undefined)))
  const created = context?.[CREATED_PHOTO] as string | number | undefined
  if (created !== undefined)
    await req.payload.db
      .deleteMany({ collection: 'photos', where: { id: { equals: created } } })
      .catch((err) =>
        req.payload.logger.error({ err, id: created }, 'a failed photo upload could not be undone'),
      )
  if ((error as { name?: string }).name !== 'FileUploadError' && !storageFailureOf(error)) return
  // Payload's FileUploadError hides the cause (it logged it): ask the store itself.
  const full = await store.isFull(req.file?.data?.length ?? 1)
  const failure = storageFailureOf(error) ?? (full ? 'full' : 'unavailable')
  req.payload.logger.error(
    { err: error, store: store.location },
    'media store failed during an upload',
  )
  const rejection = storageRejection(failure)
  return {
    status: rejection.status,
    response: { errors: [{ code: 'STORAGE_UNAVAILABLE', message: rejection.message }] },
  }
}
