import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import supertest from 'supertest'
import type { Payload } from 'payload'
import { WORKFLOW_CONTEXT } from '../../src/workflow/ownedFields.js'
import { createNewsroom, type Newsroom, type NewsroomOptions } from '../../src/server.js'

export type TestDatabase = 'sqlite' | 'postgres'
export const DATABASES: TestDatabase[] = (process.env.TEST_DATABASES ?? 'sqlite,postgres')
  .split(',')
  .map((s) => s.trim()) as TestDatabase[]

let counter = 0

/** A fresh, empty database of the given kind: a temp SQLite file or a new database in the shared PostgreSQL. */
export const freshDatabaseUri = async (kind: TestDatabase): Promise<string> => {
  const name = `humas_${process.pid}_${Date.now().toString(36)}_${++counter}`
  if (kind === 'sqlite')
    return `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'humas-sqlite-')), `${name}.db`)}`
  const port = process.env.TEST_PG_PORT
  if (!port) throw new Error('PostgreSQL tests need the global setup (TEST_PG_PORT)')
  const client = new pg.Client({
    connectionString: `postgres://humas:humas@127.0.0.1:${port}/postgres`,
  })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  return `postgres://humas:humas@127.0.0.1:${port}/${name}`
}

export type TestNewsroom = Newsroom & {
  http: ReturnType<typeof supertest>
  mediaDir: string
  databaseUri: string
  /** Creates a user directly (as the system) and returns a bearer header for it. */
  staff: (
    role: 'admin' | 'editor' | 'writer' | 'protocol',
    unit?: string | number | null,
  ) => Promise<{ id: string | number; auth: string; email: string }>
  stop: () => Promise<void>
}

export const startNewsroom = async (
  kind: TestDatabase,
  options: NewsroomOptions = {},
): Promise<TestNewsroom> => {
  const databaseUri = options.databaseUri ?? (await freshDatabaseUri(kind))
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-media-'))
  // Suites make many logins and actions from one address; the limit itself has its own test.
  const newsroom = await createNewsroom({
    secret: 'test-secret-for-humas-newsroom',
    sensitivePerMinute: 10_000,
    credentialLimits: { perAccount: 10_000, perAddress: 10_000 },
    ...options,
    databaseUri,
    mediaDir,
  })
  // As `npm start` serves: cached hits answered before express, the rest by the app.
  const http = supertest(newsroom.handler)
  let users = 0
  const staff: TestNewsroom['staff'] = async (role, unit = null) => {
    const email = `${role}${++users}-${Date.now()}@uji.test`
    const password = 'Sandi-Uji-12345'
    const user = await newsroom.payload.create({
      collection: 'users',
      data: { email, password, name: `Uji ${role} ${users}`, role, unit } as never,
    })
    const res = await http.post('/api/users/login').send({ email, password }).expect(200)
    return { id: user.id, auth: `JWT ${res.body.token}`, email }
  }
  return {
    ...newsroom,
    http,
    mediaDir,
    databaseUri,
    staff,
    stop: async () => {
      await newsroom.close()
      fs.rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}

/** Creates a unit as the system (test fixture). */
export const makeUnit = async (
  payload: Payload,
  name: string,
  parent: string | number | null = null,
) =>
  payload.create({
    collection: 'units',
    data: { name, type: parent ? 'opd' : 'provinsi', parent, timezone: 'Asia/Jakarta' } as never,
  })

type ItemOptions = {
  state?: string
  unit: string | number
  title?: string
  embargoUntil?: string
  publishedAt?: string
  internalNotes?: string
  extra?: Record<string, unknown>
}

/** Creates a press release or coverage item in a given workflow state, as the system (test fixture). */
export const makeItem = async (
  payload: Payload,
  collection: 'press-releases' | 'event-coverage',
  o: ItemOptions,
) =>
  payload.create({
    collection,
    data: {
      title:
        o.title ?? `Berita uji ${o.state ?? 'draft'} ${Math.random().toString(36).slice(2, 8)}`,
      unit: o.unit,
      workflowStatus: o.state ?? 'draft',
      embargoUntil: o.embargoUntil,
      publishedAt:
        o.publishedAt ?? (o.state === 'published' ? new Date().toISOString() : undefined),
      internalNotes: o.internalNotes,
      ...o.extra,
    } as never,
    context: { [WORKFLOW_CONTEXT]: true },
  })
