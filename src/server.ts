import compression from 'compression'
import express, { type Express } from 'express'
import helmet from 'helmet'
import type { Server } from 'node:http'
import { getPayload, type Payload } from 'payload'
import { pinoHttp } from 'pino-http'
import { graphqlRoute } from './http/graphqlRoute.js'
import { errorHandler, notFound } from './http/errorHandler.js'
import { healthRoutes } from './http/healthRoutes.js'
import { jsonBodyGuard } from './http/jsonBodyGuard.js'
import { restRoute } from './http/restRoute.js'
import { portalKeyGuard } from './delivery/portalKeyGuard.js'
import { portalCors } from './delivery/portalCors.js'
import { cachedPublicReads } from './delivery/cachedRead.js'
import { responseCacheFor } from './delivery/responseCache.js'
import { sensitiveRateLimit } from './http/rateLimits.js'
import { uploadBodyBuffer } from './http/uploadBodyBuffer.js'
import { shareRoute } from './http/shareRoute.js'
import { feedRoutes } from './http/feedRoutes.js'
import { apiDocsRoutes } from './http/apiDocsRoutes.js'
import { previewRoute } from './http/previewRoute.js'
import { logger } from './logger.js'
import { buildNewsroomConfig, type NewsroomConfigOptions } from './payload.config.js'
import type { DatabaseKind } from './db/databaseKind.js'
import { closePayload } from './db/closePayload.js'
import { databaseHealthFor } from './db/databaseHealth.js'
import { watchPgConnections } from './db/watchPgConnections.js'
import { strictCommit } from './db/strictCommit.js'
import { answerDatabaseFailures, refuseWhileDatabaseDown } from './http/databaseGate.js'
import { ConnectionDrain, type DrainOptions } from './http/connectionDrain.js'
import { prepareAdmin, type AdminMount } from './admin/prepareAdmin.js'
import { isProduction } from './config/env.js'

export type Newsroom = {
  app: Express
  payload: Payload
  databaseKind: DatabaseKind
  /** Stop taking requests, finish those in flight, stop background work, close the database. */
  close: (server?: Server, drain?: DrainOptions) => Promise<void>
  /**
   * Registers work to stop on shutdown after requests drained and before the database closes
   * (job runners: src/jobs). Stoppers run in registration order; a failing one is logged and skipped.
   */
  beforeDatabaseClose: (stopper: () => Promise<void>) => void
}

export type NewsroomOptions = NewsroomConfigOptions & {
  instanceKey?: string
  jsonLimit?: string
  sensitivePerMinute?: number
  /** Serve the admin (Next.js) at /admin. Needs instanceKey `default`: the admin renders with that instance. */
  admin?: boolean
}

let instances = 0

/** Builds Payload and the express app around it. Listening is the caller's business. */
export const createNewsroom = async (options: NewsroomOptions = {}): Promise<Newsroom> => {
  const { config, databaseKind } = await buildNewsroomConfig(options)
  const key = options.instanceKey ?? `newsroom-${process.pid}-${++instances}`
  const payload = await getPayload({ config, key, cron: true })
  // A dropped database connection (restart, failover) must not end the process: it marks the
  // database down, requests get 503 at once, and a ping brings it back.
  strictCommit(payload)
  const health = databaseHealthFor(payload)
  watchPgConnections(payload, health)
  const connections = new ConnectionDrain()
  let shuttingDown = false

  const app = express()
  app.disable('x-powered-by')
  app.use(connections.middleware)
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')
  // Request logs cost ~0.1 ms a request even when discarded: only mount them when something is logged.
  if (logger.isLevelEnabled('info')) app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' } }))
  const admin: AdminMount | null = options.admin ? await prepareAdmin(config, { mayBuild: !isProduction() }) : null
  if (admin) app.use(admin.router)
  app.use(helmet({ contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } }, crossOriginResourcePolicy: { policy: 'cross-origin' } }))
  // Cached anonymous reads are answered here, before compression (their gzip is stored) and the rest.
  // While the database is down, expired entries are still better than an error for a portal.
  app.use(cachedPublicReads(() => responseCacheFor(payload), () => health.isDown()))
  app.use(compression())
  app.use(healthRoutes(payload, () => shuttingDown, health))
  app.use(refuseWhileDatabaseDown(health))

  const limited = sensitiveRateLimit(options.sensitivePerMinute)
  app.post(['/api/users/login', '/api/users/forgot-password', '/api/:collection/:id/workflow'], limited)
  app.use(['/api', '/feeds', '/share', '/sitemap-news.xml'], portalKeyGuard(payload), portalCors(payload))
  const guard = jsonBodyGuard(options.jsonLimit ?? process.env.JSON_BODY_LIMIT ?? '1mb')
  app.use(apiDocsRoutes(payload))
  app.all('/api/graphql', guard, graphqlRoute(config, key))
  const uploads = uploadBodyBuffer(options.maxUploadBytes ?? Number(process.env.MAX_UPLOAD_BYTES ?? 20 * 1024 * 1024))
  app.use('/api', guard, uploads, restRoute(config, key, payload))
  app.use(shareRoute(payload))
  app.use(feedRoutes(payload))
  app.use(previewRoute(payload))
  app.get('/', (_req, res) => res.json({ name: 'Humas Newsroom', api: '/api', graphql: '/api/graphql', health: '/healthz' }))
  app.use(notFound)
  app.use(answerDatabaseFailures(health))
  app.use(errorHandler)

  const stoppers: (() => Promise<void>)[] = [
    // Payload's cron job runners (replaced by src/jobs' runner, which registers its own stopper).
    async () => {
      await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
    },
  ]
  const close = async (server?: Server, drain?: DrainOptions): Promise<void> => {
    shuttingDown = true
    if (server) await connections.drain(server, drain)
    await admin?.close()
    for (const stop of stoppers) await stop().catch((err) => logger.error({ err }, 'error stopping background work'))
    health.stop()
    await closePayload(payload)
  }
  return { app, payload, databaseKind, close, beforeDatabaseClose: (stopper) => void stoppers.push(stopper) }
}
