import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seedDemo } from '../../src/seed/seedDemo.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'

/** Attack class: cache poisoning. Links in shared responses never come from the request's headers. */
const FORMATS = [
  '/feeds/rss.xml',
  '/feeds/atom.xml',
  '/feeds/feed.json',
  '/feeds/ninjs',
  '/sitemap-news.xml',
  '/feeds/agenda.ics',
]
const HOSTILE = {
  Host: 'evil.example',
  'X-Forwarded-Host': 'evil.example',
  'X-Forwarded-Proto': 'javascript',
}
// Development without SERVER_URL falls back to http://localhost:PORT, never to the caller's Host.
const CONFIGURATIONS: [string, string | undefined, string][] = DATABASES.flatMap((db) => [
  [db, 'https://humas.jatimprov.go.id', 'https://humas.jatimprov.go.id'],
  [db, undefined, `http://localhost:${process.env.PORT ?? 3000}`],
])

describe.each(CONFIGURATIONS)(
  'absolute links come from configuration (%s, SERVER_URL %s)',
  (db, serverURL, expected) => {
    let n: TestNewsroom
    const text = (url: string, headers: Record<string, string> = {}) =>
      n.http
        .get(url)
        .set(headers)
        .buffer(true)
        .parse((r, cb) => {
          let s = ''
          r.setEncoding('utf8')
          r.on('data', (c: string) => (s += c))
          r.on('end', () => cb(null, s))
        })

    beforeAll(async () => {
      n = await startNewsroom(db as 'sqlite' | 'postgres', { serverURL })
      await seedDemo(n.payload)
    })
    afterAll(async () => n?.stop())

    it.each(FORMATS)(
      '%s: a hostile Host or X-Forwarded-* neither shapes the answer nor the cached copy the next reader gets',
      async (url) => {
        const poisoned = await text(url, HOSTILE)
        expect(poisoned.status).toBe(200)
        const clean = await text(url)
        expect(clean.status).toBe(200)
        for (const body of [String(poisoned.body), String(clean.body)]) {
          expect(body).not.toMatch(/evil\.example|javascript:/)
        }
        // Every format names this newsroom by its configured address.
        expect(String(clean.body)).toContain(
          url === '/feeds/agenda.ics' ? new URL(expected).host : expected,
        )
      },
    )
  },
)
