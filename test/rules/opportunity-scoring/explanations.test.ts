// Whole explanations of opportunity scores: every dimension's points, a gate capping the grade,
// missing ratings counted as zero or reweighted, the follow-up strategy; the priority grid and the
// forecast. The figures are worked out in the comments.
import { describe, expect, it } from 'vitest'
import {
  compileScoringMatrix,
  explain,
  forecastPipeline,
  OpportunityScoringMatrixSchema,
  prioritizeOpportunity,
  scoreOpportunity,
} from '../../../src/index'
import { compileMatrix, fastGrade } from '../../../src/rules/opportunity-scoring/compileScoringMatrix'
import type { OpportunityScoringMatrixInput } from '../../../src/index'
import { handbookMatrix } from '../../fixtures/opportunity'
import { catchError } from '../../helpers'

/** The stamp every grade of the handbook matrix and its variants carries. */
const stamp = { id: 'opportunity-matrix', version: '2026.1', effectiveFrom: '2026-01-01' }

const summary = (r: ReturnType<typeof scoreOpportunity>) => ({
  score: r.score.toString(),
  grade: r.grade,
  scoreGrade: r.scoreGrade,
  coverage: r.coverage.toString(),
  gates: r.gatesApplied,
  contributions: r.contributions.map((c) => [
    c.dimension,
    c.level,
    c.points.toString(),
    c.contribution.toString(),
  ]),
})
const zero: OpportunityScoringMatrixInput = { ...handbookMatrix, missing: 'zero' }
const reweight: OpportunityScoringMatrixInput = { ...handbookMatrix, missing: 'reweight' }

