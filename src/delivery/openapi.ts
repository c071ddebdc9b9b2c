import { NEWS_COLLECTIONS } from '../workflow/newsCollections.js'

/**
 * OpenAPI 3.1 description of the portal-facing surface: public reads, feeds, authentication, errors
 * and the webhook. Served at /api/openapi.json, readable at /api/docs.
 */
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const errorResponses = {
  '400': {
    description: 'Permintaan tidak sah (filter atau parameter keliru).',
    content: { 'application/json': { schema: ref('Errors') } },
  },
  '401': {
    description: 'Kunci API portal tidak dikenal, dicabut, nonaktif atau kedaluwarsa.',
    content: { 'application/json': { schema: ref('Errors') } },
  },
  '403': {
    description: 'Tidak diizinkan (misalnya origin CORS tidak terdaftar).',
    content: { 'application/json': { schema: ref('Errors') } },
  },
  '429': {
    description: 'Terlalu banyak permintaan.',
    content: { 'application/json': { schema: ref('Errors') } },
  },
}
const cacheHeaders = {
  ETag: {
    description: 'Strong validator; send it back as If-None-Match to get 304.',
    schema: { type: 'string' },
  },
  'Cache-Control': {
    description:
      'public (anonymous, short, bounded by the next embargo or schedule) or private, no-store (with a key).',
    schema: { type: 'string' },
  },
}
const listParams = [
  {
    name: 'limit',
    in: 'query',
    description: 'Items per page, at most 100.',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
  },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  {
    name: 'sort',
    in: 'query',
    description: 'Field to sort by, e.g. -publishedAt.',
    schema: { type: 'string' },
  },
  {
    name: 'depth',
    in: 'query',
    description: 'How deep to populate relations (max 4).',
    schema: { type: 'integer', minimum: 0, maximum: 4 },
  },
  {
    name: 'where',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Payload query, e.g. where[slug][equals]=…; only public fields can be queried.',
    schema: { type: 'object' },
  },
  { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
]
const feedFilters = [
  { name: 'unit', in: 'query', description: 'Unit slug.', schema: { type: 'string' } },
  { name: 'topic', in: 'query', description: 'Topic slug.', schema: { type: 'string' } },
  { name: 'type', in: 'query', schema: { type: 'string', enum: [...NEWS_COLLECTIONS] } },
]
const itemPath = (collection: string, label: string) => ({
  [`/api/${collection}`]: {
    get: {
      summary: `Daftar ${label} yang terbit`,
      description:
        'Published items past their embargo (plus embargoed ones, marked, for entitled keys), scoped to the units of the key. Withdrawn items leave lists.',
      tags: ['Berita'],
      parameters: listParams,
      responses: {
        '200': {
          description: 'A page of items.',
          headers: cacheHeaders,
          content: { 'application/json': { schema: ref('ItemPage') } },
        },
        '304': { description: 'Not modified.' },
        ...errorResponses,
      },
    },
  },
  [`/api/${collection}/{id}`]: {
    get: {
      summary: `Satu ${label}`,
      tags: ['Berita'],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        ...listParams.filter((p) => p.name === 'depth' || p.name === 'If-None-Match'),
      ],
      responses: {
        '200': {
          description: 'The item (withdrawn items keep their notice).',
          headers: cacheHeaders,
          content: { 'application/json': { schema: ref('Item') } },
        },
        '304': { description: 'Not modified.' },
        '404': {
          description: 'Not found, or not public.',
          content: { 'application/json': { schema: ref('Errors') } },
        },
        ...errorResponses,
      },
    },
  },
})
const feed = (path: string, summary: string, type: string, params = feedFilters) => ({
  [path]: {
    get: {
      summary,
      tags: ['Feed'],
      parameters: params,
      responses: {
        '200': {
          description: summary,
          headers: cacheHeaders,
          content: { [type]: { schema: { type: 'string' } } },
        },
        '304': { description: 'Not modified.' },
        ...errorResponses,
      },
    },
  },
})

