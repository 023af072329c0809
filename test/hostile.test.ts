// Regression tests for the hostile inputs of issue #26: far dates, exotic objects read once at the
// boundary (revoked proxies, throwing getters, null-prototype arrays, array-likes with a huge length,
// 100,000-deep arrays), and the bounds of docs/core.md, each with its code and path.
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'
import {
  compileCustomerGrading,
  compileKpiPolicy,
  compileScoringMatrix,
  eachPeriod,
  MAX_ARRAY_LENGTH,
  MAX_INPUT_DEPTH,
  MAX_SUPPORTED_DATE,
  MIN_SUPPORTED_DATE,
  parseSalesPolicy,
  periodOf,
  policyInForce,
  scoreOpportunity,
  slaCompliance,
  type Ratings,
} from '../src/index'
import { flat } from './fixtures/commission'
import { paretoPolicy } from './fixtures/customer'
import { kpiPolicy } from './fixtures/kpi'
import { handbookMatrix } from './fixtures/opportunity'
import { examplePolicy } from './fixtures/policy'
import { MAX_INPUT_VALUES, readInput } from '../src/core/boundary'
import { catchError } from './helpers'
import { claimPolicy } from './fixtures/expense-claim'

const issue = (fn: () => unknown) => {
  const error = catchError(fn)
  return { code: error.code, issue: error.issues[0]?.code, path: error.issues[0]?.path }
}

/** An array nested `depth` levels deep: [[[…[]…]]]. */
function nested(depth: number): unknown[] {
  let value: unknown[] = []
  for (let i = 0; i < depth; i += 1) value = [value]
  return value
}

describe('supported dates', () => {
  it('are 1900-01-01..2200-12-31, both ends included', () => {
    expect([MIN_SUPPORTED_DATE, MAX_SUPPORTED_DATE]).toEqual(['1900-01-01', '2200-12-31'])
    expect(periodOf('1900-01-01', 'month').label).toBe('1900-01')
    expect(periodOf('2200-12-31', 'year').label).toBe('2200')
    expect(issue(() => periodOf('1899-12-31', 'month'))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'date.out-of-range',
      path: ['date'],
    })
    expect(issue(() => periodOf('2201-01-01', 'month')).issue).toBe('date.out-of-range')
  })

  it('eachPeriod from 9998-12-31 to 9999-12-31 throws at once instead of looping', () => {
    const started = Date.now()
    expect(issue(() => eachPeriod('9998-12-31', '9999-12-31', 'month'))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'date.out-of-range',
      path: ['start'],
    })
    // not a timing assertion: a loop over the years to 9999 would not return at all
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('an instant far away is instant.out-of-range, at its path', () => {
    for (const asOf of ['9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z'])
      expect(issue(() => slaCompliance(kpiPolicy, [], { asOf }))).toEqual({
        code: 'INVALID_INPUT',
        issue: 'instant.out-of-range',
        path: ['options', 'asOf'],
      })
  })

  it('a version list with a far date is refused at its path', () => {
    const versions = [
      { id: 'p', version: '1', effectiveFrom: '2026-01-01' },
      { id: 'p', version: '2', effectiveFrom: '9999-12-31' },
    ]
    expect(issue(() => policyInForce(versions, '2026-06-30'))).toEqual({
      code: 'INVALID_POLICY',
      issue: 'date.out-of-range',
      path: ['versions', 1, 'effectiveFrom'],
    })
  })
})

describe('the opportunity fast grade validates like scoreOpportunity', () => {
  const matrix = { ...handbookMatrix, missing: 'zero' as const }
  const evaluator = compileScoringMatrix(matrix)
  it.each([
    ['a Map', new Map([['budget', 'approved']])],
    ['an array', ['approved']],
    ['a Date', new Date(0)],
    ['a boxed BigInt', Object(1n)],
    ['a rating written as undefined', { budget: undefined }],
  ])('%s is INVALID_INPUT, not grade low', (_name, ratings) => {
    const fast = issue(() => evaluator.grade(ratings as Ratings))
    expect(fast.code).toBe('INVALID_INPUT')
    expect(fast).toEqual(issue(() => scoreOpportunity(matrix, ratings as Ratings)))
  })

  it('a null-prototype record is read as the plain one', () => {
    const ratings = Object.assign(Object.create(null) as object, { need: 'urgent', budget: 'approved' })
    // need 5/5 × 30 + budget 5/5 × 30 = 60, the others missing count as zero
    expect(scoreOpportunity(matrix, ratings as Ratings).score.toString()).toBe('60')
    expect(evaluator.grade(ratings as Ratings).grade).toBe(scoreOpportunity(matrix, ratings as Ratings).grade)
  })
})

describe('the commission fast totals validate like calculateCommission', () => {
  it('transactions: null is INVALID_INPUT on both paths (the fast path read it as no transactions)', () => {
    const plan = flat // a plan the fast path takes
    const input = { rep: 'r1', period: { start: '2026-06-01', end: '2026-06-30' }, transactions: null }
    const fast = issue(() => api.compileCommissionPlan(plan).totals(input as never))
    expect(fast.code).toBe('INVALID_INPUT')
    expect(fast).toEqual(issue(() => api.calculateCommission(plan, input as never)))
  })
})

