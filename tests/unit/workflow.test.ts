import { describe, expect, it } from '@jest/globals'
import { ACTIONS, type WorkflowAction } from '../../src/workflow/actions.js'
import { availableActions, decide } from '../../src/workflow/decide.js'
import { WORKFLOW_STATES, type WorkflowState } from '../../src/workflow/states.js'
import type { Actor, ItemSnapshot } from '../../src/workflow/types.js'
import {
  embargoPassedWhere,
  isUnderEmbargo,
  underEmbargoWhere,
} from '../../src/workflow/embargo.js'

const NOW = new Date('2026-11-22T03:00:00.000Z')
const PAST = '2026-11-22T02:00:00.000Z'
const FUTURE = '2026-11-22T05:00:00.000Z'
const UPDATED = '2026-11-22T01:00:00.000Z'

// Units: 1 = province, 2 = Diskominfo (child of 1), 3 = Kabupaten Sidoarjo (child of 1).
const staff = (
  id: number,
  role: 'admin' | 'editor' | 'writer' | 'protocol',
  units: string[],
): Actor => ({ kind: 'staff', id, role, units: new Set(units) })
const ACTORS: Record<string, Actor> = {
  author: staff(10, 'writer', ['2']),
  otherWriter: staff(11, 'writer', ['2']),
  editor: staff(20, 'editor', ['2']),
  editorWhoEdited: staff(21, 'editor', ['2']),
  parentEditor: staff(30, 'editor', ['1', '2', '3']),
  otherUnitEditor: staff(40, 'editor', ['3']),
  admin: staff(50, 'admin', []),
  protocol: staff(60, 'protocol', ['2']),
  scheduler: { kind: 'scheduler' },
}

const item = (state: WorkflowState, extra: Partial<ItemSnapshot> = {}): ItemSnapshot => ({
  state,
  unit: 2,
  createdBy: 10,
  lastEditedBy: 21,
  updatedAt: UPDATED,
  publishAt: state === 'scheduled' ? PAST : null,
  ...extra,
})

/**
 * The rules written out by hand, independently of the transition table: for each state, the actions
 * each actor may take (with whatever input the action needs). Scheduled items here are due.
 */
const editorActions: Record<WorkflowState, WorkflowAction[]> = {
  draft: ['submit', 'force-publish'],
  in_review: ['request-changes', 'approve', 'force-publish'],
  changes_requested: ['submit'],
  approved: ['schedule', 'publish'],
  scheduled: ['unschedule', 'publish'],
  published: ['withdraw'],
  withdrawn: [],
}
const withoutApprove = (s: WorkflowState) => editorActions[s].filter((a) => a !== 'approve')
const EXPECTED: Record<string, (s: WorkflowState) => WorkflowAction[]> = {
  author: (s) => (s === 'draft' || s === 'changes_requested' ? ['submit'] : []),
  otherWriter: () => [],
  editor: (s) => editorActions[s],
  editorWhoEdited: withoutApprove, // four-eyes: last editor
  parentEditor: (s) => editorActions[s],
  otherUnitEditor: () => [],
  admin: (s) => editorActions[s],
  protocol: () => [],
  scheduler: (s) => (s === 'scheduled' ? ['publish'] : []),
}

describe('the workflow table: every state × every action × every actor', () => {
  for (const [name, actor] of Object.entries(ACTORS)) {
    for (const state of WORKFLOW_STATES) {
      it(`${name} in ${state} may: ${EXPECTED[name](state).join(', ') || 'nothing'}`, () => {
        expect(availableActions(actor, item(state), NOW)).toEqual(EXPECTED[name](state))
        for (const action of ACTIONS) {
          const d = decide(
            actor,
            item(state),
            {
              action,
              reason: 'alasan',
              publishAt: FUTURE,
              changeNote: 'catatan',
              scheduledFor: PAST,
            },
            NOW,
          )
          expect(d.ok).toBe(EXPECTED[name](state).includes(action))
          if (!d.ok) {
            expect([403, 409]).toContain(d.status)
            expect(d.message.length).toBeGreaterThan(20)
          }
        }
      })
    }
  }
})

