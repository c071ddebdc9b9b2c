import type { Field, FieldAccess } from 'payload'
import { nobody, staffField, workflowOnly } from '../../src/access/payloadAdapters.js'
import { itemUrlField } from '../../src/delivery/itemUrlField.js'
import { INITIAL_STATE, STATE_LABELS, WORKFLOW_STATES } from '../../src/workflow/states.js'
import { publicContactField } from '../fields/contactFields.js'
import { slugField } from '../fields/slugField.js'

/** A user recorded on an item (author, editor, approver): staff may read it, only `writer` may set it. */
const staffUserField = (
  name: string,
  label: { id: string; en: string },
  writer: FieldAccess,
  admin: Record<string, unknown> = {},
): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label,
  admin: { position: 'sidebar', readOnly: true, ...admin },
  access: { read: staffField, create: writer, update: writer },
})

/** Shown by the workflow panel instead of the form; still list columns and filters. */
const inPanelNotForm = { condition: () => false }
/** Shown only once there is something to show. */
const filled = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.length > 0
    : v && typeof v === 'object'
      ? Object.values(v).some(Boolean)
      : Boolean(v)
const whenFilled = (name: string) => ({
  condition: (data: Record<string, unknown>) => filled(data?.[name]),
})

const LANGUAGE_OPTIONS = [
  { value: 'id', label: { id: 'Bahasa Indonesia', en: 'Indonesian' } },
  { value: 'en', label: { id: 'Bahasa Inggris', en: 'English' } },
  { value: 'jv', label: { id: 'Bahasa Jawa', en: 'Javanese' } },
]

/** Fields shared by press releases and event coverage: the content of a news item. */
export const contentFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    required: true,
    minLength: 5,
    maxLength: 250,
    label: { id: 'Judul', en: 'Title' },
  },
  slugField('title'),
  {
    name: 'summary',
    type: 'textarea',
    maxLength: 600,
    label: { id: 'Ringkasan (lead)', en: 'Summary' },
  },
  { name: 'body', type: 'richText', label: { id: 'Isi berita', en: 'Body' } },
  {
    name: 'datelineCity',
    type: 'text',
    maxLength: 100,
    label: { id: 'Kota dateline', en: 'Dateline city' },
    admin: { description: { id: 'Contoh: SURABAYA', en: 'e.g. SURABAYA' } },
  },
  {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: { id: 'Unit penerbit', en: 'Owning unit' },
  },
  {
    name: 'coIssuingUnits',
    type: 'relationship',
    relationTo: 'units',
    hasMany: true,
    label: { id: 'Unit penerbit bersama', en: 'Co-issuing units' },
  },
  {
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    label: { id: 'Topik', en: 'Topics' },
  },
  {
    name: 'spokespeople',
    type: 'relationship',
    relationTo: 'spokespeople',
    hasMany: true,
    label: { id: 'Narasumber yang dikutip', en: 'Spokespeople quoted' },
  },
  { ...publicContactField('mediaContact'), label: { id: 'Kontak media', en: 'Media contact' } },
  {
    name: 'featuredPhoto',
    type: 'upload',
    relationTo: 'photos',
    label: { id: 'Foto utama', en: 'Featured photo' },
  },
  {
    name: 'gallery',
    type: 'upload',
    relationTo: 'photos',
    hasMany: true,
    label: { id: 'Galeri foto', en: 'Gallery' },
  },
  {
    name: 'syndicated',
    type: 'checkbox',
    defaultValue: false,
    label: { id: 'Sebarkan ke semua portal (narasi tunggal)', en: 'Syndicate to all portals' },
  },
  {
    name: 'language',
    type: 'select',
    defaultValue: 'id',
    options: LANGUAGE_OPTIONS,
    label: { id: 'Bahasa', en: 'Language' },
  },
]

