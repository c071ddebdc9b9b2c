/**
 * The structure a stored rich-text body must have before anything else reads it: a Lexical root
 * with arrays of known nodes, bounded in depth and count. Payload's own validation only visits
 * nodes that carry extra rules, so a string, `{ "root": null }`, children that are not arrays or a
 * 3,000-level nest would otherwise be stored and break every reader (HTML, feeds, the admin).
 */
export const LEXICAL_LIMITS = { maxDepth: 24, maxNodes: 20_000, maxTextLength: 200_000 }

/** Nodes every Lexical editor has, whatever features are enabled. */
export const CORE_NODE_TYPES = ['root', 'paragraph', 'text', 'linebreak', 'tab'] as const

/** What a body may link or embed: public newsroom content, never accounts, portal clients or logs. */
export const EMBEDDABLE: Readonly<Record<string, readonly string[]>> = {
  upload: ['photos'],
  relationship: [
    'press-releases',
    'event-coverage',
    'agenda',
    'spokespeople',
    'units',
    'topics',
    'photos',
  ],
}
/** Link targets a reader's browser may follow: web, mail, phone, or a path or anchor on this site. */
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i

const referenceProblem = (node: Record<string, unknown>): string | null => {
  const allowed = EMBEDDABLE[node.type as string]
  if (allowed && !allowed.includes(String(node.relationTo)))
    return `"${String(node.type)}" tidak boleh merujuk ke ${JSON.stringify(node.relationTo ?? null)}`
  if (node.type === 'link' || node.type === 'autolink') {
    const fields = isObject(node.fields) ? node.fields : {}
    if (fields.linkType === 'internal') {
      const doc = isObject(fields.doc) ? fields.doc : {}
      if (!EMBEDDABLE.relationship.includes(String(doc.relationTo)))
        return 'tautan internal hanya boleh ke konten newsroom yang publik'
    } else if (typeof fields.url !== 'string' || !SAFE_URL.test(fields.url.trim())) {
      return 'tautan harus berawalan http://, https://, mailto:, tel:, / atau #'
    }
  }
  return null
}

export type ShapeProblem = { path: string; problem: string }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** `null` when the value is a well-formed body (or empty), otherwise where and what is wrong. */
export const lexicalShapeProblem = (
  value: unknown,
  knownTypes: ReadonlySet<string>,
  limits = LEXICAL_LIMITS,
): ShapeProblem | null => {
  if (value === null || value === undefined) return null
  if (!isObject(value))
    return {
      path: '',
      problem: 'harus berupa dokumen teks kaya (objek dengan "root"), bukan teks biasa',
    }
  const root = value.root
  if (!isObject(root) || root.type !== 'root')
    return { path: 'root', problem: '"root" harus berupa simpul bertipe root' }
  // Iterative walk: a hostile nest must not exhaust the stack.
  const stack: { node: Record<string, unknown>; path: string; depth: number }[] = [
    { node: root, path: 'root', depth: 0 },
  ]
  let count = 0
  while (stack.length) {
    const { node, path, depth } = stack.pop() as (typeof stack)[number]
    if (++count > limits.maxNodes)
      return { path, problem: `terlalu banyak simpul (batas ${limits.maxNodes})` }
    if (depth > limits.maxDepth)
      return { path, problem: `bersarang terlalu dalam (batas ${limits.maxDepth} tingkat)` }
    if (typeof node.type !== 'string' || !knownTypes.has(node.type))
      return { path, problem: `tipe simpul tidak dikenal: ${JSON.stringify(node.type ?? null)}` }
    const reference = referenceProblem(node)
    if (reference) return { path, problem: reference }
    if (
      node.type === 'text' &&
      (typeof node.text !== 'string' || node.text.length > limits.maxTextLength)
    )
      return { path, problem: 'simpul teks harus memuat "text" berupa teks' }
    if ('children' in node || node.type === 'root') {
      if (!Array.isArray(node.children)) return { path, problem: '"children" harus berupa daftar' }
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]
        if (!isObject(child))
          return { path: `${path}.children.${i}`, problem: 'setiap simpul harus berupa objek' }
        stack.push({ node: child, path: `${path}.children.${i}`, depth: depth + 1 })
      }
    }
  }
  return null
}
