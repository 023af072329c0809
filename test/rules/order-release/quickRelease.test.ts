// The order release fast path (issue #21): hand-computed cases on the limits, checked on the integer
// path itself (it must answer, not step aside) and through `quickRelease` against `checkOrderRelease`.
import { describe, expect, it } from 'vitest'
import { compileOrderReleasePolicy } from '../../../src/index'
import type { OrderContextInput, OrderInput, OrderReleasePolicyInput } from '../../../src/index'
import { dayNumber, fastOrderPolicy, fastRelease } from '../../../src/rules/order-release/_lib/fastRelease'
import { compileVersions } from '../../../src/rules/order-release/_lib/policy'
import { creditOrder, creditPolicy, handbookPolicy, tileOrder } from '../../fixtures/order'

/** The integer path's answer (undefined: it stepped aside), and the exact path's, which must agree. */
function both(policy: OrderReleasePolicyInput, order: OrderInput, context: OrderContextInput) {
  const versions = compileVersions(policy)
  const fast = fastRelease(versions, versions.map(fastOrderPolicy), order, context)
  const evaluator = compileOrderReleasePolicy(policy)
  const d = evaluator.checkOrderRelease(order, context)
  const exact = { releasable: d.releasable, blockedBy: [...new Set(d.blockers.map((b) => b.rule))] }
  expect(evaluator.quickRelease(order, context)).toEqual(exact)
  if (fast !== undefined) expect(fast).toEqual(exact)
  return fast
}

const june30 = { asOf: '2026-06-30' }
// creditOrder: 3 × 1,234.56 + 7 × 0.01 = 3,703.75; grade A: net-30 allowed, limit 100,000; margin 15 days