/** Workflow and publication fields. The workflow service owns them; the API cannot write status or publication time. */
export const publicationFields: Field[] = [
  {
    name: 'workflowStatus',
    type: 'select',
    index: true,
    defaultValue: INITIAL_STATE,
    options: WORKFLOW_STATES.map((value) => ({ value, label: STATE_LABELS[value] })),
    label: { id: 'Status alur kerja', en: 'Workflow status' },
    admin: { position: 'sidebar', readOnly: true, ...inPanelNotForm },
    access: { create: workflowOnly, update: workflowOnly },
  },
  {
    name: 'embargoUntil',
    type: 'date',
    index: true,
    label: { id: 'Embargo hingga', en: 'Embargo until' },
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'publishAt',
    type: 'date',
    label: { id: 'Jadwal terbit', en: 'Publish at' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      ...inPanelNotForm,
    },
    access: { create: workflowOnly, update: workflowOnly },
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: { id: 'Waktu terbit', en: 'Published at' },
    admin: { position: 'sidebar', readOnly: true, ...inPanelNotForm },
    access: { create: workflowOnly, update: workflowOnly },
  },
  staffUserField(
    'approvedBy',
    { id: 'Disetujui oleh', en: 'Approved by' },
    workflowOnly,
    whenFilled('approvedBy'),
  ),
  {
    name: 'approvedAt',
    type: 'date',
    label: { id: 'Waktu persetujuan', en: 'Approved at' },
    admin: { position: 'sidebar', readOnly: true, ...inPanelNotForm },
    access: { read: staffField, create: workflowOnly, update: workflowOnly },
  },
  {
    name: 'needsRetrospectiveApproval',
    type: 'checkbox',
    defaultValue: false,
    label: { id: 'Menunggu persetujuan susulan', en: 'Awaiting retrospective approval' },
    admin: { position: 'sidebar', readOnly: true, ...inPanelNotForm },
    access: { read: staffField, create: workflowOnly, update: workflowOnly },
  },
  staffUserField(
    'forcePublishedBy',
    { id: 'Diterbitkan segera oleh', en: 'Force-published by' },
    workflowOnly,
    whenFilled('forcePublishedBy'),
  ),
  {
    name: 'revision',
    type: 'json',
    label: { id: 'Koreksi yang sedang disiapkan', en: 'Pending correction' },
    admin: {
      readOnly: true,
      // JSON fields load a code editor from a CDN; the workflow panel and the preview show the correction.
      hidden: true,
      description: {
        id: 'Perubahan atas naskah terbit menunggu telaah; versi terbit tetap tampil hingga koreksi diterbitkan.',
        en: 'Edits to a published item wait here for review.',
      },
    },
    access: { read: staffField, create: workflowOnly, update: workflowOnly },
  },
  {
    name: 'changeNotes',
    type: 'array',
    label: { id: 'Catatan perubahan publik', en: 'Public change notes' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { readOnly: true, ...whenFilled('changeNotes') },
    fields: [
      { name: 'note', type: 'textarea', required: true, label: { id: 'Catatan', en: 'Note' } },
      { name: 'at', type: 'date', required: true, label: { id: 'Waktu', en: 'At' } },
    ],
  },
  {
    name: 'withdrawal',
    type: 'group',
    label: { id: 'Pemberitahuan penarikan', en: 'Withdrawal notice' },
    access: { create: workflowOnly, update: workflowOnly },
    admin: { readOnly: true, ...whenFilled('withdrawal') },
    fields: [
      { name: 'reason', type: 'textarea', label: { id: 'Alasan penarikan', en: 'Reason' } },
      { name: 'withdrawnAt', type: 'date', label: { id: 'Waktu penarikan', en: 'Withdrawn at' } },
    ],
  },
]

/**
 * What portals show, made once when the item is published or corrected (src/delivery/renderPublicBody.ts,
 * applied by the workflow service): the body as sanitised HTML and as plain text, and the item's
 * absolute public address (computed on read). Public wherever the item is; drafts have none.
 */
export const publicRenderingFields: Field[] = [
  {
    name: 'bodyHtml',
    type: 'textarea',
    label: { id: 'Isi berita (HTML untuk portal)', en: 'Body (HTML for portals)' },
    admin: { readOnly: true, hidden: true },
    access: { create: workflowOnly, update: workflowOnly },
  },
  {
    name: 'bodyText',
    type: 'textarea',
    label: { id: 'Isi berita (teks polos)', en: 'Body (plain text)' },
    admin: { readOnly: true, hidden: true },
    access: { create: workflowOnly, update: workflowOnly },
  },
  itemUrlField,
]

/** Who wrote and last edited the item (for four-eyes), and notes between staff. Never public. */
export const internalFields: Field[] = [
  staffUserField('createdBy', { id: 'Penulis', en: 'Author' }, nobody),
  staffUserField('lastEditedBy', { id: 'Terakhir diubah oleh', en: 'Last edited by' }, nobody),
  {
    name: 'internalNotes',
    type: 'textarea',
    label: { id: 'Catatan internal redaksi', en: 'Internal notes' },
    admin: {
      description: {
        id: 'Hanya terlihat oleh staf; tidak pernah tampil di portal.',
        en: 'Staff only; never shown on portals.',
      },
    },
    access: { read: staffField },
  },
]
