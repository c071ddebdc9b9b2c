import { backfillPublicBodies } from '../src/delivery/backfillPublicBodies.js'
import { createNewsroom } from '../src/server.js'

/**
 * `npm run backfill:bodies`: renders `bodyHtml` and `bodyText` for public items that lack them (items
 * published before the fields existed). The server does the same on start; this is for operators who
 * want it done before. Idempotent.
 */
const newsroom = await createNewsroom({ admin: false, jobs: false })
try {
  const rendered = await backfillPublicBodies(newsroom.payload)
  console.log(`Selesai: ${rendered} berita dirender (items rendered).`)
} finally {
  await newsroom.close()
}
process.exit(0)
