import { approved } from './_lib/approval'
import * as z from 'zod'
import { DateSchema, IdSchema, NonNegativeDecimalSchema, parseWith } from '../../core/schema'
import {
  ExpenseBudgetSchema,
  type ExpenseBudget,
  type ExpenseBudgetInput,
  type ExpenseEntryInput,
} from '../../models/expense'
import type { Decimal } from '../../core/decimal'
import { checkInForce } from '../../core/versioning'
import { fastOrNothing } from '../../core/plain'
import {
  checkGroupings,
  OptionsSchema,
  report,
  variancesOf,
  type BudgetVariance,
  type BudgetVarianceOptions,
} from './budgetVariance'
import { compileBudget, linesOf, sumCents } from './_lib/compiled'
import { centsReports } from './_lib/centsReport'
import {
  checkOf,
  ledgerOf,
  lineIndexOf,
  type CheckExpenseOptions,
  type ExpenseBudgetLedger,
  type ExpenseCheck,
} from './checkExpense'
import { once } from '../../core/once'

/**
 * A budget validated once, for many reports and checks.
 *
 * @group Expense budget
 */
export interface ExpenseBudgetEvaluator {
  /** The validated budget. */
  readonly budget: ExpenseBudget
  /** A variance report; see {@link budgetVariance}. */
  readonly variance: (entries: readonly ExpenseEntryInput[], options: BudgetVarianceOptions) => BudgetVariance
  /**
   * Reports for several groupings at once (e.g. by category, and by category × region): the entries are read
   * and summed once.
   */
  readonly variances: (entries: readonly ExpenseEntryInput[], options: VariancesOptions) => BudgetVariance[]
  /** A check of a new expense; see {@link checkExpense}. */
  readonly check: (
    entries: readonly ExpenseEntryInput[],
    entry: ExpenseEntryInput,
    options: CheckExpenseOptions,
  ) => ExpenseCheck
  /**
   * The entries summed once per budget line as of `options.asOf`, for many checks at O(dimensions) each; see
   * {@link ExpenseBudgetLedger}.
   */
  readonly ledger: (
    entries: readonly ExpenseEntryInput[],
    options: CheckExpenseOptions,
  ) => ExpenseBudgetLedger
}

/**
 * Options of {@link ExpenseBudgetEvaluator.variances}.
 *
 * @group Expense budget
 */
export interface VariancesOptions {
  /** The evaluation date. */
  readonly asOf: string
  /** The groupings, each as for {@link BudgetVarianceOptions.groupBy}. */
  readonly groupings: readonly (readonly string[])[]
  /** Sales revenue for the expense ratio. */
  readonly revenue?: string | number
}

const VariancesOptionsSchema = once(() =>
  z.strictObject({
    asOf: DateSchema(),
    groupings: z.array(z.array(IdSchema()).max(8)).min(1).max(20),
    revenue: NonNegativeDecimalSchema().optional(),
  }),
)

/**
 * Validates a sales-expense budget once (10,000 lines take a while to validate) and returns an
 * evaluator for variance reports and expense checks. Variance reports of plain entries (amounts exact
 * in cents) are summed in integer cents into a fixed array per budget line found through an index
 * built here, with each line's phasing cached per evaluation date: the cost is per entry and the
 * memory O(lines + groups), not O(entries). Any other entry is validated with zod and summed in
 * decimals; the reports are the same as {@link budgetVariance}'s.
 *
 * @param budget - The budget; see {@link ExpenseBudgetInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of each bad field; its `variance`, `variances`
 * and `check` throw `NO_POLICY_IN_FORCE` at `options.asOf` when the budget is not in force on that date.
 *
 * @example
 * const evaluator = compileExpenseBudget({
 *   id: 'b',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   fiscalYear: 2026,
 *   lines: [{ category: 'office', amount: '12000' }],
 * })
 * const spent = [{ date: '2026-01-20', category: 'office', amount: 600 }]
 * evaluator.variance(spent, { asOf: '2026-01-31' }).rows[0]?.variance.toFixed(2) //=> '400.00'
 *
 * @group Expense budget
 */
export function compileExpenseBudget(budget: ExpenseBudgetInput): ExpenseBudgetEvaluator {
  const parsed = approved(parseWith(ExpenseBudgetSchema(), budget, 'INVALID_POLICY'))
  const compiled = compileBudget(parsed)
  const lineIndex = lineIndexOf(parsed)
  // plain entries are summed per line in integer cents against the compiled line index and the phasing
  // cached per date; anything else takes budgetVariance's own path, which validates it
  const reports = (
    entries: readonly ExpenseEntryInput[],
    asOf: string,
    groupings: readonly (readonly string[])[],
    revenue: Decimal | undefined,
    path: readonly (string | number)[],
  ): BudgetVariance[] => {
    // the decision's date is `asOf`: a budget not in force on it does not report
    checkInForce(parsed, asOf, ['options', 'asOf'])
    checkGroupings(parsed, groupings, path)
    // Stryker disable next-line all: which path sums is a matter of speed; both give the same reports
    // (compileExpenseBudget.test.ts holds each to it)
    // (the sums by month only for a grouping by month)
    const byMonth = groupings.some((g) => g.includes('month'))
    const fast = fastOrNothing(() => sumCents(compiled, entries, asOf, byMonth))
    if (fast === undefined) return variancesOf(parsed, entries, asOf, groupings, revenue, path)
    // the rows summed in cents; with sums past 2^53 cents, the decimal lines and budgetVariance's report
    return (
      centsReports(compiled, fast, asOf, groupings, revenue) ??
      groupings.map((groupBy) =>
        report(parsed, [...linesOf(compiled, fast, asOf).values()], asOf, groupBy, revenue, fast.counts),
      )
    )
  }
  return {
    budget: parsed,
    variance: (entries, options) => {
      const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
      return reports(entries, opts.asOf, [opts.groupBy], opts.revenue, [
        'options',
        'groupBy',
      ])[0] as BudgetVariance
    },
    variances: (entries, options) => {
      const opts = parseWith(VariancesOptionsSchema(), options, 'INVALID_INPUT', ['options'])
      return reports(entries, opts.asOf, opts.groupings, opts.revenue, ['options', 'groupings'])
    },
    // expense checks (#22): the line found by key through an index built here
    check: (entries, entry, options) => checkOf(parsed, entries, entry, options, lineIndex),
    ledger: (entries, options) => ledgerOf(parsed, entries, options),
  }
}
