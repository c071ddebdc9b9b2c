import { describe, expect, it } from '@jest/globals'
import { databaseKindOf } from '../../src/db/databaseKind.js'
import { composeDisplayName } from '../../src/spokespeople/spokespersonName.js'
import { slugCandidate, toSlug } from '../../src/slug/toSlug.js'
import { ancestorsOf, wouldCreateCycle } from '../../src/units/unitTree.js'
import { unknownFieldPaths } from '../../src/validation/unknownFields.js'
import { relationRefsOf } from '../../src/validation/missingRelations.js'
import type { Field } from 'payload'
import { invalidationOf, type Write } from '../../src/cache/invalidation.js'

describe('toSlug', () => {
  it.each([
    ['Gubernur Resmikan RSUD Dr. Soetomo (Tahap II)', 'gubernur-resmikan-rsud-dr-soetomo-tahap-ii'],
    ['Bazar UMKM Catat Transaksi Rp 2,3 Miliar', 'bazar-umkm-catat-transaksi-rp-23-miliar'],
    ['Ekonomi & UMKM', 'ekonomi-dan-umkm'],
    ['  Jatim   Gerbang Baru Nusantara  ', 'jatim-gerbang-baru-nusantara'],
    ['Pengumuman: “Narasi Tunggal” — Sinergi Humas!', 'pengumuman-narasi-tunggal-sinergi-humas'],
    ['!!!', 'tanpa-judul'],
  ])('%s → %s', (title, slug) => expect(toSlug(title)).toBe(slug))

  it('cuts long titles at a word boundary within 80 characters', () => {
    const slug = toSlug(
      'Pemerintah Provinsi Jawa Timur Menggelar Rapat Koordinasi Kehumasan Bersama Tiga Puluh Delapan Kabupaten dan Kota',
    )
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect(
      'pemerintah-provinsi-jawa-timur-menggelar-rapat-koordinasi-kehumasan-bersama-tiga-puluh'.startsWith(
        slug,
      ),
    ).toBe(true)
  })

  it('numbers candidates from the second on', () => {
    expect([1, 2, 3].map((i) => slugCandidate('rilis', i))).toEqual(['rilis', 'rilis-2', 'rilis-3'])
  })
})

describe('databaseKindOf', () => {
  it.each([
    ['file:./data/newsroom.db', 'sqlite'],
    ['postgres://u:p@db:5432/humas', 'postgres'],
    ['postgresql://u:p@db/humas', 'postgres'],
    ['mongodb://mongo:27017/humas', 'mongodb'],
    ['mongodb+srv://cluster.example/humas', 'mongodb'],
  ])('%s selects %s', (uri, kind) => expect(databaseKindOf(uri)).toBe(kind))

  it('refuses an unknown scheme with a message naming it', () => {
    expect(() => databaseKindOf('mysql://x')).toThrow(/DATABASE_URI tidak dikenal.*mysql:/)
  })
})

describe('unit tree', () => {
  const parents = new Map<string, string | null>([
    ['prov', null],
    ['kominfo', 'prov'],
    ['upt', 'kominfo'],
  ])
  it('lists ancestors nearest first', () =>
    expect(ancestorsOf('upt', parents)).toEqual(['kominfo', 'prov']))
  it.each([
    ['prov', 'upt', true],
    ['prov', 'prov', true],
    ['kominfo', 'kominfo', true],
    ['upt', 'prov', false],
    ['kominfo', 'prov', false],
  ])('making %s a child of %s closes a loop: %s', (unit, parent, loop) =>
    expect(wouldCreateCycle(unit, parent, parents)).toBe(loop),
  )
  it('stops on an existing cycle instead of looping', () => {
    const broken = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ])
    expect(ancestorsOf('a', broken)).toEqual(['b'])
  })
})

describe('composeDisplayName', () => {
  it.each([
    [
      { name: 'Hartono Wibisono', titlesBefore: 'Dr. H.', titlesAfter: 'M.Si.' },
      'Dr. H. Hartono Wibisono, M.Si.',
    ],
    [
      { name: 'Anisa Rahmawati', titlesBefore: 'dr.', titlesAfter: ', M.Kes.' },
      'dr. Anisa Rahmawati, M.Kes.',
    ],
    [{ name: 'Agus Setiawan' }, 'Agus Setiawan'],
  ])('%o → %s', (parts, name) => expect(composeDisplayName(parts)).toBe(name))
})

describe('unknownFieldPaths', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { type: 'row', fields: [{ name: 'city', type: 'text' }] },
    {
      type: 'tabs',
      tabs: [
        { label: 'A', fields: [{ name: 'inTab', type: 'text' }] },
        { name: 'seo', label: 'SEO', fields: [{ name: 'description', type: 'text' }] },
      ],
    },
    { name: 'contact', type: 'group', fields: [{ name: 'phone', type: 'text' }] },
    { name: 'notes', type: 'array', fields: [{ name: 'note', type: 'text' }] },
    { name: 'body', type: 'richText' },
  ] as unknown as Field[]

  it('accepts declared fields at every level, looking through rows and unnamed tabs', () => {
    const data = {
      id: 1,
      title: 't',
      city: 'c',
      inTab: 'x',
      seo: { description: 'd' },
      contact: { phone: '1' },
      notes: [{ id: 'a', note: 'n' }],
      body: { root: { anything: true } },
    }
    expect(unknownFieldPaths(fields, data)).toEqual([])
  })
  it('names unknown keys with their path', () => {
    const data = {
      titel: 't',
      contact: { fax: '2' },
      notes: [{ note: 'n', extra: 1 }],
      seo: { keywords: 'k' },
    }
    expect(unknownFieldPaths(fields, data)).toEqual([
      'titel',
      'contact.fax',
      'notes.0.extra',
      'seo.keywords',
    ])
  })
})

