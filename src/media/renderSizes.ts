import sharp from 'sharp'
import { focalCrop } from './focalCrop.js'
import { SIZE_VARIANTS } from './imageSizes.js'
import type { RawPixels } from './prepareImage.js'

export type RenderedSize = {
  variant: string
  data: Buffer
  width: number
  height: number
  mimeType: string
  ext: string
}

const ENCODERS: Record<
  string,
  { ext: string; mime: string; apply: (s: sharp.Sharp) => sharp.Sharp }
> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg', apply: (s) => s.jpeg({ quality: 82 }) },
  png: { ext: 'png', mime: 'image/png', apply: (s) => s.png({ compressionLevel: 6 }) },
  webp: { ext: 'webp', mime: 'image/webp', apply: (s) => s.webp({ quality: 80 }) },
  avif: { ext: 'avif', mime: 'image/avif', apply: (s) => s.avif({ quality: 55 }) },
}

/**
 * Every size of a photo from its decoded pixels: one resize and one encode per variant, the original
 * never decoded again. Smaller originals are not enlarged.
 */
export const renderSizes = async (
  pixels: RawPixels,
  originalFormat: string,
  focal: { x?: number | null; y?: number | null },
): Promise<RenderedSize[]> => {
  const { width: srcW, height: srcH, channels } = pixels.info
  return Promise.all(
    SIZE_VARIANTS.map(async (v) => {
      const encoder = ENCODERS[v.format === 'webp' ? 'webp' : originalFormat] ?? ENCODERS.jpeg
      let img = sharp(pixels.data, { raw: { width: srcW, height: srcH, channels } })
      if (v.height) {
        const plan = focalCrop(srcW, srcH, v.width, v.height, focal.x ?? 50, focal.y ?? 50)
        img = img
          .resize(plan.resizeWidth, plan.resizeHeight)
          .extract({ left: plan.left, top: plan.top, width: plan.width, height: plan.height })
      } else {
        img = img.resize({ width: v.width, withoutEnlargement: true })
      }
      const { data, info } = await encoder.apply(img).toBuffer({ resolveWithObject: true })
      return {
        variant: v.variant,
        data,
        width: info.width,
        height: info.height,
        mimeType: encoder.mime,
        ext: encoder.ext,
      }
    }),
  )
}
