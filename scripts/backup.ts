/**
 * `npm run backup -- <dir>`: a consistent backup of DATABASE_URI and MEDIA_DIR into
 * <dir>/humas-<UTC time>/, while the newsroom runs. Prints the manifest's summary; exit 1 on failure.
 */
import { databaseUri, mediaDir } from '../src/config/env.js'
import { runBackup } from '../src/ops/backup.js'

const into = process.argv[2]
if (!into) {
  console.error('Pemakaian: npm run backup -- <folder tujuan>')
  process.exit(2)
}
try {
  const { dir, manifest } = await runBackup({
    databaseUri: databaseUri(),
    mediaDir: mediaDir(),
    into,
  })
  console.log(
    JSON.stringify(
      {
        dir,
        database: manifest.database,
        collections: manifest.collections,
        auditHead: manifest.auditHead,
        media: { files: manifest.media.files, bytes: manifest.media.bytes },
        durationMs: manifest.durationMs,
      },
      null,
      2,
    ),
  )
  console.log(`Cadangan selesai: ${dir}`)
  process.exit(0)
} catch (err) {
  console.error('Cadangan gagal:', err)
  process.exit(1)
}
