import { Feed } from 'feed'
import type { PublicItem } from '../publicItem.js'
import { escapeMarkup } from '../../util/escapeMarkup.js'

type FeedItem = PublicItem & { jsonLd?: unknown }

export type FeedMeta = {
  title: string
  description: string
  selfUrl: string
  siteUrl: string
  language?: string
}

const COPYRIGHT = 'Bebas dipublikasikan ulang dengan mencantumkan sumber.'

/**
 * The item's HTML for `content:encoded` and Atom `<content>`. Never empty: the `feed` library declares
 * the `dc:` namespace (used by `dc:creator`) only along with content.
 */
const htmlOf = (item: PublicItem): string =>
  item.bodyHtml || `<p>${escapeMarkup(item.summary ?? item.title)}</p>`

/** RSS 2.0 and Atom through the `feed` library (no string-built XML). */
export const buildFeed = (meta: FeedMeta, items: PublicItem[]): Feed => {
  const feed = new Feed({
    title: meta.title,
    description: meta.description,
    id: meta.selfUrl,
    link: meta.siteUrl,
    language: meta.language ?? 'id',
    copyright: COPYRIGHT,
    updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
    generator: 'Humas Newsroom',
    feedLinks: {
      rss: meta.selfUrl.replace(/[^/]+$/, 'rss.xml'),
      atom: meta.selfUrl.replace(/[^/]+$/, 'atom.xml'),
      json: meta.selfUrl.replace(/[^/]+$/, 'feed.json'),
    },
  })
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      description: item.summary ?? item.bodyText.slice(0, 300),
      content: htmlOf(item),
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt),
      category: item.topics.map((t) => ({ name: t.name, term: t.slug })),
      author: item.unit ? [{ name: item.unit.name }] : undefined,
      // The size actually linked: its own type and byte length (RSS requires the length).
      image: item.photo?.url
        ? {
            url: item.photo.url,
            type: item.photo.mimeType ?? 'image/jpeg',
            length: item.photo.filesize ?? 0,
          }
        : undefined,
    })
  }
  return feed
}

/**
 * RSS 2.0. An item's `<author>` must be an e-mail address; ours is an office, so it is named in
 * `dc:creator` instead (the `feed` library writes `<author>` from `author`, hence the rewrite).
 */
export const buildRss = (meta: FeedMeta, items: PublicItem[]): string => {
  const feed = buildFeed(meta, items)
  for (const [i, entry] of feed.items.entries()) {
    const unit = items[i].unit
    entry.author = undefined
    if (unit) entry.extensions = [{ name: 'dc:creator', objects: { _text: unit.name } }]
  }
  return feed.rss2()
}

/**
 * Atom 1.0. The `feed` library derives an enclosure's type from the file extension (`image/jpg`,
 * which is not a media type); the linked file's own type is written instead.
 */
export const buildAtom = (meta: FeedMeta, items: PublicItem[]): string =>
  buildFeed(meta, items)
    .atom1()
    .replace(/(<link rel="enclosure" [^>]*?type=")image\/jpg(")/g, '$1image/jpeg$2')

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), built as an object. */
export const buildJsonFeed = (meta: FeedMeta, items: FeedItem[]) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: meta.title,
  description: meta.description,
  home_page_url: meta.siteUrl,
  feed_url: meta.selfUrl,
  language: meta.language ?? 'id',
  items: items.map((item) => ({
    id: item.url,
    url: item.url,
    title: item.title,
    summary: item.summary ?? undefined,
    content_html: htmlOf(item),
    content_text: item.bodyText,
    image: item.photo?.url,
    banner_image: item.shareImage?.url,
    date_published: item.publishedAt,
    date_modified: item.updatedAt,
    tags: item.topics.map((t) => t.name),
    language: item.language,
    authors: item.unit ? [{ name: item.unit.name, url: item.unit.url ?? undefined }] : undefined,
    ...(item.photo?.url
      ? {
          attachments: [
            {
              url: item.photo.url,
              mime_type: item.photo.mimeType ?? 'image/jpeg',
              size_in_bytes: item.photo.filesize,
            },
          ],
        }
      : {}),
    // JSON Feed extensions start with an underscore; portals embed this as JSON-LD.
    ...(item.jsonLd ? { _jsonld: item.jsonLd } : {}),
  })),
})
