/**
 * Which query paths a principal may use, decided once for REST, GraphQL and Local API calls made
 * for a user. Pure: the caller describes the collections and what the principal may read; this
 * module answers "ok" or names the first offending path. Filtering, sorting or selecting on a
 * field is reading it, so the same rule applies to `where`, `sort`, `select`, `populate` and `joins`:
 * only readable fields, never secrets (not even for admins: a filter is a prefix oracle on a value
 * that is "never shown again"), never inside rich text, one relation hop at most, operators fitting
 * the field's type, values that parse.
 */

import {
  isBooleanLike,
  isPlainObject,
  KIND_OF,
  OPERATORS,
  validScalar,
  validValue,
  type Kind,
  type QueryField,
} from './queryValues.js'

export type { QueryField } from './queryValues.js'

export type CollectionShape = { fields: readonly QueryField[]; idType: 'number' | 'text' }
/** `all`: every document; `some`: an access query narrows them; `none`: nothing. */
export type Readability = 'all' | 'some' | 'none'

export type QueryView = {
  collection: (slug: string) => CollectionShape | undefined
  readable: (slug: string) => Readability
  canReadField: (slug: string, field: QueryField) => boolean
}

export type QueryInput = {
  where?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
  joins?: unknown
}
export type QueryRefusal =
  'shape' | 'path' | 'rich-text' | 'too-deep' | 'operator' | 'value' | 'too-complex'
export type QueryVerdict = { ok: true } | { ok: false; path: string; reason: QueryRefusal }

/** Never queryable by anyone: credentials, their bookkeeping, and secrets shown once. */
export const SECRET_FIELDS: ReadonlySet<string> = new Set([
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'sessions',
  'apiKey',
  'apiKeyIndex',
  'enableAPIKey',
  'webhookSecret',
  'loginAttempts',
  'lockUntil',
  '_verificationToken',
  '_verified',
])

/**
 * One hop (`unit.slug`) covers what portals and the admin ask for. A second hop is where Payload
 * 3.90's validateSearchParam starts a nested validation it never awaits: its QueryError becomes an
 * unhandled rejection that ends the process. Refusing it here makes that code unreachable.
 */
export const MAX_RELATION_HOPS = 1
const MAX_CONDITIONS = 100
const MAX_NESTING = 6
const MAX_SORT_KEYS = 5

type Resolved =
  { kind: Kind; field?: QueryField; idType?: 'number' | 'text' } | { kind: 'container' }
const CONTAINERS = new Set(['group', 'array', 'tab', 'collapsible', 'row'])
const RICH = new Set(['richText', 'json'])
/** Version documents wrap the fields in `version` and add these. */
const VERSION_META: Record<string, QueryField> = {
  parent: { name: 'parent', type: 'relationship' },
  latest: { name: 'latest', type: 'checkbox' },
  autosave: { name: 'autosave', type: 'checkbox' },
}

type Refusal = { ok: false; path: string; reason: QueryRefusal }
const refuse = (path: string, reason: QueryRefusal): Refusal => ({ ok: false, path, reason })
/** GraphQL spells nested paths with `__`; Payload reads them as dots. */
const normalisePath = (path: string): string => (path === '_id' ? 'id' : path.replace(/__/g, '.'))

