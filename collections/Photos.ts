import type { CollectionConfig } from 'payload'
import { staffOnly } from '../src/access/payloadAdapters.js'
import { readPhoto } from '../src/media/readPhoto.js'
import { photoFileNotFound } from '../src/media/photoFileNotFound.js'
import { checkMediaStore, cleanUpFailedUpload } from '../src/media/mediaStoreGuard.js'
import {
  deletePhotoSizes,
  preparePhotoUpload,
  recordPhotoSizes,
  writePhotoSizes,
} from '../src/media/photoSizesHooks.js'
import { photoSizeEndpoint } from '../src/media/photoSizeEndpoint.js'
import { absolutePhotoUrls } from '../src/media/absolutePhotoUrls.js'
import { rerenderBodiesShowingPhoto } from '../src/delivery/backfillPublicBodies.js'
import { photoSizesField } from './fields/photoSizesField.js'

export const Photos: CollectionConfig = {
  slug: 'photos',
  labels: { singular: { id: 'Foto', en: 'Photo' }, plural: { id: 'Foto', en: 'Photos' } },
  admin: {
    useAsTitle: 'caption',
    defaultColumns: ['filename', 'caption', 'credit', 'unit'],
    group: { id: 'Redaksi', en: 'Newsroom' },
  },
  access: { read: readPhoto, create: staffOnly, update: staffOnly, delete: staffOnly },
  hooks: {
    beforeOperation: [preparePhotoUpload],
    beforeChange: [recordPhotoSizes, checkMediaStore],
    afterChange: [writePhotoSizes, rerenderBodiesShowingPhoto],
    afterRead: [absolutePhotoUrls],
    afterDelete: [deletePhotoSizes],
    afterError: [cleanUpFailedUpload, photoFileNotFound],
  },
  endpoints: [photoSizeEndpoint],
  upload: {
    staticDir: 'media',
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    // Sizes are made by our own pipeline (src/media) from a single decode, not by Payload's.
    focalPoint: true,
    crop: false,
    adminThumbnail: ({ doc }) =>
      (doc as { sizes?: { thumbnail?: { url?: string } } }).sizes?.thumbnail?.url ?? null,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { id: 'Teks alternatif (aksesibilitas)', en: 'Alt text' },
    },
    {
      name: 'caption',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      label: { id: 'Keterangan foto', en: 'Caption' },
    },
    {
      name: 'credit',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { id: 'Kredit', en: 'Credit' },
      admin: {
        description: {
          id: 'Contoh: Foto: Humas Diskominfo Jatim',
          en: 'e.g. Photo: Humas Diskominfo Jatim',
        },
      },
    },
    {
      name: 'usageTerms',
      type: 'text',
      defaultValue: 'Bebas dipublikasikan ulang dengan mencantumkan kredit.',
      label: { id: 'Ketentuan penggunaan', en: 'Usage terms' },
    },
    {
      name: 'takenAt',
      type: 'date',
      label: { id: 'Waktu pengambilan', en: 'Taken at' },
      admin: {
        description: {
          id: 'Diisi otomatis dari EXIF bila ada.',
          en: 'Filled from EXIF when present.',
        },
      },
    },
    {
      name: 'camera',
      type: 'text',
      maxLength: 120,
      label: { id: 'Kamera', en: 'Camera' },
      admin: { readOnly: true },
    },
    { name: 'place', type: 'text', maxLength: 200, label: { id: 'Tempat', en: 'Place' } },
    {
      name: 'containsMinors',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Memuat anak di bawah umur', en: 'Contains minors' },
    },
    {
      name: 'consentRecorded',
      type: 'checkbox',
      defaultValue: false,
      label: { id: 'Persetujuan subjek tercatat (UU 27/2022)', en: 'Consent recorded' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { id: 'Unit pemilik', en: 'Owning unit' },
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { id: 'Tandai publik', en: 'Public' },
      admin: {
        position: 'sidebar',
        description: {
          id: 'Foto hanya dapat diakses publik bila ditandai publik.',
          en: 'Only public photos are served to the public.',
        },
      },
    },
    photoSizesField,
  ],
}
