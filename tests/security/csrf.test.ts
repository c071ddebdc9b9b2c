import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

const OWN = `http://localhost:${process.env.PORT ?? 3000}`
const LISTED = 'https://redaksi.uji.test'
const FOREIGN = 'https://penyerang.test'

/**
 * Cross-site request forgery: a page elsewhere makes the logged-in browser send a write with its
 * session cookie. Such writes must come from the newsroom's own origin or a listed one.
 */
describe.each(DATABASES)('CSRF on cookie sessions (%s)', (db) => {
  let n: TestNewsroom
  let unit: string | number
  let cookie: string
  let bearer: string

  beforeAll(async () => {
    n = await startNewsroom(db, { csrfAllowedOrigins: [LISTED] })
    unit = (await makeUnit(n.payload, 'Diskominfo Uji')).id
    const writer = await n.staff('writer', unit)
    bearer = writer.auth
    const login = await n.http
      .post('/api/users/login')
      .send({ email: writer.email, password: 'Sandi-Uji-12345' })
      .expect(200)
    const setCookie = ([] as string[]).concat(login.headers['set-cookie'] ?? [])
    cookie = setCookie
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('payload-token=')) as string
    expect(cookie).toMatch(/^payload-token=.+/)
  })
  afterAll(async () => n?.stop())

  const countTitled = async (title: string) =>
    (await n.payload.count({ collection: 'press-releases', where: { title: { equals: title } } }))
      .totalDocs
  const create = (title: string, headers: Record<string, string>) =>
    n.http.post('/api/press-releases').set(headers).send({ title, unit })

  it('refuses every kind of cookie write from a foreign origin, and changes nothing', async () => {
    const draft = (await create('Draf sah', { Cookie: cookie, Origin: OWN }).expect(201)).body.doc
      .id
    const attempts = [
      () => create('Titipan penyerang', { Cookie: cookie, Origin: FOREIGN }),
      () =>
        n.http
          .patch(`/api/press-releases/${draft}`)
          .set({ Cookie: cookie, Origin: FOREIGN })
          .send({ title: 'Diubah penyerang' }),
      () => n.http.delete(`/api/press-releases/${draft}`).set({ Cookie: cookie, Origin: FOREIGN }),
      () =>
        n.http
          .post(`/api/press-releases/${draft}/workflow`)
          .set({ Cookie: cookie, Origin: FOREIGN })
          .send({ action: 'submit' }),
      () =>
        n.http
          .post('/api/graphql')
          .set({ Cookie: cookie, Origin: FOREIGN })
          .send({
            query: `mutation { updatePressRelease(id: ${Number(draft)}, data: { title: "Diubah penyerang" }) { id } }`,
          }),
      () => create('Titipan penyerang', { Cookie: cookie, Referer: `${FOREIGN}/halaman` }),
      () => create('Titipan penyerang', { Cookie: cookie, Origin: 'null' }),
    ]
    for (const attempt of attempts) {
      const res = await attempt()
      expect(res.status).toBe(403)
      expect(res.body.errors[0]).toMatchObject({
        code: 'CSRF_ORIGIN_REFUSED',
        message: expect.stringMatching(/situs lain/),
      })
    }
    const stored = await n.payload.findByID({ collection: 'press-releases', id: draft })
    expect(stored).toMatchObject({ title: 'Draf sah', workflowStatus: 'draft' })
    expect(await countTitled('Titipan penyerang')).toBe(0)
  })

  it('accepts cookie writes from the own origin, a listed origin and the address the browser used', async () => {
    for (const [title, headers] of [
      ['Dari origin sendiri', { Cookie: cookie, Origin: OWN }],
      ['Dari origin terdaftar', { Cookie: cookie, Origin: LISTED }],
      [
        'Dari alamat yang dibuka',
        { Cookie: cookie, Host: '192.168.1.20:3000', Origin: 'http://192.168.1.20:3000' },
      ],
      [
        'Dari referer sendiri',
        { Cookie: cookie, Referer: `${OWN}/admin/collections/press-releases/create` },
      ],
      ['Tanpa origin (program)', { Cookie: cookie }],
    ] as const) {
      await create(title, headers).expect(201)
      expect(await countTitled(title)).toBe(1)
    }
  })

  it('does not take a foreign origin for the own one because it names the same host elsewhere', async () => {
    await create('Host lain', {
      Cookie: cookie,
      Host: '192.168.1.20:3000',
      Origin: 'http://192.168.1.20:3001',
    }).expect(403)
    await create('Host lain', { Cookie: cookie, Origin: `${OWN}.penyerang.test` }).expect(403)
    expect(await countTitled('Host lain')).toBe(0)
  })

  it('leaves token and API-key requests, and reads, alone', async () => {
    await create('Lewat token', { Authorization: bearer, Origin: FOREIGN }).expect(201)
    await n.http.get('/api/press-releases').set({ Cookie: cookie, Origin: FOREIGN }).expect(200)
    await n.http
      .post('/api/users/login')
      .set('Origin', FOREIGN)
      .send({ email: 'tidak-ada@uji.test', password: 'salah' })
      .expect(401)
  })

  it('keeps listed origins working when SERVER_URL turns on Payload’s own cookie check', async () => {
    const m = await startNewsroom(db, {
      serverURL: 'https://humas.uji.test',
      csrfAllowedOrigins: [LISTED],
    })
    try {
      const mUnit = (await makeUnit(m.payload, 'Unit Uji')).id
      const writer = await m.staff('writer', mUnit)
      const token = writer.auth.replace(/^JWT /, '')
      const write = (title: string, origin: string) =>
        m.http
          .post('/api/press-releases')
          .set({ Cookie: `payload-token=${token}`, Origin: origin })
          .send({ title, unit: mUnit })
      await write('Dari SERVER_URL', 'https://humas.uji.test').expect(201)
      await write('Dari origin terdaftar', LISTED).expect(201)
      expect((await write('Dari penyerang', FOREIGN).expect(403)).body.errors[0].code).toBe(
        'CSRF_ORIGIN_REFUSED',
      )
    } finally {
      await m.stop()
    }
  })
})
