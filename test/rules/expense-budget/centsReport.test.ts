// The compiled report's precomputed groups (one layout per evaluation date and grouping) with the groups of
// unbudgeted entries added per call, and the entry's fiscal month read from the date's digits.
import { describe, expect, it } from 'vitest'
import {
  budgetVariance,
  compileExpenseBudget,
  ExpenseBudgetSchema,
  SalesRulesError,
} from '../../../src/index'
import type { ExpenseBudgetInput, ExpenseEntryInput } from '../../../src/index'
import { compileBudget, sumCents } from '../../../src/rules/expense-budget/_lib/compiled'

const budget: ExpenseBudgetInput = {
  id: 'b',
  version: '1',
  effectiveFrom: '2026-01-01',
  currency: 'CNY',
  fiscalYear: 2026,
  dimensions: ['region'],
  categories: [
    { id: 'travel', label: 'travel' },
    { id: 'office', label: 'office', control: { warnAt: '0.5', action: 'stop' } },
  ],
  lines: [
    { category: 'travel', dimensions: { region: 'east' }, amount: '12000' },
    { category: 'travel', dimensions: { region: 'west' }, amount: '6000' },
    { category: 'office', dimensions: { region: 'east' }, amount: '2400' },
  ],
}
const spent: ExpenseEntryInput[] = [
  { date: '2026-01-20', category: 'travel', dimensions: { region: 'east' }, amount: '600.00' },
  { date: '2026-02-01', category: 'travel', dimensions: { region: 'north' }, amount: '200' }, // no line
  { date: '2026-03-09', category: 'gifts', dimensions: { region: 'east' }, amount: '50' }, // no category
  { date: '2026-03-10', category: 'office', dimensions: { region: 'west' }, amount: '30' }, // no line
  { date: '2026-02-02', category: 'office', dimensions: { region: 'east' }, amount: '400' },
]
const asOf = '2026-03-31'

/** The call's outcome: its value, or the error's code and issues. */
function outcome(f: () => unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(f())) as unknown
  } catch (e) {
    if (!(e instanceof SalesRulesError)) throw e
    return { code: e.code, issues: e.issues }
  }
}

