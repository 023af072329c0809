// Stable JSON of order release decisions (issue #18 item 5): every amount is written at the policy's
// `moneyScale` (default 2) and never rounded; a price deviation is a ratio, cut to 6 decimals.
import { describe, expect, it } from 'vitest'
import { checkOrderRelease, defineOrderReleasePolicy } from '../../../src/index'
import { catchError } from '../../helpers'
import { creditOrder, creditPolicy, tileContext, tileOrder, handbookPolicy } from '../../fixtures/order'

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>

describe('order release decisions in JSON: money at the policy scale', () => {
  it('writes the credit risk, its parts, the limit and the blocker at 2 decimals', () => {
    // amount 3 × 1234.56 + 7 × 0.01 = 3703.75; receivable 100000 due 06-01 is 29 days late (> 15: overdue);
    // open order 500; risk = 0 (open receivables) + 100000 (overdue) + 500 + 3703.75 = 104203.75 > 100000
    const decision = checkOrderRelease(creditPolicy, creditOrder, {
      asOf: '2026-06-30',
      receivables: [{ id: 'I-1', amount: '100000', dueDate: '2026-06-01' }],
      openOrders: [{ id: 'SO-2', amount: '500' }],
    })
    const written = json(decision)
    expect(written['figures']).toEqual({
      amount: '3703.75',
      received: '0.00',
      confirmed: '0.00',
      termsKind: 'credit',
      credit: {
        total: '104203.75',
        limit: '100000.00',
        limitSource: 'grade',
        breakdown: [
          { component: 'open-receivables', amount: '0.00' },
          { component: 'overdue-receivables', amount: '100000.00' },
          { component: 'open-orders', amount: '500.00' },
          { component: 'this-order', amount: '3703.75' },
        ],
        overdue: '100000.00',
      },
    })
    expect(written['blockers']).toEqual([
      {
        rule: 'credit-limit',
        actual: '104203.75',
        limit: '100000.00',
        path: ['order'],
        overridableBy: ['cfo', 'credit-controller'],
      },
      // overdue receivables block (blockOverdue, the default) against a limit of 0.00
      {
        rule: 'overdue-receivables',
        actual: '100000.00',
        limit: '0.00',
        path: ['context', 'receivables', 0],
        overridableBy: ['cfo'],
      },
    ])
  })

  it('writes payments, warnings and the 先款后货 blocker at 2 decimals', () => {
    // 200 × 45.50 = 9100.00; 9000 received and confirmed, 100 dated tomorrow (a warning): short by 100
    const decision = checkOrderRelease(handbookPolicy, tileOrder, {
      ...tileContext,
      payments: [
        { id: 'TT-1', amount: '9000', date: '2026-06-01', confirmation: { by: 'finance', on: '2026-06-01' } },
        { id: 'TT-2', amount: '100', date: '2026-06-02' },
      ],
    })
    const written = json(decision)
    expect(written['figures']).toMatchObject({ amount: '9100.00', received: '9000.00', confirmed: '9000.00' })
    expect(written['warnings']).toEqual([
      { rule: 'payment-not-yet', actual: '100.00', path: ['context', 'payments', 1] },
    ])
    expect(written['blockers']).toEqual([
      {
        rule: 'payment-first',
        actual: '9000.00',
        limit: '9100.00',
        path: ['context', 'payments'],
        overridableBy: [],
      },
    ])
  })

  it('never rounds an amount with more decimals than the scale; a price deviation is a ratio', () => {
    // 3 × 45.505 = 136.515 (3 decimals, written whole); 45.505 off a list price of 45.50 by 0.005 ÷ 45.50
    // = 0.000109890… → "0.000109" (cut to 6 decimals), the tolerance 0 written as given
    const order = { ...tileOrder, lines: [{ product: 'TILE-600', quantity: 3, unitPrice: '45.505' }] }
    const decision = checkOrderRelease(handbookPolicy, order, tileContext)
    const written = json(decision)
    expect((written['figures'] as Record<string, unknown>)['amount']).toBe('136.515')
    expect(written['blockers']).toContainEqual({
      rule: 'price-off-list',
      actual: '0.000109',
      limit: '0',
      path: ['order', 'lines', 0, 'unitPrice'],
      overridableBy: [],
    })
  })

  it('follows moneyScale: 0 writes whole yuan, and rejects a scale outside 0–10', () => {
    const whole = defineOrderReleasePolicy({ ...creditPolicy, moneyScale: 0 })
    const order = { ...creditOrder, lines: [{ product: 'P-1', quantity: 3, unitPrice: '4000' }] }
    const written = json(checkOrderRelease(whole, order, { asOf: '2026-06-30' }))
    // 3 × 4000 = 12000 → "12000"; within the A grade's 100000
    expect(written['figures']).toMatchObject({ amount: '12000', credit: { total: '12000', limit: '100000' } })
    const error = catchError(() =>
      checkOrderRelease({ ...creditPolicy, moneyScale: 11 }, creditOrder, { asOf: '2026-06-30' }),
    )
    expect([error.code, error.issues.map((i) => i.path)]).toEqual(['INVALID_POLICY', [['moneyScale']]])
  })
})
