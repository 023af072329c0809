import { describe, expect, it } from 'vitest'
import { explain, measureKpi } from '../../../src/index'
import type { KpiFormulaInput } from '../../../src/index'
import { catchError } from '../../helpers'

const value = (input: Parameters<typeof measureKpi>[0]) => measureKpi(input).value?.toString() ?? null

describe('measureKpi', () => {
  it('computes every built-in formula exactly', () => {
    expect(value({ formula: 'attainment', actual: '460000', target: '500000' })).toBe('0.92')
    // (1,150,000 − 1,000,000) ÷ 1,000,000
    expect(value({ formula: 'growth-rate', current: '1150000', previous: '1000000' })).toBe('0.15')
    // from a negative base the rate is taken on its magnitude: −100 → −50 is +50 %
    expect(value({ formula: 'growth-rate', current: -50, previous: -100 })).toBe('0.5')
    expect(value({ formula: 'churn-rate', atStart: 250, lost: 10 })).toBe('0.04')
    // (800,000 − 620,000) ÷ 800,000
    expect(value({ formula: 'gross-margin-rate', revenue: '800000', cost: '620000' })).toBe('0.225')
    expect(value({ formula: 'expense-ratio', expenses: '102800', revenue: '2000000' })).toBe('0.0514')
    expect(value({ formula: 'complaint-timeliness', onTime: 47, total: 50 })).toBe('0.94')
    expect(value({ formula: 'quote-acceptance-rate', sent: 40, accepted: 13 })).toBe('0.325')
    // 30 + 45 + 61 days over 3 deals (February 2026 has 28 days)
    expect(
      value({
        formula: 'average-sales-cycle',
        deals: [
          { opened: '2026-01-01', closed: '2026-01-31' },
          { opened: '2026-02-01', closed: '2026-03-18' },
          { opened: '2026-03-01', closed: '2026-05-01' },
        ],
      }),
    ).toBe('45.33333333333333333333333333333333333333')
  })

  it('gives each funnel stage its conversion and the overall rate', () => {
    const result = measureKpi({
      formula: 'conversion-rate',
      funnel: [
        { stage: 'lead', count: 200 },
        { stage: 'qualified', count: 80 },
        { stage: 'won', count: 20 },
      ],
    })
    expect(result.value?.toString()).toBe('0.1')
    expect(result.stages.map((s) => s.rate?.toString() ?? null)).toEqual([null, '0.4', '0.25'])
    expect(explain(result)).toEqual([
      'Conversion lead → qualified: 80 of 200 = 40%',
      'Conversion qualified → won: 20 of 80 = 25%',
      'Overall conversion lead → won: 20 of 200 = 10%',
    ])
    expect(explain(result, { locale: 'zh-CN' })[2]).toBe('整体转化 lead → won：200 中的 20 = 10%')
  })

  it('has no value, never NaN, when the base is zero', () => {
    const inputs: KpiFormulaInput[] = [
      { formula: 'growth-rate', current: 5, previous: 0 },
      { formula: 'churn-rate', atStart: 0, lost: 0 },
      { formula: 'gross-margin-rate', revenue: 0, cost: 0 },
      { formula: 'expense-ratio', expenses: 10, revenue: 0 },
      { formula: 'complaint-timeliness', onTime: 0, total: 0 },
      { formula: 'quote-acceptance-rate', sent: 0, accepted: 0 },
      { formula: 'average-sales-cycle', deals: [] },
      {
        formula: 'conversion-rate',
        funnel: [
          { stage: 'lead', count: 0 },
          { stage: 'won', count: 0 },
        ],
      },
    ]
    for (const input of inputs) {
      const result = measureKpi(input)
      expect(result.value, input.formula).toBeNull()
      expect(explain(result).at(-1)).toBe(`${input.formula}: the base is zero, so there is no value`)
    }
  })

  it('rejects impossible inputs with the path of the bad field', () => {
    expect(
      catchError(() => measureKpi({ formula: 'churn-rate', atStart: 10, lost: 11 })).issues[0],
    ).toMatchObject({ path: ['lost'], code: 'kpi.part-exceeds-whole' })
    expect(
      catchError(() =>
        measureKpi({
          formula: 'conversion-rate',
          funnel: [
            { stage: 'a', count: 5 },
            { stage: 'b', count: 6 },
          ],
        }),
      ).issues[0],
    ).toMatchObject({ path: ['funnel', 1, 'count'], code: 'kpi.funnel-grows' })
    expect(
      catchError(() =>
        measureKpi({
          formula: 'average-sales-cycle',
          deals: [{ opened: '2026-03-02', closed: '2026-03-01' }],
        }),
      ).issues[0],
    ).toMatchObject({ path: ['deals', 0, 'closed'], code: 'range.reversed' })
    expect(
      catchError(() => measureKpi({ formula: 'attainment', actual: 1, target: 0 })).issues[0],
    ).toMatchObject({ path: ['target'], code: 'decimal.not-positive' })
    const unknown = catchError(() => measureKpi({ formula: 'nps' } as never))
    expect(unknown.code).toBe('INVALID_INPUT')
    expect(unknown.issues[0]?.path).toEqual(['formula'])
  })
})