/** Resolves a dotted path to what it ends on, checking readability of every step. */
const resolvePath = (
  view: QueryView,
  rootSlug: string,
  rawPath: string,
  purpose: 'where' | 'sort',
): Resolved | Refusal => {
  const path = normalisePath(rawPath)
  const root = view.collection(rootSlug)
  if (!root) return refuse(rawPath, 'path')
  let segments = path.split('.')
  if (segments.some((s) => s === '')) return refuse(rawPath, 'path')
  // Version queries name the document's own fields under `version.`.
  if (segments[0] === 'version' && segments.length > 1) segments = segments.slice(1)
  else if (
    segments.length === 1 &&
    VERSION_META[segments[0]] &&
    !root.fields.some((f) => f.name === segments[0])
  ) {
    const meta = VERSION_META[segments[0]]
    return meta.type === 'checkbox'
      ? { kind: 'checkbox', field: meta }
      : { kind: 'relation', idType: root.idType }
  }
  let slug = rootSlug
  let fields = root.fields
  let atCollectionTop = true
  let hops = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]
    const last = i === segments.length - 1
    const shape = view.collection(slug)
    if (segment === 'id' && last && atCollectionTop && shape)
      return { kind: 'relation', idType: shape.idType }
    const field = fields.find((f) => f.name === segment)
    if (
      !field ||
      SECRET_FIELDS.has(segment) ||
      field.hidden ||
      field.virtual === true ||
      !view.canReadField(slug, field)
    )
      return refuse(rawPath, 'path')
    if (RICH.has(field.type)) return refuse(rawPath, 'rich-text')
    if (CONTAINERS.has(field.type) && field.flattenedFields) {
      if (last) return { kind: 'container' }
      fields = field.flattenedFields
      atCollectionTop = false
      continue
    }
    const kind = KIND_OF[field.type]
    if (!kind) return refuse(rawPath, 'path')
    if (kind !== 'relation') return last ? { kind, field } : refuse(rawPath, 'path')
    if (typeof field.relationTo !== 'string')
      return last ? { kind: 'relation', idType: 'text' } : refuse(rawPath, 'path')
    const target = view.collection(field.relationTo)
    if (!target) return refuse(rawPath, 'path')
    if (last || (segments[i + 1] === 'id' && i + 1 === segments.length - 1))
      return { kind: 'relation', idType: target.idType, field }
    hops += 1
    if (hops > MAX_RELATION_HOPS) return refuse(rawPath, 'too-deep')
    const readable = view.readable(field.relationTo)
    // Payload narrows a filter through a relation by the target's access query, but not a sort.
    if (readable === 'none' || (purpose === 'sort' && readable !== 'all'))
      return refuse(rawPath, 'path')
    slug = field.relationTo
    fields = target.fields
    atCollectionTop = true
  }
  return refuse(rawPath, 'path')
}

type Budget = { conditions: number }

const checkWhere = (
  view: QueryView,
  slug: string,
  where: unknown,
  at: string,
  nesting: number,
  budget: Budget,
): QueryVerdict => {
  if (!isPlainObject(where)) return refuse(at, 'shape')
  if (nesting > MAX_NESTING) return refuse(at, 'too-complex')
  for (const [key, constraint] of Object.entries(where)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      if (!Array.isArray(constraint)) return refuse(key, 'shape')
      for (const item of constraint) {
        const verdict = checkWhere(view, slug, item, key, nesting + 1, budget)
        if (!verdict.ok) return verdict
      }
      continue
    }
    if (!isPlainObject(constraint) || Object.keys(constraint).length === 0)
      return refuse(key, 'shape')
    const resolved = resolvePath(view, slug, key, 'where')
    if ('ok' in resolved) return resolved
    if (resolved.kind === 'container') return refuse(key, 'path')
    for (const [operator, value] of Object.entries(constraint)) {
      budget.conditions += 1
      if (budget.conditions > MAX_CONDITIONS) return refuse(key, 'too-complex')
      if (!OPERATORS[resolved.kind].includes(operator))
        return refuse(`${key}.${operator}`, 'operator')
      if (!validValue(resolved, operator, value)) return refuse(`${key}.${operator}`, 'value')
    }
  }
  return { ok: true }
}

const checkSort = (view: QueryView, slug: string, sort: unknown): QueryVerdict => {
  const keys = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
  if (!keys || keys.length > MAX_SORT_KEYS) return refuse('sort', keys ? 'too-complex' : 'shape')
  for (const key of keys) {
    if (typeof key !== 'string') return refuse('sort', 'shape')
    const path = key.trim().replace(/^-/, '')
    if (!path) return refuse('sort', 'shape')
    const resolved = resolvePath(view, slug, path, 'sort')
    if ('ok' in resolved) return resolved
    if (resolved.kind === 'container' || resolved.kind === 'point') return refuse(path, 'path')
  }
  return { ok: true }
}

/** `select` names fields (no relation hops: related documents are shaped by `populate`). */
const checkSelect = (
  view: QueryView,
  slug: string,
  fields: readonly QueryField[],
  select: unknown,
  prefix: string,
  nesting: number,
): QueryVerdict => {
  if (!isPlainObject(select)) return refuse(prefix || 'select', 'shape')
  if (nesting > MAX_NESTING) return refuse(prefix || 'select', 'too-complex')
  for (const [name, value] of Object.entries(select)) {
    const path = prefix ? `${prefix}.${name}` : name
    if (name === 'id' && nesting === 0) {
      if (!isBooleanLike(value)) return refuse(path, 'shape')
      continue
    }
    const field = fields.find((f) => f.name === name)
    if (!field || SECRET_FIELDS.has(name) || field.hidden || !view.canReadField(slug, field))
      return refuse(path, 'path')
    if (isBooleanLike(value)) continue
    if (!isPlainObject(value)) return refuse(path, 'shape')
    if (RICH.has(field.type)) return refuse(path, 'rich-text')
    if (!CONTAINERS.has(field.type) || !field.flattenedFields) return refuse(path, 'path')
    const verdict = checkSelect(view, slug, field.flattenedFields, value, path, nesting + 1)
    if (!verdict.ok) return verdict
  }
  return { ok: true }
}

