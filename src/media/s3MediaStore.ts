import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import type { MediaStorageSettings } from '../config/mediaStorage.js'
import { checkedKey, type MediaStore } from './mediaStore.js'

type S3Settings = Extract<MediaStorageSettings, { kind: 's3' }>

/** One client configuration for our store and for @payloadcms/storage-s3, so both reach the same bucket the same way. */
export const s3ClientConfig = (s: S3Settings): S3ClientConfig => ({
  region: s.region,
  endpoint: s.endpoint,
  forcePathStyle: s.forcePathStyle,
  credentials: s.credentials,
  // Checksums only where S3 requires them: self-hosted servers (older MinIO, Ceph, s3rver) do not
  // all understand the SDK's default trailing checksums, and would store the framing with the bytes.
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})

const notFound = (err: unknown): boolean => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404
}

/**
 * The media store on an S3-compatible bucket. Objects are written private (no ACL is asked for): a
 * photo is only ever read through the newsroom, after its access check, never from the bucket's URL.
 */
export const s3MediaStore = (settings: S3Settings): MediaStore => {
  const client = new S3(s3ClientConfig(settings))
  const Bucket = settings.bucket
  return {
    kind: 's3',
    location: `s3://${Bucket}`,
    read: async (key) => {
      try {
        const object = await client.getObject({ Bucket, Key: checkedKey(key) })
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null
      } catch (err) {
        if (notFound(err)) return null
        throw err
      }
    },
    write: async (key, data, contentType) => {
      await client.putObject({ Bucket, Key: checkedKey(key), Body: data, ContentType: contentType })
    },
    remove: async (key) => {
      await client.deleteObject({ Bucket, Key: checkedKey(key) })
    },
    exists: async (key) => {
      try {
        await client.headObject({ Bucket, Key: checkedKey(key) })
        return true
      } catch (err) {
        if (notFound(err)) return false
        throw err
      }
    },
    list: async (prefix) => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.listObjectsV2({
          Bucket,
          Prefix: prefix || undefined,
          ContinuationToken,
        })
        for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key)
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return keys
    },
    // A put is whole or nothing, so there is no half file to fear; what can be checked before the
    // photo is recorded is that the bucket answers, to our credentials (s3:ListBucket).
    probe: async () => {
      await client.headBucket({ Bucket })
    },
    // A bucket reports being full with its own error (see storageRejection.ts), never by silence.
    isFull: async () => false,
  }
}
