import { approved } from './_lib/approval'
import { fastOrNothing } from '../../core/plain'
import {
  checkInForce,
  optionOf,
  stampOf,
  withPolicyInForce,
  type PolicyOrVersions,
  type PolicyStamp,
} from '../../core/versioning'
import * as z from 'zod'
import { atScale, ratio, ZERO, type Decimal } from '../../core/decimal'
import { DateSchema, fail, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import {
  ExpenseBudgetSchema,
  ExpenseEntrySchema,
  lineKey,
  type ExpenseBudget,
  type ExpenseBudgetInput,
  type ExpenseEntryInput,
} from '../../models/expense'
import {
  addEntries,
  addPlainEntries,
  fiscalMonths,
  lineName,
  phaseLines,
  unbudgetedLine,
  unknownDimensions,
  type LineFigures,
  type Control,
} from './_lib/lines'
import { once } from '../../core/once'

/**
 * Options of {@link checkExpense}.
 *
 * @group Expense budget
 */
export interface CheckExpenseOptions {
  /** The evaluation date: the budget to date runs to it, and entries after it are left out. */
  readonly asOf: string
}

/**
 * Whether a new expense may go ahead (费用事前控制).
 *
 * @group Expense budget
 */
export interface ExpenseCheck {
  /**
   * `allowed`, `warning` (allowed, past the warning share), `approval` (over budget: needs approval) or
   * `stopped`.
   */
  readonly decision: 'allowed' | 'warning' | 'approval' | 'stopped'
  /** Who approves, for `approval`. */
  readonly approver: string | null
  /** Which budget decided: the annual budget or the budget to date. */
  readonly checkedAgainst: 'annual' | 'to-date'
  /** The budget that decided. */
  readonly budget: Decimal
  /** Spent on the line before this expense. */
  readonly spent: Decimal
  /** What is left of that budget after this expense (negative when over). */
  readonly remaining: Decimal
  /** True when no budget line matches (the budget is zero). */
  readonly unbudgeted: boolean
  /** The budget version that decided. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

const DECISION: Readonly<Record<Control['action'], ExpenseCheck['decision']>> = {
  ignore: 'allowed',
  warn: 'warning',
  approval: 'approval',
  stop: 'stopped',
}

/**
 * Checks a new expense against its budget line before it is incurred (超出预算需审批): with what
 * was spent up to `asOf`, is the line past its warning share or over its budget (annual, to date,
 * or both, as its control says)? Over budget, the control decides: ignore (allowed), warn,
 * require approval (by whom), or stop. An expense with no budget line counts against a budget of
 * zero under the budget's default control.
 *
 * @param budget - The budget, or the list of its versions (the one in force on `options.asOf`, the
 * decision's date, decides); see {@link ExpenseBudgetInput}.
 * @param entries - Expenses so far.
 * @param entry - The new expense.
 * @param options - `asOf` date.
 * @returns The decision, the budget that decided, what was spent and what remains, and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad budget; `INVALID_INPUT` for a bad entry or option;
 * `NO_POLICY_IN_FORCE` when no version is in force on `options.asOf`.
 *
 * @example
 * const budget = defineExpenseBudget({
 *   id: 'b', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY', fiscalYear: 2026,
 *   control: { warnAt: '0.9', action: 'approval', approver: 'sales-director', against: 'to-date' },
 *   lines: [{ category: 'entertainment', amount: '60000' }],
 * })
 * const spent = [{ date: '2026-02-10', category: 'entertainment', amount: '9000' }]
 * const dinner = { date: '2026-02-20', category: 'entertainment', amount: '2000' }
 * checkExpense(budget, spent, dinner, { asOf: '2026-02-20' }).decision //=> 'approval'
 *
 * @group Expense budget
 */
export function checkExpense(
  budget: PolicyOrVersions<ExpenseBudgetInput>,
  entries: readonly ExpenseEntryInput[],
  entry: ExpenseEntryInput,
  options: CheckExpenseOptions,
): ExpenseCheck {
  // the decision's date is the check's `asOf`: the budget version in force on it decides
  return withPolicyInForce(
    budget,
    () => optionOf(options, 'asOf'),
    ['options', 'asOf'],
    (b) => checkOf(approved(parseWith(ExpenseBudgetSchema(), b, 'INVALID_POLICY')), entries, entry, options),
  )
}

/** The check of a new expense against a validated budget. @internal */
export function checkOf(
  parsed: ExpenseBudget,
  entries: readonly ExpenseEntryInput[],
  entry: ExpenseEntryInput,
  options: CheckExpenseOptions,
  index?: LineIndex,
): ExpenseCheck {
  const next = readCheckedEntry(parsed, entry)
  const { asOf } = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  // a budget decides only on the days it is in force (a compiled one is checked here, per call)
  checkInForce(parsed, asOf, ['options', 'asOf'])
  const key = lineKey(next.category, next.dimensions, parsed.dimensions)
  // only the new expense's line matters: phase that one, not the whole budget (found through the compiled
  // index when there is one, not by building every line's key)
  const own = index === undefined ? undefined : index.get(key)
  const rows: ExpenseBudget = {
    ...parsed,
    unbudgeted: 'row',
    lines:
      index === undefined
        ? parsed.lines.filter((l) => lineKey(l.category, l.dimensions, parsed.dimensions) === key)
        : own === undefined
          ? []
          : [own],
  }
  const lines = phaseLines(rows, asOf)
  sumInto(rows, lines, entries, asOf)
  return verdictOf(parsed, next, lines.get(key))
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema() }))

