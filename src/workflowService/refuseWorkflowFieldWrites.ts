import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { WORKFLOW_CONTEXT } from '../workflow/ownedFields.js'
import { INITIAL_OWNED_VALUES } from '../workflow/ownedFields.js'
import { writeAudit } from './audit.js'

/** The owned fields a client could plausibly try to set by hand; the others are silently locked. */
const GUARDED = [
  'workflowStatus',
  'publishAt',
  'publishedAt',
  'approvedBy',
  'approvedAt',
  'needsRetrospectiveApproval',
  'forcePublishedBy',
] as const

const norm = (v: unknown): string => {
  if (v === undefined || v === null || v === '') return 'null'
  if (typeof v === 'object' && 'id' in (v as object)) return String((v as { id: unknown }).id)
  if (typeof v === 'string' && !Number.isNaN(Date.parse(v)) && /\d{4}-\d{2}-\d{2}T/.test(v))
    return String(Date.parse(v))
  return String(v)
}

/**
 * An API client that tries to change the workflow state by create or update (REST, GraphQL) is told
 * plainly, and the attempt is audited. Values equal to the stored ones pass (forms send them back).
 */
export const refuseWorkflowFieldWrites: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
  context,
}) => {
  if (
    (operation !== 'create' && operation !== 'update') ||
    req.payloadAPI === 'local' ||
    context?.[WORKFLOW_CONTEXT] === true
  )
    return args
  const a = args as { data?: Record<string, unknown>; id?: string | number }
  const data = a.data ?? {}
  const present = GUARDED.filter((f) => f in data)
  if (present.length === 0) return args
  let stored: Record<string, unknown> = INITIAL_OWNED_VALUES
  if (operation === 'update' && a.id !== undefined) {
    stored =
      ((await req.payload.db.findOne({
        collection: collection.slug,
        where: { id: { equals: a.id } },
        req,
      })) as Record<string, unknown> | null) ?? {}
  }
  const changed =
    operation === 'update' && a.id === undefined
      ? present
      : present.filter((f) => norm(data[f]) !== norm(stored[f]))
  if (changed.length === 0) return args
  const message = `Kolom ${changed.join(', ')} hanya dapat diubah melalui tindakan alur kerja (POST /api/${collection.slug}/:id/workflow).`
  await writeAudit(
    req,
    {
      action: `${operation}:${changed.join(',')}`,
      outcome: 'refused',
      code: 'WORKFLOW_FIELD_LOCKED',
      targetCollection: collection.slug,
      documentId: a.id ?? 'baru',
      reason: message,
    },
    { inTransaction: false },
  )
  throw new APIError(message, 403, { code: 'WORKFLOW_FIELD_LOCKED' }, true)
}
