import type { Request } from 'express'
import type { SanitizedConfig } from 'payload'

export type EarlyRefusal = { status: number; code: string; message: string }

/** Payload's own bookkeeping that no API caller needs over REST. */
const NOT_SERVED = new Set(['payload-kv', 'payload-migrations'])
/** Payload collections whose REST by-id routes Payload reads without checking the id first. */
const INTERNAL_BY_ID = new Set(['payload-locked-documents', 'payload-jobs'])

const notFound = (what: string): EarlyRefusal => ({
  status: 404,
  code: 'NOT_FOUND',
  message: `Alamat tidak ditemukan: ${what}`,
})

const decodedForms = (segment: string): string[] => {
  const forms = [segment]
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(forms[forms.length - 1])
      if (next === forms[forms.length - 1]) break
      forms.push(next)
    } catch {
      break
    }
  }
  return forms
}

/**
 * Requests Payload would answer with a 500 (or an echo of the caller's Host) before any hook of ours
 * runs: a path that does not percent-decode, `where`/`data` JSON that does not parse, version routes of
 * collections without versions, ids that cannot exist on Payload's internal collections, file names
 * that try to leave the media folder. Each gets its 4xx here, with a code.
 */
export const refusedBeforePayload = (
  req: Request,
  config: SanitizedConfig,
): EarlyRefusal | null => {
  try {
    decodeURIComponent(req.path)
  } catch {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Alamat permintaan memuat pengodean persen yang rusak.',
    }
  }
  const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
  for (const name of ['where', 'data']) {
    const text = search.get(name)
    if (!text) continue
    try {
      const parsed = JSON.parse(text)
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object')
    } catch {
      return {
        status: 400,
        code: 'INVALID_QUERY',
        message: `Kueri tidak sah: parameter "${name}" harus berupa objek JSON atau where[kolom][operator]=nilai.`,
      }
    }
  }
  // req.path is relative to the /api mount: /<collection>/<segment>/...
  const [, slug, second, third] = req.path.split('/')
  const collection = config.collections.find((c) => c.slug === slug)
  if (!collection) return null
  const where = `${req.method} /api/${slug}${second ? `/${second}` : ''}`
  if (NOT_SERVED.has(slug)) return notFound(where)
  if (second === 'versions' && !collection.versions) return notFound(where)
  if (
    INTERNAL_BY_ID.has(slug) &&
    second &&
    second !== 'versions' &&
    !/^[1-9]\d{0,15}$|^[0-9a-f]{24}$/.test(second)
  )
    return notFound(where)
  if (collection.upload && (second === 'file' || second === 'sizes') && third !== undefined) {
    const name = req.path.split('/').slice(3).join('/')
    if (decodedForms(name).some((form) => /[/\\\0]|\.\./.test(form))) return notFound(where)
  }
  return null
}
