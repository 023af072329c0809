import { describe, expect, it } from 'vitest'
import { eachPeriod, explain, periodOf, prorate } from '../../src/index'
import { catchError } from '../helpers'

const cents = { scale: 2, mode: 'half-up' } as const

describe('periodOf', () => {
  it.each([
    ['2026-03-31', 'month', 1, '2026-03-01', '2026-03-31', '2026-03'],
    ['2024-02-10', 'month', 1, '2024-02-01', '2024-02-29', '2024-02'],
    ['2026-05-20', 'quarter', 1, '2026-04-01', '2026-06-30', '2026-Q2'],
    ['2026-05-20', 'quarter', 4, '2026-04-01', '2026-06-30', 'FY2026-Q1'],
    ['2026-02-28', 'quarter', 4, '2026-01-01', '2026-03-31', 'FY2025-Q4'],
    ['2026-07-01', 'half-year', 1, '2026-07-01', '2026-12-31', '2026-H2'],
    ['2026-02-20', 'half-year', 4, '2025-10-01', '2026-03-31', 'FY2025-H2'],
    ['2026-12-31', 'year', 1, '2026-01-01', '2026-12-31', '2026'],
    ['2026-03-31', 'year', 4, '2025-04-01', '2026-03-31', 'FY2025'],
    ['2026-11-15', 'quarter', 11, '2026-11-01', '2027-01-31', 'FY2026-Q1'],
  ] as const)(
    '%s %s (fiscal start %i) is %s..%s %s',
    (date, kind, fiscalYearStartMonth, start, end, label) => {
      expect(periodOf(date, kind, { fiscalYearStartMonth })).toMatchObject({ start, end, label })
    },
  )

  it('rejects a bad date, kind or fiscal start with its path', () => {
    expect(catchError(() => periodOf('2026-02-30', 'month')).issues[0]?.path).toEqual(['date'])
    expect(catchError(() => periodOf('2026-02-01', 'week' as 'month')).issues[0]?.path).toEqual(['kind'])
    expect(
      catchError(() => periodOf('2026-02-01', 'month', { fiscalYearStartMonth: 13 })).issues[0]?.path,
    ).toEqual(['options', 'fiscalYearStartMonth'])
  })
})

describe('eachPeriod', () => {
  it('lists the periods overlapping a range', () => {
    expect(eachPeriod('2025-12-15', '2026-07-01', 'quarter').map((p) => p.label)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ])
    expect(eachPeriod('2026-01-31', '2026-01-31', 'month').map((p) => p.label)).toEqual(['2026-01'])
  })

  it('rejects a reversed range', () => {
    expect(catchError(() => eachPeriod('2026-02-01', '2026-01-01', 'month')).issues[0]).toMatchObject({
      path: ['end'],
      code: 'range.reversed',
    })
  })
})

describe('prorate', () => {
  const q2 = { start: '2026-04-01', end: '2026-06-30' }

  it('prorates by calendar days: 10 April days of a 91-day quarter', () => {
    const result = prorate({
      amount: '9100',
      period: q2,
      ranges: [{ start: '2026-04-21', end: '2026-04-30' }],
      rounding: cents,
    })
    expect(result.amount.toFixed(2)).toBe('1000.00')
    expect([result.covered, result.total]).toEqual([10, 91])
  })

  it('prorates by working days on a calendar with a holiday and a make-up day', () => {
    // April 2026: 22 weekdays; 5 April holiday is a Sunday; make 6 April a holiday and 26 April (Sun) a make-up day → 22.
    const calendar = { holidays: ['2026-04-06'], workdays: ['2026-04-26'] }
    const result = prorate({
      amount: '2200',
      period: { start: '2026-04-01', end: '2026-04-30' },
      ranges: [{ start: '2026-04-01', end: '2026-04-10' }],
      basis: 'business-days',
      calendar,
      rounding: cents,
    })
    // 1–10 April: Wed 1, Thu 2, Fri 3, (Mon 6 holiday), Tue 7, Wed 8, Thu 9, Fri 10 = 7 working days
    expect([result.covered, result.total]).toEqual([7, 22])
    expect(result.amount.toFixed(2)).toBe('700.00')
  })

  it('counts a partial month in full on the whole-months basis', () => {
    const result = prorate({
      amount: '9000',
      period: q2,
      ranges: [{ start: '2026-05-20', end: '2026-06-01' }],
      basis: 'whole-months',
      rounding: cents,
    })
    expect(result.amount.toFixed(2)).toBe('6000.00')
  })

  it('splits the rounded amount over a partition so the shares add up to it', () => {
    const result = prorate({
      amount: '1000',
      period: q2,
      ranges: [
        { start: '2026-04-01', end: '2026-04-10' },
        { start: '2026-04-11', end: '2026-06-30' },
      ],
      rounding: cents,
    })
    expect(result.ranges.map((r) => r.amount.toFixed(2))).toEqual(['109.89', '890.11'])
    expect(result.amount.toFixed(2)).toBe('1000.00')
    expect(explain(result, { locale: 'zh-CN' })[0]).toBe(
      '按自然日将 1000.00 在 2026-04-01..2026-06-30 内分摊：覆盖 91 / 91 个单位',
    )
  })

  it('rejects ranges outside the period or overlapping each other', () => {
    const outside = catchError(() =>
      prorate({
        amount: '1',
        period: q2,
        ranges: [{ start: '2026-03-31', end: '2026-04-02' }],
        rounding: cents,
      }),
    )
    expect(outside.issues[0]).toMatchObject({ path: ['ranges', 0], code: 'range.outside-period' })
    const overlap = catchError(() =>
      prorate({
        amount: '1',
        period: q2,
        ranges: [
          { start: '2026-04-05', end: '2026-04-20' },
          { start: '2026-04-01', end: '2026-04-05' },
        ],
        rounding: cents,
      }),
    )
    expect(overlap.issues[0]).toMatchObject({ path: ['ranges', 0], code: 'range.overlap' })
  })
})

