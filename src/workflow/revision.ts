import type { WorkflowState } from './states.js'
import type { Id } from '../util/idOf.js'

/** Field values by name: what an edit sends, and what a correction holds until it is published. */
export type Fields = Record<string, unknown>

/** A correction being prepared for a published item. Its `state` runs the revision track. */
export type Revision = {
  state: WorkflowState
  data: Fields
  editedBy: Id | null
  startedAt: string
  updatedAt: string
}

const idsOnly = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(idsOnly)
  if (v && typeof v === 'object' && 'id' in v && Object.keys(v).length > 2)
    return (v as { id: unknown }).id
  return v
}
const differs = (a: unknown, b: unknown): boolean =>
  JSON.stringify(idsOnly(a) ?? null) !== JSON.stringify(idsOnly(b) ?? null)

/**
 * Editing a published item: the changed content fields go into the pending revision (which returns
 * to draft for review) and the live item keeps its published text. Returns null when nothing changed.
 */
export const divertEdits = (
  original: Fields,
  data: Fields,
  contentFields: readonly string[],
  editorId: Id | null,
  now: Date,
): { live: Fields; revision: Revision } | null => {
  const previous = (original.revision as Revision | null | undefined) ?? null
  const base = previous?.data ?? {}
  const changes: Fields = {}
  const live: Fields = { ...data }
  for (const name of contentFields) {
    if (!(name in data)) continue
    const current = name in base ? base[name] : original[name]
    if (differs(data[name], current)) changes[name] = idsOnly(data[name])
    live[name] = original[name]
  }
  if (Object.keys(changes).length === 0) return null
  const at = now.toISOString()
  return {
    live,
    revision: {
      state: 'draft',
      data: { ...base, ...changes },
      editedBy: editorId,
      startedAt: previous?.startedAt ?? at,
      updatedAt: at,
    },
  }
}
