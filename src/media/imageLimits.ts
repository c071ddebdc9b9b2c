/** Limits for uploaded photos; both configurable by environment. */
export type ImageLimits = { maxPixels: number }

export const imageLimits = (): ImageLimits => ({
  // 60 MP: every phone and press camera in use, far below a decompression bomb.
  maxPixels: Number(process.env.MAX_IMAGE_PIXELS ?? 60_000_000),
})

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
