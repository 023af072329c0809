// Invariants of checkOrderRelease (issue #21): adding a payment never adds a blocker; raising an
// order's amount never removes the credit blocker; the risk breakdown sums to the risk; fuzzed input
// ends only in a SalesRulesError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkOrderRelease,
  Dec,
  SalesRulesError,
  type OrderContextInput,
  type OrderInput,
} from '../../../src/index'
import { creditPolicy, handbookPolicy } from '../../fixtures/order'

const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2))
const day = fc
  .integer({ min: 0, max: 120 })
  .map((n) => new Date(Date.UTC(2026, 4, 1 + n)).toISOString().slice(0, 10))
const asOf = '2026-07-15'

const payment = (id: string) =>
  fc.record({
    id: fc.constant(id),
    amount: cents(2_000_000).filter((a) => a !== '0.00'),
    date: day,
    confirmation: fc.option(fc.record({ by: fc.constantFrom('finance', 'sales-rep'), on: day }), {
      nil: undefined,
    }),
  })

const order = fc.record({
  id: fc.constant('SO-X'),
  currency: fc.constant('CNY'),
  customer: fc.record({ id: fc.constantFrom('BIG-1', 'C-1'), grade: fc.constantFrom('A', 'B') }),
  paymentTerms: fc.constantFrom('prepaid', 'net-30'),
  lines: fc.uniqueArray(
    fc.record({
      product: fc.constantFrom('P-1', 'P-2', 'P-3'),
      quantity: fc.integer({ min: 1, max: 500 }),
      unitPrice: cents(50_000_00),
    }),
    { minLength: 1, maxLength: 3, selector: (l) => l.product },
  ),
}) satisfies fc.Arbitrary<OrderInput>

const context = fc.record({
  asOf: fc.constant(asOf),
  payments: fc
    .uniqueArray(fc.integer({ min: 0, max: 50 }), { maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((i) => payment(`PAY-${i}`)))),
  receivables: fc.uniqueArray(fc.record({ id: fc.uuid(), amount: cents(10_000_000), dueDate: day }), {
    maxLength: 10,
    selector: (r) => r.id,
  }),
  openOrders: fc.uniqueArray(fc.record({ id: fc.uuid(), amount: cents(10_000_000) }), {
    maxLength: 4,
    selector: (o) => o.id,
  }),
}) satisfies fc.Arbitrary<OrderContextInput>

const rulesOf = (o: OrderInput, c: OrderContextInput) =>
  checkOrderRelease(creditPolicy, o, c).blockers.map((b) => b.rule)

describe('checkOrderRelease properties', () => {
  it('when every payment is confirmed, adding a confirmed payment never adds a blocker', () => {
    fc.assert(
      fc.property(order, context, payment('NEW'), (o, c0, p) => {
        const confirm = <T extends { date: string }>(x: T) => ({
          ...x,
          confirmation: { by: 'finance', on: x.date },
        })
        const c = { ...c0, payments: c0.payments.map(confirm) }
        const before = new Set(rulesOf(o, c))
        const after = rulesOf(o, { ...c, payments: [...c.payments, confirm({ ...p, date: '2026-07-01' })] })
        for (const rule of after) expect(before.has(rule), rule).toBe(true)
      }),
    )
  })

  it('adding any payment never raises the number of blockers; the only rule it may bring is payment-unconfirmed, in place of payment-first', () => {
    fc.assert(
      fc.property(order, context, payment('NEW'), (o, c, p) => {
        const before = rulesOf(o, c)
        const after = rulesOf(o, { ...c, payments: [...c.payments, p] })
        expect(after.length).toBeLessThanOrEqual(before.length)
        for (const rule of after.filter((r) => !before.includes(r))) {
          expect(rule).toBe('payment-unconfirmed')
          expect(before).toContain('payment-first')
          expect(after).not.toContain('payment-first')
        }
      }),
    )
  })

  it('raising an order line’s quantity or price never removes the credit blocker', () => {
    fc.assert(
      fc.property(order, context, fc.integer({ min: 0, max: 2 }), cents(1_000_000), (o, c, i, extra) => {
        const k = i % o.lines.length
        const raised = {
          ...o,
          lines: o.lines.map((l, j) =>
            j === k ? { ...l, unitPrice: new Dec(l.unitPrice).plus(extra).toString() } : l,
          ),
        }
        if (rulesOf(o, c).includes('credit-limit')) expect(rulesOf(raised, c)).toContain('credit-limit')
      }),
    )
  })

  it('the risk breakdown sums to the risk, and the blocker fires exactly when the risk exceeds the limit', () => {
    fc.assert(
      fc.property(order, context, (o, c) => {
        const d = checkOrderRelease(
          creditPolicy,
          { ...o, customer: { ...o.customer, grade: 'A' }, paymentTerms: 'net-30' },
          c,
        )
        const credit = d.figures.credit
        expect(credit).not.toBeNull()
        if (credit === null) return
        const total = credit.breakdown.reduce((s, p) => s.plus(p.amount), new Dec(0))
        expect(total.eq(credit.total)).toBe(true)
        expect(d.blockers.some((b) => b.rule === 'credit-limit')).toBe(credit.total.gt(credit.limit))
      }),
    )
  })

  it('fuzzed orders and contexts end in a decision or a SalesRulesError, nothing else', () => {
    const anything = fc.oneof(fc.anything(), fc.jsonValue(), order, context)
    fc.assert(
      fc.property(fc.oneof(order, anything), fc.oneof(context, anything), (o, c) => {
        for (const policy of [handbookPolicy, creditPolicy]) {
          try {
            const d = checkOrderRelease(policy, o as never, c as never)
            expect(JSON.parse(JSON.stringify(d))).toBeTypeOf('object')
          } catch (error) {
            expect(error).toBeInstanceOf(SalesRulesError)
          }
        }
      }),
    )
  })
})
