import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { adminAppDir } from './adminSettings.js'

const BUILD_ID = (): string => path.join(adminAppDir(), '.next', 'BUILD_ID')

/** The admin's inputs: the Next app, our admin components and what decides the bundle. */
// The admin bundle also takes the zone helpers (agenda times) from outside src/admin.
const SOURCES = [
  'app',
  'src/admin',
  'src/delivery/zonedTime.ts',
  'src/config/timezones.ts',
  'next.config.mjs',
  'package-lock.json',
]

const newestMtime = (entry: string): number => {
  if (!existsSync(entry)) return 0
  const stat = statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  )
}

export type AdminBuildState = 'missing' | 'stale' | 'ready'

/** Whether `.next` holds a build, and whether a source changed after it. */
export const adminBuildState = (): AdminBuildState => {
  if (!existsSync(BUILD_ID())) return 'missing'
  const built = statSync(BUILD_ID()).mtimeMs
  const changed = Math.max(...SOURCES.map((s) => newestMtime(path.join(adminAppDir(), s))))
  return changed > built ? 'stale' : 'ready'
}
