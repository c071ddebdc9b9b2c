import type { PublicItem } from '../publicItem.js'

/** schema.org NewsArticle for one item (for portals to embed in <script type="application/ld+json">). */
export const toNewsArticleJsonLd = (item: PublicItem) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  '@id': item.url,
  mainEntityOfPage: item.url,
  url: item.url,
  headline: item.title.slice(0, 110),
  description: item.summary ?? undefined,
  articleBody: item.bodyText,
  inLanguage: item.language,
  datePublished: item.publishedAt,
  dateModified: item.updatedAt,
  ...(item.dateline ? { dateline: item.dateline } : {}),
  image: [item.shareImage?.url, item.photo?.url].filter(Boolean),
  // The issuing unit writes and publishes; its own website if it has one, else the news site.
  author: item.unit
    ? {
        '@type': 'GovernmentOrganization',
        name: item.unit.name,
        url: item.unit.url ?? item.siteUrl,
      }
    : undefined,
  publisher: item.unit
    ? {
        '@type': 'GovernmentOrganization',
        name: item.unit.name,
        url: item.unit.url ?? item.siteUrl,
        ...(item.unit.logoUrl ? { logo: { '@type': 'ImageObject', url: item.unit.logoUrl } } : {}),
      }
    : undefined,
  keywords: item.topics.map((t) => t.name).join(', ') || undefined,
  ...(item.changeNotes.length
    ? {
        correction: item.changeNotes.map((c) => ({
          '@type': 'CorrectionComment',
          text: c.note,
          datePublished: c.at,
        })),
      }
    : {}),
})
