import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Every Payload package runs at one version, with one known exception: `@payloadcms/storage-s3` and
 * its `@payloadcms/plugin-cloud-storage` have no release matching our `payload` (the newest is one
 * patch behind). package.json's `overrides` make them use our `payload` and `@payloadcms/ui`, so
 * the only difference left is the version number, which Payload's development-time checker would
 * report as an unhandled rejection at every start. We turn that checker off and keep its guard as
 * a test (`tests/unit/payloadPackages.test.ts` calls `payloadVersionMismatches`).
 */
export const TOLERATED_PAYLOAD_LAG: Record<string, string> = {
  '@payloadcms/storage-s3': '3.90.1',
  '@payloadcms/plugin-cloud-storage': '3.90.1',
}

process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const require = createRequire(import.meta.url)

/** Installed Payload packages whose version differs from `payload`'s, beyond the tolerated lag. */
export const payloadVersionMismatches = (packages: readonly string[]): string[] => {
  const version = (name: string): string | undefined => {
    // Read the manifest from disk: packages' export maps need not expose package.json.
    for (const dir of require.resolve.paths(name) ?? []) {
      const file = path.join(dir, name, 'package.json')
      if (fs.existsSync(file))
        return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    }
    return undefined
  }
  const target = version('payload')
  return packages.flatMap((name) => {
    const found = version(name)
    if (found === undefined || found === target || TOLERATED_PAYLOAD_LAG[name] === found) return []
    return [`${name}@${found} (payload is ${target})`]
  })
}
