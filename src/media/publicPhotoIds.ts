import { idOf } from '../util/idOf.js'

type Doc = Record<string, unknown>
const ID_FIELDS = ['featuredPhoto', 'gallery', 'logo', 'photo'] as const

const idsIn = (v: unknown): (string | number)[] => {
  if (Array.isArray(v)) return v.flatMap(idsIn)
  const id = idOf(v)
  return id === null ? [] : [id]
}

/** Photos placed in a rich-text body (Lexical upload nodes); iterative, as bodies may nest deep. */
export const photoIdsInBody = (body: unknown): (string | number)[] => {
  const root = (body as { root?: unknown } | null)?.root
  const ids: (string | number)[] = []
  const stack: unknown[] = root ? [root] : []
  while (stack.length) {
    const node = stack.pop() as {
      type?: unknown
      relationTo?: unknown
      value?: unknown
      children?: unknown
    }
    if (!node || typeof node !== 'object') continue
    if (node.type === 'upload' && node.relationTo === 'photos') ids.push(...idsIn(node.value))
    if (Array.isArray(node.children)) stack.push(...node.children)
  }
  return ids
}

/** The photos that public documents show: featured photos, galleries, photos in the body, unit logos, spokespeople portraits. */
export const photoIdsOf = (docs: readonly Doc[]): (string | number)[] => [
  ...new Set(
    docs.flatMap((d) => [...ID_FIELDS.flatMap((f) => idsIn(d[f])), ...photoIdsInBody(d.body)]),
  ),
]
