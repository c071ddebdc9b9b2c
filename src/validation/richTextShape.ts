/**
 * Whether a value has the shape of a Lexical document: `{ root: { type: 'root', children: [...] } }`,
 * every node an object with a string `type`, `children` (where present) an array. Lexical's own
 * validator iterates `children` without checking it ("nodes is not iterable": a 500), and a body such
 * as `{ root: 'x' }` was stored as is. Bounded, so a hostile document cannot make the check costly.
 */
const MAX_DEPTH = 40
const MAX_NODES = 50_000

export const isRichTextShape = (value: unknown): boolean => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const root = (value as { root?: unknown }).root
  if (!root || typeof root !== 'object' || (root as { type?: unknown }).type !== 'root') return false
  let nodes = 0
  const walk = (node: unknown, depth: number): boolean => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return false
    if (!node || typeof node !== 'object' || Array.isArray(node) || typeof (node as { type?: unknown }).type !== 'string') return false
    const children = (node as { children?: unknown }).children
    if (children === undefined) return true
    return Array.isArray(children) && children.every((child) => walk(child, depth + 1))
  }
  return Array.isArray((root as { children?: unknown }).children) && walk(root, 0)
}