describe('quickRelease, on the integer path', () => {
  it('releases a risk exactly at the limit and blocks one cent more', () => {
    // 96,296.25 + 3,703.75 = 100,000.00 = the limit: within
    const at = both(creditPolicy, creditOrder, {
      ...june30,
      openOrders: [{ id: 'SO-7', amount: '96296.25' }],
    })
    expect(at).toEqual({ releasable: true, blockedBy: [] })
    // 96,296.26 + 3,703.75 = 100,000.01 > 100,000
    const over = both(creditPolicy, creditOrder, {
      ...june30,
      openOrders: [{ id: 'SO-7', amount: '96296.26' }],
    })
    expect(over).toEqual({ releasable: false, blockedBy: ['credit-limit'] })
  })

  it('counts a receivable exactly at the 15-day margin as open, and one day later as overdue', () => {
    // due 15 June, asOf 30 June: 15 days = the margin, not overdue; 0.10 + 96,296.15 + 3,703.75 = 100,000.00
    const open = both(creditPolicy, creditOrder, {
      ...june30,
      receivables: [{ id: 'INV-1', amount: '0.10', dueDate: '2026-06-15' }],
      openOrders: [{ id: 'SO-7', amount: '96296.15' }],
    })
    expect(open).toEqual({ releasable: true, blockedBy: [] })
    // due 14 June: 16 days > 15 → overdue 0.10 blocks (blockOverdue defaults to true); the risk is unchanged
    const late = both(creditPolicy, creditOrder, {
      ...june30,
      receivables: [{ id: 'INV-1', amount: '0.10', dueDate: '2026-06-14' }],
      openOrders: [{ id: 'SO-7', amount: '96296.15' }],
    })
    expect(late).toEqual({ releasable: false, blockedBy: ['overdue-receivables'] })
    // both at once: 0.11 + 96,296.15 + 3,703.75 = 100,000.01
    const worse = both(creditPolicy, creditOrder, {
      ...june30,
      receivables: [{ id: 'INV-1', amount: '0.11', dueDate: '2026-05-31' }],
      openOrders: [{ id: 'SO-7', amount: '96296.15' }],
    })
    expect(worse).toEqual({ releasable: false, blockedBy: ['credit-limit', 'overdue-receivables'] })
  })

  it('takes the customer’s own limit before the grade’s, less confirmed payments', () => {
    // BIG-1: 250,000; 246,296.25 + 3,703.75 = 250,000.00
    const big = { ...creditOrder, customer: { id: 'BIG-1', grade: 'A' } }
    expect(both(creditPolicy, big, { ...june30, openOrders: [{ id: 'SO-7', amount: '246296.25' }] })).toEqual(
      {
        releasable: true,
        blockedBy: [],
      },
    )
    // grade A, 96,296.26 open, 0.01 confirmed: 96,296.26 + 3,703.74 = 100,000.00
    const paid = both(creditPolicy, creditOrder, {
      ...june30,
      openOrders: [{ id: 'SO-7', amount: '96296.26' }],
      payments: [
        { id: 'T-1', amount: '0.01', date: '2026-06-29', confirmation: { by: 'finance', on: '2026-06-30' } },
      ],
    })
    expect(paid).toEqual({ releasable: true, blockedBy: [] })
  })

  it('blocks terms limited to another grade', () => {
    const b = { ...creditOrder, customer: { id: 'C-2', grade: 'B' } }
    expect(both(creditPolicy, b, june30)).toEqual({ releasable: false, blockedBy: ['payment-terms'] })
  })

  it('decides payment first: short, unconfirmed, confirmed', () => {
    // the handbook's policy without a price list or stock to check: 200 × 45.50 = 9,100.00
    const policy = { ...handbookPolicy, priceTolerance: undefined, stockConfirmation: false }
    const context = { asOf: '2026-06-02', qualification: { approved: true } }
    const pay = (amount: string, confirmed: boolean) => ({
      ...context,
      payments: [
        {
          id: 'TT-1',
          amount,
          date: '2026-06-01',
          ...(confirmed ? { confirmation: { by: 'finance', on: '2026-06-02' } } : {}),
        },
      ],
    })
    expect(both(policy, tileOrder, pay('9099.99', true))).toEqual({
      releasable: false,
      blockedBy: ['payment-first'],
    })
    expect(both(policy, tileOrder, pay('9100', false))).toEqual({
      releasable: false,
      blockedBy: ['payment-unconfirmed'],
    })
    expect(both(policy, tileOrder, pay('9100', true))).toEqual({ releasable: true, blockedBy: [] })
    // no qualification, no delivery date: two more blockers, in the order checked
    const { deliveryDate: _, ...undated } = tileOrder
    expect(both(policy, undated, { ...pay('9100', true), qualification: undefined })).toEqual({
      releasable: false,
      blockedBy: ['customer-unqualified', 'field-missing'],
    })
  })

  it('steps aside for what it does not decide, and the exact path answers', () => {
    const free = {
      ...creditOrder,
      lines: [...creditOrder.lines, { product: 'P-1', quantity: 1, unitPrice: 0, free: true }],
    }
    expect(both(creditPolicy, free, june30)).toBeUndefined()
    const override = {
      ...june30,
      override: { role: 'cfo', by: 'wang', on: '2026-06-30', reason: 'year-end' },
    }
    expect(both(creditPolicy, creditOrder, override)).toBeUndefined()
    expect(
      both(creditPolicy, { ...creditOrder, lines: [{ product: 'P', quantity: 1.5, unitPrice: 1 }] }, june30),
    ).toBeUndefined()
  })

  it('reads day numbers of real dates only', () => {
    // 2026-06-30 − 2026-06-15 = 15; 2024-03-01 − 2024-02-28 = 2 (leap year); 2100 is not a leap year
    expect(dayNumber('2026-06-30') - dayNumber('2026-06-15')).toBe(15)
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2)
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1)
    expect(
      ['2100-02-29', '2026-02-30', '2026-13-01', '1899-12-31', '2201-01-01', '2026-6-30', 20260630].map(
        dayNumber,
      ),
    ).toEqual([-1, -1, -1, -1, -1, -1, -1])
  })
})
