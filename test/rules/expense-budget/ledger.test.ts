// Expense checks by key (issue #22): the compiled budget finds a new expense's line through its line index,
// and a ledger sums the entries once per line (running totals), so a check costs O(dimensions). Each check
// is the one checkExpense gives with the same entries.
import fc from 'fast-check'
import { catchError } from '../../helpers'
import { describe, expect, it } from 'vitest'
import { checkExpense, compileExpenseBudget, SalesRulesError } from '../../../src/index'
import type { ExpenseBudgetInput, ExpenseCheck, ExpenseEntryInput } from '../../../src/index'

// two lines that differ only in the region: ¥1,000 a year each, checked against the annual budget
const budget: ExpenseBudgetInput = {
  id: 'b',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  dimensions: ['region'],
  control: { action: 'approval', approver: 'sales-director', against: 'annual' },
  lines: [
    { category: 'travel', dimensions: { region: 'east' }, amount: '1000' },
    { category: 'travel', dimensions: { region: 'west' }, amount: '1000' },
  ],
}
const asOf = '2026-06-30'
const east = { date: asOf, category: 'travel', dimensions: { region: 'east' }, amount: '200' }
const west = { date: asOf, category: 'travel', dimensions: { region: 'west' }, amount: '200' }
const spent = [{ date: '2026-03-01', category: 'travel', dimensions: { region: 'east' }, amount: '900' }]

const figures = (c: ExpenseCheck) => [c.decision, c.spent.toFixed(2), c.remaining.toFixed(2), c.unbudgeted]

describe('expense checks by key', () => {
  it('an entry on one line does not count on the line that differs in one dimension', () => {
    const evaluator = compileExpenseBudget(budget)
    const ledger = evaluator.ledger(spent, { asOf })
    // west: nothing spent; 0 + 200 = 200 < 0.9 × 1000 = 900: allowed, 1000 − 200 = 800 left
    expect(figures(evaluator.check(spent, west, { asOf }))).toEqual(['allowed', '0.00', '800.00', false])
    expect(figures(ledger.check(west))).toEqual(['allowed', '0.00', '800.00', false])
    // east: 900 spent; 900 + 200 = 1100 > 1000: over by 100, approval by the sales director
    expect(figures(evaluator.check(spent, east, { asOf }))).toEqual(['approval', '900.00', '-100.00', false])
    expect(figures(ledger.check(east))).toEqual(['approval', '900.00', '-100.00', false])
    expect(ledger.check(east).approver).toBe('sales-director')
    // the same as checkExpense, trace included
    expect(JSON.stringify(ledger.check(east))).toBe(
      JSON.stringify(checkExpense(budget, spent, east, { asOf })),
    )
    expect(JSON.stringify(ledger.check(west))).toBe(
      JSON.stringify(checkExpense(budget, spent, west, { asOf })),
    )
  })

  it('a ledger keeps running totals: an added entry counts on its own line only', () => {
    const ledger = compileExpenseBudget(budget).ledger(spent, { asOf })
    ledger.add({ date: '2026-04-01', category: 'travel', dimensions: { region: 'west' }, amount: '850' })
    // after 30 June, the ledger's date: refused (a payment booked there would never count), the totals kept
    const july = { date: '2026-07-01', category: 'travel', dimensions: { region: 'west' }, amount: '5000' }
    const refusal = catchError(() => ledger.add(july))
    expect([refusal.code, refusal.issues[0]?.code, refusal.issues[0]?.path]).toEqual([
      'INVALID_INPUT',
      'expense.after-ledger',
      ['entry', 'date'],
    ])
    // outside the fiscal year: refused as a check refuses it
    const nextYear = { ...july, date: '2027-01-10', amount: '1' }
    expect(catchError(() => ledger.add(nextYear)).issues[0]?.code).toBe('expense.outside-year')
    // west: 850 + 100 = 950 ≥ 900 (0.9 × 1000) and ≤ 1000: a warning, 50 left
    const hundred = { ...west, amount: '100' }
    expect(figures(ledger.check(hundred))).toEqual(['warning', '850.00', '50.00', false])
    // east is unchanged: 900 spent
    expect(figures(ledger.check(east))).toEqual(['approval', '900.00', '-100.00', false])
    // a refund of 850 on west brings it back to nothing spent
    ledger.add({ date: '2026-05-01', category: 'travel', dimensions: { region: 'west' }, amount: '-850' })
    expect(figures(ledger.check(hundred))).toEqual(['allowed', '0.00', '900.00', false])
  })

  it('an expense with no budget line counts against zero, with the entries on that key', () => {
    const entries = [
      { date: '2026-02-01', category: 'travel', dimensions: { region: 'north' }, amount: '30' },
    ]
    const north = { ...east, dimensions: { region: 'north' }, amount: '20' }
    const ledger = compileExpenseBudget(budget).ledger(entries, { asOf })
    // 30 spent + 20 = 50 over a budget of 0: approval, −50 left, unbudgeted
    expect(figures(ledger.check(north))).toEqual(['approval', '30.00', '-50.00', true])
    ledger.add({ date: '2026-02-02', category: 'travel', dimensions: { region: 'north' }, amount: '5' })
    expect(figures(ledger.check(north))).toEqual(['approval', '35.00', '-55.00', true])
  })

  it('bad entries and options are SalesRulesErrors with the path, as in checkExpense', () => {
    const evaluator = compileExpenseBudget(budget)
    const code = (fn: () => unknown) => {
      try {
        fn()
        return undefined
      } catch (error) {
        expect(error).toBeInstanceOf(SalesRulesError)
        return (error as SalesRulesError).issues.map((i) => [i.code, i.path.join('.')])
      }
    }
    const bad = [{ date: '2026-02-30', category: 'travel', amount: '1' }]
    expect(code(() => evaluator.ledger(bad, { asOf }))).toEqual(
      code(() => checkExpense(budget, bad, east, { asOf })),
    )
    expect(code(() => evaluator.ledger(bad, { asOf }))?.[0]?.[1]).toBe('entries.0.date')
    expect(code(() => evaluator.ledger([], { asOf: 'June' }))?.[0]?.[1]).toBe('options.asOf')
    const ledger = evaluator.ledger([], { asOf })
    const typo = { ...east, dimensions: { regoin: 'east' } }
    expect(code(() => ledger.check(typo))).toEqual([['expense.unknown-dimension', 'entry.dimensions.regoin']])
    expect(code(() => ledger.add(typo))).toEqual([['expense.unknown-dimension', 'entry.dimensions.regoin']])
  })

  it('property: a ledger (with entries added) checks as checkExpense does with all the entries', () => {
    const evaluator = compileExpenseBudget(budget)
    const entry: fc.Arbitrary<ExpenseEntryInput> = fc.record({
      date: fc
        .integer({ min: 0, max: 364 })
        .map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10)),
      category: fc.constantFrom('travel', 'office'),
      dimensions: fc.constantFrom({}, { region: 'east' }, { region: 'west' }, { region: 'north' }),
      amount: fc.integer({ min: -50_000, max: 150_000 }).map((c) => (c / 100).toFixed(2)),
    })
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 8 }),
        fc.array(entry, { maxLength: 4 }),
        entry,
        (given, added, next) => {
          const ledger = evaluator.ledger(given, { asOf })
          // an expense after the ledger's date is refused and not booked
          for (const e of added)
            if (e.date > asOf)
              expect(catchError(() => ledger.add(e)).issues[0]?.code).toBe('expense.after-ledger')
            else ledger.add(e)
          const all = [...given, ...added.filter((e) => e.date <= asOf)]
          const expected = JSON.stringify(checkExpense(budget, all, next, { asOf }))
          expect(JSON.stringify(ledger.check(next))).toBe(expected)
          expect(JSON.stringify(evaluator.check(all, next, { asOf }))).toBe(expected)
        },
      ),
    )
  })
})

