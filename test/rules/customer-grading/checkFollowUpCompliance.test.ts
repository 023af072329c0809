import { describe, expect, it } from 'vitest'
import { checkFollowUpCompliance, explain } from '../../../src/index'
import { paretoPolicy } from '../../fixtures/customer'
import { catchError } from '../../helpers'

describe('checkFollowUpCompliance', () => {
  it('checks "A 类客户每周至少 3 次" week by week, prorating the partial first and last weeks', () => {
    // 2026-06-03 is a Wednesday: first window Wed–Sun (5 of 7 days → ceil(3 × 5 / 7) = 3), last window Mon–Tue (2 days → ceil(6/7) = 1)
    const result = checkFollowUpCompliance(
      paretoPolicy,
      'A',
      [
        '2026-06-03',
        '2026-06-05T10:00:00+08:00',
        '2026-06-06',
        '2026-06-08',
        '2026-06-12',
        '2026-06-16',
        '2026-05-30',
      ],
      { start: '2026-06-03', end: '2026-06-16' },
    )
    expect(result.windows.map((w) => [w.start, w.end, w.required, w.actual, w.compliant])).toEqual([
      ['2026-06-03', '2026-06-07', 3, 3, true],
      ['2026-06-08', '2026-06-14', 3, 2, false],
      ['2026-06-15', '2026-06-16', 1, 1, true],
    ])
    expect(result).toMatchObject({
      compliant: false,
      contacts: 6,
      ignored: 1,
      longestGapDays: 4,
      nextDue: '2026-06-18',
    })
    expect(explain(result, { locale: 'zh-CN' })[1]).toBe(
      '2026-06-08..2026-06-14：本周联系 2 次，要求 3 次：未达标',
    )
  })

  it('counts an instant on its date in the calendar’s time zone', () => {
    // 2026-06-07T18:00Z is Monday 8 June 02:00 in Shanghai
    const result = checkFollowUpCompliance(paretoPolicy, 'A', ['2026-06-07T18:00:00Z'], {
      start: '2026-06-01',
      end: '2026-06-14',
    })
    expect(result.windows.map((w) => w.actual)).toEqual([0, 1])
  })

  it('counts working days for a working-days rule, and steps the due date over the National Day holiday', () => {
    // C: once a month, in working days. October 2026 has 18 working days (the 10th made up); the partial
    // window 1–9 Oct has 2 (8 and 9 Oct), so it still needs ceil(1 × 2 / 18) = 1 contact
    const result = checkFollowUpCompliance(paretoPolicy, 'C', ['2026-09-30'], {
      start: '2026-09-01',
      end: '2026-10-09',
    })
    expect(result.windows.map((w) => [w.required, w.actual])).toEqual([
      [1, 1],
      [1, 0],
    ])
    // every 21 working days: 8, 9, 10 Oct (1–3), 12–16 (4–8), 19–23 (9–13), 26–30 (14–18), 2, 3, 4 Nov (19–21)
    expect(result.nextDue).toBe('2026-11-04')
  })

  it('reports the whole period as the gap with no contact, due at the start', () => {
    const result = checkFollowUpCompliance(paretoPolicy, 'B', [], { start: '2026-06-01', end: '2026-06-30' })
    expect(result).toMatchObject({ compliant: false, longestGapDays: 29, nextDue: '2026-06-01' })
    expect(result.windows).toEqual([
      { start: '2026-06-01', end: '2026-06-30', required: 2, actual: 0, compliant: false },
    ])
  })

  it('rejects a grade without a rule, a bad contact and a reversed period', () => {
    expect(
      catchError(() =>
        checkFollowUpCompliance(paretoPolicy, 'new', [], { start: '2026-06-01', end: '2026-06-30' }),
      ).issues[0],
    ).toMatchObject({ path: ['grade'], code: 'grading.no-follow-up' })
    expect(
      catchError(() =>
        checkFollowUpCompliance(paretoPolicy, 'A', ['June 3'], { start: '2026-06-01', end: '2026-06-30' }),
      ).issues[0]?.path,
    ).toEqual(['contacts', 0])
    expect(
      catchError(() =>
        checkFollowUpCompliance(paretoPolicy, 'A', [], { start: '2026-06-30', end: '2026-06-01' }),
      ).issues[0],
    ).toMatchObject({ path: ['period', 'end'], code: 'range.reversed' })
  })
})

