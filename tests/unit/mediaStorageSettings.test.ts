import { afterEach, describe, expect, it } from '@jest/globals'
import { mediaStorageSettings } from '../../src/config/mediaStorage.js'
import { buildNewsroomConfig } from '../../src/payload.config.js'

const S3 = {
  MEDIA_STORAGE: 's3',
  S3_ENDPOINT: 'http://minio:9000',
  S3_BUCKET: 'humas-media',
  S3_REGION: 'ap-southeast-3',
  S3_ACCESS_KEY_ID: 'humas',
  S3_SECRET_ACCESS_KEY: 'rahasia-panjang',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('media storage settings (MEDIA_STORAGE, S3_*)', () => {
  it('keeps photos on the local disk unless told otherwise', () => {
    expect(mediaStorageSettings({})).toEqual({ kind: 'local' })
    expect(mediaStorageSettings({ MEDIA_STORAGE: 'local', S3_BUCKET: 'diabaikan' })).toEqual({
      kind: 'local',
    })
  })

  it('reads a complete S3 configuration', () => {
    expect(mediaStorageSettings(S3)).toEqual({
      kind: 's3',
      bucket: 'humas-media',
      region: 'ap-southeast-3',
      endpoint: 'http://minio:9000',
      credentials: { accessKeyId: 'humas', secretAccessKey: 'rahasia-panjang' },
      forcePathStyle: true,
    })
  })

  it('leaves the endpoint, region and credentials to AWS defaults when they are not given', () => {
    expect(mediaStorageSettings({ MEDIA_STORAGE: 'S3', S3_BUCKET: 'humas-media' })).toEqual({
      kind: 's3',
      bucket: 'humas-media',
      region: 'us-east-1',
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
    })
  })

  it.each([
    ['an unknown kind', { MEDIA_STORAGE: 'ftp' }, /MEDIA_STORAGE/],
    ['no bucket', { ...S3, S3_BUCKET: '' }, /S3_BUCKET wajib diisi/],
    ['a bucket name S3 refuses', { ...S3, S3_BUCKET: 'Foto_Humas' }, /S3_BUCKET/],
    ['an endpoint that is not a URL', { ...S3, S3_ENDPOINT: 'minio:9000' }, /S3_ENDPOINT/],
    ['a key without its secret', { ...S3, S3_SECRET_ACCESS_KEY: '' }, /S3_SECRET_ACCESS_KEY/],
    ['a secret without its key', { ...S3, S3_ACCESS_KEY_ID: ' ' }, /S3_ACCESS_KEY_ID/],
    [
      'a path-style flag that is not a boolean',
      { ...S3, S3_FORCE_PATH_STYLE: 'ya' },
      /S3_FORCE_PATH_STYLE/,
    ],
  ])('refuses %s with a sentence naming the variable', (_label, env, pattern) => {
    expect(() => mediaStorageSettings(env)).toThrow(pattern)
    expect(() => mediaStorageSettings(env)).toThrow(/Pengaturan penyimpanan media tidak valid/)
  })

  describe('at boot', () => {
    const saved = { ...process.env }
    afterEach(() => {
      for (const k of Object.keys(S3)) delete process.env[k]
      Object.assign(process.env, saved)
    })

    it('stops the start when MEDIA_STORAGE=s3 is half configured', async () => {
      Object.assign(process.env, { ...S3, S3_BUCKET: '' })
      await expect(
        buildNewsroomConfig({ databaseUri: 'file:/tmp/humas-tidak-dibuka.db', secret: 'uji' }),
      ).rejects.toThrow(/S3_BUCKET wajib diisi/)
    })
  })
})
