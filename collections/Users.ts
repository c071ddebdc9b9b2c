import { baseSessionsField, type CollectionConfig } from 'payload'
import {
  adminField,
  adminOnly,
  readUsers,
  sessionsHidden,
  unlockUsers,
  updateUser,
} from '../src/access/payloadAdapters.js'
import { ROLE_LABELS, ROLES } from '../src/access/roles.js'
import { firstUserIsAdmin } from '../src/users/firstUserIsAdmin.js'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { id: 'Pengguna', en: 'User' }, plural: { id: 'Pengguna', en: 'Users' } },
  auth: {
    // The signed-in user on every request is read without its relations (the unit is an id, as
    // access needs it): Payload's default depth read the unit and its parent on each request.
    depth: 0,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'unit'],
    group: { id: 'Organisasi', en: 'Organisation' },
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  access: {
    read: readUsers,
    create: adminOnly,
    update: updateUser,
    delete: adminOnly,
    unlock: unlockUsers,
  },
  // Copies of an account would copy its role and unit: accounts are created by an admin, one by one.
  disableDuplicate: true,
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { id: 'Nama lengkap', en: 'Full name' },
    },
    {
      name: 'nip',
      type: 'text',
      label: { id: 'NIP', en: 'Civil servant ID (NIP)' },
      admin: {
        description: {
          id: '18 digit Nomor Induk Pegawai (kosongkan untuk non-ASN).',
          en: '18-digit NIP (empty for non civil servants).',
        },
      },
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || /^\d{18}$/.test(String(value))
          ? true
          : 'NIP harus terdiri dari 18 digit angka.',
    },
    { name: 'position', type: 'text', maxLength: 200, label: { id: 'Jabatan', en: 'Position' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      label: { id: 'Peran', en: 'Role' },
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { id: 'Unit kerja', en: 'Unit' },
      access: { create: adminField, update: adminField },
      saveToJWT: true,
    },
    // Payload's own sessions field (same shape, so no migration), never readable through an API.
    { ...baseSessionsField, access: { ...baseSessionsField.access, read: sessionsHidden } },
  ],
}
