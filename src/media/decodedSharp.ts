import sharp from 'sharp'
import type { RawPixels } from './prepareImage.js'

/** Pixels already decoded for an upload, keyed by the exact buffer Payload will hand to sharp. */
const decoded = new WeakMap<Buffer, { pixels: RawPixels; format: keyof sharp.FormatEnum }>()

/** `format` is the original's (jpeg, png, webp, avif): sizes keep it unless they ask for another. */
export const rememberPixels = (buffer: Buffer, pixels: RawPixels, format: keyof sharp.FormatEnum): void => {
  decoded.set(buffer, { pixels, format })
}

/**
 * The sharp that Payload uses. For an upload we have already decoded, it starts from those pixels, so
 * Payload's sizes (focal-point crops, WebP) never decode the original again. Anything else is plain sharp.
 */
export const decodedSharp = ((input?: unknown, options?: sharp.SharpOptions) => {
  const known = Buffer.isBuffer(input) ? decoded.get(input) : undefined
  if (!known) return sharp(input as Buffer, options)
  const { width, height, channels } = known.pixels.info
  return sharp(known.pixels.data, { ...options, animated: false, raw: { width, height, channels } }).toFormat(known.format)
}) as unknown as typeof sharp
