import type { NextFunction, Request, Response } from 'express'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { errorBody } from './errorCodes.js'

/** A multipart body written to disk: fetchBridge.ts streams it to Payload in large chunks. */
export type UploadBodyFile = { path: string; size: number }
export const uploadBodyFileOf = (req: Request): UploadBodyFile | undefined =>
  (req as { uploadBodyFile?: UploadBodyFile }).uploadBodyFile

const HEAD_BYTES = 128
const TAIL_BYTES = 4096

/**
 * A multipart body names its boundary in the header, opens with it and closes with it; the form
 * parser behind Payload throws outside any status otherwise. Read from the file's first and last bytes.
 */
const wellFramed = async (contentType: string, file: string, size: number): Promise<boolean> => {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType)
  const boundary = match?.[1] ?? match?.[2]
  if (!boundary) return false
  const handle = await fs.promises.open(file, 'r')
  try {
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES))
    await handle.read(head, 0, head.length, 0)
    const tail = Buffer.alloc(Math.min(size, TAIL_BYTES))
    await handle.read(tail, 0, tail.length, size - tail.length)
    const start = head.toString('latin1').replace(/^\r\n/, '')
    return start.startsWith(`--${boundary}`) && tail.includes(Buffer.from(`--${boundary}--`))
  } finally {
    await handle.close()
  }
}

/**
 * Writes multipart uploads to a temporary file (up to the upload limit plus form overhead) before
 * Payload parses them, instead of holding the body in memory; the file goes when the response ends.
 * Over the limit: 413 before anything is parsed or stored. Files go to UPLOAD_TMP_DIR (default: the
 * system's temporary directory), readable by this user only.
 */
export const uploadBodyBuffer = (maxUploadBytes: number) => {
  const limit = maxUploadBytes + 1024 * 1024
  const mb = (maxUploadBytes / 1024 / 1024).toFixed(0)
  const tooLarge = (res: Response) =>
    res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', `Berkas melebihi batas unggahan ${mb} MB.`))
  return (req: Request, res: Response, next: NextFunction): void => {
    const contentType = String(req.headers['content-type'] ?? '')
    if (!/^multipart\/form-data/i.test(contentType)) return next()
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      res.set('Connection', 'close')
      return void tooLarge(res)
    }
    const dir = process.env.UPLOAD_TMP_DIR ?? os.tmpdir()
    const file = path.join(dir, `humas-upload-${randomUUID()}`)
    const out = fs.createWriteStream(file, { flags: 'wx', mode: 0o600 })
    let size = 0
    let failed = false
    const remove = () => void fs.promises.rm(file, { force: true }).catch(() => undefined)
    res.on('close', remove)
    const fail = (status: 400 | 413) => {
      if (failed) return
      failed = true
      req.unpipe(out)
      out.destroy()
      remove()
      req.resume()
      if (res.headersSent) return
      res.set('Connection', 'close')
      if (status === 413) return void tooLarge(res)
      res.status(400).json(errorBody('BAD_REQUEST', 'Unggahan tidak dapat dibaca.'))
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) fail(413)
    })
    req.on('aborted', () => fail(400))
    req.on('error', () => fail(400))
    out.on('error', () => fail(400))
    out.on('finish', () => {
      if (failed) return
      wellFramed(contentType, file, size)
        .then((ok) => {
          if (!ok)
            return void res
              .status(400)
              .json(
                errorBody(
                  'INVALID_MULTIPART',
                  'Unggahan tidak dapat dibaca: batas (boundary) multipart hilang atau rusak.',
                ),
              )
          ;(req as { uploadBodyFile?: UploadBodyFile }).uploadBodyFile = { path: file, size }
          next()
        })
        .catch(() => fail(400))
    })
    req.pipe(out)
  }
}
