/**
 * npm run bench:media — a 12-megapixel phone photo uploaded through the HTTP API, against the same
 * decode / resize / encode work done with sharp directly, in one run. The newsroom runs in its own
 * process as shipped (`npm start` in production: compiled, default logging to a discarded stdout,
 * no admin UI); sharp alone runs in this one. Prints
 * times, the ratio and peak memory of each process. Targets: upload ≤ 1.3 × direct, server peak
 * RSS < 500 MB.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { freePort } from '../tests/helpers/embeddedPostgres.mjs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { SIZE_VARIANTS } from '../src/media/imageSizes.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)

const photo12mp = async (): Promise<Buffer> => {
  const width = 4000
  const height = 3000
  // Noise gives the encoder real work, like a photo; a flat image would flatter both sides.
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: '#6a8caf',
      noise: { type: 'gaussian', mean: 110, sigma: 35 },
    },
  })
    .withMetadata({ orientation: 1 })
    .withExifMerge({
      IFD0: { Make: 'Samsung', Model: 'Galaxy A55' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 15/1 0/1' },
    })
    .jpeg({ quality: 88 })
    .toBuffer()
}

/**
 * The same image work an upload needs, written with plain sharp calls: decode once (upright), encode
 * a clean original, then every size (cover crops or width-bounded) as JPEG and WebP. No HTTP, Payload,
 * database or disk.
 */
const directWork = async (bytes: Buffer): Promise<void> => {
  await sharp(bytes).metadata()
  const { data, info } = await sharp(bytes).rotate().raw().toBuffer({ resolveWithObject: true })
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }
  await sharp(data, raw).jpeg({ quality: 90 }).toBuffer()
  await Promise.all(
    SIZE_VARIANTS.map((v) => {
      const img = sharp(data, raw).resize(
        v.height
          ? { width: v.width, height: v.height, fit: 'cover' }
          : { width: v.width, withoutEnlargement: true },
      )
      return (
        v.format === 'webp' ? img.webp({ quality: 80 }) : img.jpeg({ quality: 82 })
      ).toBuffer()
    }),
  )
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const peakDuring = async (fn: () => Promise<void>): Promise<{ ms: number; peakRssMb: number }> => {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  const start = performance.now()
  await fn()
  const ms = performance.now() - start
  clearInterval(timer)
  return { ms, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 1e6 }
}

/** Peak (high-water mark) and current RSS of a process, from Linux's /proc. */
const rssOf = (pid: number): { hwm: number; rss: number } => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 }
}

const main = async () => {
  // The newsroom as `npm start` runs it in production (compiled, migrations, no admin UI).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-media-'))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const admin = { email: 'bench@uji.test', password: 'Bench-Media-12345' }
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=production', 'scripts/start.mjs'],
    {
      cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVER_URL: base,
        PAYLOAD_SECRET: 'bench-media-secret-0123456789abcdef',
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        ADMIN_UI: 'false',
      } as unknown as NodeJS.ProcessEnv,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  for (const deadline = Date.now() + 180_000; ;) {
    if (child.exitCode !== null) throw new Error(`newsroom exited ${child.exitCode}`)
    if (Date.now() > deadline) throw new Error('newsroom not ready in 180 s')
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) break
    await new Promise((r) => setTimeout(r, 100))
  }
  const login = await (
    await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(admin),
    })
  ).json()
  const auth = `JWT ${login.token}`
  const idle = rssOf(child.pid as number)
  const bytes = await photo12mp()
  const meta = await sharp(bytes).metadata()
  console.log(
    `input: ${meta.width}×${meta.height} JPEG, ${(bytes.length / 1e6).toFixed(1)} MB, ${SIZE_VARIANTS.length} sizes + clean original; ${RUNS} runs each, ${os.cpus().length} cores`,
  )

  const upload = async () => {
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({ alt: 'Bench', caption: 'Bench', credit: 'Foto: Bench' }),
    )
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'bench.jpg')
    const res = await fetch(`${base}/api/photos`, {
      method: 'POST',
      headers: { Authorization: auth },
      body: form,
    })
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`)
    await res.arrayBuffer()
  }
  await upload()
  await directWork(bytes)

  const up: number[] = []
  const direct: number[] = []
  let peakDirect = 0
  for (let i = 0; i < RUNS; i++) {
    const d = await peakDuring(() => directWork(bytes))
    direct.push(d.ms)
    peakDirect = Math.max(peakDirect, d.peakRssMb)
    const started = performance.now()
    await upload()
    up.push(performance.now() - started)
  }
  const ratio = median(up) / median(direct)
  console.log(
    `direct sharp : median ${median(direct).toFixed(0)} ms  (runs: ${direct.map((x) => x.toFixed(0)).join(', ')})  peak RSS ${peakDirect.toFixed(0)} MB`,
  )
  console.log(
    `HTTP upload  : median ${median(up).toFixed(0)} ms  (runs: ${up.map((x) => x.toFixed(0)).join(', ')})`,
  )
  console.log(
    `ratio upload / direct: ${ratio.toFixed(2)}  (target ≤ 1.30: ${ratio <= 1.3 ? 'met' : 'NOT met'})`,
  )
  const server = rssOf(child.pid as number)
  console.log(
    `server RSS: ${idle.rss.toFixed(0)} MB idle before the uploads, peak ${server.hwm.toFixed(0)} MB (target < 500: ${server.hwm < 500 ? 'met' : 'NOT met'}); sharp alone, this process: max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  )
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
