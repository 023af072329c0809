// Bonuses on their own cadence (issue #24): one plan paying monthly, quarterly and annual bonuses.
import { describe, expect, it } from 'vitest'
import {
  calculateCommission,
  calculateCommissionYear,
  defineCommissionPlan,
  explain,
} from '../../../src/index'

const plan = defineCommissionPlan({
  id: 'cadence',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  rates: { kind: 'flat', rate: '0.01' },
  bonuses: [
    {
      id: 'month',
      label: { en: 'Monthly bonus', 'zh-CN': '月度奖金' },
      measure: 'revenue',
      target: '100000',
      amount: '1000',
      every: 'month',
    },
    {
      id: 'quarter',
      label: { en: 'Quarterly bonus', 'zh-CN': '季度奖金' },
      measure: 'revenue',
      target: '350000',
      amount: '5000',
      every: 'quarter',
    },
    {
      id: 'year',
      label: { en: 'Annual bonus', 'zh-CN': '年度奖金' },
      measure: 'revenue',
      target: '1300000',
      amount: '20000',
      every: 'year',
    },
  ],
})
// 120,000 a month, except February 80,000 and July 90,000: 1,370,000 in the year
const monthly = [120, 80, 120, 120, 120, 120, 90, 120, 120, 120, 120, 120]
const transactions = monthly.map((k, i) => ({
  id: `s${i + 1}`,
  date: `2026-${String(i + 1).padStart(2, '0')}-15`,
  amount: String(k * 1000),
}))
const year = { rep: 'r1', year: { start: '2026-01-01', end: '2026-12-31' }, transactions }

describe('bonuses on their own cadence', () => {
  it('pays monthly, quarterly and annual bonuses from one plan, each in the period holding its last day', () => {
    const statements = calculateCommissionYear(plan, year)
    // monthly: met in 10 months (not Feb 80k, Jul 90k) → 10 × 1,000 = 10,000
    // quarterly: Q1 320k missed, Q2 360k met, Q3 330k missed, Q4 360k met → 2 × 5,000 = 10,000 (June, December)
    // annual: 1,370,000 ≥ 1,300,000 → 20,000 in December; bonuses in all 40,000
    const bonusOf = (s: (typeof statements)[number]) =>
      s.bonuses.reduce((t, b) => t + Number(b.amount.toFixed(2)), 0)
    expect(statements.map(bonusOf)).toEqual([
      1000, 0, 1000, 1000, 1000, 6000, 0, 1000, 1000, 1000, 1000, 26000,
    ])
    // commission 1 % of each month's sales + its bonuses; the year's payout 13,700 + 40,000 = 53,700
    expect(statements.map((s) => s.payable.toFixed(2))).toEqual([
      '2200.00',
      '800.00',
      '2200.00',
      '2200.00',
      '2200.00',
      '7200.00',
      '900.00',
      '2200.00',
      '2200.00',
      '2200.00',
      '2200.00',
      '27200.00',
    ])
    expect(statements.reduce((t, s) => t + Number(s.payable.toFixed(2)), 0)).toBe(53700)
    const december = statements[11]
    expect(december?.bonuses.map((b) => [b.id, b.period, b.actual.toString(), b.met])).toEqual([
      ['month', { start: '2026-12-01', end: '2026-12-31' }, '120000', true],
      ['quarter', { start: '2026-10-01', end: '2026-12-31' }, '360000', true],
      ['year', { start: '2026-01-01', end: '2026-12-31' }, '1370000', true],
    ])
    expect(explain(december ?? { trace: [] }, { locale: 'zh-CN' })).toContain(
      '年度奖金按 2026-01-01..2026-12-31 考核：',
    )
    // March: the monthly bonus met, Q1 (320,000) missed, no annual bonus yet
    expect(statements[2]?.bonuses.map((b) => [b.id, b.met])).toEqual([
      ['month', true],
      ['quarter', false],
    ])
  })

  it('pays each month’s bonus in the quarter statement when the plan settles quarterly', () => {
    const statements = calculateCommissionYear(plan, { ...year, every: 'quarter' })
    // Q1: months 1,000 + 0 + 1,000, quarter missed → 2,000; Q2: 3,000 + 5,000; Q3: 0 + 1,000 + 1,000;
    // Q4: 3,000 + 5,000 + 20,000
    expect(statements.map((s) => s.bonuses.reduce((t, b) => t + Number(b.amount.toFixed(2)), 0))).toEqual([
      2000, 8000, 2000, 28000,
    ])
    expect(statements[0]?.bonuses.map((b) => `${b.id} ${b.period?.start ?? ''}`)).toEqual([
      'month 2026-01-01',
      'month 2026-02-01',
      'month 2026-03-01',
      'quarter 2026-01-01',
    ])
  })

  it('measures a bonus with a cadence on a single statement only when its period is one whole span', () => {
    const march = calculateCommission(plan, {
      rep: 'r1',
      period: { start: '2026-03-01', end: '2026-03-31' },
      transactions: [transactions[2] as (typeof transactions)[number]],
    })
    // a month: the monthly bonus is measured (120,000 ≥ 100,000), the quarterly and annual are not
    expect(march.bonuses.map((b) => b.id)).toEqual(['month'])
    expect(explain(march)).toContain(
      'Quarterly bonus is a quarterly bonus: the period 2026-03-01..2026-03-31 is not one whole quarter, so it is not measured here',
    )
    const q1 = calculateCommission(plan, {
      rep: 'r1',
      period: { start: '2026-01-01', end: '2026-03-31' },
      transactions: transactions.slice(0, 3),
    })
    // a quarter: only the quarterly bonus (320,000 < 350,000: missed)
    expect(q1.bonuses.map((b) => [b.id, b.met])).toEqual([['quarter', false]])
  })

  it('keeps the old behaviour for a bonus without a cadence', () => {
    const { bonuses: _all, ...rest } = plan
    const plain = {
      ...rest,
      bonuses: [{ id: 'b', label: 'Bonus', measure: 'revenue' as const, target: '100000', amount: '1000' }],
    }
    const statements = calculateCommissionYear(plain, year)
    expect(statements.map((s) => s.bonuses.map((b) => [b.met, b.period]))).toEqual(
      monthly.map((k) => [[k >= 100, undefined]]),
    )
  })
})
