import type { Payload } from 'payload'
import { isProduction, port } from './env.js'

/**
 * Absolute addresses come from configuration, never from the request: a `Host` or
 * `X-Forwarded-Proto` header chosen by one caller must not end up in a response cached for all.
 */
const normalise = (value: string, name: string): string => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(
      `${name} bukan URL yang sah: "${value}" (${name} must be an absolute http(s) URL)`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${name} harus berawalan http:// atau https:// (got "${url.protocol}")`)
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** SERVER_URL; required in production, `http://localhost:PORT` in development. */
export const configuredServerUrl = (explicit?: string): string => {
  const value = explicit || process.env.SERVER_URL
  if (value) return normalise(value, 'SERVER_URL')
  if (isProduction())
    throw new Error(
      'SERVER_URL wajib diisi di mode produksi, mis. https://humas.jatimprov.go.id (SERVER_URL is required in production).',
    )
  return `http://localhost:${port()}`
}

/** Where this newsroom's API and files are reached (the running instance's configured URL). */
export const apiBaseOf = (payload: Payload): string =>
  payload.config.serverURL
    ? normalise(payload.config.serverURL, 'SERVER_URL')
    : configuredServerUrl()

/** Where readers find items: PUBLIC_SITE_URL (the province's news site), else this server. */
export const siteBaseOf = (payload: Payload): string =>
  process.env.PUBLIC_SITE_URL
    ? normalise(process.env.PUBLIC_SITE_URL, 'PUBLIC_SITE_URL')
    : apiBaseOf(payload)

/**
 * The public addresses of what the newsroom publishes. Every format (REST, GraphQL, feeds, ninjs,
 * JSON-LD, rendered bodies, webhooks) takes them from these functions, so one item or one photo size
 * has one address everywhere. `base` is `siteBaseOf` for items and `apiBaseOf` for files.
 */
export const publicItemUrl = (siteBase: string, collection: string, slug: string): string =>
  `${siteBase.replace(/\/$/, '')}/${collection}/${encodeURIComponent(slug)}`

/** A generated photo size (served through the photo's own access rule). */
export const photoSizeUrl = (apiBase: string, filename: string): string =>
  `${apiBase.replace(/\/$/, '')}/api/photos/sizes/${encodeURIComponent(filename)}`

/** A photo's stored original (Payload's upload route). */
export const photoFileUrl = (apiBase: string, filename: string): string =>
  `${apiBase.replace(/\/$/, '')}/api/photos/file/${encodeURIComponent(filename)}`

/** The 1200×630 share card of a public item (made on first request). */
export const shareImageUrl = (apiBase: string, collection: string, slug: string): string =>
  `${apiBase.replace(/\/$/, '')}/share/${collection}/${encodeURIComponent(slug)}.jpg`

/** PUBLISHER_LOGO_URL: the logo JSON-LD names for units without a logo of their own (optional). */
export const publisherLogoUrl = (): string | null =>
  process.env.PUBLISHER_LOGO_URL
    ? normalise(process.env.PUBLISHER_LOGO_URL, 'PUBLISHER_LOGO_URL')
    : null

/**
 * Browser origins whose cookie-authenticated writes are accepted besides the server's own
 * (`SERVER_URL`, or `http://localhost:PORT` without it): `CSRF_ALLOWED_ORIGINS`, comma-separated.
 */
export const csrfAllowedOrigins = (
  serverURL = process.env.SERVER_URL,
  extra = process.env.CSRF_ALLOWED_ORIGINS,
): string[] => {
  const own = new URL(configuredServerUrl(serverURL)).origin
  const listed = (extra ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => new URL(o).origin)
  return [...new Set([own, ...listed])]
}
