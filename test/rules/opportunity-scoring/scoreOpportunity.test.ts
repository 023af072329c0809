import { describe, expect, it } from 'vitest'
import { compileScoringMatrix, explain, scoreOpportunities, scoreOpportunity } from '../../../src/index'
import { handbookMatrix } from '../../fixtures/opportunity'
import { catchError } from '../../helpers'

const strings = (xs: readonly { toString(): string }[]) => xs.map(String)

describe('scoreOpportunity on the handbook matrix', () => {
  it('scores need clear, budget approved, decision identified, competition some at 78: high', () => {
    // 100 × (0.3×4/5 + 0.3×5/5 + 0.2×3/5 + 0.2×3/5) = 24 + 30 + 12 + 12 = 78
    const result = scoreOpportunity(handbookMatrix, {
      need: 'clear',
      budget: 'approved',
      decision: 'identified',
      competition: 'some',
    })
    expect(result.score.toString()).toBe('78')
    expect(strings(result.contributions.map((c) => c.contribution))).toEqual(['24', '30', '12', '12'])
    expect(result.grade).toBe('high')
    expect(result.strategy.contactEveryDays).toBe(3)
    expect(result.coverage.toString()).toBe('1')
    expect(explain(result, { locale: 'zh-CN' })).toEqual([
      '客户需求：评为明确（4 / 5 分），权重 0.3，贡献 24 分',
      '预算：评为已审批（5 / 5 分），权重 0.3，贡献 30 分',
      '决策流程：评为已识别（3 / 5 分），权重 0.2，贡献 12 分',
      '竞争对手：评为一般（3 / 5 分），权重 0.2，贡献 12 分',
      '得分 78（满分 100），达到等级 高（75 分起）',
      '跟进策略（高）：至少每 3 天联系一次，负责人 sales-manager',
      '下一步：安排拜访',
      '下一步：提交方案',
    ])
  })

  it('scores the guide’s same opportunity with a planned budget at 66: medium', () => {
    // docs/opportunity-scoring.md (it said 72 until a reviewer worked it out):
    // 100 × (0.3×4/5 + 0.3×3/5 + 0.2×3/5 + 0.2×3/5) = 24 + 18 + 12 + 12 = 66, in 中 (50 ≤ 66 < 75)
    const ratings = { need: 'clear', budget: 'planned', decision: 'identified', competition: 'some' }
    const result = scoreOpportunity(handbookMatrix, ratings)
    expect(result.score.toString()).toBe('66')
    expect(strings(result.contributions.map((c) => c.contribution))).toEqual(['24', '18', '12', '12'])
    expect(result.grade).toBe('medium')
    expect(compileScoringMatrix(handbookMatrix).grade(ratings).grade).toBe('medium')
  })

  it('gives a score equal to a cut score the higher grade', () => {
    // Weights 0.1 / 0.2 / 0.7 with yes/no levels: scores land exactly on the 30 and 100 cuts.
    const matrix = {
      id: 'exact',
      version: '1',
      effectiveFrom: '2026-01-01',
      dimensions: ['a', 'b', 'c'].map((key, i) => ({
        key,
        label: key,
        weight: ['0.1', '0.2', '0.7'][i] as string,
        levels: [
          { id: 'no', label: 'no', points: 0 },
          { id: 'yes', label: 'yes', points: 1 },
        ],
      })),
      grades: [
        { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
        { id: 'mid', label: 'mid', minScore: 30, strategy: { contactEveryDays: 14, ownerRole: 'rep' } },
        { id: 'top', label: 'top', minScore: 100, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
      ],
    }
    // In floating point 0.1 + 0.2 + 0.7 = 0.9999999999999999 < 1, and 0.1 + 0.2 = 0.30000000000000004.
    expect(scoreOpportunity(matrix, { a: 'yes', b: 'yes', c: 'yes' })).toMatchObject({ grade: 'top' })
    expect(scoreOpportunity(matrix, { a: 'yes', b: 'yes', c: 'yes' }).score.toString()).toBe('100')
    expect(scoreOpportunity(matrix, { a: 'yes', b: 'yes', c: 'no' })).toMatchObject({ grade: 'mid' })
    expect(scoreOpportunity(matrix, { a: 'no', b: 'yes', c: 'no' })).toMatchObject({ grade: 'low' })
    expect(compileScoringMatrix(matrix).grade({ a: 'yes', b: 'yes', c: 'no' }).grade).toBe('mid')
  })

  it('caps the grade when a gate fails: budget below approved is never high', () => {
    // 30 + 18 + 20 + 20 = 88 would be high; budget is only planned → capped at medium
    const result = scoreOpportunity(handbookMatrix, {
      need: 'urgent',
      budget: 'planned',
      decision: 'engaged',
      competition: 'none',
    })
    expect(result.score.toString()).toBe('88')
    expect(result.scoreGrade).toBe('high')
    expect(result.grade).toBe('medium')
    expect(result.gatesApplied).toEqual([
      { dimension: 'budget', level: 'planned', atLeast: 'approved', maxGrade: 'medium' },
    ])
    expect(explain(result)).toContain('Budget is planned, below approved: the grade is capped at Medium')
  })

  it('truncates a non-terminating score and keeps the grade exact', () => {
    const matrix = {
      ...handbookMatrix,
      dimensions: [
        {
          key: 'x',
          label: 'x',
          weight: 1,
          levels: [
            { id: 'zero', label: '0', points: 0 },
            { id: 'one', label: '1', points: 1 },
            { id: 'three', label: '3', points: 3 },
          ],
        },
      ],
      grades: [handbookMatrix.grades[0]!, { ...handbookMatrix.grades[1]!, minScore: '33.3333' }],
      gates: [],
    }
    const result = scoreOpportunity(matrix, { x: 'one' }) // 100/3 = 33.3333…
    expect(result.score.toString()).toBe('33.3333')
    expect(result.grade).toBe('medium')
  })

  describe('missing ratings', () => {
    const partial = { need: 'clear', budget: 'approved', competition: 'some' }

    it('are rejected by default, with the path of the dimension', () => {
      expect(catchError(() => scoreOpportunity(handbookMatrix, partial)).issues[0]).toMatchObject({
        path: ['ratings', 'decision'],
        code: 'scorecard.missing-rating',
      })
      expect(catchError(() => compileScoringMatrix(handbookMatrix).grade(partial)).issues[0]).toMatchObject({
        path: ['ratings', 'decision'],
      })
    })

    it('count as zero under "zero"', () => {
      const result = scoreOpportunity({ ...handbookMatrix, missing: 'zero' }, partial)
      expect(result.score.toString()).toBe('66') // 24 + 30 + 0 + 12
      expect(result.grade).toBe('medium')
      expect(result.contributions[2]).toMatchObject({ level: null })
    })

    it('re-weight over the rated dimensions under "reweight" and report the coverage', () => {
      const result = scoreOpportunity(
        { ...handbookMatrix, missing: 'reweight' },
        { ...partial, decision: null },
      )
      // (0.24 + 0.3 + 0.12) / 0.8 = 0.825
      expect(result.score.toString()).toBe('82.5')
      expect(result.coverage.toString()).toBe('0.8')
      expect(result.grade).toBe('high')
      expect(explain(result)).toContain('The rated dimensions carry 80% of the total weight')
    })
  })

  it('rejects unknown dimensions and levels with their paths', () => {
    const full = { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' }
    expect(
      catchError(() => scoreOpportunity(handbookMatrix, { ...full, mood: 'good' })).issues[0],
    ).toMatchObject({ path: ['ratings', 'mood'], code: 'scorecard.unknown-dimension' })
    expect(
      catchError(() => scoreOpportunity(handbookMatrix, { ...full, budget: 'lots' })).issues[0],
    ).toMatchObject({ path: ['ratings', 'budget'], code: 'scorecard.unknown-level' })
    expect(catchError(() => scoreOpportunity(handbookMatrix, 'x' as never)).issues[0]).toMatchObject({
      path: ['ratings'],
    })
    expect(
      catchError(() => compileScoringMatrix(handbookMatrix).grade({ ...full, budget: 'lots' })).issues[0],
    ).toMatchObject({ path: ['ratings', 'budget'] })
    expect(
      catchError(() => compileScoringMatrix(handbookMatrix).grade({ ...full, mood: 'good' })).issues[0],
    ).toMatchObject({ path: ['ratings', 'mood'] })
    expect(
      catchError(() => scoreOpportunities(handbookMatrix, [full, { ...full, need: 'x' }])).issues[0],
    ).toMatchObject({ path: [1, 'ratings', 'need'] })
  })

  it('does not mutate the matrix or the ratings', () => {
    const matrix = structuredClone(handbookMatrix)
    const ratings = { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' }
    const copy = structuredClone(ratings)
    scoreOpportunity(matrix, ratings)
    expect(matrix).toEqual(handbookMatrix)
    expect(ratings).toEqual(copy)
  })
})

describe('matrix validation', () => {
  const invalid = (patch: object) => catchError(() => compileScoringMatrix({ ...handbookMatrix, ...patch }))
  const dims = handbookMatrix.dimensions as [
    (typeof handbookMatrix.dimensions)[number],
    ...typeof handbookMatrix.dimensions,
  ]

  it.each([
    [
      'a weight of zero',
      { dimensions: [{ ...dims[0], weight: 0 }, ...dims.slice(1)] },
      ['dimensions', 0, 'weight'],
      'decimal.not-positive',
    ],
    [
      'a duplicate level id',
      { dimensions: [{ ...dims[0], levels: [dims[0].levels[0]!, dims[0].levels[0]!] }, ...dims.slice(1)] },
      ['dimensions', 0, 'levels', 1, 'id'],
      'ids.duplicate',
    ],
    [
      'a duplicate dimension key',
      { dimensions: [dims[0], dims[0]] },
      ['dimensions', 1, 'key'],
      'ids.duplicate',
    ],
    [
      'cut scores that do not increase',
      {
        grades: [
          handbookMatrix.grades[0],
          { ...handbookMatrix.grades[1], minScore: 80 },
          handbookMatrix.grades[2],
        ],
      },
      ['grades', 2, 'minScore'],
      'scorecard.cuts-increase',
    ],
    [
      'a lowest grade that does not start at 0',
      { grades: [{ ...handbookMatrix.grades[0], minScore: 10 }, ...handbookMatrix.grades.slice(1)] },
      ['grades', 0, 'minScore'],
      'scorecard.first-cut',
    ],
    [
      'a cut score above 100',
      { grades: [handbookMatrix.grades[0], { ...handbookMatrix.grades[1], minScore: 101 }] },
      ['grades', 1, 'minScore'],
      'scorecard.cut-range',
    ],
    [
      'a gate on an unknown dimension',
      { gates: [{ dimension: 'mood', atLeast: 'x', maxGrade: 'low' }] },
      ['gates', 0, 'dimension'],
      'scorecard.unknown-dimension',
    ],
    [
      'a gate capping at an unknown grade',
      { gates: [{ dimension: 'budget', atLeast: 'approved', maxGrade: 'S' }] },
      ['gates', 0, 'maxGrade'],
      'scorecard.unknown-grade',
    ],
  ])('rejects %s', (_name, patch, path, code) => {
    const error = invalid(patch)
    expect(error.code).toBe('INVALID_POLICY')
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }))
  })

  it('rejects a grade no combination of ratings can reach', () => {
    // one yes/no dimension scores 0 or 100: a band 30..60 is unreachable
    const error = catchError(() =>
      compileScoringMatrix({
        id: 'm',
        version: '1',
        effectiveFrom: '2026-01-01',
        dimensions: [
          {
            key: 'x',
            label: 'x',
            weight: 1,
            levels: [
              { id: 'no', label: 'no', points: 0 },
              { id: 'yes', label: 'yes', points: 1 },
            ],
          },
        ],
        grades: [
          { id: 'C', label: 'C', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
          { id: 'B', label: 'B', minScore: 30, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
          { id: 'A', label: 'A', minScore: 60, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
        ],
      }),
    )
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['grades', 1, 'minScore'], code: 'scorecard.unreachable' }),
    ])
  })
})

