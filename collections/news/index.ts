import type { CollectionConfig, Field } from 'payload'
import {
  createNews,
  deleteNews,
  readEditorial,
  staffOnly,
  updateNews,
} from '../../src/access/payloadAdapters.js'
import type { NewsCollection } from '../../src/workflow/newsCollections.js'
import { workflowEndpoints } from '../../src/workflowService/workflowEndpoints.js'
import {
  contentFields,
  internalFields,
  publicationFields,
  publicRenderingFields,
} from './fields.js'
import { newsHooks } from './hooks.js'
import { ADMIN_COMPONENTS } from '../../src/admin/componentPaths.js'
import { previewUrl } from '../../src/admin/previewUrl.js'

/**
 * What press releases and event coverage share: the workflow, its access rules and hooks
 * (./hooks.ts), versions, the share image. Each collection adds its own labels, columns and fields.
 */
export const newsCollection = (o: {
  slug: NewsCollection
  labels: CollectionConfig['labels']
  defaultColumns: string[]
  extraFields?: Field[]
}): CollectionConfig => ({
  slug: o.slug,
  labels: o.labels,
  admin: {
    useAsTitle: 'title',
    defaultColumns: o.defaultColumns,
    group: { id: 'Redaksi', en: 'Newsroom' },
    preview: previewUrl(o.slug),
    listSearchableFields: ['title', 'summary'],
  },
  versions: { maxPerDoc: 100 },
  access: {
    read: readEditorial,
    readVersions: staffOnly,
    create: createNews,
    update: updateNews,
    delete: deleteNews,
  },
  endpoints: workflowEndpoints(o.slug),
  hooks: newsHooks,
  fields: [
    // The workflow panel heads the sidebar; the history closes the form.
    {
      name: 'workflowPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: ADMIN_COMPONENTS.workflowPanel } },
    },
    ...contentFields,
    ...(o.extraFields ?? []),
    ...publicationFields,
    ...publicRenderingFields,
    ...internalFields,
    {
      name: 'history',
      type: 'ui',
      admin: { components: { Field: ADMIN_COMPONENTS.historyPanel } },
    },
  ],
})
