import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

const PASSWORD = 'Sandi-Uji-12345'
const WEBHOOK_SECRET = 'rahasia-webhook-3f9a1c7e5b'

/** The session id inside a JWT: half of what it takes to ride on someone's login. */
const sidOf = (token: string): string =>
  JSON.parse(Buffer.from(token.replace(/^JWT /, '').split('.')[1], 'base64url').toString('utf8'))
    .sid

/**
 * Secrets the server keeps (login sessions, password-reset tokens, portal API keys, webhook secrets)
 * never appear in any response a colleague, the owner or a portal can obtain: REST, GraphQL, versions,
 * login, me and refresh. A new portal key is shown once, by rotate-key, and never again.
 */
describe.each(DATABASES)('secrets never leave the server (%s)', (db) => {
  let n: TestNewsroom
  let unit: string | number
  let writer: Awaited<ReturnType<TestNewsroom['staff']>>
  let admin: Awaited<ReturnType<TestNewsroom['staff']>>
  let portalKey: string
  let portalId: string | number
  const secrets: string[] = [WEBHOOK_SECRET]

  beforeAll(async () => {
    n = await startNewsroom(db)
    unit = (await makeUnit(n.payload, 'Diskominfo Uji')).id
    writer = await n.staff('writer', unit)
    admin = await n.staff('admin')
    secrets.push(sidOf(writer.auth), sidOf(admin.auth))
    const created = await n.http
      .post('/api/portal-clients')
      .set('Authorization', admin.auth)
      .send({
        name: 'Portal Uji',
        units: [unit],
        webhookUrl: 'http://127.0.0.1:9/kait',
        webhookSecret: WEBHOOK_SECRET,
      })
      .expect(201)
    expect(JSON.stringify(created.body)).not.toContain(WEBHOOK_SECRET)
    portalId = created.body.doc.id
    const rotated = await n.http
      .post(`/api/portal-clients/${portalId}/rotate-key`)
      .set('Authorization', admin.auth)
      .expect(200)
    portalKey = rotated.body.apiKey
    expect(portalKey).toEqual(expect.any(String))
    secrets.push(portalKey)
    // A pending password reset for the writer.
    await n.http.post('/api/users/forgot-password').send({ email: writer.email }).expect(200)
    const stored = (await n.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: writer.id } },
    })) as unknown as { resetPasswordToken?: string }
    expect(stored.resetPasswordToken).toEqual(expect.any(String))
    secrets.push(stored.resetPasswordToken as string)
    await n.http
      .post('/api/press-releases')
      .set('Authorization', writer.auth)
      .send({ title: 'Draf dengan penulis', unit })
      .expect(201)
  })
  afterAll(async () => n?.stop())

  const expectNoSecret = (label: string, body: unknown) => {
    const text = JSON.stringify(body)
    for (const secret of secrets) expect([label, text.includes(secret)]).toEqual([label, false])
    expect([label, /"sessions":\[\{/.test(text)]).toEqual([label, false])
  }
  const gql = (query: string, auth: string) =>
    n.http.post('/api/graphql').set('Authorization', auth).send({ query })

  it('keeps sessions and reset tokens out of user lists, documents, me, login and refresh', async () => {
    for (const auth of [writer.auth, admin.auth]) {
      expectNoSecret(
        'users list',
        (await n.http.get('/api/users?depth=1').set('Authorization', auth).expect(200)).body,
      )
      expectNoSecret(
        'own user',
        (await n.http.get(`/api/users/${writer.id}`).set('Authorization', auth).expect(200)).body,
      )
      expectNoSecret(
        'me',
        (await n.http.get('/api/users/me').set('Authorization', auth).expect(200)).body,
      )
    }
    const login = await n.http
      .post('/api/users/login')
      .send({ email: admin.email, password: PASSWORD })
      .expect(200)
    secrets.push(sidOf(login.body.token))
    expectNoSecret('login', login.body)
    expectNoSecret(
      'refresh',
      (
        await n.http
          .post('/api/users/refresh-token')
          .set('Authorization', `JWT ${login.body.token}`)
          .expect(200)
      ).body,
    )
  })

  it('keeps them out of items with populated authors and out of versions', async () => {
    expectNoSecret(
      'items',
      (
        await n.http
          .get('/api/press-releases?depth=2')
          .set('Authorization', writer.auth)
          .expect(200)
      ).body,
    )
    expectNoSecret(
      'versions',
      (
        await n.http
          .get('/api/press-releases/versions?depth=2')
          .set('Authorization', admin.auth)
          .expect(200)
      ).body,
    )
  })

  it('keeps them out of GraphQL, whatever fields are asked for', async () => {
    for (const auth of [writer.auth, admin.auth]) {
      expectNoSecret(
        'gql users',
        (await gql('{ Users { docs { id email sessions { id expiresAt } } } }', auth)).body,
      )
      expectNoSecret(
        'gql me',
        (await gql('{ meUser { user { email sessions { id } } } }', auth)).body,
      )
      expectNoSecret(
        'gql reset token',
        (await gql('{ Users { docs { resetPasswordToken } } }', auth)).body,
      )
      expectNoSecret(
        'gql authors',
        (await gql('{ PressReleases { docs { createdBy { email sessions { id } } } } }', auth))
          .body,
      )
    }
    const login = await n.http.post('/api/graphql').send({
      query: `mutation { loginUser(email: "${admin.email}", password: "${PASSWORD}") { token user { email sessions { id } } } }`,
    })
    secrets.push(sidOf(login.body.data.loginUser.token))
    expectNoSecret('gql login', {
      ...login.body,
      data: { loginUser: { ...login.body.data.loginUser, token: undefined } },
    })
  })

  it('never shows a portal key or webhook secret again, to admins or to the portal itself', async () => {
    expectNoSecret(
      'portal list',
      (await n.http.get('/api/portal-clients').set('Authorization', admin.auth).expect(200)).body,
    )
    const one = await n.http
      .get(`/api/portal-clients/${portalId}`)
      .set('Authorization', admin.auth)
      .expect(200)
    expectNoSecret('portal doc', one.body)
    expect(one.body.webhookSecretSet).toBe(true)
    const patched = await n.http
      .patch(`/api/portal-clients/${portalId}`)
      .set('Authorization', admin.auth)
      .send({ name: 'Portal Uji Baru' })
      .expect(200)
    expectNoSecret('portal update', patched.body)
    expectNoSecret(
      'gql portal',
      (await gql('{ PortalClients { docs { name apiKey webhookSecret } } }', admin.auth)).body,
    )
    expectNoSecret(
      'portal me',
      (
        await n.http
          .get('/api/portal-clients/me')
          .set('Authorization', `portal-clients API-Key ${portalKey}`)
      ).body,
    )
    expectNoSecret(
      'gql portal me',
      (
        await gql(
          '{ mePortalClient { user { name apiKey webhookSecret } } }',
          `portal-clients API-Key ${portalKey}`,
        )
      ).body,
    )
  })
})
