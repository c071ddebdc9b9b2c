import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type MediaFile = { path: string; bytes: number; sha256: string }

const walk = (root: string, dir = ''): string[] => {
  const here = path.join(root, dir)
  if (!fs.existsSync(here)) return []
  return fs
    .readdirSync(here, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? walk(root, path.join(dir, e.name))
        : e.isFile() && !e.name.startsWith('.')
          ? [path.join(dir, e.name)]
          : [],
    )
    .sort()
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Lists the media store's files with their checksums; copies each to `into` when given (one read per file). */
export const mediaFiles = (root: string, into?: string): MediaFile[] => {
  const files: MediaFile[] = []
  for (const rel of walk(root)) {
    let bytes: Buffer
    try {
      bytes = fs.readFileSync(path.join(root, rel))
    } catch (err) {
      // Deleted since it was listed (a photo removed during the backup): not part of it.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw err
    }
    if (into) {
      fs.mkdirSync(path.dirname(path.join(into, rel)), { recursive: true })
      fs.writeFileSync(path.join(into, rel), bytes)
    }
    files.push({ path: rel.split(path.sep).join('/'), bytes: bytes.length, sha256: sha256(bytes) })
  }
  return files
}

export const isEmptyDir = (dir: string): boolean => !fs.existsSync(dir) || walk(dir).length === 0
