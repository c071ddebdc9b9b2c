import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

/**
 * GraphQL shapes that only serve to load the server or map it: deep nesting, alias batches, huge
 * pages multiplied by fields, and introspection by callers who are not staff.
 */
describe.each(DATABASES)('GraphQL limits (%s)', (db) => {
  let n: TestNewsroom
  let editor: { auth: string }
  let portal: string

  beforeAll(async () => {
    n = await startNewsroom(db)
    const unit = (await makeUnit(n.payload, 'Diskominfo Uji')).id
    editor = await n.staff('editor', unit)
    const admin = await n.staff('admin')
    for (let i = 0; i < 3; i++)
      await makeItem(n.payload, 'press-releases', { unit, state: 'published' })
    const client = await n.http
      .post('/api/portal-clients')
      .set('Authorization', admin.auth)
      .send({ name: 'Portal Uji', units: [unit] })
      .expect(201)
    const rotated = await n.http
      .post(`/api/portal-clients/${client.body.doc.id}/rotate-key`)
      .set('Authorization', admin.auth)
      .expect(200)
    portal = `portal-clients API-Key ${rotated.body.apiKey}`
  })
  afterAll(async () => n?.stop())

  const gql = (query: string, auth?: string, variables: Record<string, unknown> = {}) => {
    const req = n.http.post('/api/graphql').send({ query, variables })
    return auth ? req.set('Authorization', auth) : req
  }
  const codeOf = (res: { body: { errors?: { extensions?: { code?: string } }[] } }) =>
    res.body.errors?.[0]?.extensions?.code
  const fields = 'title slug summary datelineCity language syndicated createdAt updatedAt'

  it('answers an ordinary portal query', async () => {
    const res = await gql(
      `{ PressReleases(limit: 100) { docs { ${fields} unit { name parent { name } } topics { name } } totalDocs } }`,
      portal,
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.PressReleases.totalDocs).toBe(3)
  })

  it('refuses a query nested deeper than the limit', async () => {
    const deep =
      '{ PressReleases { docs { unit { parent { parent { parent { parent { parent { parent { name } } } } } } } } } }'
    for (const auth of [undefined, editor.auth]) {
      const res = await gql(deep, auth)
      expect(codeOf(res)).toBe('GRAPHQL_TOO_DEEP')
      expect(res.body.errors[0].message).toMatch(/terlalu dalam/)
      expect(res.body.data).toBeUndefined()
    }
    // The same depth through fragments is the same depth.
    const viaFragments =
      '{ PressReleases { docs { unit { ...A } } } } fragment A on Unit { parent { ...B } } fragment B on Unit { parent { parent { parent { parent { name } } } } }'
    expect(codeOf(await gql(viaFragments))).toBe('GRAPHQL_TOO_DEEP')
  })

  it('refuses 300 aliased list queries in one request, and more than 20 aliases of anything', async () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) => `a${i}: Topics { docs { name } }`).join(' ')
    expect(
      codeOf(
        await gql(
          `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: PressReleases(limit: 100) { docs { title } }`).join(' ')} }`,
        ),
      ),
    ).toBe('GRAPHQL_TOO_MANY_ALIASES')
    expect(codeOf(await gql(`{ ${many(21)} }`, editor.auth))).toBe('GRAPHQL_TOO_MANY_ALIASES')
    expect((await gql(`{ ${many(5)} }`)).body.errors).toBeUndefined()
  })

  it('refuses a request whose pages times fields exceed the cost budget, page sizes from variables included', async () => {
    const heavy = Array.from(
      { length: 8 },
      (_, i) => `p${i}: PressReleases(limit: 100) { docs { ${fields} } }`,
    ).join(' ')
    const res = await gql(`{ ${heavy} }`, portal)
    expect(codeOf(res)).toBe('GRAPHQL_TOO_COMPLEX')
    expect(res.body.errors[0].message).toMatch(/terlalu berat/)
    const viaVariables = await gql(
      `query($l: Int) { ${heavy.replaceAll('limit: 100', 'limit: $l')} }`,
      portal,
      { l: 100 },
    )
    expect(codeOf(viaVariables)).toBe('GRAPHQL_TOO_COMPLEX')
    const unlimited = await gql(`{ ${heavy.replaceAll('limit: 100', 'limit: 0')} }`, portal)
    expect(codeOf(unlimited)).toBe('GRAPHQL_TOO_COMPLEX')
    expect(
      (
        await gql(`query($l: Int) { ${heavy.replaceAll('limit: 100', 'limit: $l')} }`, portal, {
          l: 5,
        })
      ).body.errors,
    ).toBeUndefined()
  })

  it('shows the schema to staff only', async () => {
    const introspection = [
      '{ __schema { types { name } } }',
      '{ __type(name: "User") { fields { name } } }',
      '{ PressReleases { docs { title } } meta: __schema { queryType { name } } }',
    ]
    for (const [who, auth] of [
      ['anonymous', undefined],
      ['portal', portal],
    ] as const) {
      for (const query of introspection) {
        const res = await gql(query, auth)
        expect([who, codeOf(res)]).toEqual([who, 'GRAPHQL_INTROSPECTION_DISABLED'])
        expect(JSON.stringify(res.body)).not.toMatch(/"User"|internalNotes/)
      }
    }
    const staff = await gql('{ __schema { types { name } } }', editor.auth)
    expect(staff.body.errors).toBeUndefined()
    expect(staff.body.data.__schema.types.map((t: { name: string }) => t.name)).toContain('User')
    // __typename is not introspection: clients use it to tell results apart.
    expect(
      (await gql('{ PressReleases { __typename docs { title } } }')).body.errors,
    ).toBeUndefined()
  })
})
