import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileScoringMatrix, Dec, scoreOpportunity } from '../../../src/index'
import type { OpportunityScoringMatrixInput } from '../../../src/index'

/** A random matrix: 1–6 dimensions, 1-decimal weights, 2–5 levels with 0–2-decimal points, cut scores that are reachable by construction. */
const matrixArb = fc
  .record({
    dims: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 99 }).map((n) => (n / 10).toString()),
        points: fc
          .uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 5 })
          .map((ps) => (ps.includes(0) ? ps : [0, ...ps]).map((p) => (p / 100).toString())),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    missing: fc.constantFrom('reject', 'zero', 'reweight' as const),
  })
  .filter(({ dims }) => dims.every((d) => d.points.some((p) => p !== '0')))
  .map(
    ({ dims, missing }) =>
      ({
        id: 'p',
        version: '1',
        effectiveFrom: '2026-01-01',
        missing,
        dimensions: dims.map((d, i) => ({
          key: `d${i}`,
          label: `d${i}`,
          weight: d.weight,
          levels: d.points.map((points, j) => ({ id: `l${j}`, label: `l${j}`, points })),
        })),
        grades: [
          { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
          { id: 'top', label: 'top', minScore: 100, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
        ],
      }) satisfies OpportunityScoringMatrixInput,
  )

const withRatings = matrixArb.chain((matrix) =>
  fc.tuple(
    fc.constant(matrix),
    fc.tuple(...matrix.dimensions.map((d) => fc.integer({ min: 0, max: d.levels.length - 1 }))),
  ),
)

const ratingsOf = (
  matrix: { dimensions: { key: string; levels: { id: string }[] }[] },
  picks: readonly number[],
) => Object.fromEntries(matrix.dimensions.map((d, i) => [d.key, d.levels[picks[i] ?? 0]?.id ?? 'l0']))

const pointsOf = (matrix: { dimensions: { levels: { points: string }[] }[] }, dim: number, level: number) =>
  new Dec(matrix.dimensions[dim]?.levels[level]?.points ?? 0)

describe('opportunity scoring (properties)', () => {
  it('the score is always within [0, 100]', () => {
    fc.assert(
      fc.property(withRatings, ([matrix, picks]) => {
        const { score } = scoreOpportunity(matrix, ratingsOf(matrix, picks))
        expect(score.gte(0) && score.lte(100)).toBe(true)
      }),
    )
  })

  it('raising one rating never lowers the score or the grade (monotonic)', () => {
    fc.assert(
      fc.property(withRatings, fc.nat(), fc.nat(), ([matrix, picks], d, l) => {
        const dim = d % matrix.dimensions.length
        const level = l % (matrix.dimensions[dim]?.levels.length ?? 1)
        if (pointsOf(matrix, dim, level).lt(pointsOf(matrix, dim, picks[dim] ?? 0))) return
        const before = scoreOpportunity(matrix, ratingsOf(matrix, picks))
        const raised = picks.map((p, i) => (i === dim ? level : p))
        const after = scoreOpportunity(matrix, ratingsOf(matrix, raised))
        expect(after.score.gte(before.score)).toBe(true)
        expect(matrix.grades.findIndex((g) => g.id === after.grade)).toBeGreaterThanOrEqual(
          matrix.grades.findIndex((g) => g.id === before.grade),
        )
      }),
    )
  })

  it('a score equal to a cut score gets the higher grade, with no floating-point drift', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (percents, yes) => {
          // weights as fractions summing to 1 (e.g. 0.1, 0.2, 0.7): the exact score is Σ of the "yes" weights × 100
          const total = percents.reduce((a, b) => a + b, 0)
          const weights = percents.map((p) => new Dec(p).div(total))
          if (weights.some((w) => w.decimalPlaces() > 12)) return
          const exact = percents.reduce(
            (s, p, i) => (yes[i] ? s.plus(new Dec(p).div(total).times(100)) : s),
            new Dec(0),
          )
          if (exact.isZero() || exact.decimalPlaces() > 4) return
          const matrix = {
            id: 'b',
            version: '1',
            effectiveFrom: '2026-01-01',
            dimensions: weights.map((w, i) => ({
              key: `d${i}`,
              label: `d${i}`,
              weight: w.toString(),
              levels: [
                { id: 'no', label: 'no', points: 0 },
                { id: 'yes', label: 'yes', points: 1 },
              ],
            })),
            grades: [
              {
                id: 'below',
                label: 'below',
                minScore: 0,
                strategy: { contactEveryDays: 30, ownerRole: 'rep' },
              },
              {
                id: 'at',
                label: 'at',
                minScore: exact.toString(),
                strategy: { contactEveryDays: 7, ownerRole: 'rep' },
              },
            ],
          }
          const ratings = Object.fromEntries(weights.map((_, i) => [`d${i}`, yes[i] ? 'yes' : 'no']))
          const result = scoreOpportunity(matrix, ratings)
          expect(result.grade).toBe('at')
          expect(result.score.eq(exact)).toBe(true)
          expect(compileScoringMatrix(matrix).grade(ratings).grade).toBe('at')
        },
      ),
    )
  })

  it('re-weighting with every dimension rated equals the plain score', () => {
    fc.assert(
      fc.property(withRatings, ([matrix, picks]) => {
        const ratings = ratingsOf(matrix, picks)
        const plain = scoreOpportunity({ ...matrix, missing: 'reject' }, ratings)
        const reweighted = scoreOpportunity({ ...matrix, missing: 'reweight' }, ratings)
        expect(reweighted.score.eq(plain.score)).toBe(true)
        expect(reweighted.grade).toBe(plain.grade)
        expect(reweighted.coverage.toString()).toBe('1')
      }),
    )
  })

  it('the compiled fast path gives exactly the grade of the full evaluation, with and without missing ratings', () => {
    fc.assert(
      fc.property(
        withRatings,
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        ([matrix, picks], drop) => {
          const cut = {
            ...matrix,
            grades: [matrix.grades[0], { ...matrix.grades[1], minScore: '37.5' }],
          } as typeof matrix
          let evaluator
          try {
            evaluator = compileScoringMatrix(cut)
          } catch {
            return // 37.5 may be unreachable for this matrix
          }
          const ratings = ratingsOf(matrix, picks)
          const partial =
            matrix.missing === 'reject'
              ? ratings
              : Object.fromEntries(Object.entries(ratings).filter((_, i) => !drop[i]))
          if (Object.keys(partial).length === 0) return
          expect(evaluator.grade(partial).grade).toBe(evaluator.score(partial).grade)
        },
      ),
    )
  })
})
