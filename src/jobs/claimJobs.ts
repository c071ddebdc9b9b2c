import type { Payload } from 'payload'
import { returningRows } from '../db/returningRows.js'

export type ClaimOptions = {
  queue: string
  /** At most this many jobs. */
  limit: number
  /** A job left `processing` without a sign of life (its `updated_at`) for this long is taken over. */
  leaseMs: number
  now: Date
}

/**
 * Claims due jobs of one queue for this instance, atomically: one statement marks them `processing`
 * and returns their ids, so two instances (or two runners in one) never get the same job. Payload's
 * own runner finds and then updates by id, which lets two instances run one job twice.
 *
 * `updated_at` is the lease clock: the claim stamps it, Payload's runner stamps it again as the job
 * progresses and finishes. A job still `processing` long after its last stamp belongs to an instance
 * that died: it is claimed again (delivery is therefore at-least-once; see README).
 *
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` lets concurrent claimers pass over rows another is taking.
 * SQLite: a single UPDATE is one write transaction, and writers are serialised by the database.
 */
export const claimJobs = async (
  payload: Payload,
  { queue, limit, leaseMs, now }: ClaimOptions,
): Promise<(string | number)[]> => {
  if (limit <= 0) return []
  const at = now.toISOString()
  const leaseExpired = new Date(now.getTime() - leaseMs).toISOString()
  const rows = await returningRows(payload, undefined, (sql, dialect) =>
    dialect === 'postgres'
      ? sql`UPDATE payload_jobs SET processing = true, updated_at = ${at}
            WHERE id IN (
              SELECT id FROM payload_jobs
              WHERE queue = ${queue} AND completed_at IS NULL AND has_error IS NOT TRUE
                AND (wait_until IS NULL OR wait_until <= ${at})
                AND (processing IS NOT TRUE OR updated_at < ${leaseExpired})
              ORDER BY created_at, id
              LIMIT ${limit}
              FOR UPDATE SKIP LOCKED)
            RETURNING id`
      : sql`UPDATE payload_jobs SET processing = 1, updated_at = ${at}
            WHERE id IN (
              SELECT id FROM payload_jobs
              WHERE queue = ${queue} AND completed_at IS NULL AND COALESCE(has_error, 0) = 0
                AND (wait_until IS NULL OR wait_until <= ${at})
                AND (COALESCE(processing, 0) = 0 OR updated_at < ${leaseExpired})
              ORDER BY created_at, id
              LIMIT ${limit})
            RETURNING id`,
  )
  return rows.map((r) => r.id as string | number)
}
