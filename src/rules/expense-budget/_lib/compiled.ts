import { Dec, ZERO, type Decimal } from '../../../core/decimal'
import { isPlainDate, isPlainId, readCents } from '../../../core/plain'
import type { TraceValue } from '../../../core/trace'
import { lineKey, type ExpenseBudget } from '../../../models/expense'
import type { Layout } from './centsReport'
import { fiscalMonths, lineName, PHASING_LABEL, phaseLines, unbudgetedLine, type LineFigures } from './lines'

/**
 * A budget prepared for many variance reports: each line's position in a tree of Maps (category, then one
 * level per dimension), and the phased lines of the last few evaluation dates. @internal
 */
export interface CompiledBudget {
  readonly budget: ExpenseBudget
  readonly yearStart: string
  readonly yearEnd: string
  readonly monthStarts: readonly string[]
  /**
   * The fiscal month (0–11) of every date written in the fiscal year's first two calendar years, by
   * `((year − firstYear) × 13 + month) × 32 + day` from the date's digits: -1 for a real date outside the
   * fiscal
   * year, -2 for no date (month 0 or 13+, day 0 or past the month's end), as `isPlainDate` decides.
   */
  readonly dayTable: Int8Array
  readonly firstYear: number
  readonly index: Tree
  readonly lineCount: number
  readonly phased: Map<string, Phased>
}

/**
 * The budget's lines phased as of a date (decimals, never mutated: copies are made for the entries), and the
 * same figures in integer cents for the compiled report, when every one is a safe integer of cents. @internal
 */
export interface Phased {
  readonly lines: readonly LineFigures[]
  readonly cents: PhasedCents | undefined
  /** The compiled report's groups of the budget lines, per grouping (`centsReport.ts`). */
  readonly layouts: Map<string, Layout>
}

/**
 * Each line's figures in integer cents, by position: annual budget, budget to date, and per month (line × 12
 * + month); the thresholds at which the control warns (⌈warnAt × budget⌉, so that an integer actual warns
 * exactly when its decimal would); and the texts of its trace step that do not depend on the entries.
 * @internal
 */
interface PhasedCents {
  readonly budget: Float64Array
  readonly toDate: Float64Array
  readonly monthBudget: Float64Array
  readonly monthToDate: Float64Array
  readonly warnAnnual: Float64Array
  readonly warnToDate: Float64Array
  /** Σ budget, every line: with the entries' Σ |amount|, a bound on every sum of the report. */
  readonly total: number
  readonly budgetText: readonly string[]
  readonly toDateText: readonly string[]
  readonly names: readonly TraceValue[]
  readonly phasings: readonly TraceValue[]
}

// a node per key part; a leaf holds the line's position
type Tree = Map<string, Tree | number>

const MAX_PHASED = 4

/** Builds the line index of a validated budget. @internal */
export function compileBudget(budget: ExpenseBudget): CompiledBudget {
  const year = fiscalMonths(budget)
  const index: Tree = new Map()
  // positions in the order of phaseLines' Map (a key's first line)
  const positions = new Map<string, number>()
  for (const line of budget.lines) {
    const key = lineKey(line.category, line.dimensions, budget.dimensions)
    if (!positions.has(key)) positions.set(key, positions.size)
  }
  budget.lines.forEach((line) => {
    let node = index
    const parts = [line.category, ...budget.dimensions.map((d) => line.dimensions[d] ?? '')]
    const at = positions.get(lineKey(line.category, line.dimensions, budget.dimensions)) as number
    parts.forEach((part, k) => {
      if (k === parts.length - 1) {
        node.set(part, at)
        return
      }
      let child = node.get(part) as Tree | undefined
      if (child === undefined) {
        child = new Map()
        node.set(part, child)
      }
      node = child
    })
  })
  const monthStarts = year.months.map((m) => m.start)
  const firstYear = Number(year.start.slice(0, 4))
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  const dayTable = new Int8Array(2 * 13 * 32)
  for (let y = 0; y < 2; y += 1)
    for (let m = 0; m < 13; m += 1)
      for (let d = 0; d < 32; d += 1)
        dayTable[(y * 13 + m) * 32 + d] = monthOfText(
          `${pad(firstYear + y, 4)}-${pad(m, 2)}-${pad(d, 2)}`,
          year.start,
          year.end,
          monthStarts,
        )
  return {
    budget,
    yearStart: year.start,
    yearEnd: year.end,
    monthStarts,
    dayTable,
    firstYear,
    index,
    lineCount: positions.size,
    phased: new Map(),
  }
}

