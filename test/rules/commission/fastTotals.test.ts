// The commission totals fast path: which plans and inputs it takes (then its figures are the exact
// statement's), which it leaves to the exact path, and its decisions on bounds, caps, floors and gates.
import { describe, expect, it } from 'vitest'
import { calculateCommission, compileCommissionPlan, CommissionPlanSchema } from '../../../src/index'
import { fastPlan, fastTotals } from '../../../src/rules/commission/_lib/fastTotals'
import type { CommissionInput, CommissionPlanInput } from '../../../src/index'
import { flat, head, june, marginal, retroactive, tiers } from '../../fixtures/commission'
import { catchError } from '../../helpers'

/** An input from untyped transactions: some are deliberately invalid. */
const input = (transactions: unknown[], extra: object = {}): CommissionInput =>
  ({ rep: 'r1', period: june, transactions, ...extra }) as CommissionInput
const sale = (id: string, amount: string | number, date = '2026-06-10', extra: object = {}) => ({
  id,
  date,
  amount,
  ...extra,
})
const figures = (t: {
  base: { toFixed(n: number): string }
  commission: { toFixed(n: number): string }
  payable: { toFixed(n: number): string }
  balance: { toFixed(n: number): string }
}) => [t.base.toFixed(2), t.commission.toFixed(2), t.payable.toFixed(2), t.balance.toFixed(2)]

function both(plan: CommissionPlanInput, i: CommissionInput) {
  const totals = compileCommissionPlan(plan).totals(i)
  return { fastPath: totals.fastPath, fast: figures(totals), exact: figures(calculateCommission(plan, i)) }
}

describe('commission totals: the fast path takes', () => {
  const cases: [string, CommissionPlanInput, CommissionInput, string[]][] = [
    // 100,000 exactly on the 5 % bound: marginal 3,000; retroactive 5 % of all
    [
      'a marginal base on a bound',
      marginal,
      input([sale('a', '60000'), sale('b', '40000')]),
      ['100000.00', '3000.00', '3000.00', '0.00'],
    ],
    [
      'a retroactive base on a bound',
      retroactive,
      input([sale('a', '60000'), sale('b', '40000')]),
      ['100000.00', '5000.00', '5000.00', '0.00'],
    ],
    // retroactive lines rounded one by one: 0.25 × 3 % = 0.0075 → 0.01 each
    [
      'retroactive cents rounded per line',
      retroactive,
      input([sale('a', '0.25'), sale('b', 0.25)]),
      ['0.50', '0.02', '0.02', '0.00'],
    ],
    [
      'a flat plan with a cap met exactly',
      { ...flat, cap: '300' },
      input([sale('a', '10000')]),
      ['10000.00', '300.00', '300.00', '0.00'],
    ],
    [
      'a flat plan over its cap',
      { ...flat, cap: '299.99' },
      input([sale('a', '10000')]),
      ['10000.00', '299.99', '299.99', '0.00'],
    ],
    [
      'a floor',
      { ...flat, floor: '300.01' },
      input([sale('a', '10000')]),
      ['10000.00', '300.01', '300.01', '0.00'],
    ],
    [
      'a base gate met exactly',
      { ...flat, gate: { minBase: '10000' } },
      input([sale('a', '10000')]),
      ['10000.00', '300.00', '300.00', '0.00'],
    ],
    [
      'a base gate missed by a cent',
      { ...flat, gate: { minBase: '10000.01' } },
      input([sale('a', '10000')]),
      ['10000.00', '0.00', '0.00', '0.00'],
    ],
    // booked in June: b and c (4,000); invoiced in June: a and c (2,000)
    [
      'invoice dates deciding the period',
      { ...flat, recognition: 'invoice' },
      input([
        sale('a', '1000', '2026-05-30', { invoiceDate: '2026-06-01' }),
        sale('b', '3000', '2026-06-30', { invoiceDate: '2026-07-01' }),
        sale('c', '1000', '2026-06-15'),
      ]),
      ['2000.00', '60.00', '60.00', '0.00'],
    ],
    [
      'booking dates, whatever the invoice dates',
      flat,
      input([
        sale('a', '1000', '2026-05-30', { invoiceDate: '2026-06-01' }),
        sale('b', '3000', '2026-06-30', { invoiceDate: '2026-07-01' }),
        sale('c', '1000', '2026-06-15'),
      ]),
      ['4000.00', '120.00', '120.00', '0.00'],
    ],
    // 1,000 × 3.1234 % = 31.234 → 31.23; tiers with a rate of six decimals
    [
      'a rate with six decimals',
      { ...head, rates: { kind: 'flat', rate: '0.031234' } },
      input([sale('a', '1000')]),
      ['1000.00', '31.23', '31.23', '0.00'],
    ],
    [
      'a one-day period',
      flat,
      {
        rep: 'r1',
        period: { start: '2026-06-10', end: '2026-06-10' },
        transactions: [sale('a', '1000'), sale('b', '1000', '2026-06-11')],
      },
      ['1000.00', '30.00', '30.00', '0.00'],
    ],
    ['no transactions given', flat, { rep: 'r1', period: june }, ['0.00', '0.00', '0.00', '0.00']],
    [
      'booking dates, the period’s first and last days included',
      flat,
      input([
        sale('a', '1000', '2026-06-01'),
        sale('b', '1000', '2026-06-30'),
        sale('c', '1000', '2026-07-01'),
        sale('d', '1000', '2026-05-31', { type: 'sale' }),
      ]),
      ['2000.00', '60.00', '60.00', '0.00'],
    ],
    ['a quota, and no transactions', flat, input([], { quota: '1000' }), ['0.00', '0.00', '0.00', '0.00']],
  ]
  it.each(cases)('%s', (_label, plan, i, expected) => {
    expect(both(plan, i)).toEqual({ fastPath: true, fast: expected, exact: expected })
  })
})

