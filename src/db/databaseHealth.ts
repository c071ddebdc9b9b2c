import type { Payload } from 'payload'
import { logger } from '../logger.js'
import { pingDatabase } from './ping.js'

export type DatabaseHealthOptions = {
  /** How often a database that is down is asked again. */
  pingEveryMs?: number
  /** How long one ping may take before the database counts as unreachable. */
  pingTimeoutMs?: number
  ping?: () => Promise<void>
}

/**
 * Whether the database answers, as this process last saw it. While it is down, requests that need
 * it are refused at once with 503 (instead of each waiting for a connection timeout) and a
 * background ping flips it back the moment the database answers again, so the same process
 * recovers by itself. Only a failed ping or a dropped connection marks it down: one odd error is a
 * reason to ask, not a verdict.
 */
export class DatabaseHealth {
  private down = false
  private since = 0
  private timer: NodeJS.Timeout | null = null
  private checking: Promise<boolean> | null = null
  private stopped = false
  private readonly pingEveryMs: number
  private readonly pingTimeoutMs: number
  private readonly ping: () => Promise<void>

  constructor(payload: Payload, options: DatabaseHealthOptions = {}) {
    this.pingEveryMs = options.pingEveryMs ?? Number(process.env.DATABASE_PING_MS ?? 500)
    this.pingTimeoutMs = options.pingTimeoutMs ?? 1500
    this.ping = options.ping ?? (() => pingDatabase(payload, this.pingTimeoutMs))
  }

  isDown(): boolean {
    return this.down
  }

  /** A connection was lost or refused: the database is down until a ping answers. */
  markDown(reason: unknown): void {
    if (this.stopped) return
    if (!this.down) {
      this.down = true
      this.since = Date.now()
      logger.error(
        { err: reason },
        'database unavailable: refusing requests that need it (503) until it answers again',
      )
    }
    this.timer ??= setInterval(() => void this.check(), this.pingEveryMs).unref()
  }

  /** Asks the database now; true when it answered. Concurrent callers share one ping. */
  check(): Promise<boolean> {
    this.checking ??= this.ping()
      .then(() => {
        if (this.down)
          logger.info(
            { downMs: Date.now() - this.since },
            'database answers again: serving normally',
          )
        this.down = false
        if (this.timer) clearInterval(this.timer)
        this.timer = null
        return true
      })
      .catch((err) => {
        this.markDown(err)
        return false
      })
      .finally(() => {
        this.checking = null
      })
    return this.checking
  }

  /** Stops the background ping (shutdown): a closed database is not an outage. */
  stop(): void {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}

const healths = new WeakMap<Payload, DatabaseHealth>()
/** One tracker per Payload instance (tests run several side by side). */
export const databaseHealthFor = (payload: Payload): DatabaseHealth => {
  let health = healths.get(payload)
  if (!health) healths.set(payload, (health = new DatabaseHealth(payload)))
  return health
}
