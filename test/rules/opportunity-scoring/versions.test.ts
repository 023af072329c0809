// Every opportunity-scoring decision says which matrix version made it, and a list of versions is
// decided by the one in force on `options.asOf` (issue #18).
import { describe, expect, it } from 'vitest'
import {
  compileScoringMatrix,
  forecastPipeline,
  prioritizeOpportunity,
  scoreOpportunities,
  scoreOpportunity,
} from '../../../src/index'
import { handbookMatrix } from '../../fixtures/opportunity'
import { catchError } from '../../helpers'

// 2026.1 until 30 June; 2026.2 from 1 July raises the `high` cut from 75 to 80 and the `large` deal tier
// from 500,000 to 1,000,000.
const v1 = { ...handbookMatrix, effectiveTo: '2026-06-30' }
const v2 = {
  ...handbookMatrix,
  version: '2026.2',
  effectiveFrom: '2026-07-01',
  grades: handbookMatrix.grades.map((g) => (g.id === 'high' ? { ...g, minScore: 80 } : g)),
  priorityGrid: {
    ...handbookMatrix.priorityGrid,
    x: {
      ...handbookMatrix.priorityGrid.x,
      tiers: handbookMatrix.priorityGrid.x.tiers.map((t) => (t.id === 'large' ? { ...t, from: 1000000 } : t)),
    },
  },
}
const versions = [v1, v2]
// 100 × (0.3×4/5 + 0.3×5/5 + 0.2×3/5 + 0.2×3/5) = 24 + 30 + 12 + 12 = 78: high under 2026.1 (≥ 75),
// medium under 2026.2 (50 ≤ 78 < 80); budget approved, so the gate does not cap it
const ratings = { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' }
const stamp1 = { id: 'opportunity-matrix', version: '2026.1', effectiveFrom: '2026-01-01' }
const stamp2 = { id: 'opportunity-matrix', version: '2026.2', effectiveFrom: '2026-07-01' }

describe('opportunity scoring with a list of matrix versions', () => {
  it('scores with the version in force on options.asOf, on each side of the change', () => {
    const june = scoreOpportunity(versions, ratings, { asOf: '2026-06-30' })
    const july = scoreOpportunity(versions, ratings, { asOf: '2026-07-01' })
    expect([june.score.toString(), june.grade, june.policy]).toEqual(['78', 'high', stamp1])
    expect([july.score.toString(), july.grade, july.policy]).toEqual(['78', 'medium', stamp2])
  })

  it('stamps a single matrix without needing a date', () => {
    expect(scoreOpportunity(handbookMatrix, ratings).policy).toEqual(stamp1)
  })

  it('scores a batch with one version, each result stamped', () => {
    // need urgent + budget approved + engaged + no competition = 100: high under both versions
    const results = scoreOpportunities(
      versions,
      [ratings, { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'none' }],
      { asOf: '2026-07-15' },
    )
    expect(results.map((r) => [r.grade, r.policy.version])).toEqual([
      ['medium', '2026.2'],
      ['high', '2026.2'],
    ])
  })

  it('places a deal on the grid of the version in force', () => {
    // 800,000 is large from 500,000 (2026.1) but small below 1,000,000 (2026.2); 0.5 is likely either way
    const point = { x: '800000', y: '0.5' }
    const june = prioritizeOpportunity(versions, point, { asOf: '2026-06-30' })
    const july = prioritizeOpportunity(versions, point, { asOf: '2026-07-01' })
    expect([june.priority, june.policy]).toEqual(['P1', stamp1])
    expect([july.priority, july.policy]).toEqual(['P3', stamp2])
  })

  it('grades a forecast with the version in force on its date', () => {
    // 100,000 at proposal (0.6) → 60,000 weighted under either version; the grade follows the version
    const input = {
      currency: 'CNY',
      opportunities: [{ id: 'o1', amount: '100000', stage: 'proposal', ratings }],
    }
    const june = forecastPipeline(versions, input, { asOf: '2026-06-01' })
    const july = forecastPipeline(versions, input, { asOf: '2026-08-01' })
    expect([june.weighted.toString(), june.lines[0]?.grade, june.policy]).toEqual(['60000', 'high', stamp1])
    expect([july.weighted.toString(), july.lines[0]?.grade, july.policy]).toEqual(['60000', 'medium', stamp2])
  })

  it('stamps the compiled paths, the fast grade with one shared frozen stamp', () => {
    const evaluator = compileScoringMatrix(v2)
    const a = evaluator.grade(ratings)
    const b = evaluator.grade({ ...ratings, need: 'urgent' })
    expect(a).toEqual({ grade: 'medium', gradeIndex: 1, policy: stamp2 })
    expect(b.policy).toBe(a.policy)
    expect(Object.isFrozen(a.policy)).toBe(true)
    expect(evaluator.score(ratings).policy).toEqual(stamp2)
  })

  it('refuses a list without a date, a date before every version, and an unknown option', () => {
    const noDate = catchError(() => scoreOpportunity(versions, ratings))
    expect([noDate.code, noDate.issues[0]?.path, noDate.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['options', 'asOf'],
      'versions.needs-date',
    ])
    const early = catchError(() =>
      forecastPipeline(versions, { currency: 'CNY', opportunities: [] }, { asOf: '2025-12-31' }),
    )
    expect([early.code, early.issues[0]?.path]).toEqual(['NO_POLICY_IN_FORCE', ['options', 'asOf']])
    const typo = catchError(() =>
      prioritizeOpportunity(handbookMatrix, { x: 1, y: 1 }, { asof: '2026-01-01' } as never),
    )
    expect([typo.code, typo.issues[0]?.path]).toEqual(['INVALID_INPUT', ['options', 'asof']])
  })

  it('reports a bad field of the chosen version under its index', () => {
    const broken = [v1, { ...v2, grades: v2.grades.map((g) => ({ ...g, minScore: -1 })) }]
    const error = catchError(() => scoreOpportunity(broken, ratings, { asOf: '2026-07-01' }))
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issues[0]?.path.slice(0, 2)).toEqual([1, 'grades'])
  })
})
