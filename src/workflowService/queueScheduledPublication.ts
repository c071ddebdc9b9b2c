import type { PayloadRequest } from 'payload'
import type { NewsCollection } from '../workflow/newsCollections.js'

/** The jobs queue the scheduler's publications wait in (src/jobs/startJobRunner claims from it). */
export const SCHEDULER_QUEUE = 'workflow'
/** The task that publishes one scheduled item (src/workflowService/scheduler.ts). */
export const PUBLISH_TASK = 'publishScheduled'

/**
 * Queues the publication of a scheduled item at its time, in the same transaction as the schedule.
 * Kept apart from the task itself: the transition that schedules queues the job, and the job performs
 * a transition, so one file holding both would import the service that imports it.
 */
export const queueScheduledPublication = async (
  req: PayloadRequest,
  collection: NewsCollection,
  id: string | number,
  publishAt: string,
) => {
  await req.payload.jobs.queue({
    task: PUBLISH_TASK,
    input: { collection, id: String(id), publishAt },
    queue: SCHEDULER_QUEUE,
    waitUntil: new Date(publishAt),
    req,
  })
}
