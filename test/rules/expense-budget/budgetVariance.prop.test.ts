import fc from 'fast-check'
import { addDays, format } from 'date-fns'
import { describe, expect, it } from 'vitest'
import { budgetVariance, compileExpenseBudget, Dec } from '../../../src/index'
import type { ExpenseBudgetInput } from '../../../src/index'

const day = fc
  .integer({ min: 0, max: 420 })
  .map((n) => format(addDays(new Date(2026, 0, 1), n), 'yyyy-MM-dd'))
const phasingArb = fc.oneof(
  fc.constant({ kind: 'even' as const }),
  fc
    .constantFrom('calendar-days', 'business-days' as const)
    .map((basis) => ({ kind: 'linear' as const, basis })),
  fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 12, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0))
    .map((ws) => {
      // twelve fractions in thousandths that add up to exactly 1
      const total = ws.reduce((a, b) => a + b, 0)
      const parts = ws.map((w) => Math.floor((w * 1000) / total))
      const first = ws.findIndex((w) => w > 0)
      parts[first] = (parts[first] ?? 0) + 1000 - parts.reduce((a, b) => a + b, 0)
      return { kind: 'distribution' as const, months: parts.map((p) => (p / 1000).toString()) }
    }),
)
const budgetArb = fc
  .array(
    fc.record({
      region: fc.constantFrom('east', 'west', 'north'),
      category: fc.constantFrom('travel', 'office', 'marketing'),
      amount: fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2)),
      phasing: phasingArb,
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines): ExpenseBudgetInput => {
    const unique = [...new Map(lines.map((l) => [`${l.category}/${l.region}`, l])).values()]
    return {
      id: 'b',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      fiscalYear: 2026,
      dimensions: ['region'],
      lines: unique.map((l) => ({
        category: l.category,
        dimensions: { region: l.region },
        amount: l.amount,
        phasing: l.phasing,
      })),
    }
  })
const entriesArb = fc.array(
  fc.record({
    date: day,
    category: fc.constantFrom('travel', 'office', 'marketing', 'gifts'),
    dimensions: fc.record({ region: fc.constantFrom('east', 'west', 'north') }),
    amount: fc.integer({ min: -50_000, max: 500_000 }).map((c) => (c / 100).toFixed(2)),
  }),
  { maxLength: 30 },
)

describe('expense budget (properties)', () => {
  it('rows add up exactly to their roll-ups, and variance is budget to date − actual', () => {
    fc.assert(
      fc.property(
        budgetArb,
        entriesArb,
        day,
        fc.constantFrom(['category'], ['category', 'region'], ['region', 'month'], ['month']),
        (budget, entries, asOf, groupBy) => {
          const { rows } = budgetVariance(budget, entries, { asOf, groupBy })
          for (const parent of rows) {
            const children = rows.filter(
              (r) =>
                r.level === parent.level + 1 &&
                Object.entries(parent.group).every(([k, v]) => r.group[k] === v),
            )
            if (parent.level < groupBy.length) {
              for (const key of ['budget', 'budgetToDate', 'actual', 'variance'] as const) {
                expect(children.reduce((s, r) => s.plus(r[key]), new Dec(0)).eq(parent[key])).toBe(true)
              }
            }
            expect(parent.variance.eq(parent.budgetToDate.minus(parent.actual))).toBe(true)
          }
        },
      ),
    )
  })

  it('the budget to date never exceeds the full budget and reaches it at the end of the year', () => {
    fc.assert(
      fc.property(budgetArb, day, (budget, asOf) => {
        const midYear = budgetVariance(budget, [], { asOf, groupBy: ['category', 'region'] })
        for (const r of midYear.rows) expect(r.budgetToDate.lte(r.budget)).toBe(true)
        const yearEnd = budgetVariance(budget, [], { asOf: '2026-12-31', groupBy: ['category', 'region'] })
        for (const r of yearEnd.rows) expect(r.budgetToDate.eq(r.budget)).toBe(true)
      }),
    )
  })

  it('monthly phasing adds up to the annual amount to the cent', () => {
    fc.assert(
      fc.property(budgetArb, (budget) => {
        const { rows } = budgetVariance(budget, [], {
          asOf: '2026-12-31',
          groupBy: ['category', 'region', 'month'],
        })
        for (const line of budget.lines) {
          const months = rows.filter(
            (r) =>
              r.level === 3 &&
              r.group['category'] === line.category &&
              r.group['region'] === line.dimensions?.['region'],
          )
          expect(months).toHaveLength(12)
          expect(
            months.reduce((s, r) => s.plus(r.budget), new Dec(0)).eq(new Dec(line.amount).toDecimalPlaces(2)),
          ).toBe(true)
        }
      }),
    )
  })
})