type Entry = z.output<ReturnType<typeof ExpenseEntrySchema>>

/** A budget's lines by key (category and dimension values), built once at compile time. @internal */
export type LineIndex = ReadonlyMap<string, ExpenseBudget['lines'][number]>

/** The line index of a validated budget. @internal */
export function lineIndexOf(parsed: ExpenseBudget): LineIndex {
  return new Map(parsed.lines.map((l) => [lineKey(l.category, l.dimensions, parsed.dimensions), l]))
}

/** The new expense, validated, with no dimension the budget does not have. */
function readEntry(parsed: ExpenseBudget, entry: ExpenseEntryInput): Entry {
  const next = parseWith(ExpenseEntrySchema(), entry, 'INVALID_INPUT', ['entry'])
  for (const k of unknownDimensions(parsed, next.dimensions))
    fail('INVALID_INPUT', 'expense.unknown-dimension', ['entry', 'dimensions', k], { dimension: k })
  return next
}

/**
 * A new expense to check, read as {@link readEntry} reads it, and dated within the budget's fiscal year: a
 * budget decides only the spend of its own year (a report leaves other years' entries out, so a check must
 * not count them against this year's lines).
 */
function readCheckedEntry(parsed: ExpenseBudget, entry: ExpenseEntryInput): Entry {
  const next = readEntry(parsed, entry)
  const { start, end } = fiscalMonths(parsed)
  if (next.date < start || next.date > end)
    fail('INVALID_INPUT', 'expense.outside-year', ['entry', 'date'], { date: next.date, start, end })
  return next
}

/** Adds the entries to the lines: in integer cents when they are plain, else validated and in decimals. */
function sumInto(
  rows: ExpenseBudget,
  lines: Map<string, LineFigures>,
  entries: readonly ExpenseEntryInput[],
  asOf: string,
): void {
  // Stryker disable next-line ArrowFunction: which path sums is a matter of speed; both give the same sums
  // (plainEntries.test.ts holds each to it)
  if (fastOrNothing(() => addPlainEntries(rows, lines, entries, asOf)) === undefined)
    addEntries(
      rows,
      lines,
      parseWith(z.array(ExpenseEntrySchema()), entries, 'INVALID_INPUT', ['entries']),
      asOf,
      ['entries'],
    )
}

/**
 * Expenses so far summed once per budget line as of a date (费用台账), for many checks: each check finds its
 * line by key and costs O(dimensions), whatever the number of lines and entries.
 * {@link ExpenseBudgetLedger.add} books a new expense into the running totals.
 *
 * @group Expense budget
 */
export interface ExpenseBudgetLedger {
  /** The validated budget. */
  readonly budget: ExpenseBudget
  /** The evaluation date of every check. */
  readonly asOf: string
  /**
   * A check of a new expense against the entries summed so far (those given, then those added): the same
   * result as {@link ExpenseBudgetEvaluator.check} with all of them.
   */
  readonly check: (entry: ExpenseEntryInput) => ExpenseCheck
  /**
   * Books an expense into its line's running total. An expense outside the budget's fiscal year is refused
   * (`expense.outside-year`, as a check refuses it), and so is one dated after the ledger's `asOf`
   * (`expense.after-ledger`): the ledger sums expenses to that day, so a later one would never be counted.
   *
   * @throws {SalesRulesError} `INVALID_INPUT` at `['entry', …]`.
   */
  readonly add: (entry: ExpenseEntryInput) => void
}

// the ledgers this module made: a claim check takes one by reference and never copies it
const LEDGERS = new WeakSet<object>()

/**
 * A ledger's validated budget and its running lines (the live map: `add` updates it), for the expense claim
 * fast path, which decides a ledger check in integer cents. @internal
 */
export interface LedgerState {
  readonly parsed: ExpenseBudget
  readonly lines: ReadonlyMap<string, LineFigures>
  readonly year: { readonly start: string; readonly end: string }
}

const LEDGER_STATES = new WeakMap<object, LedgerState>()

/** The state of a ledger made by {@link ledgerOf}, or `undefined` for anything else. @internal */
export function ledgerState(value: unknown): LedgerState | undefined {
  return typeof value === 'object' && value !== null ? LEDGER_STATES.get(value) : undefined
}

