// A whole grading, customer by customer and sentence by sentence: Pareto ranks and shares, a move
// up, a move down after the hold period, a hold, an override, a customer without history and one
// leaving the no-history grade. The figures are worked out in the comments.
import { describe, expect, it } from 'vitest'
import { explain, gradeCustomers } from '../../../src/index'
import { paretoPolicy } from '../../fixtures/customer'

// total 1,000,000: c1 50 %, c2 30 % (cumulative 80 %), c3 15 % (95 %), c4 5 %, c6 0
const customers = [
  { id: 'c1', value: '500000', previous: { grade: 'B' } },
  { id: 'c2', value: '300000', previous: { grade: 'A' } },
  { id: 'c3', value: '150000', previous: { grade: 'A', periodsBelow: 1 } },
  {
    id: 'c4',
    value: '50000',
    previous: { grade: 'A', periodsBelow: 0 },
    override: { grade: 'A', reason: 'strategic account' },
  },
  { id: 'c5' },
  { id: 'c6', value: '0', previous: { grade: 'new' } },
]

describe('a Pareto grading explained', () => {
  const result = () => gradeCustomers(paretoPolicy, customers, { asOf: '2026-06-30' })

  it('grades each customer and says why', () => {
    const rows = result().customers.map((c) => [
      c.id,
      c.grade,
      c.computedGrade,
      c.rank,
      c.share?.toString() ?? null,
      c.cumulativeShare?.toString() ?? null,
      c.reason,
      c.overridden,
      c.held,
      c.periodsBelow,
      c.previousGrade,
      c.movement,
    ])
    expect(rows).toEqual([
      // a customer is graded by the share held by those above it: c2's 50 % is under 80 % → A
      ['c1', 'A', 'A', 1, '0.5', '0.5', 'pareto', false, false, 0, 'B', 'up'],
      ['c2', 'A', 'A', 2, '0.3', '0.8', 'pareto', false, false, 0, 'A', 'same'],
      // 80 % above c3 → B; one period below already, the second reaches downgradeAfterPeriods (2)
      ['c3', 'B', 'B', 3, '0.15', '0.95', 'pareto', false, false, 0, 'A', 'down'],
      // computed C, held at A for its first period below; the override says A anyway
      ['c4', 'A', 'C', 4, '0.05', '1', 'override', true, true, 1, 'A', 'same'],
      ['c5', 'new', 'new', null, null, null, 'no-history', false, false, 0, null, 'new'],
      ['c6', 'C', 'C', 5, '0', '1', 'pareto', false, false, 0, 'new', 'changed'],
    ])
    expect(result().cutoffs.map((c) => [c.grade, c.minValue?.toString() ?? null])).toEqual([
      ['A', '300000'],
      ['B', '150000'],
      ['C', '0'],
    ])
    expect(result().summary.map((s) => [s.grade, s.count, s.value.toString(), s.share.toString()])).toEqual([
      ['A', 3, '850000', '0.85'],
      ['B', 1, '150000', '0.15'],
      ['C', 1, '0', '0'],
      ['new', 1, '0', '0'],
    ])
    expect(result().moves).toEqual({ up: 1, down: 1 })
  })

  it('explains the grading and each customer, in both languages', () => {
    expect(explain(result())).toEqual([
      'Graded 6 customers by Pareto (ABC) analysis: total revenue 1000000',
      'A (high value) holds customers up to a cumulative share of 80%: values from 300000',
      'B (medium value) holds customers up to a cumulative share of 95%: values from 150000',
      'C (low value) holds customers up to a cumulative share of 100%: values from 0',
      'A (high value): 3 customers, 850000 (85% of the total)',
      'B (medium value): 1 customer, 150000 (15% of the total)',
      'C (low value): 1 customer, 0 (0% of the total)',
      'New, not yet graded: 1 customer, 0 (0% of the total)',
    ])
    const [c1, c2, c3, c4, c5, c6] = result().customers.map((c) => explain(c))
    expect(c1).toEqual([
      'Rank 1, value 500000: the customers above it held 0% of the total, under the A (high value) cut-off of 80%',
      'Moved up from B (medium value) to A (high value)',
    ])
    expect(c2).toEqual([
      'Rank 2, value 300000: the customers above it held 50% of the total, under the A (high value) cut-off of 80%',
    ])
    expect(c3).toEqual([
      'Rank 3, value 150000: the customers above it held 80% of the total, under the B (medium value) cut-off of 95%',
      'Moved down from A (high value) to B (medium value)',
    ])
    expect(c4).toEqual([
      'Rank 4, value 50000: the customers above it held 95% of the total; the rest are C (low value)',
      'Computed C (low value), below last period’s A (high value) for 1 period (downgrade after 2): stays A (high value)',
      'Manual grade A (high value) overrides the computed C (low value): strategic account',
    ])
    expect(c5).toEqual(['No history: graded New, not yet graded'])
    expect(c6).toEqual([
      'Rank 5, value 0: the customers above it held 100% of the total; the rest are C (low value)',
    ])
    expect(explain(result().customers[2]!, { locale: 'zh-CN' })).toEqual([
      '排名 3，数值 150000：排在前面的客户合计占 80%，未达 B 类（中等价值）分界 95%',
      '由 A 类（高价值）降至 B 类（中等价值）',
    ])
  })
})
