import type { WorkflowAction } from './actions.js'
import type { WorkflowState } from './states.js'
import { trackOf } from './track.js'

/** What a person must type before an action can run: the dialog's fields. */
export type ActionInput = 'reason' | 'publicNotice' | 'publishAt' | 'changeNote'

const INPUT_OF: Partial<Record<string, ActionInput>> = {
  reason: 'reason',
  publicNotice: 'publicNotice',
  futurePublishAt: 'publishAt',
  changeNoteUnlessMinor: 'changeNote',
}

/** The inputs an action asks for in the item's current state, read from the transition table. */
export const inputsFor = (
  item: { state: WorkflowState; revisionState?: WorkflowState | null },
  action: WorkflowAction,
): ActionInput[] => {
  const { state, table } = trackOf(item, action)
  const transition = table.find((t) => t.action === action && t.from.includes(state))
  return (transition?.requires ?? []).flatMap((r) => INPUT_OF[r] ?? [])
}

/** Labels of the inputs, Bahasa Indonesia first. */
export const INPUT_LABELS: Record<ActionInput, { id: string; en: string }> = {
  reason: {
    id: 'Alasan (dikirim ke penulis dan dicatat di jejak audit)',
    en: 'Reason (sent to the author and kept in the audit log)',
  },
  publicNotice: {
    id: 'Pemberitahuan publik (tampil di alamat berita)',
    en: 'Public notice (shown at the item address)',
  },
  publishAt: { id: 'Waktu terbit', en: 'Publish at' },
  changeNote: { id: 'Catatan perubahan publik', en: 'Public change note' },
}
