/**
 * Writes a migration for each SQL database from the current collections:
 *   npm run migrate:create -- <name>
 * PostgreSQL is a real embedded server started for the purpose; SQLite a temporary file.
 * Commit the files under migrations/postgres and migrations/sqlite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { closePayload } from '../src/db/closePayload.js'
import { buildNewsroomConfig } from '../src/payload.config.js'
import { startEmbeddedPostgres } from '../tests/helpers/embeddedPostgres.mjs'

const name = process.argv[2] ?? 'schema'
process.env.PAYLOAD_MIGRATING = 'true'

const createFor = async (databaseUri: string, key: string): Promise<void> => {
  const { config } = await buildNewsroomConfig({
    databaseUri,
    mediaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'humas-media-')),
  })
  const payload = await getPayload({ config, key })
  await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
  await closePayload(payload)
}

const pg = await startEmbeddedPostgres()
try {
  await pg.createDatabase('migrations')
  await createFor(pg.uri('migrations'), 'migrate-postgres')
} finally {
  await pg.stop()
}
await createFor(
  `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'humas-sqlite-')), 'm.db')}`,
  'migrate-sqlite',
)
process.exit(0)
