import fs from 'node:fs'
import path from 'node:path'
import { collections } from '../../collections/index.js'
import { openDatabase } from './databaseConnection.js'
import { collectionCounts, MANIFEST, sizeOf, type BackupManifest } from './backupManifest.js'
import { mediaFiles } from './mediaFiles.js'
import { backupPostgres } from './pgBackup.js'
import { auditHeadOf, tableDigests } from './tableDigests.js'

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')

/**
 * `npm run backup -- <dir>` while the newsroom runs: `<dir>/humas-<UTC time>/` with the database
 * (one snapshot), the media store and manifest.json. The database comes first: a photo uploaded
 * meanwhile may be in the media copy without its row, never the other way round (except a photo
 * deleted meanwhile). Written under a `.partial` name and renamed when complete.
 */
export const runBackup = async (options: {
  databaseUri: string
  mediaDir: string
  into: string
  now?: Date
}): Promise<{ dir: string; manifest: BackupManifest }> => {
  const started = performance.now()
  const createdAt = options.now ?? new Date()
  const dir = path.resolve(options.into, `humas-${stamp(createdAt)}`)
  const partial = `${dir}.partial`
  fs.mkdirSync(partial, { recursive: true })
  const db = await openDatabase(options.databaseUri)
  let database: BackupManifest['database']
  let tables: BackupManifest['tables']
  let auditHead: BackupManifest['auditHead']
  try {
    if (db.kind === 'sqlite') {
      // VACUUM INTO reads one snapshot on its own connection: writers (WAL) go on meanwhile.
      const file = 'database.sqlite'
      await db.all('VACUUM INTO ?', [path.join(partial, file)])
      const copy = await openDatabase(`file:${path.join(partial, file)}`)
      try {
        tables = await tableDigests(copy)
        auditHead = await auditHeadOf(copy)
      } finally {
        await copy.close()
      }
      database = { kind: 'sqlite', method: 'sqlite-vacuum-into', file, bytes: 0 }
    } else {
      const pg = await backupPostgres(db, options.databaseUri, partial)
      tables = pg.tables
      auditHead = pg.auditHead as BackupManifest['auditHead']
      database = { kind: 'postgres', method: pg.method, file: pg.file, bytes: 0 }
    }
  } finally {
    await db.close()
  }
  database.bytes = sizeOf(path.join(partial, database.file))
  const entries = mediaFiles(options.mediaDir, path.join(partial, 'media'))
  const manifest: BackupManifest = {
    format: 'humas-newsroom-backup',
    version: 1,
    createdAt: createdAt.toISOString(),
    database,
    collections: collectionCounts(
      tables,
      collections.map((c) => c.slug),
    ),
    tables,
    auditHead,
    media: { files: entries.length, bytes: entries.reduce((s, f) => s + f.bytes, 0), entries },
    durationMs: Math.round(performance.now() - started),
  }
  fs.writeFileSync(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2))
  fs.renameSync(partial, dir)
  return { dir, manifest }
}
