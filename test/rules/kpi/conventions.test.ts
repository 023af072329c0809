import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, evaluateKpis, explain, measureKpi } from '../../../src/index'
import type { KpiDefinitionInput, KpiPolicyInput } from '../../../src/index'
import { catchError } from '../../helpers'

const header = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01' }
const june = { period: { start: '2026-06-01', end: '2026-06-30' } }
const s = (d: { toString(): string } | null | undefined) =>
  d === null || d === undefined ? null : d.toString()
const ratings = [
  { id: 'A', minScore: 100 },
  { id: 'B', minScore: 60 },
  { id: 'C', minScore: 0 },
]
const value = (input: Parameters<typeof measureKpi>[0]) => s(measureKpi(input).value)

describe('KPI score floor', () => {
  const revenue: KpiDefinitionInput = {
    id: 'revenue',
    label: { en: 'Revenue', 'zh-CN': '销售额' },
    unit: 'money',
    direction: 'higher-is-better',
    target: { kind: 'fixed', value: '1000000' },
  }
  const visits: KpiDefinitionInput = {
    id: 'visits',
    label: { en: 'Visits', 'zh-CN': '拜访次数' },
    unit: 'count',
    direction: 'higher-is-better',
    target: { kind: 'fixed', value: 20 },
  }
  const policy = (scoreFloor?: string): KpiPolicyInput => ({
    ...header,
    kpis: [revenue, visits],
    scorecard: {
      weights: [
        { kpi: 'revenue', weight: '0.5' },
        { kpi: 'visits', weight: '0.5' },
      ],
      ...(scoreFloor === undefined ? {} : { scoreFloor }),
      ratings,
    },
  })

  it('floors a negative revenue score at 0 by default (−50,000 against 1,000,000)', () => {
    const result = evaluateKpis(policy(), { revenue: '-50000', visits: 20 }, june)
    // attainment −50,000 ÷ 1,000,000 = −5 %, raw score −5, floored at 0; visits 20 ÷ 20 = 100 points
    expect(result.kpis.map((k) => [s(k.attainment), s(k.score)])).toEqual([
      ['-0.05', '0'],
      ['1', '100'],
    ])
    // total 0.5 × 0 + 0.5 × 100 = 50 (not 0.5 × −5 + 50 = 47.5)
    expect([s(result.score), result.rating]).toEqual(['50', 'C'])
    expect(explain(result.kpis[0]!).at(-2)).toBe('Revenue: score -5 is below the floor, so it scores 0')
    expect(explain(result.kpis[0]!, { locale: 'zh-CN' }).at(-2)).toBe('销售额：得分 -5 低于保底分，按 0 分计')
  })

  it('takes an explicit scoreFloor', () => {
    // revenue 300,000 ÷ 1,000,000 = 30 points, below the floor of 40 → 40; total (40 + 100) ÷ 2 = 70
    const result = evaluateKpis(policy('40'), { revenue: '300000', visits: 20 }, june)
    expect([s(result.kpis[0]?.score), s(result.score), result.rating]).toEqual(['40', '70', 'B'])
    // a score above the floor is untouched: 450,000 → 45 points; (45 + 100) ÷ 2 = 72.5
    expect(s(evaluateKpis(policy('40'), { revenue: '450000', visits: 20 }, june).score)).toBe('72.5')
  })

  it('rejects a floor above 1000', () => {
    const error = catchError(() => evaluateKpis(policy('1000.5'), {}, june))
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['decimal.above-max', 'scorecard.scoreFloor'],
    ])
  })
})

