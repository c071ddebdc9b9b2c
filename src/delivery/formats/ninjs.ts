import type { PublicItem } from '../publicItem.js'
import { isUnderEmbargo } from '../../workflow/embargo.js'

/**
 * IPTC ninjs 3.x for one item. Validated against tests/fixtures/ninjs-schema_3.1.json in the tests.
 * Embargoed items (shown only to entitled portals) carry `embargoedUntil` and pubStatus "withheld";
 * withdrawn ones pubStatus "canceled" with the notice as an editorial note.
 */
export const toNinjs = (item: PublicItem) => ({
  uri: item.url,
  standard: {
    name: 'ninjs',
    version: '3.1',
    schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json',
  },
  type: 'text',
  representationType: 'full',
  profile: item.collection === 'press-releases' ? 'siaran-pers' : 'liputan-kegiatan',
  version: String(Date.parse(item.updatedAt)),
  firstCreated: item.publishedAt,
  versionCreated: item.updatedAt,
  ...(isUnderEmbargo(item.embargoUntil, new Date()) ? { embargoedUntil: item.embargoUntil } : {}),
  pubStatus: item.withdrawal
    ? 'canceled'
    : isUnderEmbargo(item.embargoUntil, new Date())
      ? 'withheld'
      : 'usable',
  ...(item.withdrawal ? { edNote: `Ditarik: ${item.withdrawal.reason}` } : {}),
  language: item.language,
  copyrightHolder: item.unit?.name ?? 'Humas',
  usageTerms: 'Bebas dipublikasikan ulang dengan mencantumkan sumber.',
  headlines: [{ role: 'main', value: item.title }],
  ...(item.summary ? { descriptions: [{ role: 'summary', value: item.summary }] } : {}),
  bodies: [
    { role: 'main', contentType: 'text/html', value: item.bodyHtml },
    {
      role: 'main',
      contentType: 'text/plain',
      value: item.bodyText,
      wordCount: item.bodyText.split(/\s+/).filter(Boolean).length,
    },
  ],
  ...(item.dateline ? { located: item.dateline } : {}),
  slugline: item.slug,
  by: item.unit?.name,
  organisations: item.unit
    ? [{ name: item.unit.name, rel: 'publisher', literal: item.unit.slug }]
    : [],
  people: item.spokespeople.map((p) => ({ name: p.name, rel: 'quoted', literal: p.position })),
  subjects: item.topics.map((t) => ({ name: t.name, literal: t.slug })),
  ...(item.location ? { places: [{ name: item.location }] } : {}),
  renditions: [
    ...(item.shareImage
      ? [
          {
            name: 'share-card',
            href: item.shareImage.url,
            contentType: 'image/jpeg',
            width: item.shareImage.width,
            height: item.shareImage.height,
          },
        ]
      : []),
  ],
  ...(item.photo?.url
    ? {
        associations: [
          {
            name: 'featuredPhoto',
            uri: item.photo.url,
            type: 'picture',
            headlines: item.photo.caption ? [{ value: item.photo.caption }] : undefined,
            descriptions: item.photo.alt ? [{ role: 'alt', value: item.photo.alt }] : undefined,
            copyrightNotice: item.photo.credit,
            usageTerms: item.photo.usageTerms,
            renditions: [
              {
                name: 'hero',
                href: item.photo.url,
                contentType: item.photo.mimeType ?? 'image/jpeg',
              },
            ],
          },
        ],
      }
    : {}),
})