/** A date's fiscal month (0–11), -1 outside the fiscal year, -2 not a date (as `isPlainDate`). */
function monthOfText(date: unknown, start: string, end: string, monthStarts: readonly string[]): number {
  if (!isPlainDate(date)) return -2
  if (date < start || date > end) return -1
  let month = 11
  while (month > 0 && date < (monthStarts[month] as string)) month -= 1
  return month
}

/** The phased lines as of a date, from a small cache. @internal */
export function phasedAsOf(compiled: CompiledBudget, asOf: string): Phased {
  let phased = compiled.phased.get(asOf)
  if (phased === undefined) {
    const lines = [...phaseLines(compiled.budget, asOf).values()]
    phased = { lines, cents: centsOf(compiled.budget, lines), layouts: new Map() }
    // Stryker disable next-line all: the cache's bound; only memory depends on it
    if (compiled.phased.size >= MAX_PHASED)
      compiled.phased.delete(compiled.phased.keys().next().value as string)
    compiled.phased.set(asOf, phased)
  }
  return phased
}

/** A decimal as a whole number of cents, or `undefined` when it is not one or not a safe integer. */
function toCents(d: Decimal): number | undefined {
  const c = d.times(100)
  return c.isInteger() && c.abs().lte(Number.MAX_SAFE_INTEGER) ? c.toNumber() : undefined
}

/** The lines' figures in cents (at scale 2), or `undefined` when one is not a safe integer of cents. */
function centsOf(budget: ExpenseBudget, lines: readonly LineFigures[]): PhasedCents | undefined {
  if (budget.rounding.scale !== 2) return undefined
  const n = lines.length
  const cents = {
    budget: new Float64Array(n),
    toDate: new Float64Array(n),
    monthBudget: new Float64Array(n * 12),
    monthToDate: new Float64Array(n * 12),
    warnAnnual: new Float64Array(n),
    warnToDate: new Float64Array(n),
    total: 0,
    budgetText: [] as string[],
    toDateText: [] as string[],
    names: [] as TraceValue[],
    phasings: [] as TraceValue[],
  }
  for (let i = 0; i < n; i += 1) {
    const line = lines[i] as LineFigures
    const b = toCents(line.budget)
    const t = toCents(line.toDate)
    if (b === undefined || t === undefined) return undefined
    for (let k = 0; k < 12; k += 1) {
      const m = line.months[k]
      const mb = m === undefined ? 0 : toCents(m.budget)
      const mt = m === undefined ? 0 : toCents(m.toDate)
      if (mb === undefined || mt === undefined) return undefined
      cents.monthBudget[i * 12 + k] = mb
      cents.monthToDate[i * 12 + k] = mt
    }
    cents.budget[i] = b
    cents.toDate[i] = t
    cents.warnAnnual[i] = line.control.warnAt.times(b).ceil().toNumber()
    cents.warnToDate[i] = line.control.warnAt.times(t).ceil().toNumber()
    cents.total += b
    cents.budgetText.push(centsText(b))
    cents.toDateText.push(centsText(t))
    cents.names.push(lineName(budget, line.category, line.dimensions))
    cents.phasings.push(PHASING_LABEL[line.phasing])
  }
  return cents.total <= Number.MAX_SAFE_INTEGER ? cents : undefined
}

/** Cents as money text at scale 2, as `Decimal#toFixed(2)` writes it ("-1234.05"). @internal */
export function centsText(c: number): string {
  const a = c < 0 ? -c : c
  const whole = Math.floor(a / 100)
  const f = a - whole * 100
  return `${c < 0 ? '-' : ''}${whole}.${f < 10 ? '0' : ''}${f}`
}

/** An unbudgeted line of one call: its key parts and its sums in cents (total, and per month). @internal */
interface Unbudgeted {
  readonly category: string
  readonly dimensions: Record<string, string>
  total: number
  readonly months: number[]
}

/**
 * The lines with the plain entries added, as decimals: what `phaseLines` + `addPlainEntries` give, from the
 * sums in cents of {@link sumCents}. Returns `undefined` when an entry is not plain (the caller then takes
 * the exact path, which reports it). @internal
 */
export function sumCompiled(
  compiled: CompiledBudget,
  entries: unknown,
  asOf: string,
): { lines: Map<string, LineFigures>; counts: { counted: number; ignored: number } } | undefined {
  const summed = sumCents(compiled, entries, asOf)
  return summed && { lines: linesOf(compiled, summed, asOf), counts: summed.counts }
}

/** The sums of {@link sumCents}. @internal */
export interface CentSums {
  /** Per budget line (by position): the total. */
  readonly totals: Float64Array
  /** Per budget line × 12 + fiscal month, when asked for (a grouping by month). */
  readonly months: Float64Array | undefined
  /** Entries with no budget line, in the order of their first entry. */
  readonly others: readonly Unbudgeted[]
  /** Σ |amount| of the entries counted: every partial sum of actuals is at most this. */
  readonly magnitude: number
  readonly counts: { counted: number; ignored: number }
}

