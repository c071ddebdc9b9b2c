import { describe, expect, it } from '@jest/globals'
import { collections } from '../../collections/index.js'

const names = (hooks: readonly { name: string }[] | undefined) => (hooks ?? []).map((h) => h.name)

describe('the hooks a news item runs, in order', () => {
  it.each(['press-releases', 'event-coverage'])(
    "%s: every collection's hooks around collections/news/hooks.ts",
    (slug) => {
      const hooks = collections.find((c) => c.slug === slug)!.hooks!
      expect(names(hooks.beforeOperation)).toEqual([
        'enforceQueryAllowList',
        'rejectMalformedRichTextHook',
        'capListLimit',
        'duplicateLandsInUnit',
        'refuseWorkflowFieldWrites',
        'refuseStampWrites',
        'hideWithdrawnFromLists',
      ])
      expect(names(hooks.beforeValidate)).toEqual([
        'rejectUnknownFieldsHook',
        'rejectMissingRelationsHook',
      ])
      expect(names(hooks.beforeChange)).toEqual([
        'lockWorkflowFields',
        'stampAuthors',
        'divertPublishedEdits',
      ])
      expect(names(hooks.afterRead)).toEqual(['addShareImage', 'markEmbargoed'])
      expect(names(hooks.afterChange)).toEqual(['invalidateOnChange'])
      expect(names(hooks.afterDelete)).toEqual(['invalidateOnDelete'])
    },
  )

  it('gives every collection the hooks of every collection, once', () => {
    for (const c of collections) {
      expect(
        names(c.hooks?.beforeOperation).filter((n) => n === 'enforceQueryAllowList'),
      ).toHaveLength(1)
      expect(names(c.hooks?.afterChange).filter((n) => n === 'invalidateOnChange')).toHaveLength(1)
    }
  })
})
