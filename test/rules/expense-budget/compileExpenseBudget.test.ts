// The compiled variance path: plain entries summed per line in integer cents through the line index built at
// compile time, the phasing cached per date; the reports are budgetVariance's.
import { describe, expect, it } from 'vitest'
import { budgetVariance, compileExpenseBudget, ExpenseBudgetSchema } from '../../../src/index'
import type { ExpenseBudgetInput } from '../../../src/index'
import { compileBudget, sumCompiled } from '../../../src/rules/expense-budget/_lib/compiled'

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
})
