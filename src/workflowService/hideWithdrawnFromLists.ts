import type { CollectionBeforeOperationHook, Where } from 'payload'
import { principalOf } from '../access/principal.js'
import { LISTED_STATES } from '../workflow/states.js'

const mentionsStatus = (where: unknown): boolean =>
  JSON.stringify(where ?? {}).includes('"workflowStatus"')

/**
 * Withdrawn items stay readable by id or slug (with their notice) but leave public lists, unless a
 * caller asks for them by status.
 */
export const hideWithdrawnFromLists: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (
    (operation !== 'read' && operation !== 'count') ||
    req.payloadAPI === 'local' ||
    principalOf(req.user).kind === 'staff'
  )
    return args
  const a = args as { id?: unknown; where?: Where }
  if (a.id !== undefined || mentionsStatus(a.where)) return args
  const listed: Where = { workflowStatus: { in: [...LISTED_STATES] } }
  const where = a.where ? { and: [a.where, listed] } : listed
  return { ...args, where }
}
