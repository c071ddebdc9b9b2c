import { configToSchema } from '@payloadcms/graphql'
import type {
  Request as ExpressRequest,
  RequestHandler,
  Response as ExpressResponse,
} from 'express'
import {
  NoFragmentCyclesRule,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
} from 'graphql'
import { LRUCache } from 'lru-cache'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import { classifyError, errorCodeFor, localiseMessage } from './errorCodes.js'
import { invalidateAfter, withinWriteScope } from '../cache/invalidation.js'
import { serveCachedRead } from '../cache/cachedRead.js'
import {
  graphqlParamsOfUrl,
  isMutationRequest,
  persistedQueries,
  queryTextOf,
  type GraphQLParams,
} from '../cache/graphqlOperation.js'
import { responseCacheFor } from '../cache/responseCache.js'
import { sharedCacheKeyOf } from '../cache/sharedCacheKey.js'
import { errorBody } from './errorCodes.js'
import { sendFetchResponse, toFetchRequest } from './fetchBridge.js'
import { GRAPHQL_LIMITS, graphqlLimitsRule, noIntrospectionRule } from './graphqlLimits.js'
import { principalOf } from '../access/principal.js'
import { mayIntrospect } from '../access/rules.js'

type OriginalError = {
  status?: number
  name?: string
  data?: { code?: string } & Record<string, unknown>
}

const formatError = (
  err: import('graphql').GraphQLError,
  req: PayloadRequest,
): GraphQLFormattedError => {
  const original = (err.originalError ?? {}) as OriginalError
  const known = err.originalError ? classifyError(err.originalError) : null
  const status = known?.status ?? 400
  if (status >= 500) logError({ err, payload: req.payload })
  const message =
    known?.message ??
    (status >= 500 && !req.payload.config.debug ? 'Something went wrong.' : err.message)
  return {
    message: localiseMessage(message, req.i18n?.language ?? 'id'),
    locations: err.locations,
    path: err.path,
    extensions: {
      code: original.data?.code ?? known?.code ?? errorCodeFor(status, original.name),
      statusCode: status,
      data: original.data,
    },
  }
}

/** What the request asks: a GET's query string, a POST's JSON body (kept raw by jsonBodyGuard). */
const paramsOf = (req: ExpressRequest): GraphQLParams | null => {
  if (req.method === 'GET') return graphqlParamsOfUrl(req.originalUrl)
  const raw = (req as { rawBody?: Buffer }).rawBody
  if (req.method !== 'POST' || !raw) return null
  try {
    const body = JSON.parse(raw.toString('utf8')) as unknown
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as GraphQLParams) : null
  } catch {
    return null
  }
}

