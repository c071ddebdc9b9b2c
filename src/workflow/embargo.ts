import type { Where } from 'payload'

/**
 * The embargo rule, named once (after Superdesk): an item is under embargo while its `embargoUntil`
 * lies after `now`; from that instant on it is public by itself, with no one pressing a button.
 * Embargo is not a state: a published item under embargo stays published and hidden.
 * The public query, the `embargoed` flag, feeds and the webhooks all ask this file.
 */
export const isUnderEmbargo = (embargoUntil: unknown, now: Date): boolean => {
  if (!embargoUntil) return false
  const until = embargoUntil instanceof Date ? embargoUntil : new Date(String(embargoUntil))
  return until.getTime() > now.getTime()
}

/** The same rule as a query, for the database: items whose embargo (if any) has passed at `now`. */
export const embargoPassedWhere = (now: Date): Where => ({
  or: [
    { embargoUntil: { exists: false } },
    { embargoUntil: { less_than_equal: now.toISOString() } },
  ],
})

/** Its complement as a query: items still under embargo at `now`. */
export const underEmbargoWhere = (now: Date): Where => ({
  embargoUntil: { greater_than: now.toISOString() },
})
