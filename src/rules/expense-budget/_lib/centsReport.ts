import { Dec, ZERO, type Decimal } from '../../../core/decimal'
import type { TraceStep, TraceValue } from '../../../core/trace'
import { finish, rowOf, STATUS, type BudgetVariance, type VarianceRow } from '../budgetVariance'
import { centsText, phasedAsOf, type CentSums, type CompiledBudget, type Phased } from './compiled'
import { fiscalMonths, lineName, PHASING_LABEL, type Control, type LineFigures } from './lines'

/**
 * The compiled evaluator's reports: the reports of `report` (budgetVariance.ts) over the lines of
 * `sumCompiled`, built from the sums in integer cents. Every sum (per group, per line and month) is a plain
 * number, exact because Σ budget + Σ |amount| is a safe integer; decimals are made once per row.
 *
 * What does not depend on the entries is made once per evaluation date and grouping ({@link layoutOf}): the
 * groups of the budget lines in `report`'s order, each with its budget and budget to date in cents and what
 * its row takes from its lines; and each line's trace texts (cached with the phasing). A call then adds each
 * line's actual to its groups (only the lines with entries), adds the groups of the entries with no budget
 * line,
 * and writes a row per group and a trace step per line: O(lines + groups) with no decimal per line and no
 * walk
 * of every leaf per group. Returns `undefined` when some budget figure is not a safe integer of cents or a
 * sum
 * might not be (the caller then builds the decimal lines and calls `report`).
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
  const { totals, others } = summed
  const n = compiled.lineCount
  const count = n + others.length
  // each line's trace texts (the same in every grouping): those of the budget cached with the phasing; a line
  // with no actual is within budget and its variance is its budget to date, so only the lines with entries
  // are written and compared (in cents) here
  const actualTexts = new Array<string | undefined>(n)
  const varianceTexts = new Array<string | undefined>(n)
  const statuses = new Array<'within' | 'warning' | 'over' | undefined>(n)
  for (let i = 0; i < n; i += 1) {
    const a = totals[i] as number
    if (a === 0) continue
    const t = c.toDate[i] as number
    actualTexts[i] = centsText(a)
    varianceTexts[i] = centsText(t - a)
    statuses[i] = statusInCents(
      phased.lines[i]?.control as Control,
      a,
      t,
      c.warnToDate[i] as number,
      c.budget[i] as number,
      c.warnAnnual[i] as number,
    )
  }
  // the entries with no budget line: a line each, after the budget's (as `report`'s lines)
  const otherControls = others.map((o) => unbudgetedControl(budget, o.category))
  const otherDims = others.map((o) =>
    Object.fromEntries(budget.dimensions.map((d) => [d, o.dimensions[d] ?? ''])),
  )
  const otherSteps = others.map((o, j) => {
    const a = o.total
    return {
      name: lineName(budget, o.category, o.dimensions),
      actual: centsText(a),
      variance: centsText(-a),
      status: statusInCents(otherControls[j] as Control, a, 0, 0, 0, 0),
    }
  })
  const labels = fiscalMonths(budget).months.map((m) => m.label)
  return groupings.map((groupBy) => {
    const layout = layoutOf(compiled, phased, groupBy)
    const byMonth = layout.byMonth
    // the actual of each group of budget lines: each line (or line's month) with entries added to its groups
    const actual = new Float64Array(layout.nodeCount)
    const months = summed.months
    if (byMonth) {
      if (months === undefined) throw new Error('centsReports: a grouping by month needs the sums by month')
      for (let leaf = 0; leaf < n * 12; leaf += 1) {
        const a = months[leaf] as number
        if (a !== 0)
          for (let g: Group | undefined = layout.leaves[leaf]; g; g = g.parent)
            actual[g.id] = (actual[g.id] as number) + a
      }
    } else
      for (let i = 0; i < n; i += 1) {
        const a = totals[i] as number
        if (a !== 0)
          for (let g: Group | undefined = layout.leaves[i]; g; g = g.parent)
            actual[g.id] = (actual[g.id] as number) + a
      }
    // the lines with no budget: their groups, found under the budget's or made for this call
    const extras = new Map<Group | Extra, ExtraPart>()
    const partOf = (g: Group | Extra): ExtraPart => {
      let part = extras.get(g)
      if (part === undefined) {
        part = { actual: 0, control: undefined, mixed: false, children: undefined }
        extras.set(g, part)
      }
      return part
    }
    others.forEach((o, j) => {
      const control = otherControls[j] as Control
      const dims = otherDims[j] as Record<string, string>
      for (let k = 0; k < (byMonth ? 12 : 1); k += 1) {
        const a = byMonth ? (o.months[k] as number) : o.total
        let node: Group | Extra = layout.root
        for (let level = 0; ; level += 1) {
          const part = partOf(node)
          part.actual += a
          if (part.control === undefined) part.control = control
          else if (part.control !== control) part.mixed = true
          if (level === groupBy.length) break
          const key = groupBy[level] as string
          const value =
            key === 'month' ? (labels[k] as string) : key === 'category' ? o.category : (dims[key] ?? '')
          let child: Group | Extra | undefined = 'children' in node ? node.children.get(value) : undefined
          if (child === undefined) {
            part.children ??= new Map()
            child = part.children.get(value)
            if (child === undefined) {
              child = { extra: true }
              part.children.set(value, child)
            }
          }
          node = child
        }
      }
    })
    const rows: VarianceRow[] = []
    // as `report`'s walk: each group's row before its sub-groups' rows
    const emit = (node: Group | Extra, level: number, group: Record<string, string>): void => {
      const part = extras.get(node)
      let row: VarianceRow
      if ('extra' in node) {
        const p = part as ExtraPart
        row = rowOf(
          level,
          group,
          { budget: ZERO, budgetToDate: ZERO, actual: decimal(p.actual) },
          {
            control: p.mixed ? budget.control : (p.control as Control),
            phasings: ['unbudgeted'],
            unbudgeted: true,
          },
          2,
        )
      } else {
        let control = node.mixed ? undefined : node.control
        if (part !== undefined && control !== undefined && (part.mixed || part.control !== control))
          control = undefined
        const phasings = node.phasings.slice()
        if (part !== undefined) phasings.push('unbudgeted')
        row = rowOf(
          level,
          group,
          {
            budget: decimal(node.budget),
            budgetToDate: decimal(node.toDate),
            actual: decimal((actual[node.id] as number) + (part?.actual ?? 0)),
          },
          { control: control ?? budget.control, phasings, unbudgeted: false },
          2,
        )
      }
      rows.push(row)
      if (level === groupBy.length) return
      const key = groupBy[level] as string
      const own = 'extra' in node ? undefined : node
      const added = part?.children
      const values =
        added === undefined
          ? (own as Group).sorted
          : own === undefined
            ? [...added.keys()].sort()
            : [...own.sorted, ...added.keys()].sort()
      for (const value of values)
        emit((own?.children.get(value) ?? added?.get(value)) as Group | Extra, level + 1, {
          ...group,
          [key]: value,
        })
    }
    emit(layout.root, 0, {})
    // a step of its own per report, as `report` builds them (a localized line name copied, not shared)
    const trace: TraceStep[] = new Array<TraceStep>(count)
    for (let i = 0; i < n; i += 1) {
      const name = c.names[i] as TraceValue
      const entered = actualTexts[i] !== undefined
      trace[i] = {
        code: 'expense.line',
        params: {
          line: typeof name === 'object' ? { ...name } : name,
          budget: c.budgetText[i] as string,
          toDate: c.toDateText[i] as string,
          phasing: c.phasings[i] as TraceValue,
          actual: entered ? (actualTexts[i] as string) : '0.00',
          variance: entered ? (varianceTexts[i] as string) : (c.toDateText[i] as string),
          status: STATUS[entered ? (statuses[i] as 'within') : 'within'],
        },
      }
    }
    otherSteps.forEach((s, j) => {
      const entered = others[j]?.total !== 0
      trace[n + j] = {
        code: 'expense.line',
        params: {
          line: typeof s.name === 'object' ? { ...s.name } : s.name,
          budget: '0.00',
          toDate: '0.00',
          phasing: PHASING_LABEL.unbudgeted,
          actual: entered ? s.actual : '0.00',
          variance: entered ? s.variance : '0.00',
          status: STATUS[entered ? s.status : 'within'],
        },
      }
    })
    return finish(budget, rows, trace, asOf, groupBy, revenue, summed.counts)
  })
}

/**
 * A group of budget lines in one grouping: its place in the tree, its value's sub-groups in sorted order, its
 * budget and budget to date in cents, and what its row takes from its lines (the lines' one control unless
 * `mixed`, their phasings in the order the lines first use them).
 */
