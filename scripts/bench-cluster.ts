/**
 * npm run bench:cluster — the newsroom as shipped (`src/start.ts`, production, default logging, SQLite)
 * with 1 and then 2 workers (WEB_CONCURRENCY), in one run, autocannon in its own processes:
 *   1. cached: GET /api/press-releases?limit=10 anonymously, served from the public response cache;
 *   2. uncached: the same list with an Accept-Language that differs on every request (each one a
 *      cache miss, computed by Payload);
 *   3. mixed: both at once; the cached reads' rate while uncached work runs beside them.
 * Plus the ceiling: node:http serving the same bytes. Prints req/s, p99 and the ratios.
 * Targets: uncached with 2 workers ≥ 1.8 × with 1; cached under mixed load ≥ 0.5 × cached alone.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { WORKFLOW_CONTEXT } from '../src/workflow/ownedFields.js'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 300)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20)
const PATH = '/api/press-releases?limit=10'
/**
 * The cache keys anonymous reads by URL and Accept-Language: a language that differs on every request
 * (autocannon's [<id>]) makes each one a miss, computed by Payload (which falls back to its default).
 */
const UNCACHED_LANGUAGE = 'x-[<id>]'
const SECRET = 'bench-cluster-secret-0123456789abcdef'
const ROOT = path.resolve(import.meta.dirname, '..')

type Result = { title: string; rps: number; p99: number }

