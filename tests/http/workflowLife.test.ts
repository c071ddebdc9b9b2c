import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { CapturedEmail } from '../../src/notify/emailAdapter.js'
import { DATABASES, startNewsroom, type TestNewsroom } from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

describe.each(DATABASES)('the life of a press release (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>
  const outbox = () => (n.payload.email as unknown as { outbox: CapturedEmail[] }).outbox

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
  })
  afterAll(async () => n?.stop())

  const publicView = async (id: string | number) => {
    const byId = await n.http.get(`/api/press-releases/${id}`)
    const list = await n.http.get('/api/press-releases?limit=100')
    const gql = await n.http
      .post('/api/graphql')
      .send({ query: `{ PressReleases(limit: 100) { docs { id title } } }` })
    const inList = list.body.docs.some((d: { id: unknown }) => String(d.id) === String(id))
    const inGql = gql.body.data.PressReleases.docs.some(
      (d: { id: unknown }) => String(d.id) === String(id),
    )
    return {
      status: byId.status,
      title: byId.body.title as string | undefined,
      inList,
      inGql,
      body: byId.body,
    }
  }
  const hidden = { status: 404, title: undefined, inList: false, inGql: false }

  it('goes draft → review → changes → review → approved → scheduled → published by the scheduler → corrected → withdrawn', async () => {
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Diskominfo Luncurkan Portal Satu Data', unit: f.units.kominfo })
      .expect(201)
    const id = created.body.doc.id
    expect(await publicView(id)).toMatchObject(hidden)

    let res = await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    expect(res.body.doc.workflowStatus).toBe('in_review')
    expect(res.body.availableActions).toEqual([])
    expect(outbox().some((m) => m.to === f.editor.email && m.subject.includes('diajukan'))).toBe(
      true,
    )
    expect(await publicView(id)).toMatchObject(hidden)

    res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'request-changes',
      reason: 'Lengkapi jumlah set data.',
    }).expect(200)
    expect(res.body.doc.workflowStatus).toBe('changes_requested')
    expect(
      outbox().some((m) => m.to === f.writer.email && m.text.includes('Lengkapi jumlah set data.')),
    ).toBe(true)

    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ summary: 'Portal memuat 5.000 set data.' })
      .expect(200)
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    const state = await n.http
      .get(`/api/press-releases/${id}/workflow`)
      .set('Authorization', f.editor.auth)
      .expect(200)
    expect(state.body).toMatchObject({
      state: 'in_review',
      availableActions: ['request-changes', 'approve', 'force-publish'],
    })

    res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'approve',
      expectedUpdatedAt: state.body.updatedAt,
    }).expect(200)
    expect(res.body.doc.workflowStatus).toBe('approved')
    expect(await publicView(id)).toMatchObject(hidden)

    const publishAt = new Date(Date.now() + 2500).toISOString()
    res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'schedule',
      publishAt,
    }).expect(200)
    expect(res.body.doc).toMatchObject({ workflowStatus: 'scheduled', publishAt })
    expect(await publicView(id)).toMatchObject(hidden)

    await waitFor(
      async () =>
        (await n.payload.findByID({ collection: 'press-releases', id })).workflowStatus ===
        'published',
      10_000,
    )
    const published = await n.payload.findByID({ collection: 'press-releases', id })
    const lateMs =
      new Date(published.publishedAt as string).getTime() - new Date(publishAt).getTime()
    expect(lateMs).toBeGreaterThanOrEqual(0)
    expect(lateMs).toBeLessThan(5000)
    expect(await publicView(id)).toMatchObject({
      status: 200,
      title: 'Diskominfo Luncurkan Portal Satu Data',
      inList: true,
      inGql: true,
    })

    // Correction: the edit waits in a revision while the published text stays public.
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ title: 'Diskominfo Luncurkan Portal Satu Data Jawa Timur' })
      .expect(200)
    expect((await publicView(id)).title).toBe('Diskominfo Luncurkan Portal Satu Data')
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    const noNote = await act(n, f.editor.auth, 'press-releases', id, { action: 'publish' }).expect(
      400,
    )
    expect(noNote.body.errors[0].code).toBe('CHANGE_NOTE_REQUIRED')
    res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'publish',
      changeNote: 'Judul dilengkapi nama provinsi.',
    }).expect(200)
    const corrected = await publicView(id)
    expect(corrected.title).toBe('Diskominfo Luncurkan Portal Satu Data Jawa Timur')
    expect(corrected.body.changeNotes.map((c: { note: string }) => c.note)).toEqual([
      'Judul dilengkapi nama provinsi.',
    ])
    expect(corrected.body).not.toHaveProperty('revision')
    expect(corrected.body.slug).toBe('diskominfo-luncurkan-portal-satu-data')

    res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'withdraw',
      reason: 'Peluncuran ditunda.',
    }).expect(200)
    const withdrawn = await publicView(id)
    expect(withdrawn).toMatchObject({ status: 200, inList: false })
    expect(withdrawn.body.withdrawal.reason).toBe('Peluncuran ditunda.')

    const audit = await n.http
      .get(`/api/audit-log?where[documentId][equals]=${id}&sort=at&limit=50`)
      .set('Authorization', f.admin.auth)
      .expect(200)
    const done = audit.body.docs
      .filter((e: { outcome: string }) => e.outcome === 'done')
      .map((e: { action: string; from: string; to: string }) => `${e.action}:${e.from}>${e.to}`)
    expect(done).toEqual([
      'submit:draft>in_review',
      'request-changes:in_review>changes_requested',
      'submit:changes_requested>in_review',
      'approve:in_review>approved',
      'schedule:approved>scheduled',
      'publish:scheduled>published',
      'submit:draft (koreksi)>in_review (koreksi)',
      'approve:in_review (koreksi)>approved (koreksi)',
      'publish:approved (koreksi)>published (koreksi)',
      'withdraw:published>withdrawn',
    ])
    expect(
      audit.body.docs.some(
        (e: { outcome: string; code: string }) =>
          e.outcome === 'refused' && e.code === 'CHANGE_NOTE_REQUIRED',
      ),
    ).toBe(true)
  })

  it('publishes a schedule that fell due while the server was down, once', async () => {
    const created = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Rilis Terjadwal Saat Server Mati', unit: f.units.kominfo })
      .expect(201)
    const id = created.body.doc.id
    await act(n, f.writer.auth, 'press-releases', id, { action: 'submit' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(200)
    await act(n, f.editor.auth, 'press-releases', id, {
      action: 'schedule',
      publishAt: new Date(Date.now() + 1500).toISOString(),
    }).expect(200)
    await n.close()
    await new Promise((r) => setTimeout(r, 2000))
    n = await startNewsroom(db, { databaseUri: n.databaseUri })
    const took = await waitFor(
      async () =>
        (await n.payload.findByID({ collection: 'press-releases', id })).workflowStatus ===
        'published',
      8000,
    )
    expect(took).toBeLessThan(5000)
    await new Promise((r) => setTimeout(r, 1500))
    const entries = await n.payload.find({
      collection: 'audit-log',
      where: {
        and: [
          { documentId: { equals: String(id) } },
          { action: { equals: 'publish' } },
          { outcome: { equals: 'done' } },
        ],
      },
    })
    expect(entries.totalDocs).toBe(1)
  })
})