describe('compiled expense report: precomputed groups', () => {
  it('adds the unbudgeted groups to the budget’s, by hand, as budgetVariance does', () => {
    const evaluator = compileExpenseBudget(budget)
    const [report] = evaluator.variances(spent, { asOf, groupings: [['category', 'region']] })
    // to the end of March (even by month): east ¥3,000, west ¥1,500, office ¥600; ¥5,100 in all
    // actual: 600 + 200 + 50 + 30 + 400 = 1,280; the groups sorted: gifts, office, travel
    expect(
      report!.rows.map((r) => [
        r.level,
        Object.values(r.group).join('/'),
        r.budget.toFixed(2),
        r.budgetToDate.toFixed(2),
        r.actual.toFixed(2),
        r.status,
        r.unbudgeted,
        r.phasings.join('+'),
      ]),
    ).toEqual([
      [0, '', '20400.00', '5100.00', '1280.00', 'within', false, 'even+unbudgeted'],
      // no budget: over as soon as anything is spent (the default control)
      [1, 'gifts', '0.00', '0.00', '50.00', 'over', true, 'unbudgeted'],
      [2, 'gifts/east', '0.00', '0.00', '50.00', 'over', true, 'unbudgeted'],
      // office's control (warn from 50 %) on its line and on its unbudgeted west: 430 ≥ 0.5 × 600 = 300
      [1, 'office', '2400.00', '600.00', '430.00', 'warning', false, 'even+unbudgeted'],
      [2, 'office/east', '2400.00', '600.00', '400.00', 'warning', false, 'even'],
      [2, 'office/west', '0.00', '0.00', '30.00', 'over', true, 'unbudgeted'],
      // travel: 800 of 4,500 to date
      [1, 'travel', '18000.00', '4500.00', '800.00', 'within', false, 'even+unbudgeted'],
      [2, 'travel/east', '12000.00', '3000.00', '600.00', 'within', false, 'even'],
      [2, 'travel/north', '0.00', '0.00', '200.00', 'over', true, 'unbudgeted'],
      [2, 'travel/west', '6000.00', '1500.00', '0.00', 'within', false, 'even'],
    ])
    // the office row's action is its category's (a warning), the unbudgeted west's the category's stop
    expect(report!.rows[3]!.action).toBe('warn')
    expect(report!.rows[5]!.action).toBe('stop')
    expect(outcome(() => report)).toEqual(
      outcome(() => budgetVariance(budget, spent, { asOf, groupBy: ['category', 'region'] })),
    )
  })

  it('gives budgetVariance’s reports in every grouping, call after call, without sharing a row', () => {
    const evaluator = compileExpenseBudget(budget)
    const groupings = [['category'], ['region', 'month'], ['month', 'category'], [], ['region', 'region']]
    for (const entries of [spent, spent.slice(0, 1), [], spent.slice(1)]) {
      const reports = evaluator.variances(entries, { asOf, groupings })
      // a caller changing one report's rows does not change the next report (nothing cached is handed out)
      ;(reports[0]!.rows[0]!.phasings as string[]).push('changed')
      ;(reports[0]!.rows[0]!.group as Record<string, string>)['x'] = 'changed'
      expect(outcome(() => evaluator.variances(entries, { asOf, groupings }))).toEqual(
        outcome(() => groupings.map((groupBy) => budgetVariance(budget, entries, { asOf, groupBy }))),
      )
    }
  })

  it('keeps one grouping’s groups apart from another’s whose keys join to the same text', () => {
    // dimension names are ids, which may hold a NUL: ['x\u0000y'] and ['x', 'y'] are two groupings
    const odd: ExpenseBudgetInput = {
      ...budget,
      dimensions: ['x\u0000y', 'x', 'y'],
      categories: undefined,
      lines: [
        { category: 'travel', dimensions: { 'x\u0000y': 'a', x: 'b', y: 'c' }, amount: '1200' },
        { category: 'travel', dimensions: { 'x\u0000y': 'd', x: 'b', y: 'e' }, amount: '2400' },
      ],
    }
    const entries = [
      {
        date: '2026-01-05',
        category: 'travel',
        dimensions: { 'x\u0000y': 'a', x: 'b', y: 'c' },
        amount: '10',
      },
    ]
    const evaluator = compileExpenseBudget(odd)
    const groupings = [['x\u0000y'], ['x', 'y'], ['x\u0000y']]
    const reports = evaluator.variances(entries, { asOf, groupings })
    // by x\u0000y: a and d; by x then y: b, then c and e
    expect(reports.map((r) => r.rows.map((row) => Object.values(row.group).join('/')))).toEqual([
      ['', 'a', 'd'],
      ['', 'b', 'b/c', 'b/e'],
      ['', 'a', 'd'],
    ])
    expect(outcome(() => reports)).toEqual(
      outcome(() => groupings.map((groupBy) => budgetVariance(odd, entries, { asOf, groupBy }))),
    )
  })

  it('reads the fiscal month from the date’s digits, a fiscal year from April, by hand', () => {
    const april: ExpenseBudgetInput = { ...budget, fiscalYearStartMonth: 4 }
    const compiled = compileBudget(ExpenseBudgetSchema.parse(april))
    const entry = (date: string): ExpenseEntryInput => ({
      date,
      category: 'travel',
      dimensions: { region: 'east' },
      amount: '1',
    })
    // fiscal 2026 runs from 2026-04-01 to 2027-03-31: April is month 0, February 2027 month 10
    const dates = [
      '2026-04-01',
      '2027-02-28',
      '2027-03-31',
      '2026-03-31',
      '2027-04-01',
      '2028-02-29',
      '1999-01-01',
    ]
    const summed = sumCents(compiled, dates.map(entry), '2027-03-31')!
    // counted: the first three; ignored: the day before and after the year, and two real dates of other years
    expect(summed.counts).toEqual({ counted: 3, ignored: 4 })
    expect([...summed.months!.slice(0, 12)]).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 100])
    // as of 2027-02-27 the entries of 28 February and 31 March are after the evaluation date
    expect(sumCents(compiled, dates.map(entry), '2027-02-27')!.counts).toEqual({ counted: 1, ignored: 6 })
    // not dates: the fast path declines, and both paths give the same error
    const evaluator = compileExpenseBudget(april)
    for (const date of [
      '2027-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-04-00',
      '2026-4-01',
      '２026-04-01',
    ]) {
      expect(sumCents(compiled, [entry(date)], '2027-03-31')).toBeUndefined()
      const exact = outcome(() => budgetVariance(april, [entry(date)], { asOf: '2027-03-31' }))
      expect(exact).toMatchObject({ code: 'INVALID_INPUT' })
      expect(outcome(() => evaluator.variance([entry(date)], { asOf: '2027-03-31' }))).toEqual(exact)
    }
  })

  it('checks a dimension value or category not in the budget as the exact path does', () => {
    const compiled = compileBudget(ExpenseBudgetSchema.parse(budget))
    const evaluator = compileExpenseBudget(budget)
    const base = spent[0]!
    for (const bad of [
      { ...base, dimensions: { region: undefined } }, // given, but undefined
      { ...base, dimensions: { region: ' east' } }, // not an id
      { ...base, dimensions: { region: '' } },
      { ...base, dimensions: { regoin: 'east' } }, // a dimension the budget does not have
      { ...base, category: 7 },
      { ...base, category: 'travel ' },
    ] as unknown as ExpenseEntryInput[]) {
      expect(sumCents(compiled, [bad], asOf)).toBeUndefined()
      const exact = outcome(() => budgetVariance(budget, [bad], { asOf }))
      expect(exact).toMatchObject({ code: 'INVALID_INPUT' })
      expect(outcome(() => evaluator.variance([bad], { asOf }))).toEqual(exact)
    }
    // a missing dimension is an unbudgeted line of its own (region ''), on both paths
    const missing = [{ ...base, dimensions: {} }]
    expect(sumCents(compiled, missing, asOf)!.others.map((o) => [o.category, o.total])).toEqual([
      ['travel', 60000],
    ])
    expect(outcome(() => evaluator.variance(missing, { asOf, groupBy: ['region'] }))).toEqual(
      outcome(() => budgetVariance(budget, missing, { asOf, groupBy: ['region'] })),
    )
  })
})