export const buildOpenApi = (serverUrl: string) => ({
  openapi: '3.1.0',
  info: {
    title: 'Humas Newsroom — API portal',
    version: '1.0.0',
    description:
      'Siaran pers, liputan kegiatan dan agenda pimpinan untuk portal berita daerah. Tanpa kunci: hanya konten publik. Dengan kunci portal: konten unit yang diterima (dan berita berembargo bila berhak). Galat: `{ errors: [{ code, message }] }` dengan pesan berbahasa Indonesia.',
  },
  servers: [{ url: serverUrl || '/' }],
  security: [{}, { portalApiKey: [] }],
  tags: [{ name: 'Berita' }, { name: 'Agenda' }, { name: 'Referensi' }, { name: 'Feed' }],
  paths: {
    ...itemPath('press-releases', 'siaran pers'),
    ...itemPath('event-coverage', 'liputan kegiatan'),
    '/api/agenda': {
      get: {
        summary: 'Agenda pimpinan publik',
        tags: ['Agenda'],
        parameters: listParams,
        responses: {
          '200': {
            description: 'Public agenda items (no protocol notes).',
            headers: cacheHeaders,
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...errorResponses,
        },
      },
    },
    '/api/units': {
      get: {
        summary: 'Unit kerja',
        tags: ['Referensi'],
        parameters: listParams,
        responses: {
          '200': {
            description: 'Units.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...errorResponses,
        },
      },
    },
    '/api/topics': {
      get: {
        summary: 'Topik',
        tags: ['Referensi'],
        parameters: listParams,
        responses: {
          '200': {
            description: 'Topics.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...errorResponses,
        },
      },
    },
    '/api/spokespeople': {
      get: {
        summary: 'Juru bicara dan pejabat',
        tags: ['Referensi'],
        parameters: listParams,
        responses: {
          '200': {
            description: 'Spokespeople.',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          ...errorResponses,
        },
      },
    },
    ...feed('/feeds/rss.xml', 'RSS 2.0', 'application/rss+xml'),
    ...feed('/feeds/atom.xml', 'Atom', 'application/atom+xml'),
    ...feed('/feeds/feed.json', 'JSON Feed 1.1', 'application/feed+json'),
    ...feed('/feeds/ninjs', 'IPTC ninjs 3.1 (list)', 'application/json', [
      feedFilters[0],
      feedFilters[1],
      feedFilters[2],
    ]),
    '/feeds/ninjs/{collection}/{slug}': {
      get: {
        summary: 'IPTC ninjs 3.1 (one item)',
        tags: ['Feed'],
        parameters: [
          {
            name: 'collection',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: [...NEWS_COLLECTIONS] },
          },
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'ninjs',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          '404': { description: 'Not found or not public.' },
        },
      },
    },
    '/feeds/jsonld/{collection}/{slug}': {
      get: {
        summary: 'schema.org NewsArticle JSON-LD',
        tags: ['Feed'],
        parameters: [
          { name: 'collection', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'JSON-LD',
            content: { 'application/ld+json': { schema: { type: 'object' } } },
          },
          '404': { description: 'Not found or not public.' },
        },
      },
    },
    ...feed('/sitemap-news.xml', 'Google News sitemap (two days)', 'application/xml', []),
    ...feed('/feeds/agenda.ics', 'Agenda publik (iCalendar)', 'text/calendar', [feedFilters[0]]),
    '/share/{collection}/{slug}.jpg': {
      get: {
        summary: 'Kartu berbagi 1200×630',
        tags: ['Feed'],
        parameters: [
          { name: 'collection', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'slug', in: 'path', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'JPEG',
            content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } },
          },
          '404': { description: 'Not found or not public.' },
        },
      },
    },
  },
  webhooks: {
    publicationEvent: {
      post: {
        summary: 'Peristiwa publikasi untuk portal',
        description:
          'Sent to the client webhookUrl on publish, correction, withdraw and embargo-lifted, only for items the client may read. Verify X-Humas-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with your webhook secret>; refuse timestamps older than 5 minutes. Answer 2xx; anything else is retried with exponential backoff for more than a day.',
        parameters: [
          { name: 'X-Humas-Signature', in: 'header', required: true, schema: { type: 'string' } },
          { name: 'X-Humas-Event', in: 'header', required: true, schema: { type: 'string' } },
          {
            name: 'X-Humas-Delivery',
            in: 'header',
            required: true,
            description:
              'The same on every attempt of one delivery (delivery is at-least-once): ignore a repeat.',
            schema: { type: 'string' },
          },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: ref('WebhookEvent') } },
        },
        responses: { '204': { description: 'Received.' } },
      },
    },
  },
  components: {
    securitySchemes: {
      portalApiKey: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description:
          'Authorization: portal-clients API-Key <key>. Keys are issued and rotated by the humas admin.',
      },
    },
    schemas: {
      Errors: {
        type: 'object',
        required: ['errors'],
        properties: {
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string', examples: ['INVALID_API_KEY'] },
                message: { type: 'string' },
              },
            },
          },
        },
      },
      Item: {
        type: 'object',
        properties: {
          id: { type: ['string', 'integer'] },
          title: { type: 'string' },
          slug: { type: 'string' },
          summary: { type: ['string', 'null'] },
          url: {
            type: ['string', 'null'],
            format: 'uri',
            description: 'Absolute public address: PUBLIC_SITE_URL/<collection>/<slug>.',
          },
          body: {
            type: ['object', 'null'],
            description: 'Lexical rich text, for editors; portals use bodyHtml or bodyText.',
          },
          bodyHtml: {
            type: ['string', 'null'],
            description:
              'The body as sanitised HTML, rendered when the item was published or corrected: photos as <figure> with an absolute srcset, caption and credit; external links with rel="noopener".',
          },
          bodyText: { type: ['string', 'null'], description: 'The body as plain text.' },
          datelineCity: { type: ['string', 'null'] },
          unit: {},
          topics: { type: 'array' },
          featuredPhoto: {},
          workflowStatus: { type: 'string', enum: ['published', 'withdrawn'] },
          publishedAt: { type: 'string', format: 'date-time' },
          embargoUntil: { type: ['string', 'null'], format: 'date-time' },
          embargoed: { type: 'boolean' },
          changeNotes: {
            type: 'array',
            items: {
              type: 'object',
              properties: { note: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
            },
          },
          withdrawal: {
            type: 'object',
            properties: {
              reason: { type: ['string', 'null'] },
              withdrawnAt: { type: ['string', 'null'] },
            },
          },
          shareImage: {
            type: 'object',
            properties: {
              url: { type: 'string' },
              width: { type: 'integer' },
              height: { type: 'integer' },
            },
          },
        },
      },
      ItemPage: {
        type: 'object',
        properties: {
          docs: { type: 'array', items: ref('Item') },
          totalDocs: { type: 'integer' },
          limit: { type: 'integer' },
          page: { type: 'integer' },
          totalPages: { type: 'integer' },
          hasNextPage: { type: 'boolean' },
        },
      },
      WebhookEvent: {
        type: 'object',
        required: ['event', 'collection', 'id', 'slug', 'url', 'time'],
        properties: {
          event: { type: 'string', enum: ['publish', 'correction', 'withdraw', 'embargo-lifted'] },
          collection: { type: 'string', enum: [...NEWS_COLLECTIONS] },
          id: { type: 'string' },
          slug: { type: 'string' },
          url: { type: 'string', format: 'uri' },
          time: { type: 'string', format: 'date-time' },
          embargoed: { type: 'boolean' },
          embargoUntil: { type: 'string', format: 'date-time' },
        },
      },
    },
  },
})
