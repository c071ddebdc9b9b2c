/**
 * The audit log as an auditor reads it: one row per entry, columns named in Bahasa Indonesia, in
 * chain order. The actor is their name and role as written at the time; never an e-mail address.
 */
export const EXPORT_COLUMNS = [
  ['urutan', 'seq'],
  ['waktu', 'at'],
  ['pengguna', 'actorName'],
  ['peran', 'actorRole'],
  ['tindakan', 'action'],
  ['hasil', 'outcome'],
  ['kode', 'code'],
  ['koleksi', 'targetCollection'],
  ['id_dokumen', 'documentId'],
  ['judul_dokumen', 'documentTitle'],
  ['dari_status', 'from'],
  ['ke_status', 'to'],
  ['alasan', 'reason'],
  ['ringkasan', 'summary'],
  ['hash_sebelumnya', 'prevHash'],
  ['hash', 'hash'],
] as const

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number][0], string | number | null>

const OUTCOMES: Record<string, string> = { done: 'berhasil', refused: 'ditolak' }

export const exportRowOf = (entry: Record<string, unknown>): ExportRow => {
  const row = {} as ExportRow
  for (const [column, field] of EXPORT_COLUMNS) {
    const v = entry[field]
    row[column] =
      v === undefined || v === null || v === ''
        ? null
        : field === 'seq'
          ? Number(v)
          : field === 'at'
            ? new Date(String(v)).toISOString()
            : field === 'outcome'
              ? (OUTCOMES[String(v)] ?? String(v))
              : String(v)
  }
  return row
}

/** One CSV field (RFC 4180); a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
const csvField = (v: string | number | null): string => {
  if (v === null) return ''
  let s = String(v)
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** CSV with a UTF-8 byte-order mark (spreadsheets then read the Indonesian text right). */
export const toCsv = (rows: ExportRow[]): string =>
  '\ufeff' +
  [EXPORT_COLUMNS.map(([c]) => c), ...rows.map((r) => EXPORT_COLUMNS.map(([c]) => r[c]))]
    .map((line) => line.map(csvField).join(','))
    .join('\r\n') +
  '\r\n'

/** A period from `dari`/`sampai` (ISO dates or times; a date-only `sampai` includes that whole day, UTC). */
export const periodOf = (
  dari: unknown,
  sampai: unknown,
): { from?: Date; until?: Date } | { error: string } => {
  const parse = (v: unknown, endOfDay: boolean): Date | undefined | null => {
    if (v === undefined || v === '') return undefined
    if (typeof v !== 'string') return null
    const d = new Date(v)
    if (Number.isNaN(d.getTime())) return null
    return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(d.getTime() + 86_400_000) : d
  }
  const from = parse(dari, false)
  const until = parse(sampai, true)
  if (from === null || until === null)
    return { error: 'Periode tidak valid: isi dari dan sampai sebagai tanggal (YYYY-MM-DD).' }
  if (from && until && from >= until)
    return { error: 'Periode tidak valid: tanggal dari harus sebelum tanggal sampai.' }
  return { from, until }
}
