import exifReader from 'exif-reader'
import { fileTypeFromBuffer } from 'file-type'
import { APIError } from 'payload'
import sharp from 'sharp'
import { ACCEPTED_IMAGE_TYPES, type ImageLimits } from './imageLimits.js'

export type RawPixels = { data: Buffer; info: sharp.OutputInfo }
export type PreparedImage = {
  /** The original re-encoded from the decoded pixels: upright, with no metadata (GPS included) and no trailing bytes. */
  clean: Buffer
  mime: string
  ext: string
  pixels: RawPixels
  takenAt?: string
  camera?: string
}

/** A refused upload: a status, a stable code and a sentence for the photographer. */
const photoRejection = (status: 400 | 413 | 415, code: string, message: string): APIError =>
  new APIError(message, status, { code }, true)

/** Markup that makes an image a polyglot (a browser or server could run it). Never found by chance in image data. */
const ACTIVE_CONTENT = /<(script|html|body|iframe|svg|object|embed)[\s>\/]|<\?php/i

const ENCODE: Record<string, (s: sharp.Sharp) => sharp.Sharp> = {
  'image/jpeg': (s) => s.jpeg({ quality: 90, mozjpeg: false }),
  'image/png': (s) => s.png({ compressionLevel: 6 }),
  'image/webp': (s) => s.webp({ quality: 90 }),
  'image/avif': (s) => s.avif({ quality: 60 }),
}

const readExif = (exif: Buffer | undefined): { takenAt?: string; camera?: string } => {
  if (!exif) return {}
  try {
    const tags = exifReader(exif)
    const taken = tags.Photo?.DateTimeOriginal ?? tags.Image?.DateTime
    const camera = [tags.Image?.Make, tags.Image?.Model].filter(Boolean).join(' ').trim()
    return {
      takenAt:
        taken instanceof Date && !Number.isNaN(taken.getTime()) ? taken.toISOString() : undefined,
      camera: camera || undefined,
    }
  } catch {
    return {}
  }
}

/**
 * Checks an upload and decodes it once. The type comes from the bytes, never the name or the declared
 * type; the pixel count is read from the header before any decoding, so a decompression bomb is
 * refused in milliseconds with almost no memory. The stored original is re-encoded from the pixels:
 * EXIF orientation applied, all metadata dropped. Files that also carry markup or script (polyglots)
 * are refused outright.
 */
export const prepareImage = async (bytes: Buffer, limits: ImageLimits): Promise<PreparedImage> => {
  const detected = await fileTypeFromBuffer(bytes)
  if (!detected || !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(detected.mime)) {
    throw photoRejection(
      415,
      'UNSUPPORTED_IMAGE_TYPE',
      `Berkas ini bukan foto JPEG, PNG, WebP atau AVIF${detected ? ` (terdeteksi: ${detected.mime})` : ''}. SVG, GIF, PDF dan dokumen lain tidak diterima.`,
    )
  }
  if (ACTIVE_CONTENT.test(bytes.toString('latin1'))) {
    throw photoRejection(
      415,
      'POLYGLOT_FILE',
      'Berkas ini gambar sekaligus memuat kode (HTML/skrip). Berkas seperti ini tidak diterima; ekspor ulang fotonya.',
    )
  }
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw photoRejection(
      400,
      'IMAGE_UNREADABLE',
      'Berkas foto rusak atau tidak lengkap dan tidak dapat dibaca.',
    )
  }
  const pixels = (meta.width ?? 0) * (meta.height ?? 0)
  if (pixels > limits.maxPixels) {
    const mp = (n: number) => (n / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 })
    throw photoRejection(
      413,
      'IMAGE_TOO_MANY_PIXELS',
      `Foto berukuran ${meta.width}×${meta.height} (${mp(pixels)} MP) melebihi batas ${mp(limits.maxPixels)} MP.`,
    )
  }
  if ((meta.pages ?? 1) > 1)
    throw photoRejection(
      415,
      'ANIMATED_IMAGE',
      'Foto bergerak (animasi) tidak diterima; unggah foto diam.',
    )
  let raw: RawPixels
  try {
    raw = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'truncated' })
      .rotate()
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch {
    throw photoRejection(
      400,
      'IMAGE_UNREADABLE',
      'Berkas foto rusak atau tidak lengkap dan tidak dapat dibaca.',
    )
  }
  const { width, height, channels } = raw.info
  const clean = await ENCODE[detected.mime](
    sharp(raw.data, { raw: { width, height, channels } }),
  ).toBuffer()
  return { clean, mime: detected.mime, ext: detected.ext, pixels: raw, ...readExif(meta.exif) }
}
