import { port, isProduction } from './config/env.js'
import { logger } from './logger.js'
import { DEMO_PASSWORDS, demoUsers } from './seed/demoData.js'
import { ensureAdmin } from './seed/ensureAdmin.js'
import { seedDemo } from './seed/seedDemo.js'
import { createNewsroom } from './server.js'
import { ADMIN_PAYLOAD_KEY } from './admin/runningConfig.js'

/** `npm start`: the newsroom on PORT (3000), SQLite at ./data/newsroom.db unless DATABASE_URI says otherwise. */
const main = async (): Promise<void> => {
  const started = performance.now()
  const newsroom = await createNewsroom({ instanceKey: ADMIN_PAYLOAD_KEY, admin: process.env.ADMIN_UI !== 'false' })
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

  const server = newsroom.app.listen(port(), process.env.HOST ?? '0.0.0.0', () => {
    const url = `http://localhost:${port()}`
    const bootMs = Math.round(performance.now() - started)
    logger.info({ url, database: newsroom.databaseKind, bootMs, rssMb: Math.round(process.memoryUsage().rss / 1e6) }, 'newsroom listening')
    console.log(`\nHumas Newsroom berjalan di ${url}  (admin ${url}/admin, API ${url}/api, GraphQL ${url}/api/graphql)`)
    if (!isProduction()) {
      console.log('Akun demo (email / kata sandi):')
      for (const u of demoUsers) console.log(`  ${u.role.padEnd(9)} ${u.email} / ${DEMO_PASSWORDS[u.role]}`)
    }
  })

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down: finishing requests in flight')
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 25 s; exiting')
      process.exit(1)
    }, 25_000)
    force.unref()
    newsroom
      .close(server)
      .then(() => {
        logger.info('stopped cleanly')
        process.exit(0)
      })
      .catch((err) => {
        logger.error({ err }, 'error during shutdown')
        process.exit(1)
      })
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((err) => {
  logger.error({ err }, 'newsroom failed to start')
  console.error(err)
  process.exit(1)
})
