import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { logger } from '../logger.js'

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
export const mediaDir = (): string =>
  path.resolve(process.env.MEDIA_DIR ?? path.join(projectRoot(), 'media'))
export const databaseUri = (): string => process.env.DATABASE_URI || DEFAULT_SQLITE_URI
export const port = (): number => Number(process.env.PORT ?? 3000)

/**
 * The secret that signs sessions. Production refuses to start without one; development uses a
 * fixed, clearly-named value so that logins survive restarts.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) return secret
  if (isProduction())
    throw new Error(
      'PAYLOAD_SECRET wajib diisi di mode produksi (PAYLOAD_SECRET is required in production).',
    )
  return DEVELOPMENT_SECRET
}

/** Published in this repository: anyone can sign a session with it. */
export const DEVELOPMENT_SECRET = 'humas-newsroom-development-secret-change-me'

/**
 * Says loudly, in the log and on the console (which an operator reads even when logs go elsewhere),
 * that sessions are signed with the published development secret. True when it warned.
 */
export const warnIfDevelopmentSecret = (secret: string): boolean => {
  if (secret !== DEVELOPMENT_SECRET) return false
  const message =
    'PERINGATAN: PAYLOAD_SECRET tidak diisi; sesi ditandatangani dengan rahasia pengembangan yang terbuka untuk umum. Siapa pun dapat memalsukan login. ' +
    '/ WARNING: PAYLOAD_SECRET is not set; sessions are signed with the public development secret. Anyone can forge a login. Set PAYLOAD_SECRET.'
  logger.warn(message)
  console.warn(message)
  return true
}

/**
 * Express `trust proxy`: which peers may tell us the client's address in X-Forwarded-For. Off unless
 * configured: trusting a header anyone can send would let a client pick a fresh address per request
 * and walk past every per-address limit. `TRUST_PROXY=loopback` (nginx on the same machine), a hop
 * count (`1`) or a list of addresses/subnets (`10.0.0.0/8, 192.168.0.1`).
 */
export const trustProxy = (value = process.env.TRUST_PROXY): boolean | number | string => {
  const v = value?.trim() ?? ''
  if (v === '' || v === 'false') return false
  if (v === 'true') return true
  return /^\d+$/.test(v) ? Number(v) : v
}
