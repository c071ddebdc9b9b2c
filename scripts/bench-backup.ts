/**
 * npm run bench:backup — backup and restore of a generated newsroom: BENCH_ITEMS press releases
 * (10,000) and BENCH_PHOTOS photos (2,000; small 480×320 noise JPEGs, every size rendered by the
 * upload pipeline), on SQLite and/or PostgreSQL (BENCH_DATABASES=sqlite,postgres). Prints times,
 * sizes, and the ratio to the physical ceiling in the same run: a plain copy of the same database
 * file(s) and media folder.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { runBackup } from '../src/ops/backup.js'
import { sqliteFileOf } from '../src/ops/databaseConnection.js'
import { runRestore } from '../src/ops/restore.js'
import { createNewsroom } from '../src/server.js'
import { startEmbeddedPostgres } from '../tests/helpers/embeddedPostgres.mjs'

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000)
const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 2_000)
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite').split(',')
process.env.LOG_LEVEL ??= 'warn' // as `npm run backup` runs
process.env.DISABLE_SCHEDULER = 'true'
process.env.BACKUP_PG_METHOD ??= 'logical'

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const du = (p: string): number => Number(execFileSync('du', ['-sb', p]).toString().split('\t')[0])
const timed = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now()
  const v = await fn()
  return [v, performance.now() - t]
}

const photo = (i: number) =>
  sharp({
    create: {
      width: 480,
      height: 320,
      channels: 3,
      background: { r: (i * 37) % 256, g: (i * 91) % 256, b: (i * 53) % 256 },
      noise: { type: 'gaussian', mean: 100, sigma: 30 },
    },
  })
    .jpeg({ quality: 80 })
    .toBuffer()

const fill = async (databaseUri: string, mediaDir: string) => {
  const newsroom = await createNewsroom({
    databaseUri,
    mediaDir,
    jobs: false,
    secret: 'bench-backup-secret-0123456789abcdef',
  })
  const { payload } = newsroom
  const unit = await payload.create({
    collection: 'units',
    data: { name: 'Diskominfo Bench', type: 'opd', timezone: 'Asia/Jakarta' } as never,
  })
  const t = performance.now()
  for (let i = 0; i < ITEMS; i++)
    await payload.db.create({
      collection: 'press-releases',
      data: {
        title: `Siaran pers uji cadangan nomor ${i}`,
        slug: `siaran-pers-uji-cadangan-${i}`,
        unit: unit.id,
        workflowStatus: 'published',
        publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        summary: 'Ringkasan '.repeat(20),
      },
    })
  for (let i = 0; i < PHOTOS; i++) {
    const data = await photo(i)
    await payload.create({
      collection: 'photos',
      data: { alt: `Foto ${i}`, caption: 'Kegiatan', credit: 'Humas' } as never,
      file: { data, mimetype: 'image/jpeg', name: `foto-${i}.jpg`, size: data.length },
    })
  }
  console.log(
    `  filled ${ITEMS} items and ${PHOTOS} photos in ${((performance.now() - t) / 1000).toFixed(0)} s`,
  )
  return newsroom
}

for (const db of DATABASES) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `humas-bench-backup-${db}-`))
  const mediaDir = path.join(work, 'media')
  const pg = db === 'postgres' ? await startEmbeddedPostgres() : null
  try {
    if (pg) {
      await pg.createDatabase('bench')
      await pg.createDatabase('restored')
    }
    const uri = pg ? pg.uri('bench') : `file:${path.join(work, 'bench.db')}`
    const target = pg ? pg.uri('restored') : `file:${path.join(work, 'restored.db')}`
    console.log(`${db}:`)
    const newsroom = await fill(uri, mediaDir)
    await newsroom.close()
    const [{ dir, manifest }, backupMs] = await timed(() =>
      runBackup({ databaseUri: uri, mediaDir, into: path.join(work, 'backups') }),
    )
    const [restored, restoreMs] = await timed(() =>
      runRestore({ from: dir, databaseUri: target, mediaDir: path.join(work, 'restored-media') }),
    )
    // The ceiling: copying the same bytes with nothing else (SQLite file + media; PostgreSQL: media only).
    const [, copyMs] = await timed(() => {
      if (!pg) fs.copyFileSync(sqliteFileOf(uri), path.join(work, 'copy.db'))
      fs.cpSync(mediaDir, path.join(work, 'copy-media'), { recursive: true })
    })
    console.log(
      JSON.stringify(
        {
          database: db,
          method: manifest.database.method,
          items: manifest.collections['press-releases'],
          photos: manifest.collections.photos,
          mediaFiles: manifest.media.files,
          databaseBackup: mb(manifest.database.bytes),
          mediaBackup: mb(manifest.media.bytes),
          backupTotal: mb(du(dir)),
          backupSeconds: +(backupMs / 1000).toFixed(2),
          restoreSeconds: +(restoreMs / 1000).toFixed(2),
          plainCopySeconds: +(copyMs / 1000).toFixed(2),
          backupVsPlainCopy: +(backupMs / copyMs).toFixed(1),
          restoreVsPlainCopy: +(restoreMs / copyMs).toFixed(1),
          restoredIdentical: restored.differences.length === 0,
        },
        null,
        2,
      ),
    )
  } finally {
    await pg?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  }
}
process.exit(0)
