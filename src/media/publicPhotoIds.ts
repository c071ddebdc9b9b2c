import { idOf } from '../util/idOf.js'

type Doc = Record<string, unknown>
const ID_FIELDS = ['featuredPhoto', 'gallery', 'logo', 'photo'] as const

const idsIn = (v: unknown): (string | number)[] => {
  if (Array.isArray(v)) return v.flatMap(idsIn)
  const id = idOf(v)
  return id === null ? [] : [id]
}

/** The photos that public documents show: featured photos, galleries, unit logos, spokespeople portraits. */
export const photoIdsOf = (docs: readonly Doc[]): (string | number)[] => [...new Set(docs.flatMap((d) => ID_FIELDS.flatMap((f) => idsIn(d[f]))))]
