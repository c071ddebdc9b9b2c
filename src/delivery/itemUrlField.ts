import type { Field } from 'payload'
import { publicItemUrl, siteBaseOf } from '../config/publicUrls.js'
import { isPubliclyVisible } from '../workflow/states.js'

/**
 * `url`: where readers find a public item (PUBLIC_SITE_URL, else SERVER_URL), the same address the
 * feeds, ninjs, JSON-LD and webhooks give. Computed on read, never stored; null before publication.
 */
export const itemUrlField: Field = {
  name: 'url',
  type: 'text',
  virtual: true,
  label: { id: 'Alamat publik', en: 'Public URL' },
  admin: { readOnly: true, hidden: true },
  access: { create: () => false, update: () => false },
  hooks: {
    afterRead: [
      ({ siblingData, collection, req }) =>
        collection && siblingData?.slug && isPubliclyVisible(siblingData.workflowStatus)
          ? publicItemUrl(siteBaseOf(req.payload), collection.slug, String(siblingData.slug))
          : null,
    ],
  },
}
