import { ZERO, type Decimal } from '../../../core/decimal'

/**
 * Customers of one value: a tie group.
 *
 * @group Customer grading
 */
export interface ValueGroup {
  /** The value. */
  readonly value: Decimal
  /** How many customers have it. */
  readonly count: number
}

/**
 * Sorts values descending and groups equal ones.
 *
 * @group Customer grading
 */
export function groupValues(values: readonly Decimal[]): ValueGroup[] {
  const sorted = [...values].sort((a, b) => b.comparedTo(a))
  const groups: { value: Decimal; count: number }[] = []
  for (const v of sorted) {
    const last = groups[groups.length - 1]
    if (last && last.value.eq(v)) last.count += 1
    else groups.push({ value: v, count: 1 })
  }
  return groups
}

/**
 * Merges groups of several partitions into one descending list.
 *
 * @group Customer grading
 */
export function mergeGroups(lists: readonly (readonly ValueGroup[])[]): ValueGroup[] {
  const all = lists
    .flat()
    .slice()
    .sort((a, b) => b.value.comparedTo(a.value))
  const groups: { value: Decimal; count: number }[] = []
  for (const g of all) {
    const last = groups[groups.length - 1]
    if (last && last.value.eq(g.value)) last.count += g.count
    else groups.push({ value: g.value, count: g.count })
  }
  return groups
}

/**
 * Where one tie group stands.
 *
 * @group Customer grading
 */
export interface GroupPosition {
  /** Competition rank: 1 + the number of customers with a greater value. */
  readonly rank: number
  /** Σ of the values above the group. */
  readonly before: Decimal
  /** Σ of the values above and in the group. */
  readonly through: Decimal
  /** The grade index (0 = the highest grade). */
  readonly grade: number
}

/**
 * The cut-offs of a value-based method: Pareto cumulative shares, or threshold minimums.
 *
 * @group Customer grading
 */
export type ValueCuts =
  | { readonly kind: 'pareto'; readonly cutoffs: readonly Decimal[] }
  | { readonly kind: 'thresholds'; readonly minimums: readonly Decimal[] }

/**
 * Ranks tie groups (highest value first) and grades them.
 * - Pareto: a group's grade is the first grade whose cut-off its cumulative share *before* it is
 *   still under: the customer whose share crosses a cut-off stays in the higher grade, and equal
 *   values share a grade. Decided exactly as `before < cutoff × total`. With a total of zero,
 *   everyone gets the last grade.
 * - Thresholds: the first grade whose minimum the value reaches, else the last.
 *
 * @group Customer grading
 */
export function positionGroups(
  groups: readonly ValueGroup[],
  cuts: ValueCuts,
): { total: Decimal; positions: GroupPosition[] } {
  const total = groups.reduce((s, g) => s.plus(g.value.times(g.count)), ZERO)
  const limits = cuts.kind === 'pareto' ? cuts.cutoffs.map((c) => c.times(total)) : []
  const last = (cuts.kind === 'pareto' ? cuts.cutoffs : cuts.minimums).length - 1
  let before = ZERO
  let rank = 1
  const positions = groups.map((g) => {
    let grade = last
    if (cuts.kind === 'thresholds') {
      const reached = cuts.minimums.findIndex((min) => g.value.gte(min))
      if (reached >= 0) grade = reached
    } else if (!total.isZero()) {
      for (let i = 0; i < last; i += 1) {
        if (before.lt(limits[i] as Decimal)) {
          grade = i
          break
        }
      }
    }
    const through = before.plus(g.value.times(g.count))
    const position = { rank, before, through, grade }
    before = through
    rank += g.count
    return position
  })
  return { total, positions }
}

/**
 * The lowest value in each grade (`null` for a grade no group reaches), from positioned groups.
 *
 * @group Customer grading
 */
export function minValues(
  groups: readonly ValueGroup[],
  positions: readonly GroupPosition[],
  grades: number,
): (Decimal | null)[] {
  const mins: (Decimal | null)[] = Array.from({ length: grades }, () => null)
  groups.forEach((g, i) => {
    const grade = positions[i]?.grade ?? grades - 1
    mins[grade] = g.value
  })
  return mins
}

/**
 * Reads a decimal key for a Map of groups (decimal.js strings are canonical).
 *
 * @group Customer grading
 */
export const keyOf = (value: Decimal): string => value.toString()
