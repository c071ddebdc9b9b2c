import type { Payload } from 'payload'
import { AUDIT_COLLECTION } from './appendAudit.js'
import { entryHash, GENESIS } from './chainHash.js'

export type ChainProblem = {
  kind: 'altered' | 'removed' | 'unchained'
  /** The chain position of the entry that was altered or removed (null: an entry outside the chain). */
  seq: number | null
  /** The row id, when the entry is still there. */
  id: string | number | null
  message: string
}

export type ChainReport = {
  ok: boolean
  /** Chained entries checked. */
  entries: number
  /** The last entry: record it somewhere else (the backup manifest does) to detect a cut-off tail. */
  head: { seq: number; hash: string } | null
  /** The first problem found, in chain order. */
  problem: ChainProblem | null
}

type Row = Record<string, unknown> & { id: string | number; seq: number; hash?: string | null }

const PAGE = 500

const idOfRelation = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? String((v as { id: unknown }).id)
      : String(v)

/**
 * Walks the audit chain from the first entry and names the first entry altered or removed:
 * - a gap in `seq` is a removed entry;
 * - an entry whose content no longer gives its stored hash was altered;
 * - an entry that still gives its own hash but does not link to its predecessor's: the predecessor
 *   was altered and its hash recomputed (the link is what gives it away);
 * - an entry without a place in the chain (no `seq` or hash) was added or stripped outside the API.
 * `anchor` (a head recorded earlier: `seq` and `hash`) also catches entries cut from the end.
 */
export const verifyAuditChain = async (
  payload: Payload,
  anchor?: { seq: number; hash: string },
): Promise<ChainReport> => {
  let expected = 1
  let prevHash = GENESIS
  let entries = 0
  let head: ChainReport['head'] = null
  let anchorSeen = false
  const fail = (problem: ChainProblem): ChainReport => ({
    ok: false,
    entries,
    head,
    problem,
  })
  for (;;) {
    const { docs } = await payload.db.find({
      collection: AUDIT_COLLECTION,
      where: { seq: { greater_than: expected - 1 } },
      sort: 'seq',
      limit: PAGE,
      pagination: false,
    })
    const rows = docs as Row[]
    for (const row of rows) {
      const seq = Number(row.seq)
      if (seq !== expected)
        return fail({
          kind: 'removed',
          seq: expected,
          id: null,
          message: `Entri audit nomor ${expected} hilang (dihapus langsung di basis data).`,
        })
      const recomputed = entryHash(row)
      const actor = idOfRelation(row.actor)
      if (row.prevHash !== prevHash) {
        const predecessorAltered = recomputed === row.hash && seq > 1
        return fail({
          kind: 'altered',
          seq: predecessorAltered ? seq - 1 : seq,
          id: predecessorAltered ? null : row.id,
          message: predecessorAltered
            ? `Entri audit nomor ${seq - 1} diubah (hash-nya dihitung ulang; entri ${seq} tidak lagi tertaut).`
            : `Entri audit nomor ${seq} diubah (tautan ke entri sebelumnya tidak cocok).`,
        })
      }
      if (recomputed !== row.hash || (actor !== null && actor !== (row.actorUserId ?? null)))
        return fail({
          kind: 'altered',
          seq,
          id: row.id,
          message: `Entri audit nomor ${seq} (id ${row.id}) diubah: isinya tidak lagi sesuai dengan hash-nya.`,
        })
      if (anchor && seq === anchor.seq) {
        if (row.hash !== anchor.hash)
          return fail({
            kind: 'altered',
            seq,
            id: row.id,
            message: `Entri audit nomor ${seq} tidak sama dengan yang tercatat sebelumnya.`,
          })
        anchorSeen = true
      }
      prevHash = String(row.hash)
      head = { seq, hash: prevHash }
      entries++
      expected++
    }
    if (rows.length < PAGE) break
  }
  if (anchor && !anchorSeen)
    return fail({
      kind: 'removed',
      seq: expected,
      id: null,
      message: `Entri audit nomor ${expected} sampai ${anchor.seq} hilang (rantai berakhir lebih awal dari yang tercatat).`,
    })
  const { docs: outside } = await payload.db.find({
    collection: AUDIT_COLLECTION,
    where: { or: [{ seq: { exists: false } }, { hash: { exists: false } }] },
    sort: 'id',
    limit: 1,
    pagination: false,
  })
  if (outside[0])
    return fail({
      kind: 'unchained',
      seq: null,
      id: (outside[0] as Row).id,
      message: `Entri audit id ${(outside[0] as Row).id} berada di luar rantai (ditambahkan atau diubah langsung di basis data).`,
    })
  return { ok: true, entries, head, problem: null }
}
