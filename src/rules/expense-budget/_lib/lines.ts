import { addMonths } from 'date-fns/addMonths'
import { subDays } from 'date-fns/subDays'
import type * as z from 'zod'
import { toDate, toText } from '../../../core/dates'
import { allocateUnits, Dec, roundTo, sum, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError } from '../../../core/errors'
import { hasOnlyKeys, isPlainDate, isPlainId, readCents } from '../../../core/plain'
import { issueOf } from '../../../core/schema'
import { prorate, periodContaining } from '../../../core/period'
import type { LocalizedText, TraceValue } from '../../../core/trace'
import { lineKey, type ExpenseBudget, type ExpenseEntrySchema } from '../../../models/expense'

type Entry = z.output<ReturnType<typeof ExpenseEntrySchema>>
type Line = ExpenseBudget['lines'][number]
/**
 * A resolved control policy.
 *
 * @group Expense budget
 */
export type Control = ExpenseBudget['control']

/**
 * One fiscal month of a line.
 *
 * @group Expense budget
 */
interface MonthFigures {
  readonly month: string
  readonly start: string
  readonly end: string
  readonly budget: Decimal
  readonly toDate: Decimal
  actual: Decimal
}

/**
 * A line with its phased figures and matched entries.
 *
 * @group Expense budget
 */
export interface LineFigures {
  readonly key: string
  readonly category: string
  readonly dimensions: Readonly<Record<string, string>>
  readonly budget: Decimal
  readonly toDate: Decimal
  readonly phasing: Line['phasing']['kind'] | 'unbudgeted'
  readonly control: Control
  readonly unbudgeted: boolean
  readonly months: MonthFigures[]
  actual: Decimal
}

/**
 * The phasing's name, for traces.
 *
 * @group Expense budget
 */
export const PHASING_LABEL: Readonly<Record<LineFigures['phasing'], { en: string; 'zh-CN': string }>> = {
  even: { en: 'even by month', 'zh-CN': '按月平均' },
  distribution: { en: 'monthly distribution', 'zh-CN': '按月度分配' },
  linear: { en: 'time-linear', 'zh-CN': '按时间线性' },
  unbudgeted: { en: 'unbudgeted', 'zh-CN': '无预算' },
}

/**
 * The fiscal year and its twelve months.
 *
 * @group Expense budget
 */
export function fiscalMonths(budget: ExpenseBudget): FiscalYear {
  // formatted once per budget (date-fns is slow for a few hundred unbudgeted lines per report); never mutated
  let year = YEARS.get(budget)
  if (year === undefined) {
    year = yearOf(budget)
    YEARS.set(budget, year)
  }
  return year
}

/** A fiscal year and its twelve months. */
interface FiscalYear {
  readonly start: string
  readonly end: string
  readonly months: readonly { readonly start: string; readonly end: string; readonly label: string }[]
}

const YEARS = new WeakMap<ExpenseBudget, FiscalYear>()

function yearOf(budget: ExpenseBudget): FiscalYear {
  const year4 = String(budget.fiscalYear).padStart(4, '0')
  const first = `${year4}-${String(budget.fiscalYearStartMonth).padStart(2, '0')}-01`
  const year = periodContaining(first, 'year', budget.fiscalYearStartMonth)
  const months = Array.from({ length: 12 }, (_, i) => {
    const start = addMonths(toDate(first), i)
    return {
      start: toText(start),
      end: toText(subDays(addMonths(start, 1), 1)),
      label: toText(start).slice(0, 7),
    }
  })
  return { start: year.start, end: year.end, months }
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key)
  if (value === undefined) {
    value = make()
    cache.set(key, value)
  }
  return value
}

/**
 * An amount split evenly over twelve months: what `allocateUnits` gives for equal weights (the
 * leftover units to the earliest months), in integers when the amount is a whole number of units.
 */
