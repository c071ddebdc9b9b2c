/** `npm run build:admin`: regenerates Payload's import map and builds the admin (Next.js). */
import { buildNewsroomConfig } from '../src/payload.config.js'
import { buildAdmin } from '../src/admin/buildAdmin.js'

const { config } = await buildNewsroomConfig()
await buildAdmin(config)
process.exit(0)
