import type { EventCoverage, PressRelease } from '../payload-types.js'

/**
 * The collections that run the editorial workflow: press releases (siaran pers) and event coverage
 * (liputan kegiatan). Everything that treats "a news item" generically (the public query, feeds, the
 * publication clock, webhooks, routes) names them through this list, never by spelling the slugs.
 */
export const NEWS_COLLECTIONS = ['press-releases', 'event-coverage'] as const

export type NewsCollection = (typeof NEWS_COLLECTIONS)[number]

/** A stored news item, as Payload's generated types describe it. */
export type NewsItem = PressRelease | EventCoverage

export const isNewsCollection = (slug: unknown): slug is NewsCollection =>
  (NEWS_COLLECTIONS as readonly unknown[]).includes(slug)
