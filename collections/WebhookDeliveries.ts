import type { CollectionConfig } from 'payload'
import { adminOnly, noOne } from '../src/access/payloadAdapters.js'

/** Every webhook attempt, for admins to see what reached which portal. Written by the delivery job only. */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { id: 'Pengiriman webhook', en: 'Webhook delivery' },
    plural: { id: 'Pengiriman webhook', en: 'Webhook deliveries' },
  },
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['createdAt', 'client', 'event', 'outcome', 'responseStatus', 'attempt'],
    group: { id: 'Distribusi', en: 'Delivery' },
  },
  access: { read: adminOnly, create: noOne, update: noOne, delete: noOne },
  fields: [
    {
      name: 'client',
      type: 'relationship',
      relationTo: 'portal-clients',
      index: true,
      label: { id: 'Klien portal', en: 'Portal client' },
    },
    { name: 'event', type: 'text', required: true, label: { id: 'Peristiwa', en: 'Event' } },
    { name: 'targetCollection', type: 'text', label: { id: 'Koleksi', en: 'Collection' } },
    {
      name: 'documentId',
      type: 'text',
      index: true,
      label: { id: 'ID dokumen', en: 'Document id' },
    },
    { name: 'url', type: 'text', label: { id: 'URL tujuan', en: 'Target URL' } },
    { name: 'attempt', type: 'number', label: { id: 'Percobaan ke-', en: 'Attempt' } },
    {
      name: 'outcome',
      type: 'select',
      options: [
        { value: 'delivered', label: { id: 'Terkirim', en: 'Delivered' } },
        { value: 'failed', label: { id: 'Gagal (akan dicoba lagi)', en: 'Failed (will retry)' } },
      ],
      label: { id: 'Hasil', en: 'Outcome' },
    },
    { name: 'responseStatus', type: 'number', label: { id: 'Status HTTP', en: 'HTTP status' } },
    { name: 'error', type: 'text', label: { id: 'Galat', en: 'Error' } },
    { name: 'durationMs', type: 'number', label: { id: 'Durasi (ms)', en: 'Duration (ms)' } },
  ],
}
