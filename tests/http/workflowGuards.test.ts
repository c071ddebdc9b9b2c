import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'
import { act, waitFor, workflowFixture } from '../helpers/workflowFixture.js'

describe.each(DATABASES)('workflow rules over HTTP (%s)', (db) => {
  let n: TestNewsroom
  let f: Awaited<ReturnType<typeof workflowFixture>>

  beforeAll(async () => {
    n = await startNewsroom(db)
    f = await workflowFixture(n)
  })
  afterAll(async () => n?.stop())

  const draftBy = async (
    auth: string,
    unit: string | number,
    title = `Naskah uji ${Math.random().toString(36).slice(2, 8)}`,
  ) =>
    (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', auth)
        .send({ title, unit })
        .expect(201)
    ).body.doc.id
  const inReview = async (auth = f.writer.auth, unit = f.units.kominfo) => {
    const id = await draftBy(auth, unit)
    await act(n, auth, 'press-releases', id, { action: 'submit' }).expect(200)
    return id
  }
  const statusOf = async (id: string | number) =>
    (await n.payload.findByID({ collection: 'press-releases', id })).workflowStatus

  it('keeps four eyes: an editor cannot approve what they wrote or last edited', async () => {
    const own = await inReview(f.editor.auth)
    const refused = await act(n, f.editor.auth, 'press-releases', own, {
      action: 'approve',
    }).expect(403)
    expect(refused.body.errors[0]).toMatchObject({ code: 'FOUR_EYES' })
    expect(refused.body.errors[0].message).toMatch(/redaktur lain/)
    await act(n, f.secondEditor.auth, 'press-releases', own, { action: 'approve' }).expect(200)

    const edited = await inReview()
    await n.http
      .patch(`/api/press-releases/${edited}`)
      .set('Authorization', f.editor.auth)
      .send({ summary: 'Disunting redaktur.' })
      .expect(200)
    await act(n, f.editor.auth, 'press-releases', edited, { action: 'approve' }).expect(403)
    expect(await statusOf(edited)).toBe('in_review')
  })

  it('refuses writers, protocol staff and editors of other units', async () => {
    const id = await inReview()
    for (const [who, code] of [
      [f.writer, 'ROLE_NOT_ALLOWED'],
      [f.protocol, 'ROLE_NOT_ALLOWED'],
      [f.sidoarjoEditor, 'OUTSIDE_UNIT'],
    ] as const) {
      const res = await act(n, who.auth, 'press-releases', id, { action: 'approve' }).expect(403)
      expect(res.body.errors[0].code).toBe(code)
    }
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.otherWriter.auth)
      .send({ summary: 'Dari unit lain' })
      .expect(403)
    const foreign = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.otherWriter.auth)
      .send({ title: 'Menulis untuk unit lain', unit: f.units.kominfo })
    expect(foreign.status).toBe(403)
    const protocolWrite = await n.http
      .post('/api/press-releases')
      .set('Authorization', f.protocol.auth)
      .send({ title: 'Protokol menulis rilis', unit: f.units.kominfo })
    expect(protocolWrite.status).toBe(403)
    await n.http
      .post('/api/agenda')
      .set('Authorization', f.protocol.auth)
      .send({ title: 'Rapat pimpinan', unit: f.units.kominfo, startsAt: new Date().toISOString() })
      .expect(201)
    expect(await statusOf(id)).toBe('in_review')
    const anonymous = await act(n, '', 'press-releases', id, { action: 'approve' })
    expect(anonymous.status).toBe(401)
  })

  it('lets an editor of the parent unit act on a child unit', async () => {
    const id = await inReview()
    const res = await act(n, f.provinceEditor.auth, 'press-releases', id, {
      action: 'approve',
    }).expect(200)
    expect(res.body.availableActions).toEqual(['schedule', 'publish'])
  })

  it('refuses a stale expectedUpdatedAt with 409, and wrong states with 409', async () => {
    const id = await inReview()
    const seen = (
      await n.http.get(`/api/press-releases/${id}/workflow`).set('Authorization', f.editor.auth)
    ).body.updatedAt
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.writer.auth)
      .send({ summary: 'Perubahan lain' })
      .expect(200)
    const stale = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'approve',
      expectedUpdatedAt: seen,
    }).expect(409)
    expect(stale.body.errors[0].code).toBe('STALE_VERSION')
    const wrong = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'withdraw',
      reason: 'x',
    }).expect(409)
    expect(wrong.body.errors[0]).toMatchObject({
      code: 'INVALID_STATE',
      message: 'Naskah berstatus menunggu telaah tidak dapat ditarik.',
    })
    const missing = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'request-changes',
    }).expect(400)
    expect(missing.body.errors[0].code).toBe('REASON_REQUIRED')
  })

  it('force-publishes with a reason and waits for another editor to approve afterwards', async () => {
    const id = await draftBy(f.writer.auth, f.units.kominfo)
    await act(n, f.editor.auth, 'press-releases', id, { action: 'force-publish' }).expect(400)
    const res = await act(n, f.editor.auth, 'press-releases', id, {
      action: 'force-publish',
      reason: 'Klarifikasi hoaks yang beredar.',
    }).expect(200)
    expect(res.body.doc).toMatchObject({
      workflowStatus: 'published',
      needsRetrospectiveApproval: true,
    })
    await act(n, f.editor.auth, 'press-releases', id, { action: 'approve' }).expect(403)
    const later = await act(n, f.secondEditor.auth, 'press-releases', id, {
      action: 'approve',
    }).expect(200)
    expect(later.body.doc.needsRetrospectiveApproval).toBe(false)
  })

  it('cannot publish by PATCH, by GraphQL, by _status, by restoring a version or by duplicating', async () => {
    const id = await inReview()
    const patch = await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.editor.auth)
      .send({ workflowStatus: 'published' })
      .expect(403)
    expect(patch.body.errors[0]).toMatchObject({ code: 'WORKFLOW_FIELD_LOCKED' })
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.editor.auth)
      .send({ publishedAt: new Date().toISOString() })
      .expect(403)
    await n.http
      .post('/api/press-releases')
      .set('Authorization', f.writer.auth)
      .send({ title: 'Langsung terbit?', unit: f.units.kominfo, workflowStatus: 'published' })
      .expect(403)

    const gql = await n.http
      .post('/api/graphql')
      .set('Authorization', f.editor.auth)
      .send({
        query: `mutation { updatePressRelease(id: ${Number(id)}, data: { workflowStatus: published }) { workflowStatus } }`,
      })
    expect(gql.body.errors[0].extensions.code).toBe('WORKFLOW_FIELD_LOCKED')

    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', f.editor.auth)
      .send({ _status: 'published', summary: 'Dengan _status' })
      .expect(200)
    expect(await statusOf(id)).toBe('in_review')

    // A published-then-withdrawn item: restoring the version saved while it was published keeps it withdrawn.
    const pub = await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Rilis yang akan ditarik',
    })
    await act(n, f.editor.auth, 'press-releases', pub.id, {
      action: 'withdraw',
      reason: 'Data keliru.',
    }).expect(200)
    const versions = await n.http
      .get(`/api/press-releases/versions?where[parent][equals]=${pub.id}&sort=createdAt`)
      .set('Authorization', f.editor.auth)
      .expect(200)
    const publishedVersion = versions.body.docs.find(
      (v: { version: { workflowStatus: string } }) => v.version.workflowStatus === 'published',
    )
    expect(publishedVersion).toBeDefined()
    await n.http
      .post(`/api/press-releases/versions/${publishedVersion.id}`)
      .set('Authorization', f.editor.auth)
    expect(await statusOf(pub.id)).toBe('withdrawn')

    const dup = await n.http
      .post(`/api/press-releases/${pub.id}/duplicate`)
      .set('Authorization', f.editor.auth)
      .send({})
      .expect(200)
    const copy = await n.payload.findByID({ collection: 'press-releases', id: dup.body.doc.id })
    expect({
      state: copy.workflowStatus,
      publishedAt: copy.publishedAt ?? null,
      withdrawal: copy.withdrawal?.reason ?? null,
    }).toEqual({ state: 'draft', publishedAt: null, withdrawal: null })
    expect(await statusOf(id)).toBe('in_review')

    const refusals = await n.payload.find({
      collection: 'audit-log',
      where: { code: { equals: 'WORKFLOW_FIELD_LOCKED' } },
    })
    expect(refusals.totalDocs).toBeGreaterThanOrEqual(4)
  })

  it('keeps embargoed items from every public path until the embargo passes, then shows them with no action', async () => {
    const embargoUntil = new Date(Date.now() + 3000).toISOString()
    const item = await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: f.units.kominfo,
      title: 'Nota Keuangan RAPBD Embargo',
      embargoUntil,
    })
    const paths = async () => ({
      list: (await n.http.get('/api/press-releases?limit=100')).body.docs.some(
        (d: { id: unknown }) => d.id === item.id,
      ),
      byId: (await n.http.get(`/api/press-releases/${item.id}`)).status,
      bySlug: (await n.http.get(`/api/press-releases?where[slug][equals]=${item.slug}`)).body.docs
        .length,
      count: (await n.http.get(`/api/press-releases/count?where[slug][equals]=${item.slug}`)).body
        .totalDocs,
      gql: (
        await n.http.post('/api/graphql').send({
          query: `{ PressReleases(where: { slug: { equals: "${item.slug}" } }) { totalDocs } }`,
        })
      ).body.data.PressReleases.totalDocs,
      versions: (await n.http.get(`/api/press-releases/versions?where[parent][equals]=${item.id}`))
        .status,
      versionById: (await n.http.get(`/api/press-releases/versions/${item.id}`)).status,
    })
    expect(await paths()).toEqual({
      list: false,
      byId: 404,
      bySlug: 0,
      count: 0,
      gql: 0,
      versions: 403,
      versionById: 403,
    })
    await waitFor(async () => Date.now() > new Date(embargoUntil).getTime(), 5000)
    expect(await paths()).toEqual({
      list: true,
      byId: 200,
      bySlug: 1,
      count: 1,
      gql: 1,
      versions: 403,
      versionById: 403,
    })
  })

  it('keeps the audit log append-only through every API', async () => {
    const entries = await n.http
      .get('/api/audit-log?limit=1')
      .set('Authorization', f.admin.auth)
      .expect(200)
    const entry = entries.body.docs[0]
    await n.http
      .post('/api/audit-log')
      .set('Authorization', f.admin.auth)
      .send({
        action: 'palsu',
        outcome: 'done',
        targetCollection: 'x',
        documentId: '1',
        at: new Date().toISOString(),
      })
      .expect(403)
    await n.http
      .patch(`/api/audit-log/${entry.id}`)
      .set('Authorization', f.admin.auth)
      .send({ reason: 'diubah' })
      .expect(403)
    await n.http.delete(`/api/audit-log/${entry.id}`).set('Authorization', f.admin.auth).expect(403)
    const gql = await n.http
      .post('/api/graphql')
      .set('Authorization', f.admin.auth)
      .send({ query: `mutation { deleteAuditLog(id: ${Number(entry.id)}) { id } }` })
    expect(gql.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    // Writers read what was done (an item's history), never the refused attempts editors see.
    const refused = await n.http
      .get('/api/audit-log?where[outcome][equals]=refused&limit=1')
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(refused.body.totalDocs).toBeGreaterThan(0)
    const asWriter = await n.http
      .get('/api/audit-log?limit=100')
      .set('Authorization', f.writer.auth)
      .expect(200)
    expect(asWriter.body.totalDocs).toBeGreaterThan(0)
    expect(asWriter.body.docs.every((d: { outcome: string }) => d.outcome === 'done')).toBe(true)
    const writerRefused = await n.http
      .get('/api/audit-log?where[outcome][equals]=refused')
      .set('Authorization', f.writer.auth)
      .expect(200)
    expect(writerRefused.body.totalDocs).toBe(0)
    await n.http.get('/api/audit-log').expect(403)
    const still = await n.http
      .get(`/api/audit-log/${entry.id}`)
      .set('Authorization', f.admin.auth)
      .expect(200)
    expect(still.body.reason ?? null).toEqual(entry.reason ?? null)
  })

  it('offers the same transitions through GraphQL', async () => {
    const id = await inReview()
    const res = await n.http
      .post('/api/graphql')
      .set('Authorization', f.editor.auth)
      .send({
        query: `mutation { workflowTransition(collection: PressRelease, id: "${id}", action: "approve") { workflowStatus availableActions } }`,
      })
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.workflowTransition).toEqual({
      workflowStatus: 'approved',
      availableActions: ['schedule', 'publish'],
    })
    const refused = await n.http
      .post('/api/graphql')
      .set('Authorization', f.writer.auth)
      .send({
        query: `mutation { workflowTransition(collection: PressRelease, id: "${id}", action: "publish") { workflowStatus } }`,
      })
    expect(refused.body.errors[0].extensions.code).toBe('ROLE_NOT_ALLOWED')
    const state = await n.http
      .post('/api/graphql')
      .set('Authorization', f.writer.auth)
      .send({
        query: `{ workflowState(collection: PressRelease, id: "${id}") { workflowStatus availableActions } }`,
      })
    expect(state.body.data.workflowState).toEqual({
      workflowStatus: 'approved',
      availableActions: [],
    })
  })
})
