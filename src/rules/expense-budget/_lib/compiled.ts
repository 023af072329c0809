import { Dec, ZERO, type Decimal } from '../../../core/decimal'
import { isPlainDate, isPlainId, readCents } from '../../../core/plain'
import type { TraceValue } from '../../../core/trace'
import { lineKey, type ExpenseBudget } from '../../../models/expense'
import { fiscalMonths, lineName, phaseLines, unbudgetedLine, type LineFigures } from './lines'

/**
 * A budget prepared for many variance reports: each line's position in a tree of Maps (category, then one
 * level per dimension), and the phased lines of the last few evaluation dates. @internal
 */
export interface CompiledBudget {
  readonly budget: ExpenseBudget
  readonly yearStart: string
  readonly yearEnd: string
  readonly monthStarts: readonly string[]
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
}

// a node per key part; a leaf holds the line's position
type Tree = Map<string, Tree | number>

const ENTRY_KEYS = new Set(['id', 'date', 'category', 'dimensions', 'amount', 'description'])
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
  return {
    budget,
    yearStart: year.start,
    yearEnd: year.end,
    monthStarts: year.months.map((m) => m.start),
    index,
    lineCount: positions.size,
    phased: new Map(),
  }
}

/** The phased lines as of a date, from a small cache. @internal */
export function phasedAsOf(compiled: CompiledBudget, asOf: string): Phased {
  let phased = compiled.phased.get(asOf)
  if (phased === undefined) {
    const lines = [...phaseLines(compiled.budget, asOf).values()]
    phased = { lines, cents: centsOf(compiled.budget, lines) }
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
  /** Per budget line (by position): 12 months, then the total. */
  readonly sums: Float64Array
  /** Entries with no budget line, in the order of their first entry. */
  readonly others: readonly Unbudgeted[]
  /** Σ |amount| of the entries counted: every partial sum of actuals is at most this. */
  readonly magnitude: number
  readonly counts: { counted: number; ignored: number }
}

/**
 * The plain entries (amounts exact in cents, a budget at scale 2) summed in integer cents: a fixed array of
 * 13 sums per line, so memory is O(lines + groups) whatever the number of entries, and no key string is built
 * per entry. Returns `undefined` when an entry is not plain (the caller then takes the exact path, which
 * reports it). The sums and counts are those of `phaseLines` + `addPlainEntries`: it must agree with
 * `budgetVariance`'s own path, errors included (`test/fast-exact.prop.test.ts` and
 * `budgetVariance.prop.test.ts` hold it to that). @internal
 */
export function sumCents(compiled: CompiledBudget, entries: unknown, asOf: string): CentSums | undefined {
  const { budget } = compiled
  if (budget.rounding.scale !== 2 || !Array.isArray(entries)) return undefined
  const dims = budget.dimensions
  const n = compiled.lineCount
  const sums = new Float64Array(n * 13) // per line: 12 months, then the total
  const extra: Tree = new Map() // entries with no budget line, positions from n on
  const others: Unbudgeted[] = []
  let magnitude = 0
  let counted = 0
  let ignored = 0
  // dates and ids repeat: each distinct one is checked once (-1: not counted, -2: not a date)
  const monthOfDate = new Map<unknown, number>()
  const validIds = new Set<unknown>()
  for (const e of entries as unknown[]) {
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return undefined
    const x = e as Record<string, unknown>
    for (const k in x) if (!ENTRY_KEYS.has(k) && x[k] !== undefined) return undefined
    // the entry's fiscal month (0–11), -1 outside the year or after asOf, -2 not a date; cached per date
    const date = x['date']
    let month = monthOfDate.get(date)
    if (month === undefined) {
      if (!isPlainDate(date)) month = -2
      else if (date < compiled.yearStart || date > compiled.yearEnd || date > asOf) month = -1
      else {
        month = 11
        while (month > 0 && date < (compiled.monthStarts[month] as string)) month -= 1
      }
      monthOfDate.set(date, month)
    }
    const category = x['category']
    if (month === -2 || (x['id'] !== undefined && !isPlainId(x['id']))) return undefined
    if (!validIds.has(category)) {
      if (!isPlainId(category)) return undefined
      validIds.add(category)
    }
    const description = x['description']
    if (description !== undefined && (typeof description !== 'string' || description.length > 1000))
      return undefined
    const d = x['dimensions'] ?? {}
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return undefined
    const values = d as Record<string, unknown>
    for (const k in values) {
      if (!dims.includes(k)) return undefined // an unknown dimension: the exact path names it
      if (!validIds.has(values[k])) {
        if (!isPlainId(values[k])) return undefined
        validIds.add(values[k])
      }
    }
    const amount = readCents(x['amount'], true)
    if (amount === undefined) return undefined
    if (month === -1) {
      ignored += 1
      continue
    }
    // its budget line: down the index, one level per key part (category, then each dimension)
    let node: Tree | number | undefined = compiled.index.get(category as string)
    for (let k = 0; k < dims.length && node !== undefined; k += 1)
      node = (node as Tree).get((values[dims[k] as string] as string | undefined) ?? '')
    let at: number
    if (typeof node === 'number') at = node
    else {
      // no budget line: an unbudgeted line of its own, found in a tree of this call's
      let t = extra
      const parts = [category as string, ...dims.map((k) => (values[k] as string | undefined) ?? '')]
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
        if (budget.unbudgeted === 'error') return undefined // the exact path reports every such entry
        found = n + others.length
        t.set(parts[parts.length - 1] as string, found)
        others.push({
          category: category as string,
          dimensions: values as Record<string, string>,
          total: 0,
          months: Array.from({ length: 12 }, () => 0),
        })
      }
      const o = others[found - n] as Unbudgeted
      o.total += amount
      o.months[month] = (o.months[month] as number) + amount
      magnitude += Math.abs(amount)
      counted += 1
      continue
    }
    // a budgeted line: its month and its total, in cents
    sums[at * 13 + month] = (sums[at * 13 + month] as number) + amount
    sums[at * 13 + 12] = (sums[at * 13 + 12] as number) + amount
    magnitude += Math.abs(amount)
    counted += 1
  }
  if (magnitude > Number.MAX_SAFE_INTEGER) return undefined // every partial sum was exact below this
  return { sums, others, magnitude, counts: { counted, ignored } }
}

/**
 * The phased lines with the sums in cents added, as decimals (a copy of each line that has entries).
 * @internal
 */
export function linesOf(compiled: CompiledBudget, summed: CentSums, asOf: string): Map<string, LineFigures> {
  const { budget } = compiled
  const { sums } = summed
  const cents = (c: number) => (c === 0 ? ZERO : new Dec(c).div(100))
  const lines = new Map<string, LineFigures>()
  phasedAsOf(compiled, asOf).lines.forEach((p, i) => {
    if (sums[i * 13 + 12] === 0 && !monthsTouched(sums, i)) {
      lines.set(p.key, { ...p })
      return
    }
    lines.set(p.key, {
      ...p,
      actual: p.actual.plus(cents(sums[i * 13 + 12] as number)),
      months: p.months.map((m, k) => {
        const c = sums[i * 13 + k] as number
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
function monthsTouched(sums: Float64Array, i: number): boolean {
  for (let k = 0; k < 12; k += 1) if (sums[i * 13 + k] !== 0) return true
  return false
}