/** Decides whether a principal (described by `view`) may run this query on collection `slug`. */
export const checkQuery = (view: QueryView, slug: string, q: QueryInput): QueryVerdict => {
  const shape = view.collection(slug)
  if (!shape) return refuse(slug, 'path')
  if (q.where !== undefined && q.where !== null) {
    const verdict = checkWhere(view, slug, q.where, 'where', 0, { conditions: 0 })
    if (!verdict.ok) return verdict
  }
  if (q.sort !== undefined && q.sort !== null && q.sort !== '') {
    const verdict = checkSort(view, slug, q.sort)
    if (!verdict.ok) return verdict
  }
  if (q.select !== undefined && q.select !== null) {
    const verdict = checkSelect(view, slug, shape.fields, q.select, '', 0)
    if (!verdict.ok) return verdict
  }
  if (q.populate !== undefined && q.populate !== null) {
    if (!isPlainObject(q.populate)) return refuse('populate', 'shape')
    for (const [target, select] of Object.entries(q.populate)) {
      const targetShape = view.collection(target)
      if (!targetShape || view.readable(target) === 'none')
        return refuse(`populate.${target}`, 'path')
      const verdict = checkSelect(view, target, targetShape.fields, select, `populate.${target}`, 0)
      if (!verdict.ok) return verdict
    }
  }
  // No collection here declares a join field: any join request names something that does not exist.
  if (q.joins !== undefined && q.joins !== null && q.joins !== false) {
    if (!isPlainObject(q.joins)) return refuse('joins', 'shape')
    const first = Object.keys(q.joins)[0]
    if (first !== undefined) return refuse(`joins.${first}`, 'path')
  }
  return { ok: true }
}

/** Does the query traverse relations (so the caller must know which collections the principal reads)? */
export const mentionsRelationPaths = (q: QueryInput): boolean => {
  const text = JSON.stringify([q.where ?? null, q.sort ?? null])
  return text.includes('.') || text.includes('__')
}

/** `page`, `limit`, `depth`: absent, or whole numbers in range. */
export const checkPaging = (p: {
  page?: unknown
  limit?: unknown
  depth?: unknown
}): QueryVerdict => {
  const ranges: [keyof typeof p, number, number][] = [
    ['page', 1, 1_000_000],
    ['limit', 0, 100_000],
    ['depth', 0, 100],
  ]
  for (const [name, min, max] of ranges) {
    const v = p[name]
    if (v === undefined || v === null) continue
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max)
      return refuse(name, 'value')
  }
  return { ok: true }
}

/** A document id as the database stores it; anything else can name no document. */
export const isPlausibleId = (idType: 'number' | 'text', id: unknown): boolean =>
  validScalar({ kind: 'relation', idType }, typeof id === 'number' ? id : String(id))

/** The Bahasa Indonesia sentence for a refusal, naming the path. */
export const queryRefusalMessage = (v: { path: string; reason: QueryRefusal }): string => {
  switch (v.reason) {
    case 'shape':
      return `Kueri tidak sah: "${v.path}" tidak berbentuk kondisi yang dikenal.`
    case 'path':
      return `Kueri tidak sah: kolom "${v.path}" tidak dikenal atau tidak boleh dipakai untuk menyaring, mengurutkan, atau memilih.`
    case 'rich-text':
      return `Kueri tidak sah: isi teks kaya "${v.path}" tidak dapat disaring atau diurutkan.`
    case 'too-deep':
      return `Kueri tidak sah: "${v.path}" menelusuri lebih dari ${MAX_RELATION_HOPS} relasi.`
    case 'operator':
      return `Kueri tidak sah: operator pada "${v.path}" tidak berlaku untuk jenis kolom tersebut.`
    case 'value':
      return `Kueri tidak sah: nilai untuk "${v.path}" tidak sah.`
    case 'too-complex':
      return `Kueri tidak sah: kueri terlalu rumit di "${v.path}".`
  }
}
