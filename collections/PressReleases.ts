import type { CollectionConfig } from 'payload'
import { createNews, deleteNews, readEditorial, staffOnly, updateNews } from '../src/access/payloadAdapters.js'
import { hideWithdrawnFromLists } from '../src/editorial/hideWithdrawnFromLists.js'
import { workflowEndpoints } from '../src/editorial/workflowEndpoints.js'
import { divertPublishedEdits, lockWorkflowFields } from '../src/editorial/workflowFieldHooks.js'
import { refuseWorkflowFieldWrites } from '../src/editorial/refuseWorkflowFieldWrites.js'
import { addShareImage } from '../src/media/shareImageField.js'
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
  access: { read: readEditorial, readVersions: staffOnly, create: createNews, update: updateNews, delete: deleteNews },
  endpoints: workflowEndpoints('press-releases'),
  hooks: {
    beforeOperation: [refuseWorkflowFieldWrites, hideWithdrawnFromLists],
    beforeChange: [lockWorkflowFields, stampAuthors, divertPublishedEdits],
    afterRead: [addShareImage],
  },
  fields: [...contentFields, ...publicationFields, ...internalFields],
}
