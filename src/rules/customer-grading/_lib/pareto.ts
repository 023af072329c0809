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
 * The base of the Pareto shares: Σ of the positive values. A loss-making customer (negative gross
 * profit) adds nothing to it, so the shares of the others are taken of what the profitable
 * customers made, and a cut-off is never moved by a loss.
 *
 * @group Customer grading
 */
function paretoTotal(groups: readonly ValueGroup[]): Decimal {
  return groups.reduce((s, g) => (g.value.isNegative() ? s : s.plus(g.value.times(g.count))), ZERO)
}

/**
 * Step 1, rank: the competition rank of each tie group (given highest value first): 1 + the number of
 * customers with a greater value, so equal values share a rank and the next rank skips.
 *
 * @group Customer grading
 */
export function rankGroups(groups: readonly ValueGroup[]): number[] {
  let rank = 1
  return groups.map((g) => {
    const mine = rank
    rank += g.count
    return mine
  })
}

/**
 * The cumulative sums of tie groups (given highest value first).
 *
 * @group Customer grading
 */
export interface CumulativeSums {
  /** The base of the shares: {@link paretoTotal} for Pareto, Σ of every value for thresholds. */
  readonly total: Decimal
  /** Per group, Σ of the values above it. */
  readonly before: readonly Decimal[]
  /** Per group, Σ of the values above and in it. */
  readonly through: readonly Decimal[]
}

/**
 * Step 2, cumulative share: the sums above and through each group. Under Pareto a loss (negative value) adds
 * nothing: its `before` and `through` are the whole total, a cumulative share of 100 %.
 *
 * @group Customer grading
 */
export function cumulate(groups: readonly ValueGroup[], kind: ValueCuts['kind']): CumulativeSums {
  const pareto = kind === 'pareto'
  const total = pareto ? paretoTotal(groups) : groups.reduce((s, g) => s.plus(g.value.times(g.count)), ZERO)
  let sum = ZERO
  const before: Decimal[] = []
  const through: Decimal[] = []
  for (const g of groups) {
    before.push(sum)
    if (!(pareto && g.value.isNegative())) sum = sum.plus(g.value.times(g.count))
    through.push(sum)
  }
  return { total, before, through }
}

/**
 * Step 3, cut: the grade index of each group (0 = the highest).
 * - Pareto: the first grade whose cut-off the cumulative share *before* the group is still under: the
 *   customer whose share crosses a cut-off stays in the higher grade, and equal values share a grade. Decided
 *   exactly as `before < cutoff × total`. With a total of zero everyone gets the last grade; a loss always
 *   does.
 * - Thresholds: the first grade whose minimum the value reaches, else the last.
 *
 * @group Customer grading
 */
export function cutGroups(groups: readonly ValueGroup[], sums: CumulativeSums, cuts: ValueCuts): number[] {
  const last = (cuts.kind === 'pareto' ? cuts.cutoffs : cuts.minimums).length - 1
  if (cuts.kind === 'thresholds')
    return groups.map((g) => {
      const reached = cuts.minimums.findIndex((min) => g.value.gte(min))
      return reached >= 0 ? reached : last
    })
  const limits = cuts.cutoffs.map((c) => c.times(sums.total))
  return groups.map((g, i) => {
    if (sums.total.isZero() || g.value.isNegative()) return last
    const before = sums.before[i] as Decimal
    const grade = limits.findIndex((limit, j) => j < last && before.lt(limit))
    return grade >= 0 ? grade : last
  })
}

/**
 * Ranks tie groups (highest value first), takes their cumulative sums and cuts them into grades: steps 1–3
 * ({@link rankGroups}, {@link cumulate}, {@link cutGroups}).
 *
 * @group Customer grading
 */
export function positionGroups(
  groups: readonly ValueGroup[],
  cuts: ValueCuts,
): { total: Decimal; positions: GroupPosition[] } {
  const ranks = rankGroups(groups)
  const sums = cumulate(groups, cuts.kind)
  const grades = cutGroups(groups, sums, cuts)
  return {
    total: sums.total,
    positions: groups.map((_, i) => ({
      rank: ranks[i] as number,
      before: sums.before[i] as Decimal,
      through: sums.through[i] as Decimal,
      grade: grades[i] as number,
    })),
  }
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
