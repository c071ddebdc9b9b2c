import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verifyAuditChain } from '../../src/audit/verifyAuditChain.js'
import { EXPORT_COLUMNS } from '../../src/audit/auditExport.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { act, workflowFixture } from '../helpers/workflowFixture.js'

describe.each(DATABASES)('audit export and a deleted user (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  let writerName: string

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis, "dengan" koma', unit: f.units.kominfo })
      .expect(201)
    const id = created.body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'request-changes',
      reason: '=HYPERLINK("http://contoh.test") perbaiki judul',
    }).expect(200)
    writerName = (await n.payload.findByID({ collection: 'users', id: f.writer.id })).name as string
    // The writer leaves: their account is deleted.
    await n.http.delete(`/api/users/${f.writer.id}`).set('Authorization', f.admin.auth).expect(200)
  })
  afterAll(async () => n?.stop())

  it('keeps the deleted writer readable by name, never by e-mail, and the chain still verifies', async () => {
    const csv = await n.http
      .get('/api/audit-log/export?format=csv')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="jejak-audit_.*\.csv"/)
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(EXPORT_COLUMNS.map(([c]) => c).join(','))
    expect(lines[0].startsWith('urutan,waktu,pengguna,peran,tindakan,hasil')).toBe(true)
    expect(lines).toHaveLength(1 + 2)
    expect(lines[1]).toContain(`,${writerName},writer,submit,berhasil,`)
    expect(lines[1]).toContain('"Rilis, ""dengan"" koma"')
    // A reason that looks like a spreadsheet formula is neutralised.
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://contoh.test"") perbaiki judul"`)
    expect(csv.text).not.toContain(f.writer.email)

    const json = await n.http
      .get('/api/audit-log/export?format=json')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(json.body.entri[0]).toMatchObject({
      urutan: 1,
      pengguna: writerName,
      tindakan: 'submit',
      hasil: 'berhasil',
    })
    expect(JSON.stringify(json.body)).not.toContain(f.writer.email)
    expect(await verifyAuditChain(n.payload)).toMatchObject({ ok: true, entries: 2 })
  })

  it('exports only the period asked for, refuses a bad one, and answers admins only', async () => {
    const none = await n.http
      .get('/api/audit-log/export?format=json&dari=2001-01-01&sampai=2001-01-31')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(none.body.entri).toEqual([])
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    const some = await n.http
      .get(`/api/audit-log/export?format=json&dari=${day(-1)}&sampai=${day(1)}`)
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(some.body.entri).toHaveLength(2)
    const bad = await n.http
      .get('/api/audit-log/export?dari=kemarin')
      .set('Authorization', f.admin.auth)
      .expect(400)
    expect(bad.body.errors[0].code).toBe('INVALID_EXPORT_QUERY')
    await n.http
      .get('/api/audit-log/export?format=xml')
      .set('Authorization', f.admin.auth)
      .expect(400)
    await n.http.get('/api/audit-log/export').set('Authorization', f.editor.auth).expect(403)
    await n.http.get('/api/audit-log/export').expect(403)
  })
})
