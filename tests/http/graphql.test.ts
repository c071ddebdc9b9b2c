import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

describe.each(DATABASES)('GraphQL at /api/graphql (%s)', (db) => {
  let n: TestNewsroom
  let editor: { auth: string }
  let unitId: string | number

  beforeAll(async () => {
    n = await startNewsroom(db)
    unitId = (await makeUnit(n.payload, 'Dinas Kesehatan Uji')).id
    editor = await n.staff('editor', unitId)
  })
  afterAll(async () => n?.stop())

  const gql = (query: string, variables: Record<string, unknown> = {}, auth?: string) => {
    const req = n.http.post('/api/graphql').send({ query, variables })
    return auth ? req.set('Authorization', auth) : req
  }

  it('creates a press release by mutation and reads it back by query', async () => {
    const created = await gql(
      'mutation($data: mutationPressReleaseInput!) { createPressRelease(data: $data) { id title slug workflowStatus } }',
      { data: { title: 'Imunisasi Kejar Sasar 15.000 Anak', unit: Number(unitId) } },
      editor.auth,
    ).expect(200)
    expect(created.body.errors).toBeUndefined()
    const doc = created.body.data.createPressRelease
    expect(doc).toMatchObject({
      title: 'Imunisasi Kejar Sasar 15.000 Anak',
      slug: 'imunisasi-kejar-sasar-15000-anak',
      workflowStatus: 'draft',
    })

    const read = await gql(
      'query($id: Int!) { PressRelease(id: $id) { title unit { name } } }',
      { id: Number(doc.id) },
      editor.auth,
    )
    expect(read.body.errors).toBeUndefined()
    expect(read.body.data.PressRelease).toEqual({
      title: 'Imunisasi Kejar Sasar 15.000 Anak',
      unit: { name: 'Dinas Kesehatan Uji' },
    })
  })

  it('refuses a mutation from an anonymous caller with a coded error', async () => {
    const res = await gql(
      'mutation { createTopic(data: { name: "Liar", kind: category }) { id } }',
    ).expect(200)
    expect(res.body.data.createTopic).toBeNull()
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN')
    const count = await n.payload.count({
      collection: 'topics',
      where: { name: { equals: 'Liar' } },
    })
    expect(count.totalDocs).toBe(0)
  })

  it('answers a malformed query with a 400 and no stack trace', async () => {
    const res = await gql('{ PressReleases { docs { title }')
      .set('Accept', 'application/graphql-response+json')
      .expect(400)
    expect(res.body.errors[0].message).toMatch(/Syntax Error/)
    expect(JSON.stringify(res.body)).not.toMatch(/stack|at .*\.js/)
  })

  it('refuses to write workflowStatus through a mutation', async () => {
    const res = await gql(
      'mutation($data: mutationPressReleaseInput!) { createPressRelease(data: $data) { id workflowStatus } }',
      {
        data: {
          title: 'Mencoba terbit lewat GraphQL',
          unit: Number(unitId),
          workflowStatus: 'published',
        },
      },
      editor.auth,
    )
    const status = res.body.data?.createPressRelease?.workflowStatus
    expect(status === undefined || status === 'draft').toBe(true)
    const found = await n.payload.find({
      collection: 'press-releases',
      where: { title: { equals: 'Mencoba terbit lewat GraphQL' } },
    })
    for (const doc of found.docs) expect(doc.workflowStatus).toBe('draft')
  })
})