describe('commission totals: the fast path leaves to the exact path', () => {
  const plans: [string, CommissionPlanInput][] = [
    ['a gross-profit base', { ...flat, base: 'gross-profit' }],
    ['payment recognition', { ...flat, recognition: 'payment' }],
    ['rounding to yuan', { ...flat, rounding: { scale: 0, mode: 'half-up' } }],
    ['half-even rounding', { ...flat, rounding: { scale: 2, mode: 'half-even' } }],
    ['category rates', { ...flat, categoryRates: [{ category: 'x', rate: '0.1' }] }],
    ['eligible categories', { ...flat, eligibility: { categories: ['x'] } }],
    ['eligible customer grades', { ...flat, eligibility: { customerGrades: ['A'] } }],
    [
      'bonuses',
      { ...flat, bonuses: [{ id: 'b', label: 'b', measure: 'revenue', target: '1', amount: '1' }] },
    ],
    ['a draw', { ...flat, draw: { amount: '1', recoverable: false } }],
    ['an attainment gate', { ...flat, gate: { minAttainment: '0.5' } }],
    [
      'attainment tiers',
      {
        ...head,
        rates: {
          kind: 'marginal',
          basis: 'attainment',
          tiers: [
            { from: 0, rate: '0.03' },
            { from: '1', rate: '0.05' },
          ],
        },
      },
    ],
    ['interpolated tiers', { ...head, rates: { kind: 'interpolated', tiers } }],
    ['a lower tier boundary', { ...head, rates: { kind: 'marginal', tiers, boundary: 'lower' } }],
    ['a cap carried forward', { ...flat, cap: '1', capExcess: 'carry-forward' }],
    ['an accelerator', { ...flat, accelerator: { fromAttainment: '1', multiplier: '2' } }],
    ['clawbacks reducing attainment', { ...flat, clawbackReducesAttainment: true }],
    ['a rate with seven decimals', { ...head, rates: { kind: 'flat', rate: '0.0312345' } }],
    [
      'one tier rate with seven decimals',
      {
        ...head,
        rates: {
          kind: 'marginal',
          tiers: [
            { from: 0, rate: '0.03' },
            { from: '100000', rate: '0.0512345' },
          ],
        },
      },
    ],
    [
      'a tier bound in fractions of a cent',
      {
        ...head,
        rates: {
          kind: 'marginal',
          tiers: [
            { from: 0, rate: '0.03' },
            { from: '100.001', rate: '0.05' },
          ],
        },
      },
    ],
    ['a cap in fractions of a cent', { ...flat, cap: '1.001' }],
    ['a floor in fractions of a cent', { ...flat, floor: '1.001' }],
    ['a base gate in fractions of a cent', { ...flat, gate: { minBase: '1.001' } }],
  ]
  it.each(plans)('a plan with %s', (_label, plan) => {
    const i = input(
      [sale('a', '10000', '2026-06-10', plan.base === 'gross-profit' ? { cost: '4000' } : {})],
      plan.gate?.minAttainment !== undefined ||
        plan.accelerator !== undefined ||
        (plan.rates.kind !== 'flat' && plan.rates.basis === 'attainment')
        ? { quota: '100000' }
        : {},
    )
    const r = both(plan, i)
    expect(r.fastPath).toBe(false)
    expect(r.fast).toEqual(r.exact)
  })

  const inputs: [string, CommissionInput][] = [
    ['a split', input([sale('a', '1000', '2026-06-10', { splits: [{ rep: 'r1', share: 1 }] })])],
    ['a customer', input([sale('a', '1000', '2026-06-10', { customer: { id: 'c' } })])],
    ['an amount with three decimals', input([sale('a', '1000.005')])],
    ['an amount in exponent notation', input([sale('a', '1e3')])],
    ['an employment', input([sale('a', '1000')], { employment: { start: '2026-06-10' } })],
    ['a quota in fractions of a cent', input([sale('a', '1000')], { quota: '1000.001' })],
  ]
  it.each(inputs)('an input with %s', (_label, i) => {
    const r = both(flat, i)
    expect(r.fastPath).toBe(false)
    expect(r.fast).toEqual(r.exact)
  })

  it('input the exact path rejects is rejected, with its path', () => {
    const evaluator = compileCommissionPlan(flat)
    expect(
      catchError(() => evaluator.totals(input([sale('a', '1'), sale('a', '2')]))).issues[0],
    ).toMatchObject({ code: 'ids.duplicate' })
    expect(catchError(() => evaluator.totals(input([sale('a', '1', '2026-06-31')]))).issues[0]?.path).toEqual(
      ['input', 'transactions', 0, 'date'],
    )
    expect(
      catchError(() => evaluator.totals(input([sale('a', '1', '2026-06-10', { invoiceDate: '2026-13-01' })])))
        .issues[0]?.path,
    ).toEqual(['input', 'transactions', 0, 'invoiceDate'])
    expect(
      catchError(() => evaluator.totals({ ...input([]), period: { start: '2026-06-30', end: '2026-06-01' } }))
        .issues[0]?.path,
    ).toEqual(['input', 'period', 'end'])
    expect(catchError(() => evaluator.totals(input(['a']))).issues[0]?.path).toEqual([
      'input',
      'transactions',
      0,
    ])
    expect(catchError(() => evaluator.totals(input([], { quota: '0' }))).issues[0]?.path).toEqual([
      'input',
      'quota',
    ])
    expect(catchError(() => evaluator.totals({ ...input([]), rep: '' })).issues[0]?.path).toEqual([
      'input',
      'rep',
    ])
    expect(catchError(() => evaluator.totals(input([sale('a ', '1')]))).issues[0]?.path).toEqual([
      'input',
      'transactions',
      0,
      'id',
    ])
  })
})

