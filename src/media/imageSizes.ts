/** The sizes every photo gets. Sizes with a height are cropped around the focal point; each also as WebP. */
export type SizeSpec = { name: string; width: number; height?: number }
export type SizeVariant = SizeSpec & { variant: string; format: 'original' | 'webp' }

export const SIZE_SPECS: readonly SizeSpec[] = [
  { name: 'thumbnail', width: 400, height: 300 },
  { name: 'card', width: 768 },
  { name: 'hero', width: 1600 },
  { name: 'og', width: 1200, height: 630 },
  { name: 'square', width: 1080, height: 1080 },
]

export const SIZE_VARIANTS: readonly SizeVariant[] = SIZE_SPECS.flatMap((s) => [
  { ...s, variant: s.name, format: 'original' as const },
  { ...s, variant: `${s.name}Webp`, format: 'webp' as const },
])
