import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { MediaFile } from './mediaFiles.js'
import type { TableDigests } from './tableDigests.js'

export const MANIFEST = 'manifest.json'

export type BackupManifest = {
  format: 'humas-newsroom-backup'
  version: 1
  createdAt: string
  database: {
    kind: 'sqlite' | 'postgres'
    /** sqlite-vacuum-into: one SQLite file; pg_dump: custom format; logical: one JSON line per row. */
    method: 'sqlite-vacuum-into' | 'pg_dump' | 'logical'
    file: string
    bytes: number
  }
  /** Rows per collection (its main table), for people. */
  collections: Record<string, number>
  /** Every table: rows and SHA-256 of its rows; a restore is checked against these. */
  tables: TableDigests
  /** The audit chain's last entry in this backup: `npm run audit:verify -- --anchor seq:hash`. */
  auditHead: { seq: number; hash: string } | null
  media: { files: number; bytes: number; entries: MediaFile[] }
  durationMs: number
}

export const collectionCounts = (tables: TableDigests, slugs: string[]): Record<string, number> =>
  Object.fromEntries(
    slugs
      .map((slug) => [slug, tables[slug.replace(/-/g, '_')]?.rows] as const)
      .filter(([, rows]) => rows !== undefined) as [string, number][],
  )

export const sizeOf = (p: string): number =>
  fs.statSync(p).isDirectory()
    ? fs.readdirSync(p).reduce((sum, f) => sum + sizeOf(path.join(p, f)), 0)
    : fs.statSync(p).size

export const fileSha256 = (p: string): string =>
  createHash('sha256').update(fs.readFileSync(p)).digest('hex')

/** What differs between two descriptions of a newsroom (tables and media); empty when identical. */
export const differences = (
  expected: Pick<BackupManifest, 'tables' | 'media'>,
  actual: Pick<BackupManifest, 'tables' | 'media'>,
): string[] => {
  const out: string[] = []
  const names = new Set([...Object.keys(expected.tables), ...Object.keys(actual.tables)])
  for (const t of names) {
    const e = expected.tables[t]
    const a = actual.tables[t]
    if (!e || !a || e.sha256 !== a.sha256)
      out.push(
        `tabel ${t}: ${e?.rows ?? 'tidak ada'} baris dicadangkan, ${a?.rows ?? 'tidak ada'} dipulihkan${e && a && e.rows === a.rows ? ' (isi berbeda)' : ''}`,
      )
  }
  const files = new Map(actual.media.entries.map((f) => [f.path, f.sha256]))
  for (const f of expected.media.entries)
    if (files.get(f.path) !== f.sha256) out.push(`berkas media ${f.path}: hilang atau berbeda`)
  if (actual.media.files !== expected.media.files)
    out.push(`berkas media: ${expected.media.files} dicadangkan, ${actual.media.files} dipulihkan`)
  return out
}
