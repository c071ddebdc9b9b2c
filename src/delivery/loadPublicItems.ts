import type { Payload, TypedUser, Where } from 'payload'
import { isNewsCollection, NEWS_COLLECTIONS } from '../workflow/newsCollections.js'
import { LISTED_STATES } from '../workflow/states.js'
import { idOf } from '../util/idOf.js'
import { toNewsArticleJsonLd } from './formats/jsonLd.js'
import { presentPublicItem, type PublicItem } from './publicItem.js'

/** An item as the formats receive it: the public shape and its schema.org NewsArticle. */
export type PresentedItem = PublicItem & { jsonLd: ReturnType<typeof toNewsArticleJsonLd> }
type Doc = Record<string, unknown>

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
 * Public items for feeds, newest first, read as the caller (anonymous or a portal client) so that the
 * one access rule decides what appears: never drafts, embargoed items or withdrawn ones.
 */
export const loadPublicItems = async (
  ctx: FeedContext,
  f: FeedFilters,
): Promise<PresentedItem[]> => {
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
        .then((r) => r.docs.map((d) => ({ collection, doc: d as unknown as Doc }))),
    ),
  )
  const found = lists.flat()
  await withUnitLogos(
    ctx,
    found.map((f) => f.doc),
  )
  const items = found.map(({ collection, doc }) => present(ctx, collection, doc))
  return items.sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt)).slice(0, limit)
}

/** One public item by collection and slug, or null. */
export const loadPublicItem = async (
  ctx: FeedContext,
  collection: string,
  slug: string,
): Promise<PresentedItem | null> => {
  if (!isNewsCollection(collection)) return null
  const r = await ctx.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    user: ctx.user,
    overrideAccess: false,
  })
  const doc = r.docs[0] as unknown as Doc | undefined
  if (!doc) return null
  await withUnitLogos(ctx, [doc])
  return present(ctx, collection, doc)
}

const present = (ctx: FeedContext, collection: PublicItem['collection'], doc: Doc) => {
  const item = presentPublicItem(collection, doc, ctx.siteBase, ctx.apiBase)
  return { ...item, jsonLd: toNewsArticleJsonLd(item) }
}

/**
 * The issuing units' logos (JSON-LD `publisher.logo`), read in one query as the caller: items are
 * read at depth 1, where a unit's logo is only an id.
 */
const withUnitLogos = async (ctx: FeedContext, docs: Doc[]): Promise<void> => {
  const units = docs.map((d) => d.unit).filter((u): u is Doc => Boolean(u) && typeof u === 'object')
  const ids = [...new Set(units.map((u) => idOf(u.logo)).filter((id) => id !== null))]
  if (!ids.length) return
  const { docs: logos } = await ctx.payload.find({
    collection: 'photos',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    user: ctx.user,
    overrideAccess: false,
  })
  const byId = new Map(logos.map((l) => [String(l.id), l]))
  for (const u of units) {
    const id = idOf(u.logo)
    if (id !== null && typeof u.logo !== 'object') u.logo = byId.get(String(id)) ?? u.logo
  }
}
