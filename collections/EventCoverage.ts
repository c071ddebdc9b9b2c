import type { CollectionConfig } from 'payload'
import { createNews, deleteNews, readEditorial, staffOnly, updateNews } from '../src/access/payloadAdapters.js'
import { hideWithdrawnFromLists } from '../src/editorial/hideWithdrawnFromLists.js'
import { workflowEndpoints } from '../src/editorial/workflowEndpoints.js'
import { divertPublishedEdits, lockWorkflowFields } from '../src/editorial/workflowFieldHooks.js'
import { refuseWorkflowFieldWrites } from '../src/editorial/refuseWorkflowFieldWrites.js'
import { addShareImage } from '../src/media/shareImageField.js'
import { stampAuthors } from '../src/users/stampAuthors.js'
import { contentFields, internalFields, publicationFields } from './fields/editorialFields.js'

const PHASE_OPTIONS = [
  { value: 'pra', label: { id: 'Pra-kegiatan', en: 'Before the event' } },
  { value: 'live', label: { id: 'Saat kegiatan (langsung)', en: 'Live' } },
  { value: 'pasca', label: { id: 'Pasca-kegiatan', en: 'After the event' } },
]

export const EventCoverage: CollectionConfig = {
  slug: 'event-coverage',
  labels: { singular: { id: 'Liputan kegiatan', en: 'Event coverage' }, plural: { id: 'Liputan kegiatan', en: 'Event coverage' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'phase', 'workflowStatus', 'unit', 'publishedAt'],
    group: { id: 'Redaksi', en: 'Newsroom' },
  },
  versions: { maxPerDoc: 100 },
  access: { read: readEditorial, readVersions: staffOnly, create: createNews, update: updateNews, delete: deleteNews },
  endpoints: workflowEndpoints('event-coverage'),
  hooks: {
    beforeOperation: [refuseWorkflowFieldWrites, hideWithdrawnFromLists],
    beforeChange: [lockWorkflowFields, stampAuthors, divertPublishedEdits],
    afterRead: [addShareImage],
  },
  fields: [
    ...contentFields,
    { name: 'agendaEvent', type: 'relationship', relationTo: 'agenda', label: { id: 'Agenda yang diliput', en: 'Agenda event' } },
    { name: 'phase', type: 'select', required: true, defaultValue: 'pasca', options: PHASE_OPTIONS, label: { id: 'Tahap liputan', en: 'Phase' } },
    { name: 'officialsPresent', type: 'relationship', relationTo: 'spokespeople', hasMany: true, label: { id: 'Pejabat yang hadir', en: 'Officials present' } },
    {
      name: 'representedBy',
      type: 'relationship',
      relationTo: 'spokespeople',
      label: { id: 'Diwakili oleh', en: 'Represented by' },
      admin: { description: { id: 'Pejabat yang mewakili pimpinan, bila pimpinan berhalangan.', en: 'Official representing the principal.' } },
    },
    { name: 'location', type: 'text', maxLength: 300, label: { id: 'Lokasi', en: 'Location' } },
    ...publicationFields,
    ...internalFields,
  ],
}
