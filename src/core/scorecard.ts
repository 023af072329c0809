/**
 * The weighted scorecard engine shared by opportunity scoring and weighted customer grading.
 *
 * Scores are exact. A dimension's contribution is `weight × points ÷ best points`, and the score
 * is `100 × Σ contributions ÷ Σ weights` (over the rated weights when re-weighting). At compile
 * time every weight and point value is scaled to an integer and every level gets an integer
 * coefficient `k = W × P × (L ÷ M)` (L the least common multiple of the dimensions' best points
 * M), so a score is `100 × Σk ÷ (L × ΣW)`: a sum of integers and one comparison per grade
 * (`10^6 × Σk ≥ cut × 10^4 × L × ΣW`), with no rounding anywhere. The fast path uses plain
 * numbers when every product stays within `Number.MAX_SAFE_INTEGER` (checked at compile time) and
 * BigInt otherwise; the results are identical.
 * @internal
 */
import { Dec, truncate, type Decimal } from './decimal'
import type { PathSegment } from './errors'
import { fail } from './schema'
import type { LocalizedText } from './trace'

/**
 * A level of a compiled dimension.
 *
 * @group Core
 */
export interface CompiledLevel {
  readonly id: string
  readonly label: LocalizedText
  readonly points: Decimal
  readonly k: bigint
  readonly kNumber: number
}

/**
 * A compiled dimension.
 *
 * @group Core
 */
interface CompiledDimension {
  readonly key: string
  readonly label: LocalizedText
  readonly weight: Decimal
  readonly w: bigint
  readonly best: Decimal
  readonly levels: ReadonlyMap<string, CompiledLevel>
}

/**
 * A grade band of a compiled scorecard.
 *
 * @group Core
 */
interface CompiledGrade {
  readonly id: string
  readonly label: LocalizedText
  readonly minScore: Decimal
  /** `minScore × 10^4`. */
  readonly cut: bigint
}

/**
 * What the scorecard needs from a policy.
 *
 * @group Core
 */
export interface ScorecardInput {
  readonly dimensions: readonly {
    readonly key: string
    readonly label: LocalizedText
    readonly weight: Decimal
    readonly levels: readonly {
      readonly id: string
      readonly label: LocalizedText
      readonly points: Decimal
    }[]
  }[]
  readonly grades: readonly {
    readonly id: string
    readonly label: LocalizedText
    readonly minScore: Decimal
  }[]
  readonly missing: 'reject' | 'zero' | 'reweight'
}

/**
 * A scorecard ready to evaluate.
 *
 * @group Core
 */
export interface CompiledScorecard {
  readonly dimensions: readonly CompiledDimension[]
  readonly grades: readonly CompiledGrade[]
  readonly missing: 'reject' | 'zero' | 'reweight'
  /** L, the least common multiple of the scaled best points. */
  readonly lcm: bigint
  readonly totalW: bigint
  /** True when every product fits in a double exactly. */
  readonly safe: boolean
}

/**
 * The exact outcome of scoring one set of ratings.
 *
 * @group Core
 */
export interface RawScore {
  /** The level chosen per dimension, `undefined` where not rated. */
  readonly levels: readonly (CompiledLevel | undefined)[]
  /** Σk over the rated dimensions. */
  readonly sum: bigint
  /** ΣW over the weights the score is taken over. */
  readonly weight: bigint
  /** Index of the grade reached. */
  readonly grade: number
}

const CUT_SCALE = 10_000n
const SCORE_SCALE = 1_000_000n // 100 × CUT_SCALE

function scaleOf(values: readonly Decimal[]): number {
  return values.reduce((m, v) => Math.max(m, v.decimalPlaces()), 0)
}

function toBig(value: Decimal, decimals: number): bigint {
  return BigInt(value.times(new Dec(10).pow(decimals)).toFixed(0))
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a
  let y = b
  while (y !== 0n) [x, y] = [y, x % y]
  return x
}

/**
 * Compiles a validated scorecard.
 *
 * @group Core
 */
