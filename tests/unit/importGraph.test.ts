import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The layering the code base promises (ARCHITECTURE.md), checked on the import statements
 * themselves: no circles, and the pure rules (src/workflow, src/access) depend on nothing but each
 * other, configuration and small utilities. Type-only imports count: a type borrowed from a service
 * is a dependency on that service all the same.
 */
const ROOT = path.resolve(import.meta.dirname, '../..')
const SOURCE_DIRS = ['src', 'collections']

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : []
  })

/** './x.js' → 'src/…/x.ts' (or .tsx, or a folder's index.ts); packages are not part of the graph. */
const resolveImport = (from: string, specifier: string): string | null => {
  if (!specifier.startsWith('.')) return null
  const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/, '')
  const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) =>
    existsSync(candidate),
  )
  if (!found)
    throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which does not exist`)
  return found
}

const graph = (): Map<string, string[]> => {
  const edges = new Map<string, string[]>()
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((i) => resolveImport(file, i.fileName))
      .filter((t): t is string => t !== null)
    edges.set(path.relative(ROOT, file), [...new Set(targets.map((t) => path.relative(ROOT, t)))])
  }
  return edges
}

/** Strongly connected components of more than one file, or a file importing itself (Tarjan). */
const cyclesOf = (edges: Map<string, string[]>): string[][] => {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, counter)
    low.set(v, counter++)
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = []
      let w: string
      do {
        w = stack.pop()!
        onStack.delete(w)
        component.push(w)
      } while (w !== v)
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) found.push(component.sort())
    }
  }
  for (const v of edges.keys()) if (!index.has(v)) visit(v)
  return found
}

/** A folder (its files and subfolders) or one file. */
const within = (file: string, place: string): boolean =>
  file === place || file.startsWith(`${place}/`)

const arrowsLeaving = (edges: Map<string, string[]>, folder: string, allowed: string[]): string[] =>
  [...edges]
    .filter(([from]) => within(from, folder))
    .flatMap(([from, tos]) =>
      tos
        .filter((to) => ![folder, ...allowed].some((ok) => within(to, ok)))
        .map((to) => `${from} → ${to}`),
    )

const arrowsInto = (edges: Map<string, string[]>, folder: string, forbidden: string): string[] =>
  [...edges]
    .filter(([from]) => within(from, folder))
    .flatMap(([from, tos]) =>
      tos.filter((to) => within(to, forbidden)).map((to) => `${from} → ${to}`),
    )

/** Payload's generated types (`npm run generate:types`): the shape of the stored data, importing nothing. */
const GENERATED_TYPES = 'src/payload-types.ts'

describe('the import graph', () => {
  const edges = graph()

  it('sees the whole tree (the parser finds imports at all)', () => {
    expect(edges.size).toBeGreaterThan(100)
    expect(edges.get('src/payload.config.ts')).toContain('collections/index.ts')
  })

  it('has no import circles', () => {
    expect(cyclesOf(edges)).toEqual([])
  })

  it('finds a circle when there is one (the check itself can fail)', () => {
    const circular = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
      ['e.ts', ['e.ts']],
    ])
    expect(cyclesOf(circular)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']])
  })

  it('keeps the generated types a leaf: they describe the data and import nothing', () => {
    expect(edges.get(GENERATED_TYPES)).toEqual([])
  })

  it('keeps src/workflow free of everything but itself, configuration, utilities and the data types', () => {
    expect(
      arrowsLeaving(edges, 'src/workflow', ['src/config', 'src/util', GENERATED_TYPES]),
    ).toEqual([])
  })

  it('keeps src/access to itself, the workflow rules, configuration, utilities and the data types', () => {
    expect(
      arrowsLeaving(edges, 'src/access', [
        'src/workflow',
        'src/config',
        'src/util',
        GENERATED_TYPES,
      ]),
    ).toEqual([])
  })

  it('keeps the outbound side and the cache off the express wiring (no arrow into src/http)', () => {
    expect(arrowsInto(edges, 'src/delivery', 'src/http')).toEqual([])
    expect(arrowsInto(edges, 'src/cache', 'src/http')).toEqual([])
  })

  it('finds a forbidden arrow when there is one (the layering checks themselves can fail)', () => {
    const planted = new Map([
      ['src/delivery/formats/rss.ts', ['src/http/errorCodes.ts', 'src/workflow/states.ts']],
      ['src/cache/cachedRead.ts', ['src/http/restRoute.ts']],
      ['src/http/restRoute.ts', ['src/cache/cachedRead.ts']],
      ['src/workflow/decide.ts', ['src/payload-types.ts', 'src/workflowService/actorFor.ts']],
      ['src/httpish/x.ts', []],
    ])
    expect(arrowsInto(planted, 'src/delivery', 'src/http')).toEqual([
      'src/delivery/formats/rss.ts → src/http/errorCodes.ts',
    ])
    expect(arrowsInto(planted, 'src/cache', 'src/http')).toEqual([
      'src/cache/cachedRead.ts → src/http/restRoute.ts',
    ])
    expect(arrowsLeaving(planted, 'src/workflow', ['src/config', GENERATED_TYPES])).toEqual([
      'src/workflow/decide.ts → src/workflowService/actorFor.ts',
    ])
  })
})
