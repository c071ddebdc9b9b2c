import type { CollectionConfig } from 'payload'
import { noOne, readAudit } from '../src/access/payloadAdapters.js'
import { exportAuditEndpoint, verifyAuditEndpoint } from '../src/audit/auditEndpoints.js'

/**
 * Append-only: entries are written by the workflow service; no API can create, edit or delete them.
 * Each entry is chained to the one before it by hash (src/audit/chainHash.ts), so that an edit or a
 * deletion made in the database itself is found by `npm run audit:verify` or GET /api/audit-log/verify.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { id: 'Jejak audit', en: 'Audit entry' },
    plural: { id: 'Jejak audit', en: 'Audit log' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actorName', 'action', 'outcome', 'documentTitle', 'from', 'to'],
    group: { id: 'Organisasi', en: 'Organisation' },
  },
  access: { read: readAudit, create: noOne, update: noOne, delete: noOne, readVersions: noOne },
  endpoints: [verifyAuditEndpoint, exportAuditEndpoint],
  timestamps: true,
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { id: 'Waktu', en: 'At' } },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      label: { id: 'Pelaku', en: 'Actor' },
    },
    { name: 'actorName', type: 'text', label: { id: 'Nama pelaku', en: 'Actor name' } },
    { name: 'actorRole', type: 'text', label: { id: 'Peran', en: 'Role' } },
    {
      name: 'action',
      type: 'text',
      required: true,
      index: true,
      label: { id: 'Tindakan', en: 'Action' },
    },
    {
      name: 'outcome',
      type: 'select',
      required: true,
      options: [
        { value: 'done', label: { id: 'Berhasil', en: 'Done' } },
        { value: 'refused', label: { id: 'Ditolak', en: 'Refused' } },
      ],
      label: { id: 'Hasil', en: 'Outcome' },
    },
    { name: 'code', type: 'text', label: { id: 'Kode penolakan', en: 'Refusal code' } },
    {
      name: 'targetCollection',
      type: 'text',
      required: true,
      label: { id: 'Koleksi', en: 'Collection' },
    },
    {
      name: 'documentId',
      type: 'text',
      required: true,
      index: true,
      label: { id: 'ID dokumen', en: 'Document id' },
    },
    { name: 'documentTitle', type: 'text', label: { id: 'Judul dokumen', en: 'Document title' } },
    { name: 'from', type: 'text', label: { id: 'Dari status', en: 'From' } },
    { name: 'to', type: 'text', label: { id: 'Ke status', en: 'To' } },
    { name: 'reason', type: 'textarea', label: { id: 'Alasan / catatan', en: 'Reason' } },
    { name: 'summary', type: 'text', label: { id: 'Ringkasan', en: 'Summary' } },
    // The hash chain (src/audit/chainHash.ts): written once by src/audit/appendAudit.ts, never edited.
    {
      name: 'actorUserId',
      type: 'text',
      admin: { readOnly: true },
      label: { id: 'ID pengguna pelaku', en: 'Actor user id' },
    },
    {
      name: 'seq',
      type: 'number',
      unique: true,
      admin: { readOnly: true },
      label: { id: 'Nomor urut rantai', en: 'Chain position' },
    },
    {
      name: 'prevHash',
      type: 'text',
      admin: { readOnly: true },
      label: { id: 'Hash sebelumnya', en: 'Previous hash' },
    },
    { name: 'hash', type: 'text', admin: { readOnly: true }, label: { id: 'Hash', en: 'Hash' } },
  ],
}
