// Issue #25's invariants: employment bounds credit and bonuses, clawbacks never exceed what a sale earned, a
// draw never touches the clawback balance, the accelerator ignores the order of the deals, and a full-year
// rep's year-to-date payouts add up to the year.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateCommission, calculateCommissionYear, Dec } from '../../../src/index'
import type { CommissionPlanInput } from '../../../src/index'

const head = { id: 'plan', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY' }
const year = { start: '2026-01-01', end: '2026-12-31' }
const june = { start: '2026-06-01', end: '2026-06-30' }
const dayOf = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10)
const cents = (max: number) => fc.integer({ min: 1, max }).map((c) => (c / 100).toFixed(2))
const rate = fc.integer({ min: 0, max: 200 }).map((r) => (r / 1000).toString())
const ratesArb = fc.oneof(
  rate.map((r) => ({ kind: 'flat' as const, rate: r })),
  fc
    .record({
      kind: fc.constantFrom('marginal', 'retroactive' as const),
      bound: fc.integer({ min: 1, max: 100 }),
      low: rate,
      high: rate,
    })
    .map(({ kind, bound, low, high }) => ({
      kind,
      tiers: [
        { from: '0', rate: low },
        { from: String(bound * 10_000), rate: high },
      ],
    })),
)

describe('employment (properties)', () => {
  it('credit and bonuses are zero for any period wholly outside employment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: cents(50_000_000), date: fc.integer({ min: 1, max: 30 }) }), {
          maxLength: 8,
        }),
        fc.oneof(
          fc.integer({ min: 1, max: 200 }).map((n) => ({ start: dayOf(180 + n) })), // hired after June
          fc.integer({ min: 1, max: 140 }).map((n) => ({ end: dayOf(151 - n) })), // left before June
        ),
        fc.integer({ min: 0, max: 300_000 }),
        (sales, employment, target) => {
          const plan: CommissionPlanInput = {
            ...head,
            rates: { kind: 'flat', rate: '0.03' },
            bonuses: [
              { id: 'rev', label: 'Revenue', measure: 'revenue', target: String(target), amount: '2000' },
              { id: 'new', label: 'New', measure: 'new-customers', target: 0, amount: '100' },
            ],
          }
          const s = calculateCommission(plan, {
            rep: 'r',
            period: june,
            employment,
            transactions: sales.map((x, i) => ({
              id: `s${i}`,
              amount: x.amount,
              date: `2026-06-${String(x.date).padStart(2, '0')}`,
            })),
          })
          expect(s.base.toFixed(2)).toBe('0.00')
          expect(s.lines).toEqual([])
          expect(s.bonuses.every((b) => !b.met && b.amount.isZero())).toBe(true)
          expect(s.payable.toFixed(2)).toBe('0.00')
        },
      ),
    )
  })
})

