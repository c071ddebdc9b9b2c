import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

const PASSWORD = 'Sandi-Uji-12345'

/**
 * Credential attacks: unlocking a colleague's locked account, guessing passwords through whichever
 * door is still open (REST, GraphQL, aliased batches), and pretending to be many clients with a
 * forged X-Forwarded-For. Windows are 15 minutes, so no test depends on timing.
 */
describe.each(DATABASES)('credential flows (%s)', (db) => {
  let n: TestNewsroom
  let unit: string | number
  let accounts = 0

  const account = async (newsroom: TestNewsroom) => {
    const email = `akun${++accounts}-${Date.now()}@uji.test`
    const user = await newsroom.payload.create({
      collection: 'users',
      data: { email, password: PASSWORD, name: 'Akun Uji', role: 'writer', unit } as never,
    })
    return { id: user.id, email }
  }
  const stored = async (newsroom: TestNewsroom, id: string | number) =>
    (await newsroom.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: id } },
    })) as unknown as {
      loginAttempts?: number
      lockUntil?: string | null
      resetPasswordToken?: string | null
    }
  const login = (newsroom: TestNewsroom, email: string, password = 'salah-tebak') =>
    newsroom.http.post('/api/users/login').send({ email, password })
  const gql = (newsroom: TestNewsroom, query: string, variables: Record<string, unknown> = {}) =>
    newsroom.http.post('/api/graphql').send({ query, variables })
  const expectThrottled = (res: {
    status: number
    body: { errors?: { code: string; message: string }[] }
  }) => {
    expect(res.status).toBe(429)
    expect(res.body.errors?.[0]).toMatchObject({
      code: 'TOO_MANY_LOGIN_ATTEMPTS',
      message: expect.stringMatching(/Terlalu banyak percobaan/),
    })
  }

  describe('per account', () => {
    beforeAll(async () => {
      n = await startNewsroom(db, { credentialLimits: { perAccount: 3, perAddress: 10_000 } })
      unit = (await makeUnit(n.payload, 'Diskominfo Uji')).id
    })
    afterAll(async () => n?.stop())

    it('lets only an admin unlock a locked account, by REST and by GraphQL', async () => {
      const writer = await n.staff('writer', unit)
      const admin = await n.staff('admin')
      const victim = await account(n)
      const lockUntil = new Date(Date.now() + 60 * 60_000).toISOString()
      await n.payload.db.updateOne({
        collection: 'users',
        id: victim.id,
        data: { loginAttempts: 5, lockUntil },
      })
      expect((await login(n, victim.email, PASSWORD)).status).toBe(401)

      const rest = await n.http
        .post('/api/users/unlock')
        .set('Authorization', writer.auth)
        .send({ email: victim.email })
        .expect(403)
      expect(rest.body.errors[0].code).toBe('FORBIDDEN')
      const viaGraphQL = await gql(n, `mutation { unlockUser(email: "${victim.email}") }`).set(
        'Authorization',
        writer.auth,
      )
      expect(viaGraphQL.body.errors[0].extensions.code).toBe('FORBIDDEN')
      expect(new Date(String((await stored(n, victim.id)).lockUntil)).getTime()).toBe(
        new Date(lockUntil).getTime(),
      )

      await n.http
        .post('/api/users/unlock')
        .set('Authorization', admin.auth)
        .send({ email: victim.email })
        .expect(200)
      expect((await stored(n, victim.id)).lockUntil ?? null).toBeNull()
      await login(n, victim.email, PASSWORD).expect(200)
    })

    it('stops guessing one account on every door once REST answered 429, the right password included', async () => {
      const target = await account(n)
      for (let i = 0; i < 3; i++) expect((await login(n, target.email)).status).toBe(401)
      expectThrottled(await login(n, target.email))
      expectThrottled(await login(n, target.email.toUpperCase(), PASSWORD))
      expectThrottled(
        await gql(
          n,
          'mutation($e: String!, $p: String!) { loginUser(email: $e, password: $p) { token } }',
          { e: target.email, p: PASSWORD },
        ),
      )
      expectThrottled(await gql(n, `mutation { forgotPasswordUser(email: "${target.email}") }`))
      expectThrottled(await n.http.post('/api/users/forgot-password').send({ email: target.email }))
      const after = await stored(n, target.id)
      expect(after.loginAttempts).toBe(3)
      expect(after.resetPasswordToken ?? null).toBeNull()
      // Other accounts from the same address are not locked out by someone else's guessing.
      const colleague = await account(n)
      await login(n, colleague.email, PASSWORD).expect(200)
    })

    it('counts every aliased loginUser of one GraphQL request, and refuses the whole batch', async () => {
      const target = await account(n)
      const batch = Array.from(
        { length: 50 },
        (_, i) => `a${i}: loginUser(email: "${target.email}", password: "tebakan-${i}") { token }`,
      ).join('\n')
      expectThrottled(await gql(n, `mutation { ${batch} }`))
      expect((await stored(n, target.id)).loginAttempts ?? 0).toBe(0)

      const viaFragment = await account(n)
      const fragment = `mutation { ...Tebak } fragment Tebak on Mutation { ${[1, 2, 3, 4].map((i) => `t${i}: loginUser(email: "${viaFragment.email}", password: "x${i}") { token }`).join(' ')} }`
      expectThrottled(await gql(n, fragment))
      expect((await stored(n, viaFragment.id)).loginAttempts ?? 0).toBe(0)
    })
  })

  describe('per client address', () => {
    let m: TestNewsroom
    beforeAll(async () => {
      m = await startNewsroom(db, { credentialLimits: { perAccount: 10_000, perAddress: 6 } })
      unit = (await makeUnit(m.payload, 'Dinkes Uji')).id
    })
    afterAll(async () => m?.stop())

    it('limits one address over many accounts and every credential path, and ignores X-Forwarded-For without trust', async () => {
      const spray = await account(m)
      const statuses: number[] = []
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await login(m, `tidak-ada-${i}@uji.test`).set('X-Forwarded-For', `203.0.113.${i + 1}`))
            .status,
        )
      statuses.push(
        (
          await m.http
            .post('/api/users/forgot-password')
            .set('X-Forwarded-For', '203.0.113.50')
            .send({ email: spray.email })
        ).status,
      )
      statuses.push(
        (
          await m.http
            .post('/api/users/reset-password')
            .set('X-Forwarded-For', '203.0.113.51')
            .send({ token: 'palsu', password: 'Baru-12345678' })
        ).status,
      )
      statuses.push(
        (
          await m.http
            .post('/api/users/verify/token-palsu')
            .set('X-Forwarded-For', '203.0.113.52')
            .send({})
        ).status,
      )
      expect(statuses.every((s) => s !== 429)).toBe(true)
      for (let i = 0; i < 3; i++)
        expectThrottled(
          await login(m, spray.email, PASSWORD).set('X-Forwarded-For', `198.51.100.${i + 1}`),
        )
      expectThrottled(
        await gql(
          m,
          `mutation { resetPasswordUser(token: "palsu", password: "Baru-12345678") { token } }`,
        ).set('X-Forwarded-For', '198.51.100.9'),
      )
      // Reading is not a credential attempt: the API stays open to this address.
      await m.http.get('/api/press-releases').expect(200)
    })
  })
})
