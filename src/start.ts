import { port, isProduction } from './config/env.js'
import { logger } from './logger.js'
import { DEMO_PASSWORDS, demoUsers } from './seed/demoData.js'
import { ensureAdmin } from './seed/ensureAdmin.js'
import { seedDemo } from './seed/seedDemo.js'
import { backfillPublicBodies } from './delivery/backfillPublicBodies.js'
import { createNewsroom } from './server.js'
import { ADMIN_PAYLOAD_KEY } from './admin/runningConfig.js'
import { databaseHealthFor } from './db/databaseHealth.js'
import { installProcessSafetyNet } from './processSafetyNet.js'
import type { Newsroom } from './server.js'
import { createServer, type Server } from 'node:http'
import { isClusterPrimary, superviseWorkers } from './cluster/primary.js'

// WEB_CONCURRENCY > 1 (production: one per core): this process forks and supervises the workers,
// each of which runs this file as one newsroom, and exits once they have all stopped.
if (isClusterPrimary()) process.exit(await superviseWorkers())

/** Requests in flight get this long to finish on SIGTERM; the process timer fires 1.5 s later. */
const SHUTDOWN_DRAIN_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 8000)

let newsroom: Newsroom | undefined
let server: Server | undefined
let stopping = false
const stop = (reason: string, exitCode = 0): void => {
  if (stopping) return
  stopping = true
  logger.info({ reason }, 'shutting down: refusing new connections, finishing requests in flight')
  const started = performance.now()
  // The last resort, if closing hangs (a stuck database call): orchestrators wait 10 s before SIGKILL.
  const force = setTimeout(() => {
    logger.error({ afterMs: SHUTDOWN_DRAIN_MS + 1500 }, 'shutdown did not finish in time; exiting')
    process.exit(1)
  }, SHUTDOWN_DRAIN_MS + 1500)
  force.unref()
  if (!newsroom) process.exit(exitCode)
  newsroom
    .close(server, { deadlineMs: SHUTDOWN_DRAIN_MS })
    .then(() => {
      logger.info(
        { shutdownMs: Math.round(performance.now() - started), exitCode },
        'stopped cleanly',
      )
      process.exit(exitCode)
    })
    .catch((err) => {
      logger.error({ err }, 'error during shutdown')
      process.exit(1)
    })
}

installProcessSafetyNet({
  onDatabaseFailure: (err) => newsroom && databaseHealthFor(newsroom.payload).markDown(err),
  onFatal: (exitCode) => stop('uncaughtException', exitCode),
})
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))

/** `npm start`: the newsroom on PORT (3000), SQLite at ./data/newsroom.db unless DATABASE_URI says otherwise. */
const main = async (): Promise<void> => {
  const started = performance.now()
  newsroom = await createNewsroom({
    instanceKey: ADMIN_PAYLOAD_KEY,
    admin: process.env.ADMIN_UI !== 'false',
  })
  const { payload } = newsroom

  if (process.env.ADMIN_EMAIL && process.env.ADMIN_PASSWORD) {
    const outcome = await ensureAdmin(payload, process.env.ADMIN_EMAIL, process.env.ADMIN_PASSWORD)
    logger.info({ email: process.env.ADMIN_EMAIL, outcome }, 'admin account ready')
  }
  if (!isProduction() && process.env.SEED_DEMO !== 'false') {
    const { totalDocs } = await payload.count({ collection: 'press-releases' })
    if (totalDocs === 0) {
      console.log('Mengisi newsroom demo (seeding demo content)…')
      const result = await seedDemo(payload, (m) => console.log(m))
      console.log(`Selesai: ${result.created} dibuat, ${result.skipped} sudah ada.`)
    }
  }

  // Items published before bodyHtml existed get it once; a no-op afterwards.
  const rendered = await backfillPublicBodies(payload)
  if (rendered) logger.info({ rendered }, 'rendered bodyHtml/bodyText of earlier published items')

  const { databaseKind } = newsroom
  server = createServer(newsroom.handler).listen(port(), process.env.HOST ?? '0.0.0.0', () => {
    const url = `http://localhost:${port()}`
    const bootMs = Math.round(performance.now() - started)
    logger.info(
      { url, database: databaseKind, bootMs, rssMb: Math.round(process.memoryUsage().rss / 1e6) },
      'newsroom listening',
    )
    console.log(
      `\nHumas Newsroom berjalan di ${url}  (admin ${url}/admin, API ${url}/api, GraphQL ${url}/api/graphql)`,
    )
    if (!isProduction()) {
      console.log('Akun demo (email / kata sandi):')
      for (const u of demoUsers)
        console.log(`  ${u.role.padEnd(9)} ${u.email} / ${DEMO_PASSWORDS[u.role]}`)
    }
  })
}

main().catch((err) => {
  logger.error({ err }, 'newsroom failed to start')
  console.error(err)
  process.exit(1)
})
