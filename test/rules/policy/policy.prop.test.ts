import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffSalesPolicies, parseSalesPolicy, SalesRulesError, validateSalesPolicy } from '../../../src/index'
import { examplePolicy } from '../../fixtures/policy'
import { locate, runCount } from '../../helpers'

/** A copy of the example with one leaf replaced, found by following `walk` down the document. */
function edited(walk: readonly number[], value: unknown): ReturnType<typeof examplePolicy> {
  const document = examplePolicy()
  const at = locate(document, walk)
  if (at !== undefined) at.parent[at.key] = value
  return document
}

const walkArb = fc.array(fc.nat(), { minLength: 1, maxLength: 6 })
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.constantFrom('0', '1.5', '2026-07-01', 'A', 'sales-rep', 'USD', 3),
)

describe('sales policy (properties)', () => {
  it('validateSalesPolicy is ok exactly when parseSalesPolicy does not throw, and reports the same issues', () => {
    fc.assert(
      fc.property(walkArb, valueArb, (walk, value) => {
        const document = edited(walk, value)
        const result = validateSalesPolicy(document)
        try {
          parseSalesPolicy(document)
          expect(result.ok).toBe(true)
        } catch (error) {
          expect(error).toBeInstanceOf(SalesRulesError)
          expect(result.ok ? [] : result.issues).toEqual((error as SalesRulesError).issues)
        }
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })

  it('a policy has no changes from itself, and the changes from b to a mirror those from a to b', () => {
    fc.assert(
      fc.property(walkArb, valueArb, (walk, value) => {
        const a = examplePolicy()
        const b = edited(walk, value)
        if (!validateSalesPolicy(b).ok) return
        expect(diffSalesPolicies(b, b).changes).toEqual([])
        const mirror = {
          added: 'removed',
          removed: 'added',
          changed: 'changed',
          reordered: 'reordered',
        } as const
        const forward = diffSalesPolicies(a, b)
          .changes.map((c) => `${mirror[c.kind]} ${c.where}`)
          .sort()
        const backward = diffSalesPolicies(b, a)
          .changes.map((c) => `${c.kind} ${c.where}`)
          .sort()
        expect(backward).toEqual(forward)
      }),
      { numRuns: runCount('FC_RUNS', 100) },
    )
  })
})
