import type { GroupField } from 'payload'
import { nobody } from '../../src/access/payloadAdapters.js'
import { SIZE_VARIANTS } from '../../src/media/imageSizes.js'

/** The generated sizes of a photo; written by the image pipeline only. */
export const photoSizesField: GroupField = {
  name: 'sizes',
  type: 'group',
  label: { id: 'Ukuran turunan', en: 'Generated sizes' },
  access: { create: nobody, update: nobody },
  admin: { readOnly: true, condition: () => false },
  fields: SIZE_VARIANTS.map((v) => ({
    name: v.variant,
    type: 'group' as const,
    fields: [
      { name: 'filename', type: 'text' as const },
      { name: 'width', type: 'number' as const },
      { name: 'height', type: 'number' as const },
      { name: 'mimeType', type: 'text' as const },
      { name: 'filesize', type: 'number' as const },
      { name: 'url', type: 'text' as const },
    ],
  })),
}
