/** The verbs of the editorial workflow. */
export const ACTIONS = [
  'submit',
  'request-changes',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'force-publish',
  'withdraw',
] as const
export type WorkflowAction = (typeof ACTIONS)[number]

export const ACTION_LABELS: Record<WorkflowAction, { id: string; en: string; noun: string }> = {
  submit: { id: 'Ajukan untuk ditelaah', en: 'Submit for review', noun: 'diajukan' },
  'request-changes': {
    id: 'Minta perbaikan',
    en: 'Request changes',
    noun: 'dikembalikan untuk diperbaiki',
  },
  approve: { id: 'Setujui', en: 'Approve', noun: 'disetujui' },
  schedule: { id: 'Jadwalkan terbit', en: 'Schedule', noun: 'dijadwalkan' },
  unschedule: { id: 'Batalkan jadwal', en: 'Unschedule', noun: 'dibatalkan jadwalnya' },
  publish: { id: 'Terbitkan', en: 'Publish', noun: 'diterbitkan' },
  'force-publish': {
    id: 'Terbitkan segera (darurat)',
    en: 'Force publish',
    noun: 'diterbitkan segera',
  },
  withdraw: { id: 'Tarik dari publikasi', en: 'Withdraw', noun: 'ditarik' },
}

export const isWorkflowAction = (value: unknown): value is WorkflowAction =>
  typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)
