import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import type { MediaStorageSettings } from '../../src/config/mediaStorage.js'
import { s3ClientConfig } from '../../src/media/s3MediaStore.js'

/** s3rver's one account (it knows no other). */
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export type TestS3Server = {
  endpoint: string
  bucket: string
  /** The environment a newsroom is started with to use this bucket. */
  env: Record<string, string>
  /** A client with the bucket's credentials, to look inside the bucket. */
  client: S3
  keys: () => Promise<string[]>
  object: (key: string) => Promise<Buffer | null>
  /** Closes the port (the objects stay on disk), as an outage would. */
  stop: () => Promise<void>
  /** Listens again on the same port, with the same objects. */
  start: () => Promise<void>
  /** Refuses every write (403 AccessDenied), as for a key that may only read. */
  readOnly: (on: boolean) => void
  destroy: () => Promise<void>
}

/**
 * A real S3-protocol server (s3rver) on 127.0.0.1, in a temporary directory, with one bucket.
 *
 * s3rver answers anonymous requests and does not check V4 signatures, unlike AWS S3 and MinIO,
 * whose buckets are private unless a policy opens them. A small front restores that rule: a request
 * that carries no S3 signature (header or query) gets 403 AccessDenied. A newsroom that works
 * against this server therefore works without any public-read policy on its bucket. The front can
 * also refuse writes, as S3 does for a key whose policy grants only reads.
 */
export const startS3Server = async (bucket = 'humas-media'): Promise<TestS3Server> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-s3-'))
  const s3rver = new S3rver({ silent: true, directory, configureBuckets: [{ name: bucket }] })
  // run() would listen on its own port; the buckets are made the same way without it.
  await s3rver.configureBuckets()
  const handle = s3rver.callback()
  let server: http.Server | null = null
  let port = 0
  let writable = true
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = http.createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1')
        const signed =
          Boolean(req.headers.authorization) ||
          url.searchParams.has('X-Amz-Signature') ||
          url.searchParams.has('Signature')
        const write = req.method !== 'GET' && req.method !== 'HEAD'
        if (signed && (writable || !write)) return void handle(req, res)
        res.writeHead(403, { 'Content-Type': 'application/xml' })
        res.end(
          '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
        )
      })
      s.once('error', reject)
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port
        server = s
        resolve()
      })
    })
  await listen()
  const endpoint = `http://127.0.0.1:${port}`
  const settings: MediaStorageSettings = {
    kind: 's3',
    bucket,
    region: 'us-east-1',
    endpoint,
    credentials: CREDENTIALS,
    forcePathStyle: true,
  }
  const client = new S3(s3ClientConfig(settings))
  const stop = async () => {
    const s = server
    server = null
    if (!s) return
    await new Promise<void>((resolve) => {
      s.close(() => resolve())
      s.closeAllConnections()
    })
  }
  return {
    endpoint,
    bucket,
    env: {
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    keys: async () => {
      const listed = await client.listObjectsV2({ Bucket: bucket })
      return (listed.Contents ?? []).map((o) => o.Key as string).sort()
    },
    object: async (key) => {
      try {
        const o = await client.getObject({ Bucket: bucket, Key: key })
        return Buffer.from(
          await (
            o.Body as { transformToByteArray: () => Promise<Uint8Array> }
          ).transformToByteArray(),
        )
      } catch (err) {
        if ((err as { name?: string }).name === 'NoSuchKey') return null
        throw err
      }
    },
    stop,
    start: () => (server ? Promise.resolve() : listen()),
    readOnly: (on) => {
      writable = !on
    },
    destroy: async () => {
      await stop()
      client.destroy()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