describe('clawbacks (properties)', () => {
  it('the clawbacks over a sale’s life never exceed the commission paid on it, on booking or on payment', () => {
    fc.assert(
      fc.property(
        ratesArb,
        fc.constantFrom('booking', 'payment' as const),
        fc.integer({ min: 100, max: 100_000_000 }),
        fc.array(
          fc.record({ share: fc.integer({ min: 1, max: 100 }), date: fc.integer({ min: 31, max: 300 }) }),
          {
            maxLength: 4,
          },
        ),
        fc.array(
          fc.record({
            type: fc.constantFrom('refund', 'cancellation', 'write-off' as const),
            share: fc.integer({ min: 1, max: 150 }),
            date: fc.integer({ min: 31, max: 364 }),
            claimed: fc.integer({ min: 0, max: 10_000_000 }),
          }),
          { maxLength: 4 },
        ),
        (rates, recognition, amountCents, payments, reversals) => {
          const amount = new Dec(amountCents).div(100)
          const plan: CommissionPlanInput = { ...head, rates, recognition, clawbackDays: 3650 }
          // payments of the sale, never more than its amount
          let left = amount
          const paid = payments.flatMap((p) => {
            const a = Dec.min(left, amount.times(p.share).div(400).toDecimalPlaces(2))
            left = left.minus(a)
            return a.gt(0) ? [{ transactionId: 's', date: dayOf(p.date), amount: a.toFixed(2) }] : []
          })
          const months = calculateCommissionYear(plan, {
            rep: 'r',
            year,
            quota: '1000000',
            transactions: [
              { id: 's', date: dayOf(30), amount: amount.toFixed(2) },
              ...reversals.map((r, i) => ({
                id: `r${i}`,
                type: r.type,
                date: dayOf(r.date),
                amount: amount.times(r.share).div(100).toDecimalPlaces(2).toFixed(2),
                original: {
                  id: 's',
                  date: dayOf(30),
                  amount: amount.toFixed(2),
                  commission: (r.claimed / 100).toFixed(2), // whatever the caller claims
                },
              })),
            ],
            payments: paid,
          })
          const last = months[11]!
          const earned = last.lines
            .filter((l) => l.kind !== 'clawback')
            .reduce((s, l) => s.plus(l.commission), new Dec(0))
          expect(last.clawbacks.neg().lte(earned)).toBe(true)
          expect(last.clawbacks.lte(0)).toBe(true)
        },
      ),
    )
  })

  it('a draw never changes the clawback balance', () => {
    fc.assert(
      fc.property(
        fc.array(cents(20_000_000), { maxLength: 4 }),
        fc.array(fc.record({ amount: cents(10_000_000), commission: cents(1_000_000) }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.boolean(),
        fc.integer({ min: -500_000, max: 500_000 }),
        (sales, refunds, priorClaw, priorDraw, draw, recoverable, adjustment) => {
          const plan: CommissionPlanInput = {
            ...head,
            rates: { kind: 'flat', rate: '0.05' },
            clawbackDays: 90,
          }
          const statementInput = {
            rep: 'r',
            period: june,
            transactions: [
              ...sales.map((a, i) => ({ id: `s${i}`, date: '2026-06-10', amount: a })),
              ...refunds.map((r, i) => ({
                id: `r${i}`,
                type: 'refund' as const,
                date: '2026-06-20',
                amount: r.amount,
                original: { id: `o${i}`, date: '2026-05-20', amount: r.amount, commission: r.commission },
              })),
            ],
            adjustments: adjustment === 0 ? [] : [{ amount: (adjustment / 100).toFixed(2), reason: 'x' }],
            priorBalance: ((priorClaw + priorDraw) / 100).toFixed(2),
            priorClawbackBalance: (priorClaw / 100).toFixed(2),
          }
          const without = calculateCommission(plan, statementInput)
          const withDraw = calculateCommission(
            { ...plan, draw: { amount: (draw / 100).toFixed(2), recoverable } },
            statementInput,
          )
          expect(withDraw.clawbackBalance.toFixed(2)).toBe(without.clawbackBalance.toFixed(2))
          // and the clawbacks are all accounted for: netted, recovered or still owed
          expect(withDraw.clawbackBalance.gte(0)).toBe(true)
          expect(withDraw.payable.gte(0) || withDraw.drawPaid === false).toBe(true)
        },
      ),
    )
  })
})

describe('accelerator (properties)', () => {
  it('the commission is the same for any permutation of the deals', () => {
    fc.assert(
      fc.property(
        ratesArb,
        fc
          .array(cents(30_000_000), { minLength: 1, maxLength: 6 })
          .chain((amounts) =>
            fc.tuple(
              fc.constant(amounts),
              fc.shuffledSubarray(amounts, { minLength: amounts.length, maxLength: amounts.length }),
            ),
          ),
        fc.integer({ min: 1_000, max: 50_000_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 300 }),
        (rates, [amounts, permuted], quotaCents, from, multiplier) => {
          const plan: CommissionPlanInput = {
            ...head,
            rates,
            accelerator: {
              fromAttainment: (from / 100).toString(),
              multiplier: (multiplier / 100).toString(),
            },
          }
          const dates = amounts.map((_, i) => `2026-06-${String(i + 1).padStart(2, '0')}`)
          const run = (list: string[]) =>
            calculateCommission(plan, {
              rep: 'r',
              period: june,
              quota: (quotaCents / 100).toFixed(2),
              transactions: list.map((a, i) => ({ id: `d${i}`, date: dates[i]!, amount: a })),
            }).commission.toFixed(2)
          expect(run(permuted)).toBe(run(amounts))
        },
      ),
    )
  })
})

describe('year to date (properties)', () => {
  it('a full-year rep paid on cash: the months’ payouts, less what is owed, add up to the annual statement', () => {
    fc.assert(
      fc.property(
        rate,
        fc.array(
          fc.record({
            date: fc.integer({ min: 0, max: 364 }),
            cents: fc.integer({ min: 1, max: 10_000_000 }),
          }),
          {
            maxLength: 10,
          },
        ),
        (r, list) => {
          const plan: CommissionPlanInput = {
            ...head,
            rates: { kind: 'flat', rate: r },
            recognition: 'payment',
          }
          const transactions = list.map((s, i) => ({
            id: `s${i}`,
            date: dayOf(s.date),
            amount: (s.cents / 100).toFixed(2),
          }))
          // each sale half collected on its day, the rest 30 days later (when still in the year)
          const payments = list.flatMap((s, i) => {
            const half = Math.floor(s.cents / 2)
            const rest = s.cents - half
            return [
              ...(half > 0
                ? [{ transactionId: `s${i}`, date: dayOf(s.date), amount: (half / 100).toFixed(2) }]
                : []),
              ...(s.date + 30 <= 364
                ? [{ transactionId: `s${i}`, date: dayOf(s.date + 30), amount: (rest / 100).toFixed(2) }]
                : []),
            ]
          })
          const employment = { start: year.start, end: year.end }
          const annual = calculateCommission(plan, {
            rep: 'r',
            period: year,
            employment,
            transactions,
            payments,
          })
          const months = calculateCommissionYear(plan, { rep: 'r', year, employment, transactions, payments })
          const paid = months.reduce((s, m) => s.plus(m.payable), new Dec(0))
          expect(paid.minus(months[11]!.balance).toFixed(2)).toBe(annual.earnings.toFixed(2))
          expect(months[11]!.yearToDate!.earned.toFixed(2)).toBe(annual.earnings.toFixed(2))
        },
      ),
    )
  })
})
