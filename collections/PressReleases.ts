import type { CollectionConfig } from 'payload'
import { readEditorial, staffOnly } from '../src/access/payloadAdapters.js'
import { stampAuthors } from '../src/users/stampAuthors.js'
import { contentFields, internalFields, publicationFields } from './fields/editorialFields.js'

export const PressReleases: CollectionConfig = {
  slug: 'press-releases',
  labels: { singular: { id: 'Siaran pers', en: 'Press release' }, plural: { id: 'Siaran pers', en: 'Press releases' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'workflowStatus', 'unit', 'embargoUntil', 'publishedAt'],
    group: { id: 'Redaksi', en: 'Newsroom' },
  },
  versions: { maxPerDoc: 100 },
  access: { read: readEditorial, readVersions: staffOnly, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [stampAuthors] },
  fields: [...contentFields, ...publicationFields, ...internalFields],
}
