import type { CollectionBeforeOperationHook } from 'payload'

export const MAX_LIST_LIMIT = 100

/** API lists return at most 100 documents per page (limit=0, "everything", included). */
export const capListLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const a = args as { id?: unknown; limit?: number; pagination?: boolean }
  if (a.id !== undefined) return args
  const limit = Number(a.limit ?? 10)
  return {
    ...args,
    pagination: true,
    limit: !Number.isFinite(limit) || limit <= 0 || limit > MAX_LIST_LIMIT ? MAX_LIST_LIMIT : limit,
  }
}
