import type { Payload } from 'payload'
import { claimJobs } from './claimJobs.js'

export type JobRunnerOptions = {
  /** Queues this runner serves, each with at most `limit` jobs running at once. */
  queues: string[]
  limit?: number
  /** How often to look for due jobs (default JOB_POLL_MS or 1 s). */
  pollMs?: number
  /** How long a claimed job may go without a sign of life before another instance takes it over (default JOB_LEASE_MS or 5 min). */
  leaseMs?: number
  /** The clock; tests inject one. */
  now?: () => Date
}

export type JobRunner = {
  /** Claims and starts what is due now; resolves with how many jobs it started. */
  poll: () => Promise<number>
  /** Stops claiming and waits for the jobs this instance is running. */
  stop: () => Promise<void>
}

/** Longer than any task may take: a webhook attempt times out after 10 s, a publication takes well under one. */
export const DEFAULT_LEASE_MS = 5 * 60_000

const fromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

/**
 * Our own jobs runner, in place of Payload's `autoRun`: it claims jobs atomically (claimJobs) and runs
 * exactly the claimed ids with `payload.jobs.runByID`, so each job runs on one instance at a time
 * however many instances share the database. Jobs are started without waiting for the previous poll's
 * jobs: a slow portal holds one slot, not the queue.
 */
export const startJobRunner = (payload: Payload, options: JobRunnerOptions): JobRunner => {
  const limit = options.limit ?? 20
  const pollMs = options.pollMs ?? fromEnv('JOB_POLL_MS', 1000)
  const leaseMs = options.leaseMs ?? fromEnv('JOB_LEASE_MS', DEFAULT_LEASE_MS)
  const now = options.now ?? (() => new Date())
  const running = new Map<string, Set<Promise<void>>>(options.queues.map((q) => [q, new Set()]))
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let polling: Promise<number> | undefined

  const run = (queue: string, id: string | number) => {
    const slots = running.get(queue) as Set<Promise<void>>
    const job: Promise<void> = payload.jobs
      // The system runs a job it has claimed: no user is acting, so access does not apply.
      .runByID({ id, overrideAccess: true })
      .then(() => undefined)
      // A failure here (the database gone) leaves the job claimed: its lease runs out and it is taken over.
      .catch((err: unknown) => payload.logger.error({ err, jobId: id, queue }, 'job run failed'))
      .finally(() => slots.delete(job))
    slots.add(job)
  }

  const pollOnce = async (): Promise<number> => {
    let started = 0
    for (const queue of options.queues) {
      if (stopped) break
      const free = limit - (running.get(queue) as Set<Promise<void>>).size
      const ids = await claimJobs(payload, { queue, limit: free, leaseMs, now: now() })
      for (const id of ids) run(queue, id)
      started += ids.length
    }
    return started
  }

  const poll = (): Promise<number> => {
    // One poll at a time per runner; a caller asking meanwhile shares the running one.
    polling ??= pollOnce().finally(() => (polling = undefined))
    return polling
  }

  const loop = async () => {
    try {
      await poll()
    } catch (err) {
      payload.logger.error({ err }, 'claiming jobs failed; trying again')
    }
    if (!stopped) {
      timer = setTimeout(loop, pollMs)
      timer.unref()
    }
  }
  timer = setTimeout(loop, 0)
  timer.unref()

  return {
    poll,
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await polling?.catch(() => 0)
      await Promise.allSettled([...running.values()].flatMap((slots) => [...slots]))
    },
  }
}
