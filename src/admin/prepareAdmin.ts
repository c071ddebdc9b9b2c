import express, { type Router } from 'express'
import type { SanitizedConfig } from 'payload'
import { logger } from '../logger.js'
import { adminBuildState } from './adminBuildState.js'
import { adminRoutes } from './adminRoutes.js'
import { buildAdmin } from './buildAdmin.js'

export type AdminMount = { router: Router; close: () => Promise<void> }

/** /admin answers 503 with the command that fixes it (production never builds on start). */
const notBuilt = (): AdminMount => {
  const router = express.Router()
  router.all(['/admin', '/admin/{*rest}'], (_req, res) => {
    res
      .status(503)
      .type('text/plain; charset=utf-8')
      .send(
        'Panel admin belum dibangun. Jalankan `npm run build:admin`, lalu mulai ulang server.\n(The admin is not built: run `npm run build:admin`, then restart.)\n',
      )
  })
  return { router, close: async () => {} }
}

/**
 * The admin for this process. Development builds it when missing or older than its sources
 * (about a minute, progress on the console); production serves what `npm run build:admin` made.
 */
export const prepareAdmin = async (
  config: SanitizedConfig,
  o: { mayBuild: boolean },
): Promise<AdminMount> => {
  const state = adminBuildState()
  if (state !== 'ready' && o.mayBuild) {
    console.log(
      state === 'missing'
        ? 'Membangun panel admin (sekitar satu menit)…'
        : 'Sumber panel admin berubah: membangun ulang (sekitar satu menit)…',
    )
    await buildAdmin(config)
  } else if (state === 'missing') {
    logger.error('admin not built: /admin answers 503 until `npm run build:admin` has run')
    return notBuilt()
  } else if (state === 'stale') {
    logger.warn('admin build is older than its sources: run `npm run build:admin`')
  }
  return adminRoutes()
}