/**
 * The plain entries (amounts exact in cents, a budget at scale 2) summed in integer cents: a fixed array of
 * one sum per line (and of twelve more when `byMonth`), so memory is O(lines + groups) whatever the number of
 * entries, and no key string is built per entry. The fiscal month is read from the date's digits through
 * `dayTable`, and a category or dimension value found in the index is the budget's own id, so only the others
 * are checked (once each per call). Returns `undefined` when an entry is not plain (the caller then takes the
 * exact path, which
 * reports it). The sums and counts are those of `phaseLines` + `addPlainEntries`: it must agree with
 * `budgetVariance`'s own path, errors included (`test/fast-exact.prop.test.ts` and
 * `budgetVariance.prop.test.ts` hold it to that). @internal
 */
export function sumCents(
  compiled: CompiledBudget,
  entries: unknown,
  asOf: string,
  byMonth = true,
): CentSums | undefined {
  const { budget, dayTable, firstYear, index } = compiled
  if (budget.rounding.scale !== 2 || !Array.isArray(entries)) return undefined
  const dims = budget.dimensions
  const dimCount = dims.length
  const n = compiled.lineCount
  const totals = new Float64Array(n)
  const months = byMonth ? new Float64Array(n * 12) : undefined
  const extra: Tree = new Map() // entries with no budget line, positions from n on
  const others: Unbudgeted[] = []
  const asOfNumber = dateNumber(asOf)
  let magnitude = 0
  let counted = 0
  let ignored = 0
  // ids not found in the budget's index repeat (an unbudgeted region): each distinct one is checked once
  const validIds = new Set<unknown>()
  const list = entries as unknown[]
  for (let i = 0, length = list.length; i < length; i += 1) {
    const e = list[i]
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return undefined
    const x = e as Record<string, unknown>
    for (const k in x) if (!isEntryKey(k) && x[k] !== undefined) return undefined
    // the entry's fiscal month (0–11), -1 outside the year or after asOf, from the date's digits
    const date = x['date']
    let month = -2
    if (
      typeof date === 'string' &&
      date.length === 10 &&
      date.charCodeAt(4) === 45 &&
      date.charCodeAt(7) === 45
    ) {
      const y0 = date.charCodeAt(0) - 48
      const y1 = date.charCodeAt(1) - 48
      const y2 = date.charCodeAt(2) - 48
      const y3 = date.charCodeAt(3) - 48
      const m0 = date.charCodeAt(5) - 48
      const m1 = date.charCodeAt(6) - 48
      const d0 = date.charCodeAt(8) - 48
      const d1 = date.charCodeAt(9) - 48
      // every one a digit (0–9: an unsigned compare folds both bounds)
      if (y0 >>> 0 <= 9 && y1 >>> 0 <= 9 && y2 >>> 0 <= 9 && y3 >>> 0 <= 9) {
        if (m0 >>> 0 <= 9 && m1 >>> 0 <= 9 && d0 >>> 0 <= 9 && d1 >>> 0 <= 9) {
          const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3 - firstYear
          const m = m0 * 10 + m1
          const d = d0 * 10 + d1
          if (y === 0 || y === 1) {
            month = m <= 12 && d <= 31 ? (dayTable[(y * 13 + m) * 32 + d] as number) : -2
            if (month >= 0 && (y + firstYear) * 10_000 + m * 100 + d > asOfNumber) month = -1
          } else month = isPlainDate(date) ? -1 : -2 // a real date in another year is outside the fiscal year
        }
      }
    }
    if (month === -2) return undefined
    const id = x['id']
    if (id !== undefined && !isPlainId(id)) return undefined
    const description = x['description']
    if (description !== undefined && (typeof description !== 'string' || description.length > 1000))
      return undefined
    const d = x['dimensions'] ?? {}
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return undefined
    const values = d as Record<string, unknown>
    let keys = 0
    for (const k in values) {
      let known = false
      for (let j = 0; j < dimCount; j += 1)
        if (k === dims[j]) {
          known = true
          break
        }
      if (!known) return undefined // an unknown dimension: the exact path names it
      keys += 1
    }
    const amount = readCents(x['amount'], true)
    if (amount === undefined) return undefined
    // its budget line: down the index, one level per key part (category, then each dimension); a part found
    // there is a valid id (the budget's own), any other is checked
    const category = x['category']
    let node: Tree | number | undefined = index.get(category as string)
    if (node === undefined && !isValidId(validIds, category)) return undefined
    let given = 0
    for (let j = 0; j < dimCount; j += 1) {
      const value = values[dims[j] as string]
      if (value === undefined) {
        if (node !== undefined) node = (node as Tree).get('')
        continue
      }
      given += 1
      if (node !== undefined) node = (node as Tree).get(value as string)
      if (node === undefined && !isValidId(validIds, value)) return undefined
    }
    if (given !== keys) return undefined // a dimension given as undefined: the exact path reports it
    if (month === -1) {
      ignored += 1
      continue
    }
    if (typeof node === 'number') {
      // a budgeted line: its month and its total, in cents
      totals[node] = (totals[node] as number) + amount
      if (months !== undefined) months[node * 12 + month] = (months[node * 12 + month] as number) + amount
    } else {
      // no budget line: an unbudgeted line of its own (a function of its own: no closure over this loop's
      // variables, which would allocate a context per entry)
      const o = unbudgetedOf(compiled, extra, others, category as string, values)
      if (o === undefined) return undefined // the exact path reports every such entry
      o.total += amount
      o.months[month] = (o.months[month] as number) + amount
    }
    magnitude += amount < 0 ? -amount : amount
    counted += 1
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined // every partial sum was exact below this
  return { totals, months, others, magnitude, counts: { counted, ignored } }
}

/**
 * The unbudgeted line of an entry's key parts, found in a tree of this call's (positions from the budget's
 * line count on) or added to `others`; `undefined` when the budget refuses unbudgeted entries.
 */
function unbudgetedOf(
  compiled: CompiledBudget,
  extra: Tree,
  others: Unbudgeted[],
  category: string,
  values: Record<string, unknown>,
): Unbudgeted | undefined {
  const dims = compiled.budget.dimensions
  let t = extra
  const parts = [category, ...dims.map((k) => (values[k] as string | undefined) ?? '')]
  for (let k = 0; k < parts.length - 1; k += 1) {
    let child = t.get(parts[k] as string) as Tree | undefined
    if (child === undefined) {
      child = new Map()
      t.set(parts[k] as string, child)
    }
    t = child
  }
  let found = t.get(parts[parts.length - 1] as string) as number | undefined
  if (found === undefined) {
    if (compiled.budget.unbudgeted === 'error') return undefined
    found = compiled.lineCount + others.length
    t.set(parts[parts.length - 1] as string, found)
    others.push({
      category,
      dimensions: values as Record<string, string>,
      total: 0,
      months: Array.from({ length: 12 }, () => 0),
    })
  }
  return others[found - compiled.lineCount]
}

/** A key of an expense entry (`ExpenseEntrySchema`'s). */
function isEntryKey(k: string): boolean {
  return (
    k === 'date' ||
    k === 'category' ||
    k === 'amount' ||
    k === 'dimensions' ||
    k === 'id' ||
    k === 'description'
  )
}

/** True for an id as `isPlainId` checks it, each distinct value checked once per call. */
function isValidId(valid: Set<unknown>, value: unknown): boolean {
  if (valid.has(value)) return true
  if (!isPlainId(value)) return false
  valid.add(value)
  return true
}

/** A date `YYYY-MM-DD` as the number YYYYMMDD. */
function dateNumber(date: string): number {
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10))
}