describe('lower-is-better attainment: reflected and inverse', () => {
  const expense = (lowerIsBetterAttainment?: 'reflected' | 'inverse'): KpiDefinitionInput => ({
    id: 'expense-ratio',
    label: { en: 'Expense ratio', 'zh-CN': '销售费用率' },
    unit: 'ratio',
    direction: 'lower-is-better',
    target: { kind: 'fixed', value: '0.08' },
    bandsOn: 'attainment',
    bands: [{ level: 'warning' }, { from: '0.88', level: 'ok' }],
    ...(lowerIsBetterAttainment === undefined ? {} : { lowerIsBetterAttainment }),
  })
  const policy = (k: KpiDefinitionInput, policyDefault?: 'reflected' | 'inverse'): KpiPolicyInput => ({
    ...header,
    ...(policyDefault === undefined ? {} : { lowerIsBetterAttainment: policyDefault }),
    kpis: [k],
    scorecard: { weights: [{ kpi: 'expense-ratio', weight: 1 }], ratings },
  })

  it('9 % against 8 %: reflected 2 − 9/8 = 87.5 % (the default), inverse 8/9 = 88.89 %', () => {
    const reflected = evaluateKpis(policy(expense()), { 'expense-ratio': '0.09' }, june).kpis[0]!
    // 87.5 % is below the ok band from 88 %
    expect([s(reflected.attainment), s(reflected.score), reflected.level]).toEqual([
      '0.875',
      '87.5',
      'warning',
    ])
    const inverse = evaluateKpis(policy(expense('inverse')), { 'expense-ratio': '0.09' }, june).kpis[0]!
    // 0.08 ÷ 0.09 = 0.888… (88.89 %; sentences show percentages truncated to 4 places), in the band from 88 %
    expect(inverse.attainment?.toFixed(4)).toBe('0.8889')
    expect([inverse.score?.toFixed(2), inverse.level]).toEqual(['88.89', 'ok'])
    expect(explain(inverse).at(-3)).toBe(
      'Expense ratio: lower is better, attainment = target ÷ value = 88.8888%',
    )
    expect(explain(inverse, { locale: 'zh-CN' }).at(-3)).toBe(
      '销售费用率：越低越好，达成率 = 目标 ÷ 数值 = 88.8888%',
    )
  })

  it('takes the policy default and lets a KPI override it', () => {
    const byDefault = evaluateKpis(policy(expense(), 'inverse'), { 'expense-ratio': '0.09' }, june)
    expect(byDefault.kpis[0]?.attainment?.toFixed(4)).toBe('0.8889')
    const overridden = evaluateKpis(
      policy(expense('reflected'), 'inverse'),
      { 'expense-ratio': '0.09' },
      june,
    )
    expect(s(overridden.kpis[0]?.attainment)).toBe('0.875')
  })

  it('under inverse, a value of zero is the best possible: top band and the cap', () => {
    const result = evaluateKpis(policy(expense('inverse')), { 'expense-ratio': 0 }, june).kpis[0]!
    // 0.08 ÷ 0 has no value: attainment null, the ok band, the cap 1.2 × 100 = 120 points
    expect([s(result.attainment), result.level, s(result.score)]).toEqual([null, 'ok', '120'])
    expect(compileKpiPolicy(policy(expense('inverse'))).level('expense-ratio', 0)).toBe('ok')
  })

  it('the compiled level agrees on both sides of the inverse bound (8 % ÷ 88 % = 9.0909…%)', () => {
    const evaluator = compileKpiPolicy(policy(expense('inverse')))
    // 0.0909 → 0.08 ÷ 0.0909 = 88.009 % ≥ 88 %: ok; 0.0910 → 87.91 %: warning
    expect([evaluator.level('expense-ratio', '0.0909'), evaluator.level('expense-ratio', '0.091')]).toEqual([
      'ok',
      'warning',
    ])
    // exactly on the bound: 0.0704 → 0.08 ÷ 0.0704 = 1.1363… (from 1.1363… is not a decimal); use 0.1 and from 0.8
    const onBound = compileKpiPolicy(
      policy({ ...expense('inverse'), bands: [{ level: 'warning' }, { from: '0.8', level: 'ok' }] }),
    )
    // 0.08 ÷ 0.1 = 80 %, on the from (inclusive)
    expect(onBound.level('expense-ratio', '0.1')).toBe('ok')
    expect(onBound.level('expense-ratio', '0.100000000001')).toBe('warning')
  })

  it('rejects the setting on a KPI that is not lower-is-better', () => {
    const error = catchError(() =>
      evaluateKpis(policy({ ...expense('inverse'), direction: 'higher-is-better', bands: [] }), {}, june),
    )
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['kpi.lower-formula-direction', 'kpis.0.lowerIsBetterAttainment'],
    ])
  })
})

