import { createHash } from 'node:crypto'

/** Pure rules of HTTP caching for public reads. */

export const DEFAULT_PUBLIC_TTL_MS = 30_000

/** Anonymous: no credentials of any kind. Anything else may see more than the public and is never shared. */
export const isAnonymousRequest = (headers: { authorization?: string; cookie?: string }): boolean =>
  !headers.authorization && !(headers.cookie ?? '').includes('payload-token')

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

export const publicCacheControl = (ttlMs: number): string => {
  const seconds = Math.floor(ttlMs / 1000)
  return seconds > 0
    ? `public, max-age=${seconds}, s-maxage=${seconds}, stale-while-revalidate=60`
    : 'public, max-age=0, must-revalidate'
}

export const PRIVATE_CACHE_CONTROL = 'private, no-store'
