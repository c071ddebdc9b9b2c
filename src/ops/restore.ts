import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'
import { closePayload } from '../db/closePayload.js'
import { databaseKindOf } from '../db/databaseKind.js'
import { buildNewsroomConfig } from '../payload.config.js'
import { differences, fileSha256, MANIFEST, type BackupManifest } from './backupManifest.js'
import { isEmptyDatabase, openDatabase, sqliteFileOf, tablesOf } from './databaseConnection.js'
import { isEmptyDir, mediaFiles } from './mediaFiles.js'
import { loadLogicalExport, pgRestore, serverMajor, toolMajor } from './pgBackup.js'
import { tableDigests } from './tableDigests.js'

/** A refusal an operator can act on: the CLI prints the sentence and exits 1. */
export class RestoreRefused extends Error {}

export const readManifest = (dir: string): BackupManifest => {
  const file = path.join(dir, MANIFEST)
  if (!fs.existsSync(file)) throw new RestoreRefused(`Bukan cadangan newsroom: ${file} tidak ada.`)
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest
  if (manifest.format !== 'humas-newsroom-backup' || manifest.version !== 1)
    throw new RestoreRefused(`Format cadangan tidak dikenal di ${file}.`)
  return manifest
}

/** Builds the schema of an empty PostgreSQL database from the committed migrations (never a dev push). */
const migrateSchema = async (databaseUri: string): Promise<void> => {
  const before = process.env.PAYLOAD_MIGRATING
  process.env.PAYLOAD_MIGRATING = 'true'
  try {
    const { config } = await buildNewsroomConfig({
      databaseUri,
      // Nothing is signed while migrating: a throw-away secret, so no warning about the development one.
      secret: randomBytes(32).toString('hex'),
      mediaDir: fs.mkdtempSync(path.join(os.tmpdir(), 'humas-restore-')),
    })
    const payload = await getPayload({ config, key: `restore-${process.pid}-${Date.now()}` })
    try {
      const { migrations } = await import('../../migrations/postgres/index.js')
      await payload.db.migrate({ migrations: migrations as never })
    } finally {
      await closePayload(payload)
    }
  } finally {
    if (before === undefined) delete process.env.PAYLOAD_MIGRATING
    else process.env.PAYLOAD_MIGRATING = before
  }
}

/**
 * `npm run restore -- <backup dir>`: the backup into an empty database and an empty media store
 * (refused otherwise, unless `force`: then both are emptied first). Stop the newsroom first. The
 * backup's media files are checked against the manifest before anything is touched; afterwards the
 * restored database and files are described again and compared with the manifest, table by table
 * and file by file: `differences` is empty when the restore is identical.
 */
export const runRestore = async (options: {
  from: string
  databaseUri: string
  mediaDir: string
  force?: boolean
}): Promise<{ manifest: BackupManifest; differences: string[]; durationMs: number }> => {
  const started = performance.now()
  const manifest = readManifest(options.from)
  const kind = databaseKindOf(options.databaseUri)
  if (kind !== manifest.database.kind)
    throw new RestoreRefused(
      `Cadangan ini dari ${manifest.database.kind}; tujuan adalah ${kind}. Pulihkan ke basis data yang sejenis.`,
    )
  for (const f of manifest.media.entries) {
    const p = path.join(options.from, 'media', f.path)
    if (!fs.existsSync(p) || fileSha256(p) !== f.sha256)
      throw new RestoreRefused(`Cadangan rusak: berkas media ${f.path} hilang atau berubah.`)
  }
  const db = await openDatabase(options.databaseUri)
  try {
    const emptyDb = await isEmptyDatabase(db)
    const emptyMedia = isEmptyDir(options.mediaDir)
    if ((!emptyDb || !emptyMedia) && !options.force)
      throw new RestoreRefused(
        `Tujuan tidak kosong (${[!emptyDb && 'basis data', !emptyMedia && `folder media ${options.mediaDir}`].filter(Boolean).join(' dan ')}): pemulihan dibatalkan. Tambahkan --force untuk menimpanya.`,
      )
    if (kind === 'postgres' && (await tablesOf(db)).length > 0) {
      await db.all('DROP SCHEMA public CASCADE')
      await db.all('CREATE SCHEMA public')
    }
  } finally {
    await db.close()
  }

  const source = path.join(options.from, manifest.database.file)
  if (kind === 'sqlite') {
    const file = sqliteFileOf(options.databaseUri)
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${file}${suffix}`, { force: true })
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.copyFileSync(source, file)
  } else if (manifest.database.method === 'pg_dump') {
    const check = await openDatabase(options.databaseUri)
    const server = await serverMajor(check).finally(() => check.close())
    const tool = await toolMajor('pg_restore')
    if (tool === null || tool < server)
      throw new RestoreRefused(
        `Cadangan pg_dump memerlukan pg_restore versi ${server} atau lebih baru di PATH (ditemukan: ${tool ?? 'tidak ada'}).`,
      )
    await pgRestore(options.databaseUri, source)
  } else {
    await migrateSchema(options.databaseUri)
    const target = await openDatabase(options.databaseUri)
    try {
      await loadLogicalExport(target, source)
    } finally {
      await target.close()
    }
  }

  if (options.force) fs.rmSync(options.mediaDir, { recursive: true, force: true })
  fs.mkdirSync(options.mediaDir, { recursive: true })
  if (fs.existsSync(path.join(options.from, 'media')))
    fs.cpSync(path.join(options.from, 'media'), options.mediaDir, { recursive: true })

  const restored = await openDatabase(options.databaseUri)
  try {
    const tables = await tableDigests(restored)
    const entries = mediaFiles(options.mediaDir)
    return {
      manifest,
      differences: differences(manifest, {
        tables,
        media: { files: entries.length, bytes: 0, entries },
      }),
      durationMs: Math.round(performance.now() - started),
    }
  } finally {
    await restored.close()
  }
}
