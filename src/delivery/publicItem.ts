import { isoInZone } from './zonedTime.js'
import { photoSizeUrl, publicItemUrl, publisherLogoUrl } from '../config/publicUrls.js'
import type { NewsCollection } from '../workflow/newsCollections.js'

type Doc = Record<string, unknown>
type PhotoDoc = {
  alt?: string
  caption?: string
  credit?: string
  usageTerms?: string
  url?: string
  mimeType?: string
  width?: number
  height?: number
  filesize?: number
  sizes?: Record<
    string,
    {
      filename?: string
      url?: string
      width?: number
      height?: number
      mimeType?: string
      filesize?: number
    } | null
  >
}

export type PublicItem = {
  collection: NewsCollection
  id: string
  slug: string
  url: string
  title: string
  summary: string | null
  bodyHtml: string
  bodyText: string
  language: string
  dateline: string | null
  publishedAt: string
  updatedAt: string
  embargoUntil: string | null
  unit: {
    name: string
    slug: string
    timezone: string
    /** The unit's own website, if it has one. */
    url: string | null
    /** The unit's logo (absolute), else PUBLISHER_LOGO_URL, if set. */
    logoUrl: string | null
  } | null
  topics: { name: string; slug: string }[]
  spokespeople: { name: string; position: string }[]
  photo: (PhotoDoc & { url: string }) | null
  shareImage: { url: string; width: number; height: number } | null
  withdrawal: { reason: string; withdrawnAt: string } | null
  changeNotes: { note: string; at: string }[]
  location: string | null
  /** The site readers find items on (PUBLIC_SITE_URL, else SERVER_URL). */
  siteUrl: string
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)
const asObj = (v: unknown): Doc | null => (v && typeof v === 'object' ? (v as Doc) : null)

/** The one size feeds link and enclose: `hero` (1600 px wide, the photo's own proportions). */
export const LINKED_SIZE = 'hero'

/**
 * The public shape of a release or coverage item (depth ≥ 1), shared by every feed and format.
 * Only public fields are read here; internal ones never reach a presenter.
 */
export const presentPublicItem = (
  collection: PublicItem['collection'],
  doc: Doc,
  siteBase: string,
  apiBase: string,
): PublicItem => {
  const unit = asObj(doc.unit)
  const timezone = str(unit?.timezone) ?? 'Asia/Jakarta'
  const photo = asObj(doc.featuredPhoto) as PhotoDoc | null
  const withdrawal = asObj(doc.withdrawal)
  const abs = (u: string | undefined) => (u && u.startsWith('/') ? `${apiBase}${u}` : (u ?? ''))
  const linked = photo?.sizes?.[LINKED_SIZE]
  const logo = asObj(unit?.logo) as PhotoDoc | null
  const logoFile = logo?.sizes?.card?.filename
  const website = str(asObj(unit?.publicContact)?.website)
  return {
    collection,
    id: String(doc.id),
    slug: String(doc.slug),
    url: publicItemUrl(siteBase, collection, String(doc.slug)),
    title: String(doc.title),
    summary: str(doc.summary),
    // Rendered once at publication (src/delivery/renderPublicBody.ts), never here.
    bodyHtml: str(doc.bodyHtml) ?? '',
    bodyText: str(doc.bodyText) ?? '',
    language: str(doc.language) ?? 'id',
    dateline: str(doc.datelineCity),
    publishedAt: isoInZone(String(doc.publishedAt ?? doc.updatedAt), timezone),
    updatedAt: isoInZone(String(doc.updatedAt), timezone),
    embargoUntil: doc.embargoUntil ? isoInZone(String(doc.embargoUntil), timezone) : null,
    unit: unit
      ? {
          name: String(unit.name),
          slug: String(unit.slug),
          timezone,
          url: website && /^https?:\/\//i.test(website) ? website : null,
          logoUrl: logoFile ? photoSizeUrl(apiBase, logoFile) : publisherLogoUrl(),
        }
      : null,
    topics: ((doc.topics as Doc[] | undefined) ?? [])
      .filter((t) => asObj(t))
      .map((t) => ({ name: String(t.name), slug: String(t.slug) })),
    spokespeople: ((doc.spokespeople as Doc[] | undefined) ?? [])
      .filter((s) => asObj(s))
      .map((s) => ({ name: String(s.displayName ?? s.name), position: String(s.position ?? '') })),
    // Feeds link and enclose one file: its own address, type and size (not the original's).
    photo: linked?.filename
      ? {
          ...photo,
          url: photoSizeUrl(apiBase, linked.filename),
          mimeType: linked.mimeType,
          filesize: linked.filesize,
          width: linked.width,
          height: linked.height,
        }
      : photo?.url
        ? { ...photo, url: abs(photo.url) }
        : null,
    shareImage: (() => {
      const share = asObj(doc.shareImage) as {
        url?: string
        width?: number
        height?: number
      } | null
      return share?.url
        ? { url: abs(share.url), width: share.width ?? 1200, height: share.height ?? 630 }
        : null
    })(),
    withdrawal: withdrawal?.reason
      ? {
          reason: String(withdrawal.reason),
          withdrawnAt: isoInZone(String(withdrawal.withdrawnAt), timezone),
        }
      : null,
    changeNotes: ((doc.changeNotes as Doc[] | undefined) ?? []).map((c) => ({
      note: String(c.note),
      at: isoInZone(String(c.at), timezone),
    })),
    location: str(doc.location),
    siteUrl: siteBase,
  }
}
