import type { CollectionConfig } from 'payload'
import { createAgenda, readAgenda, staffField, writeAgenda } from '../src/access/payloadAdapters.js'
import { duplicateLandsInUnit } from '../src/access/duplicateLandsInUnit.js'
import {
  AGENDA_STATUS_OPTIONS,
  AGENDA_VISIBILITY_OPTIONS,
  endsAfterStart,
} from '../src/agenda/agendaFields.js'
import { DEFAULT_TIMEZONE, TIMEZONE_OPTIONS } from '../src/config/timezones.js'
import { ADMIN_COMPONENTS } from '../src/admin/componentPaths.js'

export const Agenda: CollectionConfig = {
  slug: 'agenda',
  labels: {
    singular: { id: 'Agenda pimpinan', en: 'Agenda item' },
    plural: { id: 'Agenda pimpinan', en: 'Agenda' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'status', 'visibility', 'unit'],
    group: { id: 'Keprotokolan', en: 'Protocol' },
  },
  graphQL: { singularName: 'AgendaItem', pluralName: 'Agenda' },
  access: { read: readAgenda, create: createAgenda, update: writeAgenda, delete: writeAgenda },
  hooks: { beforeOperation: [duplicateLandsInUnit] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 250,
      label: { id: 'Nama kegiatan', en: 'Title' },
    },
    {
      name: 'officials',
      type: 'relationship',
      relationTo: 'spokespeople',
      hasMany: true,
      label: { id: 'Pejabat', en: 'Officials' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      label: { id: 'Unit', en: 'Unit' },
    },
    {
      name: 'startsAt',
      type: 'date',
      required: true,
      index: true,
      label: { id: 'Mulai', en: 'Starts at' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        components: {
          Field: ADMIN_COMPONENTS.zonedDateTimeField,
          Cell: ADMIN_COMPONENTS.zonedDateCell,
        },
      },
    },
    {
      name: 'endsAt',
      type: 'date',
      label: { id: 'Selesai', en: 'Ends at' },
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        components: {
          Field: ADMIN_COMPONENTS.zonedDateTimeField,
          Cell: ADMIN_COMPONENTS.zonedDateCell,
        },
      },
      validate: endsAfterStart,
    },
    {
      name: 'timezone',
      type: 'select',
      required: true,
      defaultValue: DEFAULT_TIMEZONE,
      options: TIMEZONE_OPTIONS,
      label: { id: 'Zona waktu', en: 'Time zone' },
    },
    { name: 'location', type: 'text', maxLength: 300, label: { id: 'Lokasi', en: 'Location' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'terjadwal',
      options: AGENDA_STATUS_OPTIONS,
      label: { id: 'Status', en: 'Status' },
    },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'internal',
      index: true,
      options: AGENDA_VISIBILITY_OPTIONS,
      label: { id: 'Visibilitas', en: 'Visibility' },
    },
    {
      name: 'representedBy',
      type: 'relationship',
      relationTo: 'spokespeople',
      label: { id: 'Diwakili oleh', en: 'Represented by' },
    },
    {
      name: 'coverage',
      type: 'relationship',
      relationTo: 'event-coverage',
      hasMany: true,
      label: { id: 'Liputan terkait', en: 'Coverage' },
    },
    {
      name: 'protocolNotes',
      type: 'textarea',
      label: { id: 'Catatan protokol (internal)', en: 'Protocol notes (internal)' },
      admin: {
        description: {
          id: 'Tata tempat duduk, urutan sambutan, busana. Tidak pernah tampil untuk publik.',
          en: 'Seating, order of speakers, dress code. Never public.',
        },
      },
      access: { read: staffField },
    },
  ],
}
