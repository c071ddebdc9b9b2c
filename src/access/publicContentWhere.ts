import type { Where } from 'payload'
import { PUBLICLY_VISIBLE_STATES } from '../workflow/states.js'

/**
 * What the public may read of an editorial collection: items in a publicly visible state whose
 * embargo (if any) has passed at `now`. Returned as a query so lists, counts and lookups by id all
 * apply the same rule inside the database.
 */
export const publicContentWhere = (now: Date): Where => ({
  and: [
    { workflowStatus: { in: [...PUBLICLY_VISIBLE_STATES] } },
    {
      or: [{ embargoUntil: { exists: false } }, { embargoUntil: { less_than_equal: now.toISOString() } }],
    },
  ],
})
