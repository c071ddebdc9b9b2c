import { XMLBuilder } from 'fast-xml-parser'
import type { PublicItem } from '../publicItem.js'

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true })

/** Google News sitemap: items published in the last two days (the format's own limit). */
export const buildNewsSitemap = (items: PublicItem[], publicationName: string): string =>
  builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: items.map((item) => ({
        loc: item.url,
        'news:news': {
          'news:publication': { 'news:name': publicationName, 'news:language': item.language },
          'news:publication_date': item.publishedAt,
          'news:title': item.title,
        },
      })),
    },
  })
