// Every exported function, fed arbitrary JSON-like values: it returns a result that passes its own
// output schema (test/output-schemas.ts), or it throws a SalesRulesError — nothing else, ever. Near-valid documents made by editing the examples are in
// fuzz-documents.test.ts. FUZZ_RUNS (default 600 per function) and FUZZ_SEED explore more locally;
// the fixed default seed keeps CI repeatable.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import * as api from '../src/index'
import { RESULT_SCHEMAS } from './output-schemas'

// the define… helpers are compile-time identity functions (they return their argument as it is; see
// test/api-errors.test.ts), so they have no result of their own to check
const functions = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] =>
    typeof entry[1] === 'function' &&
    entry[0] !== 'SalesRulesError' &&
    entry[0] !== 'Dec' &&
    !entry[0].startsWith('define'),
)

const value = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  fc.constantFrom(
    'NaN',
    '-0',
    '1e999',
    '__proto__',
    '2026-02-30',
    '',
    ' ',
    'CNY',
    '2026-06-30',
    '0.1',
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
)

describe('fuzzing the public API', () => {
  it('every exported function has an output schema', () => {
    expect(functions.map(([name]) => name).sort()).toEqual(Object.keys(RESULT_SCHEMAS).sort())
  })

  it.each(functions)(
    '%s returns a result its output schema accepts, or throws a SalesRulesError',
    (name, fn) => {
      fc.assert(
        fc.property(fc.array(value, { maxLength: 4 }), (args) => {
          let result: unknown
          try {
            result = fn(...args)
          } catch (error) {
            if (!(error instanceof api.SalesRulesError)) throw error
            expect(error.issues.length).toBeGreaterThan(0)
            return
          }
          const schema = RESULT_SCHEMAS[name] as z.ZodType
          const parsed = schema.safeParse(result)
          expect(parsed.error?.issues ?? []).toEqual([])
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 600), seed: Number(process.env.FUZZ_SEED ?? 20261123) },
      )
    },
  )
})