describe('opportunity scores explained', () => {
  it('a high score capped at medium by the budget gate', () => {
    // 5/5 × 30 + 3/5 × 30 + 5/5 × 20 + 5/5 × 20 = 30 + 18 + 20 + 20 = 88 → high, but the budget is only planned
    const r = scoreOpportunity(handbookMatrix, {
      need: 'urgent',
      budget: 'planned',
      decision: 'engaged',
      competition: 'none',
    })
    expect(summary(r)).toEqual({
      score: '88',
      grade: 'medium',
      scoreGrade: 'high',
      coverage: '1',
      gates: [{ dimension: 'budget', level: 'planned', atLeast: 'approved', maxGrade: 'medium' }],
      contributions: [
        ['need', 'urgent', '5', '30'],
        ['budget', 'planned', '3', '18'],
        ['decision', 'engaged', '5', '20'],
        ['competition', 'none', '5', '20'],
      ],
    })
    expect(explain(r)).toEqual([
      'Customer need: rated urgent (5 of 5 points), weight 0.3, adds 30 points',
      'Budget: rated planned (3 of 5 points), weight 0.3, adds 18 points',
      'Decision process: rated engaged (5 of 5 points), weight 0.2, adds 20 points',
      'Competition: rated none (5 of 5 points), weight 0.2, adds 20 points',
      'Score 88 of 100 reaches grade High (from 75)',
      'Budget is planned, below approved: the grade is capped at Medium',
      'Follow-up for Medium: contact at least every 14 days, owned by sales-rep',
    ])
    expect(
      compileScoringMatrix(handbookMatrix).grade({
        need: 'urgent',
        budget: 'planned',
        decision: 'engaged',
        competition: 'none',
      }),
    ).toEqual({ grade: 'medium', gradeIndex: 1, policy: stamp })
  })

  it('missing ratings counted as zero', () => {
    // 30 + 30 + 0 + 0 = 60 → medium; the rated dimensions carry 60 % of the weight
    const r = scoreOpportunity(zero, { need: 'urgent', budget: 'approved', decision: null })
    expect(summary(r)).toMatchObject({
      score: '60',
      grade: 'medium',
      scoreGrade: 'medium',
      coverage: '0.6',
      gates: [],
    })
    expect(explain(r).slice(2)).toEqual([
      'Decision process is not rated and counts as zero points',
      'Competition is not rated and counts as zero points',
      'Score 60 of 100 reaches grade Medium (from 50)',
      'Follow-up for Medium: contact at least every 14 days, owned by sales-rep',
    ])
    expect(compileScoringMatrix(zero).grade({ need: 'urgent', budget: 'approved', decision: null })).toEqual({
      grade: 'medium',
      gradeIndex: 1,
      policy: stamp,
    })
  })

  it('missing ratings reweighted, and a gate on a dimension not rated', () => {
    // (30 + 30) ÷ 0.6 = 100 → high, with the strategy's next actions
    const both = scoreOpportunity(reweight, { need: 'urgent', budget: 'approved', decision: null })
    expect(summary(both)).toMatchObject({
      score: '100',
      grade: 'high',
      coverage: '0.6',
      contributions: [
        ['need', 'urgent', '5', '50'],
        ['budget', 'approved', '5', '50'],
        ['decision', null, '0', '0'],
        ['competition', null, '0', '0'],
      ],
    })
    expect(explain(both).slice(2)).toEqual([
      'Decision process is not rated; the score is taken over the rated dimensions',
      'Competition is not rated; the score is taken over the rated dimensions',
      'The rated dimensions carry 60% of the total weight',
      'Score 100 of 100 reaches grade High (from 75)',
      'Follow-up for High: contact at least every 3 days, owned by sales-manager',
      'Next action: Arrange a visit',
      'Next action: Send a proposal',
    ])
    // only the need rated: 30 ÷ 0.3 = 100, but the budget gate is not passed by a missing rating
    const one = scoreOpportunity(reweight, { need: 'urgent' })
    expect(summary(one)).toMatchObject({
      score: '100',
      grade: 'medium',
      scoreGrade: 'high',
      coverage: '0.3',
      gates: [{ dimension: 'budget', level: null, atLeast: 'approved', maxGrade: 'medium' }],
    })
    expect(explain(one).at(-2)).toBe(
      'Budget is not rated, so it does not reach approved: the grade is capped at Medium',
    )
    expect(explain(one, { locale: 'zh-CN' }).at(-2)).toBe('预算未评分，未达到已审批：等级最高为 中')
    expect(compileScoringMatrix(reweight).grade({ need: 'urgent' })).toEqual({
      grade: 'medium',
      gradeIndex: 1,
      policy: stamp,
    })
  })

  it('the priority grid and the forecast', () => {
    expect(explain(prioritizeOpportunity(handbookMatrix, { x: '500000', y: '0.5' }))).toEqual([
      'Deal value 500000 is in tier large',
      'Win likelihood 0.5 is in tier likely',
      'large × likely gives priority Close now',
    ])
    expect(
      catchError(() => prioritizeOpportunity(handbookMatrix, { x: '-1', y: '0.5' })).issues[0],
    ).toMatchObject({ path: ['point', 'x'], code: 'grid.below-axis', params: { value: '-1', from: '0' } })
    expect(
      catchError(() =>
        prioritizeOpportunity({ ...handbookMatrix, priorityGrid: undefined }, { x: '1', y: '0.5' }),
      ),
    ).toMatchObject({ code: 'INVALID_POLICY', issues: [{ path: ['priorityGrid'], code: 'grid.no-grid' }] })
    // 100,000 × 60 % = 60,000 (score 100: high); 50,000 × 10 % = 5,000 (12 + 0 + 0 + 4 = 16: low)
    const f = forecastPipeline(handbookMatrix, {
      currency: 'CNY',
      opportunities: [
        {
          id: 'O-1',
          amount: '100000',
          stage: 'proposal',
          ratings: { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'none' },
        },
        {
          id: 'O-2',
          amount: '50000',
          stage: 'lead',
          ratings: { need: 'vague', budget: 'none', decision: 'unknown', competition: 'strong' },
        },
      ],
    })
    expect(explain(f)).toEqual([
      'O-1: 100000 at stage Proposal (60%) weighs 60000, grade High',
      'O-2: 50000 at stage Lead (10%) weighs 5000, grade Low',
      'Pipeline 150000, weighted forecast 65000 over 2 opportunities',
    ])
    expect(
      catchError(() =>
        forecastPipeline(handbookMatrix, {
          currency: 'CNY',
          opportunities: [{ id: 'O-3', amount: '1', stage: 'won', ratings: {} }],
        }),
      ).issues[0],
    ).toMatchObject({
      path: ['input', 'opportunities', 0, 'stage'],
      code: 'stage.unknown',
      params: { stage: 'won' },
    })
  })
})

