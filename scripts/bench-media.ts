/**
 * npm run bench:media — a 12-megapixel phone photo uploaded through the HTTP API, against the same
 * decode / resize / encode work done with sharp directly, in one run. Prints times, the ratio and
 * peak memory. Target: upload ≤ 1.3 × direct.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { SIZE_VARIANTS } from '../src/media/imageSizes.js'
import { createNewsroom } from '../src/server.js'

const RUNS = Number(process.env.BENCH_RUNS ?? 5)
process.env.LOG_LEVEL ??= 'silent'
process.env.DISABLE_SCHEDULER = 'true'

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

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-media-'))
  const newsroom = await createNewsroom({
    databaseUri: `file:${path.join(dir, 'bench.db')}`,
    mediaDir: path.join(dir, 'media'),
    secret: 'bench-secret',
  })
  const server = newsroom.app.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  await newsroom.payload.create({
    collection: 'users',
    data: {
      email: 'bench@uji.test',
      password: 'Bench-12345',
      name: 'Bench',
      role: 'admin',
    },
  })
  const login = await (
    await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'bench@uji.test', password: 'Bench-12345' }),
    })
  ).json()
  const auth = `JWT ${login.token}`
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
  let peakUp = 0
  let peakDirect = 0
  for (let i = 0; i < RUNS; i++) {
    const d = await peakDuring(() => directWork(bytes))
    direct.push(d.ms)
    peakDirect = Math.max(peakDirect, d.peakRssMb)
    const u = await peakDuring(upload)
    up.push(u.ms)
    peakUp = Math.max(peakUp, u.peakRssMb)
  }
  const ratio = median(up) / median(direct)
  console.log(
    `direct sharp : median ${median(direct).toFixed(0)} ms  (runs: ${direct.map((x) => x.toFixed(0)).join(', ')})  peak RSS ${peakDirect.toFixed(0)} MB`,
  )
  console.log(
    `HTTP upload  : median ${median(up).toFixed(0)} ms  (runs: ${up.map((x) => x.toFixed(0)).join(', ')})  peak RSS ${peakUp.toFixed(0)} MB`,
  )
  console.log(
    `ratio upload / direct: ${ratio.toFixed(2)}  (target ≤ 1.30: ${ratio <= 1.3 ? 'met' : 'NOT met'})`,
  )
  console.log(`process max RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
  server.close()
  await newsroom.close()
  fs.rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
