/**
 * npm run bench:delivery — 1,000 published items, then in one run, with autocannon on 127.0.0.1:
 *   1. GET /api/press-releases?limit=10 anonymously through the response cache,
 *   2. the same with the cache switched off (every request computed by Payload),
 *   3. a bare express route returning the same bytes: the ceiling.
 * Prints req/s and p99 for each and the ratios. Target: cached ≥ 0.6 × ceiling.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import express from 'express'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { WORKFLOW_CONTEXT } from '../src/workflow/ownedFields.js'
import { responseCacheFor } from '../src/cache/responseCache.js'
import { createNewsroom } from '../src/server.js'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PATH = '/api/press-releases?limit=10'

const listen = async (app: express.Express) => {
  const server = app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

/** autocannon in its own process, so the load generator does not share the server's event loop. */
const measure = async (title: string, url: string) => {
  const out = await new Promise<string>((resolve, reject) => {
    let json = ''
    const child = spawn(
      process.execPath,
      [AUTOCANNON, '-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', url],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    )
    child.stdout.on('data', (d) => (json += d))
    child.on('exit', (code) =>
      code === 0 ? resolve(json) : reject(new Error(`autocannon exited ${code}`)),
    )
  })
  const r = JSON.parse(out)
  if (r.non2xx || r.errors) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return { title, rps: r.requests.average as number, p99: r.latency.p99 as number }
}

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-delivery-'))
  const newsroom = await createNewsroom({
    databaseUri: `file:${path.join(dir, 'bench.db')}`,
    mediaDir: path.join(dir, 'media'),
    secret: 'bench-secret',
    sensitivePerMinute: 1e9,
  })
  const { payload } = newsroom
  const unit = await payload.create({
    collection: 'units',
    data: { name: 'Diskominfo Bench', type: 'opd', timezone: 'Asia/Jakarta' },
  })
  const started = Date.now()
  for (let i = 0; i < ITEMS; i++) {
    await payload.create({
      collection: 'press-releases',
      data: {
        title: `Siaran pers uji beban nomor ${i + 1}`,
        summary: 'Ringkasan siaran pers untuk uji beban pengiriman ke portal daerah.',
        unit: unit.id,
        workflowStatus: 'published',
        publishedAt: new Date(Date.now() - i * 60_000).toISOString(),
      },
      context: { [WORKFLOW_CONTEXT]: true },
      depth: 0,
    })
  }
  console.log(
    `seeded ${ITEMS} published items in ${((Date.now() - started) / 1000).toFixed(1)} s; ${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s per run`,
  )

  const app = await listen(newsroom.app)
  const sample = await fetch(`${app.url}${PATH}`)
  const bytes = Buffer.from(await sample.arrayBuffer())
  const bare = express()
  bare.get('/api/press-releases', (_req, res) => {
    res.type('application/json').send(bytes)
  })
  const ceilingServer = await listen(bare)

  const cache = responseCacheFor(payload)
  cache.enabled = true
  const cached = await measure('cached (public response cache)', `${app.url}${PATH}`)
  cache.enabled = false
  const uncached = await measure('uncached (Payload computes each)', `${app.url}${PATH}`)
  cache.enabled = true
  const ceiling = await measure('ceiling (bare express, same bytes)', `${ceilingServer.url}${PATH}`)

  console.log(`response: ${bytes.length} bytes`)
  for (const r of [cached, uncached, ceiling])
    console.log(
      `${r.title.padEnd(38)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms`,
    )
  const ratio = cached.rps / ceiling.rps
  console.log(
    `cached / ceiling   : ${ratio.toFixed(2)}  (target ≥ 0.60: ${ratio >= 0.6 ? 'met' : 'NOT met'})`,
  )
  console.log(`uncached / ceiling : ${(uncached.rps / ceiling.rps).toFixed(2)}`)
  console.log(`cached / uncached  : ${(cached.rps / uncached.rps).toFixed(1)}×`)
  app.server.close()
  ceilingServer.server.close()
  await newsroom.close()
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
