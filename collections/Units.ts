import type { CollectionConfig } from 'payload'
import { adminOnly, anyone } from '../src/access/payloadAdapters.js'
import { DEFAULT_TIMEZONE, TIMEZONE_OPTIONS } from '../src/config/timezones.js'
import { UNIT_TYPE_OPTIONS } from '../src/config/unitTypes.js'
import { rejectUnitCycle } from '../src/units/rejectUnitCycle.js'
import { publicContactField } from './fields/contactFields.js'
import { slugField } from './fields/slugField.js'

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: { id: 'Unit kerja', en: 'Unit' }, plural: { id: 'Unit kerja', en: 'Units' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'timezone'],
    group: { id: 'Organisasi', en: 'Organisation' },
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  hooks: { beforeValidate: [rejectUnitCycle] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { id: 'Nama unit', en: 'Name' },
    },
    slugField('name'),
    {
      name: 'type',
      type: 'select',
      required: true,
      options: UNIT_TYPE_OPTIONS,
      label: { id: 'Jenis unit', en: 'Type' },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'units',
      label: { id: 'Unit induk', en: 'Parent unit' },
    },
    {
      name: 'regionCode',
      type: 'text',
      label: { id: 'Kode wilayah (Kemendagri)', en: 'Region code' },
      validate: (value: unknown) =>
        value === null ||
        value === undefined ||
        value === '' ||
        /^\d{2}(\.\d{2}){0,3}$/.test(String(value))
          ? true
          : 'Kode wilayah harus berbentuk 35 atau 35.78 (angka Kemendagri).',
    },
    {
      name: 'timezone',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_TIMEZONE,
      options: TIMEZONE_OPTIONS,
      label: { id: 'Zona waktu', en: 'Time zone' },
    },
    { name: 'logo', type: 'upload', relationTo: 'photos', label: { id: 'Logo', en: 'Logo' } },
    publicContactField(),
  ],
}
