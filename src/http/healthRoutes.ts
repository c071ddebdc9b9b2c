import { Router } from 'express'
import type { Payload } from 'payload'
import { pingDatabase } from '../db/ping.js'

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes = (payload: Payload, isShuttingDown: () => boolean): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    if (isShuttingDown()) return void res.status(503).json({ status: 'stopping', code: 'SHUTTING_DOWN', message: 'Server sedang berhenti.' })
    try {
      await pingDatabase(payload)
      res.json({ status: 'ready', database: payload.db.name })
    } catch {
      res.status(503).json({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE', message: 'Basis data tidak dapat dihubungi.' })
    }
  })
  return router
}
