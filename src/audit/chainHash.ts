import { createHash } from 'node:crypto'

/**
 * The audit trail's hash chain, defined once. Each entry stores `seq` (1, 2, 3, … with no gap), the
 * hash of the entry before it (`prevHash`; the first entry links to GENESIS) and its own `hash`:
 *
 *   hash = hex(sha256(canonical(entry)))
 *
 * where canonical(entry) is the JSON text of an object holding exactly the CHAINED_FIELDS below plus
 * `v` (the rule's version), keys sorted, no whitespace. Values are normalised so that SQLite and
 * PostgreSQL give the same text for the same entry: `at` as an ISO 8601 UTC string with milliseconds,
 * `seq` as a number, every other field as a string, and absent, null or empty values as null.
 * Fields Payload manages (`id`, `createdAt`, `updatedAt`) and the `actor` relationship (set to null
 * when a user is deleted) are outside the hash; `actorUserId` keeps who acted.
 */
export const CHAIN_RULE_VERSION = 1
export const GENESIS = '0'.repeat(64)

export const CHAINED_FIELDS = [
  'seq',
  'prevHash',
  'at',
  'actorUserId',
  'actorName',
  'actorRole',
  'action',
  'outcome',
  'code',
  'targetCollection',
  'documentId',
  'documentTitle',
  'from',
  'to',
  'reason',
  'summary',
] as const

export type ChainedField = (typeof CHAINED_FIELDS)[number]
export type ChainedContent = Partial<Record<ChainedField, unknown>>

const text = (v: unknown): string | null =>
  v === undefined || v === null || v === '' ? null : String(v)

const isoTime = (v: unknown): string | null => {
  if (v === undefined || v === null || v === '') return null
  const d = v instanceof Date ? v : new Date(String(v))
  return Number.isNaN(d.getTime()) ? String(v) : d.toISOString()
}

/** The canonical text an entry's hash is taken over. */
export const canonicalEntry = (entry: ChainedContent): string => {
  const normal: Record<string, string | number | null> = { v: CHAIN_RULE_VERSION }
  for (const field of CHAINED_FIELDS) {
    const value = entry[field]
    normal[field] =
      field === 'seq'
        ? value === null || value === undefined
          ? null
          : Number(value)
        : field === 'at'
          ? isoTime(value)
          : text(value)
  }
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(normal)
        .sort()
        .map((k) => [k, normal[k]] as const),
    ),
  )
}

export const entryHash = (entry: ChainedContent): string =>
  createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex')
