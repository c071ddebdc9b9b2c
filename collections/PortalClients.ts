import type { CollectionConfig } from 'payload'
import { adminOnly } from '../src/access/payloadAdapters.js'
import { hideApiKey } from '../src/delivery/hideApiKey.js'
import { rotateKeyEndpoint } from '../src/delivery/rotateKeyEndpoint.js'

/** The regional portals that read the newsroom by API key. Managed by admins. */
export const PortalClients: CollectionConfig = {
  slug: 'portal-clients',
  labels: {
    singular: { id: 'Klien portal', en: 'Portal client' },
    plural: { id: 'Klien portal', en: 'Portal clients' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'active', 'expiresAt', 'lastUsedAt'],
    group: { id: 'Distribusi', en: 'Delivery' },
  },
  auth: { useAPIKey: true, disableLocalStrategy: true, depth: 0 },
  access: {
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    admin: () => false,
  },
  endpoints: [rotateKeyEndpoint],
  hooks: { afterRead: [hideApiKey] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { id: 'Nama portal', en: 'Name' },
    },
    {
      name: 'units',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      label: { id: 'Unit yang beritanya diterima', en: 'Units received' },
    },
    {
      name: 'includeChildUnits',
      type: 'checkbox',
      defaultValue: true,
      label: { id: 'Termasuk unit di bawahnya', en: 'Include child units' },
    },
    {
      name: 'receivesSyndicated',
      type: 'checkbox',
      defaultValue: true,
      label: { id: 'Terima berita narasi tunggal (sindikasi)', en: 'Receives syndicated content' },
    },
    {
      name: 'receivesEmbargoed',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Berhak menerima berita berembargo', en: 'Receives embargoed content' },
    },
    {
      name: 'allowedOrigins',
      type: 'text',
      hasMany: true,
      label: { id: 'Origin yang diizinkan (CORS)', en: 'Allowed origins' },
    },
    { name: 'webhookUrl', type: 'text', label: { id: 'URL webhook', en: 'Webhook URL' } },
    {
      name: 'webhookSecret',
      type: 'text',
      label: { id: 'Rahasia webhook', en: 'Webhook secret' },
      admin: {
        description: {
          id: 'Untuk tanda tangan X-Humas-Signature; tidak ditampilkan lagi setelah disimpan.',
          en: 'Signs webhooks; never shown again.',
        },
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { id: 'Aktif', en: 'Active' },
    },
    { name: 'expiresAt', type: 'date', label: { id: 'Berlaku hingga', en: 'Expires at' } },
    {
      name: 'lastUsedAt',
      type: 'date',
      label: { id: 'Terakhir digunakan', en: 'Last used at' },
      admin: { readOnly: true },
      access: { create: () => false, update: () => false },
    },
  ],
}
