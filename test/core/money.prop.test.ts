import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { allocate, Dec, parseAmount, ROUNDING_MODES, SalesRulesError } from '../../src/index'
import { runCount } from '../helpers'

const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => new Dec(units.toString()).div(new Dec(10).pow(scale)).toString())

describe('allocate (properties)', () => {
  it('parts always add up exactly to the rounded total', () => {
    fc.assert(
      fc.property(
        amount,
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((ws) => ws.some((w) => w > 0)),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...ROUNDING_MODES),
        (total, weights, scale, mode) => {
          const result = allocate(total, weights, { scale, mode })
          const sum = result.parts.reduce((a, b) => a.plus(b), new Dec(0))
          expect(sum.eq(result.total)).toBe(true)
          for (const part of result.parts) expect(part.decimalPlaces()).toBeLessThanOrEqual(scale)
          // each part is within one unit of its exact share
          const weightSum = weights.reduce((a, b) => a + b, 0)
          const unit = new Dec(10).pow(-scale)
          result.parts.forEach((part, i) => {
            const exact = result.total.times(weights[i] ?? 0).div(weightSum)
            expect(part.minus(exact).abs().lt(unit)).toBe(true)
          })
        },
      ),
    )
  })
})

describe('parseAmount (properties)', () => {
  it('never returns a non-finite decimal and throws nothing but SalesRulesError on any JSON value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.double(),
          fc.string(),
          fc.stringMatching(/^-?\d{0,20}(\.\d{0,15})?(e-?\d{1,4})?$/),
        ),
        (value) => {
          try {
            const d = parseAmount(value as string)
            expect(d.isFinite()).toBe(true)
            expect(d.abs().lt('1e15')).toBe(true)
            expect(Object.is(d.toNumber(), -0)).toBe(false)
          } catch (error) {
            expect(error).toBeInstanceOf(SalesRulesError)
          }
        },
      ),
      { numRuns: runCount('FC_RUNS', 2000) },
    )
  })

  it('reads every plain decimal string back to the same value', () => {
    fc.assert(
      fc.property(amount, (text) => {
        expect(parseAmount(text).eq(new Dec(text))).toBe(true)
      }),
    )
  })
})
