// The compiled grade reads ratings whose keys are the dimensions in the matrix's order (up to 8 dimensions)
// by one property read per dimension, and any other record by its general loops (#20). Whatever the order,
// the count of dimensions or what is wrong with the ratings, it gives what the exact path gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileScoringMatrix, SalesRulesError } from '../../../src/index'
import type { OpportunityScoringMatrixInput, Ratings } from '../../../src/index'

const RUNS = Number(process.env.FC_RUNS ?? 300)

/**
 * `n` dimensions of weight 1 rated no (0), half (1) or yes (2 points); grades low (0), mid (50), high (100).
 */
function yesNoMatrix(n: number, missing: 'reject' | 'zero' = 'reject') {
  return {
    id: 'yes-no',
    version: '1',
    effectiveFrom: '2026-01-01',
    missing,
    dimensions: Array.from({ length: n }, (_, i) => ({
      key: `d${i}`,
      label: `d${i}`,
      weight: 1,
      levels: [
        { id: 'no', label: 'no', points: 0 },
        { id: 'half', label: 'half', points: 1 },
        { id: 'yes', label: 'yes', points: 2 },
      ],
    })),
    grades: [
      { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
      { id: 'mid', label: 'mid', minScore: 50, strategy: { contactEveryDays: 14, ownerRole: 'rep' } },
      { id: 'high', label: 'high', minScore: 100, strategy: { contactEveryDays: 3, ownerRole: 'rep' } },
    ],
  } satisfies OpportunityScoringMatrixInput
}

/** Ratings of `n` dimensions, the first `yes` of them rated yes, keys in the matrix's order or reversed. */
function yesNoRatings(n: number, yes: number, reversed = false): Ratings {
  const entries = Array.from({ length: n }, (_, i) => [`d${i}`, i < yes ? 'yes' : 'no'] as const)
  return Object.fromEntries(reversed ? entries.reverse() : entries)
}

type Outcome = { readonly grade: string } | { readonly code: string; readonly path: unknown }

function outcome(call: () => { grade: string }): Outcome {
  try {
    return { grade: call().grade }
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    return { code: error.code, path: error.issues[0]?.path }
  }
}

describe('compiled grade, by the order and the count of the dimensions', () => {
  it.each([
    // 8 dimensions (the most read one by one): 4 of 8 yes = 50 → mid; 3 of 8 = 37.5 → low; 8 of 8 → high
    [8, 4, 'mid'],
    [8, 3, 'low'],
    [8, 8, 'high'],
    // 9 dimensions (the general loop): 5 of 9 = 55.6 → mid; 4 of 9 = 44.4 → low
    [9, 5, 'mid'],
    [9, 4, 'low'],
    // 1 dimension: 1 of 1 → high, 0 of 1 → low
    [1, 1, 'high'],
    [1, 0, 'low'],
  ])('%i dimensions, %i rated yes: %s, in either key order', (n, yes, grade) => {
    const evaluator = compileScoringMatrix(yesNoMatrix(n))
    expect(evaluator.grade(yesNoRatings(n, yes)).grade).toBe(grade)
    expect(evaluator.grade(yesNoRatings(n, yes, true)).grade).toBe(grade)
    expect(evaluator.score(yesNoRatings(n, yes)).grade).toBe(grade)
  })

  it('refuses an unknown key after all 8 dimensions, at its path, as the exact path does', () => {
    const evaluator = compileScoringMatrix(yesNoMatrix(8))
    const ratings = { ...yesNoRatings(8, 4), extra: 'yes' }
    expect(outcome(() => evaluator.grade(ratings))).toEqual(outcome(() => evaluator.score(ratings)))
    expect(outcome(() => evaluator.grade(ratings))).toMatchObject({ code: 'INVALID_INPUT' })
  })

  it('does not read a rating from Object.prototype (a non-enumerable "d7" there, an unknown own key)', () => {
    const evaluator = compileScoringMatrix(yesNoMatrix(8))
    // 7 own dimensions and an unknown key: the count is 8, as the matrix's, but d7 is not rated
    const ratings = { ...yesNoRatings(7, 4), extra: 'yes' }
    Object.defineProperty(Object.prototype, 'd7', { value: 'yes', configurable: true, enumerable: false })
    try {
      expect(outcome(() => evaluator.grade(ratings))).toEqual(outcome(() => evaluator.score(ratings)))
      expect(outcome(() => evaluator.grade(ratings))).toMatchObject({ code: 'INVALID_INPUT' })
    } finally {
      delete (Object.prototype as Record<string, unknown>).d7
    }
  })

  it('grades by a search over the cuts with more than three grades, values on each cut too', () => {
    // 4 dimensions of weight 1, yes = 2 and half = 1 of 2 points: score = 100 × points ÷ 8 = 12.5 per point
    const matrix = {
      ...yesNoMatrix(4),
      grades: [
        { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
        { id: 'mid', label: 'mid', minScore: 25, strategy: { contactEveryDays: 14, ownerRole: 'rep' } },
        { id: 'high', label: 'high', minScore: 50, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
        { id: 'top', label: 'top', minScore: 75, strategy: { contactEveryDays: 3, ownerRole: 'rep' } },
      ],
    }
    const evaluator = compileScoringMatrix(matrix)
    const cases: [Ratings, string][] = [
      [{ d0: 'no', d1: 'no', d2: 'no', d3: 'no' }, 'low'], // 0
      [{ d0: 'half', d1: 'no', d2: 'no', d3: 'no' }, 'low'], // 12.5
      [{ d0: 'yes', d1: 'no', d2: 'no', d3: 'no' }, 'mid'], // 25, on the cut
      [{ d0: 'yes', d1: 'half', d2: 'no', d3: 'no' }, 'mid'], // 37.5
      [{ d0: 'half', d1: 'half', d2: 'half', d3: 'half' }, 'high'], // 50, on the cut
      [{ d0: 'yes', d1: 'yes', d2: 'half', d3: 'no' }, 'high'], // 62.5
      [{ d0: 'yes', d1: 'yes', d2: 'yes', d3: 'no' }, 'top'], // 75, on the cut
      [{ d0: 'yes', d1: 'yes', d2: 'yes', d3: 'yes' }, 'top'], // 100
    ]
    expect(cases.map(([r]) => evaluator.grade(r).grade)).toEqual(cases.map(([, g]) => g))
    expect(cases.map(([r]) => evaluator.score(r).grade)).toEqual(cases.map(([, g]) => g))
  })

  it('gives what the exact path gives for a proxy, a proxy that throws and a getter that throws', () => {
    const evaluator = compileScoringMatrix(yesNoMatrix(4))
    const valid = yesNoRatings(4, 2) // 2 of 4 yes = 50 → mid
    const fail = () => {
      throw new Error('no')
    }
    const inputs: Record<string, unknown> = {
      'a transparent proxy': new Proxy({ ...valid }, {}),
      'a proxy whose keys throw': new Proxy({ ...valid }, { ownKeys: fail }),
      'a proxy whose reads throw': new Proxy({ ...valid }, { get: fail }),
      'a getter that throws': Object.defineProperty({ ...valid }, 'd0', { get: fail, enumerable: true }),
    }
    // any error, SalesRulesError or not, by its class and code
    const caught = (call: () => { grade: string }) => {
      try {
        return { grade: call().grade }
      } catch (error) {
        return { error: (error as Error).constructor.name, code: (error as { code?: unknown }).code }
      }
    }
    const fast = Object.entries(inputs).map(([label, r]) => [
      label,
      caught(() => evaluator.grade(r as Ratings)),
    ])
    const exact = Object.entries(inputs).map(([label, r]) => [
      label,
      caught(() => evaluator.score(r as Ratings)),
    ])
    expect(fast).toEqual(exact)
    // the proxy read through: 2 of 4 yes = 50 → mid; whatever throws is an INVALID_INPUT
    const invalid = { error: 'SalesRulesError', code: 'INVALID_INPUT' }
    expect(fast.map(([, o]) => o)).toEqual([{ grade: 'mid' }, invalid, invalid, invalid])
  })

  describe('an enumerable rating on Object.prototype named like the last dimension (d7 of 8)', () => {
    // `for … in` lists own keys before inherited ones: 7 own dimensions and an inherited enumerable d7 are
    // listed as exactly the 8 dimensions in order, yet d7 is not rated (the exact path reports it missing,
    // or counts it 0 under `zero`); the fast path must not read the inherited 'yes'
    const withInheritedD7 = (check: () => void) => {
      Object.defineProperty(Object.prototype, 'd7', {
        value: 'yes',
        configurable: true,
        enumerable: true,
        writable: true,
      })
      try {
        check()
      } finally {
        delete (Object.prototype as Record<string, unknown>).d7
      }
    }

    it('reports the missing d7 under `reject`, at its path, as the exact path does', () => {
      const evaluator = compileScoringMatrix(yesNoMatrix(8))
      const ratings = yesNoRatings(7, 4) // d0–d3 yes, d4–d6 no, no own d7
      withInheritedD7(() => {
        expect(outcome(() => evaluator.grade(ratings))).toEqual(outcome(() => evaluator.score(ratings)))
        expect(outcome(() => evaluator.grade(ratings))).toEqual({
          code: 'INVALID_INPUT',
          path: ['ratings', 'd7'],
        })
      })
    })

    it('counts the unrated d7 as 0 under `zero`: 3 of 8 yes = 37.5 → low (not 50 → mid)', () => {
      const evaluator = compileScoringMatrix(yesNoMatrix(8, 'zero'))
      // d0–d2 yes, d3–d6 no: 3 × 2 = 6 of 16 points = 37.5 → low; the inherited d7 'yes' would make it 8 of
      // 16 = 50 → mid
      const ratings = yesNoRatings(7, 3)
      withInheritedD7(() => {
        expect(evaluator.grade(ratings).grade).toBe('low')
        expect(evaluator.score(ratings).grade).toBe('low')
      })
    })

    it('reads an own d7 that shadows it: 3 own yes of 7 and an own d7 no = 37.5 → low, as the exact path', () => {
      const evaluator = compileScoringMatrix(yesNoMatrix(8))
      const ratings = yesNoRatings(8, 3) // d7 own, 'no'
      withInheritedD7(() => {
        expect(evaluator.grade(ratings).grade).toBe('low')
        expect(evaluator.score(ratings).grade).toBe('low')
      })
    })
  })

  it('gives the exact grade or error for 1–10 dimensions, any key order, any rating', () => {
    const rating = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('yes', 'no') },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'maybe', 1, '') },
    )
    const cases = fc
      .record({
        n: fc.integer({ min: 1, max: 10 }),
        missing: fc.constantFrom('reject' as const, 'zero' as const),
        seed: fc.array(fc.tuple(rating, fc.nat(), fc.boolean()), { minLength: 10, maxLength: 10 }),
        extra: fc.option(fc.constantFrom('extra', 'd10', 'd11'), { nil: undefined }),
        shuffle: fc.boolean(),
      })
      .map(({ n, missing, seed, extra, shuffle }) => {
        // each dimension rated (or left out when its flag is false, one time in two)
        const entries: [string, unknown][] = []
        for (let i = 0; i < n; i += 1) {
          const [value, , keep] = seed[i] as [unknown, number, boolean]
          if (keep || i % 2 === 0) entries.push([`d${i}`, value])
        }
        if (extra !== undefined) entries.push([extra, 'yes'])
        if (shuffle)
          entries.sort(
            (a, b) =>
              ((seed[Number(a[0].slice(1)) % 10]?.[1] ?? 0) % 7) -
              ((seed[Number(b[0].slice(1)) % 10]?.[1] ?? 0) % 7),
          )
        return { n, missing, ratings: Object.fromEntries(entries) }
      })
    const evaluators = new Map<string, ReturnType<typeof compileScoringMatrix>>()
    fc.assert(
      fc.property(cases, ({ n, missing, ratings }) => {
        const key = `${n}/${missing}`
        const evaluator = evaluators.get(key) ?? compileScoringMatrix(yesNoMatrix(n, missing))
        evaluators.set(key, evaluator)
        expect(outcome(() => evaluator.grade(ratings as Ratings))).toEqual(
          outcome(() => evaluator.score(ratings as Ratings)),
        )
      }),
      { numRuns: RUNS },
    )
  })
})
