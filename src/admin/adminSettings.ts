import path from 'node:path'
import type { Config } from 'payload'
import { projectRoot } from '../config/env.js'
import { ADMIN_COMPONENTS } from './componentPaths.js'

/** Where the admin's Next.js app lives and where Payload writes its import map. */
export const adminAppDir = (): string => projectRoot()
export const importMapFile = (): string =>
  path.join(adminAppDir(), 'app', '(payload)', 'admin', 'importMap.js')

/** Payload's `admin` block: the login collection, titles, and our custom components. */
export const adminSettings = (): Config['admin'] => ({
  user: 'users',
  meta: { titleSuffix: ' — Humas Newsroom', description: 'Ruang redaksi humas pemerintah daerah' },
  importMap: { baseDir: adminAppDir(), importMapFile: importMapFile() },
  // No Gravatar: staff e-mail hashes must not go to a third party, and offices may have no internet.
  avatar: 'default',
  dateFormat: 'd MMM yyyy HH.mm',
  components: {
    beforeDashboard: [ADMIN_COMPONENTS.newsDesk],
    providers: [ADMIN_COMPONENTS.toolbarNames],
  },
})
