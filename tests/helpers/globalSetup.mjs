import { startEmbeddedPostgres } from './embeddedPostgres.mjs'

/** One PostgreSQL server for the whole run; each suite creates its own database in it. */
export default async function globalSetup() {
  process.env.NODE_ENV = 'test'
  process.env.LOG_LEVEL ??= 'silent'
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
  const databases = (process.env.TEST_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
  if (!databases.includes('postgres')) return
  const pg = await startEmbeddedPostgres()
  globalThis.__humasPostgres = pg
  process.env.TEST_PG_PORT = String(pg.port)
}
