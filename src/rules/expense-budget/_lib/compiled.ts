import { Dec, ZERO } from '../../../core/decimal'
import { isPlainDate, isPlainId, readCents } from '../../../core/plain'
import { lineKey, type ExpenseBudget } from '../../../models/expense'
import { fiscalMonths, phaseLines, unbudgetedLine, type LineFigures } from './lines'

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
  readonly phased: Map<string, readonly LineFigures[]>
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

/** The phased lines as of a date (never mutated: copies are made for the entries), from a small cache. */
function phasedAsOf(compiled: CompiledBudget, asOf: string): readonly LineFigures[] {
  let lines = compiled.phased.get(asOf)
  if (lines === undefined) {
    lines = [...phaseLines(compiled.budget, asOf).values()]
    // Stryker disable next-line all: the cache's bound; only memory depends on it
    if (compiled.phased.size >= MAX_PHASED)
      compiled.phased.delete(compiled.phased.keys().next().value as string)
    compiled.phased.set(asOf, lines)
  }
  return lines
}

interface Unbudgeted {
  readonly category: string
  readonly dimensions: Record<string, string>
  total: number
  readonly months: number[]
}

/**
 * The lines with the plain entries added (amounts exact in cents, a budget at scale 2), in integer cents:
 * a fixed array of 13 sums per line, so memory is O(lines + groups) whatever the number of entries, and no
 * key string is built per entry. Returns `undefined` when an entry is not plain (the caller then takes the
 * exact path, which reports it). The lines and counts are those of `phaseLines` + `addPlainEntries`: it
 * must agree with `budgetVariance`'s own path, errors included (`test/fast-exact.prop.test.ts` and
 * `budgetVariance.prop.test.ts` hold it to that). @internal
 */
export function sumCompiled(
  compiled: CompiledBudget,
  entries: unknown,
  asOf: string,
): { lines: Map<string, LineFigures>; counts: { counted: number; ignored: number } } | undefined {
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
  const cents = (c: number) => (c === 0 ? ZERO : new Dec(c).div(100))
  const lines = new Map<string, LineFigures>()
  const phased = phasedAsOf(compiled, asOf)
  phased.forEach((p, i) => {
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
  for (const o of others) {
    const key = lineKey(o.category, o.dimensions, dims)
    const line = unbudgetedLine(budget, key, o.category, o.dimensions)
    line.actual = line.actual.plus(cents(o.total))
    o.months.forEach((c, k) => {
      const target = line.months[k]
      if (target && c !== 0) target.actual = target.actual.plus(cents(c))
    })
    lines.set(key, line)
  }
  return { lines, counts: { counted, ignored } }
}

/** True when some month of line `i` has entries (refunds can bring the total back to zero). */
function monthsTouched(sums: Float64Array, i: number): boolean {
  for (let k = 0; k < 12; k += 1) if (sums[i * 13 + k] !== 0) return true
  return false
}
