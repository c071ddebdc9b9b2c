import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

type Staff = Awaited<ReturnType<TestNewsroom['staff']>>

/**
 * Mass assignment: a logged-in colleague sends fields the form would never let them change (the unit
 * an item or an account belongs to, authorship stamps, roles) or asks Payload to copy what they may
 * not write. Every attempt is refused with a code and changes nothing.
 */
describe.each(DATABASES)('mass assignment by insiders (%s)', (db) => {
  let n: TestNewsroom
  let province: string | number
  let kominfo: string | number
  let dinkes: string | number
  let sidoarjo: string | number
  let writer: Staff
  let editor: Staff
  let provinceEditor: Staff
  let protocol: Staff

  beforeAll(async () => {
    n = await startNewsroom(db)
    province = (await makeUnit(n.payload, 'Pemprov Uji')).id
    kominfo = (await makeUnit(n.payload, 'Diskominfo Uji', province)).id
    dinkes = (await makeUnit(n.payload, 'Dinkes Uji', province)).id
    sidoarjo = (await makeUnit(n.payload, 'Kabupaten Sidoarjo Uji')).id
    writer = await n.staff('writer', kominfo)
    editor = await n.staff('editor', kominfo)
    provinceEditor = await n.staff('editor', province)
    protocol = await n.staff('protocol', kominfo)
  })
  afterAll(async () => n?.stop())

  const unitOf = async (
    collection: 'press-releases' | 'event-coverage' | 'agenda',
    id: string | number,
  ) => String((await n.payload.findByID({ collection, id, depth: 0 })).unit)
  const draftOf = async (who: Staff, unit = kominfo) =>
    (
      await n.http
        .post('/api/press-releases')
        .set('Authorization', who.auth)
        .send({ title: `Draf ${Math.random().toString(36).slice(2, 8)}`, unit })
        .expect(201)
    ).body.doc.id
  const gql = (auth: string, query: string, variables: Record<string, unknown> = {}) =>
    n.http.post('/api/graphql').set('Authorization', auth).send({ query, variables })

  it('refuses a writer moving their own draft into another unit, by REST, bulk REST and GraphQL', async () => {
    const id = await draftOf(writer)
    for (const target of [sidoarjo, dinkes]) {
      const res = await n.http
        .patch(`/api/press-releases/${id}`)
        .set('Authorization', writer.auth)
        .send({ unit: target })
        .expect(403)
      expect(res.body.errors[0].code).toBe('FORBIDDEN')
    }
    const bulk = await n.http
      .patch(`/api/press-releases?where[id][equals]=${id}`)
      .set('Authorization', writer.auth)
      .send({ unit: sidoarjo })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const viaGraphQL = await gql(
      writer.auth,
      'mutation($id: Int!, $unit: Int!) { updatePressRelease(id: $id, data: { unit: $unit }) { id } }',
      { id: Number(id), unit: Number(sidoarjo) },
    )
    expect(viaGraphQL.body.errors[0].extensions.code).toBe('FORBIDDEN')
    expect(await unitOf('press-releases', id)).toBe(String(kominfo))
    // The same writer still edits the draft within the unit.
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', writer.auth)
      .send({ summary: 'Ringkasan.', unit: kominfo })
      .expect(200)
  })

  it('lets an editor move items only between units they keep', async () => {
    const id = await draftOf(provinceEditor, kominfo)
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', provinceEditor.auth)
      .send({ unit: dinkes })
      .expect(200)
    expect(await unitOf('press-releases', id)).toBe(String(dinkes))
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', provinceEditor.auth)
      .send({ unit: sidoarjo })
      .expect(403)
    const coverage = await makeItem(n.payload, 'event-coverage', { unit: kominfo })
    await n.http
      .patch(`/api/event-coverage/${coverage.id}`)
      .set('Authorization', editor.auth)
      .send({ unit: province })
      .expect(403)
    expect(await unitOf('event-coverage', coverage.id)).toBe(String(kominfo))
  })

  it('refuses protocol staff moving an agenda item out of their units', async () => {
    const created = await n.http
      .post('/api/agenda')
      .set('Authorization', protocol.auth)
      .send({ title: 'Rapat koordinasi', unit: kominfo, startsAt: '2026-12-01T02:00:00.000Z' })
      .expect(201)
    const id = created.body.doc.id
    const res = await n.http
      .patch(`/api/agenda/${id}`)
      .set('Authorization', protocol.auth)
      .send({ unit: sidoarjo })
      .expect(403)
    expect(res.body.errors[0].code).toBe('FORBIDDEN')
    expect(await unitOf('agenda', id)).toBe(String(kominfo))
  })

  it('lets a duplicate land only in a unit where its author may create, by REST and GraphQL', async () => {
    const foreign = await makeItem(n.payload, 'press-releases', {
      unit: sidoarjo,
      title: 'Naskah Sidoarjo',
    })
    const before = (await n.payload.count({ collection: 'press-releases' })).totalDocs
    const refused = await n.http
      .post(`/api/press-releases/${foreign.id}/duplicate`)
      .set('Authorization', writer.auth)
      .send({})
      .expect(403)
    expect(refused.body.errors[0].code).toBe('FORBIDDEN')
    // Naming the own unit does not launder another unit's item either way: the copy lands where it says.
    await n.http
      .post(`/api/press-releases/${foreign.id}/duplicate`)
      .set('Authorization', writer.auth)
      .send({ unit: sidoarjo })
      .expect(403)
    const viaGraphQL = await gql(
      writer.auth,
      `mutation { duplicatePressRelease(id: ${Number(foreign.id)}, data: { title: "Salinan" }) { id } }`,
    )
    expect(viaGraphQL.body.errors[0].extensions.code).toBe('FORBIDDEN')
    expect((await n.payload.count({ collection: 'press-releases' })).totalDocs).toBe(before)

    const own = await draftOf(writer)
    const copy = await n.http
      .post(`/api/press-releases/${own}/duplicate`)
      .set('Authorization', writer.auth)
      .send({})
      .expect(200)
    expect(await unitOf('press-releases', copy.body.doc.id)).toBe(String(kominfo))

    const agendaItem = await n.payload.create({
      collection: 'agenda',
      data: {
        title: 'Agenda Sidoarjo',
        unit: sidoarjo,
        startsAt: '2026-12-01T02:00:00.000Z',
      } as never,
    })
    const agendaBefore = (await n.payload.count({ collection: 'agenda' })).totalDocs
    await n.http
      .post(`/api/agenda/${agendaItem.id}/duplicate`)
      .set('Authorization', protocol.auth)
      .send({})
      .expect(403)
    expect((await n.payload.count({ collection: 'agenda' })).totalDocs).toBe(agendaBefore)
  })

  it('refuses writes to authorship stamps', async () => {
    const id = await draftOf(writer)
    for (const field of ['createdBy', 'lastEditedBy']) {
      const res = await n.http
        .patch(`/api/press-releases/${id}`)
        .set('Authorization', writer.auth)
        .send({ [field]: editor.id })
        .expect(403)
      expect(res.body.errors[0].code).toBe('AUTHOR_STAMP_LOCKED')
    }
    const stored = await n.payload.findByID({ collection: 'press-releases', id, depth: 0 })
    expect(String(stored.createdBy)).toBe(String(writer.id))
    expect(String(stored.lastEditedBy)).toBe(String(writer.id))
  })

  it('refuses role and unit changes to accounts by anyone but an admin, their own included', async () => {
    const attempts: [Staff, Staff, Record<string, unknown>][] = [
      [editor, writer, { role: 'admin' }],
      [editor, writer, { unit: sidoarjo }],
      [writer, writer, { role: 'editor' }],
      [writer, writer, { unit: sidoarjo }],
      [provinceEditor, provinceEditor, { role: 'admin', unit: null }],
    ]
    for (const [actor, target, data] of attempts) {
      const res = await n.http
        .patch(`/api/users/${target.id}`)
        .set('Authorization', actor.auth)
        .send(data)
        .expect(403)
      expect(res.body.errors[0].code).toBe('FORBIDDEN')
    }
    const viaGraphQL = await gql(
      writer.auth,
      `mutation { updateUser(id: ${Number(writer.id)}, data: { role: admin }) { role } }`,
    )
    expect(viaGraphQL.body.errors[0].extensions.code).toBe('FORBIDDEN')
    const stored = await n.payload.findByID({ collection: 'users', id: writer.id, depth: 0 })
    expect(stored).toMatchObject({ role: 'writer', unit: kominfo })
    // Their own name stays theirs to edit, even when the form sends role and unit back unchanged.
    await n.http
      .patch(`/api/users/${writer.id}`)
      .set('Authorization', writer.auth)
      .send({ name: 'Penulis Baru', role: 'writer', unit: kominfo })
      .expect(200)
  })

  it('keeps protocol staff from writing news', async () => {
    await n.http
      .post('/api/press-releases')
      .set('Authorization', protocol.auth)
      .send({ title: 'Rilis protokol', unit: kominfo })
      .expect(403)
    const id = await draftOf(writer)
    await n.http
      .patch(`/api/press-releases/${id}`)
      .set('Authorization', protocol.auth)
      .send({ title: 'Diubah protokol' })
      .expect(403)
    expect(
      (
        await n.payload.count({
          collection: 'press-releases',
          where: { title: { in: ['Rilis protokol', 'Diubah protokol'] } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