describe('zero targets and deduction scoring (零投诉)', () => {
  const complaints: KpiDefinitionInput = {
    id: 'complaints',
    label: { en: 'Valid complaints', 'zh-CN': '有效投诉' },
    unit: 'count',
    direction: 'lower-is-better',
    target: { kind: 'zero' },
    deduction: { per: '20' },
    bands: [{ level: 'ok' }, { from: 1, level: 'warning' }, { from: 3, level: 'critical' }],
  }
  const policy = (k: KpiDefinitionInput = complaints): KpiPolicyInput => ({
    ...header,
    kpis: [k],
    scorecard: { weights: [{ kpi: 'complaints', weight: 1 }], ratings },
  })
  const row = (n: number) => {
    const k = evaluateKpis(policy(), { complaints: n }, june).kpis[0]!
    return [s(k.target), s(k.attainment), k.level, s(k.score)]
  }

  it('scores full minus N points per occurrence, floored at 0', () => {
    // 100 − 20 × 0 = 100; 100 − 20 × 3 = 40; 100 − 20 × 6 = −20 → 0
    expect([row(0), row(3), row(6)]).toEqual([
      ['0', null, 'ok', '100'],
      ['0', null, 'critical', '40'],
      ['0', null, 'critical', '0'],
    ])
    const k = evaluateKpis(policy(), { complaints: 2 }, june).kpis[0]!
    expect(explain(k)).toEqual([
      'Valid complaints: value 2',
      'Valid complaints: target zero (no occurrence); no attainment',
      'Valid complaints: value 2 is in the band from 1: warning',
      'Valid complaints: 100 − 20 × 2 occurrences, not below 0 = 60 points',
      'Valid complaints: score 60 × weight 100%',
    ])
    expect(explain(k, { locale: 'zh-CN' })[3]).toBe('有效投诉：100 − 20 × 2 次，最低 0 = 60 分')
  })

  it('takes its own full score and floor', () => {
    const k = { ...complaints, deduction: { full: '120', per: '25', floor: '30' } }
    // 120 − 25 × 3 = 45; 120 − 25 × 4 = 20 → its floor 30
    const score = (n: number) => s(evaluateKpis(policy(k), { complaints: n }, june).kpis[0]?.score)
    expect([score(3), score(4)]).toEqual(['45', '30'])
  })

  it('scores a zero-target KPI by band scores when it has no deduction', () => {
    const k = {
      ...complaints,
      deduction: undefined,
      bands: [
        { level: 'ok' as const, score: 100 },
        { from: 1, level: 'warning' as const, score: 60 },
      ],
    }
    delete (k as { deduction?: unknown }).deduction
    expect(s(evaluateKpis(policy(k), { complaints: 1 }, june).kpis[0]?.score)).toBe('60')
  })

  it('rejects what a zero target cannot be', () => {
    const codes = (k: KpiDefinitionInput) =>
      catchError(() => evaluateKpis(policy(k), {}, june)).issues.map((i) => [i.code, i.path.join('.')])
    expect(codes({ ...complaints, direction: 'higher-is-better', bands: [] })).toEqual([
      ['kpi.zero-target-direction', 'kpis.0.direction'],
      ['kpi.deduction-direction', 'kpis.0.direction'],
    ])
    expect(codes({ ...complaints, bandsOn: 'attainment', bands: [] })).toEqual([
      ['kpi.needs-target', 'kpis.0.bandsOn'],
    ])
    expect(codes({ ...complaints, unit: 'ratio' })).toEqual([['kpi.deduction-unit', 'kpis.0.unit']])
    const noScore = { ...complaints }
    delete (noScore as { deduction?: unknown }).deduction
    expect(codes(noScore)).toEqual([['kpi.unscorable', 'scorecard.weights.0.kpi']])
  })

  it('classifies a zero-target KPI the same on the compiled path', () => {
    const evaluator = compileKpiPolicy(policy())
    expect([0, 1, 2, 3].map((n) => evaluator.level('complaints', n))).toEqual([
      'ok',
      'warning',
      'warning',
      'critical',
    ])
  })
})