describe('commission totals: the fast path itself never throws, and takes nothing it cannot read', () => {
  const plan = () => {
    const p = fastPlan(CommissionPlanSchema.parse(flat))
    if (p === undefined) throw new Error('expected a fast plan')
    return p
  }
  const valid = input([sale('a', '1000')])
  it('decides the plain input the others are made from', () => {
    expect(fastTotals(plan(), valid)).toEqual({ base: 100000, commission: 3000 })
  })
  const bad: [string, unknown][] = [
    ['null', null],
    ['a list', [valid]],
    ['a text', 'input'],
    ['a period of null', { ...valid, period: null }],
    ['a period as text', { ...valid, period: '2026-06' }],
    ['a reversed period', { ...valid, period: { start: '2026-06-30', end: '2026-06-01' } }],
    ['transactions as text', { ...valid, transactions: 'a' }],
    ['a transaction of null', { ...valid, transactions: [null] }],
    ['a transaction that is a list', { ...valid, transactions: [[sale('a', '1000')]] }],
    ['a refund', { ...valid, transactions: [{ ...sale('a', '1000'), type: 'refund' }] }],
    ['an amount that is not cents', { ...valid, transactions: [sale('a', 'x')] }],
  ]
  it.each(bad)('%s', (_label, i) => {
    expect(fastTotals(plan(), i as CommissionInput)).toBeUndefined()
  })
})
