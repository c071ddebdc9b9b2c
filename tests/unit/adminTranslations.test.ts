import { describe, expect, it } from '@jest/globals'
import os from 'node:os'
import path from 'node:path'
import { buildNewsroomConfig } from '../../src/payload.config.js'

/** Every key path of a nested translation object: `heading.label`, `general.placeholder`… */
const keyPaths = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )

describe('the admin in Bahasa Indonesia', () => {
  it('has an Indonesian text for every key the rich-text editor has in English', async () => {
    const { config } = await buildNewsroomConfig({
      databaseUri: `file:${path.join(os.tmpdir(), `humas-i18n-${process.pid}.db`)}`,
      secret: 'test-secret-for-humas-newsroom',
    })
    const translations = config.i18n.translations as Record<string, { lexical?: object }>
    const english = keyPaths(translations.en.lexical ?? {})
    // The editor's features are all there (a check that the comparison below compares something).
    expect(english).toEqual(
      expect.arrayContaining([
        'heading.label',
        'unorderedList.label',
        'general.slashMenuListGroupLabel',
      ]),
    )
    const indonesian = new Set(keyPaths(translations.id.lexical ?? {}))
    expect(english.filter((k) => !indonesian.has(k))).toEqual([])

    // Every date field shows 24 Nov 2026 09.00, also inside arrays (the public change notes).
    const dateFormats = (fields: unknown[]): string[] =>
      fields.flatMap((f) => {
        const field = f as {
          type: string
          name?: string
          fields?: unknown[]
          admin?: { date?: { displayFormat?: string } }
        }
        if (field.type === 'date') return [`${field.name}: ${field.admin?.date?.displayFormat}`]
        return field.fields ? dateFormats(field.fields) : []
      })
    const news = config.collections.find((c) => c.slug === 'press-releases')!
    expect(dateFormats(news.fields)).toEqual(
      expect.arrayContaining(['embargoUntil: d MMM yyyy HH.mm', 'at: d MMM yyyy']),
    )
    const all = config.collections.flatMap((c) => dateFormats(c.fields))
    // Payload's own timestamps, login and job fields (added later, hidden or shown with admin.dateFormat).
    const payloadOwn =
      /^(updatedAt|createdAt|resetPasswordExpiration|resetPasswordRequestedAt|lockUntil|waitUntil):/
    expect(all.filter((f) => !payloadOwn.test(f) && !/: d MMM yyyy/.test(f))).toEqual([])
    expect(config.admin.dateFormat).toBe('d MMM yyyy HH.mm')
  })
})