export function compileScorecard(card: ScorecardInput): CompiledScorecard {
  const a = scaleOf(card.dimensions.map((d) => d.weight))
  const b = scaleOf(card.dimensions.flatMap((d) => d.levels.map((l) => l.points)))
  const bests = card.dimensions.map((d) =>
    d.levels.reduce((m, l) => (l.points.gt(m) ? l.points : m), new Dec(0)),
  )
  const scaledBests = bests.map((m) => toBig(m, b))
  const lcm = scaledBests.reduce((acc, m) => (acc * m) / gcd(acc, m), 1n)
  let maxSum = 0n
  const dimensions = card.dimensions.map((d, i) => {
    const w = toBig(d.weight, a)
    const best = scaledBests[i] ?? 1n
    let dimMax = 0n
    const levels = new Map<string, CompiledLevel>()
    for (const l of d.levels) {
      const k = w * toBig(l.points, b) * (lcm / best)
      if (k > dimMax) dimMax = k
      levels.set(l.id, { id: l.id, label: l.label, points: l.points, k, kNumber: Number(k) })
    }
    maxSum += dimMax
    return { key: d.key, label: d.label, weight: d.weight, w, best: bests[i] ?? new Dec(0), levels }
  })
  const totalW = dimensions.reduce((s, d) => s + d.w, 0n)
  const grades = card.grades.map((g) => ({
    id: g.id,
    label: g.label,
    minScore: g.minScore,
    cut: toBig(g.minScore, 4),
  }))
  const maxCut = grades.reduce((m, g) => (g.cut > m ? g.cut : m), 0n)
  const limit = BigInt(Number.MAX_SAFE_INTEGER)
  const safe = maxSum * SCORE_SCALE <= limit && maxCut * lcm * totalW <= limit
  return { dimensions, grades, missing: card.missing, lcm, totalW, safe }
}

/** The index of the highest grade whose cut the score reaches. */
function gradeIndex(card: CompiledScorecard, sum: bigint, weight: bigint): number {
  const left = SCORE_SCALE * sum
  const denominator = card.lcm * weight
  let index = 0
  for (let g = card.grades.length - 1; g > 0; g -= 1) {
    if (left >= (card.grades[g]?.cut ?? 0n) * denominator) {
      index = g
      break
    }
  }
  return index
}

/**
 * A rating as it comes in: a level id, or `null`/missing.
 *
 * @group Core
 */
export type Ratings = Readonly<Record<string, string | null | undefined>>

/**
 * Scores ratings exactly. Throws `INVALID_INPUT` for an unknown dimension or level, a missing
 * rating under the `reject` rule, or nothing rated under `reweight`.
 *
 * @group Core
 */
export function scoreRatings(
  card: CompiledScorecard,
  ratings: Ratings,
  path: readonly PathSegment[],
): RawScore {
  for (const key of Object.keys(ratings)) {
    if (!card.dimensions.some((d) => d.key === key))
      fail('INVALID_INPUT', 'scorecard.unknown-dimension', [...path, key], { dimension: key })
  }
  let sum = 0n
  let weight = 0n
  const levels = card.dimensions.map((d) => {
    const id = Object.hasOwn(ratings, d.key) ? ratings[d.key] : undefined
    if (id === undefined || id === null) {
      if (card.missing === 'reject')
        fail('INVALID_INPUT', 'scorecard.missing-rating', [...path, d.key], { dimension: d.key })
      if (card.missing === 'zero') weight += d.w
      return undefined
    }
    const level = typeof id === 'string' ? d.levels.get(id) : undefined
    if (level === undefined)
      fail('INVALID_INPUT', 'scorecard.unknown-level', [...path, d.key], {
        dimension: d.key,
        level: String(id),
      })
    sum += level.k
    weight += d.w
    return level
  })
  if (weight === 0n) fail('INVALID_INPUT', 'scorecard.nothing-rated', [...path])
  return { levels, sum, weight, grade: gradeIndex(card, sum, weight) }
}

/**
 * The score out of 100, truncated to 4 decimals (never above the exact score, so it agrees with
 * the grade). With one level's `k` as `sum`, it is that dimension's contribution in points of 100.
 *
 * @group Core
 */
export function scoreValue(card: CompiledScorecard, sum: bigint, weight: bigint): Decimal {
  return truncate(new Dec((SCORE_SCALE * sum).toString()).div((card.lcm * weight * CUT_SCALE).toString()), 4)
}

/**
 * The grade bands no complete set of ratings can reach (with `zero`, a missing rating counts as a
 * level worth nothing). Gives up (returns none) when more than 200,000 distinct sums are possible.
 *
 * @group Core
 */
export function unreachableGrades(card: CompiledScorecard): number[] {
  let sums = new Set<bigint>([0n])
  for (const d of card.dimensions) {
    const options = new Set([...d.levels.values()].map((l) => l.k))
    if (card.missing === 'zero') options.add(0n)
    const next = new Set<bigint>()
    for (const s of sums) for (const k of options) next.add(s + k)
    if (next.size > 200_000) return []
    sums = next
  }
  const reached = new Set<number>()
  for (const s of sums) reached.add(gradeIndex(card, s, card.totalW))
  return card.grades.map((_, i) => i).filter((i) => !reached.has(i))
}