describe('compileScoringMatrix — coefficients beyond a double’s exact integers', () => {
  it('grades exactly on a cut when weights and points have 12 decimals (the integer path would round)', () => {
    // weights 0.5 ± 10^-12, points 50 ± 10^-12 (best 100 each): the score is 50 ∓ 2 × 10^-24 for
    // (50 − ε, 50 + ε) and (50 + ε, 50 − ε), and 50 exactly for (50, 50); the scaled
    // coefficients are near 10^26, so only the exact path tells them apart
    const levels = [
      { id: 'below', label: 'below', points: '49.999999999999' },
      { id: 'at', label: 'at', points: '50' },
      { id: 'above', label: 'above', points: '50.000000000001' },
      { id: 'best', label: 'best', points: 100 },
    ]
    const matrix = {
      ...handbookMatrix,
      gates: [],
      dimensions: [
        { key: 'a', label: 'a', weight: '0.500000000001', levels },
        { key: 'b', label: 'b', weight: '0.499999999999', levels },
      ],
    }
    const evaluator = compileScoringMatrix(matrix)
    const grades = (['below', 'at', 'above'] as const).flatMap((a) =>
      (['below', 'at', 'above'] as const).map((b) => `${a}/${b}: ${evaluator.grade({ a, b }).grade}`),
    )
    expect(grades).toEqual([
      'below/below: low',
      'below/at: low',
      'below/above: low',
      'at/below: low',
      'at/at: medium',
      'at/above: medium',
      'above/below: medium',
      'above/at: medium',
      'above/above: medium',
    ])
    expect(grades).toEqual(
      (['below', 'at', 'above'] as const).flatMap((a) =>
        (['below', 'at', 'above'] as const).map(
          (b) => `${a}/${b}: ${scoreOpportunity(matrix, { a, b }).grade}`,
        ),
      ),
    )
  })
})
