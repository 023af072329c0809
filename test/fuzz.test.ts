// Every exported function, fed arbitrary JSON-like values: it returns a result that passes its own
// output schema (test/output-schemas.ts), or it throws a SalesRulesError — nothing else, ever. Near-valid documents made by editing the examples are in
// fuzz-documents.test.ts. FUZZ_RUNS (default 600 per function) and FUZZ_SEED explore more locally;
// the fixed default seed keeps CI repeatable.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import * as api from '../src/index'
import { examplePolicy } from './fixtures/policy'
import { claimPolicy } from './fixtures/expense-claim'
import { CallBudget, runCount } from './helpers'
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

/** A revoked proxy, a getter that throws, a null-prototype array, an array-like of huge length, a 100,000-deep array, an array past the length bound (sparse: refused before it is read). */
function exoticValues(): unknown[] {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  let deep: unknown[] = []
  for (let i = 0; i < 100_000; i += 1) deep = [deep]
  const throwing = Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw new Error('getter')
    },
  })
  return [
    proxy,
    throwing,
    Object.setPrototypeOf([1, '2026-06-30'], null),
    { length: 2 ** 32 - 1 },
    deep,
    new Array(api.MAX_ARRAY_LENGTH + 1),
    new Map([['id', 'x']]),
    new Date(0),
    Object(1n),
  ]
}

const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const EXOTIC = new Map(exoticValues().map((v, i) => [Symbol(`exotic ${i}`), v]))
const real = (args: unknown[]) =>
  args.map((a) => (typeof a === 'symbol' && EXOTIC.has(a) ? EXOTIC.get(a) : a))

const value = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
    withMap: true,
    withDate: true,
    withBigInt: true,
    withSparseArray: true,
  }),
  // a token, swapped for the exotic value at the call: fast-check must not inspect a revoked proxy itself
  fc.constantFrom(...EXOTIC.keys()),
  // far dates and instants
  fc.constantFrom('9999-12-31', '0000-01-01', '9998-12-31', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'),
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
  it('asks fast-check for a whole number of runs whatever FUZZ_RUNS is (a fraction never stops it)', () => {
    const saved = process.env.FUZZ_RUNS
    try {
      process.env.FUZZ_RUNS = '2000'
      // 2000 / 3 = 666.67, rounded up
      expect(runCount('FUZZ_RUNS', 600, 3)).toBe(667)
      let runs = 0
      fc.assert(
        fc.property(fc.nat(), () => {
          runs += 1
          // stop a run-away property instead of hanging the test
          if (runs > 1_000) throw new Error('fast-check did not stop')
        }),
        { numRuns: runCount('FUZZ_RUNS', 600, 3) },
      )
      expect(runs).toBe(667)
      process.env.FUZZ_RUNS = '2.5'
      expect(() => runCount('FUZZ_RUNS', 600)).toThrow('FUZZ_RUNS must be a positive integer')
    } finally {
      if (saved === undefined) delete process.env.FUZZ_RUNS
      else process.env.FUZZ_RUNS = saved
    }
  })

  it('every exported function has an output schema', () => {
    expect(functions.map(([name]) => name).sort()).toEqual(Object.keys(RESULT_SCHEMAS).sort())
  })

  it.each(functions)(
    '%s returns a result its output schema accepts, or throws a SalesRulesError, within 100× its median time',
    (name, fn) => {
      const budget = new CallBudget()
      fc.assert(
        fc.property(fc.array(value, { maxLength: 4 }), (args) => {
          let result: unknown
          try {
            result = budget.time(() => fn(...real(args)))
          } catch (error) {
            if (!(error instanceof api.SalesRulesError)) throw error
            expect(error.issues.length).toBeGreaterThan(0)
            return
          }
          const schema = RESULT_SCHEMAS[name] as z.ZodType
          const parsed = schema.safeParse(result)
          expect(parsed.error?.issues ?? []).toEqual([])
        }),
        { numRuns: runCount('FUZZ_RUNS', 600), seed: SEED },
      )
      expect(budget.overBudget()).toEqual([])
    },
  )

  const policy = examplePolicy()
  /** Every compiled evaluator's methods, on the example policy's domains. */
  const methods: [string, (...args: unknown[]) => unknown][] = (
    [
      ['compileScoringMatrix', api.compileScoringMatrix(policy.opportunityScoring)],
      ['compileCustomerGrading', api.compileCustomerGrading(policy.customerGrading)],
      ['compileQuoteApprovalPolicy', api.compileQuoteApprovalPolicy(policy.quoteApproval)],
      ['compileCommissionPlan', api.compileCommissionPlan(policy.commission)],
      ['compileExpenseBudget', api.compileExpenseBudget(policy.expenseBudget)],
      ['compileKpiPolicy', api.compileKpiPolicy(policy.kpi)],
      ['compileExpenseClaimPolicy', api.compileExpenseClaimPolicy(claimPolicy)],
      // complaints
      ['compileComplaintPolicy', api.compileComplaintPolicy(policy.complaints)],
      // training
      ['compileTrainingPolicy', api.compileTrainingPolicy(policy.training)],
      // leads (线索管理)
      ['compileLeadPolicy', api.compileLeadPolicy(policy.leads)],
      // order release and contracts
      ['compileOrderReleasePolicy', api.compileOrderReleasePolicy(policy.orderRelease)],
    ] as unknown as [string, Record<string, unknown>][]
  ).flatMap(([compile, evaluator]) =>
    Object.entries(evaluator)
      .filter((entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === 'function')
      .map(([method, fn]): [string, (...args: unknown[]) => unknown] => [`${compile}(...).${method}`, fn]),
  )

  it('covers every method of every compiled evaluator', () => {
    // every exported compile… function is in the list above (a new domain's compiler must be added)
    const compilers = new Set(methods.map(([name]) => name.slice(0, name.indexOf('('))))
    expect([...compilers].sort()).toEqual(
      Object.keys(api)
        .filter((name) => name.startsWith('compile'))
        .sort(),
    )
    expect(methods.length).toBeGreaterThanOrEqual(20)
  })

  it.each(methods)('%s returns or throws a SalesRulesError, within 100× its median time', (_name, fn) => {
    const budget = new CallBudget()
    fc.assert(
      fc.property(fc.array(value, { maxLength: 4 }), (args) => {
        try {
          budget.time(() => fn(...real(args)))
        } catch (error) {
          if (!(error instanceof api.SalesRulesError)) throw error
          expect(error.issues.length).toBeGreaterThan(0)
        }
      }),
      // a third of the runs, rounded up to an integer (see runCount)
      { numRuns: runCount('FUZZ_RUNS', 600, 3), seed: SEED },
    )
    expect(budget.overBudget()).toEqual([])
  })
})
