import { makeUnit, type TestNewsroom } from './newsroomHarness.js'

/** Province → Diskominfo (child) and Sidoarjo (child), with staff in each. */
export const workflowFixture = async (n: TestNewsroom) => {
  const province = await makeUnit(n.payload, 'Pemprov Uji')
  const kominfo = await makeUnit(n.payload, 'Diskominfo Uji', province.id)
  const sidoarjo = await makeUnit(n.payload, 'Pemkab Sidoarjo Uji', province.id)
  return {
    units: { province: province.id, kominfo: kominfo.id, sidoarjo: sidoarjo.id },
    writer: await n.staff('writer', kominfo.id),
    otherWriter: await n.staff('writer', sidoarjo.id),
    editor: await n.staff('editor', kominfo.id),
    secondEditor: await n.staff('editor', kominfo.id),
    provinceEditor: await n.staff('editor', province.id),
    sidoarjoEditor: await n.staff('editor', sidoarjo.id),
    protocol: await n.staff('protocol', kominfo.id),
    admin: await n.staff('admin'),
  }
}

export const act = (
  n: TestNewsroom,
  auth: string,
  collection: string,
  id: string | number,
  body: Record<string, unknown>,
) => n.http.post(`/api/${collection}/${id}/workflow`).set('Authorization', auth).send(body)

/** Polls until `check` holds or the time is up; returns how long it took. */
export const waitFor = async (
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<number> => {
  const start = Date.now()
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`condition not met within ${timeoutMs} ms`)
}
