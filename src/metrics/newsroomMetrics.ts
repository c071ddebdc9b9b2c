import type { Payload } from 'payload'
import client from 'prom-client'
import { responseCacheFor } from '../cache/responseCache.js'
import { returningRows } from '../db/returningRows.js'
import { logger } from '../logger.js'

type PgPool = { totalCount: number; idleCount: number; waitingCount: number }

/**
 * The newsroom's Prometheus registry (one per instance). Request counters are fed by the HTTP
 * middleware; the rest is read when scraped: the response cache's counters, the jobs table (depth
 * and age of what is due), webhook outcomes (from the deliveries log, so every instance reports the
 * newsroom's totals), the PostgreSQL pool, and prom-client's process metrics (event-loop lag among them).
 */
const perInstance = new WeakMap<Payload, ReturnType<typeof buildMetrics>>()

/** The one registry of this Payload instance (the request counter and GET /metrics share it). */
export const newsroomMetrics = (payload: Payload): ReturnType<typeof buildMetrics> => {
  let metrics = perInstance.get(payload)
  if (!metrics) perInstance.set(payload, (metrics = buildMetrics(payload)))
  return metrics
}

const buildMetrics = (payload: Payload) => {
  const registry = new client.Registry()
  client.collectDefaultMetrics({ register: registry, prefix: 'humas_' })
  const labelNames = ['route', 'method', 'status'] as const
  const requests = new client.Counter({
    name: 'humas_http_requests_total',
    help: 'HTTP requests answered, by route family, method and status',
    labelNames,
    registers: [registry],
  })
  const duration = new client.Histogram({
    name: 'humas_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route family, method and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  })
  const cache = responseCacheFor(payload)
  new client.Counter({
    name: 'humas_public_cache_lookups_total',
    help: 'Anonymous public reads looked up in the response cache, by result (hit or miss)',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      const { hits, misses } = cache.stats
      this.reset()
      this.inc({ result: 'hit' }, hits)
      this.inc({ result: 'miss' }, misses)
    },
  })
  const sql = payload.db.name === 'postgres' || payload.db.name === 'sqlite'
  /** A scrape must never fail because the database does not answer: the series is then left out. */
  const rows = async (build: Parameters<typeof returningRows>[2]) =>
    sql ? returningRows(payload, undefined, build).catch(() => null) : null
  const jobsDue = new client.Gauge({
    name: 'humas_jobs_due',
    help: 'Jobs due to run and not yet finished, by queue',
    labelNames: ['queue'],
    registers: [registry],
  })
  const jobsAge = new client.Gauge({
    name: 'humas_jobs_oldest_due_age_seconds',
    help: 'How long the oldest due job has been due, by queue',
    labelNames: ['queue'],
    registers: [registry],
  })
  const jobsWaiting = new client.Gauge({
    name: 'humas_jobs_waiting',
    help: 'Jobs waiting for their time (scheduled publications, webhook retries), by queue',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const now = new Date().toISOString()
      const found = await rows((s, dialect) =>
        dialect === 'postgres'
          ? s`SELECT queue, (wait_until IS NULL OR wait_until <= ${now}) AS due, COUNT(*) AS n,
                     MIN(COALESCE(wait_until, created_at)) AS since
                FROM payload_jobs WHERE completed_at IS NULL AND has_error IS NOT TRUE
               GROUP BY 1, 2`
          : s`SELECT queue, (wait_until IS NULL OR wait_until <= ${now}) AS due, COUNT(*) AS n,
                     MIN(COALESCE(wait_until, created_at)) AS since
                FROM payload_jobs WHERE completed_at IS NULL AND COALESCE(has_error, 0) = 0
               GROUP BY 1, 2`,
      )
      jobsDue.reset()
      jobsAge.reset()
      this.reset()
      for (const r of found ?? []) {
        const queue = String(r.queue ?? 'default')
        if (r.due === true || Number(r.due) === 1) {
          jobsDue.set({ queue }, Number(r.n))
          jobsAge.set(
            { queue },
            Math.max(0, (Date.now() - new Date(String(r.since)).getTime()) / 1000),
          )
        } else this.set({ queue }, Number(r.n))
      }
    },
  })
  void jobsWaiting
  new client.Gauge({
    name: 'humas_webhook_deliveries',
    help: 'Webhook delivery attempts recorded, by outcome (delivered or failed); all instances',
    labelNames: ['outcome'],
    registers: [registry],
    async collect() {
      const found = await rows(
        (s) => s`SELECT outcome, COUNT(*) AS n FROM webhook_deliveries GROUP BY outcome`,
      )
      this.reset()
      for (const r of found ?? []) this.set({ outcome: String(r.outcome) }, Number(r.n))
    },
  })
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  if (pool)
    new client.Gauge({
      name: 'humas_db_pool_connections',
      help: 'PostgreSQL pool connections, by state (total, idle, waiting: requests queued for one)',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount)
        this.set({ state: 'idle' }, pool.idleCount)
        this.set({ state: 'waiting' }, pool.waitingCount)
      },
    })
  return {
    registry,
    observe: (route: string, method: string, status: number, seconds: number) => {
      const labels = { route, method, status: String(status) }
      requests.inc(labels)
      duration.observe(labels, seconds)
    },
    render: async (): Promise<string> => {
      try {
        return await registry.metrics()
      } catch (err) {
        logger.error({ err }, 'metrics could not be collected')
        throw err
      }
    },
  }
}