describe('expense budget fast path (properties)', () => {
  it('plain entries summed in integer cents give exactly the report of the decimal path', () => {
    fc.assert(
      fc.property(
        budgetArb,
        entriesArb,
        day,
        fc.constantFrom(['category', 'region'], ['month']),
        (budget, entries, asOf, groupBy) => {
          const fast = budgetVariance(budget, entries, { asOf, groupBy })
          // an exponent in the amount is valid but not plain: the whole list takes the zod-validated decimal path
          const exact = budgetVariance(
            budget,
            entries.map((e) => ({ ...e, amount: `${e.amount}e0` })),
            { asOf, groupBy },
          )
          expect(JSON.stringify(fast)).toBe(JSON.stringify(exact))
        },
      ),
    )
  })

  it('the compiled evaluator gives exactly budgetVariance’s reports, call after call, as of any date', () => {
    const outcome = (f: () => unknown) => {
      try {
        return f()
      } catch (e) {
        return (e as { issues?: unknown }).issues ?? e
      }
    }
    fc.assert(
      fc.property(
        budgetArb,
        fc.constantFrom('row', 'error' as const),
        entriesArb,
        day,
        day,
        fc.constantFrom(['category'], ['category', 'region'], ['region', 'month'], ['month'], []),
        fc.boolean(),
        (budget, unbudgeted, entries, asOf, other, groupBy, notPlain) => {
          const b = { ...budget, unbudgeted }
          // an amount with three decimals is not plain: the decimal path
          const input =
            notPlain && entries.length > 0 ? [...entries, { ...entries[0]!, amount: '1.005' }] : entries
          const evaluator = compileExpenseBudget(b)
          const expected = outcome(() => budgetVariance(b, input, { asOf, groupBy }))
          expect(
            outcome(() => evaluator.variances(input, { asOf, groupings: [groupBy, ['category']] })),
          ).toEqual(outcome(() => [expected, budgetVariance(b, input, { asOf, groupBy: ['category'] })]))
          // another date, then the first again: the phasing cached for the first is left as it was
          expect(outcome(() => evaluator.variance(input, { asOf: other, groupBy }))).toEqual(
            outcome(() => budgetVariance(b, input, { asOf: other, groupBy })),
          )
          expect(outcome(() => evaluator.variance(input, { asOf, groupBy }))).toEqual(expected)
        },
      ),
    )
  }, 1_800_000) // FC_RUNS=20000 makes 120,000 reports

  it('the compiled reports (sums in cents) match budgetVariance’s to the JSON: controls, limits, 2^53 cents', () => {
    // controls of every kind, a line of ¥80,000,000,000,000 (8 × 10^15 cents) and amounts of ±¥9,999,999,999,999.99
    // (10^15 cents): with both, the sums pass 2^53 cents and the compiled evaluator sums in decimals
    const control = fc.record({
      warnAt: fc.constantFrom('0', '0.5', '0.9', '0.95', '0.999', '1'),
      action: fc.constantFrom('ignore', 'warn', 'approval', 'stop' as const),
      against: fc.constantFrom('annual', 'to-date', 'both' as const),
    })
    const amount = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -50_000, max: 500_000 }).map((c) => (c / 100).toFixed(2)) },
      { weight: 1, arbitrary: fc.constantFrom('0.00', '-0.01', '9999999999999.99', '-9999999999999.99') },
    )
    const entries = fc.array(
      fc.record({
        date: day,
        category: fc.constantFrom('travel', 'office', 'marketing', 'gifts'),
        dimensions: fc.record({ region: fc.constantFrom('east', 'west', 'north') }),
        amount,
      }),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(
        budgetArb,
        control,
        fc.option(control, { nil: undefined }),
        fc.boolean(),
        entries,
        day,
        fc.constantFrom(['category'], ['category', 'region'], ['region', 'month'], ['month'], []),
        (budget, overall, travel, huge, list, asOf, groupBy) => {
          const b: ExpenseBudgetInput = {
            ...budget,
            control: overall,
            ...(travel
              ? {
                  categories: [
                    { id: 'travel', label: 'Travel', control: travel },
                    { id: 'office', label: { en: 'Office', 'zh-CN': '办公费' } },
                    { id: 'marketing', label: 'Marketing' },
                  ],
                }
              : {}),
            lines: budget.lines.map((l, i) => (huge && i === 0 ? { ...l, amount: '80000000000000' } : l)),
          }
          const compiled = compileExpenseBudget(b).variances(list, { asOf, groupings: [groupBy, ['region']] })
          const exact = [groupBy, ['region']].map((g) => budgetVariance(b, list, { asOf, groupBy: g }))
          expect(JSON.stringify(compiled)).toBe(JSON.stringify(exact))
        },
      ),
    )
  }, 1_800_000)
})
