import { randomUUID } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes under a temporary name in the same directory and renames: a reader sees the whole file or
 * none, and a failed write (disk full) leaves nothing behind under any name.
 */
export const writeFileAtomically = async (file: string, data: Buffer): Promise<void> => {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`)
  try {
    await fs.writeFile(temp, data)
    await fs.rename(temp, file)
  } catch (err) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw err
  }
}
