/** Staff roles. A portal client or an anonymous caller has no role. */
export const ROLES = ['admin', 'editor', 'writer', 'protocol'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Admin', en: 'Admin' },
  editor: { id: 'Redaktur', en: 'Editor' },
  writer: { id: 'Penulis', en: 'Writer' },
  protocol: { id: 'Staf protokol', en: 'Protocol officer' },
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)
