import type { Endpoint } from 'payload'
import { principalOf } from '../access/principal.js'
import { SIZE_VARIANTS } from './imageSizes.js'
import { mediaStoreOf } from './mediaStore.js'
import { storageFailureOf } from './storageRejection.js'

const notFound = () =>
  Response.json(
    { errors: [{ code: 'NOT_FOUND', message: 'Berkas tidak ditemukan.' }] },
    { status: 404 },
  )
const unavailable = () =>
  Response.json(
    {
      errors: [
        {
          code: 'STORAGE_UNAVAILABLE',
          message: 'Penyimpanan media sedang tidak dapat dibaca. Coba lagi sebentar lagi.',
        },
      ],
    },
    { status: 503, headers: { 'Retry-After': '30' } },
  )

/**
 * GET /api/photos/sizes/:filename — a size file, to whoever may read its photo (the public only while
 * the photo is public). A hidden photo answers 404, like a missing one.
 */
export const photoSizeEndpoint: Endpoint = {
  path: '/sizes/:filename',
  method: 'get',
  handler: async (req) => {
    const filename = String(req.routeParams?.filename ?? '')
    if (!/^[\w.-]+$/.test(filename)) return notFound()
    const found = await req.payload.find({
      collection: 'photos',
      where: {
        or: SIZE_VARIANTS.map((v) => ({ [`sizes.${v.variant}.filename`]: { equals: filename } })),
      },
      limit: 1,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const doc = found.docs[0] as
      { sizes?: Record<string, { filename?: string; mimeType?: string } | null> } | undefined
    const entry = doc && Object.values(doc.sizes ?? {}).find((s) => s?.filename === filename)
    if (!entry) return notFound()
    const store = mediaStoreOf(req.payload)
    let data: Buffer | null
    try {
      data = await store.read(filename)
    } catch (err) {
      if (!storageFailureOf(err)) throw err
      req.payload.logger.error({ err, store: store.location }, 'media store cannot be read')
      return unavailable()
    }
    if (!data) return notFound()
    const isPublicRead = principalOf(req.user).kind !== 'staff'
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': entry.mimeType ?? 'application/octet-stream',
        'Content-Length': String(data.length),
        // Names carry a content hash, so the bytes never change; visibility can, so public caching is short.
        'Cache-Control': isPublicRead ? 'public, max-age=60, must-revalidate' : 'private, no-store',
        ETag: `"${filename}"`,
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
