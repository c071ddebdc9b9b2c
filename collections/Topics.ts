import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '../src/access/payloadAdapters.js'
import { slugField } from './fields/slugField.js'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { id: 'Topik', en: 'Topic' }, plural: { id: 'Topik', en: 'Topics' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug'],
    group: { id: 'Redaksi', en: 'Newsroom' },
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { id: 'Nama', en: 'Name' },
    },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'category',
      options: [
        { value: 'category', label: { id: 'Kategori', en: 'Category' } },
        { value: 'tag', label: { id: 'Tag', en: 'Tag' } },
      ],
      label: { id: 'Jenis', en: 'Kind' },
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 500,
      label: { id: 'Deskripsi', en: 'Description' },
    },
  ],
}
