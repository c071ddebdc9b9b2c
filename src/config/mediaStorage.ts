/** Where photo files (originals, sizes, share cards) are kept: the local disk or an S3-compatible bucket. */
export type MediaStorageSettings =
  | { kind: 'local' }
  | {
      kind: 's3'
      bucket: string
      region: string
      /** Empty for AWS itself; the server's URL for MinIO, Ceph, Garage, s3rver… */
      endpoint?: string
      /** Both or neither: without them the AWS SDK's own chain applies (AWS_* variables, instance role). */
      credentials?: { accessKeyId: string; secretAccessKey: string }
      /** `bucket` in the path rather than the host name: what MinIO and most self-hosted servers need. */
      forcePathStyle: boolean
    }

type Env = Record<string, string | undefined>

const invalid = (id: string, en: string): Error =>
  new Error(
    `Pengaturan penyimpanan media tidak valid: ${id} (Invalid media storage settings: ${en})`,
  )

const flag = (name: string, value: string | undefined): boolean => {
  const v = value?.trim().toLowerCase() ?? ''
  if (v === '' || v === 'false' || v === '0') return false
  if (v === 'true' || v === '1') return true
  throw invalid(`${name} harus true atau false`, `${name} must be true or false`)
}

/**
 * Reads MEDIA_STORAGE and the S3_* variables once, at boot, and refuses an incomplete or malformed
 * set with a sentence naming the variable: a bucket that is half configured must stop the start, not
 * the first upload.
 */
export const mediaStorageSettings = (env: Env = process.env): MediaStorageSettings => {
  const kind = env.MEDIA_STORAGE?.trim().toLowerCase() || 'local'
  if (kind === 'local') return { kind: 'local' }
  if (kind !== 's3')
    throw invalid(
      `MEDIA_STORAGE bernilai "${env.MEDIA_STORAGE}", seharusnya local atau s3`,
      `MEDIA_STORAGE is "${env.MEDIA_STORAGE}", expected local or s3`,
    )
  const bucket = env.S3_BUCKET?.trim() ?? ''
  if (!bucket) throw invalid('S3_BUCKET wajib diisi', 'S3_BUCKET is required')
  // The rules every S3 implementation shares (lower case, digits, dots and hyphens, 3–63 characters).
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw invalid(
      `S3_BUCKET "${bucket}" bukan nama bucket`,
      `S3_BUCKET "${bucket}" is not a bucket name`,
    )
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint) {
    let url: URL | null = null
    try {
      url = new URL(endpoint)
    } catch {
      url = null
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw invalid(
        `S3_ENDPOINT "${endpoint}" bukan URL http(s)`,
        `S3_ENDPOINT "${endpoint}" is not an http(s) URL`,
      )
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim() ?? ''
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim() ?? ''
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw invalid(
      'S3_ACCESS_KEY_ID dan S3_SECRET_ACCESS_KEY harus diisi berdua',
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    )
  return {
    kind: 's3',
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint,
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE),
  }
}
