import { spawn, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './embeddedPostgres.mjs'

export type ChildNewsroom = {
  child: ChildProcess
  base: string
  port: number
  output: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  alive: () => boolean
}

export const CHILD_ADMIN = { email: 'admin.gangguan@uji.test', password: 'Sandi-Gangguan-2026' }

/**
 * The newsroom as a separate process (`npm start`'s command, production mode: migrations, no seed,
 * no admin UI), so that a crash is observable as an exit code and signals are real.
 */
export const startChildNewsroom = async (
  databaseUri: string,
  env: Record<string, string> = {},
  { bootTimeoutMs = 90_000 }: { bootTimeoutMs?: number } = {},
): Promise<ChildNewsroom> => {
  const port = await freePort()
  let output = ''
  const child = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx/esm', 'src/start.ts'],
    {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        DATABASE_URI: databaseUri,
        PORT: String(port),
        SERVER_URL: `http://127.0.0.1:${port}`,
        HOST: '127.0.0.1',
        PAYLOAD_SECRET: 'fault-test-secret-0123456789abcdef',
        ADMIN_EMAIL: CHILD_ADMIN.email,
        ADMIN_PASSWORD: CHILD_ADMIN.password,
        ADMIN_UI: 'false',
        SEED_DEMO: 'false',
        MEDIA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'humas-fault-media-')),
        LOG_LEVEL: 'warn',
        DISABLE_PAYLOAD_HMR: 'true',
        // One process unless a test asks for a cluster (production's default is one worker per core).
        WEB_CONCURRENCY: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const deadline = Date.now() + bootTimeoutMs
  while (!output.includes('Humas Newsroom berjalan di')) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`newsroom did not start:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    exited,
    alive: () => child.exitCode === null && child.signalCode === null,
  }
}

export type Answer =
  | { status: number; body: string; headers: http.IncomingHttpHeaders; ms: number }
  | { error: string; ms: number }

/** One HTTP request that never throws: a network failure comes back as its error code. */
export const request = (
  base: string,
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: unknown; agent?: http.Agent } = {},
): Promise<Answer> =>
  new Promise((resolve) => {
    const started = performance.now()
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body)
    const req = http.request(`${base}${pathname}`, {
      method,
      agent: options.agent ?? false,
      headers: {
        ...(payload
          ? {
              'content-type': 'application/json',
              'content-length': String(Buffer.byteLength(payload)),
            }
          : {}),
        ...options.headers,
      },
    })
    req.on('response', (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (d) => (body += d))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body,
          headers: res.headers,
          ms: performance.now() - started,
        }),
      )
      res.on('error', (err: NodeJS.ErrnoException) =>
        resolve({ error: err.code ?? err.message, ms: performance.now() - started }),
      )
    })
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve({ error: err.code ?? err.message, ms: performance.now() - started }),
    )
    req.end(payload)
  })

export const login = async (
  base: string,
  email = CHILD_ADMIN.email,
  password = CHILD_ADMIN.password,
): Promise<string> => {
  const res = await request(base, 'POST', '/api/users/login', { body: { email, password } })
  if (!('status' in res) || res.status !== 200)
    throw new Error(`login failed: ${JSON.stringify(res)}`)
  return `JWT ${JSON.parse(res.body).token}`
}

/** Polls until the condition holds; fails after a generous cap (a busy CI machine is slow, not wrong). */
export const waitFor = async <T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  capMs = 60_000,
  everyMs = 50,
): Promise<T> => {
  const deadline = Date.now() + capMs
  for (;;) {
    const value = await probe()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}
