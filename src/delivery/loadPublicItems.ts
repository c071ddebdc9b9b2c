import type { Payload, TypedUser, Where } from 'payload'
import { isNewsCollection, NEWS_COLLECTIONS, type NewsItem } from '../workflow/newsCollections.js'
import { LISTED_STATES } from '../workflow/states.js'
import { presentPublicItem, type PublicItem } from './publicItem.js'

export type FeedFilters = {
  unit?: string
  topic?: string
  type?: string
  limit?: number
  sinceMs?: number
}

export type FeedContext = {
  payload: Payload
  user: TypedUser | null
  siteBase: string
  apiBase: string
}

/**
 * The presenter reads a document as a map of fields, afterRead additions (shareImage) included; a
 * generated interface has no index signature, so it converts only through unknown.
 */
const fieldMap = (doc: NewsItem): Record<string, unknown> =>
  doc as unknown as Record<string, unknown>

/**
 * Public items for feeds, newest first, read as the caller (anonymous or a portal client) so that the
 * one access rule decides what appears: never drafts, embargoed items or withdrawn ones.
 */
export const loadPublicItems = async (ctx: FeedContext, f: FeedFilters): Promise<PublicItem[]> => {
  const types = f.type ? NEWS_COLLECTIONS.filter((t) => t === f.type) : [...NEWS_COLLECTIONS]
  // Feeds list what is current: withdrawn items keep their own address but leave feeds.
  const and: Where[] = [{ workflowStatus: { in: [...LISTED_STATES] } }]
  if (f.unit) and.push({ 'unit.slug': { equals: f.unit } })
  if (f.topic) and.push({ 'topics.slug': { equals: f.topic } })
  if (f.sinceMs)
    and.push({ publishedAt: { greater_than_equal: new Date(f.sinceMs).toISOString() } })
  const limit = Math.min(f.limit ?? 50, 100)
  const lists = await Promise.all(
    types.map((collection) =>
      ctx.payload
        .find({
          collection,
          where: { and },
          sort: '-publishedAt',
          limit,
          depth: 1,
          user: ctx.user,
          overrideAccess: false,
        })
        .then((r) =>
          r.docs.map((d) => presentPublicItem(collection, fieldMap(d), ctx.siteBase, ctx.apiBase)),
        ),
    ),
  )
  return lists
    .flat()
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, limit)
}

/** One public item by collection and slug, or null. */
export const loadPublicItem = async (
  ctx: FeedContext,
  collection: string,
  slug: string,
): Promise<PublicItem | null> => {
  if (!isNewsCollection(collection)) return null
  const r = await ctx.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    user: ctx.user,
    overrideAccess: false,
  })
  return r.docs[0]
    ? presentPublicItem(collection, fieldMap(r.docs[0]), ctx.siteBase, ctx.apiBase)
    : null
}