interface Group {
  readonly id: number
  readonly parent: Group | undefined
  readonly children: Map<string, Group>
  sorted: readonly string[]
  budget: number
  toDate: number
  control: Control | undefined
  mixed: boolean
  readonly phasings: LineFigures['phasing'][]
}

/** A group only entries with no budget line fall in, made for one call. */
interface Extra {
  readonly extra: true
}

/** What the entries with no budget line add to a group in one call. */
interface ExtraPart {
  actual: number
  control: Control | undefined
  mixed: boolean
  children: Map<string, Extra> | undefined
}

/**
 * The groups of the budget lines in one grouping, and the finest group of each leaf (a line, or line ×
 * month).
 * @internal
 */
export interface Layout {
  readonly byMonth: boolean
  readonly root: Group
  readonly nodeCount: number
  readonly leaves: readonly Group[]
}

const MAX_LAYOUTS = 16

/** The groups of the budget lines in a grouping as of the phasing's date, made once and cached with it. */
function layoutOf(compiled: CompiledBudget, phased: Phased, groupBy: readonly string[]): Layout {
  const id = JSON.stringify(groupBy) // dimension names are ids, which may hold any separator
  let layout = phased.layouts.get(id)
  if (layout === undefined) {
    layout = makeLayout(compiled, phased, groupBy)
    // Stryker disable next-line all: the cache's bound; only memory depends on it
    if (phased.layouts.size >= MAX_LAYOUTS)
      phased.layouts.delete(phased.layouts.keys().next().value as string)
    phased.layouts.set(id, layout)
  }
  return layout
}

