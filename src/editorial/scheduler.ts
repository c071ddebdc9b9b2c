import type { TaskConfig } from 'payload'
import { isWorkflowState } from '../workflow/states.js'
import { decide } from '../workflow/decide.js'
import { performTransition } from './performTransition.js'
import type { NewsCollection } from '../workflow/newsCollections.js'
import { snapshotOf } from './snapshot.js'
import { failures } from '../workflow/failures.js'
import { PUBLISH_TASK } from './queueScheduledPublication.js'

const STALE = failures.stale()

type Input = { collection: NewsCollection; id: string; publishAt: string }

/**
 * The job that publishes a scheduled item. It publishes only the schedule it was queued for: an item
 * unscheduled or rescheduled since then is left alone (the newer schedule has its own job), so a
 * schedule publishes exactly once even when the job runs again after a restart.
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
      // The scheduler is the system: it reads the item whatever its visibility.
      const doc = await req.payload.findByID({ collection, id, req, depth: 0, disableErrors: true })
      if (!doc || !isWorkflowState(doc.workflowStatus)) return { output: { outcome: 'missing' } }
      const snapshot = { ...snapshotOf(doc as Record<string, unknown>), photosLackingConsent: 0 }
      const sameSchedule = snapshot.publishAt && new Date(snapshot.publishAt).getTime() === new Date(publishAt).getTime()
      if (!sameSchedule || !decide({ kind: 'scheduler' }, snapshot, { action: 'publish' }, new Date()).ok) return { output: { outcome: 'skipped' } }
      const result = await performTransition({ collection, id, input: { action: 'publish' }, req, asScheduler: true })
      if (result.ok) return { output: { outcome: 'published' } }
      if (result.code !== STALE.code) throw new Error(`scheduled publication refused: ${result.code}`)
    }
    throw new Error('scheduled publication kept losing to concurrent changes; retrying later')
  },
}