describe('the fast grade, every combination of ratings', () => {
  const levels = handbookMatrix.dimensions.map(
    (d) => [...d.levels.map((l) => l.id), null] as (string | null)[],
  )
  const combos: Record<string, string | null>[] = [{}]
  handbookMatrix.dimensions.forEach((d, i) => {
    const next: Record<string, string | null>[] = []
    for (const c of combos) for (const level of levels[i]!) next.push({ ...c, [d.key]: level })
    combos.splice(0, combos.length, ...next)
  })

  it.each([
    ['reject', handbookMatrix],
    ['zero', zero],
    ['reweight', reweight],
  ] as const)('missing ratings %s: the fast grade is the exact grade, or the same error', (_rule, matrix) => {
    const evaluator = compileScoringMatrix(matrix)
    let graded = 0
    for (const ratings of combos) {
      let exact: ReturnType<typeof scoreOpportunity> | undefined
      try {
        exact = scoreOpportunity(matrix, ratings)
      } catch {
        expect(catchError(() => evaluator.grade(ratings)).issues).toEqual(
          catchError(() => scoreOpportunity(matrix, ratings)).issues,
        )
        continue
      }
      graded += 1
      expect(evaluator.grade(ratings), JSON.stringify(ratings)).toEqual({
        grade: exact.grade,
        gradeIndex: matrix.grades.findIndex((g) => g.id === exact.grade),
        policy: exact.policy,
      })
    }
    // 4 × 3 × 3 × 3 rated combinations always grade; with missing ratings allowed, all 5 × 4 × 4 × 4 but the one with nothing rated (reweight)
    expect(graded).toBe(matrix === handbookMatrix ? 108 : matrix === zero ? 320 : 319)
  })

  it('says which rating is wrong, as the exact path does', () => {
    const evaluator = compileScoringMatrix(handbookMatrix)
    const full = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'none' }
    expect(catchError(() => evaluator.grade({ ...full, mood: 'good' })).issues[0]).toMatchObject({
      path: ['ratings', 'mood'],
      code: 'scorecard.unknown-dimension',
    })
    expect(catchError(() => evaluator.grade({ ...full, need: 'desperate' })).issues[0]).toMatchObject({
      path: ['ratings', 'need'],
      code: 'scorecard.unknown-level',
      params: { dimension: 'need', level: 'desperate' },
    })
    expect(catchError(() => evaluator.grade({ ...full, budget: null })).issues[0]).toMatchObject({
      path: ['ratings', 'budget'],
      code: 'scorecard.missing-rating',
    })
    expect(catchError(() => evaluator.grade(null as never)).issues[0]?.path).toEqual(['ratings'])
    expect(catchError(() => compileScoringMatrix(reweight).grade({})).issues[0]).toMatchObject({
      path: ['ratings'],
      code: 'scorecard.nothing-rated',
    })
    // each an INVALID_INPUT
    const errors = [
      { ...full, mood: 'good' },
      { ...full, need: 'desperate' },
      { ...full, budget: null },
    ].map((r) => catchError(() => evaluator.grade(r)).code)
    expect([...errors, catchError(() => compileScoringMatrix(reweight).grade({})).code]).toEqual([
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
    ])
  })
})

describe('the fast grade itself: what it decides, and what it leaves to the exact path', () => {
  const fastOf = (matrix: OpportunityScoringMatrixInput) => {
    const compiled = compileMatrix(OpportunityScoringMatrixSchema.parse(matrix))
    return fastGrade(compiled, () => undefined)
  }
  const full = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'none' }

  it('decides complete ratings, and missing ones under `zero`, as the exact grade', () => {
    const fast = fastOf(handbookMatrix)
    // 100 × (0.3 + 0.3 + 0.2 + 0.2) = 100: high
    expect(fast(full)).toEqual({ grade: 'high', gradeIndex: 2, policy: stamp })
    expect(fast({ ...full, need: 'none', decision: 'unknown' })).toEqual({
      grade: 'medium',
      gradeIndex: 1,
      policy: stamp,
    }) // 0 + 30 + 0 + 20 = 50
    expect(fast({ ...full, budget: 'planned' })).toEqual({ grade: 'medium', gradeIndex: 1, policy: stamp }) // 88, capped by the budget gate
    expect(fast({ need: 'none', budget: 'none', decision: 'unknown', competition: 'strong' })).toEqual({
      grade: 'low',
      gradeIndex: 0,
      policy: stamp,
    }) // 4
    expect(fastOf(zero)({ need: 'urgent', budget: 'approved', decision: null })).toEqual({
      grade: 'medium',
      gradeIndex: 1,
      policy: stamp,
    })
    expect(fastOf(zero)({ need: 'urgent', budget: 'approved' })).toEqual({
      grade: 'medium',
      gradeIndex: 1,
      policy: stamp,
    })
  })

  it.each([
    ['not an object', null],
    ['a missing rating under `reject`', { ...full, budget: null }],
    ['a rating left out under `reject`', { need: 'urgent', budget: 'approved', decision: 'engaged' }],
    ['an unknown level', { ...full, need: 'desperate' }],
    ['an unknown dimension', { ...full, mood: 'good' }],
  ] as const)('leaves %s', (_label, ratings) => {
    expect(fastOf(handbookMatrix)(ratings as never)).toBeUndefined()
  })
})