function makeLayout(compiled: CompiledBudget, phased: Phased, groupBy: readonly string[]): Layout {
  const c = phased.cents as NonNullable<Phased['cents']>
  const byMonth = groupBy.includes('month')
  const labels = fiscalMonths(compiled.budget).months.map((m) => m.label)
  let nodeCount = 0
  const group = (parent: Group | undefined): Group => ({
    id: nodeCount++,
    parent,
    children: new Map(),
    sorted: [],
    budget: 0,
    toDate: 0,
    control: undefined,
    mixed: false,
    phasings: [],
  })
  const root = group(undefined)
  const leaves: Group[] = []
  const n = compiled.lineCount
  // the leaves in `report`'s order (each line, or each line's twelve months), each added to its groups
  for (let i = 0; i < n; i += 1) {
    const line = phased.lines[i] as LineFigures
    for (let k = 0; k < (byMonth ? 12 : 1); k += 1) {
      const b = byMonth ? (c.monthBudget[i * 12 + k] as number) : (c.budget[i] as number)
      const t = byMonth ? (c.monthToDate[i * 12 + k] as number) : (c.toDate[i] as number)
      let node = root
      for (let level = 0; ; level += 1) {
        node.budget += b
        node.toDate += t
        if (node.control === undefined) node.control = line.control
        else if (node.control !== line.control) node.mixed = true
        if (!node.phasings.includes(line.phasing)) node.phasings.push(line.phasing)
        if (level === groupBy.length) break
        const key = groupBy[level] as string
        const value =
          key === 'month'
            ? (labels[k] as string)
            : key === 'category'
              ? line.category
              : (line.dimensions[key] ?? '')
        let child = node.children.get(value)
        if (child === undefined) {
          child = group(node)
          node.children.set(value, child)
        }
        node = child
      }
      leaves.push(node)
    }
  }
  const sort = (node: Group): void => {
    node.sorted = [...node.children.keys()].sort()
    node.children.forEach(sort)
  }
  sort(root)
  return { byMonth, root, nodeCount, leaves }
}

/** The control of a line with no budget: its category's, or the budget's (as `unbudgetedLine`). */
function unbudgetedControl(budget: CompiledBudget['budget'], category: string): Control {
  return budget.categories.find((c) => c.id === category)?.control ?? budget.control
}

function decimal(cents: number): Decimal {
  return cents === 0 ? ZERO : new Dec(cents).div(100)
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
