import type { PayloadRequest } from 'payload'
import { appendAudit } from '../audit/appendAudit.js'

export type AuditEntry = {
  action: string
  outcome: 'done' | 'refused'
  targetCollection: string
  documentId: string | number
  documentTitle?: string
  from?: string
  to?: string
  reason?: string
  code?: string
}

/**
 * Appends to the audit log. This is the system recording what a user did, so it is not subject to
 * the user's access (the collection refuses every write through the API). Pass `req` to join the
 * transition's transaction; refused attempts are written outside it so that they survive the rollback.
 * Every entry is chained to the one before it (src/audit/appendAudit.ts).
 */
export const writeAudit = async (
  req: PayloadRequest,
  entry: AuditEntry,
  options: { inTransaction: boolean },
): Promise<void> => {
  const user = req.user as {
    id?: string | number
    name?: string
    role?: string
    collection?: string
  } | null
  const actorName = user?.name ?? (user ? String(user.id) : 'Penjadwal sistem')
  // The name and role are copied at write time: the entry stays readable by name after the user is
  // deleted, and never carries their e-mail.
  await appendAudit(
    req.payload,
    {
      ...entry,
      documentId: String(entry.documentId),
      at: new Date().toISOString(),
      actor: user?.collection === 'users' ? user.id : null,
      actorUserId: user?.collection === 'users' ? String(user.id) : null,
      actorName,
      actorRole: user?.role ?? 'system',
      summary: `${actorName}: ${entry.action} (${entry.outcome === 'done' ? 'berhasil' : 'ditolak'})`,
    },
    options.inTransaction ? req : undefined,
  )
}
