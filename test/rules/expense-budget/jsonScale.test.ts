// Money that the expense domain builds by adding amounts (budgets rounded to the policy's scale, entries
// written in money) serialises at the budget's scale (issue #18): `"195000.00"`, not `"195000"`. An entry
// with more decimals than the scale keeps them: JSON never rounds.
import { describe, expect, it } from 'vitest'
import { budgetVariance, checkExpense } from '../../../src/index'
import { expenseBudget } from '../../fixtures/expense'

const entries = [
  { date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '50000' },
  { date: '2026-05-02', category: 'travel', dimensions: { region: 'west' }, amount: '40000.5' },
]
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, any>

describe('expense money in JSON', () => {
  it('writes every row total at the budget scale (2)', () => {
    const result = json(budgetVariance(expenseBudget, entries, { asOf: '2026-05-15', groupBy: ['category'] }))
    const total = result.rows[0]
    // actual 50,000 + 40,000.5 = 90,000.50; variance = budget to date 195,000.00 − 90,000.50 = 104,999.50
    expect([total.budgetToDate, total.actual, total.variance]).toEqual(['195000.00', '90000.50', '104999.50'])
    const marketing = result.rows.find((r: any) => r.group.category === 'marketing')
    expect([marketing.budget, marketing.actual]).toEqual(['1200000.00', '50000.00'])
    for (const row of result.rows)
      for (const key of ['budget', 'budgetToDate', 'actual', 'variance'])
        expect(row[key], `${key} of ${JSON.stringify(row.group)}`).toMatch(/^-?\d+\.\d{2}$/)
    // the value in memory is unchanged: budget to date − actual, exact
    const exact = budgetVariance(expenseBudget, entries, { asOf: '2026-05-15', groupBy: ['category'] })
      .rows[0]
    expect(exact?.variance.eq(exact.budgetToDate.minus(exact.actual))).toBe(true)
  })

  it('keeps an entry written with more decimals than the scale as it is', () => {
    const result = json(
      budgetVariance(
        expenseBudget,
        [{ date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '0.125' }],
        { asOf: '2026-05-15' },
      ),
    )
    expect(result.rows[0].actual).toBe('0.125')
  })

  it('writes the check of one expense at the budget scale', () => {
    // marketing east: to-date budget 120,000 (two months started), spent 50,000, the new 2,800 leaves 67,200
    const result = json(
      checkExpense(
        expenseBudget,
        entries,
        { date: '2026-05-16', category: 'marketing', dimensions: { region: 'east' }, amount: '2800' },
        { asOf: '2026-05-16' },
      ),
    )
    expect([result.budget, result.spent, result.remaining]).toEqual(['120000.00', '50000.00', '67200.00'])
  })
})