describe('relationRefsOf', () => {
  const fields = [
    { name: 'unit', type: 'relationship', relationTo: 'units' },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'photo', type: 'upload', relationTo: 'photos' },
    { name: 'any', type: 'relationship', relationTo: ['units', 'topics'] },
  ] as unknown as Field[]
  it('collects ids from ids and populated objects, skipping empty and polymorphic relations', () => {
    expect(
      relationRefsOf(fields, {
        unit: { id: 3 },
        topics: [1, '2'],
        photo: null,
        any: { relationTo: 'units', value: 1 },
      }),
    ).toEqual([
      { path: 'unit', collection: 'units', ids: [3] },
      { path: 'topics', collection: 'topics', ids: [1, '2'] },
    ])
  })
})

describe('what a write invalidates (decided once)', () => {
  const NEWS_FIELDS = ['title', 'summary', 'unit', 'workflowStatus', 'internalNotes', 'updatedAt']
  const item = (workflowStatus: string, more: Record<string, unknown> = {}) => ({
    id: 7,
    title: 'Banjir Bandang',
    summary: 'Ringkasan',
    unit: 3,
    workflowStatus,
    internalNotes: null,
    updatedAt: '2026-11-23T01:00:00.000Z',
    ...more,
  })
  const stored = (
    collection: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ) =>
    ({
      via: 'stored',
      collection,
      before,
      after,
      fields: NEWS_FIELDS,
      staffOnlyFields: ['internalNotes'],
    }) as const
  const later = { updatedAt: '2026-11-23T02:00:00.000Z' }
  it.each([
    [
      'a draft saved',
      stored('press-releases', item('draft'), item('draft', { title: 'Baru', ...later })),
      'nothing',
    ],
    ['a draft created', stored('press-releases', null, item('draft')), 'nothing'],
    ['a draft deleted', stored('event-coverage', item('draft'), null), 'nothing'],
    [
      'an approved item edited',
      stored('press-releases', item('approved'), item('approved', { summary: 'Baru' })),
      'nothing',
    ],
    [
      'an item submitted for review',
      stored('press-releases', item('draft'), item('in_review')),
      'nothing',
    ],
    [
      'an approved item scheduled (the publication clock moves)',
      stored('press-releases', item('approved'), item('scheduled')),
      'publicReads',
    ],
    [
      'an item published',
      stored('press-releases', item('scheduled'), item('published')),
      'publicReads',
    ],
    [
      'an item withdrawn (its notice stays public)',
      stored('press-releases', item('published'), item('withdrawn')),
      'publicReads',
    ],
    [
      'a published item’s title corrected',
      stored('press-releases', item('published'), item('published', { title: 'Ralat', ...later })),
      'publicReads',
    ],
    [
      'a published item’s internal notes edited',
      stored(
        'press-releases',
        item('published'),
        item('published', { internalNotes: 'cek', ...later }),
      ),
      'nothing',
    ],
    [
      'a published item saved unchanged (its relation populated after)',
      stored(
        'press-releases',
        item('published'),
        item('published', {
          unit: { id: 3, name: 'Diskominfo', createdAt: 'x', updatedAt: 'y' },
          ...later,
        }),
      ),
      'nothing',
    ],
    [
      'a published item moved to another unit',
      stored(
        'press-releases',
        item('published'),
        item('published', { unit: { id: 4, name: 'Dinkes', createdAt: 'x', updatedAt: 'y' } }),
      ),
      'publicReads',
    ],
    ['a published item deleted', stored('press-releases', item('published'), null), 'publicReads'],
    [
      'a unit renamed (public items show it)',
      stored('units', { name: 'A' }, { name: 'B' }),
      'publicReads',
    ],
    ['a photo uploaded', stored('photos', null, { filename: 'a.jpg' }), 'publicReads'],
    ['a user changed', stored('users', { name: 'A' }, { name: 'B' }), 'nothing'],
    ['an audit entry written', stored('audit-log', null, { action: 'publish' }), 'nothing'],
    ['a job queued', stored('payload-jobs', null, { queue: 'webhooks' }), 'nothing'],
    [
      'a transition that published',
      { via: 'transition', ok: true, stored: 'publicReads' },
      'publicReads',
    ],
    ['a transition on a draft', { via: 'transition', ok: true, stored: 'nothing' }, 'nothing'],
    ['a refused transition', { via: 'transition', ok: false, stored: 'nothing' }, 'nothing'],
    [
      'a REST write to public content',
      { via: 'rest', method: 'PATCH', status: 200, stored: 'publicReads' },
      'publicReads',
    ],
    [
      'a REST write to a draft',
      { via: 'rest', method: 'PATCH', status: 200, stored: 'nothing' },
      'nothing',
    ],
    [
      'a refused REST write (an audit entry at most)',
      { via: 'rest', method: 'POST', status: 403, stored: 'nothing' },
      'nothing',
    ],
    [
      'a REST write while the database is down',
      { via: 'rest', method: 'POST', status: 503, stored: 'publicReads' },
      'nothing',
    ],
    ['a REST read', { via: 'rest', method: 'GET', status: 200, stored: 'nothing' }, 'nothing'],
    [
      'a GraphQL mutation of public content',
      { via: 'graphql', mutation: true, stored: 'publicReads' },
      'publicReads',
    ],
    [
      'a GraphQL mutation of a draft',
      { via: 'graphql', mutation: true, stored: 'nothing' },
      'nothing',
    ],
    ['a GraphQL query', { via: 'graphql', mutation: false, stored: 'nothing' }, 'nothing'],
  ] as const)('%s → %s', (_name, write, expected) =>
    expect(invalidationOf(write as Write)).toBe(expected),
  )
})
