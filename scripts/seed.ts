import { isProduction } from '../src/config/env.js'
import { seedDemo } from '../src/seed/seedDemo.js'
import { createNewsroom } from '../src/server.js'

/**
 * `npm run seed`: fills the demo newsroom into DATABASE_URI (SQLite by default) without starting the
 * server. Idempotent: what exists is left alone. Refused in production, like the seeding on start.
 */
if (isProduction()) {
  console.error(
    'Data demo tidak diisi di mode produksi (demo content is never seeded in production).',
  )
  process.exit(1)
}
const newsroom = await createNewsroom({ admin: false, jobs: false })
try {
  const result = await seedDemo(newsroom.payload, (m) => console.log(m))
  console.log(`Selesai: ${result.created} dibuat, ${result.skipped} sudah ada.`)
} finally {
  await newsroom.close()
}
process.exit(0)
