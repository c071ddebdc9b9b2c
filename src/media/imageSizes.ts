import type { ImageSize } from 'payload'

/** The sizes every photo gets, cropped around its focal point, each also as WebP. */
const base: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
  { name: 'card', width: 768, height: undefined, withoutEnlargement: true },
  { name: 'hero', width: 1600, height: undefined, withoutEnlargement: true },
  { name: 'og', width: 1200, height: 630, position: 'centre' },
  { name: 'square', width: 1080, height: 1080, position: 'centre' },
]

export const IMAGE_SIZES: ImageSize[] = [
  ...base,
  ...base.map((size) => ({ ...size, name: `${size.name}Webp`, formatOptions: { format: 'webp' as const, options: { quality: 80 } } })),
]
