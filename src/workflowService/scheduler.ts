import type { TaskConfig } from 'payload'
import { failures, isNothingToSchedule, notFound } from '../workflow/failures.js'
import type { NewsCollection } from '../workflow/newsCollections.js'
import { performTransition } from './performTransition.js'
import { PUBLISH_TASK } from './queueScheduledPublication.js'

const STALE = failures.stale().code
const NOT_FOUND = notFound().code

type Input = { collection: NewsCollection; id: string; publishAt: string }

/**
 * The job that publishes a scheduled item: one more actor of the workflow table. It asks for the
 * schedule it was queued for (`scheduledFor`), and the table's own requirement ("the same schedule
 * still stands", src/workflow/decide.ts) leaves an item unscheduled or rescheduled since then alone (the
 * newer schedule has its own job), so a schedule publishes exactly once even when the job runs again
 * after a restart.
 */
export const publishScheduledTask: TaskConfig = {
  slug: PUBLISH_TASK,
  label: 'Terbitkan naskah terjadwal',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const { collection, id, publishAt } = input as Input
    // An editor may act on the item at the same moment (publish it by hand, unschedule it): then one
    // of us finds the version moved (STALE_VERSION), and a fresh look decides whether anything is left to do.
    for (let look = 0; look < 3; look++) {
      const result = await performTransition({
        collection,
        id,
        input: { action: 'publish', scheduledFor: publishAt },
        req,
        asScheduler: true,
      })
      if (result.ok) return { output: { outcome: 'published' } }
      if (result.code === NOT_FOUND) return { output: { outcome: 'missing' } }
      if (isNothingToSchedule(result)) return { output: { outcome: 'skipped' } }
      if (result.code !== STALE) throw new Error(`scheduled publication refused: ${result.code}`)
    }
    throw new Error('scheduled publication kept losing to concurrent changes; retrying later')
  },
}
