import { describe, expect, it } from 'vitest'
import { checkOpportunityFollowUp, explain } from '../../../src/index'
import { screeningMatrix } from '../../fixtures/lead'
import { catchError } from '../../helpers'

describe("checkOpportunityFollowUp — each grade's contactEveryDays against the contacts", () => {
  const opportunities = [
    // need clear + budget approved = 100 → high, every 7 days
    { id: 'O1', ratings: { need: 'clear', budget: 'approved' }, since: '2026-06-01' },
    { id: 'O2', grade: 'medium', since: '2026-06-01' },
    { id: 'O3', grade: 'low', since: '2026-05-01' },
  ]
  const contacts = [
    { opportunity: 'O1', at: '2026-06-03T10:00:00+08:00' },
    { opportunity: 'O1', at: '2026-06-20' },
    { opportunity: 'O2', at: '2026-06-05' },
  ]

  it('due = last contact (else since) + contactEveryDays; overdue from the day after', () => {
    const r = checkOpportunityFollowUp(screeningMatrix, opportunities, contacts, '2026-06-11')
    // O1: last 06-03 (the 06-20 contact is after asOf) + 7 = 06-10 → 1 day overdue
    // O2: last 06-05 + 14 = 06-19 → ok;  O3: no contact, since 05-01 + 30 = 05-31 → 11 days overdue
    expect(
      r.opportunities.map((o) => [o.opportunity, o.grade, o.lastContact, o.due, o.status, o.daysOverdue]),
    ).toEqual([
      ['O1', 'high', '2026-06-03', '2026-06-10', 'overdue', 1],
      ['O2', 'medium', '2026-06-05', '2026-06-19', 'ok', 0],
      ['O3', 'low', null, '2026-05-31', 'overdue', 11],
    ])
    expect(r.overdue).toEqual(['O1', 'O3'])
    expect(r.policy).toEqual({ id: 'lead-screening', version: '1', effectiveFrom: '2026-01-01' })
    expect(explain(r.opportunities[0] as never)).toEqual([
      'Opportunity O1 (High): last contact 2026-06-03; the next was due on 2026-06-10 (every 7 days), 1 day(s) late',
    ])
    expect(explain(r, { locale: 'zh-CN' })).toEqual(['于 2026-06-11 检查 3 个商机：2 个跟进逾期'])
  })

  it('on the due day itself the opportunity is not overdue', () => {
    const r = checkOpportunityFollowUp(screeningMatrix, opportunities.slice(0, 1), contacts, '2026-06-10')
    expect(r.opportunities[0]?.status).toBe('ok')
  })

  it('rejects neither or both of grade and ratings, and unknown grades', () => {
    const both = catchError(() =>
      checkOpportunityFollowUp(
        screeningMatrix,
        [{ id: 'x', grade: 'low', ratings: {}, since: '2026-06-01' }],
        [],
        '2026-06-11',
      ),
    )
    expect(both.issues[0]).toMatchObject({ code: 'opportunity.grade-or-ratings', path: ['opportunities', 0] })
    const unknown = catchError(() =>
      checkOpportunityFollowUp(
        screeningMatrix,
        [{ id: 'x', grade: 'A', since: '2026-06-01' }],
        [],
        '2026-06-11',
      ),
    )
    expect(unknown.issues[0]).toMatchObject({
      code: 'scorecard.unknown-grade',
      path: ['opportunities', 0, 'grade'],
    })
    const rating = catchError(() =>
      checkOpportunityFollowUp(
        screeningMatrix,
        [{ id: 'x', ratings: { need: 'big' }, since: '2026-06-01' }],
        [],
        '2026-06-11',
      ),
    )
    expect(rating.issues[0]?.path.slice(0, 3)).toEqual(['opportunities', 0, 'ratings'])
  })
})
