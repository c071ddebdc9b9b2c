import { Router } from 'express'
import type { Payload } from 'payload'
import type { DatabaseHealth } from '../db/databaseHealth.js'
import { pingDatabase } from '../db/ping.js'
import { readReplicasOf } from '../db/readReplicas.js'

/**
 * Liveness (the process answers) and readiness (the database answers). Read replicas are reported,
 * not required: while none can serve, public reads go to the primary and the instance stays ready.
 */
export const healthRoutes = (
  payload: Payload,
  isShuttingDown: () => boolean,
  health?: DatabaseHealth,
): Router => {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    if (isShuttingDown())
      return void res
        .status(503)
        .json({ status: 'stopping', code: 'SHUTTING_DOWN', message: 'Server sedang berhenti.' })
    try {
      // A database known to be down is not pinged again per probe: its own ping loop does that.
      if (health?.isDown()) throw new Error('database down')
      await pingDatabase(payload)
      const replicas = await readReplicasOf(payload)?.probe()
      res.json({
        status: 'ready',
        database: payload.db.name,
        ...(replicas && {
          readReplicas: { ...replicas, publicReadsFrom: replicas.current ? 'replica' : 'primary' },
        }),
      })
    } catch (err) {
      health?.markDown(err)
      res.status(503).set('Retry-After', '5').json({
        status: 'unavailable',
        code: 'DATABASE_UNAVAILABLE',
        message: 'Basis data tidak dapat dihubungi.',
      })
    }
  })
  return router
}
