import { describe, expect, it } from 'vitest'
import { compileCustomerGrading, explain, gradeCustomers } from '../../../src/index'
import type { CustomerGradingPolicyInput } from '../../../src/index'
import { CustomerGradingPolicySchema } from '../../../src/models/customer'
import { Dec } from '../../../src/core/decimal'
import {
  applyHysteresis,
  applyOverride,
  movementOf,
  rankScores,
  summarize,
} from '../../../src/rules/customer-grading/_lib/grade'
import { cumulate, cutGroups, groupValues, rankGroups } from '../../../src/rules/customer-grading/_lib/pareto'
import { paretoPolicy } from '../../fixtures/customer'

const asOf = '2026-06-30'
const grossProfit: CustomerGradingPolicyInput = {
  ...paretoPolicy,
  method: { ...paretoPolicy.method, measure: 'gross-profit' },
}
const policy = CustomerGradingPolicySchema().parse(paretoPolicy)
const d = (values: number[]) => values.map((v) => new Dec(v))
const str = (values: readonly { toString(): string }[]) => values.map((v) => v.toString())

describe('Pareto grading with loss-making customers', () => {
  // gross profit 500, 300, 150, 50 and a loss of −100: the shares are taken of the positive total 1000
  const customers = [
    { id: 'a', value: 500 },
    { id: 'b', value: 300 },
    { id: 'c', value: 150 },
    { id: 'd', value: 50 },
    { id: 'e', value: -100 },
  ]
  const result = () => gradeCustomers(grossProfit, customers, { asOf })

  it('grades a loss in the lowest grade without moving any cut-off', () => {
    // cumulative share before each: a 0 < 80 % → A; b 50 % < 80 % → A; c 80 % (not < 80 %) < 95 % → B;
    // d 95 % → C; e is a loss → C. Without e the grades are the same.
    expect(result().customers.map((c) => [c.id, c.grade, c.rank])).toEqual([
      ['a', 'A', 1],
      ['b', 'A', 2],
      ['c', 'B', 3],
      ['d', 'C', 4],
      ['e', 'C', 5],
    ])
    expect(
      gradeCustomers(grossProfit, customers.slice(0, 4), { asOf }).customers.map((c) => c.grade),
    ).toEqual(['A', 'A', 'B', 'C'])
  })

  it('leaves losses out of the total and the cumulative share; a loss has a negative share', () => {
    const r = result()
    expect(r.total.toString()).toBe('1000')
    // shares 500/1000 … −100/1000; cumulative 50 %, 80 %, 95 %, 100 %, and 100 % for the loss (it adds nothing)
    expect(r.customers.map((c) => [c.share?.toString(), c.cumulativeShare?.toString()])).toEqual([
      ['0.5', '0.5'],
      ['0.3', '0.8'],
      ['0.15', '0.95'],
      ['0.05', '1'],
      ['-0.1', '1'],
    ])
    // C holds 50 − 100 = −50, −5 % of the total
    expect(r.summary.map((s) => [s.grade, s.count, s.value.toString(), s.share.toString()])).toEqual([
      ['A', 2, '800', '0.8'],
      ['B', 1, '150', '0.15'],
      ['C', 2, '-50', '-0.05'],
      ['new', 0, '0', '0'],
    ])
    expect(explain(r.customers[4]!)).toEqual([
      'Value -100 is a loss: graded C (low value), and it adds nothing to the total or the cumulative share',
    ])
    expect(explain(r.customers[4]!, { locale: 'zh-CN' })).toEqual([
      '数值 -100 为亏损：评为 C 类（低价值），不计入合计和累计占比',
    ])
  })

  it('grades the same on the compiled column path (integer and exact)', () => {
    const evaluator = compileCustomerGrading(grossProfit)
    const column = evaluator.gradeValues([500, 300, 150, 50, -100])
    expect([[...column.grades], column.minValues, column.integerPath]).toEqual([
      [0, 0, 1, 2, 2],
      [300, 150, -100],
      true,
    ])
    const exact = evaluator.gradeValues([500, 300, 150, 50, -100.001])
    expect([[...exact.grades], exact.integerPath]).toEqual([[0, 0, 1, 2, 2], false])
  })

  it('with only losses and zeros the total is zero and everyone is in the last grade', () => {
    const r = gradeCustomers(
      grossProfit,
      [
        { id: 'x', value: -5 },
        { id: 'y', value: 0 },
      ],
      { asOf },
    )
    expect([r.total.toString(), r.customers.map((c) => c.grade)]).toEqual(['0', ['C', 'C']])
  })
})

