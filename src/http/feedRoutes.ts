import { Router, type Request, type Response as ExpressResponse } from 'express'
import type { Payload, TypedUser } from 'payload'
import { serveCachedRead } from '../cache/cachedRead.js'
import { buildAgendaIcs, type PublicAgendaItem } from '../delivery/formats/agendaIcs.js'
import { buildNewsSitemap } from '../delivery/formats/newsSitemap.js'
import { toNinjs } from '../delivery/formats/ninjs.js'
import {
  buildAtom,
  buildJsonFeed,
  buildRss,
  type FeedMeta,
} from '../delivery/formats/syndicationFeeds.js'
import {
  loadPublicItem,
  loadPublicItems,
  type FeedContext,
  type FeedFilters,
} from '../delivery/loadPublicItems.js'
import { responseCacheFor } from '../cache/responseCache.js'
import { errorBody } from './errorCodes.js'
import { toFetchRequest } from './fetchBridge.js'
import { apiBaseOf, siteBaseOf } from '../config/publicUrls.js'

const TWO_DAYS = 2 * 24 * 3600_000
const text = (body: string, type: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': `${type}; charset=utf-8` } })
const json = (body: unknown, type = 'application/json', status = 200) =>
  text(JSON.stringify(body), type, status)
const notFound = () =>
  json(errorBody('NOT_FOUND', 'Berita tidak ditemukan.'), 'application/json', 404)
const q = (req: Request, name: string): string | undefined =>
  typeof req.query[name] === 'string' && req.query[name] ? String(req.query[name]) : undefined

/**
 * Feeds and formats for portals and the public: RSS, Atom, JSON Feed, ninjs, Google News sitemap,
 * iCalendar agenda, schema.org JSON-LD. Each is read as the caller (anonymous or a portal key) and
 * served through the same cache and ETag rules as the REST API.
 */
export const feedRoutes = (payload: Payload): Router => {
  const router = Router()
  const cache = responseCacheFor(payload)
  // Absolute links come from configuration only: these responses are cached and shared.
  const apiBase = (_req: Request) => apiBaseOf(payload)
  const siteBase = (_req: Request) => siteBaseOf(payload)

  const context = async (req: Request): Promise<FeedContext> => {
    const { user } = req.headers.authorization
      ? await payload.auth({ headers: toFetchRequest(req).headers })
      : { user: null }
    return {
      payload,
      user: (user as TypedUser | null) ?? null,
      siteBase: siteBase(req),
      apiBase: apiBase(req),
    }
  }
  const filters = (req: Request): FeedFilters => ({
    unit: q(req, 'unit'),
    topic: q(req, 'topic'),
    type: q(req, 'type'),
    limit: Number(q(req, 'limit') ?? 50) || 50,
  })
  const meta = (req: Request, f: FeedFilters): FeedMeta => ({
    title: [
      'Berita Humas',
      f.unit && `unit ${f.unit}`,
      f.topic && `topik ${f.topic}`,
      f.type === 'event-coverage'
        ? 'liputan kegiatan'
        : f.type === 'press-releases'
          ? 'siaran pers'
          : '',
    ]
      .filter(Boolean)
      .join(' — '),
    description: 'Siaran pers dan liputan kegiatan resmi yang telah terbit.',
    selfUrl: `${apiBase(req)}${req.originalUrl.split('?')[0]}`,
    siteUrl: siteBase(req),
  })
  const route = (path: string, compute: (req: Request) => Promise<Response>) =>
    router.get(path, async (req: Request, res: ExpressResponse, next) => {
      try {
        await serveCachedRead(req, res, cache, () => compute(req))
      } catch (error) {
        next(error)
      }
    })

  route('/feeds/rss.xml', async (req) => {
    const f = filters(req)
    return text(
      buildRss(meta(req, f), await loadPublicItems(await context(req), f)),
      'application/rss+xml',
    )
  })
  route('/feeds/atom.xml', async (req) => {
    const f = filters(req)
    return text(
      buildAtom(meta(req, f), await loadPublicItems(await context(req), f)),
      'application/atom+xml',
    )
  })
  route('/feeds/feed.json', async (req) => {
    const f = filters(req)
    return json(
      buildJsonFeed(meta(req, f), await loadPublicItems(await context(req), f)),
      'application/feed+json',
    )
  })
  route('/feeds/ninjs', async (req) => {
    const items = await loadPublicItems(await context(req), filters(req))
    return json({ items: items.map(toNinjs) })
  })
  route('/feeds/ninjs/:collection/:slug', async (req) => {
    const item = await loadPublicItem(
      await context(req),
      String(req.params.collection),
      String(req.params.slug),
    )
    return item ? json(toNinjs(item)) : notFound()
  })
  route('/feeds/jsonld/:collection/:slug', async (req) => {
    const item = await loadPublicItem(
      await context(req),
      String(req.params.collection),
      String(req.params.slug),
    )
    return item ? json(item.jsonLd, 'application/ld+json') : notFound()
  })
  route('/sitemap-news.xml', async (req) => {
    const items = await loadPublicItems(await context(req), {
      limit: 100,
      sinceMs: Date.now() - TWO_DAYS,
    })
    return text(
      buildNewsSitemap(items, process.env.PUBLICATION_NAME ?? 'Humas Pemerintah Daerah'),
      'application/xml',
    )
  })
  route('/feeds/agenda.ics', async (req) => {
    const ctx = await context(req)
    const unit = q(req, 'unit')
    const found = await payload.find({
      collection: 'agenda',
      where: unit ? { 'unit.slug': { equals: unit } } : undefined,
      sort: 'startsAt',
      limit: 500,
      depth: 1,
      user: ctx.user,
      overrideAccess: false,
    })
    const items: PublicAgendaItem[] = found.docs.map((a) => {
      const d = a as unknown as Record<string, unknown>
      const name = (s: unknown) =>
        String(
          (s as { displayName?: string; name?: string })?.displayName ??
            (s as { name?: string })?.name ??
            '',
        )
      return {
        id: String(d.id),
        title: String(d.title),
        startsAt: String(d.startsAt),
        endsAt: (d.endsAt as string) ?? null,
        timezone: String(d.timezone ?? 'Asia/Jakarta'),
        location: (d.location as string) ?? null,
        status: String(d.status),
        unitName: (d.unit as { name?: string } | null)?.name,
        officials: ((d.officials as unknown[]) ?? [])
          .filter((o) => o && typeof o === 'object')
          .map(name),
        representedBy:
          d.representedBy && typeof d.representedBy === 'object' ? name(d.representedBy) : null,
      }
    })
    return text(
      buildAgendaIcs(
        unit ? `Agenda pimpinan — ${unit}` : 'Agenda pimpinan',
        items,
        new URL(siteBase(req)).host,
      ),
      'text/calendar',
    )
  })
  return router
}