/**
 * The phased lines with the sums in cents added, as decimals (a copy of each line that has entries).
 * @internal
 */
export function linesOf(compiled: CompiledBudget, summed: CentSums, asOf: string): Map<string, LineFigures> {
  const { budget } = compiled
  const { totals, months } = summed
  const cents = (c: number) => (c === 0 ? ZERO : new Dec(c).div(100))
  const lines = new Map<string, LineFigures>()
  phasedAsOf(compiled, asOf).lines.forEach((p, i) => {
    if (totals[i] === 0 && (months === undefined || !monthsTouched(months, i))) {
      lines.set(p.key, { ...p })
      return
    }
    lines.set(p.key, {
      ...p,
      actual: p.actual.plus(cents(totals[i] as number)),
      months: p.months.map((m, k) => {
        const c = months === undefined ? 0 : (months[i * 12 + k] as number)
        return { ...m, actual: c === 0 ? m.actual : m.actual.plus(cents(c)) }
      }),
    })
  })
  for (const o of summed.others) {
    const key = lineKey(o.category, o.dimensions, budget.dimensions)
    const line = unbudgetedLine(budget, key, o.category, o.dimensions)
    line.actual = line.actual.plus(cents(o.total))
    o.months.forEach((c, k) => {
      const target = line.months[k]
      if (target && c !== 0) target.actual = target.actual.plus(cents(c))
    })
    lines.set(key, line)
  }
  return lines
}

/** True when some month of line `i` has entries (refunds can bring the total back to zero). */
function monthsTouched(months: Float64Array, i: number): boolean {
  for (let k = 0; k < 12; k += 1) if (months[i * 12 + k] !== 0) return true
  return false
}
