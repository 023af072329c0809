import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { calculateCommission, calculateCommissionYear, Dec } from '../../../src/index'
import type { CommissionPlanInput } from '../../../src/index'

const head = { id: 'plan', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY' }
const year = { start: '2026-01-01', end: '2026-12-31' }

const ratesArb = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map((r) => ({ kind: 'flat' as const, rate: (r / 1000).toString() })),
  fc
    .record({
      kind: fc.constantFrom('marginal', 'retroactive', 'interpolated' as const),
      basis: fc.constantFrom('amount', 'attainment' as const),
      boundary: fc.constantFrom('higher', 'lower' as const),
      bounds: fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 0, maxLength: 3 }),
      rates: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ kind, basis, boundary, bounds, rates }) => {
      const sorted = [...bounds].sort((a, b) => a - b)
      // bounds in 10,000s of base, or in hundredths of attainment
      const from = (b: number) => (basis === 'amount' ? String(b * 10_000) : (b / 100).toString())
      return {
        kind,
        basis,
        boundary,
        tiers: [0, ...sorted].map((b, i) => ({
          from: i === 0 ? '0' : from(b),
          rate: ((rates[i] ?? 0) / 1000).toString(),
        })),
      }
    }),
)
const day = fc
  .integer({ min: 0, max: 364 })
  .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10))
const salesArb = fc
  .array(fc.record({ date: day, cents: fc.integer({ min: 1, max: 50_000_000 }) }), { maxLength: 30 })
  .map((list) => list.map((s, i) => ({ id: `s${i}`, date: s.date, amount: (s.cents / 100).toFixed(2) })))
const sum = (values: { payable: { toString(): string } }[]) =>
  values.reduce((s, v) => s.plus(v.payable.toString()), new Dec(0))

describe('year-to-date true-up (properties)', () => {
  // a true-up below zero (a later, lower retroactive rate) is not paid back: it becomes a balance owed, recovered later
  it('twelve monthly payouts, less what is still owed, add up to the annual statement, to the cent, and so do four quarterly ones', () => {
    fc.assert(
      fc.property(
        ratesArb,
        salesArb,
        fc.integer({ min: 10_000, max: 5_000_000 }),
        (rates, transactions, quota) => {
          const plan: CommissionPlanInput = { ...head, rates }
          const annual = calculateCommission(plan, {
            rep: 'r',
            period: year,
            quota: String(quota),
            transactions,
          })
          const months = calculateCommissionYear(plan, { rep: 'r', year, quota: String(quota), transactions })
          const quarters = calculateCommissionYear(plan, {
            rep: 'r',
            year,
            quota: String(quota),
            transactions,
            every: 'quarter',
          })
          expect(months).toHaveLength(12)
          expect(sum(months).minus(months[11]!.balance).toFixed(2)).toBe(annual.earnings.toFixed(2))
          expect(sum(quarters).minus(quarters[3]!.balance).toFixed(2)).toBe(annual.earnings.toFixed(2))
          // with rates that never fall, nothing is ever owed and the payouts alone add up
          if (
            rates.kind === 'flat' ||
            rates.tiers.every((t, i) => i === 0 || new Dec(t.rate).gte(rates.tiers[i - 1]!.rate))
          )
            expect(months[11]!.balance.isZero()).toBe(true)
        },
      ),
    )
  })

  it('a cap that carries forward loses nothing: what was paid plus what is still carried is what was earned', () => {
    fc.assert(
      fc.property(
        ratesArb,
        salesArb,
        fc.integer({ min: 1, max: 2_000_000 }),
        (rates, transactions, capCents) => {
          const plan: CommissionPlanInput = {
            ...head,
            rates,
            cap: (capCents / 100).toFixed(2),
            capExcess: 'carry-forward',
          }
          const months = calculateCommissionYear(plan, { rep: 'r', year, quota: '1000000', transactions })
          const last = months[11]!
          expect(sum(months).plus(last.capCarried).minus(last.balance).toFixed(2)).toBe(
            last.yearToDate!.earned.toFixed(2),
          )
          for (const m of months) expect(m.payable.lte(plan.cap as string)).toBe(true)
        },
      ),
    )
  })

  it('an interpolated rate stays between the rates of the tiers around it', () => {
    fc.assert(
      fc.property(ratesArb, fc.integer({ min: 0, max: 300_000_000 }), (rates, cents) => {
        if (rates.kind !== 'interpolated' || rates.basis !== 'amount') return
        const s = calculateCommission(
          { ...head, rates },
          {
            rep: 'r',
            period: year,
            transactions:
              cents === 0 ? [] : [{ id: 't', date: '2026-03-01', amount: (cents / 100).toFixed(2) }],
          },
        )
        const rate = s.lines[0]?.rate
        if (rate === undefined || rate === null) return
        const all = rates.tiers.map((t) => new Dec(t.rate))
        expect(all.some((r) => r.lte(rate)) && all.some((r) => r.gte(rate))).toBe(true)
      }),
    )
  })
})
