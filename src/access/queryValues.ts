/**
 * What a query may say about one field: the operators that fit its type and the values that parse.
 * Pure; used by the query allow-list (queryAllowList.ts), which decides which fields may be named.
 */

/** The shape of a Payload flattened field that matters here (structurally a subset of FlattenedField). */
export type QueryField = {
  name: string
  type: string
  hidden?: boolean
  virtual?: boolean | string
  hasMany?: boolean
  relationTo?: unknown
  options?: readonly unknown[]
  flattenedFields?: readonly QueryField[]
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const MAX_LIST = 200
const MAX_TEXT = 500

export type Kind = 'text' | 'number' | 'date' | 'checkbox' | 'select' | 'relation' | 'point'

const COMPARE = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
// `all` is left out: the SQL adapters implement it for no field type here (it answered 500).
const SET = ['equals', 'not_equals', 'in', 'not_in', 'exists']
export const OPERATORS: Record<Kind, readonly string[]> = {
  text: [...SET, 'like', 'not_like', 'contains'],
  number: [...SET, ...COMPARE],
  date: [...SET, ...COMPARE],
  checkbox: ['equals', 'not_equals', 'exists'],
  select: SET,
  relation: SET,
  point: ['exists', 'near', 'within', 'intersects'],
}
export const KIND_OF: Record<string, Kind> = {
  text: 'text',
  textarea: 'text',
  email: 'text',
  code: 'text',
  number: 'number',
  date: 'date',
  checkbox: 'checkbox',
  select: 'select',
  radio: 'select',
  relationship: 'relation',
  upload: 'relation',
  point: 'point',
}

export const isBooleanLike = (v: unknown): boolean =>
  typeof v === 'boolean' || v === 'true' || v === 'false'
const optionValues = (field?: QueryField): string[] =>
  (field?.options ?? []).map((o) => (isPlainObject(o) ? String(o.value) : String(o)))

export const validScalar = (
  r: { kind: Kind; field?: QueryField; idType?: 'number' | 'text' },
  v: unknown,
): boolean => {
  switch (r.kind) {
    case 'text':
      return (
        (typeof v === 'string' && v.length <= MAX_TEXT) ||
        (typeof v === 'number' && Number.isFinite(v))
      )
    case 'number': {
      const n =
        typeof v === 'number'
          ? v
          : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())
            ? Number(v)
            : NaN
      return Number.isFinite(n) && Math.abs(n) <= 1e15
    }
    case 'date': {
      if (typeof v !== 'string' && typeof v !== 'number') return false
      if (
        typeof v === 'string' &&
        (v.length > 40 || !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v.trim()))
      )
        return false
      const t = new Date(v).getTime()
      return Number.isFinite(t) && Math.abs(t) <= 253402300799999
    }
    case 'checkbox':
      return isBooleanLike(v)
    case 'select':
      return typeof v === 'string' && optionValues(r.field).includes(v)
    case 'relation':
      if (r.idType === 'number')
        return (
          (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) ||
          (typeof v === 'string' && /^[1-9]\d{0,14}$/.test(v))
        )
      return typeof v === 'string' && v.length > 0 && v.length <= 200 && !v.includes('\0')
    case 'point':
      return false
  }
}

const finiteNumbers = (v: unknown, min: number, max: number): boolean => {
  const parts = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? v : null
  return (
    !!parts &&
    parts.length >= min &&
    parts.length <= max &&
    parts.every((p) => p !== '' && p !== null && Number.isFinite(Number(p)))
  )
}
const isGeoJson = (v: unknown): boolean =>
  isPlainObject(v) &&
  typeof v.type === 'string' &&
  Array.isArray(v.coordinates) &&
  JSON.stringify(v.coordinates).length < 10_000 &&
  /^[\d\s,.[\]eE+-]*$/.test(JSON.stringify(v.coordinates))

export const validValue = (
  r: { kind: Kind; field?: QueryField; idType?: 'number' | 'text' },
  operator: string,
  v: unknown,
): boolean => {
  if (operator === 'exists') return isBooleanLike(v)
  if (operator === 'near') return finiteNumbers(v, 2, 4)
  if (operator === 'within' || operator === 'intersects') return isGeoJson(v)
  if (operator === 'in' || operator === 'not_in') {
    const list = typeof v === 'string' ? v.split(',') : v
    return (
      Array.isArray(list) &&
      list.length > 0 &&
      list.length <= MAX_LIST &&
      list.every((item) => validScalar(r, item))
    )
  }
  if ((operator === 'equals' || operator === 'not_equals') && v === null) return true
  if (operator === 'like' || operator === 'not_like' || operator === 'contains')
    return typeof v === 'string' && v.length <= MAX_TEXT
  return validScalar(r, v)
}
