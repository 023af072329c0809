// The fast path of expense entries sums plain entries in integer cents and leaves anything else to
// the zod-validated exact path. Which entries it takes and which it leaves is its contract; when it
// takes them, every line and month comes out as the exact path's.
import { describe, expect, it } from 'vitest'
import { ExpenseBudgetSchema } from '../../../src/index'
import type { ExpenseBudgetInput } from '../../../src/index'
import { addEntries, addPlainEntries, phaseLines } from '../../../src/rules/expense-budget/_lib/lines'
import { ExpenseEntrySchema } from '../../../src/models/expense'
import { expenseBudget } from '../../fixtures/expense'

const asOf = '2026-06-15'
const figures = (lines: ReturnType<typeof phaseLines>) =>
  [...lines.values()].map((l) => ({
    key: l.key,
    actual: l.actual.toString(),
    unbudgeted: l.unbudgeted,
    months: l.months.map((m) => m.actual.toString()),
  }))

function both(budgetInput: ExpenseBudgetInput, entries: unknown) {
  const budget = ExpenseBudgetSchema.parse(budgetInput)
  const fastLines = phaseLines(budget, asOf)
  const fast = addPlainEntries(budget, fastLines, entries, asOf)
  const exactLines = phaseLines(budget, asOf)
  const exact = addEntries(budget, exactLines, ExpenseEntrySchema().array().parse(entries), asOf, ['entries'])
  return { fast, exact, fastLines: figures(fastLines), exactLines: figures(exactLines) }
}

const plain = [
  { date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '50000' },
  {
    id: 'E-2',
    date: '2026-05-02',
    category: 'travel',
    dimensions: { region: 'west' },
    amount: 1234.56,
    description: '出差',
  },
  { date: '2026-05-03', category: 'travel', dimensions: { region: 'west' }, amount: '-200.5' },
  { date: '2026-06-15', category: 'entertainment', dimensions: { region: 'east' }, amount: '0.01' },
  { date: '2026-06-16', category: 'travel', dimensions: { region: 'east' }, amount: '999' },
  { date: '2026-03-31', category: 'travel', dimensions: { region: 'east' }, amount: '999' },
  { date: '2026-05-20', category: 'travel', dimensions: { region: 'north' }, amount: '88' },
]

describe('expense entries: the fast path', () => {
  it('takes plain entries and sums them as the exact path does, month by month', () => {
    const r = both(expenseBudget, plain)
    // counted: the first five minus the one after the evaluation date and the one before the fiscal year; north is unbudgeted
    expect(r.fast).toEqual({ counted: 5, ignored: 2 })
    expect(r.fast).toEqual(r.exact)
    expect(r.fastLines).toEqual(r.exactLines)
    const west = r.fastLines.find((l) => l.key.startsWith('travel') && l.key.includes('west'))
    // 1,234.56 − 200.50 in May, the second month of an April year
    expect([west?.actual, west?.months[1]]).toEqual(['1034.06', '1034.06'])
    expect(r.fastLines.find((l) => l.key.includes('north'))).toMatchObject({ actual: '88', unbudgeted: true })
  })

  const left: [string, unknown][] = [
    [
      'an amount with three decimals',
      [{ date: '2026-04-10', category: 'travel', dimensions: { region: 'east' }, amount: '1.005' }],
    ],
    [
      'an amount in exponent notation',
      [{ date: '2026-04-10', category: 'travel', dimensions: { region: 'east' }, amount: '1e3' }],
    ],
    [
      'a date that does not exist',
      [{ date: '2026-04-31', category: 'travel', dimensions: { region: 'east' }, amount: '1' }],
    ],
    [
      'an unknown key',
      [{ date: '2026-04-10', category: 'travel', dimensions: { region: 'east' }, amount: '1', note: 'x' }],
    ],
    ['an id with a space at its end', [{ id: 'E-1 ', date: '2026-04-10', category: 'travel', amount: '1' }]],
    [
      'a dimension value that is not an id',
      [{ date: '2026-04-10', category: 'travel', dimensions: { region: 7 }, amount: '1' }],
    ],
    [
      'dimensions that are a list',
      [{ date: '2026-04-10', category: 'travel', dimensions: ['east'], amount: '1' }],
    ],
    [
      'a description that is too long',
      [{ date: '2026-04-10', category: 'travel', amount: '1', description: 'x'.repeat(1001) }],
    ],
    ['an entry that is not an object', ['travel']],
    ['not a list', { date: '2026-04-10' }],
  ]
  it.each(left)('leaves %s to the exact path', (_label, entries) => {
    const budget = ExpenseBudgetSchema.parse(expenseBudget)
    expect(addPlainEntries(budget, phaseLines(budget, asOf), entries, asOf)).toBeUndefined()
  })

  it('leaves a budget not rounded to cents, and an unbudgeted entry the budget calls an error', () => {
    const budget = ExpenseBudgetSchema.parse({ ...expenseBudget, rounding: { scale: 0, mode: 'half-up' } })
    expect(addPlainEntries(budget, phaseLines(budget, asOf), plain.slice(0, 1), asOf)).toBeUndefined()
    const strict = ExpenseBudgetSchema.parse({ ...expenseBudget, unbudgeted: 'error' })
    expect(addPlainEntries(strict, phaseLines(strict, asOf), plain.slice(0, 1), asOf)).toEqual({
      counted: 1,
      ignored: 0,
    })
    expect(addPlainEntries(strict, phaseLines(strict, asOf), plain.slice(6), asOf)).toBeUndefined()
  })
})
