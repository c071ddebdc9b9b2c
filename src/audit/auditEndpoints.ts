import type { Endpoint, PayloadRequest, Where } from 'payload'
import { isAdmin, principalOf } from '../access/principal.js'
import { AUDIT_COLLECTION } from './appendAudit.js'
import { exportRowOf, periodOf, toCsv, type ExportRow } from './auditExport.js'
import { verifyAuditChain } from './verifyAuditChain.js'

const NO_STORE = { 'Cache-Control': 'private, no-store' }

const refuseNonAdmin = (req: PayloadRequest): Response | null =>
  isAdmin(principalOf(req.user))
    ? null
    : Response.json(
        {
          errors: [
            {
              code: 'FORBIDDEN',
              message: 'Hanya admin yang dapat memeriksa atau mengekspor jejak audit.',
            },
          ],
        },
        { status: 403, headers: NO_STORE },
      )

/** GET /api/audit-log/verify (admins): walks the hash chain; 200 with the report, ok or not. */
export const verifyAuditEndpoint: Endpoint = {
  path: '/verify',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonAdmin(req)
    if (refused) return refused
    return Response.json(await verifyAuditChain(req.payload), { headers: NO_STORE })
  },
}

const PAGE = 1000

/**
 * GET /api/audit-log/export?dari=2026-01-01&sampai=2026-06-30&format=csv|json (admins): the entries
 * of a period in chain order, columns in Bahasa Indonesia (src/audit/auditExport.ts).
 */
export const exportAuditEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const refused = refuseNonAdmin(req)
    if (refused) return refused
    const q = (req.query ?? {}) as Record<string, unknown>
    const format = q.format ?? 'csv'
    const period = periodOf(q.dari, q.sampai)
    if ('error' in period || (format !== 'csv' && format !== 'json'))
      return Response.json(
        {
          errors: [
            {
              code: 'INVALID_EXPORT_QUERY',
              message: 'error' in period ? period.error : 'Format ekspor harus csv atau json.',
            },
          ],
        },
        { status: 400, headers: NO_STORE },
      )
    const and: Where[] = []
    if (period.from) and.push({ at: { greater_than_equal: period.from.toISOString() } })
    if (period.until) and.push({ at: { less_than: period.until.toISOString() } })
    const rows: ExportRow[] = []
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: AUDIT_COLLECTION,
        where: and.length ? { and } : {},
        sort: ['seq', 'id'],
        limit: PAGE,
        page,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
      })
      rows.push(...result.docs.map((d) => exportRowOf(d as unknown as Record<string, unknown>)))
      if (!result.hasNextPage) break
    }
    const name = `jejak-audit_${period.from?.toISOString().slice(0, 10) ?? 'awal'}_${period.until?.toISOString().slice(0, 10) ?? 'kini'}`
    if (format === 'json')
      return Response.json(
        { periode: { dari: period.from ?? null, sampai: period.until ?? null }, entri: rows },
        {
          headers: { ...NO_STORE, 'Content-Disposition': `attachment; filename="${name}.json"` },
        },
      )
    return new Response(toCsv(rows), {
      headers: {
        ...NO_STORE,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
      },
    })
  },
}
