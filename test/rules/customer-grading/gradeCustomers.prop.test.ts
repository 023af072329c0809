import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  checkFollowUpCompliance,
  compileCustomerGrading,
  gradeCustomers,
  mergeCustomerSummaries,
  summarizeCustomerValues,
  type CustomerGradingPolicyInput,
} from '../../../src/index'
import { paretoPolicy } from '../../fixtures/customer'

const asOf = '2026-06-30'
const thresholds: CustomerGradingPolicyInput = {
  ...paretoPolicy,
  method: { kind: 'thresholds', measure: 'revenue', lookbackMonths: 12, minimums: ['100000', '5000', '0'] },
}
const valuesArb = fc.array(
  fc.oneof(
    fc.integer({ min: 0, max: 200000 }),
    fc.integer({ min: 0, max: 20000000 }).map((n) => n / 100),
    // losses (negative gross profit), graded in the last grade under Pareto
    fc.integer({ min: -5000000, max: -1 }).map((n) => n / 100),
  ),
  { minLength: 1, maxLength: 60 },
)
const customersOf = (values: readonly number[]) => values.map((value, i) => ({ id: `c${i}`, value }))
const rank = (grade: string) => ['A', 'B', 'C', 'new'].indexOf(grade)

describe('customer grading (properties)', () => {
  it('every customer gets exactly one grade, and more value never gets a lower grade', () => {
    fc.assert(
      fc.property(
        valuesArb,
        fc.constantFrom<CustomerGradingPolicyInput>(paretoPolicy, thresholds),
        (values, policy) => {
          const result = gradeCustomers(policy, customersOf(values), { asOf })
          expect(result.customers).toHaveLength(values.length)
          expect(result.summary.reduce((n, s) => n + s.count, 0)).toBe(values.length)
          result.customers.forEach((a, i) =>
            result.customers.forEach((b, j) => {
              if ((values[i] as number) > (values[j] as number))
                expect(rank(a.grade)).toBeLessThanOrEqual(rank(b.grade))
              if (values[i] === values[j]) expect(a.grade).toBe(b.grade)
            }),
          )
        },
      ),
    )
  })

  it('merging partition summaries gives the cut-offs and grades of one call', () => {
    fc.assert(
      fc.property(valuesArb, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), (values, cuts) => {
        const customers = customersOf(values)
        const whole = gradeCustomers(paretoPolicy, customers, { asOf })
        const bounds = [...new Set(cuts.map((c) => c % customers.length))].sort((a, b) => a - b)
        const parts = [0, ...bounds, customers.length]
          .slice(1)
          .map((end, i, ends) => customers.slice(i === 0 ? 0 : (ends[i - 1] as number), end))
          .filter((p) => p.length > 0)
        const summary = mergeCustomerSummaries(
          paretoPolicy,
          parts.map((p) => summarizeCustomerValues(paretoPolicy, p)),
        )
        const partitioned = parts.flatMap((p) => gradeCustomers(paretoPolicy, p, { asOf, summary }))
        expect(partitioned.flatMap((r) => r.customers.map((c) => c.grade))).toEqual(
          whole.customers.map((c) => c.grade),
        )
        expect(partitioned[0]?.cutoffs.map((c) => c.minValue?.toString())).toEqual(
          whole.cutoffs.map((c) => c.minValue?.toString()),
        )
      }),
    )
  })

  it('the compiled column path gives the grades and cut-offs of the full grading', () => {
    const evaluator = compileCustomerGrading(paretoPolicy)
    fc.assert(
      fc.property(valuesArb, (values) => {
        const column = evaluator.gradeValues(values)
        const full = gradeCustomers(paretoPolicy, customersOf(values), { asOf })
        expect(Array.from(column.grades)).toEqual(full.customers.map((c) => rank(c.grade)))
        expect(column.minValues).toEqual(
          full.cutoffs.map((c) => (c.minValue === null ? null : c.minValue.toNumber())),
        )
      }),
    )
  })

  it('compliance counts equal the contacts inside each window', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((n) => new Date(Date.UTC(2026, 4, 1 + n)).toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 40 }),
        day,
        day,
        fc.constantFrom('A', 'B', 'C'),
        (contacts, a, b, grade) => {
          const [start, end] = a <= b ? [a, b] : [b, a]
          const result = checkFollowUpCompliance(paretoPolicy, grade, contacts, { start, end })
          for (const w of result.windows)
            expect(w.actual).toBe(contacts.filter((c) => c >= w.start && c <= w.end).length)
          expect(result.windows.reduce((n, w) => n + w.actual, 0)).toBe(result.contacts)
          expect(result.contacts + result.ignored).toBe(contacts.length)
          expect(result.windows[0]?.start).toBe(start)
          expect(result.windows.at(-1)?.end).toBe(end)
        },
      ),
    )
  })
})
