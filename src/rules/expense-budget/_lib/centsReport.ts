import { Dec, ZERO, type Decimal } from '../../../core/decimal'
import type { TraceStep, TraceValue } from '../../../core/trace'
import { lineKey } from '../../../models/expense'
import {
  finish,
  rowOf,
  STATUS,
  type BudgetVariance,
  type RowLines,
  type VarianceRow,
} from '../budgetVariance'
import { centsText, phasedAsOf, type CentSums, type CompiledBudget } from './compiled'
import {
  fiscalMonths,
  lineName,
  PHASING_LABEL,
  unbudgetedLine,
  type Control,
  type LineFigures,
} from './lines'

/**
 * The compiled evaluator's reports: the reports of `report` (budgetVariance.ts) over the lines of
 * `sumCompiled`, built from the sums in integer cents. Every sum (per group, per line and month) is a plain
 * number, exact because Σ budget + Σ |amount| is a safe integer; decimals are made once per row, and a line's
 * trace step reuses the texts cached with its phasing, so the cost per call is O(lines + groups) plus the
 * entries' own loop, with no decimal per line. Returns `undefined` when some budget figure is not a safe
 * integer of cents or a sum might not be (the caller then builds the decimal lines and calls `report`).
 *
 * It must give exactly `report`'s reports: the rows through the same `rowOf`, the groups split and sorted the
 * same way, a line's status by the same comparisons in cents (`compileExpenseBudget.test.ts`,
 * `budgetVariance.prop.test.ts` and `test/fast-exact.prop.test.ts` hold it to that). @internal
 */
export function centsReports(
  compiled: CompiledBudget,
  summed: CentSums,
  asOf: string,
  groupings: readonly (readonly string[])[],
  revenue: Decimal | undefined,
): BudgetVariance[] | undefined {
  const { budget } = compiled
  const phased = phasedAsOf(compiled, asOf)
  const c = phased.cents
  if (c === undefined || c.total + summed.magnitude > Number.MAX_SAFE_INTEGER) return undefined
  const { sums, others } = summed
  const n = compiled.lineCount
  // the lines of this call: the budget's, then one per unbudgeted key, in the order of its first entry
  const lines: readonly LineFigures[] = [
    ...phased.lines,
    ...others.map((o) =>
      unbudgetedLine(budget, lineKey(o.category, o.dimensions, budget.dimensions), o.category, o.dimensions),
    ),
  ]
  const count = lines.length
  // per line (budget lines by position, then the unbudgeted): annual budget, budget to date and actual
  const annual = new Float64Array(count)
  const toDate = new Float64Array(count)
  const actual = new Float64Array(count)
  annual.set(c.budget)
  toDate.set(c.toDate)
  for (let i = 0; i < n; i += 1) actual[i] = sums[i * 13 + 12] as number
  others.forEach((o, j) => (actual[n + j] = o.total))
  // each line's trace texts (the same in every grouping): those of the budget cached with the phasing; a line
  // with no actual is within budget and its variance is its budget to date, so only the lines with entries
  // are written and compared (in cents) here
  const names: TraceValue[] = c.names.slice()
  const budgetTexts: string[] = c.budgetText.slice()
  const toDateTexts: string[] = c.toDateText.slice()
  const actualTexts: string[] = new Array<string>(count).fill('0.00')
  const varianceTexts: string[] = toDateTexts.slice()
  const statuses: ('within' | 'warning' | 'over')[] = new Array<'within'>(count).fill('within')
  for (let i = n; i < count; i += 1) {
    const line = lines[i] as LineFigures
    names.push(lineName(budget, line.category, line.dimensions))
    budgetTexts.push('0.00')
    toDateTexts.push('0.00')
    varianceTexts.push('0.00')
  }
  for (let i = 0; i < count; i += 1) {
    const a = actual[i] as number
    if (a === 0) continue
    const t = toDate[i] as number
    actualTexts[i] = centsText(a)
    varianceTexts[i] = centsText(t - a)
    statuses[i] = statusInCents(
      (lines[i] as LineFigures).control,
      a,
      t,
      i < n ? (c.warnToDate[i] as number) : 0,
      annual[i] as number,
      i < n ? (c.warnAnnual[i] as number) : 0,
    )
  }
  const labels = fiscalMonths(budget).months.map((m) => m.label)
  let monthly: [Float64Array, Float64Array, Float64Array] | undefined // per line × 12 + month, made once
  const monthFigures = (): [Float64Array, Float64Array, Float64Array] => {
    if (monthly === undefined) {
      const mb = new Float64Array(count * 12)
      const mt = new Float64Array(count * 12)
      const ma = new Float64Array(count * 12)
      mb.set(c.monthBudget)
      mt.set(c.monthToDate)
      for (let i = 0; i < n; i += 1)
        for (let k = 0; k < 12; k += 1) ma[i * 12 + k] = sums[i * 13 + k] as number
      others.forEach((o, j) => o.months.forEach((m, k) => (ma[(n + j) * 12 + k] = m)))
      monthly = [mb, mt, ma]
    }
    return monthly
  }
  return groupings.map((groupBy) => {
    const byMonth = groupBy.includes('month')
    // a leaf is a line, or a line's month (line × 12 + month), in the order of `report`'s leaves
    const leafCount = byMonth ? count * 12 : count
    const lineOf = (leaf: number) => (byMonth ? Math.floor(leaf / 12) : leaf)
    const [leafBudget, leafToDate, leafActual] = byMonth ? monthFigures() : [annual, toDate, actual]
    const valueOf = (leaf: number, key: string): string => {
      if (key === 'month') return labels[leaf % 12] as string
      const line = lines[lineOf(leaf)] as LineFigures
      return key === 'category' ? line.category : (line.dimensions[key] ?? '')
    }
    const rows: VarianceRow[] = []
    // as `report`'s walk: each group's row before its sub-groups' rows, summed from them
    const walk = (
      level: number,
      group: Record<string, string>,
      members: readonly number[],
    ): [number, number, number] => {
      let budgetSum = 0
      let toDateSum = 0
      let actualSum = 0
      const at = rows.length
      rows.push(undefined as unknown as VarianceRow) // its place, filled below
      if (level === groupBy.length) {
        for (const m of members) {
          budgetSum += leafBudget[m] as number
          toDateSum += leafToDate[m] as number
          actualSum += leafActual[m] as number
        }
      } else {
        // one pass splits the members by value (in their order), then the values in sorted order
        const key = groupBy[level] as string
        const parts = new Map<string, number[]>()
        for (const m of members) {
          const value = valueOf(m, key)
          const part = parts.get(value)
          if (part === undefined) parts.set(value, [m])
          else part.push(m)
        }
        for (const value of [...parts.keys()].sort()) {
          const [b, t, a] = walk(level + 1, { ...group, [key]: value }, parts.get(value) as number[])
          budgetSum += b
          toDateSum += t
          actualSum += a
        }
      }
      rows[at] = rowOf(
        level,
        group,
        { budget: decimal(budgetSum), budgetToDate: decimal(toDateSum), actual: decimal(actualSum) },
        rowLines(members, lines, lineOf, budget.control),
        2,
      )
      return [budgetSum, toDateSum, actualSum]
    }
    const all: number[] = new Array<number>(leafCount)
    for (let i = 0; i < leafCount; i += 1) all[i] = i
    walk(0, {}, all)
    // a step of its own per report, as `report` builds them (a localized line name copied, not shared)
    const trace: TraceStep[] = new Array<TraceStep>(count)
    for (let i = 0; i < count; i += 1) {
      const name = names[i] as TraceValue
      trace[i] = {
        code: 'expense.line',
        params: {
          line: typeof name === 'object' ? { ...name } : name,
          budget: budgetTexts[i] as string,
          toDate: toDateTexts[i] as string,
          phasing: PHASING_LABEL[(lines[i] as LineFigures).phasing],
          actual: actualTexts[i] as string,
          variance: varianceTexts[i] as string,
          status: STATUS[statuses[i] as 'within'],
        },
      }
    }
    return finish(budget, rows, trace, asOf, groupBy, revenue, summed.counts)
  })
}