describe('prorate — edges (gaps a mutation run found)', () => {
  it('gives each range its units and share, and says so in the trace', () => {
    const p = prorate({
      amount: '900',
      period: { start: '2026-01-01', end: '2026-01-30' },
      ranges: [
        { start: '2026-01-01', end: '2026-01-10' },
        { start: '2026-01-21', end: '2026-01-30' },
      ],
      rounding: cents,
    })
    expect(p.ranges.map((r) => [r.units, r.amount.toFixed(2)])).toEqual([
      [10, '300.00'],
      [10, '300.00'],
    ])
    expect(p.trace.map((t) => t.params)).toEqual([
      {
        amount: '900.00',
        period: '2026-01-01..2026-01-30',
        basis: { en: 'calendar days', 'zh-CN': '自然日' },
        covered: 20,
        total: 30,
      },
      { start: '2026-01-01', end: '2026-01-10', units: 10, amount: '300.00' },
      { start: '2026-01-21', end: '2026-01-30', units: 10, amount: '300.00' },
    ])
  })

  it('a period with no working day prorates nothing by working days (no division by zero)', () => {
    const p = prorate({
      amount: '1000',
      period: { start: '2026-06-06', end: '2026-06-07' },
      ranges: [{ start: '2026-06-06', end: '2026-06-06' }],
      basis: 'business-days',
      rounding: cents,
    })
    expect([
      p.amount.toString(),
      p.covered,
      p.total,
      p.ranges.map((r) => [r.units, r.amount.toString()]),
    ]).toEqual(['0', 0, 0, [[0, '0']]])
    expect(explain(p)).toEqual([
      'Prorated 1000.00 over 2026-06-06..2026-06-07 by working days: 0 of 0 units',
      'Range 2026-06-06..2026-06-06 covers 0 units and gets 0.00',
    ])
  })

  it('names the range, the period and the other range in its issues', () => {
    const period = { start: '2026-01-01', end: '2026-03-31' }
    expect(
      catchError(() =>
        prorate({
          amount: '1000',
          period,
          ranges: [{ start: '2026-03-01', end: '2026-04-02' }],
          rounding: cents,
        }),
      ).issues,
    ).toEqual([
      {
        path: ['ranges', 0],
        message: 'The range 2026-03-01..2026-04-02 is not inside the period 2026-01-01..2026-03-31',
        code: 'range.outside-period',
        params: { start: '2026-03-01', end: '2026-04-02', period: '2026-01-01..2026-03-31' },
      },
    ])
    expect(
      catchError(() =>
        prorate({
          amount: '1000',
          period,
          ranges: [
            { start: '2026-02-01', end: '2026-02-28' },
            { start: '2026-01-15', end: '2026-02-01' },
          ],
          rounding: cents,
        }),
      ).issues,
    ).toEqual([
      {
        path: ['ranges', 0],
        message: 'The range 2026-02-01..2026-02-28 overlaps 2026-01-15..2026-02-01',
        code: 'range.overlap',
        params: { start: '2026-02-01', end: '2026-02-28', other: '2026-01-15..2026-02-01' },
      },
    ])
    expect(
      catchError(() =>
        prorate({
          amount: '1000',
          period: { start: '1900-01-01', end: '2026-03-31' },
          ranges: [{ start: '2026-02-01', end: '2026-02-28' }],
          rounding: cents,
        }),
      ).issues,
    ).toEqual([
      {
        path: ['period', 'end'],
        message: 'The range 1900-01-01..2026-03-31 spans more than 36600 days',
        code: 'range.too-long',
        params: { start: '1900-01-01', end: '2026-03-31', max: 36_600 },
      },
    ])
  })
})