describe('refusals carry the right status and code', () => {
  const editor = ACTORS.editor
  it.each([
    [
      'a writer approving',
      ACTORS.otherWriter,
      item('in_review'),
      { action: 'approve' },
      403,
      'ROLE_NOT_ALLOWED',
    ],
    [
      'an editor of another unit',
      ACTORS.otherUnitEditor,
      item('in_review'),
      { action: 'approve' },
      403,
      'OUTSIDE_UNIT',
    ],
    [
      'the author approving as editor',
      staff(10, 'editor', ['2']),
      item('in_review'),
      { action: 'approve' },
      403,
      'FOUR_EYES',
    ],
    [
      'the last editor approving',
      ACTORS.editorWhoEdited,
      item('in_review'),
      { action: 'approve' },
      403,
      'FOUR_EYES',
    ],
    [
      "a writer submitting a colleague's draft",
      ACTORS.otherWriter,
      item('draft'),
      { action: 'submit' },
      403,
      'NOT_AUTHOR_OR_EDITOR',
    ],
    ['approving a draft', editor, item('draft'), { action: 'approve' }, 409, 'INVALID_STATE'],
    [
      'a stale version',
      editor,
      item('in_review'),
      { action: 'approve', expectedUpdatedAt: '2026-11-21T00:00:00.000Z' },
      409,
      'STALE_VERSION',
    ],
    [
      'publishing a schedule not yet due',
      editor,
      item('scheduled', { publishAt: FUTURE }),
      { action: 'publish' },
      409,
      'NOT_DUE',
    ],
    [
      'the scheduler too early',
      ACTORS.scheduler,
      item('scheduled', { publishAt: FUTURE }),
      { action: 'publish', scheduledFor: FUTURE },
      409,
      'NOT_DUE',
    ],
    [
      'the scheduler for a schedule since moved',
      ACTORS.scheduler,
      item('scheduled'),
      { action: 'publish', scheduledFor: '2026-11-22T01:30:00.000Z' },
      409,
      'SCHEDULE_GONE',
    ],
    [
      'the scheduler naming no schedule',
      ACTORS.scheduler,
      item('scheduled'),
      { action: 'publish' },
      409,
      'SCHEDULE_GONE',
    ],
    [
      'the scheduler for an item unscheduled since',
      ACTORS.scheduler,
      item('approved', { publishAt: PAST }),
      { action: 'publish', scheduledFor: PAST },
      409,
      'SCHEDULE_GONE',
    ],
    [
      'the scheduler for an item published by hand since',
      ACTORS.scheduler,
      item('published', { publishAt: PAST }),
      { action: 'publish', scheduledFor: PAST },
      409,
      'SCHEDULE_GONE',
    ],
    [
      'the scheduler asked for anything but publishing',
      ACTORS.scheduler,
      item('in_review'),
      { action: 'approve' },
      403,
      'ROLE_NOT_ALLOWED',
    ],
    [
      'requesting changes without a reason',
      editor,
      item('in_review'),
      { action: 'request-changes', reason: '  ' },
      400,
      'REASON_REQUIRED',
    ],
    [
      'force-publishing without a reason',
      editor,
      item('draft'),
      { action: 'force-publish' },
      400,
      'REASON_REQUIRED',
    ],
    [
      'withdrawing without a public notice',
      editor,
      item('published'),
      { action: 'withdraw' },
      400,
      'REASON_REQUIRED',
    ],
    [
      'scheduling without a date',
      editor,
      item('approved'),
      { action: 'schedule' },
      400,
      'PUBLISH_AT_REQUIRED',
    ],
    [
      'scheduling with a bad date',
      editor,
      item('approved'),
      { action: 'schedule', publishAt: 'besok' },
      400,
      'PUBLISH_AT_INVALID',
    ],
    [
      'scheduling in the past',
      editor,
      item('approved'),
      { action: 'schedule', publishAt: PAST },
      400,
      'PUBLISH_AT_IN_PAST',
    ],
    ['an unknown action', editor, item('draft'), { action: 'terbitkan' }, 400, 'UNKNOWN_ACTION'],
  ] as const)('%s', (_label, actor, snapshot, input, status, code) => {
    const d = decide(actor, snapshot, input, NOW)
    expect(d).toMatchObject({ ok: false, status, code })
  })

  it('writes failure messages as Indonesian sentences', () => {
    const d = decide(editor, item('draft'), { action: 'approve' }, NOW)
    expect(d).toMatchObject({ message: 'Naskah berstatus draf tidak dapat disetujui.' })
  })
})

