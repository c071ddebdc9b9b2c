import type { Outcome } from './types.js'

/** Which transitions portals hear about, and as what. */
export const webhookEventFor = (o: Outcome): 'publish' | 'correction' | 'withdraw' | null => {
  if (o.action === 'withdraw') return 'withdraw'
  if (o.track === 'revision' && o.to === 'published') return 'correction'
  if (o.track === 'item' && (o.action === 'publish' || o.action === 'force-publish'))
    return 'publish'
  return null
}