const freePort = async (): Promise<number> => {
  const server = http.createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

const AUTOCANNON_MAIN = createRequire(import.meta.url).resolve('autocannon')
/** Through autocannon's API: its command line refuses the `[<id>]` placeholder in a header. */
const LOAD = `
const [main, url, connections, duration, distinct] = process.argv.slice(1)
require(main)({
  url,
  connections: Number(connections),
  duration: Number(duration),
  ...(distinct === 'yes'
    ? { idReplacement: true, headers: { 'accept-language': ${JSON.stringify(UNCACHED_LANGUAGE)} } }
    : {}),
}, (err, result) => {
  if (err) throw err
  process.stdout.write(JSON.stringify(result))
})`

/** autocannon in its own process, so the load generator does not share a server's event loop. */
const measure = async (title: string, url: string, distinct = false): Promise<Result> => {
  const out = await new Promise<string>((resolve, reject) => {
    let json = ''
    const child = spawn(
      process.execPath,
      [
        '-e',
        LOAD,
        AUTOCANNON_MAIN,
        url,
        String(CONNECTIONS),
        String(SECONDS),
        distinct ? 'yes' : 'no',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    child.stdout.on('data', (d) => (json += d))
    // 'close', not 'exit': the output may still be in the pipe when the process has exited.
    child.on('close', (code) =>
      code === 0 ? resolve(json) : reject(new Error(`autocannon exited ${code}`)),
    )
  })
  const r = JSON.parse(out)
  if (r.non2xx || r.errors) throw new Error(`${title}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return { title, rps: r.requests.average as number, p99: r.latency.p99 as number }
}

/** Seeds the database with the newsroom itself (production: the migrations are applied). */
const seed = async (databaseUri: string, mediaDir: string): Promise<void> => {
  const { createNewsroom } = await import('../src/server.js')
  const newsroom = await createNewsroom({
    databaseUri,
    mediaDir,
    secret: SECRET,
    serverURL: 'http://127.0.0.1',
    jobs: false,
  })
  const { payload } = newsroom
  const unit = await payload.create({
    collection: 'units',
    data: { name: 'Diskominfo Bench', type: 'opd', timezone: 'Asia/Jakarta' } as never,
  })
  for (let i = 0; i < ITEMS; i++)
    await payload.create({
      collection: 'press-releases',
      data: {
        title: `Siaran pers uji klaster nomor ${i + 1}`,
        summary: 'Ringkasan siaran pers untuk uji beban pengiriman ke portal daerah.',
        unit: unit.id,
        workflowStatus: 'published',
        publishedAt: new Date(Date.now() - i * 60_000).toISOString(),
      } as never,
      context: { [WORKFLOW_CONTEXT]: true },
      depth: 0,
    })
  await newsroom.close()
}

/** `npm start`'s command in production with this many workers; resolves once every worker listens. */
const startServer = async (databaseUri: string, mediaDir: string, workers: number) => {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=production', '--import', 'tsx/esm', 'src/start.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
        WEB_CONCURRENCY: String(workers),
        DATABASE_URI: databaseUri,
        MEDIA_DIR: mediaDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVER_URL: `http://127.0.0.1:${port}`,
        PAYLOAD_SECRET: SECRET,
        ADMIN_UI: 'false',
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
        DISABLE_PAYLOAD_HMR: 'true',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let listening = 0
  let tail = ''
  const count = (d: Buffer) => {
    const text = d.toString()
    listening += text.split('Humas Newsroom berjalan di').length - 1
    tail = (tail + text).slice(-4000)
  }
  child.stdout?.on('data', count)
  child.stderr?.on('data', count)
  const deadline = Date.now() + 300_000
  while (listening < workers) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`server with ${workers} worker(s) did not start:\n${tail}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
    },
  }
}

const runWith = async (databaseUri: string, mediaDir: string, workers: number) => {
  const server = await startServer(databaseUri, mediaDir, workers)
  const probe = await fetch(`${server.url}${PATH}`, { headers: { 'Accept-Language': 'x-probe' } })
  if (probe.status !== 200) throw new Error(`uncached probe answered ${probe.status}`)
  const bytes = Buffer.from(await (await fetch(`${server.url}${PATH}`)).arrayBuffer())
  const w = `${workers} worker${workers > 1 ? 's' : ''}`
  const cached = await measure(`cached, ${w}`, `${server.url}${PATH}`)
  const uncached = await measure(`uncached, ${w}`, `${server.url}${PATH}`, true)
  const [mixedCached, mixedUncached] = await Promise.all([
    measure(`cached under mixed load, ${w}`, `${server.url}${PATH}`),
    measure(`uncached under mixed load, ${w}`, `${server.url}${PATH}`, true),
  ])
  await server.stop()
  return { bytes, cached, uncached, mixedCached, mixedUncached }
}

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-cluster-'))
  const databaseUri = `file:${path.join(dir, 'bench.db')}`
  const mediaDir = path.join(dir, 'media')
  const started = Date.now()
  await seed(databaseUri, mediaDir)
  console.log(
    `seeded ${ITEMS} published items in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(1)}, ` +
      `${CONNECTIONS} connections per load, ${SECONDS} s per run`,
  )
  const one = await runWith(databaseUri, mediaDir, 1)
  const two = await runWith(databaseUri, mediaDir, 2)

  const ceilingServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    res.end(one.bytes)
  })
  await new Promise<void>((r) => ceilingServer.listen(0, '127.0.0.1', r))
  const ceiling = await measure(
    'ceiling (node:http, same bytes)',
    `http://127.0.0.1:${(ceilingServer.address() as AddressInfo).port}${PATH}`,
  )
  ceilingServer.close()

  console.log(`response: ${one.bytes.length} bytes; load average now ${os.loadavg()[0].toFixed(1)}`)
  for (const r of [
    one.cached,
    one.uncached,
    one.mixedCached,
    one.mixedUncached,
    two.cached,
    two.uncached,
    two.mixedCached,
    two.mixedUncached,
    ceiling,
  ])
    console.log(
      `${r.title.padEnd(36)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(5)} ms`,
    )
  const ratio = (a: Result, b: Result) => a.rps / b.rps
  const line = (label: string, value: number, target?: number) =>
    console.log(
      `${label.padEnd(48)} ${value.toFixed(2)}` +
        (target === undefined
          ? ''
          : `  (target ≥ ${target}: ${value >= target ? 'met' : 'NOT met'})`),
    )
  line('uncached, 2 workers / 1 worker', ratio(two.uncached, one.uncached), 1.8)
  line('cached, 2 workers / 1 worker', ratio(two.cached, one.cached))
  line('cached under mixed load / alone, 1 worker', ratio(one.mixedCached, one.cached), 0.5)
  line('cached under mixed load / alone, 2 workers', ratio(two.mixedCached, two.cached), 0.5)
  line('cached, 2 workers / ceiling', ratio(two.cached, ceiling))
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
