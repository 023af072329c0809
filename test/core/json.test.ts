// Stable JSON: money serialises at its policy scale, ratios cut to 6 decimals, whatever the value's
// digits in memory; the host's decimal.js is untouched.
import DecimalJs from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { atScale, ratio, RATIO_JSON_DECIMALS, roundTo } from '../../src/core/decimal'
import {
  allocate,
  calculateCommission,
  Dec,
  defineCommissionPlan,
  defineQuoteApprovalPolicy,
  requiredApprovals,
  roundAmount,
} from '../../src/index'

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown

describe('money in JSON keeps its policy scale', () => {
  it('writes the scale a rounding gave it', () => {
    // 12000 rounded to cents is 12000.00; decimal.js alone would write "12000"
    expect(JSON.stringify(roundAmount('12000', { scale: 2, mode: 'half-up' }))).toBe('"12000.00"')
    // 2.345 half-even to cents: 2.34 (the 4 is even)
    expect(JSON.stringify(roundAmount('2.345', { scale: 2, mode: 'half-even' }))).toBe('"2.34"')
    // a yuan-scale policy: 1234.5 half-up → 1235
    expect(JSON.stringify(roundAmount('1234.5', { scale: 0, mode: 'half-up' }))).toBe('"1235"')
    // zero at scale 3, never "-0.000": -0.0004 rounds to zero
    expect(JSON.stringify(roundAmount('-0.0004', { scale: 3, mode: 'half-up' }))).toBe('"0.000"')
    expect(JSON.stringify(roundAmount('0', { scale: 2, mode: 'half-up' }))).toBe('"0.00"')
  })

  it('does not change the shared zero, the value, nor decimal.js itself', () => {
    const zero = roundAmount('0', { scale: 4, mode: 'down' })
    expect(JSON.stringify(roundAmount('0', { scale: 2, mode: 'down' }))).toBe('"0.00"')
    expect(JSON.stringify(zero)).toBe('"0.0000"')
    expect(JSON.stringify(new Dec('12000.00'))).toBe('"12000"')
    expect(JSON.stringify(new DecimalJs('12000.00'))).toBe('"12000"')
    const rounded = roundAmount('12000', { scale: 2, mode: 'half-up' })
    expect(rounded.eq(12000)).toBe(true)
    expect(Object.keys(rounded)).toEqual(Object.keys(new Dec('12000')))
    // arithmetic gives a plain decimal again
    expect(JSON.stringify(rounded.plus(1))).toBe('"12001"')
  })

  it('never rounds in JSON: a value with more decimals than the scale is written whole', () => {
    // a cap of 1000.555 under a scale of 2 stays "1000.555"; 1000.5 at scale 2 is "1000.50"
    expect(JSON.stringify(atScale(new Dec('1000.555'), 2))).toBe('"1000.555"')
    expect(JSON.stringify(atScale(new Dec('1000.5'), 2))).toBe('"1000.50"')
  })

  it('writes each allocated part at the scale: 100.00 in three is 33.34, 33.33, 33.33', () => {
    expect(json(allocate('100', [1, 1, 1], { scale: 2, mode: 'half-up' }).parts)).toEqual([
      '33.34',
      '33.33',
      '33.33',
    ])
  })

  it('holds for any amount and scale (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 10 }),
        (units, digits, scale) => {
          const text = new DecimalJs(units.toString()).div(10 ** digits).toFixed()
          const rounded = roundTo(new Dec(text), { scale, mode: 'half-even' })
          const written = JSON.parse(JSON.stringify(rounded)) as string
          expect(written).toBe(rounded.toFixed(scale))
          expect(written.split('.')[1]?.length ?? 0).toBe(scale)
          expect(new Dec(written).eq(rounded)).toBe(true)
        },
      ),
    )
  })
})

describe('ratios in JSON are cut to 6 decimals', () => {
  it('cuts toward zero and drops trailing zeros', () => {
    expect(RATIO_JSON_DECIMALS).toBe(6)
    // 1 ÷ 3 = 0.333333333… → "0.333333"; 2 ÷ 3 = 0.666666666… → "0.666666" (cut, not rounded)
    expect(JSON.stringify(ratio(new Dec(1), new Dec(3)))).toBe('"0.333333"')
    expect(JSON.stringify(ratio(new Dec(2), new Dec(3)))).toBe('"0.666666"')
    // 1 ÷ 20 = 0.05 exactly
    expect(JSON.stringify(ratio(new Dec(1), new Dec(20)))).toBe('"0.05"')
    // -1 ÷ 3 → "-0.333333"; 1e-7 ÷ 1 → cut to zero, written "0" (never "-0")
    expect(JSON.stringify(ratio(new Dec(-1), new Dec(3)))).toBe('"-0.333333"')
    expect(JSON.stringify(ratio(new Dec('-0.0000001'), new Dec(1)))).toBe('"0"')
    // the value itself stays exact
    expect(ratio(new Dec(1), new Dec(3)).toString()).toBe(`0.${'3'.repeat(40)}`)
  })
})

describe('results serialise stably', () => {
  it('a commission statement writes money at the plan scale', () => {
    const plan = defineCommissionPlan({
      id: 'plan',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      rates: { kind: 'flat', rate: '0.08' },
    })
    const statement = calculateCommission(plan, {
      rep: 'r1',
      period: { start: '2026-06-01', end: '2026-06-30' },
      transactions: [{ id: 't1', date: '2026-06-10', amount: '150000' }],
    })
    // 150000 × 0.08 = 12000 → "12000.00" at the default scale of 2
    const written = json(statement) as { commission: string; payable: string }
    expect(written.commission).toBe('12000.00')
    expect(written.payable).toBe('12000.00')
  })

  it('a quote decision writes its margin rate cut to 6 decimals', () => {
    const policy = defineQuoteApprovalPolicy({
      id: 'q',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      ladder: [{ role: 'sales-rep', label: 'Rep' }],
    })
    // net 3 × 1000 = 3000; cost 3 × 666.67 = 2000.01; margin 999.99; rate 999.99 ÷ 3000 = 0.33333 exactly
    const decision = requiredApprovals(policy, {
      currency: 'CNY',
      customer: { id: 'c' },
      requestedBy: 'sales-rep',
      lines: [{ product: 'p', quantity: 3, listPrice: '1000', unitCost: '666.67' }],
    })
    const written = json(decision) as { figures: { marginRate: string } }
    expect(written.figures.marginRate).toBe('0.33333')
    const decision2 = requiredApprovals(policy, {
      currency: 'CNY',
      customer: { id: 'c' },
      requestedBy: 'sales-rep',
      lines: [
        { product: 'p', quantity: 7, listPrice: '1', unitCost: '0.5' },
        { product: 'q', quantity: 2, listPrice: '1', unitCost: '1' },
      ],
    })
    // net 9, cost 3.5 + 2 = 5.5, margin 3.5, rate 3.5 ÷ 9 = 0.388888… → "0.388888"
    expect((json(decision2) as { figures: { marginRate: string } }).figures.marginRate).toBe('0.388888')
  })
})
