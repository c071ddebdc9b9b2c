import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'
import { DEFAULT_PUBLIC_TTL_MS, publicTtlMs } from './cachePolicy.js'
import { nextPublicationBoundary } from './publicationClock.js'

export type CachedResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip?: Buffer
  etag: string
  expiresAt: number
}

/**
 * The server-side cache of anonymous public reads. Any write to the newsroom empties it (a
 * transition returns only after its write, so the next read is fresh), and no entry outlives the
 * next embargo expiry or scheduled publication. One cache per Payload instance.
 */
export class ResponseCache {
  private entries = new LRUCache<string, CachedResponse>({
    max: 2000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (v) => v.body.length + (v.gzip?.length ?? 0) + 512,
  })
  /**
   * The last good anonymous response per key, kept across invalidations and expiry: served only
   * while the database is down (a portal is better served the last public version than an error).
   * Entries are shared with `entries`, so this costs little memory.
   */
  private lastGoodEntries = new LRUCache<string, CachedResponse>({
    max: 2000,
    maxSize: 64 * 1024 * 1024,
    sizeCalculation: (v) => v.body.length + (v.gzip?.length ?? 0) + 512,
  })
  private boundary: Promise<number | null> | null = null
  /** Bumped by every invalidation: a response computed across a write is not stored. */
  generation = 0
  /** Off: every read is computed (for measuring what the cache saves). */
  enabled = true

  constructor(
    private readonly payload: Payload,
    private readonly defaultTtl = DEFAULT_PUBLIC_TTL_MS,
  ) {}

  get(key: string, now = Date.now()): CachedResponse | undefined {
    if (!this.enabled) return undefined
    const hit = this.entries.get(key)
    if (hit && hit.expiresAt > now) {
      this.counts.hits++
      return hit
    }
    if (hit) this.entries.delete(key)
    this.counts.misses++
    return undefined
  }

  private counts = { hits: 0, misses: 0 }
  /** Lookups answered from the cache and not, since start (read by /metrics). */
  get stats(): { hits: number; misses: number } {
    return { ...this.counts }
  }

  /** How long a response computed now may be kept. */
  async ttlMs(now = Date.now()): Promise<number> {
    this.boundary ??= nextPublicationBoundary(this.payload, new Date(now))
    const boundary = await this.boundary
    if (boundary !== null && boundary <= now) {
      this.boundary = null
      return this.ttlMs(now)
    }
    return publicTtlMs(now, boundary, this.defaultTtl)
  }

  set(key: string, value: CachedResponse, computedInGeneration: number): void {
    if (!this.enabled) return
    // Even a response computed across a write was true at some moment: good enough for an outage.
    this.lastGoodEntries.set(key, value)
    if (computedInGeneration === this.generation && value.expiresAt > Date.now())
      this.entries.set(key, value)
  }

  /** The last good response for a key, however old: only for when the database is down. */
  lastGood(key: string): CachedResponse | undefined {
    return this.enabled ? this.lastGoodEntries.get(key) : undefined
  }

  private memos = new Map<
    string,
    { value: Promise<unknown>; generation: number; expiresAt: number }
  >()

  /**
   * A value derived from public content (e.g. which photos are public), kept under the same rules as
   * cached responses: dropped by any write and at the next embargo expiry or scheduled publication.
   */
  async memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now()
    const hit = this.memos.get(key)
    if (hit && hit.generation === this.generation && hit.expiresAt > now)
      return hit.value as Promise<T>
    const generation = this.generation
    const value = compute()
    const expiresAt = now + (await this.ttlMs(now))
    if (generation === this.generation) this.memos.set(key, { value, generation, expiresAt })
    return value
  }

  /** Called after every write. */
  invalidate(): void {
    this.generation++
    this.entries.clear()
    this.memos.clear()
    this.boundary = null
  }

  get size(): number {
    return this.entries.size
  }
}

const caches = new WeakMap<Payload, ResponseCache>()
export const responseCacheFor = (payload: Payload): ResponseCache => {
  let cache = caches.get(payload)
  if (!cache)
    caches.set(
      payload,
      (cache = new ResponseCache(
        payload,
        Number(process.env.PUBLIC_CACHE_TTL_MS ?? DEFAULT_PUBLIC_TTL_MS),
      )),
    )
  return cache
}
