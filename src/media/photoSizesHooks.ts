import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { imageLimits } from './imageLimits.js'
import { prepareImage, type PreparedImage } from './prepareImage.js'
import { renderSizes, type RenderedSize } from './renderSizes.js'
import { withImageSlot } from './imageQueue.js'
import { photoStaticDir } from './photoStaticDir.js'
import { WRITTEN_FILES } from './mediaStoreGuard.js'
import { storageFailureOf, storageRejection } from './storageRejection.js'
import { writeFileAtomically } from './writeFileAtomically.js'

type SizeEntry = { filename: string; width: number; height: number; mimeType: string; filesize: number; url: string }
type Pending = { rendered: RenderedSize[]; files?: Record<string, { entry: SizeEntry; data: Buffer }>; obsolete?: string[] }
const PENDING = 'humasPhotoSizes'
const PREPARED = 'humasPreparedImage'

const staticDirOf = (req: PayloadRequest): string => photoStaticDir(req.payload)
/** Where a size file is served (through the same access rule as the photo itself). */
const photoSizeUrl = (req: PayloadRequest, filename: string): string => `${req.payload.config.serverURL || ''}/api/photos/sizes/${encodeURIComponent(filename)}`
const sizeFilenames = (sizes: unknown): string[] =>
  Object.values((sizes ?? {}) as Record<string, { filename?: string | null } | null>).flatMap((s) => (s?.filename ? [s.filename] : []))
const focalOf = (data: Record<string, unknown> | undefined, fallback?: Record<string, unknown> | null) => ({
  x: (data?.focalX ?? fallback?.focalX ?? 50) as number,
  y: (data?.focalY ?? fallback?.focalY ?? 50) as number,
})

/**
 * Checks and decodes a new upload once (see prepareImage), renders every size from those pixels, and
 * swaps the clean original into the request. On an update that only moves the focal point, the stored
 * original is decoded once and the sizes are rendered again.
 */
export const preparePhotoUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const a = args as { data?: Record<string, unknown>; id?: string | number }
  const data = { ...(a.data ?? {}) }
  if (req.file?.data) {
    const bytes = req.file.data
    // One photo decoded and rendered at a time (imageQueue.ts): two 12 MP uploads never decode at once.
    const { prepared, rendered } = await withImageSlot(async () => {
      const prepared: PreparedImage = await prepareImage(bytes, imageLimits())
      return { prepared, rendered: await renderSizes(prepared.pixels, prepared.ext, focalOf(data)) }
    })
    const base = (req.file.name || 'foto').replace(/\.[^.]+$/, '')
    req.file = { ...req.file, data: prepared.clean, size: prepared.clean.length, mimetype: prepared.mime, name: `${base}.${prepared.ext}` }
    if (prepared.takenAt && !data.takenAt) data.takenAt = prepared.takenAt
    if (prepared.camera && !data.camera) data.camera = prepared.camera
    req.context = { ...req.context, [PENDING]: { rendered } satisfies Pending, [PREPARED]: true }
    return { ...args, data }
  }
  if (operation === 'update' && a.id !== undefined && ('focalX' in data || 'focalY' in data)) {
    const stored = (await req.payload.db.findOne({ collection: 'photos', where: { id: { equals: a.id } }, req })) as Record<string, unknown> | null
    if (stored?.filename && (data.focalX !== stored.focalX || data.focalY !== stored.focalY)) {
      const original = await fs.readFile(path.join(staticDirOf(req), String(stored.filename)))
      const rendered = await withImageSlot(async () => {
        const prepared = await prepareImage(original, imageLimits())
        return renderSizes(prepared.pixels, prepared.ext, focalOf(data, stored))
      })
      req.context = { ...req.context, [PENDING]: { rendered } satisfies Pending }
    }
  }
  return args
}

/** Names the rendered files after the stored original and records them in `sizes`. */
export const recordPhotoSizes: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  const pending = context?.[PENDING] as Pending | undefined
  if (!pending) return data
  const base = String(data.filename ?? originalDoc?.filename ?? 'foto').replace(/\.[^.]+$/, '')
  const files: Pending['files'] = {}
  for (const r of pending.rendered) {
    const hash = createHash('sha256').update(r.data).digest('hex').slice(0, 8)
    const filename = `${base}-${r.variant}-${hash}.${r.ext}`
    files[r.variant] = { data: r.data, entry: { filename, width: r.width, height: r.height, mimeType: r.mimeType, filesize: r.data.length, url: photoSizeUrl(req, filename) } }
  }
  pending.files = files
  pending.obsolete = sizeFilenames(originalDoc?.sizes)
  return { ...data, sizes: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.entry])) }
}

/** Writes the size files once the document is stored, and removes the ones it replaced. */
export const writePhotoSizes: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const pending = context?.[PENDING] as Pending | undefined
  if (!pending?.files) return doc
  const dir = staticDirOf(req)
  const targets = Object.values(pending.files).map((f) => ({ file: path.join(dir, f.entry.filename), data: f.data }))
  // Recorded first: if any write fails, the request's error hook removes them all with the original.
  ;((context as Record<string, unknown>)[WRITTEN_FILES] as string[] | undefined)?.push(...targets.map((t) => t.file))
  try {
    await fs.mkdir(dir, { recursive: true })
    await Promise.all(targets.map((t) => writeFileAtomically(t.file, t.data)))
  } catch (err) {
    const failure = storageFailureOf(err)
    if (!failure) throw err
    req.payload.logger.error({ err, dir }, 'media store cannot take the photo sizes')
    throw storageRejection(failure)
  }
  const kept = new Set(Object.values(pending.files).map((f) => f.entry.filename))
  await Promise.all((pending.obsolete ?? []).filter((f) => !kept.has(f)).map((f) => fs.rm(path.join(dir, f), { force: true })))
  delete (context as Record<string, unknown>)[PENDING]
  return doc
}

export const deletePhotoSizes: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const dir = staticDirOf(req)
  await Promise.all(sizeFilenames(doc?.sizes).map((f) => fs.rm(path.join(dir, f), { force: true })))
}