function decimal(cents: number): Decimal {
  return cents === 0 ? ZERO : new Dec(cents).div(100)
}

/** What a row takes from its leaves' lines, as `report`'s `row` finds it. */
function rowLines(
  members: readonly number[],
  lines: readonly LineFigures[],
  lineOf: (leaf: number) => number,
  fallback: Control,
): RowLines {
  let control: Control | undefined
  let mixed = false
  let unbudgeted = members.length > 0
  const phasings: LineFigures['phasing'][] = []
  for (const m of members) {
    const line = lines[lineOf(m)] as LineFigures
    if (control === undefined) control = line.control
    else if (line.control !== control) mixed = true
    if (!phasings.includes(line.phasing)) phasings.push(line.phasing)
    if (!line.unbudgeted) unbudgeted = false
  }
  return { control: control === undefined || mixed ? fallback : control, phasings, unbudgeted }
}

/**
 * `statusOf` in integer cents: `actual ≥ warnAt × b` exactly when `actual ≥ ⌈warnAt × b⌉`, as the actual is a
 * whole number of cents.
 */
function statusInCents(
  control: Control,
  actual: number,
  toDate: number,
  warnToDate: number,
  annual: number,
  warnAnnual: number,
): 'within' | 'warning' | 'over' {
  const toDateToo = control.against !== 'annual'
  const annualToo = control.against !== 'to-date'
  if ((toDateToo && actual > toDate) || (annualToo && actual > annual)) return 'over'
  if (actual > 0 && ((toDateToo && actual >= warnToDate) || (annualToo && actual >= warnAnnual)))
    return 'warning'
  return 'within'
}
