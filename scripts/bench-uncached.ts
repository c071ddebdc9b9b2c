/**
 * npm run bench:uncached — reads that the response cache never answers, on SQLite and on embedded
 * PostgreSQL, in one run:
 *   1. the editor list: a signed-in editor (unit scope: own unit and its children) lists press
 *      releases, GET /api/press-releases?limit=10,
 *   2. GraphQL as the same editor: 10 press releases with their unit,
 *   3. a bare `node:http` server answering the same bytes and content type: the ceiling.
 * The newsroom runs in its own process as shipped (default logging, to a discarded stdout); the load
 * generator (autocannon) runs in a third. Prints req/s, p99 and the ratios.
 * BENCH_DATABASES=sqlite,postgres, BENCH_ITEMS (default 500), BENCH_SECONDS (8), BENCH_CONNECTIONS (10).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 500)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((s) => s.trim())
const LIST_PATH = '/api/press-releases?limit=10'
const GRAPHQL_QUERY =
  '{ PressReleases(limit: 10, sort: "-updatedAt") { docs { id title slug summary workflowStatus publishedAt unit { id name } } totalDocs } }'

type Ready = { port: number; auth: string }

/** The server side: a newsroom with ITEMS releases in a small unit tree, and a signed-in editor. */
const serve = async (databaseUri: string): Promise<void> => {
  process.env.DISABLE_SCHEDULER = 'true'
  const { WORKFLOW_CONTEXT } = await import('../src/workflow/ownedFields.js')
  const { createNewsroom } = await import('../src/server.js')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-uncached-'))
  const newsroom = await createNewsroom({
    databaseUri,
    mediaDir: path.join(dir, 'media'),
    secret: 'bench-secret',
    sensitivePerMinute: 1e9,
    credentialLimits: { perAccount: 1e9, perAddress: 1e9 },
  })
  const { payload } = newsroom
  const unit = async (name: string, type: string, parent?: string | number) =>
    payload.create({
      collection: 'units',
      data: { name, type, parent, timezone: 'Asia/Jakarta' } as never,
    })
  const province = await unit('Pemerintah Provinsi Bench', 'provinsi')
  const units = [
    await unit('Diskominfo Bench', 'opd', province.id),
    await unit('Dinkes Bench', 'opd', province.id),
    await unit('Kabupaten Bench', 'kabupaten', province.id),
  ]
  units.push(await unit('Diskominfo Kabupaten Bench', 'opd', units[2].id))
  const statuses = ['published', 'draft', 'in_review', 'published'] as const
  for (let i = 0; i < ITEMS; i++) {
    const status = statuses[i % statuses.length]
    await payload.create({
      collection: 'press-releases',
      data: {
        title: `Siaran pers uji beban nomor ${i + 1}`,
        summary: 'Ringkasan siaran pers untuk uji beban daftar redaksi.',
        unit: units[i % units.length].id,
        workflowStatus: status,
        ...(status === 'published'
          ? { publishedAt: new Date(Date.now() - i * 60_000).toISOString() }
          : {}),
      } as never,
      context: { [WORKFLOW_CONTEXT]: true },
      depth: 0,
    })
  }
  const email = 'redaktur@bench.test'
  const password = 'Redaktur-Bench-12345'
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Redaktur Bench', role: 'editor', unit: units[2].id } as never,
  })
  const server = newsroom.app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const port = (server.address() as AddressInfo).port
  const login = await fetch(`http://127.0.0.1:${port}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  // BENCH_CPU_PROFILE=dir: a CPU profile of the measured part only (not the seeding), for --cpu-prof-like analysis.
  const profileDir = process.env.BENCH_CPU_PROFILE
  const session = profileDir ? new (await import('node:inspector')).Session() : undefined
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))),
    )
  if (session) {
    session.connect()
    await post('Profiler.enable')
    await post('Profiler.start')
  }
  // CPU time spent by this process, on request: a per-request cost that a busy machine distorts less than req/s.
  process.on('message', (m) => {
    if (m === 'cpu') {
      const { user, system } = process.cpuUsage()
      process.send?.({ cpuMs: (user + system) / 1000 })
    }
  })
  process.send?.({ port, auth: `JWT ${token}` } satisfies Ready)
  process.on('disconnect', async () => {
    server.close()
    if (session) {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown }
      fs.mkdirSync(profileDir!, { recursive: true })
      const file = path.join(profileDir!, `uncached-${Date.now()}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(profile))
      console.error(`CPU profile: ${file}`)
    }
    void newsroom.close().finally(() => {
      fs.rmSync(dir, { recursive: true, force: true })
      process.exit(0)
    })
  })
}

const AUTOCANNON = createRequire(import.meta.url).resolve('autocannon/autocannon.js')

type Load = { method?: string; headers?: Record<string, string>; body?: string }