describe('an expense outside the fiscal year', () => {
  // the FY2026 budget runs 2026-01-01 to 2026-12-31: a 2029 expense (an integrator's case) or one of
  // 2025-12-31 is not this budget's to decide; a report leaves such entries out, so a check refuses them
  const path = ['entry', 'date']
  it.each([
    ['2029-05-20', '2029-05-20'],
    ['2025-12-31', '2026-06-30'],
    ['2027-01-01', '2026-06-30'],
  ])('an expense of %s (asOf %s) is refused at entry.date by every check', (date, on) => {
    const late = { ...east, date }
    const issue = {
      code: 'expense.outside-year',
      path,
      params: { date, start: '2026-01-01', end: '2026-12-31' },
    }
    const policyEnd = { ...budget, effectiveTo: '2099-12-31' }
    expect(() => checkExpense(policyEnd, spent, late, { asOf: on })).toThrow(SalesRulesError)
    const caught = (f: () => unknown) => {
      try {
        f()
      } catch (error) {
        return error instanceof SalesRulesError ? [error.code, error.issues[0]] : error
      }
      return 'no error'
    }
    const expected = ['INVALID_INPUT', expect.objectContaining(issue)]
    expect(caught(() => checkExpense(policyEnd, spent, late, { asOf: on }))).toEqual(expected)
    expect(caught(() => compileExpenseBudget(policyEnd).check(spent, late, { asOf: on }))).toEqual(expected)
    expect(caught(() => compileExpenseBudget(policyEnd).ledger(spent, { asOf: on }).check(late))).toEqual(
      expected,
    )
  })
  it('the first and last days of the fiscal year are checked', () => {
    // 2026-01-01 and 2026-12-31: east has 900 spent by the end of June, so 200 more is over (approval)
    for (const date of ['2026-01-01', '2026-12-31'])
      expect(figures(checkExpense(budget, spent, { ...east, date }, { asOf }))).toEqual([
        'approval',
        '900.00',
        '-100.00',
        false,
      ])
  })
})
