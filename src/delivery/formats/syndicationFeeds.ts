import { Feed } from 'feed'
import type { PublicItem } from '../publicItem.js'

export type FeedMeta = {
  title: string
  description: string
  selfUrl: string
  siteUrl: string
  language?: string
}

const COPYRIGHT = 'Bebas dipublikasikan ulang dengan mencantumkan sumber.'

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
      content: item.bodyHtml,
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt),
      category: item.topics.map((t) => ({ name: t.name, term: t.slug })),
      author: item.unit ? [{ name: item.unit.name }] : undefined,
      image: item.photo?.url
        ? {
            url: item.photo.url,
            type: item.photo.mimeType ?? 'image/jpeg',
            length: item.photo.filesize,
          }
        : undefined,
    })
  }
  return feed
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), built as an object. */
export const buildJsonFeed = (meta: FeedMeta, items: PublicItem[]) => ({
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
    content_html: item.bodyHtml,
    content_text: item.bodyText,
    image: item.photo?.url,
    banner_image: item.shareImage?.url,
    date_published: item.publishedAt,
    date_modified: item.updatedAt,
    tags: item.topics.map((t) => t.name),
    language: item.language,
    authors: item.unit ? [{ name: item.unit.name }] : undefined,
  })),
})
