import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startChildNewsroom, type ChildNewsroom } from '../helpers/childNewsroom.js'
import { DATABASES, freshDatabaseUri } from '../helpers/newsroomHarness.js'

type Booted = ChildNewsroom

/** Runs `npm start`'s command as a separate process in production mode, as an operator would. */
const boot = (databaseUri: string): Promise<Booted> =>
  startChildNewsroom(databaseUri, {
    ADMIN_EMAIL: 'admin.produksi@uji.test',
    ADMIN_PASSWORD: 'Sandi-Produksi-2026',
    LOG_LEVEL: 'info',
  })

describe.each(DATABASES)('production boot on an empty database, migrations only (%s)', (db) => {
  let booted: Booted | undefined
  afterAll(() => {
    if (booted?.child.exitCode === null) booted.child.kill('SIGKILL')
  })

  it('builds the schema from migrations, serves create and read over HTTP, seeds nothing, and stops cleanly on SIGTERM', async () => {
    booted = await boot(await freshDatabaseUri(db))
    const { base } = booted
    const json = { 'Content-Type': 'application/json' }

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin.produksi@uji.test', password: 'Sandi-Produksi-2026' }),
    })
    expect(login.status).toBe(200)
    const auth = { ...json, Authorization: `JWT ${(await login.json()).token}` }

    const empty = await (await fetch(`${base}/api/press-releases`, { headers: auth })).json()
    expect(empty.totalDocs).toBe(0)

    const unit = await (
      await fetch(`${base}/api/units`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          name: 'Biro Administrasi Pimpinan',
          type: 'opd',
          timezone: 'Asia/Makassar',
        }),
      })
    ).json()
    const created = await fetch(`${base}/api/press-releases`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ title: 'Rilis Pertama di Produksi', unit: unit.doc.id }),
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const read = await (
      await fetch(`${base}/api/press-releases/${doc.id}?depth=1`, { headers: auth })
    ).json()
    expect(read).toMatchObject({
      title: 'Rilis Pertama di Produksi',
      slug: 'rilis-pertama-di-produksi',
      workflowStatus: 'draft',
      unit: { timezone: 'Asia/Makassar' },
    })

    const ready = await fetch(`${base}/readyz`)
    expect(ready.status).toBe(200)

    const bad = await (
      await fetch(`${base}/api/press-releases`, {
        method: 'POST',
        headers: auth,
        body: '{"title":',
      })
    ).json()
    expect(JSON.stringify(bad)).not.toMatch(/stack|\.ts:\d+/)

    const inFlight = fetch(`${base}/api/press-releases?limit=100&depth=2`, { headers: auth })
    await new Promise((r) => setTimeout(r, 5))
    booted.child.kill('SIGTERM')
    expect((await inFlight).status).toBe(200)
    expect((await booted.exited).code).toBe(0)
    expect(booted.output()).toContain('stopped cleanly')
  })
})

describe('production configuration', () => {
  it('refuses to start without SERVER_URL, saying so, rather than build links from request headers', async () => {
    const child = spawn(
      process.execPath,
      ['--conditions=production', '--import', 'tsx/esm', 'src/start.ts'],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'production',
          PAYLOAD_SECRET: 'production-test-secret-0123456789',
          DATABASE_URI: 'file::memory:',
          ADMIN_UI: 'false',
          LOG_LEVEL: 'error',
          DISABLE_PAYLOAD_HMR: 'true',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    child.stdout?.on('data', (d) => (output += d))
    child.stderr?.on('data', (d) => (output += d))
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
    expect(code).not.toBe(0)
    expect(output).toContain('SERVER_URL wajib diisi di mode produksi')
  })
})
