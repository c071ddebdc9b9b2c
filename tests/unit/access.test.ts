import { describe, expect, it } from '@jest/globals'
import { ANONYMOUS, principalOf, type Principal } from '../../src/access/principal.js'
import { publicContentWhere } from '../../src/access/publicContentWhere.js'
import * as rules from '../../src/access/rules.js'
import { ROLES } from '../../src/access/roles.js'
import { PUBLICLY_VISIBLE_STATES, WORKFLOW_STATES } from '../../src/workflow/states.js'

const staff = (role: (typeof ROLES)[number]): Principal => ({ kind: 'staff', id: 7, role, unit: 1 })
const now = new Date('2026-11-22T03:00:00.000Z')

describe('principalOf', () => {
  it('reads a staff user, including a populated unit', () => {
    expect(principalOf({ id: 7, role: 'editor', unit: { id: 3 }, collection: 'users' })).toEqual({
      kind: 'staff',
      id: 7,
      role: 'editor',
      unit: 3,
    })
  })
  it.each([
    [null],
    [undefined],
    [{ id: 1, role: 'superuser', collection: 'users' }],
    [{ id: 1, role: 'admin', collection: 'portal-clients' }],
  ])('treats %o as anonymous', (user) => expect(principalOf(user as never)).toEqual(ANONYMOUS))
})

describe('read rules', () => {
  it('gives every staff role all editorial items and the public only visible, past-embargo ones', () => {
    for (const role of ROLES) expect(rules.readEditorial(staff(role), now)).toBe(true)
    expect(rules.readEditorial(ANONYMOUS, now)).toEqual(publicContentWhere(now))
  })
  it('makes only published and withdrawn items publicly visible, and embargo a time test', () => {
    expect([...PUBLICLY_VISIBLE_STATES].sort()).toEqual(['published', 'withdrawn'])
    expect(WORKFLOW_STATES.filter((s) => !PUBLICLY_VISIBLE_STATES.includes(s))).toEqual([
      'draft',
      'in_review',
      'changes_requested',
      'approved',
      'scheduled',
    ])
    expect(JSON.stringify(publicContentWhere(now))).toContain(
      '"less_than_equal":"2026-11-22T03:00:00.000Z"',
    )
  })
  it('shows the public only public agenda items', () => {
    expect(rules.readAgenda(ANONYMOUS)).toEqual({ visibility: { equals: 'public' } })
    expect(rules.readAgenda(staff('protocol'))).toBe(true)
  })
  it('never shows users to the public', () => {
    expect(rules.readUsers(ANONYMOUS)).toBe(false)
    for (const role of ROLES) expect(rules.readUsers(staff(role))).toBe(true)
  })
})

describe('user updates', () => {
  it('lets admins update anyone and others only themselves', () => {
    expect(rules.updateUser(staff('admin'), 99)).toBe(true)
    expect(rules.updateUser(staff('writer'), 7)).toBe(true)
    expect(rules.updateUser(staff('writer'), 99)).toBe(false)
    expect(rules.updateUser(staff('writer'), undefined)).toEqual({ id: { equals: 7 } })
    expect(rules.updateUser(ANONYMOUS, 7)).toBe(false)
  })
  it('refuses role and unit changes by anyone but an admin, while unchanged values pass', () => {
    expect(rules.updateUser(staff('writer'), 7, { role: 'admin' })).toBe(false)
    expect(rules.updateUser(staff('writer'), 7, { unit: 2 })).toBe(false)
    expect(rules.updateUser(staff('writer'), 7, { unit: null })).toBe(false)
    expect(rules.updateUser(staff('writer'), 7, { role: 'writer', unit: { id: 1 } })).toBe(true)
    expect(rules.updateUser(staff('admin'), 99, { role: 'editor', unit: 5 })).toBe(true)
  })
  it('lets only admins unlock accounts', () => {
    for (const role of ROLES) expect(rules.unlockUsers(staff(role))).toBe(role === 'admin')
    expect(rules.unlockUsers(ANONYMOUS)).toBe(false)
  })
  it('shows the GraphQL schema to staff, and to others only in development', () => {
    for (const role of ROLES) expect(rules.mayIntrospect(staff(role), false)).toBe(true)
    expect(rules.mayIntrospect(ANONYMOUS, false)).toBe(false)
    expect(rules.mayIntrospect(ANONYMOUS, true)).toBe(true)
  })
  it('keeps administration to admins', () => {
    for (const role of ROLES) expect(rules.manageAsAdmin(staff(role))).toBe(role === 'admin')
    expect(rules.manageAsAdmin(ANONYMOUS)).toBe(false)
  })
})

describe('updates that move an item', () => {
  it('judges the unit an item moves to as well as the one it is in', () => {
    expect(rules.updateNews(staff('writer'), ['1'], { unit: 2 })).toBe(false)
    expect(rules.updateNews(staff('writer'), ['1'], { unit: { id: 1 } })).toEqual({
      unit: { in: ['1'] },
    })
    expect(rules.updateNews(staff('writer'), ['1'], { title: 'x' } as never)).toEqual({
      unit: { in: ['1'] },
    })
    expect(rules.updateNews(staff('editor'), ['1', '2'], { unit: '2' })).toEqual({
      unit: { in: ['1', '2'] },
    })
    expect(rules.updateNews(staff('admin'), '*', { unit: 9 })).toBe(true)
    expect(rules.writeAgenda(staff('protocol'), ['1'], { unit: 3 })).toBe(false)
    expect(rules.writeAgenda(staff('protocol'), ['1'], { unit: null })).toBe(false)
    expect(rules.writeAgenda(staff('protocol'), ['1'])).toEqual({ unit: { in: ['1'] } })
  })
})
