// Invariants of allocateProfitShare (issue #24): the parts and what is left add up exactly to the pool;
// no part passes its cap; something is left only when every participant is capped or weighs zero; fuzzed
// input ends only in a SalesRulesError.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocateProfitShare, Dec, SalesRulesError } from '../../../src/index'

const cents = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2))
const people = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 1, max: 99 }).map((n) => `p${n}`),
    revenue: cents(10_000_000),
    multiplier: fc.constantFrom('0', '0.5', '1', '1.2', '1.5'),
    cap: fc.option(cents(200_000), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 12, selector: (p) => p.id },
)

describe('allocateProfitShare properties', () => {
  it('sums exactly to the pool and never passes a cap', () => {
    fc.assert(
      fc.property(
        cents(100_000_000),
        people,
        fc.option(cents(500_000), { nil: undefined }),
        fc.constantFrom('revenue-and-appraisal' as const),
        (pool, list, cap, shareBy) => {
          const participants = list.map(({ cap: own, ...p }) => (own === undefined ? p : { ...p, cap: own }))
          const result = allocateProfitShare(
            pool,
            participants,
            cap === undefined ? { shareBy } : { shareBy, cap },
          )
          const paid = result.parts.reduce((s, p) => s.plus(p.amount), new Dec(0))
          expect(paid.plus(result.undistributed).eq(pool)).toBe(true)
          expect(paid.eq(result.distributed)).toBe(true)
          for (const p of result.parts) {
            expect(p.amount.gte(0)).toBe(true)
            expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2)
            if (p.cap !== null) expect(p.amount.lte(p.cap)).toBe(true)
          }
          if (result.undistributed.gt(0))
            for (const p of result.parts) expect(p.capped || p.weight.isZero()).toBe(true)
        },
      ),
    )
  })

  it('fuzzed input ends only in a SalesRulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        try {
          allocateProfitShare(a as never, b as never, c as never)
        } catch (error) {
          expect(error).toBeInstanceOf(SalesRulesError)
        }
      }),
    )
  })
})
