import { createHash } from 'node:crypto'

/** Pure rules of HTTP caching for public reads. */

export const DEFAULT_PUBLIC_TTL_MS = 30_000

/**
 * Anonymous: no credentials of any kind (no Authorization, which carries sessions, API keys and
 * portal keys, and no Payload session cookie). Anything else may see more than the public and is never shared.
 */
export const isAnonymousRequest = (headers: { authorization?: string; cookie?: string }): boolean =>
  !headers.authorization && !(headers.cookie ?? '').includes('payload-token')

/** How long past its freshness a public entry may still be served while one refresh runs. */
export const STALE_WHILE_REVALIDATE_MS = 60_000

export const strongEtag = (body: Buffer | string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** An If-None-Match header matches when it lists the ETag (or is *). */
export const etagMatches = (ifNoneMatch: string | undefined, etag: string): boolean =>
  Boolean(ifNoneMatch) &&
  (ifNoneMatch === '*' ||
    ifNoneMatch!
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .includes(etag))

/** How long a public response may live: the default, but never past the next embargo expiry or scheduled publication. */
export const publicTtlMs = (
  now: number,
  nextBoundary: number | null,
  defaultTtl = DEFAULT_PUBLIC_TTL_MS,
): number =>
  Math.max(0, Math.min(defaultTtl, nextBoundary === null ? defaultTtl : nextBoundary - now))

/**
 * How long a public response computed now is fresh, and until when it may be served stale (while
 * one refresh runs): never past the next embargo expiry or scheduled publication, so that the
 * first read after one shows it.
 */
export const publicLifetime = (
  now: number,
  nextBoundary: number | null,
  defaultTtl = DEFAULT_PUBLIC_TTL_MS,
  staleMs = STALE_WHILE_REVALIDATE_MS,
): { expiresAt: number; staleUntil: number } => {
  const expiresAt = now + publicTtlMs(now, nextBoundary, defaultTtl)
  const staleUntil = Math.max(
    expiresAt,
    Math.min(expiresAt + staleMs, nextBoundary === null ? Infinity : nextBoundary),
  )
  return { expiresAt, staleUntil }
}

/** Cache-Control for a public response fresh for `ttlMs` more, then usable stale for `staleMs`. */
export const publicCacheControl = (ttlMs: number, staleMs = STALE_WHILE_REVALIDATE_MS): string => {
  const seconds = Math.floor(ttlMs / 1000)
  const stale = Math.floor(staleMs / 1000)
  return seconds > 0
    ? `public, max-age=${seconds}, s-maxage=${seconds}${stale > 0 ? `, stale-while-revalidate=${stale}` : ''}`
    : 'public, max-age=0, must-revalidate'
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
