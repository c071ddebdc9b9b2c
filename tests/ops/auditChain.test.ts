import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Payload } from 'payload'
import { appendAudit } from '../../src/audit/appendAudit.js'
import { entryHash } from '../../src/audit/chainHash.js'
import { sealUnchainedEntries } from '../../src/audit/sealUnchained.js'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { returningRows } from '../../src/db/returningRows.js'
import { createNewsroom, type Newsroom } from '../../src/server.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { act, workflowFixture } from '../helpers/workflowFixture.js'

type Fixture = Awaited<ReturnType<typeof workflowFixture>>

/** Runs one SQL statement (with RETURNING) straight on the database, as someone with database access would. */
const sql = (payload: Payload, build: Parameters<typeof returningRows>[2]) =>
  returningRows(payload, undefined, build)

const entry = (i: number, by: string) => ({
  action: 'submit',
  outcome: 'done' as const,
  targetCollection: 'press-releases',
  documentId: String(i),
  at: new Date(Date.UTC(2026, 10, 23, 8, 0, i % 60, i)).toISOString(),
  actorName: by,
  actorRole: 'writer',
  summary: `${by}: submit (berhasil)`,
})

/** `npm run audit:verify` as an operator runs it, against this database. */
const runVerifyCli = (databaseUri: string, args: string[] = []) =>
  new Promise<{ code: number | null; out: string }>((resolve) => {
    let out = ''
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx/esm', 'scripts/audit-verify.ts', ...args],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: { ...process.env, DATABASE_URI: databaseUri, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    child.on('exit', (code) => resolve({ code, out }))
  })

