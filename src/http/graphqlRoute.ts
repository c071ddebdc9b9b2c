import { configToSchema } from '@payloadcms/graphql'
import type { RequestHandler } from 'express'
import { NoFragmentCyclesRule, validate, type GraphQLFormattedError } from 'graphql'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import { classifyError, errorCodeFor, localiseMessage } from './errorCodes.js'
import { invalidateAfter, withinWriteScope } from '../cache/invalidation.js'
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

/**
 * GraphQL at /api/graphql without Next.js: the same steps as @payloadcms/next's route
 * (payload request, body, locales, Payload's validation rules), plus our limits (depth, aliases, cost;
 * introspection for staff only outside development), with errors that carry a stable code
 * and never a stack trace. The schema is built once per config.
 */
export const graphqlRoute = (
  config: SanitizedConfig,
  payloadInstanceCacheKey: string,
): RequestHandler => {
  const { schema, validationRules } = configToSchema(config)
  const development = process.env.NODE_ENV === 'development'
  return async (expressReq, res, next) => {
    try {
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
      const { result: apiResponse, stored } = await withinWriteScope(() =>
        createHandler({
          schema,
          context: { headers, req },
          // Payload's complexity rule recurses through fragment spreads without end: a cyclic document
          // is refused by graphql's own rule alone, before any rule that expands fragments runs.
          validationRules: (_, args, defaultRules) =>
            validate(args.schema, args.document, [NoFragmentCyclesRule]).length > 0
              ? defaultRules
              : [
                  ...defaultRules,
                  ...validationRules(args),
                  graphqlLimitsRule(GRAPHQL_LIMITS, args.variableValues ?? {}),
                  ...(mayIntrospect(principalOf(req.user), development)
                    ? []
                    : [noIntrospectionRule]),
                ],
          // Errors found before execution (syntax, validation, a malformed request) get a code too.
          formatError: (e) =>
            (e as GraphQLFormattedError).extensions?.code
              ? e
              : (formatError(e as import('graphql').GraphQLError, req) as never),
          onOperation: (_request, _args, result) =>
            result.errors
              ? { ...result, errors: result.errors.map((e) => formatError(e, req)) as never }
              : result,
        })(original),
      )
      const resHeaders = headersWithCors({ headers: new Headers(apiResponse.headers), req })
      for (const key in headers) resHeaders.append(key, headers[key])
      const merged = req.responseHeaders
        ? mergeHeaders(req.responseHeaders, resHeaders)
        : resHeaders
      merged.set('Cache-Control', 'private, no-store')
      await sendFetchResponse(
        new Response(apiResponse.body, { headers: merged, status: apiResponse.status }),
        res,
      )
      // A mutation commits when it returns: drop public reads cached meanwhile.
      invalidateAfter(req.payload, {
        via: 'graphql',
        mutation: /\bmutation\b/.test(JSON.stringify(req.data ?? '')),
        stored,
      })
    } catch (error) {
      next(error)
    }
  }
}
