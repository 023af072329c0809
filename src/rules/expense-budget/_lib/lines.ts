import { addMonths, subDays } from 'date-fns'
import type * as z from 'zod'
import { toDate, toText } from '../../../core/dates'
import { allocateUnits, Dec, roundTo, sum, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError } from '../../../core/errors'
import { issueOf } from '../../../core/schema'
import { prorate, periodContaining } from '../../../core/period'
import type { LocalizedText, TraceValue } from '../../../core/trace'
import { lineKey, type ExpenseBudget, type ExpenseEntrySchema } from '../../../models/expense'

type Entry = z.output<typeof ExpenseEntrySchema>
type Line = ExpenseBudget['lines'][number]
/** A resolved control policy. */
export type Control = ExpenseBudget['control']

/** One fiscal month of a line. */
export interface MonthFigures {
  readonly month: string
  readonly start: string
  readonly end: string
  readonly budget: Decimal
  readonly toDate: Decimal
  actual: Decimal
}

/** A line with its phased figures and matched entries. */
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

/** The phasing's name, for traces. */
export const PHASING_LABEL: Readonly<Record<LineFigures['phasing'], { en: string; 'zh-CN': string }>> = {
  even: { en: 'even by month', 'zh-CN': '按月平均' },
  distribution: { en: 'monthly distribution', 'zh-CN': '按月度分配' },
  linear: { en: 'time-linear', 'zh-CN': '按时间线性' },
  unbudgeted: { en: 'unbudgeted', 'zh-CN': '无预算' },
}

/** The fiscal year and its twelve months. */
export function fiscalMonths(budget: ExpenseBudget): { start: string; end: string; months: { start: string; end: string; label: string }[] } {
  const first = `${String(budget.fiscalYear).padStart(4, '0')}-${String(budget.fiscalYearStartMonth).padStart(2, '0')}-01`
  const year = periodContaining(first, 'year', budget.fiscalYearStartMonth)
  const months = Array.from({ length: 12 }, (_, i) => {
    const start = addMonths(toDate(first), i)
    return { start: toText(start), end: toText(subDays(addMonths(start, 1), 1)), label: toText(start).slice(0, 7) }
  })
  return { start: year.start, end: year.end, months }
}

/** The control of a line: its own, its category's, or the budget's. */
function controlOf(budget: ExpenseBudget, line: Pick<Line, 'category' | 'control'>): Control {
  return line.control ?? budget.categories.find((c) => c.id === line.category)?.control ?? budget.control
}

/** Phases every line as of a date. */
export function phaseLines(budget: ExpenseBudget, asOf: string): Map<string, LineFigures> {
  const year = fiscalMonths(budget)
  const round = (d: Decimal) => roundTo(d, budget.rounding)
  const lines = new Map<string, LineFigures>()
  for (const line of budget.lines) {
    const total = round(line.amount)
    let budgets: Decimal[]
    let toDates: Decimal[]
    if (line.phasing.kind === 'linear') {
      const basis = line.phasing.basis
      const spread = (ranges: { start: string; end: string }[], amount: Decimal) =>
        ranges.length === 0 ? [] : prorate({ amount, period: year, ranges, basis, rounding: budget.rounding, ...(budget.calendar ? { calendar: budget.calendar } : {}) }).ranges.map((r) => r.amount)
      budgets = spread(year.months, total)
      const started = year.months.filter((m) => m.start <= asOf).map((m) => ({ start: m.start, end: m.end < asOf ? m.end : asOf }))
      const soFar = spread(started, total)
      toDates = year.months.map((_, i) => soFar[i] ?? ZERO)
    } else {
      const weights = line.phasing.kind === 'even' ? year.months.map(() => new Dec(1)) : line.phasing.months
      budgets = sum(weights).isZero() ? weights.map(() => ZERO) : allocateUnits(total, weights, budget.rounding.scale).parts
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
      months: year.months.map((m, i) => ({ month: m.label, start: m.start, end: m.end, budget: budgets[i] ?? ZERO, toDate: toDates[i] ?? ZERO, actual: ZERO })),
      actual: ZERO,
    })
  }
  return lines
}

/** Adds entries to their lines (up to `asOf`, inside the fiscal year); unmatched entries make unbudgeted lines or an error. */
export function addEntries(budget: ExpenseBudget, lines: Map<string, LineFigures>, entries: readonly Entry[], asOf: string, path: readonly (string | number)[]): { counted: number; ignored: number } {
  const year = fiscalMonths(budget)
  let counted = 0
  let ignored = 0
  const problems = []
  for (const [i, e] of entries.entries()) {
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
      line = {
        key,
        category: e.category,
        dimensions: Object.fromEntries(budget.dimensions.map((d) => [d, e.dimensions[d] ?? ''])),
        budget: ZERO,
        toDate: ZERO,
        phasing: 'unbudgeted',
        control: controlOf(budget, { category: e.category, control: undefined }),
        unbudgeted: true,
        months: year.months.map((m) => ({ month: m.label, start: m.start, end: m.end, budget: ZERO, toDate: ZERO, actual: ZERO })),
        actual: ZERO,
      }
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

/** Within, warning or over, and the action the control prescribes. */
export function statusOf(control: Control, actual: Decimal, toDate: Decimal, annual: Decimal): { status: 'within' | 'warning' | 'over'; action: Control['action'] | null } {
  const checked = control.against === 'annual' ? [annual] : control.against === 'to-date' ? [toDate] : [toDate, annual]
  if (checked.some((b) => actual.gt(b))) return { status: 'over', action: control.action }
  if (checked.some((b) => actual.gte(control.warnAt.times(b)) && actual.gt(0))) return { status: 'warning', action: 'warn' }
  return { status: 'within', action: null }
}

/** A line's name for traces: category label and dimension values. */
export function lineName(budget: ExpenseBudget, category: string, dimensions: Readonly<Record<string, string>>): TraceValue {
  const label: LocalizedText = budget.categories.find((c) => c.id === category)?.label ?? category
  const dims = budget.dimensions.map((d) => dimensions[d]).filter((v): v is string => v !== undefined && v !== '')
  if (dims.length === 0) return typeof label === 'string' ? label : { ...label }
  const suffix = ` / ${dims.join(' / ')}`
  return typeof label === 'string' ? `${label}${suffix}` : { en: `${label.en ?? label['zh-CN'] ?? ''}${suffix}`, 'zh-CN': `${label['zh-CN'] ?? label.en ?? ''}${suffix}` }
}

