import { describe, expect, it } from 'vitest'
import { compileScorecard } from '../../../src/core/scorecard'
import { compileScoringMatrix, explain, forecastPipeline, prioritizeOpportunity } from '../../../src/index'
import { handbookMatrix } from '../../fixtures/opportunity'
import { catchError } from '../../helpers'

describe('prioritizeOpportunity', () => {
  it.each([
    [{ x: '500000', y: '0.5' }, 'P1'], // both values exactly on the tier boundaries: the higher tiers
    [{ x: '499999.99', y: '0.5' }, 'P3'],
    [{ x: 800000, y: '0.49' }, 'P2'],
    [{ x: 0, y: 0 }, 'P4'],
  ])('%j → %s', (point, priority) => {
    expect(prioritizeOpportunity(handbookMatrix, point).priority).toBe(priority)
  })

  it('explains the cell in Chinese', () => {
    expect(
      explain(prioritizeOpportunity(handbookMatrix, { x: '600000', y: '0.7' }), { locale: 'zh-CN' }),
    ).toEqual(['金额 600000 属于档位 大', '赢单可能性 0.7 属于档位 高', '大 × 高 对应优先级 重点突破'])
  })

  it('rejects a value below the first tier, a grid with a missing cell, and a matrix without a grid', () => {
    expect(catchError(() => prioritizeOpportunity(handbookMatrix, { x: -1, y: 0 })).issues[0]).toMatchObject({
      path: ['point', 'x'],
      code: 'grid.below-axis',
    })
    const grid = { ...handbookMatrix.priorityGrid, cells: handbookMatrix.priorityGrid.cells.slice(1) }
    expect(
      catchError(() => prioritizeOpportunity({ ...handbookMatrix, priorityGrid: grid }, { x: 0, y: 0 }))
        .issues[0],
    ).toMatchObject({ path: ['priorityGrid', 'cells'], code: 'grid.missing-cell' })
    const { priorityGrid: _omit, ...withoutGrid } = handbookMatrix
    expect(catchError(() => prioritizeOpportunity(withoutGrid, { x: 0, y: 0 })).issues[0]).toMatchObject({
      code: 'grid.no-grid',
    })
  })
})

describe('forecastPipeline', () => {
  const opportunities = [
    {
      id: 'o1',
      amount: '120000.50',
      stage: 'proposal',
      ratings: { need: 'clear', budget: 'approved', decision: 'identified', competition: 'some' },
    }, // 78 high
    {
      id: 'o2',
      amount: '80000',
      stage: 'lead',
      ratings: { need: 'vague', budget: 'none', decision: 'unknown', competition: 'strong' },
    }, // 12+0+0+4 = 16 low
    {
      id: 'o3',
      amount: '33333.33',
      stage: 'negotiation',
      ratings: { need: 'urgent', budget: 'planned', decision: 'engaged', competition: 'none' },
    }, // 88 capped medium
  ]

  it('weights each amount by its stage and sums per grade and stage, exactly', () => {
    const forecast = forecastPipeline(handbookMatrix, { currency: 'CNY', opportunities })
    // 120000.50 × 0.6 = 72000.3; 80000 × 0.1 = 8000; 33333.33 × 0.8 = 26666.664
    expect(forecast.lines.map((l) => [l.grade, l.weighted.toString()])).toEqual([
      ['high', '72000.3'],
      ['low', '8000'],
      ['medium', '26666.664'],
    ])
    expect(forecast.weighted.toString()).toBe('106666.964')
    expect(forecast.amount.toString()).toBe('233333.83')
    expect(forecast.byGrade.map((g) => [g.key, g.count, g.weighted.toString()])).toEqual([
      ['high', 1, '72000.3'],
      ['medium', 1, '26666.664'],
      ['low', 1, '8000'],
    ])
    expect(forecast.byStage.map((g) => [g.key, g.count])).toEqual([
      ['lead', 1],
      ['qualified', 0],
      ['proposal', 1],
      ['negotiation', 1],
    ])
    expect(explain(forecast).at(-1)).toBe(
      'Pipeline 233333.83, weighted forecast 106666.964 over 3 opportunities',
    )
  })

  it('rejects an unknown stage and a bad rating with their paths', () => {
    const badStage = catchError(() =>
      forecastPipeline(handbookMatrix, {
        currency: 'CNY',
        opportunities: [{ ...opportunities[0]!, stage: 'won' }],
      }),
    )
    expect(badStage.issues[0]).toMatchObject({
      path: ['input', 'opportunities', 0, 'stage'],
      code: 'stage.unknown',
    })
    const badRating = catchError(() =>
      forecastPipeline(handbookMatrix, {
        currency: 'CNY',
        opportunities: [opportunities[0]!, { ...opportunities[1]!, ratings: { need: 'x' } }],
      }),
    )
    expect(badRating.issues[0]?.path).toEqual(['input', 'opportunities', 1, 'ratings', 'need'])
  })
})

describe('compiled evaluator: number and BigInt paths agree', () => {
  it('uses BigInt for magnitudes beyond a double and still grades exactly', () => {
    const matrix = {
      id: 'big',
      version: '1',
      effectiveFrom: '2026-01-01',
      dimensions: [
        {
          key: 'a',
          label: 'a',
          weight: '123456.789012',
          levels: [
            { id: 'lo', label: 'lo', points: '0' },
            { id: 'hi', label: 'hi', points: '98765.4321' },
            { id: 'mid', label: 'mid', points: '12345.6789' },
          ],
        },
        {
          key: 'b',
          label: 'b',
          weight: '0.000001',
          levels: [
            { id: 'lo', label: 'lo', points: '0' },
            { id: 'hi', label: 'hi', points: '7.77777777' },
          ],
        },
      ],
      grades: [
        { id: 'low', label: 'low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
        { id: 'high', label: 'high', minScore: 50, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
      ],
    }
    const parsed = compileScoringMatrix(matrix).matrix
    expect(compileScorecard(parsed).safe).toBe(false)
    const evaluator = compileScoringMatrix(matrix)
    for (const a of ['lo', 'mid', 'hi']) {
      for (const b of ['lo', 'hi']) {
        expect(evaluator.grade({ a, b }).grade).toBe(evaluator.score({ a, b }).grade)
      }
    }
    expect(evaluator.score({ a: 'hi', b: 'lo' }).grade).toBe('high')
    expect(evaluator.score({ a: 'mid', b: 'hi' }).grade).toBe('low')
  })
})
