import compression from 'compression'
import express, { type Express } from 'express'
import helmet from 'helmet'
import type { RequestListener, Server } from 'node:http'
import { getPayload, type Payload } from 'payload'
import { graphqlRoute } from './http/graphqlRoute.js'
import { errorHandler, notFound } from './http/errorHandler.js'
import { assignRequestId } from './http/requestId.js'
import { requestLog } from './http/requestLog.js'
import { cachedHitsFirst, type SyncMiddleware } from './http/cachedHitsFirst.js'
import { metricsRoutes, requestCounter } from './metrics/metricsRoutes.js'
import { methodGuard } from './http/allowedMethods.js'
import { healthRoutes } from './http/healthRoutes.js'
import { jsonBodyGuard } from './http/jsonBodyGuard.js'
import { restRoute } from './http/restRoute.js'
import { portalKeyGuard } from './http/portalKeyGuard.js'
import { anonymousReadCors, portalCors } from './http/portalCors.js'
import { cachedPublicReads, isSharedCacheAnswer } from './cache/cachedRead.js'
import { responseCacheFor } from './cache/responseCache.js'
import { startInvalidationBus } from './cache/invalidationBus.js'
import { emptyPublicReadsHere } from './cache/invalidation.js'
import {
  credentialLimitsFromEnv,
  credentialRateLimit,
  sensitiveRateLimit,
  type CredentialLimits,
} from './http/rateLimits.js'
import { CREDENTIAL_PATHS, credentialAttemptsOf, jsonBodyOf } from './http/credentialAttempts.js'
import { uploadBodyBuffer } from './http/uploadBodyBuffer.js'
import { shareRoute } from './http/shareRoute.js'
import { feedRoutes } from './http/feedRoutes.js'
import { apiDocsRoutes } from './http/apiDocsRoutes.js'
import { previewRoute } from './http/previewRoute.js'
import { logger } from './logger.js'
import { buildNewsroomConfig, type NewsroomConfigOptions } from './payload.config.js'
import type { DatabaseKind } from './db/databaseKind.js'
import { closePayload } from './db/closePayload.js'
import { recoverSqliteFromBusy } from './db/sqliteBusyRecovery.js'
import { databaseHealthFor } from './db/databaseHealth.js'
import { watchPgConnections } from './db/watchPgConnections.js'
import { strictCommit } from './db/strictCommit.js'
import { installReadReplicas, readReplicaUris } from './db/readReplicas.js'
import { replicaReads } from './http/replicaReads.js'
import { answerDatabaseFailures, refuseWhileDatabaseDown } from './http/databaseGate.js'
import { ConnectionDrain, type DrainOptions } from './http/connectionDrain.js'
import { prepareAdmin, type AdminMount } from './admin/prepareAdmin.js'
import { isProduction, trustProxy } from './config/env.js'
import { csrfAllowedOrigins } from './config/publicUrls.js'
import { csrfGuard } from './http/csrfGuard.js'
import { startJobRunner, type JobRunner, type JobRunnerOptions } from './jobs/startJobRunner.js'
import { SCHEDULER_QUEUE } from './workflowService/queueScheduledPublication.js'
import { WEBHOOK_QUEUE } from './delivery/webhooks.js'

export type Newsroom = {
  app: Express
  /** The HTTP server's request handler: fresh cached public reads answered first, the rest by `app`. */
  handler: RequestListener
  payload: Payload
  databaseKind: DatabaseKind
  /** Runs queued jobs (scheduled publication, webhooks); null when this instance runs none. */
  jobs: JobRunner | null
  /** Stop taking requests, finish those in flight, stop background work, close the database. */
  close: (server?: Server, drain?: DrainOptions) => Promise<void>
}

export type NewsroomOptions = NewsroomConfigOptions & {
  instanceKey?: string
  jsonLimit?: string
  sensitivePerMinute?: number
  /** Credential attempts per account and per client address (default from the environment). */
  credentialLimits?: Partial<CredentialLimits>
  /** Serve the admin (Next.js) at /admin. Needs instanceKey `default`: the admin renders with that instance. */
  admin?: boolean
  /** Jobs runner settings (lease, poll interval, clock); `false` runs no jobs here, as DISABLE_SCHEDULER=true does. */
  jobs?: Omit<JobRunnerOptions, 'queues'> | false
  /** PostgreSQL read replicas for anonymous and portal reads (default: DATABASE_READ_REPLICAS). */
  readReplicas?: string[]
}

let instances = 0

