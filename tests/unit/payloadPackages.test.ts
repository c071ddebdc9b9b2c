import fs from 'node:fs'
import { payloadVersionMismatches } from '../../src/config/payloadPackages.js'

const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
}
/** Our direct Payload packages and the two that come with them (drizzle, the storage plugin). */
const payloadPackages = [
  ...Object.keys(manifest.dependencies).filter((name) => /^(payload|@payloadcms\/)/.test(name)),
  '@payloadcms/drizzle',
  '@payloadcms/plugin-cloud-storage',
]

describe('Payload packages', () => {
  it('all run at the version of payload, except the storage pair that lags one patch', () => {
    expect(payloadPackages.length).toBeGreaterThan(8)
    expect(payloadVersionMismatches(payloadPackages)).toEqual([])
  })

  it('would report a package at another version', () => {
    expect(payloadVersionMismatches(['payload', 'next'])).toEqual([
      expect.stringMatching(/^next@\d+\.\d+\.\d+ \(payload is 3\.\d+\.\d+\)$/),
    ])
  })
})
