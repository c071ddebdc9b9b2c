import type { Where } from 'payload'
import { embargoPassedWhere } from '../workflow/embargo.js'
import { PUBLICLY_VISIBLE_STATES } from '../workflow/states.js'

/**
 * What the public may read of an editorial collection: items in a publicly visible state whose
 * embargo (if any) has passed at `now`. Returned as a query so lists, counts and lookups by id all
 * apply the same rule inside the database.
 */
export const publicContentWhere = (now: Date): Where => ({
  and: [visibleStatesWhere, embargoPassedWhere(now)],
})

export const visibleStatesWhere: Where = { workflowStatus: { in: [...PUBLICLY_VISIBLE_STATES] } }

/** Photos the public may see: those an editor marked public, and those public documents show (`shownIds`). */
export const publicPhotoWhere = (shownIds: readonly (string | number)[]): Where =>
  shownIds.length
    ? { or: [{ isPublic: { equals: true } }, { id: { in: [...shownIds] } }] }
    : { isPublic: { equals: true } }

/** Matches nothing (ids always exist); for a principal entitled to no units. */
export const NOTHING: Where = { id: { exists: false } }

/**
 * What a portal client may read: public items of the units it receives (owning or co-issuing), plus
 * syndicated items if entitled; embargoed ones too if entitled to embargoed material.
 */
export const portalContentWhere = (
  now: Date,
  client: { units: readonly string[]; receivesSyndicated: boolean; receivesEmbargoed: boolean },
): Where => {
  const mine: Where[] = client.units.length
    ? [{ unit: { in: [...client.units] } }, { coIssuingUnits: { in: [...client.units] } }]
    : []
  if (client.receivesSyndicated) mine.push({ syndicated: { equals: true } })
  if (mine.length === 0) return NOTHING
  return {
    and: [
      visibleStatesWhere,
      ...(client.receivesEmbargoed ? [] : [embargoPassedWhere(now)]),
      { or: mine },
    ],
  }
}