/** Builds Payload and the express app around it. Listening is the caller's business. */
export const createNewsroom = async (options: NewsroomOptions = {}): Promise<Newsroom> => {
  const { config, databaseKind } = await buildNewsroomConfig(options)
  const key = options.instanceKey ?? `newsroom-${process.pid}-${++instances}`
  // No Payload crons: jobs run on src/jobs' runner, which claims them atomically.
  const payload = await getPayload({ config, key })
  // A dropped database connection (restart, failover) must not end the process: it marks the
  // database down, requests get 503 at once, and a ping brings it back.
  strictCommit(payload)
  await installReadReplicas(payload, options.readReplicas ?? readReplicaUris())
  await recoverSqliteFromBusy(payload)
  const health = databaseHealthFor(payload)
  watchPgConnections(payload, health)
  const connections = new ConnectionDrain()
  // Invalidations made by the other workers and instances empty this one's public reads too.
  const bus = await startInvalidationBus(payload, databaseKind, () => emptyPublicReadsHere(payload))
  const jobs =
    options.jobs === false || process.env.DISABLE_SCHEDULER === 'true'
      ? null
      : startJobRunner(payload, { queues: [SCHEDULER_QUEUE, WEBHOOK_QUEUE], ...options.jobs })
  let shuttingDown = false

  const app = express()
  app.disable('x-powered-by')
  app.use(connections.middleware)
  app.set('trust proxy', trustProxy())
  app.use(assignRequestId)
  const countRequest = requestCounter(payload)
  app.use(countRequest)
  app.use(metricsRoutes(payload))
  const log = requestLog()
  if (log) app.use(log)
  const admin: AdminMount | null = options.admin
    ? await prepareAdmin(config, { mayBuild: !isProduction() })
    : null
  if (admin) app.use(admin.router)
  app.use(methodGuard(app, config))
  const securityHeaders = helmet({
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })
  app.use(securityHeaders)
  // Cached anonymous reads are answered before express by `handler` (below); when `app` is mounted
  // alone, here, before compression (their gzip is stored) and the rest.
  // While the database is down, expired entries are still better than an error for a portal.
  app.use(
    cachedPublicReads(
      () => responseCacheFor(payload),
      () => health.isDown(),
      anonymousReadCors,
    ),
  )
  app.use(
    compression({
      filter: (req, res) => !isSharedCacheAnswer(res) && compression.filter(req, res),
    }),
  )
  app.use(healthRoutes(payload, () => shuttingDown, health))
  app.use(refuseWhileDatabaseDown(health))
  const allowedOrigins = csrfAllowedOrigins(
    options.serverURL ?? process.env.SERVER_URL,
    options.csrfAllowedOrigins?.join(',') ?? process.env.CSRF_ALLOWED_ORIGINS,
  )
  app.use('/api', csrfGuard(allowedOrigins, `${payload.config.cookiePrefix}-token`))

  const limited = sensitiveRateLimit(options.sensitivePerMinute)
  app.post(
    ['/api/users/login', '/api/users/forgot-password', '/api/:collection/:id/workflow'],
    limited,
  )
  const guard = jsonBodyGuard(options.jsonLimit ?? process.env.JSON_BODY_LIMIT ?? '1mb')
  const credentialLimits = { ...credentialLimitsFromEnv(), ...options.credentialLimits }
  app.post(
    CREDENTIAL_PATHS,
    guard,
    credentialRateLimit(credentialLimits, (req) =>
      credentialAttemptsOf(req.path, jsonBodyOf((req as { rawBody?: Buffer }).rawBody)),
    ),
  )
  app.use(replicaReads)
  app.use(
    ['/api', '/feeds', '/share', '/sitemap-news.xml'],
    portalKeyGuard(payload),
    portalCors(payload),
  )
  app.use(apiDocsRoutes(payload))
  app.all('/api/graphql', guard, graphqlRoute(config, key, payload))
  const uploads = uploadBodyBuffer(
    options.maxUploadBytes ?? Number(process.env.MAX_UPLOAD_BYTES ?? 20 * 1024 * 1024),
  )
  app.use('/api', guard, uploads, restRoute(config, key, payload))
  app.use(shareRoute(payload))
  app.use(feedRoutes(payload))
  app.use(previewRoute(payload))
  app.get('/', (_req, res) =>
    res.json({ name: 'Humas Newsroom', api: '/api', graphql: '/api/graphql', health: '/healthz' }),
  )
  app.use(notFound)
  app.use(answerDatabaseFailures(health))
  app.use(errorHandler)

  const close = async (server?: Server, drain?: DrainOptions): Promise<void> => {
    shuttingDown = true
    if (server) await connections.drain(server, drain)
    await admin?.close()
    await jobs?.stop().catch((err) => logger.error({ err }, 'error stopping the job runner'))
    health.stop()
    await bus?.close()
    await closePayload(payload)
  }
  const handler = cachedHitsFirst({
    app,
    cache: () => responseCacheFor(payload),
    databaseDown: () => health.isDown(),
    before: [connections.middleware, assignRequestId, countRequest, log, securityHeaders].filter(
      (m) => m !== null,
    ) as SyncMiddleware[],
  })
  return { app, handler, payload, databaseKind, jobs, close }
}
