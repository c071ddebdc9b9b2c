import type { CollectionAfterReadHook } from 'payload'
import { apiBaseOf, photoFileUrl, photoSizeUrl } from '../config/publicUrls.js'

type SizeEntry = { filename?: string | null; url?: string | null } | null

/**
 * A photo's file and size addresses, absolute and from configuration (SERVER_URL), whatever address
 * was current when the photo was uploaded: stored `url`s may be relative or name an old host.
 */
export const absolutePhotoUrls: CollectionAfterReadHook = ({ doc, req }) => {
  if (!doc || typeof doc !== 'object') return doc
  const base = apiBaseOf(req.payload)
  const sizes = doc.sizes as Record<string, SizeEntry> | undefined
  const next = { ...doc }
  if (typeof doc.filename === 'string' && doc.filename) next.url = photoFileUrl(base, doc.filename)
  if (sizes && typeof sizes === 'object') {
    next.sizes = Object.fromEntries(
      Object.entries(sizes).map(([name, s]) => [
        name,
        s?.filename ? { ...s, url: photoSizeUrl(base, s.filename) } : s,
      ]),
    )
    const thumb = (next.sizes as Record<string, SizeEntry>).thumbnail
    if ('thumbnailURL' in doc && thumb?.url) next.thumbnailURL = thumb.url
  }
  return next
}
