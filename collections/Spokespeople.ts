import type { CollectionConfig } from 'payload'
import { anyone, staffOnly } from '../src/access/payloadAdapters.js'
import { ACTING_STATUS_OPTIONS, composeDisplayName } from '../src/spokespeople/spokespersonName.js'
import { publicContactField } from './fields/contactFields.js'

export const Spokespeople: CollectionConfig = {
  slug: 'spokespeople',
  labels: {
    singular: { id: 'Juru bicara / pejabat', en: 'Spokesperson' },
    plural: { id: 'Juru bicara & pejabat', en: 'Spokespeople' },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'position', 'actingStatus', 'unit'],
    group: { id: 'Organisasi', en: 'Organisation' },
  },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: { beforeChange: [({ data }) => ({ ...data, displayName: composeDisplayName(data) })] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { id: 'Nama (tanpa gelar)', en: 'Name (without titles)' },
    },
    {
      name: 'titlesBefore',
      type: 'text',
      maxLength: 60,
      label: { id: 'Gelar depan', en: 'Titles before' },
      admin: { description: { id: 'Contoh: Dr. H. / Prof. Ir.', en: 'e.g. Dr. H.' } },
    },
    {
      name: 'titlesAfter',
      type: 'text',
      maxLength: 100,
      label: { id: 'Gelar belakang', en: 'Titles after' },
      admin: { description: { id: 'Contoh: S.Sos., M.Si.', en: 'e.g. S.Sos., M.Si.' } },
    },
    {
      name: 'displayName',
      type: 'text',
      label: { id: 'Nama lengkap bergelar', en: 'Display name' },
      admin: { readOnly: true },
    },
    {
      name: 'position',
      type: 'text',
      required: true,
      maxLength: 250,
      label: { id: 'Jabatan', en: 'Position' },
    },
    {
      name: 'actingStatus',
      type: 'select',
      required: true,
      defaultValue: 'definitif',
      options: ACTING_STATUS_OPTIONS,
      label: { id: 'Status jabatan', en: 'Acting status' },
    },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: { id: 'Unit', en: 'Unit' } },
    { name: 'photo', type: 'upload', relationTo: 'photos', label: { id: 'Foto', en: 'Photo' } },
    { name: 'bio', type: 'textarea', label: { id: 'Biografi singkat', en: 'Short bio' } },
    publicContactField(),
    { name: 'termStart', type: 'date', label: { id: 'Awal masa jabatan', en: 'Term start' } },
    { name: 'termEnd', type: 'date', label: { id: 'Akhir masa jabatan', en: 'Term end' } },
  ],
}
