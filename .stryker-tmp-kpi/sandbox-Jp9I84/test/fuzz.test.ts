// @ts-nocheck
// Every exported function, fed arbitrary JSON-like values: it returns, or it throws a
// SalesRulesError — nothing else, ever. Near-valid documents made by editing the examples are in
// fuzz-documents.test.ts. FUZZ_RUNS (default 300 per function) and FUZZ_SEED explore more locally;
// the fixed default seed keeps CI repeatable.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'

const functions = (Object.entries(api) as [string, unknown][]).filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function' && entry[0] !== 'SalesRulesError' && entry[0] !== 'Dec')

const value = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  fc.constantFrom('NaN', '-0', '1e999', '__proto__', '2026-02-30', '', ' ', 'CNY', '2026-06-30', '0.1', -0, Number.NaN, Number.POSITIVE_INFINITY),
)

describe('fuzzing the public API', () => {
  it.each(functions)('%s throws nothing but SalesRulesError', (_name, fn) => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 4 }), (args) => {
        try {
          fn(...args)
        } catch (error) {
          if (!(error instanceof api.SalesRulesError)) throw error
          expect(error.issues.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), seed: Number(process.env.FUZZ_SEED ?? 20261123) },
    )
  })
})