/** autocannon in its own process, so the load generator does not share the server's event loop. */
const measure = async (url: string, load: Load = {}) => {
  const args = ['-c', String(CONNECTIONS), '-d', String(SECONDS), '-j']
  if (load.method) args.push('-m', load.method)
  for (const [k, v] of Object.entries(load.headers ?? {})) args.push('-H', `${k}=${v}`)
  if (load.body) args.push('-b', load.body)
  const out = await new Promise<string>((resolve, reject) => {
    let json = ''
    const child = spawn(process.execPath, [AUTOCANNON, ...args, url], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    child.stdout.on('data', (d) => (json += d))
    child.on('exit', (code) =>
      code === 0 ? resolve(json) : reject(new Error(`autocannon exited ${code}`)),
    )
  })
  const r = JSON.parse(out)
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return {
    rps: r.requests.average as number,
    p99: r.latency.p99 as number,
    total: r.requests.total as number,
  }
}

/** A bare node:http server answering every request with these bytes: what the machine can do. */
const ceiling = async (body: Buffer, contentType: string) => {
  const server = http.createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
      res.end(body)
    })
  })
  server.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const startServer = async (databaseUri: string): Promise<{ child: ChildProcess } & Ready> => {
  const child = spawn(
    process.execPath,
    [
      '--conditions=development',
      '--import',
      'tsx/esm',
      ...(process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? []),
      fileURLToPath(import.meta.url),
      'serve',
      databaseUri,
    ],
    {
      // Default logging as shipped: the server writes its request log; we discard it.
      env: { ...process.env, DISABLE_PAYLOAD_HMR: 'true', NODE_OPTIONS: '' },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    },
  )
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ready))
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)))
  })
  return { child, ...ready }
}

const cpuMsOf = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    child.once('message', (m) => resolve((m as { cpuMs: number }).cpuMs))
    child.send('cpu')
  })

const stopServer = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.disconnect()
  })

const benchOne = async (kind: string, databaseUri: string) => {
  const t0 = performance.now()
  const server = await startServer(databaseUri)
  const base = `http://127.0.0.1:${server.port}`
  console.log(
    `${kind}: seeded ${ITEMS} releases in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
  const headers = { authorization: server.auth }
  const graphql: Load = {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: GRAPHQL_QUERY }),
  }
  const rows: { title: string; rps: number; p99: number; ceiling: number }[] = []
  for (const [title, url, load] of [
    ['editor list (REST)', LIST_PATH, { headers }],
    ['editor GraphQL, 10', '/api/graphql', graphql],
  ] as const) {
    const sample = await fetch(`${base}${url}`, load)
    if (sample.status !== 200) throw new Error(`${title}: ${sample.status} ${await sample.text()}`)
    const bytes = Buffer.from(await sample.arrayBuffer())
    const n = (
      JSON.parse(bytes.toString()).docs ?? JSON.parse(bytes.toString()).data?.PressReleases?.docs
    )?.length
    if (n !== 10) throw new Error(`${title}: expected 10 docs, got ${n}`)
    await measure(`${base}${url}`, { ...load }) // warm-up, not counted
    const cpuBefore = await cpuMsOf(server.child)
    const measured = await measure(`${base}${url}`, load)
    const cpuPerRequest = ((await cpuMsOf(server.child)) - cpuBefore) / measured.total
    const bare = await ceiling(bytes, sample.headers.get('content-type') ?? 'application/json')
    const top = await measure(bare.url, load)
    bare.server.close()
    rows.push({ title, ...measured, ceiling: top.rps })
    console.log(
      `${kind.padEnd(8)} ${title.padEnd(20)} ${measured.rps.toFixed(0).padStart(6)} req/s  p99 ${String(measured.p99).padStart(4)} ms  server CPU ${cpuPerRequest.toFixed(1)} ms/req | node:http same ${bytes.length} bytes ${top.rps.toFixed(0).padStart(6)} req/s  | ratio ${(measured.rps / top.rps).toFixed(3)}`,
    )
  }
  await stopServer(server.child)
  return rows
}

const main = async () => {
  console.log(
    `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; ${CONNECTIONS} connections, ${SECONDS} s per run`,
  )
  for (const kind of DATABASES) {
    if (kind === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-uncached-db-'))
      await benchOne('sqlite', `file:${path.join(dir, 'bench.db')}`)
      fs.rmSync(dir, { recursive: true, force: true })
    } else if (kind === 'postgres') {
      const { startEmbeddedPostgres } = await import('../tests/helpers/embeddedPostgres.mjs')
      const pg = await startEmbeddedPostgres()
      await pg.createDatabase('bench')
      try {
        await benchOne('postgres', pg.uri('bench'))
      } finally {
        await pg.stop()
      }
    }
  }
  process.exit(0)
}

if (process.argv[2] === 'serve') {
  serve(process.argv[3]).catch((err) => {
    console.error(err)
    process.exit(1)
  })
} else {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
