import { createHash } from 'node:crypto'
import { Kind, parse, print, type DocumentNode, type OperationTypeNode } from 'graphql'
import { LRUCache } from 'lru-cache'

/** What a GraphQL request asks, from a GET's query string or a POST's JSON body (not yet checked). */
export type GraphQLParams = {
  query?: unknown
  variables?: unknown
  operationName?: unknown
  extensions?: unknown
}

/** A GET's parameters as graphql-http reads them; null when they do not parse (graphql-http answers that). */
export const graphqlParamsOfUrl = (url: string): GraphQLParams | null => {
  const q = url.indexOf('?')
  const search = new URLSearchParams(q < 0 ? '' : url.slice(q + 1))
  try {
    const variables = search.get('variables')
    const extensions = search.get('extensions')
    return {
      query: search.get('query') ?? undefined,
      operationName: search.get('operationName') ?? undefined,
      variables: variables ? JSON.parse(variables) : undefined,
      extensions: extensions ? JSON.parse(extensions) : undefined,
    }
  } catch {
    return null
  }
}

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex')

/** Apollo's automatic persisted queries: `extensions.persistedQuery.sha256Hash` (version 1). */
export const persistedHashOf = (params: GraphQLParams): string | undefined => {
  const pq = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } })
    ?.persistedQuery
  return pq?.version === 1 &&
    typeof pq.sha256Hash === 'string' &&
    /^[0-9a-f]{64}$/.test(pq.sha256Hash)
    ? pq.sha256Hash
    : undefined
}

/**
 * Queries registered by their SHA-256 (Apollo's protocol): a client sends the hash alone; when it is
 * unknown here, the answer says PERSISTED_QUERY_NOT_FOUND and the client sends the query with the
 * hash once, which registers it. Only a query whose text hashes to the hash is registered, so an
 * entry cannot be poisoned; the registry is bounded and per process (each instance learns its own).
 */
export class PersistedQueries {
  private byHash = new LRUCache<string, string>({
    max: 5000,
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (q) => q.length + 64,
  })
  lookup(hash: string): string | undefined {
    return this.byHash.get(hash)
  }
  /** Registers a query under its hash; false when the text does not hash to it. */
  register(hash: string, query: string): boolean {
    if (sha256Hex(query) !== hash) return false
    this.byHash.set(hash, query)
    return true
  }
}
export const persistedQueries = new PersistedQueries()

export type QueryText =
  | { ok: true; query: string; hash?: string }
  | { ok: false; reason: 'notFound' | 'hashMismatch' }
  | { ok: false; reason: 'none' }

/** The query text a request runs: its own, or the one registered under its persisted-query hash. */
export const queryTextOf = (params: GraphQLParams): QueryText => {
  const hash = persistedHashOf(params)
  const given = typeof params.query === 'string' ? params.query : undefined
  if (!hash) return given === undefined ? { ok: false, reason: 'none' } : { ok: true, query: given }
  if (given !== undefined)
    return sha256Hex(given) === hash
      ? { ok: true, query: given, hash }
      : { ok: false, reason: 'hashMismatch' }
  const known = persistedQueries.lookup(hash)
  return known === undefined ? { ok: false, reason: 'notFound' } : { ok: true, query: known, hash }
}

type Parsed = { printed: string; document: DocumentNode } | null

/** parse + print, remembered per query text: whitespace and comments do not make another entry. */
const parsedQueries = new LRUCache<string, { parsed: Parsed }>({
  max: 2000,
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (v, k) => k.length * 2 + (v.parsed?.printed.length ?? 0) + 64,
})
const parsedQuery = (query: string): Parsed => {
  const known = parsedQueries.get(query)
  if (known) return known.parsed
  let parsed: Parsed
  try {
    const document = parse(query, { noLocation: true })
    parsed = { printed: print(document), document }
  } catch {
    parsed = null
  }
  parsedQueries.set(query, { parsed })
  return parsed
}

/** The kind of the operation a request runs (graphql's getOperationAST rule); null when it is ambiguous or absent. */
export const operationKindOf = (
  document: DocumentNode,
  operationName: unknown,
): OperationTypeNode | null => {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  const chosen =
    typeof operationName === 'string'
      ? operations.filter((o) => o.name?.value === operationName)
      : operations
  return chosen.length === 1 ? chosen[0].operation : null
}

/** Whether the request runs a mutation (so its answer must invalidate public reads). */
export const isMutationRequest = (params: GraphQLParams): boolean => {
  const text = queryTextOf(params)
  if (!text.ok) return false
  const parsed = parsedQuery(text.query)
  // Unparsable: nothing ran. Ambiguous: treat any mutation in the document as one.
  if (!parsed) return false
  return (
    operationKindOf(parsed.document, params.operationName) === 'mutation' ||
    (operationKindOf(parsed.document, params.operationName) === null &&
      parsed.document.definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
      ))
  )
}

/** Objects with their keys sorted, so `{a,b}` and `{b,a}` are one key. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  )

/**
 * The part of a shared cache key naming a GraphQL read: the printed query (whatever its whitespace
 * and comments, or its persisted hash), the variables and the operation name. Null unless the request
 * runs exactly one query operation (mutations, subscriptions, bad documents, unknown hashes are never shared).
 */
export const graphqlReadKey = (params: GraphQLParams): string | null => {
  const text = queryTextOf(params)
  if (!text.ok) return null
  if (
    params.variables != null &&
    (typeof params.variables !== 'object' || Array.isArray(params.variables))
  )
    return null
  if (params.operationName != null && typeof params.operationName !== 'string') return null
  const parsed = parsedQuery(text.query)
  if (!parsed || operationKindOf(parsed.document, params.operationName) !== 'query') return null
  return `${parsed.printed}\n${canonicalJson(params.variables ?? {})}\n${params.operationName ?? ''}`
}
