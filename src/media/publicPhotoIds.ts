type Doc = Record<string, unknown>
const ID_FIELDS = ['featuredPhoto', 'gallery', 'logo', 'photo'] as const

const idsIn = (v: unknown): (string | number)[] => {
  if (Array.isArray(v)) return v.flatMap(idsIn)
  if (typeof v === 'string' || typeof v === 'number') return [v]
  if (v && typeof v === 'object' && 'id' in v) return idsIn((v as { id: unknown }).id)
  return []
}

/** The photos that public documents show: featured photos, galleries, unit logos, spokespeople portraits. */
export const photoIdsOf = (docs: readonly Doc[]): (string | number)[] => [...new Set(docs.flatMap((d) => ID_FIELDS.flatMap((f) => idsIn(d[f]))))]
