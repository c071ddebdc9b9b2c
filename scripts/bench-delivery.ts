/**
 * npm run bench:delivery — the newsroom as shipped (default logging, jobs runner on) in its own
 * process, its request log going to a pipe as it would to a container's log driver; 1,000
 * published items. In one run, with autocannon (its own processes) on 127.0.0.1:
 *   - cached anonymous reads: the REST list (10 items), GraphQL (10 releases, GET), the RSS feed;
 *   - the same REST list and GraphQL query with the cache off (every request computed);
 *   - the ceiling: a bare `node:http` server answering each URL with the very bytes and headers the
 *     newsroom sent (copied from a real response), nothing else.
 * Prints req/s, p50 and p99 for each, the server process's CPU time per request, ratios to the
 * ceiling (by req/s, and by CPU per request, which a busy machine disturbs less), and the request
 * log volume.
 * Target: cached ≥ 0.8 × ceiling.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 1000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const TARGET = 0.8

const GRAPHQL_QUERY =
  '{ PressReleases(limit: 10, sort: "-publishedAt") { docs { id title slug summary publishedAt } } }'
const TARGETS = {
  rest: '/api/press-releases?limit=10',
  graphql: `/api/graphql?query=${encodeURIComponent(GRAPHQL_QUERY)}`,
  rss: '/feeds/rss.xml',
}

type Control = { cacheEnabled: boolean }

/** The newsroom process: seeds, listens as `npm start` does (its handler), obeys the parent. */
const serve = async () => {
  const { createServer } = await import('node:http')
  const { createNewsroom } = await import('../src/server.js')
  const { responseCacheFor } = await import('../src/cache/responseCache.js')
  const { WORKFLOW_CONTEXT } = await import('../src/workflow/ownedFields.js')
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
  const seeded = (Date.now() - started) / 1000
  const server = createServer(newsroom.handler).listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const cache = responseCacheFor(payload)
  process.on('message', (m: Control | 'stop' | 'cpu') => {
    if (m === 'cpu') return void process.send!({ cpu: process.cpuUsage() })
    if (m === 'stop') {
      void newsroom.close(server).then(() => {
        fs.rmSync(dir, { recursive: true, force: true })
        process.exit(0)
      })
      return
    }
    cache.enabled = m.cacheEnabled
    process.send!({ ack: true })
  })
  process.send!({ port: (server.address() as AddressInfo).port, seeded })
}

type Copy = { status: number; headers: string[]; body: string }

/** The ceiling, in its own process like the newsroom: each URL answered with the copied bytes and headers. */
const ceilingServer = () => {
  process.once('message', (copies: Record<string, Copy>) => {
    const answers = new Map(
      Object.entries(copies).map(([url, c]) => [
        url,
        { ...c, body: Buffer.from(c.body, 'base64') },
      ]),
    )
    const server = http.createServer((req, res) => {
      const copy = answers.get(req.url!)
      if (!copy) return void res.writeHead(404).end()
      res.writeHead(copy.status, copy.headers).end(copy.body)
    })
    server.listen(0, '127.0.0.1', () => {
      process.on('message', (m) => {
        if (m === 'cpu') process.send!({ cpu: process.cpuUsage() })
        if (m === 'stop') process.exit(0)
      })
      process.send!({ port: (server.address() as AddressInfo).port })
    })
  })
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

type Result = { title: string; rps: number; p50: number; p99: number; cpuUs: number }

/** A server process's CPU time so far (user + system, µs). */
const cpuOf = async (child: ChildProcess): Promise<number> => {
  const reply = new Promise<{ cpu: NodeJS.CpuUsage }>((resolve) => {
    const on = (m: unknown) => {
      if (m && typeof m === 'object' && 'cpu' in m) {
        child.off('message', on)
        resolve(m as { cpu: NodeJS.CpuUsage })
      }
    }
    child.on('message', on)
  })
  child.send('cpu')
  const { cpu } = await reply
  return cpu.user + cpu.system
}

/**
 * autocannon in its own process, so the load generator does not share the server's event loop.
 * Besides req/s, the server's CPU time per request: on a busy machine it moves less than req/s.
 */
const measure = async (title: string, url: string, server: ChildProcess): Promise<Result> => {
  const cpuBefore = await cpuOf(server)
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
  const cpu = (await cpuOf(server)) - cpuBefore
  const r = JSON.parse(out)
  if (r.non2xx || r.errors) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return {
    title,
    rps: r.requests.average as number,
    p50: r.latency.p50 as number,
    p99: r.latency.p99 as number,
    cpuUs: cpu / (r.requests.total as number),
  }
}

/** A response as autocannon gets it (no Accept-Encoding): status, raw headers, body. */
const sample = (url: string) =>
  new Promise<{ status: number; rawHeaders: string[]; body: Buffer }>((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        )
      })
      .on('error', reject)
  })

/** Headers Node's server writes by itself. */
const NODE_OWN = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding'])

