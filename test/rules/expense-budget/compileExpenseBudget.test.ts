// The compiled variance path: plain entries summed per line in integer cents through the line index built at
// compile time, the phasing cached per date; the reports are budgetVariance's.
import { describe, expect, it } from 'vitest'
import { budgetVariance, compileExpenseBudget, ExpenseBudgetSchema } from '../../../src/index'
import type { ExpenseBudgetInput } from '../../../src/index'
import {
  centsText,
  compileBudget,
  sumCents,
  sumCompiled,
} from '../../../src/rules/expense-budget/_lib/compiled'
import { centsReports } from '../../../src/rules/expense-budget/_lib/centsReport'

const budget: ExpenseBudgetInput = {
  id: 'b',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  dimensions: ['region'],
  lines: [
    { category: 'travel', dimensions: { region: 'east' }, amount: '12000' },
    { category: 'travel', dimensions: { region: 'west' }, amount: '6000' },
  ],
}
const entries = [
  { date: '2026-01-20', category: 'travel', dimensions: { region: 'east' }, amount: '600.00' },
  { date: '2026-02-03', category: 'travel', dimensions: { region: 'east' }, amount: -100.5 }, // a refund
  { date: '2026-07-01', category: 'travel', dimensions: { region: 'east' }, amount: '999' }, // after asOf
  { date: '2026-03-09', category: 'gifts', dimensions: { region: 'east' }, amount: '50' }, // no budget line
]

