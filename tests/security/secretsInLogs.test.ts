import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CHILD_ADMIN,
  login,
  request,
  startChildNewsroom,
  waitFor,
  type ChildNewsroom,
} from '../helpers/childNewsroom.js'
import { freshDatabaseUri } from '../helpers/newsroomHarness.js'

/**
 * Attack class: secrets in logs. The process logs as shipped (LOG_LEVEL=info: every request line);
 * an operator's log store must never hold a password, a session token, a portal key or a webhook secret.
 */
describe('secrets never reach the logs (sqlite, default logging)', () => {
  let n: ChildNewsroom
  beforeAll(async () => {
    n = await startChildNewsroom(await freshDatabaseUri('sqlite'), { LOG_LEVEL: 'info' })
  })
  afterAll(async () => {
    if (n?.alive()) {
      n.child.kill('SIGTERM')
      await n.exited
    }
  })

  it('logs requests made with passwords, tokens, cookies, API keys and webhook secrets without any of them', async () => {
    const auth = await login(n.base)
    const token = auth.replace('JWT ', '')
    const webhookSecret = 'rahasia-webhook-yang-tidak-boleh-tercatat-91827'
    const created = await request(n.base, 'POST', '/api/portal-clients', {
      headers: { Authorization: auth },
      body: { name: 'Portal Log', webhookUrl: 'http://127.0.0.1:9/hook', webhookSecret },
    })
    expect('status' in created && created.status).toBe(201)
    const id = JSON.parse((created as { body: string }).body).doc.id
    const rotated = await request(n.base, 'POST', `/api/portal-clients/${id}/rotate-key`, {
      headers: { Authorization: auth },
    })
    const apiKey = JSON.parse((rotated as { body: string }).body).apiKey as string
    expect(apiKey).toBeTruthy()
    await request(n.base, 'GET', '/api/press-releases', {
      headers: { Authorization: `portal-clients API-Key ${apiKey}` },
    })
    await request(n.base, 'GET', '/api/users/me', { headers: { Cookie: `payload-token=${token}` } })
    await request(n.base, 'POST', '/api/users/login', {
      body: { email: CHILD_ADMIN.email, password: 'Kata-Sandi-Salah-8812' },
    })
    await request(n.base, 'POST', '/api/graphql', {
      body: {
        query: `mutation { loginUser(email: "${CHILD_ADMIN.email}", password: "Sandi-GraphQL-Salah-7731") { token } }`,
      },
    })

    // A request line is written when its response has finished: wait for the last one.
    await waitFor('the GraphQL request in the log', async () =>
      n.output().includes('"url":"/api/graphql"'),
    )
    const out = n.output()
    expect(out).toContain('"url":"/api/users/me"')
    for (const secret of [
      CHILD_ADMIN.password,
      'Kata-Sandi-Salah-8812',
      'Sandi-GraphQL-Salah-7731',
      token,
      token.split('.')[2],
      apiKey,
      webhookSecret,
    ]) {
      expect({ leaked: out.includes(secret) ? secret.slice(0, 12) : null }).toEqual({
        leaked: null,
      })
    }
  })
})