/** Apollo's answers for a hash it does not know (the client then sends the query) or that does not match. */
const refusePersisted = (res: ExpressResponse, reason: 'notFound' | 'hashMismatch'): void => {
  res.set('Cache-Control', 'private, no-store')
  if (reason === 'notFound')
    // 200, as Apollo Server answers it: clients read the code and resend with the query.
    return void res.status(200).json({
      errors: [
        {
          message:
            'Kueri tersimpan belum dikenal di server ini: kirim sekali lagi bersama teks kuerinya (PersistedQueryNotFound).',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    })
  const body = errorBody(
    'PERSISTED_QUERY_HASH_MISMATCH',
    'Hash SHA-256 kueri tersimpan tidak cocok dengan teks kuerinya.',
  )
  res.status(400).json({
    errors: body.errors.map((e) => ({ message: e.message, extensions: { code: e.code } })),
  })
}

/**
 * GraphQL at /api/graphql without Next.js: the same steps as @payloadcms/next's route
 * (payload request, body, locales, Payload's validation rules), plus our limits (depth, aliases, cost;
 * introspection for staff only outside development), with errors that carry a stable code
 * and never a stack trace. The schema is built once per config.
 *
 * Anonymous queries (GET with `?query=&variables=`, or POST) are answered through the public response
 * cache like REST reads, keyed by the normalised query (src/cache/sharedCacheKey.ts). Portals may send
 * Apollo's automatic persisted queries (`extensions.persistedQuery.sha256Hash`, on GET as well), which
 * makes a cacheable GET short: see src/cache/graphqlOperation.ts.
 */
export const graphqlRoute = (
  config: SanitizedConfig,
  payloadInstanceCacheKey: string,
  payload: Payload,
): RequestHandler => {
  const cache = responseCacheFor(payload)
  const { schema, validationRules } = configToSchema(config)
  const development = process.env.NODE_ENV === 'development'
  // Parsed documents are immutable: one per query text. A document valid once under the same
  // variables and introspection permission is valid again (every rule here is a function of those).
  const documents = new LRUCache<string, DocumentNode>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (_doc, query) => query.length || 1,
  })
  const parseOnce = (query: string): DocumentNode => {
    const hit = documents.get(query)
    if (hit) return hit
    const document = parse(query)
    documents.set(query, document)
    return document
  }
  const validated = new WeakMap<DocumentNode, Set<string>>()

  /** One operation, as a Fetch response; `resolved` when its query text came from the persisted registry. */
  const execute = async (
    expressReq: ExpressRequest,
    resolved: GraphQLParams | undefined,
  ): Promise<Response> => {
    const request = toFetchRequest(expressReq)
    const original = request.clone()
    const req = await createPayloadRequest({
      canSetHeaders: true,
      config,
      payloadInstanceCacheKey,
      request,
    })
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const headers: Record<string, string> = {}
    let validating: { document: DocumentNode; key: string } | undefined
    const apiResponse = await createHandler({
      schema,
      context: { headers, req },
      parseRequestParams: resolved ? () => resolved as never : undefined,
      parse: (source) => (typeof source === 'string' ? parseOnce(source) : parse(source)),
      validate: (schema, document, rules) => {
        const errors = validate(schema, document, rules)
        if (!errors.length && validating?.document === document) {
          const keys = validated.get(document) ?? new Set<string>()
          if (keys.size < 100) keys.add(validating.key)
          validated.set(document, keys)
        }
        return errors
      },
      // Payload's complexity rule recurses through fragment spreads without end: a cyclic document
      // is refused by graphql's own rule alone, before any rule that expands fragments runs.
      validationRules: (_, args, defaultRules) => {
        const introspect = mayIntrospect(principalOf(req.user), development)
        const key = `${introspect}:${JSON.stringify(args.variableValues ?? {})}`
        if (validated.get(args.document)?.has(key)) return []
        validating = { document: args.document, key }
        return validate(args.schema, args.document, [NoFragmentCyclesRule]).length > 0
          ? defaultRules
          : [
              ...defaultRules,
              ...validationRules(args),
              graphqlLimitsRule(GRAPHQL_LIMITS, args.variableValues ?? {}),
              ...(introspect ? [] : [noIntrospectionRule]),
            ]
      },
      // Errors found before execution (syntax, validation, a malformed request) get a code too.
      // graphql-http types these hooks to return GraphQLError instances; it serialises what it gets,
      // and Payload's own handler returns formatted errors the same way.
      formatError: (e) =>
        (e as GraphQLFormattedError).extensions?.code
          ? e
          : (formatError(e as import('graphql').GraphQLError, req) as never),
      onOperation: (_request, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e, req)) as never }
          : result,
    })(original)
    const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
    for (const key in headers) resHeaders.append(key, headers[key])
    const merged = req.responseHeaders ? mergeHeaders(req.responseHeaders, resHeaders) : resHeaders
    merged.set('Cache-Control', 'private, no-store')
    return new Response(apiResponse.body, { headers: merged, status: apiResponse.status })
  }

  return async (expressReq, res, next) => {
    try {
      const params = paramsOf(expressReq)
      const text = params ? queryTextOf(params) : null
      if (text && !text.ok && text.reason !== 'none') return refusePersisted(res, text.reason)
      let resolved: GraphQLParams | undefined
      if (text?.ok && text.hash) {
        if (typeof params!.query === 'string') persistedQueries.register(text.hash, text.query)
        else resolved = { ...params, query: text.query }
      }
      const compute = () => execute(expressReq, resolved)
      if (params && sharedCacheKeyOf(expressReq, params) !== null)
        return await serveCachedRead(expressReq, res, cache, compute, {
          body: expressReq.method === 'POST' ? params : undefined,
        })
      const { result, stored } = await withinWriteScope(compute)
      await sendFetchResponse(result, res)
      // A mutation commits when it returns: drop public reads cached meanwhile.
      const raw = (expressReq as { rawBody?: Buffer }).rawBody
      invalidateAfter(payload, {
        via: 'graphql',
        mutation:
          (params !== null && isMutationRequest(resolved ?? params)) ||
          /\bmutation\b/.test(raw?.toString('utf8') ?? ''),
        stored,
      })
    } catch (error) {
      next(error)
    }
  }
}