/** True for a ledger made by {@link ledgerOf}. @internal */
export function isLedger(value: unknown): value is ExpenseBudgetLedger {
  return typeof value === 'object' && value !== null && LEDGERS.has(value)
}

/** A ledger: the entries summed into every line once, then checks by key. @internal */
export function ledgerOf(
  parsed: ExpenseBudget,
  entries: readonly ExpenseEntryInput[],
  options: CheckExpenseOptions,
): ExpenseBudgetLedger {
  const { asOf } = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  // a ledger is for a day the budget is in force, as every check made from it
  checkInForce(parsed, asOf, ['options', 'asOf'])
  // as in a check, an entry with no budget line makes an unbudgeted row of its own, never an error
  const rows: ExpenseBudget = { ...parsed, unbudgeted: 'row' }
  const lines = phaseLines(rows, asOf)
  sumInto(rows, lines, entries, asOf)
  const year = fiscalMonths(parsed)
  const ledger: ExpenseBudgetLedger = {
    budget: parsed,
    asOf,
    check: (entry) => {
      const next = readCheckedEntry(parsed, entry)
      return verdictOf(parsed, next, lines.get(lineKey(next.category, next.dimensions, parsed.dimensions)))
    },
    add: (entry) => {
      const next = readCheckedEntry(parsed, entry)
      if (next.date > asOf)
        fail('INVALID_INPUT', 'expense.after-ledger', ['entry', 'date'], { date: next.date, asOf })
      const key = lineKey(next.category, next.dimensions, parsed.dimensions)
      let line = lines.get(key)
      if (line === undefined) {
        line = unbudgetedLine(rows, key, next.category, next.dimensions)
        lines.set(key, line)
      }
      line.actual = line.actual.plus(next.amount)
      const month = line.months.find((m) => next.date >= m.start && next.date <= m.end)
      if (month) month.actual = month.actual.plus(next.amount)
    },
  }
  LEDGERS.add(ledger)
  LEDGER_STATES.set(ledger, { parsed, lines, year })
  return ledger
}

/** The decision on a validated new expense, given its line with the entries so far (if it has one). */
function verdictOf(parsed: ExpenseBudget, next: Entry, line: LineFigures | undefined): ExpenseCheck {
  const control =
    line?.control ?? parsed.categories.find((c) => c.id === next.category)?.control ?? parsed.control
  const spent = line?.actual ?? ZERO
  const after = spent.plus(next.amount)
  const budgets: { against: 'annual' | 'to-date'; amount: Decimal }[] = []
  const annual = line?.budget ?? ZERO
  const toDate = line?.toDate ?? annual
  if (control.against !== 'annual') budgets.push({ against: 'to-date', amount: toDate })
  if (control.against !== 'to-date') budgets.push({ against: 'annual', amount: annual })
  // the tightest budget decides: the one with the least left
  const decisive = budgets.reduce((a, b) => (b.amount.minus(after).lt(a.amount.minus(after)) ? b : a))
  const over = after.gt(decisive.amount)
  const warn = !over && after.gt(0) && after.gte(control.warnAt.times(decisive.amount))
  const decision: ExpenseCheck['decision'] = over ? DECISION[control.action] : warn ? 'warning' : 'allowed'
  const remaining = decisive.amount.minus(after)
  const name = lineName(parsed, next.category, next.dimensions)
  const money = (d: Decimal) => d.toFixed(parsed.rounding.scale)
  const trace: TraceStep[] = [
    step('expense.check', {
      line: name,
      spent: money(spent),
      amount: money(next.amount),
      after: money(after),
      checked:
        decisive.against === 'annual'
          ? { en: 'the annual', 'zh-CN': '年度' }
          : { en: 'the to-date', 'zh-CN': '截至目前的' },
      budget: money(decisive.amount),
      share: ratio(after, decisive.amount),
    }),
  ]
  const verdict =
    over && (decision === 'allowed' || decision === 'warning')
      ? step(decision === 'allowed' ? 'expense.decision-over-allowed' : 'expense.decision-over-warning', {
          over: money(remaining.negated()),
        })
      : decision === 'approval'
        ? step('expense.decision-approval', { approver: control.approver ?? '—' })
        : decision === 'stopped'
          ? step('expense.decision-stopped')
          : decision === 'warning'
            ? step('expense.decision-warning', { warnAt: control.warnAt, remaining: money(remaining) })
            : step('expense.decision-allowed', { remaining: money(remaining) })
  trace.push(verdict)
  return {
    decision,
    approver: decision === 'approval' ? (control.approver ?? null) : null,
    checkedAgainst: decisive.against,
    // money at the budget's scale in JSON (unless an entry has more decimals: JSON never rounds)
    budget: atScale(decisive.amount, parsed.rounding.scale),
    spent: atScale(spent, parsed.rounding.scale),
    remaining: atScale(remaining, parsed.rounding.scale),
    unbudgeted: line === undefined || line.unbudgeted,
    policy: stampOf(parsed),
    trace,
  }
}