describe('compiled expense budget', () => {
  it('sums plain entries on the compiled path: actuals, months, counts and unbudgeted lines by hand', () => {
    const compiled = compileBudget(ExpenseBudgetSchema.parse(budget))
    const summed = sumCompiled(compiled, entries, '2026-03-31')!
    expect(summed).toBeDefined()
    // counted: the two travel entries and the gift; ignored: July, after the evaluation date
    expect(summed.counts).toEqual({ counted: 3, ignored: 1 })
    const lines = [...summed.lines.values()]
    expect(lines.map((l) => [l.category, l.dimensions['region'], l.actual.toFixed(2)])).toEqual([
      ['travel', 'east', '499.50'], // 600 − 100.50
      ['travel', 'west', '0.00'],
      ['gifts', 'east', '50.00'], // unbudgeted, after the budget's lines
    ])
    expect(lines[0]!.months.slice(0, 3).map((m) => m.actual.toFixed(2))).toEqual([
      '600.00',
      '-100.50',
      '0.00',
    ])
    expect(lines[2]!.unbudgeted).toBe(true)
    // an amount with three decimals is not plain: the exact path takes the call
    expect(sumCompiled(compiled, [{ ...entries[0]!, amount: '1.005' }], '2026-03-31')).toBeUndefined()
    expect(sumCompiled(compiled, [{ ...entries[0]!, note: 'x' }], '2026-03-31')).toBeUndefined()
  })

  it('reports as budgetVariance does, by hand: ¥12,000 a year even by month is ¥3,000 to the end of March', () => {
    const evaluator = compileExpenseBudget(budget)
    const report = evaluator.variance(entries, { asOf: '2026-03-31', groupBy: ['category', 'region'] })
    expect(report).toEqual(
      budgetVariance(budget, entries, { asOf: '2026-03-31', groupBy: ['category', 'region'] }),
    )
    const east = report.rows.find((r) => r.group['category'] === 'travel' && r.group['region'] === 'east')!
    // 3,000 − 499.50 = 2,500.50 under budget
    expect([east.budgetToDate.toFixed(2), east.actual.toFixed(2), east.variance.toFixed(2)]).toEqual([
      '3000.00',
      '499.50',
      '2500.50',
    ])
    // the grand total: budget to date 3,000 + 1,500; actual 499.50 + 50
    expect([report.rows[0]!.budgetToDate.toFixed(2), report.rows[0]!.actual.toFixed(2)]).toEqual([
      '4500.00',
      '549.50',
    ])
    expect(report.entries).toEqual({ counted: 3, ignored: 1 })
    // the same evaluator again, as of another date, then the first: the cached phasing is left as it was
    const june = evaluator.variance(entries, { asOf: '2026-06-30' })
    expect(june).toEqual(budgetVariance(budget, entries, { asOf: '2026-06-30' }))
    expect(evaluator.variance(entries, { asOf: '2026-03-31', groupBy: ['category', 'region'] })).toEqual(
      report,
    )
  })

  it('reports a bad entry and an unknown grouping as budgetVariance does', () => {
    const evaluator = compileExpenseBudget(budget)
    const issues = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return (e as { code: string; issues: unknown }).issues
      }
      return 'no error'
    }
    const bad = [{ ...entries[0]!, amount: 'a lot' }]
    expect(issues(() => evaluator.variance(bad, { asOf: '2026-03-31' }))).toEqual(
      issues(() => budgetVariance(budget, bad, { asOf: '2026-03-31' })),
    )
    expect(issues(() => evaluator.variance(entries, { asOf: '2026-03-31', groupBy: ['product'] }))).toEqual(
      issues(() => budgetVariance(budget, entries, { asOf: '2026-03-31', groupBy: ['product'] })),
    )
    const strict = compileExpenseBudget({ ...budget, unbudgeted: 'error' })
    expect(issues(() => strict.variance(entries, { asOf: '2026-03-31' }))).toEqual(
      issues(() => budgetVariance({ ...budget, unbudgeted: 'error' }, entries, { asOf: '2026-03-31' })),
    )
  })

  it('writes cents as Decimal#toFixed(2) does', () => {
    expect([0, 5, -5, 100, -100, 123456, -123456, 900719925474099].map(centsText)).toEqual([
      '0.00',
      '0.05',
      '-0.05',
      '1.00',
      '-1.00',
      '1234.56',
      '-1234.56',
      '9007199254740.99',
    ])
  })

  it('warns and overruns exactly on the limits in cents, as the decimal statuses do', () => {
    // ¥12,000.12 a year even by month: ¥1,000.01 a month, ¥3,000.03 to the end of March; warn at 95 %:
    // 0.95 × 3,000.03 = 2,850.0285, so ¥2,850.03 warns and ¥2,850.02 does not; ¥3,000.03 is on the budget
    // to date (a warning, not an overrun), ¥3,000.04 is over
    const limits: ExpenseBudgetInput = {
      ...budget,
      dimensions: [],
      control: { warnAt: '0.95', action: 'stop' },
      lines: [{ category: 'travel', amount: '12000.12' }],
    }
    const evaluator = compileExpenseBudget(limits)
    const status = (amount: string, against?: 'annual' | 'to-date' | 'both') => {
      const b = against
        ? { ...limits, control: { warnAt: '0.95', action: 'stop' as const, against } }
        : limits
      const spent = [{ date: '2026-03-31', category: 'travel', amount }]
      const compiled = (against ? compileExpenseBudget(b) : evaluator).variance(spent, { asOf: '2026-03-31' })
      expect(JSON.stringify(compiled)).toBe(JSON.stringify(budgetVariance(b, spent, { asOf: '2026-03-31' })))
      return [compiled.rows[0]!.status, compiled.trace[0]!.params['status']]
    }
    const within = { en: 'within budget', 'zh-CN': '预算内' }
    const warning = { en: 'warning', 'zh-CN': '预警' }
    const over = { en: 'over budget', 'zh-CN': '超预算' }
    expect(status('2850.02')).toEqual(['within', within])
    expect(status('2850.03')).toEqual(['warning', warning])
    expect(status('3000.03')).toEqual(['warning', warning])
    expect(status('3000.04')).toEqual(['over', over])
    expect(status('-3000.04')).toEqual(['within', within]) // a refund
    // against the annual ¥12,000.12: 0.95 × 12,000.12 = 11,400.114, so ¥11,400.12 warns, ¥11,400.11 does not
    expect(status('3000.04', 'annual')).toEqual(['within', within])
    expect(status('11400.11', 'annual')).toEqual(['within', within])
    expect(status('11400.12', 'annual')).toEqual(['warning', warning])
    expect(status('12000.13', 'annual')).toEqual(['over', over])
    // both: over the budget to date is enough
    expect(status('3000.04', 'both')).toEqual(['over', over])
  })

  it('sums in cents while they are safe integers, and in decimals past 2^53 cents, with the same reports', () => {
    // ¥80,000,000,000,000 a year (8 × 10^15 cents) even by month: 8 × 10^15 ÷ 12 = 666,666,666,666,666 cents
    // rest 8, one more cent to each of the first 8 months, so ¥20,000,000,000,000.01 to the end of March
    const big: ExpenseBudgetInput = {
      ...budget,
      dimensions: [],
      lines: [{ category: 'travel', amount: '8e13' }],
    }
    const evaluator = compileExpenseBudget(big)
    const compiled = compileBudget(ExpenseBudgetSchema.parse(big))
    const report = (spent: { date: string; category: string; amount: string }[]) => {
      const r = evaluator.variance(spent, { asOf: '2026-03-31' })
      expect(JSON.stringify(r)).toBe(JSON.stringify(budgetVariance(big, spent, { asOf: '2026-03-31' })))
      return [r.rows[0]!.budget.toFixed(2), r.rows[0]!.actual.toFixed(2), r.rows[0]!.variance.toFixed(2)]
    }
    // Σ budget 8 × 10^15 + Σ |amount| 10^14 cents ≤ 2^53 − 1 ≈ 9.007 × 10^15: summed in cents
    const small = [{ date: '2026-03-01', category: 'travel', amount: '1000000000000.00' }]
    expect(
      centsReports(compiled, sumCents(compiled, small, '2026-03-31')!, '2026-03-31', [[]], undefined),
    ).toBeDefined()
    // 20,000,000,000,000.01 − 1,000,000,000,000 = 19,000,000,000,000.01
    expect(report(small)).toEqual(['80000000000000.00', '1000000000000.00', '19000000000000.01'])
    // Σ |amount| 2 × 9,999,999,999,999.99 ≈ 2 × 10^15 cents more: past 2^53, the decimal lines
    const large = [
      { date: '2026-03-01', category: 'travel', amount: '9999999999999.99' },
      { date: '2026-03-02', category: 'travel', amount: '-9999999999999.99' },
    ]
    expect(sumCents(compiled, large, '2026-03-31')).toBeDefined()
    expect(
      centsReports(compiled, sumCents(compiled, large, '2026-03-31')!, '2026-03-31', [[]], undefined),
    ).toBe(undefined)
    // the refund cancels the expense exactly: actual 0, variance the budget to date
    expect(report(large)).toEqual(['80000000000000.00', '0.00', '20000000000000.01'])
    // a budget whose own sum passes 2^53 cents (two lines of 5 × 10^15 cents): never in cents
    const huge: ExpenseBudgetInput = {
      ...budget,
      lines: [
        { category: 'travel', dimensions: { region: 'east' }, amount: '5e13' },
        { category: 'travel', dimensions: { region: 'west' }, amount: '5e13' },
      ],
    }
    const hugeCompiled = compileBudget(ExpenseBudgetSchema.parse(huge))
    expect(
      centsReports(hugeCompiled, sumCents(hugeCompiled, [], '2026-03-31')!, '2026-03-31', [[]], undefined),
    ).toBe(undefined)
    const hugeReport = compileExpenseBudget(huge).variance(small, { asOf: '2026-12-31', groupBy: ['region'] })
    expect(JSON.stringify(hugeReport)).toBe(
      JSON.stringify(budgetVariance(huge, small, { asOf: '2026-12-31', groupBy: ['region'] })),
    )
    // 5 × 10^13 + 5 × 10^13 = 10^14 a year
    expect(hugeReport.rows[0]!.budget.toFixed(2)).toBe('100000000000000.00')
  })
})