describe('a KPI policy for SLAs only', () => {
  const sla = [
    {
      id: 'reply',
      label: 'Reply',
      from: 'received',
      to: 'replied',
      within: { amount: 24, unit: 'hours' as const },
    },
  ]
  it('needs no placeholder KPI', () => {
    expect(compileKpiPolicy({ ...header, kpis: [], sla }).policy.kpis).toEqual([])
  })
  it('still needs a KPI or an SLA rule', () => {
    const error = catchError(() => compileKpiPolicy({ ...header, kpis: [] }))
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['kpi.none', 'kpis']])
  })
})

describe('the handbook formulas', () => {
  it('collection rate 回款率 = collected ÷ receivable due', () => {
    // 850,000 of 1,000,000 due
    expect(value({ formula: 'collection-rate', receivable: '1000000', collected: '850000' })).toBe('0.85')
    expect(value({ formula: 'collection-rate', receivable: 0, collected: 0 })).toBeNull()
    expect(
      catchError(() => measureKpi({ formula: 'collection-rate', receivable: 10, collected: 11 })).issues[0]
        ?.code,
    ).toBe('kpi.part-exceeds-whole')
  })

  it('contract signing rate 合同签订率 = signed ÷ agreed', () => {
    // 18 of 24
    expect(value({ formula: 'contract-signing-rate', agreed: 24, signed: 18 })).toBe('0.75')
    expect(value({ formula: 'contract-signing-rate', agreed: 0, signed: 0 })).toBeNull()
  })

  it('repeat purchase rate 客户回头率 = repeat ÷ buying customers', () => {
    // 45 of 120
    expect(value({ formula: 'repeat-purchase-rate', customers: 120, repeat: 45 })).toBe('0.375')
    expect(value({ formula: 'repeat-purchase-rate', customers: 0, repeat: 0 })).toBeNull()
  })

  it('savings rate 费用节约率 = (budget − actual) ÷ budget, negative over budget', () => {
    // (200,000 − 184,000) ÷ 200,000 = 8 %; (200,000 − 230,000) ÷ 200,000 = −15 %
    expect(value({ formula: 'savings-rate', budget: '200000', actual: '184000' })).toBe('0.08')
    expect(value({ formula: 'savings-rate', budget: '200000', actual: '230000' })).toBe('-0.15')
    expect(value({ formula: 'savings-rate', budget: 0, actual: '100' })).toBeNull()
    expect(explain(measureKpi({ formula: 'savings-rate', budget: '200000', actual: '184000' }))).toEqual([
      'Savings rate = (budget 200000 − actual 184000) ÷ 200000 = 8%',
    ])
  })

  it('visit count: contacts dated in the period, instants in the time zone', () => {
    const contacts = [
      '2026-05-31',
      '2026-06-01',
      '2026-06-03T23:30:00+08:00',
      // 2026-06-30 23:00 UTC, 2026-07-01 07:00 in Shanghai
      '2026-07-01T07:00:00+08:00',
    ]
    const period = { start: '2026-06-01', end: '2026-06-30' }
    expect(value({ formula: 'visit-count', contacts, period, timeZone: 'Asia/Shanghai' })).toBe('2')
    expect(value({ formula: 'visit-count', contacts, period })).toBe('3')
    expect(value({ formula: 'visit-count', contacts })).toBe('4')
    expect(value({ formula: 'visit-count', contacts: [], period })).toBe('0')
    expect(
      explain(measureKpi({ formula: 'visit-count', contacts, period, timeZone: 'Asia/Shanghai' })),
    ).toEqual(['Visits from 2026-06-01 to 2026-06-30: 2 (2 outside the period not counted)'])
  })

  it('visit count in an evaluation takes the period and the calendar zone', () => {
    const policy: KpiPolicyInput = {
      ...header,
      calendar: { timeZone: 'Asia/Shanghai' },
      kpis: [
        {
          id: 'visits',
          label: 'Visits',
          unit: 'count',
          direction: 'higher-is-better',
          formula: 'visit-count',
          target: { kind: 'fixed', value: 4 },
        },
      ],
    }
    const contacts = ['2026-06-01', '2026-06-03T23:30:00+08:00', '2026-07-01T07:00:00+08:00']
    const k = evaluateKpis(policy, { visits: { inputs: { contacts } } }, june).kpis[0]!
    // 2 of the 3 are June dates in Shanghai: 2 ÷ 4 = 50 %
    expect([s(k.value), s(k.attainment)]).toEqual(['2', '0.5'])
  })

  it('funnel stage alert: a stage converting below half the others’ mean', () => {
    const funnel = [
      { stage: 'lead', label: { en: 'leads', 'zh-CN': '线索' }, count: 200 },
      { stage: 'qualified', label: { en: 'qualified', 'zh-CN': '合格' }, count: 100 },
      { stage: 'proposal', label: { en: 'proposal', 'zh-CN': '方案' }, count: 80 },
      { stage: 'won', label: { en: 'won', 'zh-CN': '成交' }, count: 16 },
    ]
    // rates 50 %, 80 %, 20 %; 20 % < 0.5 × (50 % + 80 %) ÷ 2 = 32.5 %: one low stage;
    // 50 % vs 0.5 × 50 % and 80 % vs 0.5 × 35 % are not low
    const result = measureKpi({ formula: 'funnel-stage-alert', funnel })
    expect(s(result.value)).toBe('1')
    expect(explain(result)).toEqual([
      'Conversion proposal → won of 20% is below 50% of the other stages’ mean 65%',
      'Funnel stage alert: 1 of 3 stages convert markedly low',
    ])
    expect(explain(result, { locale: 'zh-CN' })[0]).toBe(
      '方案 → 成交 转化率 20%，低于其他阶段平均值 65% 的 50%',
    )
    // exactly on the limit is not low: 25 % = 0.5 × (50 % + 50 %) ÷ 2
    const even = [200, 100, 50, 12.5].map((count, i) => ({ stage: `s${i}`, count }))
    expect(value({ formula: 'funnel-stage-alert', funnel: even })).toBe('0')
    // a stricter limit: 25 % < 0.6 × 50 %
    expect(value({ formula: 'funnel-stage-alert', funnel: even, below: '0.6' })).toBe('1')
  })

  it('funnel stage alert has no value with fewer than two stages that convert', () => {
    const funnel = [10, 0, 0].map((count, i) => ({ stage: `s${i}`, count }))
    // 0 ÷ 10 = 0 %, then 0 ÷ 0 has no rate: one rated stage
    expect(value({ formula: 'funnel-stage-alert', funnel })).toBeNull()
  })
})

describe('funnel stage labels', () => {
  it('names conversion stages by their labels when given', () => {
    const result = measureKpi({
      formula: 'conversion-rate',
      funnel: [
        { stage: 'lead', label: { en: 'Leads', 'zh-CN': '线索' }, count: 200 },
        { stage: 'won', label: { en: 'Won', 'zh-CN': '成交' }, count: 40 },
      ],
    })
    // 40 of 200 = 20 %
    expect(explain(result, { locale: 'zh-CN' })).toEqual([
      '线索 → 成交 转化：200 中的 40 = 20%',
      '整体转化 线索 → 成交：200 中的 40 = 20%',
    ])
  })
})
