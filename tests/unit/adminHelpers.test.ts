import { formatTime, languageOf } from '../../src/admin/formatTime.js'
import { deskWheres, todayAgendaWhere } from '../../src/admin/dashboard/deskQueries.js'
import { inputsFor } from '../../src/workflow/inputs.js'

describe('formatTime', () => {
  it('writes a time in Indonesian with its zone', () => {
    expect(formatTime('2026-11-22T03:30:00.000Z', 'id', 'Asia/Jakarta')).toMatch(
      /22 Nov 2026.*10[.:]30.*WIB/,
    )
    expect(formatTime('2026-11-22T03:30:00.000Z', 'id', 'Asia/Makassar')).toMatch(/11[.:]30.*WITA/)
    expect(formatTime('2026-11-22T03:30:00.000Z', 'en', 'Asia/Jayapura')).toMatch(
      /22 Nov 2026.*12:30/,
    )
  })
  it('shows a dash for nothing or nonsense', () => {
    expect(formatTime(null, 'id')).toBe('—')
    expect(formatTime('bukan tanggal', 'id')).toBe('—')
  })
  it('reads the language of a Payload i18n object, Indonesian unless English', () => {
    expect(languageOf({ language: 'en' })).toBe('en')
    expect(languageOf({ language: 'id' })).toBe('id')
    expect(languageOf({})).toBe('id')
  })
})

describe('inputsFor: what the workflow dialog asks', () => {
  it('asks for what the transition table requires', () => {
    expect(inputsFor({ state: 'draft' }, 'submit')).toEqual([])
    expect(inputsFor({ state: 'in_review' }, 'request-changes')).toEqual(['reason'])
    expect(inputsFor({ state: 'approved' }, 'schedule')).toEqual(['publishAt'])
    expect(inputsFor({ state: 'draft' }, 'force-publish')).toEqual(['reason'])
    expect(inputsFor({ state: 'published' }, 'withdraw')).toEqual(['publicNotice'])
  })
  it('asks for a change note when a correction is published, and nothing for a plain publish', () => {
    expect(inputsFor({ state: 'published', revisionState: 'approved' }, 'publish')).toEqual([
      'changeNote',
    ])
    expect(inputsFor({ state: 'approved' }, 'publish')).toEqual([])
  })
})

describe('the news desk queries', () => {
  const now = new Date('2026-11-22T03:00:00.000Z')
  it('offers reviews to editors only, never their own items', () => {
    const editor = deskWheres({ id: 7, role: 'editor', unit: 2 }, ['2', '5'], now)
    expect(editor.waitingReview).toEqual({
      and: [
        { workflowStatus: { equals: 'in_review' } },
        { unit: { in: ['2', '5'] } },
        { createdBy: { not_equals: 7 } },
      ],
    })
    expect(deskWheres({ id: 8, role: 'writer', unit: 2 }, ['2'], now).waitingReview).toBeNull()
    expect(deskWheres({ id: 1, role: 'admin', unit: null }, '*', now).waitingReview).toEqual({
      and: [{ workflowStatus: { equals: 'in_review' } }, { createdBy: { not_equals: 1 } }],
    })
  })
  it("lists a writer's drafts and returned items", () => {
    expect(deskWheres({ id: 8, role: 'writer', unit: 2 }, ['2'], now).myDrafts).toEqual({
      and: [
        { createdBy: { equals: 8 } },
        { workflowStatus: { in: ['draft', 'changes_requested'] } },
      ],
    })
  })
  it('takes the calendar day of the unit zone', () => {
    // 03:00 UTC is 10:00 WIB and 12:00 WIT on 22 November.
    expect(todayAgendaWhere(2, now, 'Asia/Jakarta')).toEqual({
      and: [
        { unit: { equals: 2 } },
        { startsAt: { greater_than_equal: '2026-11-21T17:00:00.000Z' } },
        { startsAt: { less_than: '2026-11-22T17:00:00.000Z' } },
      ],
    })
    expect(todayAgendaWhere(2, now, 'Asia/Jayapura')).toEqual({
      and: [
        { unit: { equals: 2 } },
        { startsAt: { greater_than_equal: '2026-11-21T15:00:00.000Z' } },
        { startsAt: { less_than: '2026-11-22T15:00:00.000Z' } },
      ],
    })
  })
})
