import type { GroupField } from 'payload'

/** A public contact block (shown on releases and portals). */
export const publicContactField = (name = 'publicContact'): GroupField => ({
  name,
  type: 'group',
  label: { id: 'Kontak publik', en: 'Public contact' },
  fields: [
    { name: 'name', type: 'text', label: { id: 'Nama', en: 'Name' } },
    { name: 'phone', type: 'text', label: { id: 'Telepon', en: 'Phone' } },
    { name: 'email', type: 'email', label: { id: 'Surel', en: 'Email' } },
    { name: 'website', type: 'text', label: { id: 'Situs web', en: 'Website' } },
    { name: 'address', type: 'textarea', label: { id: 'Alamat', en: 'Address' } },
  ],
})
