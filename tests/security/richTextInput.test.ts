import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { paragraphsToLexical } from '../../src/seed/lexical.js'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

/** Attack class: stored rich text that breaks every later reader. */
/** A deep nest as JSON text: JSON.stringify itself overflows the stack on 3,000 nested nodes. */
class RawJson {
  constructor(readonly text: string) {}
}
const nest = (levels: number) =>
  new RawJson(
    `{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(levels)}{"type":"text","text":"dalam","version":1}${']}'.repeat(levels)}]}}`,
  )
const jsonWithBody = (fields: Record<string, unknown>, body: unknown): string =>
  body instanceof RawJson
    ? `{${[...Object.entries(fields).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), `"body":${body.text}`].join(',')}}`
    : JSON.stringify({ ...fields, body })

const MALFORMED: [string, unknown][] = [
  ['a plain string', 'Isi berita sebagai teks biasa'],
  ['a number', 42],
  ['an array', [{ type: 'paragraph' }]],
  ['a null root', { root: null }],
  ['a root of the wrong type', { root: { type: 'paragraph', children: [] } }],
  ['a root without children', { root: { type: 'root' } }],
  ['children that are not a list', { root: { type: 'root', children: { type: 'paragraph' } } }],
  [
    'a node whose children are not iterable',
    { root: { type: 'root', children: [{ type: 'paragraph', children: 5 }] } },
  ],
  ['a node that is not an object', { root: { type: 'root', children: ['teks'] } }],
  [
    'an unknown node type',
    { root: { type: 'root', children: [{ type: 'script', children: [] }] } },
  ],
  ['a node without a type', { root: { type: 'root', children: [{ children: [] }] } }],
  [
    'a text node without text',
    {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: { html: '<b>' } }] }],
      },
    },
  ],
  ['3,000 levels of nesting', nest(3000)],
  ['30 levels of nesting', nest(30)],
]

describe.each(DATABASES)('rich text is validated before it is stored (%s)', (db) => {
  let n: TestNewsroom
  let writer: { auth: string }
  let unitId: string | number
  let existing: string | number

  beforeAll(async () => {
    n = await startNewsroom(db)
    unitId = (await makeUnit(n.payload, 'Unit Uji Teks Kaya')).id
    writer = await n.staff('writer', unitId)
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', writer.auth)
      .send({
        title: 'Naskah dengan isi sah',
        unit: unitId,
        body: paragraphsToLexical(['Paragraf pertama.']),
      })
      .expect(201)
    existing = created.body.doc.id
  })
  afterAll(async () => n?.stop())

  const count = async () => (await n.payload.count({ collection: 'press-releases' })).totalDocs

  it.each(MALFORMED)('refuses %s on create with 400 and stores nothing', async (_label, body) => {
    const before = await count()
    const res = await n.http
      .post('/api/press-releases')
      .set('Authorization', writer.auth)
      .set('Content-Type', 'application/json')
      .send(jsonWithBody({ title: 'Naskah dengan isi rusak', unit: unitId }, body))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    expect(JSON.stringify(res.body)).toMatch(/Isi teks kaya tidak sah|Isi berita/)
    expect(await count()).toBe(before)
  })

  it.each(MALFORMED)('refuses %s on update and keeps the stored body', async (_label, body) => {
    const res = await n.http
      .patch(`/api/press-releases/${existing}`)
      .set('Authorization', writer.auth)
      .set('Content-Type', 'application/json')
      .send(jsonWithBody({}, body))
    expect(res.status).toBe(400)
    expect(res.body.errors[0].code).toBe('VALIDATION_ERROR')
    const stored = await n.payload.findByID({
      collection: 'press-releases',
      id: existing,
      depth: 0,
    })
    expect(JSON.stringify(stored.body)).toContain('Paragraf pertama.')
  })

  it('accepts what the editor produces: paragraphs, headings, lists, quotes, links', async () => {
    const body = paragraphsToLexical(['Satu.'])
    body.root.children.push(
      {
        type: 'heading',
        tag: 'h2',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'text',
            text: 'Judul bagian',
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
        ],
      } as never,
      {
        type: 'list',
        listType: 'bullet',
        tag: 'ul',
        start: 1,
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'listitem',
            value: 1,
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            children: [
              {
                type: 'text',
                text: 'Butir',
                format: 0,
                style: '',
                mode: 'normal',
                detail: 0,
                version: 1,
              },
            ],
          },
        ],
      } as never,
      {
        type: 'quote',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'text',
            text: 'Kutipan',
            format: 0,
            style: '',
            mode: 'normal',
            detail: 0,
            version: 1,
          },
        ],
      } as never,
    )
    const res = await n.http
      .post('/api/press-releases')
      .set('Authorization', writer.auth)
      .send({ title: 'Naskah dengan struktur lengkap', unit: unitId, body })
    expect(res.status).toBe(201)
  })
})