function evenMonths(total: Decimal, scale: number): Decimal[] {
  const units = total.times(new Dec(10).pow(scale))
  if (!units.isInteger() || units.isNegative() || !units.lte(Number.MAX_SAFE_INTEGER))
    return allocateUnits(
      total,
      Array.from({ length: 12 }, () => new Dec(1)),
      scale,
    ).parts
  const n = units.toNumber()
  const base = Math.floor(n / 12)
  const left = n - base * 12
  return Array.from({ length: 12 }, (_, i) =>
    base + (i < left ? 1 : 0) === 0 ? ZERO : new Dec(base + (i < left ? 1 : 0)).div(new Dec(10).pow(scale)),
  )
}

const ENTRY_KEYS = new Set(['id', 'date', 'category', 'dimensions', 'amount', 'description'])
const LEAF = Symbol('sum')
interface Sum {
  readonly category: string
  readonly dimensions: Record<string, string>
  total: number
  readonly months: number[]
}
type Tree = Map<string | symbol, Tree | Sum>

/**
 * The fast path of {@link addEntries} for plain entries (amounts exact in cents, a budget at
 * scale 2): sums in integer cents, then one decimal per line and month. Returns `undefined` when
 * an entry is not plain (the caller then validates with zod and takes the exact path). The
 * result is the same as the exact path's.
 *
 * @group Expense budget
 */