describe('checkFollowUpCompliance — explained (gaps a mutation run found)', () => {
  it('a month rule: contacts in any order, an instant on its local date, contacts outside the period ignored', () => {
    // 23:30 in New York on 3 June is 11:30 on 4 June in Shanghai; gaps 3, 16 and 10 days; B is twice a month: every 15 days
    const r = checkFollowUpCompliance(
      paretoPolicy,
      'B',
      ['2026-06-20', '2026-06-03T23:30:00-04:00', '2026-05-01', '2026-07-15'],
      { start: '2026-06-01', end: '2026-06-30' },
    )
    expect([r.windows, r.compliant, r.contacts, r.ignored, r.longestGapDays, r.nextDue]).toEqual([
      [{ start: '2026-06-01', end: '2026-06-30', required: 2, actual: 2, compliant: true }],
      true,
      2,
      2,
      16,
      '2026-07-05',
    ])
    expect(explain(r)).toEqual([
      '2026-06-01..2026-06-30: 2 contacts, 2 required this month: compliant',
      'Longest gap 16 days; next contact due 2026-07-05 (every 15 days)',
    ])
    expect(explain(r, { locale: 'zh-CN' })).toEqual([
      '2026-06-01..2026-06-30：本月联系 2 次，要求 2 次：达标',
      '最长间隔 16 天；下次联系应在 2026-07-05 前（每 15 天）',
    ])
  })

  it('names a grade without a follow-up rule', () => {
    expect(
      catchError(() =>
        checkFollowUpCompliance(paretoPolicy, 'new', [], { start: '2026-06-01', end: '2026-06-30' }),
      ).issues[0],
    ).toMatchObject({ path: ['grade'], code: 'grading.no-follow-up', params: { grade: 'new' } })
  })
})

describe('checkFollowUpCompliance with versions', () => {
  // 2026.2 from 15 June asks A customers for 2 contacts a week instead of 3
  const v1 = { ...paretoPolicy, effectiveTo: '2026-06-14' }
  const v2 = {
    ...paretoPolicy,
    version: '2026.2',
    effectiveFrom: '2026-06-15',
    grades: paretoPolicy.grades.map((g) =>
      g.id === 'A' ? { ...g, followUp: { minContacts: 2, per: 'week' as const } } : g,
    ),
  }
  const contacts = ['2026-06-08', '2026-06-10']

  it('checks the rule of the version in force on the last day of the period, and stamps it', () => {
    // week 8–14 June, 2 contacts: short of 3 under 2026.1 (period ends 14 June), enough for 2 under 2026.2 (ends 15 June;
    // the second window, 15 June alone, needs ceil(2 × 1/7) = 1 and has none)
    const june14 = checkFollowUpCompliance([v1, v2], 'A', contacts, {
      start: '2026-06-08',
      end: '2026-06-14',
    })
    expect(june14.windows.map((w) => [w.required, w.actual])).toEqual([[3, 2]])
    expect(june14.policy).toEqual({ id: 'abc-grading', version: '2026.1', effectiveFrom: '2026-01-01' })
    const june15 = checkFollowUpCompliance([v1, v2], 'A', contacts, {
      start: '2026-06-08',
      end: '2026-06-15',
    })
    expect(june15.windows.map((w) => [w.required, w.actual])).toEqual([
      [2, 2],
      [1, 0],
    ])
    expect(june15.policy).toEqual({ id: 'abc-grading', version: '2026.2', effectiveFrom: '2026-06-15' })
  })

  it('says when no version is in force on the period end', () => {
    const error = catchError(() =>
      checkFollowUpCompliance([v1, v2], 'A', contacts, { start: '2025-12-01', end: '2025-12-31' }),
    )
    expect([error.code, error.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['period', 'end']])
  })
})
