import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

type Who = 'anonymous' | 'writer' | 'admin'

describe.each(DATABASES)('queries are allow-listed: no oracle, no crash (%s)', (db) => {
  let n: TestNewsroom
  let auth: Record<Who, string | null>
  let unitSlug: string
  let writerId: string | number
  const rejections: unknown[] = []
  const onRejection = (reason: unknown) => rejections.push(reason)

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection)
    n = await startNewsroom(db)
    const parent = await makeUnit(n.payload, 'Pemprov Uji Kueri')
    const unit = await makeUnit(n.payload, 'Diskominfo Uji Kueri', parent.id)
    unitSlug = String(unit.slug)
    const writer = await n.staff('writer', unit.id)
    writerId = writer.id
    auth = { anonymous: null, writer: writer.auth, admin: (await n.staff('admin', unit.id)).auth }
    await makeItem(n.payload, 'press-releases', {
      state: 'published',
      unit: unit.id,
      title: 'Terbit untuk uji kueri',
      internalNotes: 'catatan rahasia',
      extra: { createdBy: writer.id },
    })
    const draft = await makeItem(n.payload, 'event-coverage', {
      state: 'draft',
      unit: unit.id,
      title: 'RAHASIA liputan draf',
    })
    await n.payload.create({
      collection: 'agenda',
      data: {
        title: 'Agenda publik uji',
        unit: unit.id,
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        visibility: 'public',
        coverage: [draft.id],
      } as never,
    })
    await n.payload.create({
      collection: 'portal-clients',
      data: {
        name: 'Portal uji',
        units: [unit.id],
        webhookUrl: 'https://portal.example/hook',
        webhookSecret: 'abc-rahasia-webhook',
      } as never,
    })
  })
  afterAll(async () => {
    process.off('unhandledRejection', onRejection)
    await n?.stop()
  })

  const get = (who: Who, url: string) => {
    const r = n.http.get(url)
    return auth[who] ? r.set('Authorization', auth[who] as string) : r
  }
  const expectRefused = async (who: Who, url: string, path: string) => {
    const res = await get(who, url)
    expect({ url, status: res.status }).toEqual({ url, status: 400 })
    expect(res.body.errors[0].code).toBe('INVALID_QUERY')
    expect(res.body.errors[0].message).toContain(`"${path}"`)
    expect(res.body.errors[0].message).toMatch(/^Kueri tidak sah|^Parameter/)
  }

  it('refuses a filter through two relations the caller cannot read, and the process survives it', async () => {
    await expectRefused(
      'anonymous',
      '/api/press-releases?where[createdBy.unit.name][equals]=x',
      'createdBy.unit.name',
    )
    await expectRefused(
      'writer',
      '/api/press-releases?where[createdBy.unit.name][equals]=x',
      'createdBy.unit.name',
    )
    // Two hops through collections anyone reads are refused too: Payload's second-hop validation is never awaited.
    await expectRefused(
      'anonymous',
      '/api/press-releases?where[unit.parent.name][equals]=x',
      'unit.parent.name',
    )
    await expectRefused(
      'anonymous',
      '/api/press-releases?where[unit.parent.logo.alt][like]=x',
      'unit.parent.logo.alt',
    )
    // Give any stray promise the chance to reject, then check the process and the API still answer.
    await new Promise((resolve) => setImmediate(resolve))
    expect(rejections).toEqual([])
    await n.http.get('/healthz').expect(200)
    const list = await n.http.get('/api/press-releases').expect(200)
    expect(list.body.totalDocs).toBe(1)
  })

  it.each<[Who, string, string]>([
    ['writer', '/api/press-releases?sort=createdBy.hash', 'createdBy.hash'],
    ['writer', '/api/press-releases?sort=-createdBy.salt', 'createdBy.salt'],
    [
      'admin',
      '/api/press-releases?sort=createdBy.resetPasswordToken',
      'createdBy.resetPasswordToken',
    ],
    ['admin', '/api/users?sort=hash', 'hash'],
    ['admin', '/api/users?where[hash][like]=a', 'hash'],
    ['admin', '/api/users?where[salt][exists]=true', 'salt'],
    [
      'admin',
      '/api/users?where[resetPasswordExpiration][greater_than]=2020-01-01',
      'resetPasswordExpiration',
    ],
    ['admin', '/api/users?where[loginAttempts][greater_than]=0', 'loginAttempts'],
    ['admin', '/api/users?where[lockUntil][exists]=true', 'lockUntil'],
    ['admin', '/api/users?where[sessions.id][exists]=true', 'sessions.id'],
    ['admin', '/api/portal-clients?where[webhookSecret][like]=abc', 'webhookSecret'],
    [
      'admin',
      '/api/portal-clients?where[webhookSecret][equals]=abc-rahasia-webhook',
      'webhookSecret',
    ],
    ['admin', '/api/portal-clients?sort=webhookSecret', 'webhookSecret'],
    ['admin', '/api/portal-clients?where[apiKeyIndex][exists]=true', 'apiKeyIndex'],
    ['admin', '/api/portal-clients?where[apiKey][like]=a', 'apiKey'],
    ['admin', '/api/portal-clients?select[webhookSecret]=true', 'webhookSecret'],
    [
      'admin',
      '/api/webhook-deliveries?where[client.webhookSecret][like]=a',
      'client.webhookSecret',
    ],
  ])('never lets %s filter, sort or select on a secret: %s', async (who, url, path) => {
    await expectRefused(who, url, path)
  })

  it.each<[Who, string, string]>([
    ['anonymous', '/api/press-releases?where[internalNotes][like]=rahasia', 'internalNotes'],
    ['anonymous', '/api/press-releases?sort=internalNotes', 'internalNotes'],
    ['anonymous', '/api/press-releases?where[createdBy][equals]=1', 'createdBy'],
    ['anonymous', '/api/press-releases?where[createdBy.name][like]=a', 'createdBy.name'],
    ['anonymous', '/api/press-releases?where[approvedBy.email][like]=a', 'approvedBy.email'],
    ['anonymous', '/api/press-releases?where[revision][exists]=true', 'revision'],
    ['anonymous', '/api/press-releases?select[internalNotes]=true', 'internalNotes'],
    ['anonymous', '/api/press-releases?populate[users][email]=true', 'populate.users'],
    ['anonymous', '/api/agenda?where[protocolNotes][exists]=true', 'protocolNotes'],
    ['anonymous', '/api/press-releases?where[createdBy__name][like]=a', 'createdBy__name'],
  ])('keeps what %s cannot read out of queries: %s', async (who, url, path) => {
    await expectRefused(who, url, path)
  })

  it.each<[string, string]>([
    ['/api/press-releases?where[title][near]=1,2', 'title.near'],
    ['/api/press-releases?where[slug][within][type]=Polygon', 'slug.within'],
    ['/api/press-releases?where[slug][intersects][type]=Point', 'slug.intersects'],
    ['/api/press-releases?where[title][$ne]=x', 'title.$ne'],
    ['/api/press-releases?where[title][equals][$ne]=x', 'title.equals'],
    ['/api/press-releases?where[title][like][or][0][slug][exists]=true', 'title.like'],
    ['/api/press-releases?where[publishedAt][like]=2026', 'publishedAt.like'],
    [
      '/api/press-releases?where[publishedAt][greater_than]=yesterday-ish',
      'publishedAt.greater_than',
    ],
    ['/api/press-releases?where[syndicated][equals]=kadang', 'syndicated.equals'],
    ['/api/press-releases?where[language][equals]=klingon', 'language.equals'],
    ['/api/press-releases?where[unit][equals]=abc', 'unit.equals'],
    ['/api/press-releases?where[id][in]=1,x', 'id.in'],
    ['/api/press-releases?where[body.root.type][equals]=root', 'body.root.type'],
    ['/api/press-releases?where[body][like]=rahasia', 'body'],
    ['/api/press-releases?sort=body', 'body'],
    ['/api/press-releases?where[mediaContact][exists]=true', 'mediaContact'],
    ['/api/press-releases?where[embargoUntil]=x', 'embargoUntil'],
    ['/api/press-releases?where[or]=x', 'or'],
    ['/api/press-releases?where=abc', 'where'],
    ['/api/press-releases?page=1e20', 'page'],
    ['/api/press-releases?limit=0.5', 'limit'],
    ['/api/press-releases?depth=-1', 'depth'],
    ['/api/press-releases?joins[x][limit]=1', 'joins.x'],
  ])('refuses operator injection and malformed values: %s', async (url, path) => {
    await expectRefused('anonymous', url, path)
  })

  it('scopes a filter through a relation by what the caller may read there (no related-document oracle)', async () => {
    const anonymous = await get(
      'anonymous',
      '/api/agenda?where[coverage.title][like]=RAHASIA',
    ).expect(200)
    expect(anonymous.body.totalDocs).toBe(0)
    const staff = await get('writer', '/api/agenda?where[coverage.title][like]=RAHASIA').expect(200)
    expect(staff.body.totalDocs).toBe(1)
  })

  it('still answers the queries portals and the admin make', async () => {
    const byUnit = await get(
      'anonymous',
      `/api/press-releases?where[unit.slug][equals]=${unitSlug}&sort=-publishedAt&limit=5&page=1&depth=1`,
    ).expect(200)
    expect(byUnit.body.docs.map((d: { title: string }) => d.title)).toEqual([
      'Terbit untuk uji kueri',
    ])
    const byDate = await get(
      'anonymous',
      '/api/press-releases?where[publishedAt][greater_than]=2020-01-01T00:00:00.000Z&select[title]=true',
    ).expect(200)
    expect(byDate.body.totalDocs).toBe(1)
    const staffOnly = await get(
      'writer',
      '/api/press-releases?where[internalNotes][like]=rahasia&sort=createdBy',
    ).expect(200)
    expect(staffOnly.body.totalDocs).toBe(1)
    const byAuthor = await get(
      'writer',
      `/api/press-releases?where[createdBy.name][like]=Uji`,
    ).expect(200)
    expect(byAuthor.body.totalDocs).toBe(1)
    const clients = await get('admin', '/api/portal-clients?where[name][like]=Portal').expect(200)
    expect(clients.body.totalDocs).toBe(1)
  })

  it('applies the same rule over GraphQL, with a code', async () => {
    const cases: [Who, string, string][] = [
      ['writer', '{ PressReleases(sort: "createdBy.hash") { docs { title } } }', 'INVALID_QUERY'],
      [
        'admin',
        '{ PortalClients(where: { webhookSecret: { like: "abc" } }) { docs { name } } }',
        'INVALID_QUERY',
      ],
      [
        'anonymous',
        '{ countPressReleases(where: { embargoUntil: null }) { totalDocs } }',
        'INVALID_QUERY',
      ],
      [
        'anonymous',
        '{ PressReleases(where: { createdBy: { equals: "1" } }) { docs { title } } }',
        'INVALID_QUERY',
      ],
      ['anonymous', '{ PressReleases(page: 100000000) { docs { title } } }', 'INVALID_QUERY'],
    ]
    for (const [who, query, code] of cases) {
      const req = n.http.post('/api/graphql').send({ query })
      const res = await (auth[who] ? req.set('Authorization', auth[who] as string) : req)
      expect({ query, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ query, code })
      expect(
        res.body.data?.PressReleases?.docs ?? res.body.data?.PortalClients?.docs ?? null,
      ).toBeNull()
    }
  })

  it('refuses the same queries in Local API calls made for a user, and lets the system through', async () => {
    const user = {
      ...(await n.payload.findByID({ collection: 'users', id: writerId })),
      collection: 'users' as const,
    }
    await expect(
      n.payload.find({
        collection: 'press-releases',
        sort: 'createdBy.hash',
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const system = await n.payload.find({
      collection: 'press-releases',
      where: { 'createdBy.unit.name': { equals: 'Diskominfo Uji Kueri' } },
    })
    expect(system.totalDocs).toBe(1)
  })
})