export function addPlainEntries(
  budget: ExpenseBudget,
  lines: Map<string, LineFigures>,
  entries: unknown,
  asOf: string,
): { counted: number; ignored: number } | undefined {
  if (budget.rounding.scale !== 2 || !Array.isArray(entries)) return undefined
  const year = fiscalMonths(budget)
  const monthStarts = year.months.map((m) => m.start)
  const sums = new Map<string, Sum>()
  const trees = new Map<string, Tree>()
  let magnitude = 0
  let counted = 0
  let ignored = 0
  // dates repeat: each distinct date is checked once and mapped to its fiscal month (-1: not counted, -2: not
  // a date)
  const monthOfDate = new Map<unknown, number>()
  const monthOf = (date: unknown): number => {
    let month = monthOfDate.get(date)
    if (month === undefined) {
      if (!isPlainDate(date)) month = -2
      else if (date < year.start || date > year.end || date > asOf) month = -1
      else {
        month = 11
        while (month > 0 && date < (monthStarts[month] as string)) month -= 1
      }
      monthOfDate.set(date, month)
    }
    return month
  }
  const validIds = new Set<unknown>() // ids repeat (categories, regions): check each distinct one once
  const isId = (v: unknown): v is string => validIds.has(v) || (isPlainId(v) && validIds.add(v) !== undefined)
  for (const e of entries as unknown[]) {
    if (typeof e !== 'object' || e === null || Array.isArray(e) || !hasOnlyKeys(e, ENTRY_KEYS))
      return undefined
    const x = e as {
      id?: unknown
      date: unknown
      category: unknown
      dimensions?: unknown
      amount: unknown
      description?: unknown
    }
    const month = monthOf(x.date)
    if ((x.id !== undefined && !isPlainId(x.id)) || month === -2 || !isId(x.category)) return undefined
    let tree = trees.get(x.category)
    if (tree === undefined) {
      tree = new Map()
      trees.set(x.category, tree)
    }
    if (x.description !== undefined && (typeof x.description !== 'string' || x.description.length > 1000))
      return undefined
    const dims = x.dimensions ?? {}
    if (typeof dims !== 'object' || dims === null || Array.isArray(dims)) return undefined
    for (const k in dims)
      if (!budget.dimensions.includes(k) || !isId((dims as Record<string, unknown>)[k])) return undefined
    const amount = readCents(x.amount, true)
    if (amount === undefined) return undefined
    if (month === -1) {
      ignored += 1
      continue
    }
    const dimensions = dims as Record<string, string>
    // a tree of Maps, one level per key part, so no key string is built per entry
    let node = tree
    for (const d of budget.dimensions) {
      const part = dimensions[d] ?? ''
      let child = node.get(part) as Tree | undefined
      if (child === undefined) {
        child = new Map()
        node.set(part, child)
      }
      node = child
    }
    let s = node.get(LEAF) as Sum | undefined
    if (s === undefined) {
      const key = lineKey(x.category, dimensions, budget.dimensions)
      // the exact path reports every such entry
      if (!lines.has(key) && budget.unbudgeted === 'error') return undefined
      s = { category: x.category, dimensions, total: 0, months: Array.from({ length: 12 }, () => 0) }
      node.set(LEAF, s)
      sums.set(key, s)
    }
    s.total += amount
    s.months[month] = (s.months[month] ?? 0) + amount
    magnitude += Math.abs(amount)
    counted += 1
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined // every partial sum was exact below this
  const cents = (n: number) => (n === 0 ? ZERO : new Dec(n).div(100))
  for (const [key, s] of sums) {
    let line = lines.get(key)
    if (line === undefined) {
      line = unbudgetedLine(budget, key, s.category, s.dimensions)
      lines.set(key, line)
    }
    line.actual = line.actual.plus(cents(s.total))
    s.months.forEach((m, i) => {
      const target = line.months[i]
      if (target && m !== 0) target.actual = target.actual.plus(cents(m))
    })
  }
  return { counted, ignored }
}

/**
 * A line for spending with no budget line.
 *
 * @group Expense budget
 */
export function unbudgetedLine(
  budget: ExpenseBudget,
  key: string,
  category: string,
  dimensions: Readonly<Record<string, string>>,
): LineFigures {
  const year = fiscalMonths(budget)
  return {
    key,
    category,
    dimensions: Object.fromEntries(budget.dimensions.map((d) => [d, dimensions[d] ?? ''])),
    budget: ZERO,
    toDate: ZERO,
    phasing: 'unbudgeted',
    control: controlOf(budget, { category, control: undefined }),
    unbudgeted: true,
    months: year.months.map((m) => ({
      month: m.label,
      start: m.start,
      end: m.end,
      budget: ZERO,
      toDate: ZERO,
      actual: ZERO,
    })),
    actual: ZERO,
  }
}

/** The control of a line: its own, its category's, or the budget's. */
function controlOf(budget: ExpenseBudget, line: Pick<Line, 'category' | 'control'>): Control {
  return line.control ?? budget.categories.find((c) => c.id === line.category)?.control ?? budget.control
}

/**
 * Phases every line as of a date.
 *
 * @group Expense budget
 */
export function phaseLines(budget: ExpenseBudget, asOf: string): Map<string, LineFigures> {
  const year = fiscalMonths(budget)
  const round = (d: Decimal) => roundTo(d, budget.rounding)
  const lines = new Map<string, LineFigures>()
  const evenCache = new Map<string, Decimal[]>() // lines often share an amount: split it once
  for (const line of budget.lines) {
    const total = round(line.amount)
    let budgets: Decimal[]
    let toDates: Decimal[]
    if (line.phasing.kind === 'linear') {
      const basis = line.phasing.basis
      const spread = (ranges: readonly { start: string; end: string }[], amount: Decimal) =>
        ranges.length === 0
          ? []
          : prorate({
              amount,
              period: { start: year.start, end: year.end },
              ranges: ranges.map((r) => ({ start: r.start, end: r.end })),
              basis,
              rounding: budget.rounding,
              ...(budget.calendar ? { calendar: budget.calendar } : {}),
            }).ranges.map((r) => r.amount)
      budgets = spread(year.months, total)
      const started = year.months
        .filter((m) => m.start <= asOf)
        .map((m) => ({ start: m.start, end: m.end < asOf ? m.end : asOf }))
      const soFar = spread(started, total)
      toDates = year.months.map((_, i) => soFar[i] ?? ZERO)
    } else {
      budgets =
        line.phasing.kind === 'even'
          ? cached(evenCache, total.toString(), () => evenMonths(total, budget.rounding.scale))
          : sum(line.phasing.months).isZero()
            ? line.phasing.months.map(() => ZERO)
            : allocateUnits(total, line.phasing.months, budget.rounding.scale).parts
      // a month counts in full once it has started (ERPNext's accumulated monthly budget)
      toDates = year.months.map((m, i) => (m.start <= asOf ? (budgets[i] ?? ZERO) : ZERO))
    }
    const key = lineKey(line.category, line.dimensions, budget.dimensions)
    lines.set(key, {
      key,
      category: line.category,
      dimensions: line.dimensions,
      budget: total,
      toDate: sum(toDates),
      phasing: line.phasing.kind,
      control: controlOf(budget, line),
      unbudgeted: false,
      months: year.months.map((m, i) => ({
        month: m.label,
        start: m.start,
        end: m.end,
        budget: budgets[i] ?? ZERO,
        toDate: toDates[i] ?? ZERO,
        actual: ZERO,
      })),
      actual: ZERO,
    })
  }
  return lines
}

/**
 * Adds entries to their lines (up to `asOf`, inside the fiscal year); unmatched entries make unbudgeted lines
 * or an error.
 *
 * @group Expense budget
 */
export function addEntries(
  budget: ExpenseBudget,
  lines: Map<string, LineFigures>,
  entries: readonly Entry[],
  asOf: string,
  path: readonly (string | number)[],
): { counted: number; ignored: number } {
  const year = fiscalMonths(budget)
  let counted = 0
  let ignored = 0
  const problems = []
  for (const [i, e] of entries.entries()) {
    // a dimension the budget does not have is a typo (`regoin`), never an unbudgeted line of its own
    const unknown = unknownDimensions(budget, e.dimensions)
    if (unknown.length > 0) {
      for (const k of unknown)
        problems.push(issueOf('expense.unknown-dimension', [...path, i, 'dimensions', k], { dimension: k }))
      continue
    }
    if (e.date < year.start || e.date > year.end || e.date > asOf) {
      ignored += 1
      continue
    }
    const key = lineKey(e.category, e.dimensions, budget.dimensions)
    let line = lines.get(key)
    if (line === undefined) {
      if (budget.unbudgeted === 'error') {
        problems.push(issueOf('expense.unbudgeted-entry', [...path, i]))
        continue
      }
      line = unbudgetedLine(budget, key, e.category, e.dimensions)
      lines.set(key, line)
    }
    line.actual = line.actual.plus(e.amount)
    const month = line.months.find((m) => e.date >= m.start && e.date <= m.end)
    if (month) month.actual = month.actual.plus(e.amount)
    counted += 1
  }
  if (problems.length > 0) throw new SalesRulesError('INVALID_INPUT', problems)
  return { counted, ignored }
}

/** The keys of an entry's `dimensions` that the budget does not have, in the entry's order. @internal */
export function unknownDimensions(
  budget: ExpenseBudget,
  dimensions: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(dimensions).filter((k) => !budget.dimensions.includes(k))
}

/**
 * Within, warning or over, and the action the control prescribes.
 *
 * @group Expense budget
 */
export function statusOf(
  control: Control,
  actual: Decimal,
  toDate: Decimal,
  annual: Decimal,
): { status: 'within' | 'warning' | 'over'; action: Control['action'] | null } {
  const checked =
    control.against === 'annual' ? [annual] : control.against === 'to-date' ? [toDate] : [toDate, annual]
  if (checked.some((b) => actual.gt(b))) return { status: 'over', action: control.action }
  if (checked.some((b) => actual.gte(control.warnAt.times(b)) && actual.gt(0)))
    return { status: 'warning', action: 'warn' }
  return { status: 'within', action: null }
}

/**
 * A line's name for traces: category label and dimension values.
 *
 * @group Expense budget
 */
export function lineName(
  budget: ExpenseBudget,
  category: string,
  dimensions: Readonly<Record<string, string>>,
): TraceValue {
  const label: LocalizedText = budget.categories.find((c) => c.id === category)?.label ?? category
  const dims = budget.dimensions
    .map((d) => dimensions[d])
    .filter((v): v is string => v !== undefined && v !== '')
  if (dims.length === 0) return typeof label === 'string' ? label : { ...label }
  const suffix = ` / ${dims.join(' / ')}`
  return typeof label === 'string'
    ? `${label}${suffix}`
    : {
        en: `${label.en ?? label['zh-CN'] ?? ''}${suffix}`,
        'zh-CN': `${label['zh-CN'] ?? label.en ?? ''}${suffix}`,
      }
}
