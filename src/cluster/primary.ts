import cluster, { type Worker } from 'node:cluster'
import os from 'node:os'
import { isProduction } from '../config/env.js'
import { logger } from '../logger.js'
import { isIpcInvalidate } from '../cache/invalidationBus.js'
import { restartDelayMs, STABLE_AFTER_MS, workerCountOf } from './clusterPolicy.js'

/** How many newsroom workers this machine runs (WEB_CONCURRENCY; production: one per core). */
export const clusterWorkerCount = (): number =>
  workerCountOf({
    webConcurrency: process.env.WEB_CONCURRENCY,
    production: isProduction(),
    cores: os.availableParallelism(),
  })

/** True in the process that should fork workers rather than serve: the primary, with two or more. */
export const isClusterPrimary = (): boolean => cluster.isPrimary && clusterWorkerCount() > 1

type Slot = {
  index: number
  worker?: Worker
  startedAt: number
  listening: boolean
  earlyDeaths: number
  restart?: NodeJS.Timeout
}

/**
 * The cluster primary (node:cluster): forks the workers, each of which runs src/start.ts as one
 * whole newsroom (HTTP, cache, job runner) on the shared port; the primary hands out connections
 * and serves nothing itself.
 * - The first worker boots alone (migrations, the admin account, the demo seed happen once), then the
 *   others start together. If the first cannot boot, the primary exits with its code, as a single
 *   process would (a missing setting is the operator's to fix, not to retry).
 * - A worker that dies is replaced, after a back-off that grows while workers die before becoming
 *   stable (clusterPolicy.ts), so a worker that cannot boot does not spin.
 * - SIGTERM or SIGINT: every worker gets SIGTERM and drains its connections (src/start.ts); the
 *   primary exits once they have all stopped, 0 when they all stopped cleanly.
 * - It relays cache invalidations between workers (src/cache/invalidationBus.ts, for SQLite).
 * Resolves with the exit code.
 */
export const superviseWorkers = (count = clusterWorkerCount()): Promise<number> =>
  new Promise((resolve) => {
    const slots: Slot[] = Array.from({ length: count }, (_, index) => ({
      index,
      startedAt: 0,
      listening: false,
      earlyDeaths: 0,
    }))
    let stopping = false
    let failed = false
    /** Some worker has listened: from then on a dead worker is replaced rather than the boot failing. */
    let served = false
    const live = () => slots.filter((s) => s.worker).length

    const relay = (from: Worker, message: unknown) => {
      if (!isIpcInvalidate(message)) return
      for (const s of slots)
        if (s.worker && s.worker !== from && s.worker.isConnected()) s.worker.send(message)
    }

    const fork = (slot: Slot): Promise<void> =>
      new Promise((started) => {
        const worker = cluster.fork({ NEWSROOM_WORKER: String(slot.index + 1) })
        slot.worker = worker
        slot.startedAt = Date.now()
        slot.listening = false
        worker.on('message', (m) => relay(worker, m))
        worker.once('listening', () => {
          slot.listening = true
          served = true
          logger.info({ worker: slot.index + 1, pid: worker.process.pid }, 'worker listening')
          started()
        })
        worker.once('exit', (code, signal) => {
          slot.worker = undefined
          started()
          if (stopping) {
            // A worker still booting has no handler yet: SIGTERM ends it, as asked.
            if (code !== 0 && signal !== 'SIGTERM') failed = true
            if (live() === 0) resolve(failed ? 1 : 0)
            return
          }
          if (!served) {
            // The first worker could not boot (a setting missing, migrations failing): fail as a
            // single process would, so that the operator or the orchestrator sees it.
            logger.error({ code, signal }, 'the first worker did not start; stopping')
            stopping = true
            return resolve(typeof code === 'number' && code !== 0 ? code : 1)
          }
          const stable = slot.listening && Date.now() - slot.startedAt >= STABLE_AFTER_MS
          slot.earlyDeaths = stable ? 0 : slot.earlyDeaths + 1
          const delayMs = restartDelayMs(slot.earlyDeaths)
          logger.error(
            { worker: slot.index + 1, pid: worker.process.pid, code, signal, restartInMs: delayMs },
            'worker died; replacing it',
          )
          slot.restart = setTimeout(() => {
            slot.restart = undefined
            if (!stopping) void fork(slot)
          }, delayMs)
        })
      })

    const stop = (signal: string) => {
      if (stopping) return
      stopping = true
      logger.info({ signal, workers: live() }, 'stopping: draining every worker')
      for (const s of slots) clearTimeout(s.restart)
      if (live() === 0) return resolve(0)
      for (const s of slots) s.worker?.process.kill('SIGTERM')
      // Each worker exits by itself within its drain deadline; this is the last resort.
      const deadline = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 8000) + 3000
      setTimeout(() => {
        logger.error({ afterMs: deadline }, 'workers did not stop in time; killing them')
        for (const s of slots) s.worker?.process.kill('SIGKILL')
        resolve(1)
      }, deadline).unref()
    }
    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))

    logger.info({ workers: count, pid: process.pid }, 'cluster primary: starting workers')
    // The first alone; the others once it listens (or has died and is being replaced).
    void fork(slots[0]).then(() => {
      if (!stopping) for (const s of slots.slice(1)) void fork(s)
    })
  })
