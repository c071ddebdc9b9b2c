import { createHash } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'
import { apiBaseOf, photoSizeUrl } from '../config/publicUrls.js'
import { imageLimits } from './imageLimits.js'
import { prepareImage, type PreparedImage } from './prepareImage.js'
import { renderSizes, type RenderedSize } from './renderSizes.js'
import { mediaStoreOf } from './mediaStore.js'
import { CREATED_PHOTO, WRITTEN_FILES } from './mediaStoreGuard.js'
import { storageFailureOf, storageRejection } from './storageRejection.js'

type SizeEntry = {
  filename: string
  width: number
  height: number
  mimeType: string
  filesize: number
  url: string
}
type Pending = {
  rendered: RenderedSize[]
  files?: Record<string, { entry: SizeEntry; data: Buffer }>
  obsolete?: string[]
  withOriginal?: boolean
}
const PENDING = 'humasPhotoSizes'
const PREPARED = 'humasPreparedImage'

/** Where a size file is served (through the same access rule as the photo itself). */
const sizeUrl = (req: PayloadRequest, filename: string): string =>
  photoSizeUrl(apiBaseOf(req.payload), filename)
const sizeFilenames = (sizes: unknown): string[] =>
  Object.values((sizes ?? {}) as Record<string, { filename?: string | null } | null>).flatMap(
    (s) => (s?.filename ? [s.filename] : []),
  )
const focalOf = (
  data: Record<string, unknown> | undefined,
  fallback?: Record<string, unknown> | null,
) => ({
  x: (data?.focalX ?? fallback?.focalX ?? 50) as number,
  y: (data?.focalY ?? fallback?.focalY ?? 50) as number,
})

/**
 * Checks and decodes a new upload once (see prepareImage), renders every size from those pixels, and
 * swaps the clean original into the request. On an update that only moves the focal point, the stored
 * original is decoded once and the sizes are rendered again.
 */
export const preparePhotoUpload: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const a = args as { data?: Record<string, unknown>; id?: string | number }
  const data = { ...(a.data ?? {}) }
  if (req.file?.data) {
    const prepared: PreparedImage = await prepareImage(req.file.data, imageLimits())
    const base = (req.file.name || 'foto').replace(/\.[^.]+$/, '')
    req.file = {
      ...req.file,
      data: prepared.clean,
      size: prepared.clean.length,
      mimetype: prepared.mime,
      name: `${base}.${prepared.ext}`,
    }
    if (prepared.takenAt && !data.takenAt) data.takenAt = prepared.takenAt
    if (prepared.camera && !data.camera) data.camera = prepared.camera
    const rendered = await renderSizes(prepared.pixels, prepared.ext, focalOf(data))
    req.context = {
      ...req.context,
      [PENDING]: { rendered, withOriginal: true } satisfies Pending,
      [PREPARED]: true,
    }
    return { ...args, data }
  }
  if (operation === 'update' && a.id !== undefined && ('focalX' in data || 'focalY' in data)) {
    const stored = (await req.payload.db.findOne({
      collection: 'photos',
      where: { id: { equals: a.id } },
      req,
    })) as Record<string, unknown> | null
    if (stored?.filename && (data.focalX !== stored.focalX || data.focalY !== stored.focalY)) {
      const original = await mediaStoreOf(req.payload).read(String(stored.filename))
      if (!original)
        throw new Error(`The original of photo ${a.id} is missing from the media store`)
      const prepared = await prepareImage(original, imageLimits())
      const rendered = await renderSizes(prepared.pixels, prepared.ext, focalOf(data, stored))
      req.context = { ...req.context, [PENDING]: { rendered } satisfies Pending }
    }
  }
  return args
}

/** Names the rendered files after the stored original and records them in `sizes`. */
export const recordPhotoSizes: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  req,
  context,
}) => {
  const pending = context?.[PENDING] as Pending | undefined
  if (!pending) return data
  const base = String(data.filename ?? originalDoc?.filename ?? 'foto').replace(/\.[^.]+$/, '')
  const files: Pending['files'] = {}
  for (const r of pending.rendered) {
    const hash = createHash('sha256').update(r.data).digest('hex').slice(0, 8)
    const filename = `${base}-${r.variant}-${hash}.${r.ext}`
    files[r.variant] = {
      data: r.data,
      entry: {
        filename,
        width: r.width,
        height: r.height,
        mimeType: r.mimeType,
        filesize: r.data.length,
        url: sizeUrl(req, filename),
      },
    }
  }
  pending.files = files
  pending.obsolete = sizeFilenames(originalDoc?.sizes)
  return { ...data, sizes: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.entry])) }
}

/**
 * Writes the size files once the document is stored. When only the sizes changed (a new focal point),
 * the ones they replace are removed here. When the request brings a new original, whoever stores the
 * original removes the old one with its sizes: Payload on disk, the storage plugin on S3 (after its
 * upload succeeded, in a hook that runs after this one).
 */
export const writePhotoSizes: CollectionAfterChangeHook = async ({
  doc,
  req,
  context,
  operation,
}) => {
  const pending = context?.[PENDING] as Pending | undefined
  if (!pending?.files) return doc
  if (operation === 'create') (context as Record<string, unknown>)[CREATED_PHOTO] = doc.id
  const store = mediaStoreOf(req.payload)
  const files = Object.values(pending.files)
  // Recorded first: if any write fails, the request's error hook removes them all with the original.
  ;((context as Record<string, unknown>)[WRITTEN_FILES] as string[] | undefined)?.push(
    ...files.map((f) => f.entry.filename),
  )
  try {
    await Promise.all(files.map((f) => store.write(f.entry.filename, f.data, f.entry.mimeType)))
  } catch (err) {
    const failure = storageFailureOf(err)
    if (!failure) throw err
    req.payload.logger.error(
      { err, store: store.location },
      'media store cannot take the photo sizes',
    )
    throw storageRejection(failure)
  }
  if (!pending.withOriginal) {
    const kept = new Set(files.map((f) => f.entry.filename))
    await Promise.all(
      (pending.obsolete ?? []).filter((f) => !kept.has(f)).map((f) => store.remove(f)),
    )
  }
  delete (context as Record<string, unknown>)[PENDING]
  return doc
}

export const deletePhotoSizes: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const store = mediaStoreOf(req.payload)
  await Promise.all(sizeFilenames(doc?.sizes).map((f) => store.remove(f)))
}
