import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateCommission, compileCommissionPlan, Dec } from '../../../src/index'
import type { CommissionPlanInput } from '../../../src/index'

const june = { start: '2026-06-01', end: '2026-06-30' }
const head = { id: 'p', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY', clawbackDays: 365 }
const cents = fc.integer({ min: 0, max: 100_000_000 }).map((n) => (n / 100).toFixed(2))
const tiersArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 2_000_000 }), { maxLength: 4 })
  .chain((bounds) =>
    fc.tuple(
      fc.constant([0, ...bounds].sort((a, b) => a - b)),
      fc.array(fc.integer({ min: 0, max: 2000 }), {
        minLength: bounds.length + 1,
        maxLength: bounds.length + 1,
      }),
    ),
  )
  .map(([bounds, rates]) =>
    bounds.map((from, i) => ({ from, rate: new Dec(rates[i] ?? 0).div(10000).toString() })),
  )

const exactTiered = (plan: CommissionPlanInput, amount: string) =>
  calculateCommission(plan, {
    rep: 'r',
    period: june,
    transactions: [{ id: 't', date: '2026-06-10', amount }],
  }).tiers.reduce((s, t) => s.plus(t.commission), new Dec(0))

describe('commission (properties)', () => {
  it('marginal commission is continuous and non-decreasing in the base', () => {
    fc.assert(
      fc.property(tiersArb, cents, fc.integer({ min: 1, max: 1_000_000 }), (tiers, amount, more) => {
        const plan: CommissionPlanInput = { ...head, rates: { kind: 'marginal', tiers } }
        const higher = new Dec(amount).plus(new Dec(more).div(100)).toFixed(2)
        const a = exactTiered(plan, amount)
        const b = exactTiered(plan, higher)
        const maxRate = tiers.reduce((m, t) => Dec.max(m, new Dec(t.rate)), new Dec(0))
        expect(b.gte(a)).toBe(true)
        // continuity: the increase is at most the top rate times the increase of the base
        expect(b.minus(a).lte(maxRate.times(new Dec(higher).minus(amount)))).toBe(true)
      }),
    )
  })

  it('splits add up exactly to the unsplit credit and commission base', () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
        (amount, weights) => {
          const total = weights.reduce((a, b) => a + b, 0)
          const shares = weights.map((w) => new Dec(w).div(total))
          if (
            shares.some((s) => s.decimalPlaces() > 12) ||
            !shares.reduce((a, b) => a.plus(b), new Dec(0)).eq(1)
          )
            return
          const splits = shares.map((share, i) => ({ rep: `r${i}`, share: share.toString() }))
          const plan: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.05' } }
          const credited = splits.map((s) =>
            calculateCommission(plan, {
              rep: s.rep,
              period: june,
              transactions: [{ id: 't', date: '2026-06-10', amount, splits }],
            }).lines.reduce((sum, l) => sum.plus(l.credited), new Dec(0)),
          )
          expect(credited.reduce((a, b) => a.plus(b), new Dec(0)).eq(new Dec(amount))).toBe(true)
        },
      ),
    )
  })

  it('commission never exceeds the cap', () => {
    fc.assert(
      fc.property(tiersArb, fc.array(cents, { minLength: 1, maxLength: 6 }), cents, (tiers, amounts, cap) => {
        const plan: CommissionPlanInput = { ...head, rates: { kind: 'marginal', tiers }, cap }
        const s = calculateCommission(plan, {
          rep: 'r',
          period: june,
          transactions: amounts.map((amount, i) => ({ id: `t${i}`, date: '2026-06-10', amount })),
        })
        expect(s.commission.lte(new Dec(cap))).toBe(true)
        expect(
          s.lines
            .reduce((sum, l) => sum.plus(l.commission), new Dec(0))
            .plus(s.capAdjustment)
            .eq(s.commission),
        ).toBe(true)
      }),
    )
  })

  it('a full refund brings lifetime commission on the deal back to zero', () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: 1, max: 1000 }).map((n) => new Dec(n).div(10000).toString()),
        fc.integer({ min: 0, max: 300 }),
        (amount, rate, days) => {
          if (new Dec(amount).isZero()) return
          const plan: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate } }
          const sale = calculateCommission(plan, {
            rep: 'r',
            period: june,
            transactions: [{ id: 't', date: '2026-06-10', amount }],
          })
          const refundDate = new Date(Date.UTC(2026, 5, 10 + days)).toISOString().slice(0, 10)
          const refund = calculateCommission(plan, {
            rep: 'r',
            period: { start: refundDate, end: refundDate },
            transactions: [
              {
                id: 'r',
                type: 'refund',
                date: refundDate,
                amount,
                original: { id: 't', date: '2026-06-10', amount, commission: sale.commission.toFixed(2) },
              },
            ],
          })
          expect(sale.commission.plus(refund.clawbacks).isZero()).toBe(true)
        },
      ),
    )
  })
})

describe('commission totals fast path (properties)', () => {
  const amountArb = fc.oneof(
    cents,
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: 100000 }).map((n) => `${n}.5`),
    fc.constant('12.345'),
  )
  const planArb = fc.oneof(
    fc.integer({ min: 0, max: 2000 }).map((r): CommissionPlanInput => ({
      ...head,
      rates: { kind: 'flat', rate: new Dec(r).div(10000).toString() },
    })),
    fc
      .tuple(tiersArb, fc.constantFrom('marginal', 'retroactive' as const))
      .map(([tiers, kind]): CommissionPlanInput => ({ ...head, rates: { kind, tiers } })),
    tiersArb.map((tiers): CommissionPlanInput => ({
      ...head,
      rates: { kind: 'marginal', tiers },
      cap: '5000',
      floor: '10',
      gate: { minBase: '1000' },
    })),
  )
  it('gives exactly the statement’s totals, on the fast and on the exact path', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(
          fc.record({ amount: amountArb, day: fc.integer({ min: 1, max: 40 }), refund: fc.boolean() }),
          { maxLength: 8 },
        ),
        (plan, txs) => {
          const evaluator = compileCommissionPlan(plan)
          const input = {
            rep: 'r',
            period: june,
            transactions: txs.map((t, i) => ({
              id: `t${i}`,
              date: new Date(Date.UTC(2026, 5, t.day)).toISOString().slice(0, 10),
              amount: t.amount,
              ...(t.refund && i % 3 === 0
                ? {
                    type: 'refund' as const,
                    original: { id: 'x', date: '2026-05-30', amount: '100', commission: '3' },
                  }
                : {}),
            })),
          }
          const totals = evaluator.totals(input)
          const statement = evaluator.calculate(input)
          expect([
            totals.base.toString(),
            totals.commission.toString(),
            totals.payable.toString(),
            totals.balance.toString(),
          ]).toEqual([
            statement.base.toString(),
            statement.commission.toString(),
            statement.payable.toString(),
            statement.balance.toString(),
          ])
        },
      ),
    )
  })
})
