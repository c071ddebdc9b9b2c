import type { Express, RequestHandler } from 'express'
import type { SanitizedConfig } from 'payload'
import { errorBody } from './errorCodes.js'

type Layer = {
  route?: { methods: Record<string, boolean> }
  handle?: { stack?: Layer[] }
  match: (path: string) => false | { path: string }
}

/** Methods no route here serves; answered 405 whatever the path. */
const NEVER = new Set(['TRACE', 'TRACK', 'CONNECT'])

/** `:name` matches one segment, a trailing `:name?` may be absent (Payload's endpoint paths). */
const matchesEndpoint = (pattern: string, path: string): boolean => {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  if (got.length > want.length) return false
  return want.every((w, i) =>
    got[i] === undefined ? w.endsWith('?') : w.startsWith(':') || w === got[i],
  )
}

/** What Payload serves under /api for this path: its own endpoints, per collection, as configured. */
const payloadMethods = (config: SanitizedConfig, apiPath: string, hasWhere: boolean): string[] => {
  const [, slug, ...rest] = apiPath.split('/')
  const collection = config.collections.find((c) => c.slug === slug)
  const endpoints = (collection ? collection.endpoints : config.endpoints) || []
  const sub = collection ? `/${rest.join('/')}` : apiPath
  return (
    endpoints
      // The collection root is a bulk resource only with a `where`: without one, DELETE or PATCH names the whole collection.
      .filter(
        (e) =>
          hasWhere ||
          sub.replace(/\/$/, '') !== '' ||
          (e.method !== 'delete' && e.method !== 'patch'),
      )
      .filter((e) => matchesEndpoint(e.path, sub))
      .map((e) => e.method.toUpperCase())
  )
}

/** What our express routes serve for this path. Routes declared for every method (`app.all`) decide for themselves. */
const expressMethods = (stack: Layer[], path: string): string[] | 'any' => {
  const found: string[] = []
  for (const layer of stack) {
    const matched = layer.match(path)
    if (!matched) continue
    if (layer.route) {
      if (layer.route.methods.trace) return 'any'
      found.push(...Object.keys(layer.route.methods).map((m) => m.toUpperCase()))
    } else if (layer.handle?.stack) {
      const inner = expressMethods(layer.handle.stack, path.slice(matched.path.length) || '/')
      if (inner === 'any') return inner
      found.push(...inner)
    }
  }
  return found
}

/**
 * One place decides which methods a path allows, from the routes Payload and we actually serve:
 * a known path with another method gets 405 and `Allow`; TRACE and friends always 405.
 */
export const methodGuard =
  (app: Express, config: SanitizedConfig): RequestHandler =>
  (req, res, next) => {
    const method = req.method.toUpperCase()
    if (method === 'OPTIONS' || method === 'HEAD') return next()
    let path: string
    try {
      path = decodeURIComponent(req.path)
    } catch {
      return next()
    }
    // express 5 keeps its routes on app.router, which its published types do not declare.
    const fromExpress = expressMethods(
      (app as unknown as { router: { stack: Layer[] } }).router.stack,
      req.path,
    )
    if (fromExpress === 'any' && !NEVER.has(method)) return next()
    const apiPath = path.startsWith('/api/') ? path.slice(4) : null
    const hasWhere = Object.keys(req.query ?? {}).some(
      (k) => k === 'where' || k.startsWith('where['),
    )
    const methods = new Set([
      ...(fromExpress === 'any' ? [] : fromExpress),
      ...(apiPath ? payloadMethods(config, apiPath, hasWhere) : []),
    ])
    if (methods.size === 0 && !NEVER.has(method)) return next()
    if (methods.has(method) && !NEVER.has(method)) return next()
    if (methods.has('GET')) methods.add('HEAD')
    if (apiPath) methods.add('OPTIONS')
    const allow = [...methods]
      .filter((m) => !NEVER.has(m))
      .sort()
      .join(', ')
    res.setHeader('Allow', allow)
    res
      .status(405)
      .json(
        errorBody(
          'METHOD_NOT_ALLOWED',
          `Metode ${method} tidak diizinkan untuk ${req.path}${allow ? `; gunakan ${allow}` : ''}.`,
        ),
      )
  }
