import type { TextField } from 'payload'
import { slugFieldHook } from '../../src/slug/slugFieldHook.js'

export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: { id: 'Slug (alamat URL)', en: 'Slug' },
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      id: 'Dibuat otomatis dari judul. Dapat diubah sebelum terbit, lalu tetap.',
      en: 'Made from the title. Editable until first publication, then fixed.',
    },
  },
  hooks: { beforeValidate: [slugFieldHook(sourceField)] },
})
