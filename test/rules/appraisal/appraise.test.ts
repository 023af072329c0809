import { describe, expect, it } from 'vitest'
import { appraise, defineAppraisalPolicy, explain, type AppraisalInput } from '../../../src/index'
import { handbookAppraisal } from '../../fixtures/appraisal'
import { catchError } from '../../helpers'

const q2: AppraisalInput = {
  person: 'rep-1',
  period: { start: '2026-04-01', end: '2026-06-30' },
  kpiResults: [
    { month: '2026-04', score: 90 },
    { month: '2026-05', score: 100 },
    { month: '2026-06', score: 110 },
  ],
  ratings: { self: 4, supervisor: '4.5', peers: [3, 4, 5] },
}

/** A monthly appraisal of June with every part given. */
const june = (peers: readonly (string | number)[], extra: Partial<AppraisalInput> = {}): AppraisalInput => ({
  person: 'rep-1',
  period: { start: '2026-06-01', end: '2026-06-30' },
  kpiResults: [{ month: '2026-06', score: 100 }],
  ratings: { self: 5, supervisor: 5, peers },
  ...extra,
})

describe('appraise', () => {
  it('runs the JSDoc example', () => {
    const policy = defineAppraisalPolicy({
      id: 'appraisal',
      version: '1',
      effectiveFrom: '2026-01-01',
      parts: [
        { part: 'kpi', weight: '0.6' },
        { part: 'supervisor', weight: '0.4', scale: { min: 1, max: 5 } },
      ],
      bands: [
        { rating: 'A', minScore: 90, bonusMultiplier: '1.2' },
        { rating: 'B', minScore: 70 },
        { rating: 'C' },
      ],
    })
    const result = appraise(policy, {
      person: 'rep-1',
      period: { start: '2026-04-01', end: '2026-06-30' },
      kpiResults: [
        { month: '2026-04', score: 90 },
        { month: '2026-05', score: 100 },
        { month: '2026-06', score: 110 },
      ],
      ratings: { supervisor: 4 },
    })
    // KPI (90 + 100 + 110) / 3 = 100 points; supervisor (4 − 1) / (5 − 1) × 100 = 75 points
    // 0.6 × 100 + 0.4 × 75 = 90.00: exactly A's minScore, so A
    expect(result.score.toFixed(2)).toBe('90.00')
    expect(result.rating).toBe('A')
  })

  it('weights the quarter by month and each rating on its scale', () => {
    const result = appraise(handbookAppraisal, q2)
    // KPI weighted 1:1:2 → (90 + 100 + 2 × 110) / 4 = 102.5 points
    // self 4 → (4 − 1) / 4 × 100 = 75; supervisor 4.5 → 3.5 / 4 × 100 = 87.5; peers avg 4 → 75
    // 0.5 × 102.5 + 0.1 × 75 + 0.3 × 87.5 + 0.1 × 75 = 51.25 + 7.5 + 26.25 + 7.5 = 92.50 → A (85 ≤ 92.5 < 95)
    expect(result.kind).toBe('quarter')
    expect(result.parts.map((p) => [p.part, p.value?.toString(), p.points?.toString()])).toEqual([
      ['kpi', '102.5', '102.5'],
      ['self', '4', '75'],
      ['supervisor', '4.5', '87.5'],
      ['peer', '4', '75'],
    ])
    expect(result.parts.map((p) => p.contribution.toString())).toEqual(['51.25', '7.5', '26.25', '7.5'])
    expect(result.score.toFixed(2)).toBe('92.50')
    expect(result.rating).toBe('A')
    expect(result.consequences.bonusMultiplier.toString()).toBe('1.2')
    expect(result.consequences.raise?.min.toString()).toBe('0.05')
    expect(result.consequences.raise?.max.toString()).toBe('0.08')
    expect(result.consequences.warning).toBe(false)
    expect(result.policy).toEqual({ id: 'appraisal', version: '2026.1', effectiveFrom: '2026-01-01' })
    expect(JSON.parse(JSON.stringify(result)).score).toBe('92.50')
  })

  it('explains itself in both languages, the handbook steps first', () => {
    const result = appraise(handbookAppraisal, q2)
    expect(explain(result, { locale: 'en' })).toEqual([
      'Step 1: Performance plan',
      'Step 2: Self appraisal',
      'Step 3: Supervisor appraisal',
      'Step 4: Performance conversation',
      'Step 5: Applying the results',
      'Quarterly appraisal 2026-04-01..2026-06-30',
      'KPI: the month-weighted average of 3 of 3 months is 102.5',
      'KPI scorecard: 102.5 is 102.5 points, weight 0.5',
      'self rating: 4 is 75 points, weight 0.1',
      'supervisor rating: 4.5 is 87.5 points, weight 0.3',
      'peer ratings: 4 is 75 points, weight 0.1',
      'Score: 92.50',
      'Rating Exceeds: the score reaches 85',
      'Rating Exceeds: the performance bonus is multiplied by 1.2',
      'Rating Exceeds: a raise of 5% to 8%',
      'Not yet eligible for promotion: 1 qualifying ratings in a row of 2',
    ])
    expect(explain(result, { locale: 'zh-CN' }).slice(0, 2)).toEqual([
      '第 1 步：绩效计划制定',
      '第 2 步：自评',
    ])
    expect(explain(result, { locale: 'zh-CN' }).slice(-3)).toEqual([
      '评级 优秀：绩效奖金乘以 1.2',
      '评级 优秀：调薪 5% 至 8%',
      '尚不具备晋升资格：连续达标评级 1 次，需 2 次',
    ])
  })

  it('gives a score exactly on a band edge that band, and one cent below it the band below', () => {
    // KPI 100, self 5 → 100, supervisor 5 → 100, peers 3 → 50 points
    // 0.5 × 100 + 0.1 × 100 + 0.3 × 100 + 0.1 × 50 = 95.00 = S's minScore → S
    expect(appraise(handbookAppraisal, june([3])).score.toFixed(2)).toBe('95.00')
    expect(appraise(handbookAppraisal, june([3])).rating).toBe('S')
    // peers 2.9996 → 49.99 points → 94.999 → 95.00 (half-up at 2 decimals): the rounded score decides → S
    expect(appraise(handbookAppraisal, june(['2.9996'])).rating).toBe('S')
    // peers 2.998 → 49.95 points → 94.995 → 95.00 (half-up) → S
    expect(appraise(handbookAppraisal, june(['2.998'])).score.toFixed(2)).toBe('95.00')
    // peers 2.9978 → 49.945 points → 94.9945 → 94.99 → A
    const below = appraise(handbookAppraisal, june(['2.9978']))
    expect(below.score.toFixed(2)).toBe('94.99')
    expect(below.rating).toBe('A')
  })

  it('rates the lowest band with a warning, a training plan and a deduction', () => {
    // KPI 40; self 1 → 0; supervisor 2 → 25; peers 2 → 25
    // 0.5 × 40 + 0 + 0.3 × 25 + 0.1 × 25 = 20 + 7.5 + 2.5 = 30.00 → D (below C's 60)
    const result = appraise(handbookAppraisal, {
      person: 'rep-9',
      period: { start: '2026-06-01', end: '2026-06-30' },
      kpiResults: [{ month: '2026-06', score: 40 }],
      ratings: { self: 1, supervisor: 2, peers: [2] },
    })
    expect(result.score.toFixed(2)).toBe('30.00')
    expect(result.rating).toBe('D')
    expect(result.consequences).toMatchObject({ warning: true, promotionEligible: false })
    expect(result.consequences.deduction?.toString()).toBe('0.2')
    expect(result.consequences.bonusMultiplier.toString()).toBe('0')
    expect(explain(result, { locale: 'zh-CN' }).slice(-6)).toEqual([
      '评级 不合格：得分低于其他各档',
      '评级 不合格：绩效奖金乘以 0',
      '培训计划：绩效改进计划',
      '评级 不合格：书面警告',
      '评级 不合格：扣减绩效工资 20%',
      '尚不具备晋升资格：连续达标评级 0 次，需 2 次',
    ])
  })

  it('counts qualifying ratings in a row for promotion', () => {
    // this A after an A: 2 in a row → eligible; after S, B: 1 → not yet
    expect(appraise(handbookAppraisal, { ...q2, history: ['S', 'A'] }).consequences).toMatchObject({
      consecutive: 3,
      promotionEligible: true,
    })
    expect(appraise(handbookAppraisal, { ...q2, history: ['S', 'B'] }).consequences).toMatchObject({
      consecutive: 1,
      promotionEligible: false,
    })
  })

  it('combines the months of a year: average, last-N, and missing months', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      score: 60 + 5 * i, // 60, 65, …, 115
    }))
    const kpiOnly = (annual: { kind: 'average' } | { kind: 'last'; count: number }) =>
      defineAppraisalPolicy({
        id: 'a',
        version: '1',
        effectiveFrom: '2026-01-01',
        parts: [{ part: 'kpi', weight: 1 }],
        annual,
        bands: [{ rating: 'A', minScore: 90 }, { rating: 'B' }],
      })
    const year = { person: 'p', period: { start: '2026-01-01', end: '2026-12-31' } }
    // average of 60..115 = (60 + 115) / 2 = 87.5
    expect(appraise(kpiOnly({ kind: 'average' }), { ...year, kpiResults: months }).score.toString()).toBe(
      '87.5',
    )
    // the last 3: (105 + 110 + 115) / 3 = 110
    expect(
      appraise(kpiOnly({ kind: 'last', count: 3 }), { ...year, kpiResults: months }).score.toString(),
    ).toBe('110')
    // December missing: the last 3 with a result are Sep, Oct, Nov: (100 + 105 + 110) / 3 = 105
    const eleven = appraise(kpiOnly({ kind: 'last', count: 3 }), { ...year, kpiResults: months.slice(0, 11) })
    expect(eleven.score.toString()).toBe('105')
    expect(explain(eleven)[1]).toBe('No KPI result for 2026-12')
  })

  it('scales the other weights up when a part is missing and the policy says reweight', () => {
    const policy = { ...handbookAppraisal, missing: 'reweight' as const }
    // no peers: weights 0.5, 0.1, 0.3 over 0.9 → 5/9, 1/9, 3/9
    // (0.5 × 102.5 + 0.1 × 75 + 0.3 × 87.5) / 0.9 = 85 / 0.9 = 94.444… → 94.44 → A
    const result = appraise(policy, { ...q2, ratings: { self: 4, supervisor: '4.5' } })
    expect(result.score.toFixed(2)).toBe('94.44')
    expect(result.parts[3]).toMatchObject({ part: 'peer', value: null, points: null })
    expect(explain(result)).toContain(
      'peer ratings: no value; left out and the other weights scaled up (weight 0.1)',
    )
  })

  it('picks the version in force on the period’s last day', () => {
    const v2 = { ...handbookAppraisal, version: '2026.2', effectiveFrom: '2026-07-01' }
    expect(appraise([handbookAppraisal, v2], q2).policy.version).toBe('2026.1')
    const q3 = { ...q2, period: { start: '2026-07-01', end: '2026-09-30' }, kpiResults: [] }
    const error = catchError(() =>
      appraise([{ ...handbookAppraisal, effectiveTo: '2026-06-30' }], { ...q3, ratings: q2.ratings }),
    )
    expect([error.code, error.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['input', 'period', 'end']])
  })

  it('reports each bad input at its path', () => {
    const cases: [Partial<AppraisalInput>, string, (string | number)[]][] = [
      [
        { period: { start: '2026-04-02', end: '2026-06-30' } },
        'appraisal.period-start',
        ['input', 'period', 'start'],
      ],
      [
        { period: { start: '2026-04-01', end: '2026-06-29' } },
        'appraisal.period-end',
        ['input', 'period', 'end'],
      ],
      [
        { period: { start: '2026-04-01', end: '2026-05-31' } },
        'appraisal.period-length',
        ['input', 'period', 'end'],
      ],
      [{ period: { start: '2026-06-01', end: '2026-04-30' } }, 'range.reversed', ['input', 'period', 'end']],
      [
        { kpiResults: [{ month: '2026-07', score: 1 }] },
        'appraisal.kpi-outside',
        ['input', 'kpiResults', 0, 'month'],
      ],
      [
        {
          kpiResults: [
            { month: '2026-04', score: 1 },
            { month: '2026-04', score: 2 },
          ],
        },
        'ids.duplicate',
        ['input', 'kpiResults', 1, 'month'],
      ],
      [
        { ratings: { self: 4, supervisor: 6, peers: [3] } },
        'appraisal.rating-range',
        ['input', 'ratings', 'supervisor'],
      ],
      [
        { ratings: { self: 4, supervisor: 4, peers: [3, '0.5'] } },
        'appraisal.rating-range',
        ['input', 'ratings', 'peers', 1],
      ],
      [{ ratings: { self: 4, supervisor: 4 } }, 'appraisal.part-missing', ['input', 'ratings', 'peers']],
      [{ kpiResults: [] }, 'appraisal.part-missing', ['input', 'kpiResults']],
      [{ history: ['Z'] }, 'appraisal.unknown-rating', ['input', 'history', 0]],
      [
        { ratings: { self: 4, supervisor: 4, peers: [3], boss: 5 } as never },
        'key.unknown',
        ['input', 'ratings', 'boss'],
      ],
    ]
    for (const [change, code, path] of cases) {
      const error = catchError(() => appraise(handbookAppraisal, { ...q2, ...change }))
      expect([error.code, error.issues[0]?.code, error.issues[0]?.path], code).toEqual([
        'INVALID_INPUT',
        code,
        path,
      ])
    }
  })

  it('refuses a value for a part the policy does not score', () => {
    const kpiOnly = defineAppraisalPolicy({
      id: 'a',
      version: '1',
      effectiveFrom: '2026-01-01',
      parts: [{ part: 'kpi', weight: 1 }],
      bands: [{ rating: 'A' }],
    })
    const error = catchError(() => appraise(kpiOnly, q2))
    expect([error.issues[0]?.code, error.issues[0]?.path]).toEqual([
      'appraisal.part-unscored',
      ['input', 'ratings', 'self'],
    ])
  })

  it('reports each bad policy at its path', () => {
    const bad = (change: object) => catchError(() => appraise({ ...handbookAppraisal, ...change }, q2))
    const issue = (change: object) => {
      const e = bad(change)
      return [e.code, e.issues[0]?.code, e.issues[0]?.path]
    }
    expect(
      issue({
        parts: [
          { part: 'kpi', weight: '0.5' },
          { part: 'self', weight: '0.4' },
        ],
      }),
    ).toEqual(['INVALID_POLICY', 'appraisal.weights', ['parts']])
    expect(issue({ quarterly: { kind: 'weighted', weights: [1, 2] } })).toEqual([
      'INVALID_POLICY',
      'appraisal.month-weights',
      ['quarterly', 'weights'],
    ])
    expect(
      issue({ bands: [{ rating: 'A', minScore: 80 }, { rating: 'B', minScore: 90 }, { rating: 'C' }] }),
    ).toEqual(['INVALID_POLICY', 'appraisal.bands-order', ['bands', 1, 'minScore']])
    expect(
      issue({
        bands: [
          { rating: 'A', minScore: 80 },
          { rating: 'B', minScore: 0 },
        ],
      }),
    ).toEqual(['INVALID_POLICY', 'appraisal.last-band-min', ['bands', 1, 'minScore']])
    expect(issue({ distribution: { limits: [{ rating: 'D', maxShare: '0.1' }] } })).toEqual([
      'INVALID_POLICY',
      'appraisal.limit-lowest',
      ['distribution', 'limits', 0, 'rating'],
    ])
    expect(issue({ promotion: { ratings: ['X'], consecutive: 2 } })).toEqual([
      'INVALID_POLICY',
      'appraisal.unknown-rating',
      ['promotion', 'ratings', 0],
    ])
    expect(issue({ parts: [{ part: 'kpi', weight: 1, scale: { min: 5, max: 5 } }] })).toEqual([
      'INVALID_POLICY',
      'appraisal.scale',
      ['parts', 0, 'scale', 'max'],
    ])
  })

  it('does not mutate its arguments', () => {
    const policy = structuredClone(handbookAppraisal)
    const input = structuredClone(q2)
    appraise(policy, input)
    expect(policy).toEqual(handbookAppraisal)
    expect(input).toEqual(q2)
  })
})