describe('successful decisions', () => {
  it('schedules at the normalised time and force-publishes with a flag', () => {
    expect(
      decide(
        ACTORS.editor,
        item('approved'),
        { action: 'schedule', publishAt: '2026-11-22T12:00:00+07:00' },
        NOW,
      ),
    ).toMatchObject({
      ok: true,
      to: 'scheduled',
      publishAt: '2026-11-22T05:00:00.000Z',
    })
    expect(
      decide(
        ACTORS.editor,
        item('draft'),
        { action: 'force-publish', reason: 'Klarifikasi hoaks mendesak' },
        NOW,
      ),
    ).toMatchObject({
      ok: true,
      to: 'published',
      flagRetrospective: true,
      reason: 'Klarifikasi hoaks mendesak',
    })
  })

  it('lets the scheduler publish the schedule it was queued for, however its time is written', () => {
    expect(
      decide(
        ACTORS.scheduler,
        item('scheduled'),
        { action: 'publish', scheduledFor: '2026-11-22T09:00:00+07:00' },
        NOW,
      ),
    ).toMatchObject({ ok: true, to: 'published' })
  })

  it('accepts a matching expectedUpdatedAt', () => {
    expect(
      decide(
        ACTORS.editor,
        item('in_review'),
        { action: 'approve', expectedUpdatedAt: UPDATED },
        NOW,
      ),
    ).toMatchObject({ ok: true, to: 'approved' })
  })
})

describe('retrospective approval of a force-published item', () => {
  const forced = item('published', { needsRetrospectiveApproval: true, forcePublishedBy: 20 })
  it('is given by another editor and clears the flag', () => {
    expect(decide(ACTORS.parentEditor, forced, { action: 'approve' }, NOW)).toMatchObject({
      ok: true,
      clearRetrospective: true,
      to: 'published',
    })
    expect(availableActions(ACTORS.parentEditor, forced, NOW)).toEqual(['approve', 'withdraw'])
  })
  it('is refused to the editor who forced it, and to writers', () => {
    expect(decide(ACTORS.editor, forced, { action: 'approve' }, NOW)).toMatchObject({
      ok: false,
      code: 'FOUR_EYES',
    })
    expect(decide(ACTORS.author, forced, { action: 'approve' }, NOW)).toMatchObject({
      ok: false,
      status: 403,
    })
  })
})

