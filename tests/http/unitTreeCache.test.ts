import {
  DATABASES,
  makeItem,
  makeUnit,
  startNewsroom,
  type TestNewsroom,
} from '../helpers/newsroomHarness.js'

/**
 * The unit tree is kept in memory between requests (src/access/unitTreeCache.ts). Two instances on
 * one database: a unit moved through one is seen by the other on its next request, in both
 * directions, with no restart and no wait.
 */
describe.each(DATABASES)('unit tree kept in memory, two instances (%s)', (kind) => {
  let a: TestNewsroom
  let b: TestNewsroom
  beforeAll(async () => {
    a = await startNewsroom(kind)
    b = await startNewsroom(kind, { databaseUri: a.databaseUri })
  })
  afterAll(async () => {
    await b?.stop()
    await a?.stop()
  })

  it('sees a unit moved on the other instance at the next request', async () => {
    const province = await makeUnit(a.payload, 'Provinsi Cache')
    const east = await makeUnit(a.payload, 'Biro Timur', province.id)
    const west = await makeUnit(a.payload, 'Biro Barat', province.id)
    const branch = await makeUnit(a.payload, 'Seksi Cabang', east.id)
    const item = await makeItem(a.payload, 'press-releases', { unit: branch.id })
    const admin = await a.staff('admin')
    // An editor of the west office, signed in on instance B.
    const editorOnB = await b.staff('editor', west.id)
    const preview = () =>
      b.http.get(`/preview/press-releases/${item.id}`).set('Authorization', editorOnB.auth)

    await preview().expect(404)
    // Asked twice: the second answer comes from the tree kept in memory.
    await preview().expect(404)

    await a.http
      .patch(`/api/units/${branch.id}`)
      .set('Authorization', admin.auth)
      .send({ parent: west.id })
      .expect(200)
    await preview().expect(200)
    await preview().expect(200)

    await a.http
      .patch(`/api/units/${branch.id}`)
      .set('Authorization', admin.auth)
      .send({ parent: east.id })
      .expect(200)
    await preview().expect(404)

    // A new unit under west, created on A, holds items the west editor on B may preview at once.
    const fresh = await makeUnit(a.payload, 'Seksi Baru', west.id)
    const freshItem = await makeItem(a.payload, 'press-releases', { unit: fresh.id })
    await b.http
      .get(`/preview/press-releases/${freshItem.id}`)
      .set('Authorization', editorOnB.auth)
      .expect(200)
  })
})