const main = async () => {
  // Logging as shipped: whatever LOG_LEVEL the caller has (unset: info), to a pipe we count.
  const child: ChildProcess = fork(process.argv[1], ['--serve'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  let logBytes = 0
  let logLines = 0
  let sampleLine = ''
  child.stdout!.on('data', (d: Buffer) => {
    logBytes += d.length
    for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) logLines++
    if (!sampleLine && d.includes('"url":"/api/press-releases'))
      sampleLine = d
        .toString()
        .split('\n')
        .find((l) => l.includes('"url":"/api/press-releases'))!
  })
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Record<string, unknown>))
      child.once('exit', (code) => reject(new Error(`newsroom exited ${code}`)))
    })
  const ready = (await next()) as { port: number; seeded: number }
  const base = `http://127.0.0.1:${ready.port}`
  const control = async (c: Control) => {
    child.send(c)
    await next()
  }
  console.log(
    `seeded ${ITEMS} published items in ${ready.seeded.toFixed(1)} s; ${os.cpus().length} cores, ${CONNECTIONS} connections, ${SECONDS} s per run; LOG_LEVEL=${process.env.LOG_LEVEL ?? '(default: info)'}`,
  )

  // The ceiling serves each URL with the newsroom's own bytes and headers.
  const copies = new Map<string, { status: number; headers: string[]; body: Buffer }>()
  const sizes = new Map<string, number>()
  for (const url of Object.values(TARGETS)) {
    const s = await sample(`${base}${url}`)
    if (s.status !== 200) throw new Error(`${url}: ${s.status} ${s.body}`)
    const headers: string[] = []
    for (let i = 0; i < s.rawHeaders.length; i += 2)
      if (!NODE_OWN.has(s.rawHeaders[i].toLowerCase()))
        headers.push(s.rawHeaders[i], s.rawHeaders[i + 1])
    copies.set(url, { status: s.status, headers, body: s.body })
    sizes.set(url, s.body.length)
  }
  const ceiling = fork(process.argv[1], ['--ceiling'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ceilingReady = new Promise<{ port: number }>((resolve) =>
    ceiling.once('message', (m) => resolve(m as { port: number })),
  )
  ceiling.send(
    Object.fromEntries(
      [...copies].map(([url, c]) => [url, { ...c, body: c.body.toString('base64') }]),
    ),
  )
  const ceilingBase = `http://127.0.0.1:${(await ceilingReady).port}`

  const rows: { result: Result; ceiling?: Result }[] = []
  const logBefore = { bytes: logBytes, lines: logLines }
  for (const [name, url] of Object.entries(TARGETS)) {
    const result = await measure(`${name} cached`, `${base}${url}`, child)
    const roof = await measure(
      `${name} ceiling (node:http, same bytes)`,
      `${ceilingBase}${url}`,
      ceiling,
    )
    rows.push({ result, ceiling: roof })
  }
  const logDuring = { bytes: logBytes - logBefore.bytes, lines: logLines - logBefore.lines }
  await control({ cacheEnabled: false })
  for (const name of ['rest', 'graphql'] as const) {
    const roof = rows.find((r) => r.result.title === `${name} cached`)!.ceiling
    rows.push({
      result: await measure(`${name} uncached`, `${base}${TARGETS[name]}`, child),
      ceiling: roof,
    })
  }
  await control({ cacheEnabled: true })

  console.log('')
  for (const [name, url] of Object.entries(TARGETS))
    console.log(
      `${name.padEnd(8)} ${String(sizes.get(url)).padStart(6)} bytes  ${url.slice(0, 70)}`,
    )
  console.log('')
  console.log(
    `${'what'.padEnd(40)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'CPU/req'.padStart(9)}   ratio to ceiling (req/s; CPU)`,
  )
  const line = (r: Result, roof?: Result) =>
    console.log(
      `${r.title.padEnd(40)} ${r.rps.toFixed(0).padStart(7)} ${`${r.p50}ms`.padStart(6)} ${`${r.p99}ms`.padStart(6)} ${`${r.cpuUs.toFixed(0)}µs`.padStart(9)}   ${roof ? `${(r.rps / roof.rps).toFixed(2)}; ${(roof.cpuUs / r.cpuUs).toFixed(2)}` : ''}`,
    )
  for (const { result, ceiling: roof } of rows) {
    if (roof && result.title.endsWith('cached') && !result.title.endsWith('uncached')) line(roof)
    line(result, roof)
  }
  console.log('')
  for (const name of ['rest', 'graphql', 'rss']) {
    const r = rows.find((x) => x.result.title === `${name} cached`)!
    const ratio = r.result.rps / r.ceiling!.rps
    console.log(
      `${`${name} cached / ceiling`.padEnd(28)}: ${ratio.toFixed(2)}  (target ≥ ${TARGET}: ${ratio >= TARGET ? 'met' : 'NOT met'}); by CPU per request ${(r.ceiling!.cpuUs / r.result.cpuUs).toFixed(2)}`,
    )
  }
  for (const name of ['rest', 'graphql']) {
    const cached = rows.find((x) => x.result.title === `${name} cached`)!.result
    const uncached = rows.find((x) => x.result.title === `${name} uncached`)!.result
    console.log(
      `${`${name} cached / uncached`.padEnd(28)}: ${(cached.rps / uncached.rps).toFixed(1)}×`,
    )
  }
  console.log(
    `request log during the cached runs: ${logDuring.lines} lines, ${logDuring.lines ? (logDuring.bytes / logDuring.lines).toFixed(0) : 0} bytes a line on average`,
  )
  if (sampleLine) console.log(`a request log line: ${sampleLine}`)
  ceiling.send('stop')
  child.send('stop')
  await new Promise((r) => child.once('exit', r))
  process.exit(0)
}

if (process.argv.includes('--ceiling')) {
  ceilingServer()
} else if (process.argv.includes('--serve')) {
  serve().catch((err) => {
    console.error(err)
    process.exit(1)
  })
} else {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
