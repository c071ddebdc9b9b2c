import type { CollectionBeforeValidateHook, Field } from 'payload'
import { fieldErrors } from './fieldErrors.js'

/** Keys Payload itself accepts on documents besides declared fields. */
const SYSTEM_KEYS = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'password',
  'confirm-password',
  'file',
  'crop',
  'focalPoint',
  'focalX',
  'focalY',
  'sizes',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
])
const ITEM_KEYS = new Set(['id', 'blockType', 'blockName'])

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The named fields at one level of a config, looking through rows, collapsibles and unnamed tabs. */
const namedFieldsOf = (fields: readonly Field[]): Map<string, Field> => {
  const named = new Map<string, Field>()
  for (const field of fields) {
    if ('name' in field && field.name) named.set(field.name, field)
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) named.set(tab.name, { ...tab, type: 'group' } as Field)
        else for (const [k, v] of namedFieldsOf(tab.fields)) named.set(k, v)
      }
    } else if ('fields' in field) for (const [k, v] of namedFieldsOf(field.fields)) named.set(k, v)
  }
  return named
}

/**
 * Paths in `data` that no field declares, e.g. ["titel", "mediaContact.fax"]. Payload silently drops
 * such keys; a newsroom must instead tell the sender, because a typo in a field name is lost work.
 */
export const unknownFieldPaths = (
  fields: readonly Field[],
  data: unknown,
  prefix = '',
  topLevel = true,
): string[] => {
  if (!isObj(data)) return []
  const named = namedFieldsOf(fields)
  const unknown: string[] = []
  for (const [key, value] of Object.entries(data)) {
    const path = prefix ? `${prefix}.${key}` : key
    const field = named.get(key)
    if (!field) {
      if (!(topLevel ? SYSTEM_KEYS : ITEM_KEYS).has(key)) unknown.push(path)
      continue
    }
    if (field.type === 'group' && 'fields' in field)
      unknown.push(...unknownFieldPaths(field.fields, value, path, false))
    if (field.type === 'array' && Array.isArray(value))
      value.forEach((item, i) =>
        unknown.push(...unknownFieldPaths(field.fields, item, `${path}.${i}`, false)),
      )
  }
  return unknown
}

/** Refuses a write that names fields the collection does not have, before anything is stored. */
export const rejectUnknownFieldsHook: CollectionBeforeValidateHook = ({
  collection,
  data,
  req,
}) => {
  const unknown = unknownFieldPaths(collection.fields, data)
  if (unknown.length === 0) return data
  throw fieldErrors(
    req,
    collection.slug,
    unknown.map((path) => ({
      path,
      message: `Kolom "${path}" tidak dikenal pada ${collection.slug}.`,
    })),
  )
}
