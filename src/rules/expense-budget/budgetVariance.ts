import { approved } from './_lib/approval'
import { fastOrNothing } from '../../core/plain'
import {
  optionOf,
  stampOf,
  withPolicyInForce,
  type PolicyOrVersions,
  type PolicyStamp,
} from '../../core/versioning'
import * as z from 'zod'
import { atScale, ratio, sum, ZERO, type Decimal } from '../../core/decimal'
import { savingsRate } from '../../core/rates'
import { DateSchema, fail, IdSchema, NonNegativeDecimalSchema, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import {
  ExpenseBudgetSchema,
  ExpenseEntrySchema,
  type ExpenseBudget,
  type ExpenseBudgetInput,
  type ExpenseEntryInput,
} from '../../models/expense'
import {
  addEntries,
  addPlainEntries,
  lineName,
  PHASING_LABEL,
  phaseLines,
  statusOf,
  type Control,
  type LineFigures,
} from './_lib/lines'
import { once } from '../../core/once'

/**
 * Options of {@link budgetVariance}.
 *
 * @group Expense budget
 */
export interface BudgetVarianceOptions {
  /** The evaluation date: entries after it are left out, and the budget to date runs to it. */
  readonly asOf: string
  /**
   * The grouping, outermost first: `category`, a dimension key, or `month` (e.g. `['category', 'region']`).
   * Default `['category']`.
   */
  readonly groupBy?: readonly string[]
  /** Sales revenue for the same span, for the expense ratio (销售费用率). */
  readonly revenue?: string | number
}

/** The options of {@link budgetVariance}, validated. @internal */
export const OptionsSchema = once(() =>
  z.strictObject({
    asOf: DateSchema(),
    groupBy: z.array(IdSchema()).max(8).default(['category']),
    revenue: NonNegativeDecimalSchema().optional(),
  }),
)

/**
 * One row of a variance report: a group at some level of the grouping.
 *
 * @group Expense budget
 */
export interface VarianceRow {
  /** 0 for the grand total, up to the number of grouping keys for the finest rows. */
  readonly level: number
  /** The group's values, by grouping key (empty for the grand total). */
  readonly group: Readonly<Record<string, string>>
  /** The annual budget (for a month row, the month's budget). */
  readonly budget: Decimal
  /** The budget to date, by each line's phasing. */
  readonly budgetToDate: Decimal
  /** Actual spending to date (refunds negative). */
  readonly actual: Decimal
  /** `budgetToDate − actual`: positive is under budget (favourable). */
  readonly variance: Decimal
  /** `variance ÷ budgetToDate`, or `null` with no budget to date. */
  readonly variancePct: Decimal | null
  /** True when the variance is zero or more. */
  readonly favourable: boolean
  /** `actual ÷ budgetToDate`, or `null` with no budget to date. */
  readonly utilisation: Decimal | null
  /** Within, warning (past the control's warning share) or over. */
  readonly status: 'within' | 'warning' | 'over'
  /**
   * What the control prescribes: `warn` for a warning; for an overrun the control's action; `null` within
   * budget.
   */
  readonly action: Control['action'] | null
  /** Who approves an overrun, for `approval`. */
  readonly approver: string | null
  /** The phasings of the lines in the row. */
  readonly phasings: readonly LineFigures['phasing'][]
  /** True when the row holds only spending with no budget line. */
  readonly unbudgeted: boolean
}

/**
 * A variance report (费用差异分析).
 *
 * @group Expense budget
 */
export interface BudgetVariance {
  /** The evaluation date. */
  readonly asOf: string
  /** The currency. */
  readonly currency: string
  /** The grouping used. */
  readonly groupBy: readonly string[]
  /** Rows, each group followed by its sub-groups, the grand total first. */
  readonly rows: readonly VarianceRow[]
  /** Total actual ÷ revenue (销售费用率), when revenue was given. */
  readonly expenseRatio: Decimal | null
  /** Total variance ÷ total budget to date (费用节约率), or `null` with no budget to date. */
  readonly savingsRate: Decimal | null
  /** Entries counted, and those left out (outside the fiscal year or after `asOf`). */
  readonly entries: {
    /** Entries counted. */
    readonly counted: number
    /** Entries left out. */
    readonly ignored: number
  }
  /** The budget version that decided. */
  readonly policy: PolicyStamp
  /** Each line and the totals, explained. */
  readonly trace: readonly TraceStep[]
}

interface Leaf {
  readonly group: Record<string, string>
  readonly budget: Decimal
  readonly toDate: Decimal
  readonly actual: Decimal
  readonly line: LineFigures
}

/** A row's three sums. */
interface Sums {
  readonly budget: Decimal
  readonly budgetToDate: Decimal
  readonly actual: Decimal
}

/**
 * A row; its sums are those of its leaves, or given: the sums of its sub-groups' rows, which are the same
 * decimals (the sums are exact at the decimals' precision, and a sum of values all at one scale is at that
 * scale whether summed at once or group by group).
 */
function row(
  level: number,
  group: Record<string, string>,
  leaves: readonly Leaf[],
  fallback: Control,
  scale: number,
  sums?: Sums,
): VarianceRow {
  const controls = [...new Set(leaves.map((l) => l.line.control))]
  return rowOf(
    level,
    group,
    {
      budget: sums?.budget ?? sum(leaves.map((l) => l.budget)),
      budgetToDate: sums?.budgetToDate ?? sum(leaves.map((l) => l.toDate)),
      actual: sums?.actual ?? sum(leaves.map((l) => l.actual)),
    },
    {
      control: controls.length === 1 ? (controls[0] as Control) : fallback,
      phasings: [...new Set(leaves.map((l) => l.line.phasing))],
      unbudgeted: leaves.length > 0 && leaves.every((l) => l.line.unbudgeted),
    },
    scale,
  )
}

/**
 * What a row takes from its lines: the control (the lines' one control, or the budget's when they differ),
 * the phasings in the order the lines first use them, and whether every line is unbudgeted. @internal
 */
export interface RowLines {
  readonly control: Control
  readonly phasings: readonly LineFigures['phasing'][]
  readonly unbudgeted: boolean
}

/**
 * A row from its three sums and what it takes from its lines: the one place a row's figures are derived, for
 * the decimal report and the compiled one (which sums in integer cents). @internal
 */
export function rowOf(
  level: number,
  group: Record<string, string>,
  sums: Sums,
  lines: RowLines,
  scale: number,
): VarianceRow {
  // sums of amounts rounded to the budget's scale (budgets) or written in money (entries): money at that
  // scale in JSON ("195000.00"), unless an entry has more decimals (JSON never rounds)
  const budget = atScale(sums.budget, scale)
  const budgetToDate = atScale(sums.budgetToDate, scale)
  const actual = atScale(sums.actual, scale)
  const variance = atScale(budgetToDate.minus(actual), scale)
  const { control } = lines
  const { status, action } = statusOf(control, actual, budgetToDate, budget)
  return {
    level,
    group,
    budget,
    budgetToDate,
    actual,
    variance,
    variancePct: savingsRate(budgetToDate, actual),
    favourable: !variance.isNegative(),
    utilisation: budgetToDate.isZero() ? null : ratio(actual, budgetToDate),
    status,
    action,
    approver: status === 'over' && action === 'approval' ? (control.approver ?? null) : null,
    phasings: lines.phasings,
    unbudgeted: lines.unbudgeted,
  }
}

function valueOf(line: LineFigures, key: string): string {
  return key === 'category' ? line.category : (line.dimensions[key] ?? '')
}

/**
 * Actual against budget (预算执行与差异分析) as of a date, grouped as asked with roll-ups and a
 * grand total. Each line's budget to date follows its phasing, and every row says which: `even`
 * and `distribution` count a month in full once it has started (ERPNext's accumulated monthly
 * budget); `linear` is planned × elapsed ÷ duration in calendar or working days (OCA's theoretical
 * amount). Variance is budget to date − actual, so a positive variance is under budget.
 *
 * @param budget - The budget, or the list of its versions (the one in force on `options.asOf`, the
 * decision's date, decides); see {@link ExpenseBudgetInput}.
 * @param entries - Expense entries (refunds negative); those after `asOf` or outside the fiscal year are left
 * out.
 * @param options - `asOf`, `groupBy` (`category`, dimension keys, `month`), and `revenue` for the expense
 * ratio.
 * @returns Rows with budget, budget to date, actual, variance (amount and %), utilisation, status and action;
 * the expense ratio and savings rate; a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad budget; `INVALID_INPUT` for a bad entry or option, or
 * an entry with no line under `unbudgeted: 'error'` (`expense.unbudgeted-entry`); `NO_POLICY_IN_FORCE` when
 * no version is in force on `options.asOf`.
 *
 * @example
 * const budget = {
 *   id: 'b',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   fiscalYear: 2026,
 *   lines: [{ category: 'travel', amount: '120000' }],
 * }
 * const report = budgetVariance(budget, [{ date: '2026-03-15', category: 'travel', amount: '35000' }], {
 *   asOf: '2026-03-31',
 * })
 * report.rows[0]?.variance.toFixed(2) //=> '-5000.00'
 *
 * @group Expense budget
 */
export function budgetVariance(
  budget: PolicyOrVersions<ExpenseBudgetInput>,
  entries: readonly ExpenseEntryInput[],
  options: BudgetVarianceOptions,
): BudgetVariance {
  // the decision's date is the report's `asOf`: the budget version in force on it reports
  return withPolicyInForce(
    budget,
    () => optionOf(options, 'asOf'),
    ['options', 'asOf'],
    (b) => varianceOf(approved(parseWith(ExpenseBudgetSchema(), b, 'INVALID_POLICY')), entries, options),
  )
}

/** The variance report of a validated budget. @internal */
function varianceOf(
  parsed: ExpenseBudget,
  entries: readonly ExpenseEntryInput[],
  options: BudgetVarianceOptions,
): BudgetVariance {
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  return variancesOf(parsed, entries, opts.asOf, [opts.groupBy], opts.revenue, [
    'options',
    'groupBy',
  ])[0] as BudgetVariance
}

/** Reports for several groupings of the same entries, summed once. @internal */
export function variancesOf(
  parsed: ExpenseBudget,
  entries: readonly ExpenseEntryInput[],
  asOf: string,
  groupings: readonly (readonly string[])[],
  revenue: Decimal | undefined,
  path: readonly (string | number)[],
): BudgetVariance[] {
  checkGroupings(parsed, groupings, path)
  const lines = phaseLines(parsed, asOf)
  // plain entries are summed in integer cents; anything else is validated by zod and summed in decimals
  // Stryker disable next-line ArrowFunction: which path sums is a matter of speed; both give the same sums
  // (plainEntries.test.ts holds each to it)
  const counts =
    fastOrNothing(() => addPlainEntries(parsed, lines, entries, asOf)) ??
    addEntries(
      parsed,
      lines,
      parseWith(z.array(ExpenseEntrySchema()), entries, 'INVALID_INPUT', ['entries']),
      asOf,
      ['entries'],
    )
  return groupings.map((groupBy) => report(parsed, [...lines.values()], asOf, groupBy, revenue, counts))
}

/** Fails on a grouping key that is not `category`, `month` or a dimension of the budget. @internal */
export function checkGroupings(
  parsed: ExpenseBudget,
  groupings: readonly (readonly string[])[],
  path: readonly (string | number)[],
): void {
  const allowed = new Set(['category', 'month', ...parsed.dimensions])
  groupings.forEach((groupBy, g) =>
    groupBy.forEach((key, i) => {
      if (!allowed.has(key))
        fail(
          'INVALID_INPUT',
          'expense.unknown-dimension',
          groupings.length === 1 ? [...path, i] : [...path, g, i],
          { dimension: key },
        )
    }),
  )
}

/** The report of one grouping over summed lines. @internal */
export function report(
  budget: ExpenseBudget,
  lines: readonly LineFigures[],
  asOf: string,
  groupBy: readonly string[],
  revenue: Decimal | undefined,
  counts: { counted: number; ignored: number },
): BudgetVariance {
  const money = (d: Decimal) => d.toFixed(budget.rounding.scale)
  const byMonth = groupBy.includes('month')
  const leaves: Leaf[] = lines.flatMap((line) =>
    byMonth
      ? line.months.map((m) => ({
          group: Object.fromEntries(groupBy.map((k) => [k, k === 'month' ? m.month : valueOf(line, k)])),
          budget: m.budget,
          toDate: m.toDate,
          actual: m.actual,
          line,
        }))
      : [
          {
            group: Object.fromEntries(groupBy.map((k) => [k, valueOf(line, k)])),
            budget: line.budget,
            toDate: line.toDate,
            actual: line.actual,
            line,
          },
        ],
  )
  const rows: VarianceRow[] = []
  // each group's row follows its sub-groups' rows in `rows`' order but is summed from them (each leaf is
  // added once per report, not once per level)
  const walk = (level: number, group: Record<string, string>, members: readonly Leaf[]): VarianceRow => {
    if (level === groupBy.length) {
      const leafRow = row(level, group, members, budget.control, budget.rounding.scale)
      rows.push(leafRow)
      return leafRow
    }
    const at = rows.length
    rows.push(undefined as unknown as VarianceRow) // its place, filled below
    const key = groupBy[level] as string
    // one pass splits the members by value (in their order), not a filter per value
    const parts = new Map<string, Leaf[]>()
    for (const m of members) {
      const value = m.group[key] ?? ''
      const part = parts.get(value)
      if (part === undefined) parts.set(value, [m])
      else part.push(m)
    }
    const children: VarianceRow[] = []
    for (const value of [...parts.keys()].sort())
      children.push(walk(level + 1, { ...group, [key]: value }, parts.get(value) as Leaf[]))
    const own = row(level, group, members, budget.control, budget.rounding.scale, {
      budget: sum(children.map((c) => c.budget)),
      budgetToDate: sum(children.map((c) => c.budgetToDate)),
      actual: sum(children.map((c) => c.actual)),
    })
    rows[at] = own
    return own
  }
  walk(0, {}, leaves)
  const trace: TraceStep[] = lines.map((l) => {
    const { status } = statusOf(l.control, l.actual, l.toDate, l.budget)
    return step('expense.line', {
      line: lineName(budget, l.category, l.dimensions),
      budget: money(l.budget),
      toDate: money(l.toDate),
      phasing: PHASING_LABEL[l.phasing],
      actual: money(l.actual),
      variance: money(l.toDate.minus(l.actual)),
      status: STATUS[status],
    })
  })
  return finish(budget, rows, trace, asOf, groupBy, revenue, counts)
}

/**
 * A report from its rows (the grand total first) and its lines' trace steps: the totals' steps, the expense
 * ratio and the savings rate. @internal
 */
export function finish(
  budget: ExpenseBudget,
  rows: VarianceRow[],
  trace: TraceStep[],
  asOf: string,
  groupBy: readonly string[],
  revenue: Decimal | undefined,
  counts: { counted: number; ignored: number },
): BudgetVariance {
  const money = (d: Decimal) => d.toFixed(budget.rounding.scale)
  const total = rows[0] as VarianceRow
  trace.push(
    step('expense.total', {
      budget: money(total.budget),
      toDate: money(total.budgetToDate),
      actual: money(total.actual),
      variance: money(total.variance),
      variancePct: total.variancePct ?? ZERO,
    }),
  )
  const expenseRatio = revenue === undefined || revenue.isZero() ? null : ratio(total.actual, revenue)
  if (expenseRatio !== null && revenue !== undefined)
    trace.push(
      step('expense.ratio', {
        ratio: expenseRatio,
        revenue: money(revenue),
        savings: total.variancePct ?? ZERO,
      }),
    )
  return {
    asOf,
    currency: budget.currency,
    groupBy,
    rows,
    expenseRatio,
    savingsRate: total.variancePct,
    entries: counts,
    policy: stampOf(budget),
    trace,
  }
}

/** The statuses' names, for traces. @internal */
export const STATUS = {
  within: { en: 'within budget', 'zh-CN': '预算内' },
  warning: { en: 'warning', 'zh-CN': '预警' },
  over: { en: 'over budget', 'zh-CN': '超预算' },
} as const
