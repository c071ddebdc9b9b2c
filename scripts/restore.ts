/**
 * `npm run restore -- <backup dir> [--force]`: restores a backup into DATABASE_URI and MEDIA_DIR
 * (stop the newsroom first). Refuses a database or media folder that is not empty unless --force.
 * Exit 0 when the restored data match the manifest, 1 otherwise.
 */
import { databaseUri, mediaDir } from '../src/config/env.js'
import { RestoreRefused, runRestore } from '../src/ops/restore.js'

const args = process.argv.slice(2)
const from = args.find((a) => !a.startsWith('--'))
if (!from) {
  console.error('Pemakaian: npm run restore -- <folder cadangan> [--force]')
  process.exit(2)
}
try {
  const result = await runRestore({
    from,
    databaseUri: databaseUri(),
    mediaDir: mediaDir(),
    force: args.includes('--force'),
  })
  if (result.differences.length) {
    console.error(
      `Hasil pemulihan TIDAK sama dengan manifest:\n- ${result.differences.join('\n- ')}`,
    )
    process.exit(1)
  }
  console.log(
    `Pemulihan selesai dalam ${result.durationMs} ms: ${Object.keys(result.manifest.tables).length} tabel dan ${result.manifest.media.files} berkas media sama dengan manifest.`,
  )
  process.exit(0)
} catch (err) {
  console.error(err instanceof RestoreRefused ? err.message : err)
  process.exit(1)
}
