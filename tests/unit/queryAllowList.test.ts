import { describe, expect, it } from '@jest/globals'
import {
  checkPaging,
  checkQuery,
  isPlausibleId,
  type QueryField,
  type QueryView,
} from '../../src/access/queryAllowList.js'
import { CORE_NODE_TYPES, lexicalShapeProblem } from '../../src/validation/lexicalShape.js'

const users: QueryField[] = [
  { name: 'name', type: 'text' },
  { name: 'hash', type: 'text', hidden: true },
  { name: 'unit', type: 'relationship', relationTo: 'units' },
]
const units: QueryField[] = [
  { name: 'name', type: 'text' },
  { name: 'parent', type: 'relationship', relationTo: 'units' },
]
const news: QueryField[] = [
  { name: 'title', type: 'text' },
  { name: 'body', type: 'richText' },
  { name: 'language', type: 'select', options: [{ value: 'id' }, { value: 'en' }] },
  { name: 'publishedAt', type: 'date' },
  { name: 'internalNotes', type: 'textarea' },
  { name: 'createdBy', type: 'relationship', relationTo: 'users' },
  { name: 'unit', type: 'relationship', relationTo: 'units' },
  { name: 'mediaContact', type: 'group', flattenedFields: [{ name: 'phone', type: 'text' }] },
]
const view = (staff: boolean): QueryView => ({
  collection: (slug) =>
    ({ news: { fields: news }, users: { fields: users }, units: { fields: units } })[slug] && {
      fields: ({ news, users, units } as Record<string, QueryField[]>)[slug],
      idType: 'number',
    },
  readable: (slug) => (slug === 'users' ? (staff ? 'all' : 'none') : 'all'),
  canReadField: (_slug, field) => staff || !['internalNotes', 'createdBy'].includes(field.name),
})

describe('the query allow-list (pure)', () => {
  it.each([
    [true, { where: { title: { like: 'banjir' } }, sort: '-publishedAt' }],
    [false, { where: { 'unit.name': { equals: 'Diskominfo' }, language: { in: 'id,en' } } }],
    [
      false,
      {
        where: {
          or: [
            { publishedAt: { greater_than: '2026-01-01' } },
            { 'mediaContact.phone': { exists: 'true' } },
          ],
        },
      },
    ],
    [
      true,
      {
        where: { 'createdBy.name': { like: 'Sari' } },
        select: { title: true, mediaContact: { phone: true } },
      },
    ],
    [false, { where: { 'unit.id': { equals: '3' } }, populate: { units: { name: true } } }],
  ])('lets through what the principal may read (staff: %s): %j', (staff, q) => {
    expect(checkQuery(view(staff), 'news', q)).toEqual({ ok: true })
  })

  it.each([
    [true, { sort: 'createdBy.hash' }, 'createdBy.hash', 'path'],
    [
      true,
      { where: { 'createdBy.unit.name': { equals: 'x' } } },
      'createdBy.unit.name',
      'too-deep',
    ],
    [false, { where: { 'unit.parent.name': { equals: 'x' } } }, 'unit.parent.name', 'too-deep'],
    [false, { where: { 'createdBy.name': { like: 'x' } } }, 'createdBy.name', 'path'],
    [false, { where: { createdBy__name: { like: 'x' } } }, 'createdBy__name', 'path'],
    [false, { where: { internalNotes: { exists: true } } }, 'internalNotes', 'path'],
    [false, { where: { 'body.root.type': { equals: 'root' } } }, 'body.root.type', 'rich-text'],
    [false, { where: { title: { near: '1,2' } } }, 'title.near', 'operator'],
    [false, { where: { title: { equals: { $ne: 1 } } } }, 'title.equals', 'value'],
    [
      false,
      { where: { publishedAt: { greater_than: 'kemarin' } } },
      'publishedAt.greater_than',
      'value',
    ],
    [false, { where: { language: { equals: 'klingon' } } }, 'language.equals', 'value'],
    [false, { where: { unit: { in: [] } } }, 'unit.in', 'value'],
    [false, { where: 'abc' }, 'where', 'shape'],
    [false, { where: { or: 'x' } }, 'or', 'shape'],
    [false, { where: { title: null } }, 'title', 'shape'],
    [false, { select: { internalNotes: true } }, 'internalNotes', 'path'],
    [false, { populate: { users: { name: true } } }, 'populate.users', 'path'],
    [true, { joins: { anything: { limit: 1 } } }, 'joins.anything', 'path'],
  ])('names the offending path (staff: %s): %j', (staff, q, path, reason) => {
    expect(checkQuery(view(staff), 'news', q)).toEqual({ ok: false, path, reason })
  })

  it('refuses secrets even where the field is not hidden and the principal reads everything', () => {
    const admin: QueryView = {
      ...view(true),
      collection: () => ({ fields: [{ name: 'webhookSecret', type: 'text' }], idType: 'number' }),
    }
    expect(
      checkQuery(admin, 'portal-clients', { where: { webhookSecret: { like: 'a' } } }),
    ).toMatchObject({ ok: false, path: 'webhookSecret' })
  })

  it('bounds the size of a query', () => {
    const many = { or: Array.from({ length: 101 }, (_, i) => ({ title: { equals: String(i) } })) }
    expect(checkQuery(view(true), 'news', { where: many })).toMatchObject({
      ok: false,
      reason: 'too-complex',
    })
  })

  it.each([
    [{ page: 1e20 }, false],
    [{ limit: 0.5 }, false],
    [{ depth: -1 }, false],
    [{ page: 'abc' }, false],
    [{ page: 2, limit: 0, depth: 2 }, true],
  ])('checks paging %j', (p, ok) => {
    expect(checkPaging(p).ok).toBe(ok)
  })

  it.each([
    ['number', '12', true],
    ['number', 'abc', false],
    ['number', '1e400', false],
    ['number', '\0', false],
    ['text', '65f0c0ffee', true],
  ] as const)('judges ids (%s %j)', (idType, id, ok) => {
    expect(isPlausibleId(idType, id)).toBe(ok)
  })

  it.each([
    [
      {
        root: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', text: 'x' }] }],
        },
      },
      true,
    ],
    [{ root: { type: 'root', children: [{ type: 'paragraph', children: 5 }] } }, false],
    [{ root: 'x' }, false],
    [[1, 2], false],
    [{ root: { type: 'root', children: [{ type: 'iframe', children: [] }] } }, false],
  ])('recognises a Lexical document %#', (value, ok) => {
    expect(lexicalShapeProblem(value, new Set(CORE_NODE_TYPES)) === null).toBe(ok)
  })
})