describe('exotic objects are read once, at the boundary, and only a SalesRulesError escapes', () => {
  it('compileKpiPolicy(...).level with a null-prototype array as value, target or KPI id', () => {
    const evaluator = compileKpiPolicy(kpiPolicy)
    const bare = () => Object.setPrototypeOf([1], null) as unknown as string
    expect(issue(() => evaluator.level('revenue', bare(), '500000'))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'decimal.not-a-number',
      path: ['value'],
    })
    expect(issue(() => evaluator.level('revenue', '1', bare())).code).toBe('INVALID_INPUT')
    expect(issue(() => evaluator.level(bare(), '1'))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'kpi.unknown',
      path: ['kpi'],
    })
  })

  it('compileCustomerGrading(...).gradeValues with an array-like of huge length is array.too-long', () => {
    const evaluator = compileCustomerGrading(paretoPolicy)
    for (const length of [2 ** 32 - 1, 1e9, MAX_ARRAY_LENGTH + 1])
      expect(issue(() => evaluator.gradeValues({ length }))).toEqual({
        code: 'INVALID_INPUT',
        issue: 'array.too-long',
        path: ['values'],
      })
  })

  it('gradeValues with a getter that throws is unreadable at its index', () => {
    const values = {
      length: 2,
      0: 5,
      get 1(): number {
        throw new Error('no')
      },
    }
    expect(issue(() => compileCustomerGrading(paretoPolicy).gradeValues(values))).toEqual({
      code: 'INVALID_INPUT',
      issue: 'unreadable',
      path: ['values', 1],
    })
  })

  it('a 100,000-deep nested array is input.too-deep at the depth limit, for every exported function', () => {
    const deep = nested(100_000)
    const policy = examplePolicy()
    policy.kpi.kpis[0].label = deep
    const error = issue(() => parseSalesPolicy(policy))
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issue).toBe('input.too-deep')
    expect(error.path?.slice(0, 5)).toEqual(['kpi', 'kpis', 0, 'label', 0])
    expect(error.path).toHaveLength(MAX_INPUT_DEPTH)
    for (const [name, fn] of Object.entries(api)) {
      if (typeof fn !== 'function' || name === 'SalesRulesError' || name === 'Dec') continue
      for (const args of [[deep], [deep, deep, deep, deep]])
        try {
          ;(fn as (...a: unknown[]) => unknown)(...args)
        } catch (thrown) {
          expect(thrown, name).toBeInstanceOf(api.SalesRulesError)
        }
    }
  })

  it('a revoked proxy and a throwing getter inside a policy are unreadable at their path', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const revoked = examplePolicy()
    revoked.commission.rates = proxy
    expect(issue(() => parseSalesPolicy(revoked))).toEqual({
      code: 'INVALID_POLICY',
      issue: 'unreadable',
      path: ['commission', 'rates'],
    })
    const getter = examplePolicy()
    Object.defineProperty(getter.quoteApproval, 'currency', {
      enumerable: true,
      get() {
        throw new TypeError('no')
      },
    })
    expect(issue(() => parseSalesPolicy(getter))).toEqual({
      code: 'INVALID_POLICY',
      issue: 'unreadable',
      path: ['quoteApproval', 'currency'],
    })
  })

  it('a null-prototype array in a policy is read as an array', () => {
    const policy = examplePolicy()
    const versions = Object.setPrototypeOf([{ ...policy.commission }], null) as unknown[]
    expect(policyInForce(versions as never[], '2026-06-30')).toBe(versions[0])
  })

  it('a shared sub-array doubled at every level is input.too-large, not a hang', () => {
    let wide: unknown[] = [1]
    for (let i = 0; i < 40; i += 1) wide = [wide, wide] // 2^40 leaves in 41 levels
    // a large sub-tree met again is counted again, not walked again: a step per level, not 20,000,000
    expect(issue(() => parseSalesPolicy({ ...examplePolicy(), kpi: wide })).issue).toBe('input.too-large')
  })

  it('a large sub-tree shared by several fields is read as if each held its own copy, and counted each time', () => {
    const big = Array.from({ length: 2000 }, (_, i) => ({ n: i }))
    const copy = readInput({ a: big, b: [big], c: big }) as { a: unknown; b: unknown[]; c: unknown }
    expect(copy.a).toEqual(big)
    expect(copy.b[0]).toEqual(big)
    expect(copy.c).toEqual(big)
    expect(copy.a).not.toBe(big) // a copy, never the caller's array
    // each use is 4,000 values (the array's 2,000 members, then each object's one key) plus one for
    // the outer array's member: 4,998 uses are 4,001 × 4,998 = 19,996,998 values, 4,999 are 20,000,999
    expect(() => readInput(Array.from({ length: 4998 }, () => big))).not.toThrow()
    let stop: unknown
    try {
      readInput(Array.from({ length: 4999 }, () => big))
    } catch (error) {
      stop = error
    }
    expect(stop).toMatchObject({ issue: 'input.too-large', params: { max: MAX_INPUT_VALUES } })
  })

  it('a cycle is input.too-deep', () => {
    const cycle: Record<string, unknown> = { id: 'x' }
    cycle['self'] = cycle
    expect(issue(() => parseSalesPolicy(cycle)).issue).toBe('input.too-deep')
  })
})

// found by FUZZ_RUNS=2000 (issue #26): the compiled claim check asked Array.isArray of a revoked proxy
// before validating its options, and the TypeError escaped
describe('compileExpenseClaimPolicy(...).check on a revoked proxy', () => {
  it('refuses revoked options with INVALID_INPUT at options', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const check = api.compileExpenseClaimPolicy(claimPolicy).check
    for (const claim of [proxy, {}]) {
      const error = catchError(() => check(claim as never, proxy as never))
      expect([error.code, error.issues[0]?.path]).toEqual(['INVALID_INPUT', ['options']])
    }
  })
})