describe('measureKpi — every formula explained, every error coded (gaps a mutation run found)', () => {
  it('writes each formula with its figures', () => {
    const en = (input: Parameters<typeof measureKpi>[0]) => explain(measureKpi(input))
    expect(en({ formula: 'attainment', actual: '460000', target: '500000' })).toEqual([
      'Attainment = actual 460000 ÷ target 500000 = 92%',
    ])
    expect(en({ formula: 'growth-rate', current: 115, previous: 100 })).toEqual([
      'Growth rate = (115 − 100) ÷ |100| = 15%',
    ])
    expect(en({ formula: 'churn-rate', atStart: 250, lost: 10 })).toEqual([
      'Churn rate = 10 lost ÷ 250 at the start = 4%',
    ])
    expect(en({ formula: 'gross-margin-rate', revenue: 800, cost: 620 })).toEqual([
      'Gross margin rate = (800 − 620) ÷ 800 = 22.5%',
    ])
    expect(en({ formula: 'expense-ratio', expenses: 5.14, revenue: 100 })).toEqual([
      'Expense ratio = expenses 5.14 ÷ revenue 100 = 5.14%',
    ])
    expect(en({ formula: 'complaint-timeliness', onTime: 47, total: 50 })).toEqual([
      'Complaint timeliness = 47 in time ÷ 50 = 94%',
    ])
    expect(en({ formula: 'quote-acceptance-rate', sent: 40, accepted: 13 })).toEqual([
      'Quote acceptance = 13 accepted ÷ 40 sent = 32.5%',
    ])
    // a deal closed the day it opened is 0 days long; 0 + 3 over two deals
    expect(
      en({
        formula: 'average-sales-cycle',
        deals: [
          { opened: '2026-01-05', closed: '2026-01-05' },
          { opened: '2026-01-05', closed: '2026-01-08' },
        ],
      }),
    ).toEqual(['Average sales cycle = 3 days ÷ 2 deals = 1.5 days'])
  })

  it('gives no rate to a stage after an empty one', () => {
    const result = measureKpi({
      formula: 'conversion-rate',
      funnel: [
        { stage: 'lead', count: 10 },
        { stage: 'meeting', count: 0 },
        { stage: 'won', count: 0 },
      ],
    })
    expect(result.stages.map((s) => [s.stage, s.count.toString(), s.rate?.toString() ?? null])).toEqual([
      ['lead', '10', null],
      ['meeting', '0', '0'],
      ['won', '0', null],
    ])
  })

  it('reports each impossible input as INVALID_INPUT with its path and message', () => {
    const cases: [KpiFormulaInput, string, string][] = [
      [{ formula: 'churn-rate', atStart: 10, lost: 11 }, 'lost', 'lost may not exceed atStart'],
      [{ formula: 'complaint-timeliness', onTime: 5, total: 4 }, 'onTime', 'onTime may not exceed total'],
      [
        { formula: 'quote-acceptance-rate', sent: 1, accepted: 2 },
        'accepted',
        'accepted may not exceed sent',
      ],
    ]
    for (const [input, path, message] of cases) {
      const error = catchError(() => measureKpi(input))
      expect([error.code, error.issues[0]?.path, error.issues[0]?.message]).toEqual([
        'INVALID_INPUT',
        [path],
        message,
      ])
    }
    expect(
      catchError(() =>
        measureKpi({
          formula: 'conversion-rate',
          funnel: [
            { stage: 'a', count: 1 },
            { stage: 'b', count: 2 },
          ],
        }),
      ).code,
    ).toBe('INVALID_INPUT')
    expect(
      catchError(() =>
        measureKpi({
          formula: 'average-sales-cycle',
          deals: [{ opened: '2026-01-02', closed: '2026-01-01' }],
        }),
      ).code,
    ).toBe('INVALID_INPUT')
  })
})
