import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { writeFileAtomically } from './writeFileAtomically.js'

/**
 * Where our own code keeps photo files: the sizes it renders, the share cards, and the originals it
 * reads back. Keys are relative paths with `/` (`rakor.jpg`, `share-cards/press-releases-1-ab.jpg`),
 * the same on disk and in a bucket, so a copy of one is a copy of the other. Payload's own upload
 * handling (the original, `/api/photos/file/…`) goes to the same place: the local directory, or the
 * bucket through @payloadcms/storage-s3 (src/media/objectStoragePlugin.ts).
 */
export type MediaStore = {
  kind: 'local' | 's3'
  /** For logs and operators: a directory or `s3://bucket`. */
  location: string
  /** The whole file, or null when there is none under that key. */
  read: (key: string) => Promise<Buffer | null>
  /** All or nothing: a reader never sees half a file, a failed write leaves nothing behind. */
  write: (key: string, data: Buffer, contentType: string) => Promise<void>
  /** Removing what is not there is not an error. */
  remove: (key: string) => Promise<void>
  exists: (key: string) => Promise<boolean>
  /** Every key that starts with `prefix`, in no particular order (all of them for `''`). */
  list: (prefix: string) => Promise<string[]>
  /**
   * Checks that `data` could be stored under `key` before anything depends on it, leaving nothing
   * behind. On disk Payload writes an upload in place (a full disk leaves half a file), so the bytes
   * are written once under a temporary name; a bucket takes a put whole or not at all, and is asked
   * whether it answers at all. Failing here, before the photo is recorded, matters on SQLite, where
   * Payload runs no transaction that a later failure could roll back.
   */
  probe: (key: string, data: Buffer) => Promise<void>
  /** After a write failed without saying why: whether the store is out of room for `bytes`. */
  isFull: (bytes: number) => Promise<boolean>
}

/** A key never leaves the store: no absolute paths, no `..`, no empty segments. */
export const checkedKey = (key: string): string => {
  const parts = key.split('/')
  if (!key || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\')))
    throw new Error(`Invalid media key: ${JSON.stringify(key)}`)
  return key
}

const missing = (err: unknown): boolean => (err as { code?: string }).code === 'ENOENT'

export const localMediaStore = (dir: string): MediaStore => {
  const fileOf = (key: string) => path.join(dir, ...checkedKey(key).split('/'))
  const walk = async (relative: string): Promise<string[]> => {
    const entries = await fs
      .readdir(path.join(dir, relative), { withFileTypes: true })
      .catch((err) => (missing(err) ? [] : Promise.reject(err)))
    const nested = await Promise.all(
      entries.map((e) => {
        const key = relative ? `${relative}/${e.name}` : e.name
        return e.isDirectory() ? walk(key) : Promise.resolve(e.isFile() ? [key] : [])
      }),
    )
    return nested.flat()
  }
  return {
    kind: 'local',
    location: dir,
    read: (key) =>
      fs.readFile(fileOf(key)).catch((err) => (missing(err) ? null : Promise.reject(err))),
    write: async (key, data) => {
      const file = fileOf(key)
      await fs.mkdir(path.dirname(file), { recursive: true })
      await writeFileAtomically(file, data)
    },
    remove: (key) => fs.rm(fileOf(key), { force: true }),
    exists: (key) =>
      fs.stat(fileOf(key)).then(
        (s) => s.isFile(),
        () => false,
      ),
    list: async (prefix) => {
      // Walk only the folder the prefix names, then match the rest of it.
      const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : ''
      return (await walk(folder)).filter((k) => k.startsWith(prefix))
    },
    probe: async (key, data) => {
      const file = `${fileOf(key)}.probe`
      await fs.mkdir(path.dirname(file), { recursive: true })
      await writeFileAtomically(file, data)
      await fs.rm(file, { force: true })
    },
    isFull: (bytes) =>
      fs.statfs(dir).then(
        (s) => s.bavail * s.bsize < bytes,
        () => false,
      ),
  }
}

/** The store the photos collection was configured with (src/payload.config.ts puts it there). */
export const mediaStoreOf = (payload: Payload): MediaStore => {
  const store = (
    payload.collections.photos.config.custom as { mediaStore?: MediaStore } | undefined
  )?.mediaStore
  if (!store) throw new Error('The photos collection has no media store')
  return store
}
