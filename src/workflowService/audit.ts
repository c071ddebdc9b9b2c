import type { PayloadRequest } from 'payload'

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
  await req.payload.create({
    collection: 'audit-log',
    data: {
      ...entry,
      documentId: String(entry.documentId),
      at: new Date().toISOString(),
      actor: user?.collection === 'users' ? user.id : null,
      actorName,
      actorRole: user?.role ?? 'system',
      summary: `${actorName}: ${entry.action} (${entry.outcome === 'done' ? 'berhasil' : 'ditolak'})`,
    } as never,
    ...(options.inTransaction ? { req } : {}),
    depth: 0,
  })
}
