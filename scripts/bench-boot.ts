/**
 * npm run bench:boot — process start to the first `/readyz` 200, and the RSS at that moment, median
 * of BENCH_RUNS boots (default 5) on an existing SQLite database, for:
 *   1. `npm start`'s path (scripts/start.mjs: dist/ when current, else compile once), development mode,
 *   2. the compiled production path (`npm run build` → `node dist/src/start.js`, NODE_ENV=production),
 *   3. the former `npm start` (tsx transpiling the TypeScript at every start), for the ratio.
 * Without the admin (ADMIN_UI=false), unless BENCH_ADMIN=true and the admin is built.
 * Targets: compiled ≤ 1.5 s, RSS ≤ 200 MB without the admin.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from '../tests/helpers/embeddedPostgres.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

type Mode = { title: string; args: string[]; env: Record<string, string> }

const MODES: Mode[] = [
  {
    title: 'npm start (scripts/start.mjs)',
    args: ['--conditions=production', 'scripts/start.mjs'],
    env: { SEED_DEMO: 'false' },
  },
  {
    title: 'compiled, production',
    args: ['--conditions=production', 'dist/src/start.js'],
    env: { NODE_ENV: 'production' },
  },
  {
    title: 'former npm start (tsx)',
    args: ['--conditions=production', '--import', 'tsx/esm', 'src/start.ts'],
    env: { SEED_DEMO: 'false' },
  },
]

const rssMbOf = (pid: number): number => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

/** One boot: spawn, poll /readyz until 200, read RSS, stop with SIGTERM. */
const bootOnce = async (mode: Mode, databaseUri: string, mediaDir: string) => {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, mode.args, {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URI: databaseUri,
      MEDIA_DIR: mediaDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_URL: `http://127.0.0.1:${port}`,
      PAYLOAD_SECRET: 'bench-boot-secret-0123456789abcdef',
      ADMIN_UI: process.env.BENCH_ADMIN === 'true' ? 'true' : 'false',
      DISABLE_PAYLOAD_HMR: 'true',
      ...mode.env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (d) => (stderr += d))
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${mode.title} exited ${child.exitCode}: ${stderr}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`${mode.title}: not ready in 180 s`)
    }
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.status === 200)
      .catch(() => false)
    if (ok) break
    await new Promise((r) => setTimeout(r, 10))
  }
  const ms = performance.now() - started
  const rssMb = rssMbOf(child.pid as number)
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
  return { ms, rssMb }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const main = async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'start.js'))) {
    console.log('dist/ missing: npm run build')
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-boot-'))
  const mediaDir = path.join(dir, 'media')
  console.log(
    `${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; ${RUNS} boots each, existing SQLite database, admin ${process.env.BENCH_ADMIN === 'true' ? 'mounted' : 'off (ADMIN_UI=false)'}`,
  )
  const results: Record<string, number> = {}
  for (const [i, mode] of MODES.entries()) {
    const runs = []
    // Each mode on its own database (production migrates, development pushes its schema), created by
    // a first boot that is not counted (it also warms the file cache and compiles dist/ if needed).
    const databaseUri = `file:${path.join(dir, `boot-${i}.db`)}`
    await bootOnce(mode, databaseUri, mediaDir)
    for (let i = 0; i < RUNS; i++) runs.push(await bootOnce(mode, databaseUri, mediaDir))
    const ms = median(runs.map((r) => r.ms))
    results[mode.title] = ms
    console.log(
      `${mode.title.padEnd(32)} median ${ms.toFixed(0).padStart(5)} ms to /readyz  (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')})  RSS ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB`,
    )
  }
  const compiled = results['compiled, production']
  const former = results['former npm start (tsx)']
  console.log(
    `ratio former npm start / npm start: ${(former / results['npm start (scripts/start.mjs)']).toFixed(2)}; compiled ${compiled <= 1500 ? 'meets' : 'misses'} the 1.5 s target`,
  )
  fs.rmSync(dir, { recursive: true, force: true })
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
