import type { IncomingHttpHeaders } from 'node:http'
import { isAnonymousRequest } from './cachePolicy.js'
import { graphqlParamsOfUrl, graphqlReadKey, type GraphQLParams } from './graphqlOperation.js'

/** Where shared public reads live: the REST API (GraphQL included), feeds and the news sitemap. */
const CACHED_PREFIXES = ['/api/', '/feeds/', '/sitemap-news.xml']
export const GRAPHQL_PATH = '/api/graphql'

export type KeyedRequest = {
  method?: string
  url?: string
  /** Express's; a raw Node request has only `url`, which is then the whole URL. */
  originalUrl?: string
  headers: IncomingHttpHeaders
}

/**
 * THE rule of the shared cache: the key under which anonymous readers share this request's answer,
 * or null when it must be answered for this caller alone (credentials of any kind, a write, a
 * mutation, files, anything outside the public read paths). Both the path that answers hits before
 * express and the routes that store answers call this one function.
 * - REST, feeds, sitemap: GET or HEAD, keyed by the URL and the language asked.
 * - GraphQL: GET, or POST with its JSON body given, running exactly one query, keyed by the
 *   normalised query (or its persisted hash), variables and operation name, the media type asked
 *   for (graphql-http answers by `Accept`) and the language.
 */
export const sharedCacheKeyOf = (req: KeyedRequest, graphqlBody?: GraphQLParams): string | null => {
  if (!isAnonymousRequest(req.headers)) return null
  const url = req.originalUrl ?? req.url ?? ''
  const q = url.indexOf('?')
  const path = q < 0 ? url : url.slice(0, q)
  const language = req.headers['accept-language'] ?? ''
  if (path === GRAPHQL_PATH) {
    const params =
      req.method === 'GET' ? graphqlParamsOfUrl(url) : req.method === 'POST' ? graphqlBody : null
    const read = params ? graphqlReadKey(params) : null
    return read === null
      ? null
      : `${GRAPHQL_PATH}\n${read}\n${req.headers.accept ?? ''}|${language}`
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return null
  if (!CACHED_PREFIXES.some((p) => path.startsWith(p)) || /\/(file|sizes)\//.test(path)) return null
  return `${url}|${language}`
}
