// Stable JSON of quote decisions (issue #18 item 5): money is written at the policy's `moneyScale`
// (default 2) and never rounded; discounts and the margin rate are ratios, cut to 6 decimals.
import { describe, expect, it } from 'vitest'
import {
  canApprove,
  Dec,
  defineQuoteApprovalPolicy,
  requiredApprovals,
  type QuoteApprovalPolicyInput,
  type QuoteInput,
} from '../../../src/index'
import { catchError } from '../../helpers'

/** A decision as JSON (only the parts these tests read). */
interface Written {
  readonly figures: Record<string, string> & { readonly lines: readonly Record<string, unknown>[] }
  readonly rules: readonly { readonly rule: string }[]
  readonly reasons: readonly unknown[]
}
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Written

const policy = defineQuoteApprovalPolicy({
  id: 'q',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  ladder: [
    { role: 'sales-rep', label: 'Rep', limits: { maxNetTotal: '10000', minMarginRate: '0.2' } },
    { role: 'sales-manager', label: 'Manager' },
  ],
  requireCost: { above: '5000' },
})
const quoteOf = (lines: QuoteInput['lines']): QuoteInput => ({
  currency: 'CNY',
  customer: { id: 'c' },
  requestedBy: 'sales-rep',
  lines,
})

describe('quote decisions in JSON: money at the policy scale', () => {
  it('list 100.50 × 2 at 10 % off: list 201.00, net 180.90, each unit price with its cents', () => {
    // list 2 × 100.50 = 201.00; net 201.00 × 0.9 = 180.90; effective price 100.50 × 0.9 = 90.45
    // cost 2 × 50 = 100.00; margin 180.90 − 100.00 = 80.90; rate 80.90 ÷ 180.90 = 0.44720840… → "0.447208"
    const decision = requiredApprovals(
      policy,
      quoteOf([{ product: 'p', quantity: 2, listPrice: '100.50', discount: '0.1', unitCost: '50' }]),
    )
    const { figures } = json(decision)
    expect(figures.listTotal).toBe('201.00')
    expect(figures.netTotal).toBe('180.90')
    expect(figures.costTotal).toBe('100.00')
    expect(figures.grossMargin).toBe('80.90')
    expect(figures.marginRate).toBe('0.447208')
    // 1 − 180.90 ÷ 201.00 = 0.1 exactly
    expect(figures.averageDiscount).toBe('0.1')
    expect(figures.maxLineDiscount).toBe('0.1')
    expect(figures.lines[0]).toEqual({
      list: '201.00',
      net: '180.90',
      cost: '100.00',
      belowCost: false,
      listPrice: '100.50',
      effectivePrice: '90.45',
      unitCost: '50.00',
    })
    // in memory the values are exact and unchanged
    expect(decision.figures.netTotal.eq('180.9')).toBe(true)
    expect(decision.figures.marginRate?.eq(new Dec('80.9').div('180.9'))).toBe(true)
  })

  it('a total of exactly 12000 is "12000.00", and so is the rule that fires on it with its limit', () => {
    // 3 × 4000 = 12000 > the rep's 10000: the net-total rule fires (actual 12000.00, limit 10000.00);
    // no costs and 12000 > 5000: cost-missing fires with the net and the policy's 5000.00
    const decision = requiredApprovals(policy, quoteOf([{ product: 'p', quantity: 3, listPrice: '4000' }]))
    const written = json(decision)
    expect(written.figures.netTotal).toBe('12000.00')
    expect(written.figures.listTotal).toBe('12000.00')
    expect(written.figures.averageDiscount).toBe('0')
    expect(written.rules).toEqual([
      { rule: 'net-total', actual: '12000.00', limit: '10000.00', line: null, requiredRole: 'sales-manager' },
      {
        rule: 'cost-missing',
        actual: '12000.00',
        limit: '5000.00',
        line: null,
        requiredRole: 'sales-manager',
      },
    ])
    // canApprove writes the same reasons
    expect(
      json(canApprove(policy, 'sales-rep', quoteOf([{ product: 'p', quantity: 3, listPrice: '4000' }])))
        .reasons,
    ).toEqual(written.rules)
  })

  it('never rounds: a price with 4 decimals stays exact', () => {
    // 3 × 12.3456 = 37.0368 (4 decimals, written whole); + 1 × 10 = 47.0368; the 10 is "10.00"
    const decision = requiredApprovals(
      policy,
      quoteOf([
        { product: 'p', quantity: 3, listPrice: '12.3456' },
        { product: 'q', quantity: 1, listPrice: '10' },
      ]),
    )
    const { figures } = json(decision)
    expect(figures.listTotal).toBe('47.0368')
    expect(figures.netTotal).toBe('47.0368')
    expect(figures.lines.map((l) => [l['list'], l['listPrice']])).toEqual([
      ['37.0368', '12.3456'],
      ['10.00', '10.00'],
    ])
  })

  it('writes below-cost prices at the scale', () => {
    // 1 × 99.9 below a cost of 120: actual 99.90, limit 120.00 (the rule needs the top of the ladder)
    const decision = requiredApprovals(
      policy,
      quoteOf([{ product: 'p', quantity: 1, listPrice: '99.9', unitCost: '120' }]),
    )
    const below = json(decision).rules.find((r) => r.rule === 'below-cost')
    expect(below).toEqual({
      rule: 'below-cost',
      actual: '99.90',
      limit: '120.00',
      line: 0,
      requiredRole: 'sales-manager',
    })
  })

  it('follows the policy moneyScale: 0 for a currency without minor units, still never rounding', () => {
    const yen = defineQuoteApprovalPolicy({ ...policy, currency: 'JPY', moneyScale: 0 })
    const quote = { ...quoteOf([{ product: 'p', quantity: 3, listPrice: '4000' }]), currency: 'JPY' }
    expect(json(requiredApprovals(yen, quote)).figures.netTotal).toBe('12000')
    // 2 × 100.5 = 201 at scale 0 is "201"; the unit price 100.5 keeps its decimal
    const half = { ...quoteOf([{ product: 'p', quantity: 2, listPrice: '100.5' }]), currency: 'JPY' }
    const [line] = json(requiredApprovals(yen, half)).figures.lines
    expect([line?.['list'], line?.['listPrice']]).toEqual(['201', '100.5'])
    // scale 4: "12000.0000"
    const four = defineQuoteApprovalPolicy({ ...policy, moneyScale: 4 })
    expect(
      json(requiredApprovals(four, quoteOf([{ product: 'p', quantity: 3, listPrice: '4000' }]))).figures
        .netTotal,
    ).toBe('12000.0000')
  })

  it('rejects a moneyScale that is not a whole number from 0 to 10, at its path', () => {
    for (const moneyScale of [-1, 11, 2.5, '2']) {
      const error = catchError(() =>
        requiredApprovals(
          { ...policy, moneyScale } as unknown as QuoteApprovalPolicyInput,
          quoteOf([{ product: 'p', quantity: 1, listPrice: '1' }]),
        ),
      )
      expect(error.code).toBe('INVALID_POLICY')
      expect(error.issues.map((i) => i.path)).toEqual([['moneyScale']])
    }
  })
})
