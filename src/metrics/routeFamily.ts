/** Sub-paths of a collection that are routes of their own, not document ids. */
const NAMED = new Set([
  'login',
  'logout',
  'me',
  'refresh-token',
  'forgot-password',
  'reset-password',
  'verify',
  'unlock',
  'first-register',
  'init',
  'access',
  'export',
  'file',
  'sizes',
])
const ACTIONS = new Set(['workflow', 'rotate-key'])

/**
 * The label a request is counted under: the route, never the raw path, so that the number of
 * series stays bounded whatever paths clients send (ids, slugs and file names become `:id`, unknown
 * collections `api/other`).
 */
export const routeFamily = (pathname: string, collections: ReadonlySet<string>): string => {
  const path = pathname.split('?')[0]
  if (path === '/healthz' || path === '/readyz') return 'health'
  if (path === '/metrics') return 'metrics'
  if (path === '/') return 'root'
  if (path === '/api/graphql') return 'graphql'
  if (path === '/api/openapi.json' || path.startsWith('/api/docs')) return 'api-docs'
  const segs = path.split('/').filter(Boolean)
  if (segs[0] === 'api') {
    const slug = segs[1]
    if (!slug || !collections.has(slug)) return 'api/other'
    const rest = segs.slice(2)
    if (rest.length === 0) return `api/${slug}`
    if (NAMED.has(rest[0])) return `api/${slug}/${rest[0]}`
    if (rest.length === 1) return `api/${slug}/:id`
    if (rest.length === 2 && ACTIONS.has(rest[1])) return `api/${slug}/:id/${rest[1]}`
    return `api/${slug}/other`
  }
  if (segs[0] === 'admin' || segs[0] === '_next') return 'admin'
  if (segs[0] === 'feeds') return 'feeds'
  if (segs[0] === 'share') return 'share'
  if (segs[0] === 'preview') return 'preview'
  if (path === '/sitemap-news.xml') return 'sitemap'
  return 'other'
}
