import { DateTime } from 'luxon'
import type { Where } from 'payload'
import type { Role } from '../../access/roles.js'
import { DEFAULT_TIMEZONE } from '../../config/timezones.js'
import { underEmbargoWhere } from '../../workflow/embargo.js'
import {
  AWAITING_REVIEW,
  AWAITING_SCHEDULER,
  EMBARGO_WATCHED,
  WITH_AUTHOR,
} from '../../workflow/states.js'

export type DeskUser = { id: string | number; role: Role; unit: string | number | null }
export type UnitScope = readonly string[] | '*'

const inScope = (scope: UnitScope): Where[] => (scope === '*' ? [] : [{ unit: { in: [...scope] } }])

/**
 * What the news desk shows a staff member, as queries (run with the user's own access):
 * items waiting for their review (editors), their drafts and the items returned to them,
 * and what is scheduled or under embargo in their units.
 */
export const deskWheres = (
  user: DeskUser,
  scope: UnitScope,
  now: Date,
): { waitingReview: Where | null; myDrafts: Where; scheduled: Where } => ({
  waitingReview:
    user.role === 'editor' || user.role === 'admin'
      ? {
          and: [
            { workflowStatus: { equals: AWAITING_REVIEW } },
            ...inScope(scope),
            { createdBy: { not_equals: user.id } },
          ],
        }
      : null,
  myDrafts: {
    and: [{ createdBy: { equals: user.id } }, { workflowStatus: { in: [...WITH_AUTHOR] } }],
  },
  scheduled: {
    and: [
      ...inScope(scope),
      {
        or: [
          { workflowStatus: { equals: AWAITING_SCHEDULER } },
          { and: [underEmbargoWhere(now), { workflowStatus: { in: [...EMBARGO_WATCHED] } }] },
        ],
      },
    ],
  },
})

/** The agenda of one unit for the calendar day `now` falls on in the unit's time zone. */
export const todayAgendaWhere = (
  unit: string | number,
  now: Date,
  timezone: string = DEFAULT_TIMEZONE,
): Where => {
  const day = DateTime.fromJSDate(now).setZone(timezone).startOf('day')
  return {
    and: [
      { unit: { equals: unit } },
      { startsAt: { greater_than_equal: day.toUTC().toISO() } },
      { startsAt: { less_than: day.plus({ days: 1 }).toUTC().toISO() } },
    ],
  }
}