describe('the grading steps', () => {
  it('rank: competition ranks, ties share one and the next skips', () => {
    // 9, 7, 7, 3 → ranks 1, 2, 2, 4
    expect(rankGroups(groupValues(d([7, 3, 9, 7])))).toEqual([1, 2, 4])
    expect([...rankScores([new Dec(80), null, new Dec(95), new Dec(80)])]).toEqual([
      ['95', 1],
      ['80', 2],
    ])
  })

  it('cumulative share: sums before and through each tie group, losses adding nothing under Pareto', () => {
    const groups = groupValues(d([500, 300, 300, -100]))
    const pareto = cumulate(groups, 'pareto')
    // total 500 + 2 × 300 = 1100; before 0, 500, 1100; through 500, 1100, 1100
    expect([pareto.total.toString(), str(pareto.before), str(pareto.through)]).toEqual([
      '1100',
      ['0', '500', '1100'],
      ['500', '1100', '1100'],
    ])
    // thresholds keep every value in the total: 1100 − 100 = 1000
    expect(cumulate(groups, 'thresholds').total.toString()).toBe('1000')
  })

  it('cut: before < cutoff × total for Pareto (the crossing group stays up), minimums for thresholds', () => {
    const groups = groupValues(d([500, 300, 150, 50, -100]))
    const cuts = { kind: 'pareto' as const, cutoffs: d([0.8, 0.95, 1]) }
    expect(cutGroups(groups, cumulate(groups, 'pareto'), cuts)).toEqual([0, 0, 1, 2, 2])
    const minimums = { kind: 'thresholds' as const, minimums: d([300, 100, 0]) }
    expect(cutGroups(groups, cumulate(groups, 'thresholds'), minimums)).toEqual([0, 0, 1, 2, 2])
  })

  it('hysteresis: a fall is held until it has lasted downgradeAfterPeriods (2) periods', () => {
    // computed C below last period's A: first period below → held at A, periodsBelow 1
    const held = applyHysteresis(policy, 'C', { grade: 'A', periodsBelow: 0 })
    expect([held.grade, held.held, held.periodsBelow, held.step?.code]).toEqual([
      'A',
      true,
      1,
      'grading.held',
    ])
    // second period below → falls to C
    expect(applyHysteresis(policy, 'C', { grade: 'A', periodsBelow: 1 })).toMatchObject({
      grade: 'C',
      held: false,
      periodsBelow: 0,
    })
    // a rise is never held
    expect(applyHysteresis(policy, 'A', { grade: 'C', periodsBelow: 0 }).grade).toBe('A')
    expect(applyHysteresis(policy, 'B', undefined).held).toBe(false)
  })

  it('overrides: a manual grade wins, with its reason', () => {
    const o = applyOverride(policy, 'B', 'C', { grade: 'A', reason: 'strategic account' })
    expect([o.grade, o.overridden, o.step?.params.reason]).toEqual(['A', true, 'strategic account'])
    expect(applyOverride(policy, 'B', 'C', undefined)).toEqual({ grade: 'B', overridden: false, step: null })
  })

  it('movement: new, same, up, down, and changed for a grade outside the ladder', () => {
    expect([
      movementOf(policy, undefined, 'A'),
      movementOf(policy, 'A', 'A'),
      movementOf(policy, 'B', 'A'),
      movementOf(policy, 'A', 'C'),
      movementOf(policy, 'new', 'B'),
    ]).toEqual(['new', 'same', 'up', 'down', 'changed'])
  })

  it('summary: count, Σ value and share per grade, the no-history grade last, and the moves', () => {
    const graded = gradeCustomers(
      paretoPolicy,
      [
        { id: 'a', value: 600, previous: { grade: 'B', periodsBelow: 0 } },
        { id: 'b', value: 400, previous: { grade: 'A', periodsBelow: 1 } },
        { id: 'n' },
      ],
      { asOf },
    ).customers
    // total 1000: a (before 0) → A, up from B; b (before 60 % < 80 %) → A, same
    const { summary, moves } = summarize(policy, graded, new Dec(1000))
    expect(summary.map((s) => [s.grade, s.count, s.value.toString(), s.share.toString()])).toEqual([
      ['A', 2, '1000', '1'],
      ['B', 0, '0', '0'],
      ['C', 0, '0', '0'],
      ['new', 1, '0', '0'],
    ])
    expect(moves).toEqual({ up: 1, down: 0 })
  })
})
