import { describe, expect, it } from '@jest/globals'
import {
  renderBody,
  type BodyContext,
  type BodyPhoto,
} from '../../src/delivery/renderPublicBody.js'
import { sanitizeBodyHtml } from '../../src/delivery/sanitizeBodyHtml.js'
import { rendersPublicBody } from '../../src/workflow/effects.js'
import type { Outcome } from '../../src/workflow/types.js'

const API = 'https://newsroom.jatimprov.go.id'
const SITE = 'https://berita.jatimprov.go.id'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  ...extra,
})
const link = (fields: Record<string, unknown>, words: string) =>
  block('link', [text(words)], { fields: { linkType: 'custom', newTab: false, ...fields } })
const doc = (...children: unknown[]) => ({ root: block('root', children) })

const PHOTO: BodyPhoto = {
  alt: 'Gubernur meninjau banjir',
  caption: 'Gubernur meninjau lokasi banjir <di> Sidoarjo',
  credit: 'Foto: Humas Diskominfo',
  sizes: {
    thumbnail: { filename: 'banjir-thumbnail-aa.jpg', width: 400, height: 300 },
    card: { filename: 'banjir-card-bb.jpg', width: 768, height: 512 },
    hero: { filename: 'banjir-hero-cc.jpg', width: 1600, height: 1067 },
    og: { filename: 'banjir-og-dd.jpg', width: 1200, height: 630 },
  },
}
const ctx = (publicSlugs: Record<string, string> = {}): BodyContext => ({
  apiBase: API,
  siteBase: SITE,
  photo: async (id) => (String(id) === '7' ? PHOTO : null),
  publicSlug: async (collection, id) => publicSlugs[`${collection}:${id}`] ?? null,
})

describe('the public body of a news item', () => {
  it('renders headings, lists, quotes and inline formats as plain semantic HTML, and the text alone', async () => {
    const { bodyHtml, bodyText } = await renderBody(
      doc(
        block('heading', [text('Langkah penanganan')], { tag: 'h2' }),
        block('paragraph', [text('Pemerintah '), text('segera', 1), text(' bertindak', 2)]),
        block(
          'list',
          [
            block('listitem', [text('Evakuasi')], { value: 1 }),
            block('listitem', [text('Dapur umum')], { value: 2 }),
          ],
          {
            listType: 'number',
            tag: 'ol',
            start: 1,
          },
        ),
        block('quote', [text('Kami hadir untuk warga.')]),
      ),
      ctx(),
    )
    expect(bodyHtml).toBe(
      '<h2>Langkah penanganan</h2><p>Pemerintah <strong>segera</strong><em> bertindak</em></p>' +
        '<ol><li>Evakuasi</li><li>Dapur umum</li></ol><blockquote>Kami hadir untuk warga.</blockquote>',
    )
    expect(bodyText).toBe(
      'Langkah penanganan\n\nPemerintah segera bertindak\n\nEvakuasi\nDapur umum\n\nKami hadir untuk warga.',
    )
  })

  it('shows a photo as a figure: absolute src and srcset from the uncropped sizes, alt, caption and credit', async () => {
    const { bodyHtml } = await renderBody(
      doc(block('paragraph', [text('Sebelum')]), {
        type: 'upload',
        relationTo: 'photos',
        value: 7,
        version: 3,
        fields: null,
      }),
      ctx(),
    )
    expect(bodyHtml).toContain('<figure>')
    const img = /<img ([^>]+)>/.exec(bodyHtml)![1]
    expect(img).toContain(`src="${API}/api/photos/sizes/banjir-card-bb.jpg"`)
    expect(img).toContain(
      `srcset="${API}/api/photos/sizes/banjir-card-bb.jpg 768w, ${API}/api/photos/sizes/banjir-hero-cc.jpg 1600w"`,
    )
    expect(img).toContain('alt="Gubernur meninjau banjir"')
    // Cropped sizes have other proportions: never in a srcset.
    expect(bodyHtml).not.toMatch(/thumbnail|-og-/)
    expect(bodyHtml).toContain(
      '<figcaption>Gubernur meninjau lokasi banjir &lt;di&gt; Sidoarjo <small>Foto: Humas Diskominfo</small></figcaption>',
    )
  })

  it('drops a photo it cannot find and an unknown node, keeping the rest', async () => {
    const { bodyHtml } = await renderBody(
      doc(
        { type: 'upload', relationTo: 'photos', value: 99, version: 3 },
        { type: 'mystery', version: 1 },
        block('paragraph', [text('Tetap tampil')]),
      ),
      ctx(),
    )
    expect(bodyHtml).toBe('<p>Tetap tampil</p>')
  })

  it('keeps links: external ones with rel="noopener", own paths made absolute on the public site', async () => {
    const { bodyHtml } = await renderBody(
      doc(
        block('paragraph', [
          link({ url: 'https://bnpb.go.id/berita' }, 'BNPB'),
          text(' dan '),
          link({ url: '/press-releases/lain' }, 'rilis lain'),
          text(' serta '),
          link({ url: `${SITE}/event-coverage/x`, newTab: true }, 'liputan'),
          text(' atau '),
          link({ url: 'mailto:humas@jatimprov.go.id' }, 'surel'),
        ]),
      ),
      ctx(),
    )
    expect(bodyHtml).toBe(
      '<p><a href="https://bnpb.go.id/berita" rel="noopener">BNPB</a> dan ' +
        `<a href="${SITE}/press-releases/lain">rilis lain</a> serta ` +
        `<a href="${SITE}/event-coverage/x" target="_blank" rel="noopener">liputan</a> atau ` +
        '<a href="mailto:humas@jatimprov.go.id">surel</a></p>',
    )
  })

  it('links another item only while the public may read it; otherwise keeps the words without the target', async () => {
    const internal = (id: number) =>
      link(
        { linkType: 'internal', doc: { relationTo: 'press-releases', value: id } },
        `rilis ${id}`,
      )
    const { bodyHtml } = await renderBody(
      doc(block('paragraph', [internal(1), text(' / '), internal(2)])),
      ctx({ 'press-releases:1': 'rilis-terbit' }),
    )
    expect(bodyHtml).toBe(
      `<p><a href="${SITE}/press-releases/rilis-terbit">rilis 1</a> / rilis 2</p>`,
    )
  })

  it('never lets script through: markup typed as text stays text, javascript: and data: links lose their target', async () => {
    const { bodyHtml, bodyText } = await renderBody(
      doc(
        block('paragraph', [
          text('<script>alert(1)</script>'),
          text('<img src=x onerror=alert(1)>'),
        ]),
        block('paragraph', [
          link({ url: 'javascript:alert(document.cookie)' }, 'klik'),
          link({ url: ' JaVaScRiPt:alert(1)' }, 'lagi'),
          link({ url: 'data:text/html;base64,PHNjcmlwdD4=' }, 'data'),
        ]),
      ),
      ctx(),
    )
    expect(bodyHtml).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p><p>kliklagidata</p>',
    )
    expect(bodyText).toContain('<script>alert(1)</script>')
  })

  it('gives an empty rendering for an empty or missing body', async () => {
    expect(await renderBody(null, ctx())).toEqual({ bodyHtml: '', bodyText: '' })
    expect(await renderBody(doc(), ctx())).toEqual({ bodyHtml: '', bodyText: '' })
  })
})

