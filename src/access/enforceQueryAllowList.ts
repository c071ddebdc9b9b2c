import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import {
  checkPaging,
  checkQuery,
  isPlausibleId,
  mentionsRelationPaths,
  queryRefusalMessage,
  type QueryField,
  type QueryInput,
  type QueryView,
  type QueryVerdict,
  type Readability,
} from './queryAllowList.js'

const idTypeOf = (req: PayloadRequest, slug: string): 'number' | 'text' =>
  (req.payload.collections[slug as keyof typeof req.payload.collections]?.customIDType ??
    req.payload.db.defaultIDType) === 'number'
    ? 'number'
    : 'text'

const readability = (decision: unknown): Readability =>
  decision === true ? 'all' : decision && typeof decision === 'object' ? 'some' : 'none'

/** What this request's principal may read, as the pure allow-list asks it. */
const viewFor = async (
  req: PayloadRequest,
  slug: string,
  input: QueryInput,
): Promise<QueryView> => {
  const { payload } = req
  const shape = (s: string) => {
    const found = payload.collections[s as keyof typeof payload.collections]
    if (!found) return undefined
    return {
      fields: found.config.flattenedFields as readonly QueryField[],
      idType: idTypeOf(req, s),
    }
  }
  // Collection access is async (portal scopes load units): evaluate it only for collections a path can reach.
  const readable = new Map<string, Readability>()
  const targets = new Set<string>(
    Object.keys((input.populate as Record<string, unknown> | undefined) ?? {}),
  )
  if (mentionsRelationPaths(input)) {
    const collect = (fields: readonly QueryField[]): void =>
      fields.forEach((f) =>
        typeof f.relationTo === 'string'
          ? targets.add(f.relationTo)
          : f.flattenedFields && collect(f.flattenedFields),
      )
    collect(shape(slug)?.fields ?? [])
  }
  for (const target of targets) {
    const access =
      payload.collections[target as keyof typeof payload.collections]?.config.access.read
    readable.set(target, access ? readability(await access({ req })) : 'none')
  }
  return {
    collection: shape,
    readable: (s) => readable.get(s) ?? 'none',
    canReadField: (_s, field) => {
      const read = (field as { access?: { read?: (args: { req: PayloadRequest }) => unknown } })
        .access?.read
      if (!read) return true
      const result = read({ req })
      // An async field rule cannot be answered here: treat the field as unreadable rather than guess.
      return result === true
    },
  }
}

const refusal = (verdict: Extract<QueryVerdict, { ok: false }>) =>
  new APIError(
    queryRefusalMessage(verdict),
    400,
    { code: 'INVALID_QUERY', path: verdict.path },
    true,
  )

/**
 * Every collection operation made for a user (REST, GraphQL, Local API with overrideAccess: false)
 * passes here before Payload reads `where`, `sort`, `select`, `populate`, `joins`, paging or an id.
 * Calls made by the system (overrideAccess: true) are trusted and skip it.
 */
export const enforceQueryAllowList: CollectionBeforeOperationHook = async ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  const a = args as QueryInput & { id?: unknown; page?: unknown; limit?: unknown; depth?: unknown }
  const paging = checkPaging(a)
  if (!paging.ok)
    throw new APIError(
      `Parameter "${paging.path}" harus berupa bilangan bulat dalam batas yang wajar.`,
      400,
      { code: 'INVALID_QUERY', path: paging.path },
      true,
    )
  if (a.id !== undefined && a.id !== null) {
    if (!isPlausibleId(idTypeOf(req, collection.slug), a.id))
      throw new APIError('Dokumen tidak ditemukan.', 404, { code: 'NOT_FOUND' }, true)
  }
  const input: QueryInput = {
    where: a.where,
    sort: a.sort,
    select: a.select,
    populate: a.populate,
    joins: a.joins,
  }
  if (
    input.where == null &&
    input.sort == null &&
    input.select == null &&
    input.populate == null &&
    input.joins == null
  )
    return args
  const verdict = checkQuery(await viewFor(req, collection.slug, input), collection.slug, input)
  if (!verdict.ok) throw refusal(verdict)
  return args
}
