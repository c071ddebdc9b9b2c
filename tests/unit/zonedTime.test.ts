import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import {
  formatInZone,
  instantFromPicker,
  isoInZone,
  wallClockForPicker,
} from '../../src/delivery/zonedTime.js'

// 09.00 on 24 Nov 2026 on each Indonesian clock, and the instant it is.
const CASES = [
  { zone: 'Asia/Jakarta', name: 'WIB', utc: '2026-11-24T02:00:00.000Z' },
  { zone: 'Asia/Makassar', name: 'WITA', utc: '2026-11-24T01:00:00.000Z' },
  { zone: 'Asia/Jayapura', name: 'WIT', utc: '2026-11-24T00:00:00.000Z' },
] as const

// The browser's own zone must not matter: the picker's Date is read and written in local fields.
// Jest's module sandbox ignores a changed TZ, so each browser zone runs in a child process.
const BROWSER_ZONES = {
  'Asia/Jakarta': -420,
  'Asia/Jayapura': -540,
  'America/New_York': 300,
  UTC: 0,
}
const PROBE = `
const { instantFromPicker, wallClockForPicker } = await import(${JSON.stringify(path.resolve(import.meta.dirname, '../../src/delivery/zonedTime.ts'))})
const zones = ${JSON.stringify(CASES.map((c) => c.zone))}
const picked = new Date(2026, 10, 24, 9, 0, 0) // what the picker hands over for 24 Nov 2026 09.00
console.log(JSON.stringify({ offset: picked.getTimezoneOffset(), results: zones.map((zone) => {
  const stored = instantFromPicker(picked, zone).toISOString()
  const shown = wallClockForPicker(stored, zone)
  return { zone, stored, shown: [shown.getFullYear(), shown.getMonth(), shown.getDate(), shown.getHours(), shown.getMinutes()] }
}) }))
`

describe('agenda times on the clock of the agenda zone', () => {
  it.each(Object.entries(BROWSER_ZONES))(
    '09.00 picked in a browser on %s is stored as 09.00 on the agenda clock and shown as 09.00 again',
    (browserZone, offset) => {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx/esm', '--input-type=module', '-e', PROBE],
        { env: { ...process.env, TZ: browserZone, NODE_OPTIONS: '' }, encoding: 'utf8' },
      )
      const probe = JSON.parse(out.trim().split('\n').pop()!)
      expect(probe.offset).toBe(offset) // the browser zone really is in force
      expect(probe.results).toEqual(
        CASES.map((c) => ({ zone: c.zone, stored: c.utc, shown: [2026, 10, 24, 9, 0] })),
      )
    },
  )

  it('names the zone in the Indonesian format', () => {
    for (const c of CASES) expect(formatInZone(c.utc, c.zone)).toBe(`24 Nov 2026 09.00 ${c.name}`)
    expect(formatInZone('2026-05-03T16:05:00Z', 'Asia/Makassar')).toBe('4 Mei 2026 00.05 WITA')
    expect(formatInZone('2026-08-17T03:00:00Z', 'Asia/Jakarta')).toBe('17 Agu 2026 10.00 WIB')
    expect(formatInZone(null, 'Asia/Jakarta')).toBe('—')
    expect(formatInZone('bukan tanggal', 'Asia/Jakarta')).toBe('—')
  })

  it('writes the same instants with the zone offset', () => {
    expect(isoInZone(CASES[1].utc, 'Asia/Makassar')).toBe('2026-11-24T09:00:00+08:00')
    expect(isoInZone(CASES[2].utc, 'Asia/Jayapura')).toBe('2026-11-24T09:00:00+09:00')
  })
})
