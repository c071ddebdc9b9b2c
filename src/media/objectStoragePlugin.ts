import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Field, PayloadRequest, Plugin } from 'payload'
import { staffField } from '../access/payloadAdapters.js'
import type { MediaStorageSettings } from '../config/mediaStorage.js'
import { s3ClientConfig } from './s3MediaStore.js'

/** Where the plugin keeps an object is the newsroom's business: staff may read it, the public never. */
const STORAGE_FIELDS = new Set(['prefix', '_objectKey'])

type FileHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]
/**
 * The plugin answers a bare 500 when the bucket cannot be read (it has logged why): say what it is,
 * as the size endpoint does, so that clients and load balancers retry rather than give up.
 */
const unavailableWhenFailed = (handler: FileHandler): FileHandler =>
  // Payload types a handler as `Promise<Response> | Promise<void>`, which no async function is.
  (async (req: PayloadRequest, args: Parameters<FileHandler>[1]) => {
    const res = await handler(req, args)
    if (!(res instanceof Response) || res.status !== 500) return res
    return Response.json(
      {
        errors: [
          {
            code: 'STORAGE_UNAVAILABLE',
            message: 'Penyimpanan media sedang tidak dapat dibaca. Coba lagi sebentar lagi.',
          },
        ],
      },
      { status: 503, headers: { 'Retry-After': '30' } },
    )
  }) as FileHandler

const adaptPhotos = (collection: CollectionConfig): CollectionConfig =>
  collection.slug !== 'photos'
    ? collection
    : {
        ...collection,
        fields: collection.fields.map((f): Field =>
          'name' in f && STORAGE_FIELDS.has(f.name)
            ? ({ ...f, access: { read: staffField } } as Field)
            : f,
        ),
        upload:
          typeof collection.upload === 'object'
            ? {
                ...collection.upload,
                handlers: collection.upload.handlers?.map(unavailableWhenFailed),
              }
            : collection.upload,
      }

/**
 * Payload's S3 storage for the photos collection: the original goes to the bucket, and
 * `/api/photos/file/…` streams it back from there. Access control stays Payload's: the file URL is
 * the newsroom's, the read access rule (src/media/readPhoto.ts) runs before any byte is fetched, and
 * no object is public or has a public URL. Sizes and share cards are ours (src/media/mediaStore.ts).
 *
 * The plugin's fields (`prefix`, `_objectKey`) are added in both modes so that the schema, and so the
 * migrations, do not depend on where the files are.
 */
export const objectStoragePlugin =
  (settings: MediaStorageSettings): Plugin =>
  async (incoming) => {
    const config = await s3Storage({
      enabled: settings.kind === 's3',
      alwaysInsertFields: true,
      bucket: settings.kind === 's3' ? settings.bucket : 'unused',
      config: settings.kind === 's3' ? s3ClientConfig(settings) : {},
      // One client per bucket and endpoint: tests run newsrooms on different servers side by side.
      clientCacheKey:
        settings.kind === 's3' ? `s3:${settings.endpoint ?? 'aws'}:${settings.bucket}` : undefined,
      collections: {
        // An empty prefix keeps objects at the bucket's root, named as on disk; naming it (rather
        // than leaving it out) gives the collection its `prefix` field when enabled too.
        photos: { prefix: '', signedDownloads: false },
      },
    })(incoming)
    return { ...config, collections: config.collections?.map(adaptPhotos) }
  }
