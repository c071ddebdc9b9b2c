/** The e2e server: `npm start` on a new SQLite file and media folder, so every run starts from the demo newsroom. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(tmpdir(), 'humas-e2e-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'newsroom.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.SEED_DEMO = 'true'
await import('../../src/start.js')