describe.each(DATABASES)('tamper-evident audit trail (%s)', (db) => {
  let n: TestNewsroom
  let f: Fixture
  let second: Newsroom

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    // A second instance on the same database, as a second server process would be.
    second = await createNewsroom({
      databaseUri: n.databaseUri,
      secret: 'test-secret-for-humas-newsroom',
      mediaDir: n.mediaDir,
      jobs: false,
    })
  })
  afterAll(async () => {
    await second?.close()
    await n?.stop()
  })

  it('chains every workflow entry, including refusals, and the chain verifies', async () => {
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis berantai', unit: f.units.kominfo })
      .expect(201)
    const item = created.body.doc
    await act(n, f.writer.auth, 'press-releases', item.id, { action: 'submit' }).expect(200)
    await act(n, f.writer.auth, 'press-releases', item.id, { action: 'approve' }).expect(403)
    await act(n, f.editor.auth, 'press-releases', item.id, { action: 'approve' }).expect(200)
    const { docs } = await n.payload.find({ collection: 'audit-log', sort: 'seq', limit: 100 })
    expect(docs.map((d) => d.seq)).toEqual([1, 2, 3])
    const rows = docs as unknown as Record<string, unknown>[]
    expect(rows[0].prevHash).toBe('0'.repeat(64))
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash)
    for (const row of rows) expect(row.hash).toBe(entryHash(row))
    expect(rows.map((r) => r.outcome)).toEqual(['done', 'refused', 'done'])
    expect(rows[0].actorUserId).toBe(String(f.writer.id))

    const report = await n.http
      .get('/api/audit-log/verify')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(report.body).toMatchObject({ ok: true, entries: 3, head: { seq: 3 }, problem: null })
  })

  it('answers the verification to admins only', async () => {
    for (const who of [f.editor, f.writer, f.protocol])
      await n.http.get('/api/audit-log/verify').set('Authorization', who.auth).expect(403)
    const anonymous = await n.http.get('/api/audit-log/verify').expect(403)
    expect(anonymous.body.errors[0].code).toBe('FORBIDDEN')
  })

  it('never forks when two instances append at the same time', async () => {
    const before = (await verifyAuditChain(n.payload)).entries
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        appendAudit(i % 2 ? n.payload : second.payload, entry(i, i % 2 ? 'Satu' : 'Dua')),
      ),
    )
    const report = await verifyAuditChain(second.payload)
    expect(report).toMatchObject({ ok: true, entries: before + 40, problem: null })
    const { totalDocs } = await n.payload.count({ collection: 'audit-log' })
    expect(totalDocs).toBe(before + 40)
  })

  it('names the entry altered in the database, and the CLI exits 1 naming it', async () => {
    const [original] = await sql(
      n.payload,
      (s) => s`UPDATE audit_log SET reason = reason WHERE seq = 5 RETURNING id, reason`,
    )
    await sql(
      n.payload,
      (s) => s`UPDATE audit_log SET action = 'publish' WHERE seq = 5 RETURNING id`,
    )
    const report = await verifyAuditChain(n.payload)
    expect(report.ok).toBe(false)
    expect(report.problem).toMatchObject({ kind: 'altered', seq: 5, id: original.id })
    expect(report.entries).toBe(4)

    const cli = await runVerifyCli(n.databaseUri)
    expect(cli.code).toBe(1)
    expect(cli.out).toContain('RANTAI JEJAK AUDIT RUSAK: Entri audit nomor 5')

    const endpoint = await n.http
      .get('/api/audit-log/verify')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(endpoint.body.problem).toMatchObject({ kind: 'altered', seq: 5 })

    await sql(
      n.payload,
      (s) => s`UPDATE audit_log SET action = 'submit' WHERE seq = 5 RETURNING id`,
    )
    expect((await verifyAuditChain(n.payload)).ok).toBe(true)
  })

  it('names the predecessor when an entry was altered and its hash recomputed', async () => {
    const { docs } = await n.payload.find({
      collection: 'audit-log',
      where: { seq: { equals: 7 } },
    })
    const row = docs[0] as unknown as Record<string, unknown>
    const forged = entryHash({ ...row, reason: 'dipalsukan' })
    await sql(
      n.payload,
      (s) =>
        s`UPDATE audit_log SET reason = 'dipalsukan', hash = ${forged} WHERE seq = 7 RETURNING id`,
    )
    expect((await verifyAuditChain(n.payload)).problem).toMatchObject({ kind: 'altered', seq: 7 })
    await sql(
      n.payload,
      (s) =>
        s`UPDATE audit_log SET reason = ${(row.reason as string) ?? null}, hash = ${row.hash as string} WHERE seq = 7 RETURNING id`,
    )
    expect((await verifyAuditChain(n.payload)).ok).toBe(true)
  })

  it('names a removed entry, and a cut-off tail against a recorded head', async () => {
    const intact = await verifyAuditChain(n.payload)
    const head = intact.head!
    await sql(n.payload, (s) => s`DELETE FROM audit_log WHERE seq = ${head.seq} RETURNING id`)
    expect((await verifyAuditChain(n.payload)).ok).toBe(true)
    expect((await verifyAuditChain(n.payload, head)).problem).toMatchObject({
      kind: 'removed',
      seq: head.seq,
    })
    await sql(n.payload, (s) => s`DELETE FROM audit_log WHERE seq = 9 RETURNING id`)
    expect((await verifyAuditChain(n.payload)).problem).toMatchObject({ kind: 'removed', seq: 9 })
  })
})

describe.each(DATABASES)('the chain start for entries written before the chain (%s)', (db) => {
  let n: TestNewsroom
  beforeAll(async () => {
    n = await startNewsroom(db)
  })
  afterAll(async () => n?.stop())

  it('reports unchained entries, and seals them once in the order they were written', async () => {
    for (const [i, at] of ['2026-01-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z'].entries())
      await n.payload.db.create({
        collection: 'audit-log',
        data: { ...entry(i, 'Lama'), at },
      })
    const before = await verifyAuditChain(n.payload)
    expect(before.problem).toMatchObject({ kind: 'unchained', seq: null })
    expect(await sealUnchainedEntries(n.payload)).toBe(2)
    await appendAudit(n.payload, entry(3, 'Baru'))
    const after = await verifyAuditChain(n.payload)
    expect(after).toMatchObject({ ok: true, entries: 3 })
    const { docs } = await n.payload.find({ collection: 'audit-log', sort: 'seq' })
    expect(docs.map((d) => [d.seq, new Date(d.at).toISOString().slice(0, 10)])).toEqual([
      [1, '2026-01-01'],
      [2, '2026-01-02'],
      [3, '2026-11-23'],
    ])
  })
})