describe('the body sanitiser', () => {
  const own = ['berita.jatimprov.go.id']
  it.each([
    ['<script>alert(1)</script><p>ok</p>', '<p>ok</p>'],
    ['<p onclick="alert(1)" style="color:red" class="x">ok</p>', '<p>ok</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/x">x</a>', '<a>x</a>'],
    ['<img src="data:image/png;base64,AAAA" alt="a">', '<img alt="a" />'],
    [
      '<img src="https://cdn.example/a.jpg" onerror="alert(1)">',
      '<img src="https://cdn.example/a.jpg" />',
    ],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['<svg><script>alert(1)</script></svg><p>ok</p>', '<p>ok</p>'],
    ['<style>p{}</style><form action="/x"><input></form><p>ok</p>', '<p>ok</p>'],
    [
      '<a href="https://bnpb.go.id" rel="nofollow">x</a>',
      '<a href="https://bnpb.go.id" rel="nofollow noopener">x</a>',
    ],
    [
      '<a href="https://berita.jatimprov.go.id/a">x</a>',
      '<a href="https://berita.jatimprov.go.id/a">x</a>',
    ],
  ])('%s → %s', (input, expected) => {
    expect(sanitizeBodyHtml(input, own)).toBe(expected)
  })
})

describe('when the public body is rendered', () => {
  const o = (x: Partial<Outcome>): Outcome =>
    ({
      ok: true,
      action: 'publish',
      track: 'item',
      from: 'approved',
      to: 'published',
      ...x,
    }) as Outcome
  it.each([
    ['publish by an editor', o({}), true],
    ['publish by the scheduler', o({ from: 'scheduled' }), true],
    ['force-publish', o({ action: 'force-publish', from: 'draft' }), true],
    ['a published correction', o({ track: 'revision', from: 'approved' }), true],
    [
      'retrospective approval',
      o({ action: 'approve', from: 'published', clearRetrospective: true }),
      false,
    ],
    ['approval', o({ action: 'approve', from: 'in_review', to: 'approved' }), false],
    ['schedule', o({ action: 'schedule', to: 'scheduled' }), false],
    [
      'a correction approved, not yet published',
      o({ action: 'approve', track: 'revision', from: 'in_review', to: 'approved' }),
      false,
    ],
    ['withdrawal', o({ action: 'withdraw', from: 'published', to: 'withdrawn' }), false],
  ])('%s → %s', (_name, outcome, expected) => {
    expect(rendersPublicBody(outcome)).toBe(expected)
  })
})
