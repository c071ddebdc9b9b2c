import { newsCollection } from './news/index.js'

const PHASE_OPTIONS = [
  { value: 'pra', label: { id: 'Pra-kegiatan', en: 'Before the event' } },
  { value: 'live', label: { id: 'Saat kegiatan (langsung)', en: 'Live' } },
  { value: 'pasca', label: { id: 'Pasca-kegiatan', en: 'After the event' } },
]

export const EventCoverage = newsCollection({
  slug: 'event-coverage',
  labels: {
    singular: { id: 'Liputan kegiatan', en: 'Event coverage' },
    plural: { id: 'Liputan kegiatan', en: 'Event coverage' },
  },
  defaultColumns: [
    'title',
    'phase',
    'workflowStatus',
    'unit',
    'embargoUntil',
    'publishAt',
    'publishedAt',
  ],
  extraFields: [
    {
      name: 'agendaEvent',
      type: 'relationship',
      relationTo: 'agenda',
      label: { id: 'Agenda yang diliput', en: 'Agenda event' },
    },
    {
      name: 'phase',
      type: 'select',
      required: true,
      defaultValue: 'pasca',
      options: PHASE_OPTIONS,
      label: { id: 'Tahap liputan', en: 'Phase' },
    },
    {
      name: 'officialsPresent',
      type: 'relationship',
      relationTo: 'spokespeople',
      hasMany: true,
      label: { id: 'Pejabat yang hadir', en: 'Officials present' },
    },
    {
      name: 'representedBy',
      type: 'relationship',
      relationTo: 'spokespeople',
      label: { id: 'Diwakili oleh', en: 'Represented by' },
      admin: {
        description: {
          id: 'Pejabat yang mewakili pimpinan, bila pimpinan berhalangan.',
          en: 'Official representing the principal.',
        },
      },
    },
    { name: 'location', type: 'text', maxLength: 300, label: { id: 'Lokasi', en: 'Location' } },
  ],
})
