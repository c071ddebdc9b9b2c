import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'
import { DEFAULT_PUBLIC_TTL_MS, publicLifetime, publicTtlMs } from './cachePolicy.js'
import { nextPublicationBoundary } from './publicationClock.js'

export type CachedResponse = {
  status: number
  headers: Record<string, string>
  body: Buffer
  gzip?: Buffer
  etag: string
  /** When the data in it was read (for `Age`). */
  storedAt: number
  expiresAt: number
  /** Until then, once expired, it is still served while one refresh runs (stale-while-revalidate). */
  staleUntil: number
}

/** Counts since start, for metrics: read them, never reset them. */
export type CacheCounters = {
  /** Fresh entries served (before express or in it). */
  hits: number
  /** Expired entries served within stale-while-revalidate while a refresh ran. */
  staleHits: number
  /** Anonymous reads that had to wait for a computation (their own or one in flight). */
  misses: number
  /** Computations of shared responses actually started (one per key at a time). */
  computations: number
}

export type ResponseCacheOptions = {
  defaultTtl?: number
  /** The clock (tests move it instead of waiting). */
  now?: () => number
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
  /** Computations in flight, one per key; emptied by invalidation (their results are not stored). */
  private flights = new Map<string, Promise<unknown>>()
  private boundary: Promise<number | null> | null = null
  /** Bumped by every invalidation: a response computed across a write is not stored. */
  generation = 0
  /** Off: every read is computed (for measuring what the cache saves). */
  enabled = true

  readonly counters: CacheCounters = { hits: 0, staleHits: 0, misses: 0, computations: 0 }
  private readonly defaultTtl: number
  /** The clock (replaceable: tests move it instead of waiting). */
  now: () => number

  constructor(
    private readonly payload: Payload,
    options: ResponseCacheOptions = {},
  ) {
    this.defaultTtl = options.defaultTtl ?? DEFAULT_PUBLIC_TTL_MS
    this.now = options.now ?? Date.now
  }

  /** A fresh entry, or nothing. */
  get(key: string, now = this.now()): CachedResponse | undefined {
    if (!this.enabled) return undefined
    const hit = this.entries.get(key)
    return hit && hit.expiresAt > now ? hit : undefined
  }

  /** An expired entry still within its stale-while-revalidate window, or nothing. */
  stale(key: string, now = this.now()): CachedResponse | undefined {
    if (!this.enabled) return undefined
    const hit = this.entries.get(key)
    if (hit && hit.expiresAt <= now && hit.staleUntil > now) return hit
    if (hit && hit.staleUntil <= now) this.entries.delete(key)
    return undefined
  }

  /** Lookups answered from the cache (fresh or stale) and not, since start (read by /metrics). */
  get stats(): { hits: number; misses: number } {
    return { hits: this.counters.hits + this.counters.staleHits, misses: this.counters.misses }
  }

  private async nextBoundary(now: number): Promise<number | null> {
    this.boundary ??= nextPublicationBoundary(this.payload, new Date(now))
    const boundary = await this.boundary
    if (boundary !== null && boundary <= now) {
      this.boundary = null
      return this.nextBoundary(now)
    }
    return boundary
  }

  /** How long a response computed now may be kept. */
  async ttlMs(now = this.now()): Promise<number> {
    return publicTtlMs(now, await this.nextBoundary(now), this.defaultTtl)
  }

  /** Until when a response computed now is fresh, and then usable stale. */
  async lifetime(now = this.now()): Promise<{ expiresAt: number; staleUntil: number }> {
    return publicLifetime(now, await this.nextBoundary(now), this.defaultTtl)
  }

  set(key: string, value: CachedResponse, computedInGeneration: number): void {
    if (!this.enabled) return
    // Even a response computed across a write was true at some moment: good enough for an outage.
    this.lastGoodEntries.set(key, value)
    if (computedInGeneration === this.generation && value.staleUntil > this.now())
      this.entries.set(key, value)
  }

  /**
   * Single flight: the one computation in flight for this key, or a new one. Concurrent misses for an
   * expired or invalidated entry cause one computation, and all of them get its result.
   */
  singleFlight<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const inFlight = this.flights.get(key)
    if (inFlight) return inFlight as Promise<T>
    this.counters.computations++
    const flight = compute().finally(() => {
      if (this.flights.get(key) === flight) this.flights.delete(key)
    })
    this.flights.set(key, flight)
    return flight
  }

  /** Whether a computation for this key is running (a stale entry needs no second refresh). */
  isComputing(key: string): boolean {
    return this.flights.has(key)
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
    const now = this.now()
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
    this.flights.clear()
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
      (cache = new ResponseCache(payload, {
        defaultTtl: Number(process.env.PUBLIC_CACHE_TTL_MS ?? DEFAULT_PUBLIC_TTL_MS),
      })),
    )
  return cache
}
