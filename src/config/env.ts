import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root (where package.json lives), whether running from sources or from dist/. */
export const projectRoot = (): string => {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const up = path.resolve(here, '..', '..')
  return path.basename(up) === 'dist' ? path.dirname(up) : up
}

export const DEFAULT_SQLITE_URI = 'file:./data/newsroom.db'

/**
 * The mode this process started in. Captured once: serving the admin starts Next.js, which sets
 * NODE_ENV to `production` for the whole process whatever the newsroom was started as.
 */
const startedInProduction = process.env.NODE_ENV === 'production'
export const isProduction = (): boolean => startedInProduction
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR ?? path.join(projectRoot(), 'media'))
export const databaseUri = (): string => process.env.DATABASE_URI || DEFAULT_SQLITE_URI
export const port = (): number => Number(process.env.PORT ?? 3000)

/**
 * The secret that signs sessions. Production refuses to start without one; development uses a
 * fixed, clearly-named value so that logins survive restarts.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction()) throw new Error('PAYLOAD_SECRET wajib diisi di mode produksi (PAYLOAD_SECRET is required in production).')
  return 'humas-newsroom-development-secret-change-me'
}