describe('corrections: the revision track of a published item', () => {
  const revising = (revisionState: WorkflowState, revisionEditedBy = 10) =>
    item('published', { revisionState, revisionEditedBy })

  it('runs submit → approve → publish on the revision while the item stays published', () => {
    expect(decide(ACTORS.author, revising('draft'), { action: 'submit' }, NOW)).toMatchObject({
      ok: true,
      track: 'revision',
      to: 'in_review',
    })
    expect(decide(ACTORS.editor, revising('in_review'), { action: 'approve' }, NOW)).toMatchObject({
      ok: true,
      track: 'revision',
      to: 'approved',
    })
    expect(
      decide(
        ACTORS.editor,
        revising('approved'),
        { action: 'publish', changeNote: 'Angka diperbaiki.' },
        NOW,
      ),
    ).toMatchObject({
      ok: true,
      track: 'revision',
      to: 'published',
      changeNote: 'Angka diperbaiki.',
    })
  })
  it('needs a public change note unless the correction is minor', () => {
    expect(decide(ACTORS.editor, revising('approved'), { action: 'publish' }, NOW)).toMatchObject({
      ok: false,
      status: 400,
      code: 'CHANGE_NOTE_REQUIRED',
    })
    expect(
      decide(ACTORS.editor, revising('approved'), { action: 'publish', minor: true }, NOW),
    ).toMatchObject({ ok: true, minor: true })
  })
  it('keeps four-eyes on the revision: whoever edited it cannot approve it', () => {
    expect(
      decide(ACTORS.editor, revising('in_review', 20), { action: 'approve' }, NOW),
    ).toMatchObject({ ok: false, code: 'FOUR_EYES' })
  })
  it('still lets an editor withdraw the published item', () => {
    expect(
      decide(
        ACTORS.editor,
        revising('in_review'),
        { action: 'withdraw', reason: 'Data keliru' },
        NOW,
      ),
    ).toMatchObject({ ok: true, track: 'item', to: 'withdrawn' })
  })
})

describe('consent for photos of minors (UU 27/2022)', () => {
  const lacking = (state: WorkflowState, extra: Partial<ItemSnapshot> = {}) =>
    item(state, { photosLackingConsent: 2, ...extra })
  it.each([
    ['publish', 'approved', {}],
    ['schedule', 'approved', { publishAt: FUTURE }],
    ['force-publish', 'draft', { reason: 'Mendesak' }],
  ] as const)('refuses to %s from %s while a photo lacks consent', (action, state, input) => {
    expect(decide(ACTORS.editor, lacking(state), { action, ...input }, NOW)).toMatchObject({
      ok: false,
      status: 409,
      code: 'CONSENT_MISSING',
    })
  })
  it('refuses to publish a correction that adds such a photo', () => {
    expect(
      decide(
        ACTORS.editor,
        lacking('published', { revisionState: 'approved', revisionEditedBy: 10 }),
        { action: 'publish', minor: true },
        NOW,
      ),
    ).toMatchObject({ code: 'CONSENT_MISSING' })
  })
  it('still lets an editor submit, approve and withdraw', () => {
    expect(decide(ACTORS.author, lacking('draft'), { action: 'submit' }, NOW).ok).toBe(true)
    expect(decide(ACTORS.editor, lacking('in_review'), { action: 'approve' }, NOW).ok).toBe(true)
    expect(
      decide(
        ACTORS.editor,
        lacking('published'),
        { action: 'withdraw', reason: 'Foto tanpa izin' },
        NOW,
      ).ok,
    ).toBe(true)
  })
  it('explains the law in the message', () => {
    const d = decide(ACTORS.editor, lacking('approved'), { action: 'publish' }, NOW)
    expect(d.ok ? '' : d.message).toMatch(
      /2 foto anak di bawah umur tanpa persetujuan tercatat \(UU 27\/2022/,
    )
  })
})

describe('the embargo rule', () => {
  const now = new Date('2025-03-01T08:00:00.000Z')
  it.each([
    ['no embargo', null, false],
    ['an empty embargo', '', false],
    ['an embargo one millisecond ahead', '2025-03-01T08:00:00.001Z', true],
    ['an embargo ending this very instant', '2025-03-01T08:00:00.000Z', false],
    ['an embargo that ended', '2025-02-28T08:00:00.000Z', false],
    ['an embargo given as a Date', new Date('2025-03-02T00:00:00.000Z'), true],
  ])('%s: under embargo = %s', (_name, until, expected) =>
    expect(isUnderEmbargo(until, now)).toBe(expected),
  )

  it('says the same as a query: public from the instant the embargo ends', () => {
    expect(embargoPassedWhere(now)).toEqual({
      or: [
        { embargoUntil: { exists: false } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
      ],
    })
    expect(underEmbargoWhere(now)).toEqual({ embargoUntil: { greater_than: now.toISOString() } })
  })
})
