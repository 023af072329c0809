import type { Decimal } from '../../core/decimal'
import { parseWith } from '../../core/schema'
import { prototypeHasEnumerableKey } from '../../core/plain'
import { compileScorecard, scoreRatings, type Ratings as RawRatings } from '../../core/scorecard'
import {
  OpportunityScoringMatrixSchema,
  RatingsSchema,
  type OpportunityScoringMatrix,
  type OpportunityScoringMatrixInput,
  type Ratings,
} from '../../models/opportunity'
import { stampOf, type PolicyStamp } from '../../core/versioning'
import { applyGates, evaluate, type CompiledMatrix, type OpportunityScore } from './_lib/evaluate'

/**
 * The grade of one opportunity, from the compiled fast path.
 *
 * @group Opportunity scoring
 */
export interface QuickGrade {
  /** The grade id after gates. */
  readonly grade: string
  /** The index of that grade in the matrix (0 = lowest). */
  readonly gradeIndex: number
  /** The matrix version that graded it (one object shared by every grade of the evaluator). */
  readonly policy: PolicyStamp
}

/**
 * A matrix validated once, ready to score many opportunities.
 *
 * @group Opportunity scoring
 */
export interface ScoringMatrixEvaluator {
  /** The validated matrix. */
  readonly matrix: OpportunityScoringMatrix
  /** Scores one opportunity with the full explanation (the ratings are validated). */
  readonly score: (ratings: Ratings) => OpportunityScore
  /**
   * Grades one opportunity on the fast path: integer arithmetic, no trace, no Decimal. The
   * ratings are checked against the matrix's level tables (an unknown dimension or level, or a
   * missing rating under `reject`, is an `INVALID_INPUT`) instead of going through zod. Gives
   * exactly the grade {@link ScoringMatrixEvaluator.score} gives.
   */
  readonly grade: (ratings: Ratings) => QuickGrade
}

/**
 * Validates a scoring matrix once and returns an evaluator for batches: `score` for full,
 * explained results and `grade` for the exact integer fast path (millions per second).
 *
 * @param matrix - The opportunity scoring matrix; see {@link OpportunityScoringMatrixInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (weights, levels, cut scores,
 * unreachable grades, gates…).
 *
 * @example
 * const evaluator = compileScoringMatrix({
 *   id: 'bant',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'budget',
 *       label: 'Budget',
 *       weight: 1,
 *       levels: [
 *         { id: 'no', label: 'No', points: 0 },
 *         { id: 'yes', label: 'Yes', points: 1 },
 *       ],
 *     },
 *     {
 *       key: 'need',
 *       label: 'Need',
 *       weight: 1,
 *       levels: [
 *         { id: 'no', label: 'No', points: 0 },
 *         { id: 'yes', label: 'Yes', points: 1 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     { id: 'low', label: 'Low', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
 *     { id: 'high', label: 'High', minScore: 50, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
 *   ],
 * })
 * evaluator.grade({ budget: 'yes', need: 'no' }).grade //=> 'high'
 *
 * @group Opportunity scoring
 */
export function compileScoringMatrix(matrix: OpportunityScoringMatrixInput): ScoringMatrixEvaluator {
  const parsed = parseWith(OpportunityScoringMatrixSchema(), matrix, 'INVALID_POLICY')
  const compiled = compileMatrix(parsed)
  const exact = exactGrade(compiled)
  return {
    matrix: parsed,
    score: (ratings) => evaluate(compiled, checkedRatings(ratings), ['ratings']),
    // the exact path decides, or reports with its path, whatever the fast path leaves (one function: the fast
    // path calls the exact one itself)
    grade: compiled.card.safe && compiled.card.missing !== 'reweight' ? fastGrade(compiled, exact) : exact,
  }
}

/** A validated matrix with its scorecard and gates compiled. @internal */
export function compileMatrix(parsed: OpportunityScoringMatrix): CompiledMatrix {
  const card = compileScorecard(parsed)
  return {
    matrix: parsed,
    stamp: Object.freeze(stampOf(parsed)),
    card,
    gates: parsed.gates.map((gate) => {
      const dim = card.dimensions.findIndex((d) => d.key === gate.dimension)
      return {
        dim,
        // the schema checked the level exists
        points: card.dimensions[dim]?.levels.get(gate.atLeast)?.points as Decimal,
        cap: parsed.grades.findIndex((g) => g.id === gate.maxGrade),
        gate,
      }
    }),
  }
}

/** The BigInt path: exact for any magnitude. */
function exactGrade(compiled: CompiledMatrix): (ratings: Ratings) => QuickGrade {
  return (ratings) => {
    const raw = scoreRatings(compiled.card, checkedRatings(ratings), ['ratings'])
    const index = applyGates(compiled, raw.levels, raw.grade).grade
    return { grade: compiled.matrix.grades[index]?.id ?? '', gradeIndex: index, policy: compiled.stamp }
  }
}

function checkedRatings(ratings: unknown): RawRatings {
  return parseWith(RatingsSchema(), ratings, 'INVALID_INPUT', ['ratings'])
}

/**
 * The number path, used when every product fits in a double exactly (checked at compile time)
 * and the denominator is fixed (no re-weighting): per dimension a Map from level id to its
 * integer coefficient, and per grade an integer threshold on the sum. Ratings it does not take (a missing
 * rating under `reject`, an unknown dimension or level, not a plain object, a rating written as
 * `undefined`), and any it throws on (a getter, a proxy), go to `otherwise` (the exact path, which decides or
 * reports them with their path), called from here: one function per grade, no layer between. @internal
 */
export function fastGrade<T>(
  compiled: CompiledMatrix,
  otherwise: (ratings: Ratings) => T,
): (ratings: Ratings) => QuickGrade | T {
  const { card } = compiled
  const keys = card.dimensions.map((d) => d.key)
  const tables = card.dimensions.map((d) => new Map([...d.levels.values()].map((l) => [l.id, l.kNumber])))
  // grade g is reached when 10^6 × sum ≥ cut × L × ΣW, i.e. sum ≥ ceil(cut × L × ΣW / 10^6)
  const denominator = card.lcm * card.totalW
  const thresholds = card.grades.map((g) => Number((g.cut * denominator + 999_999n) / 1_000_000n))
  // one frozen answer per grade, shared by every call (no object per call)
  const policy = compiled.stamp
  const answers = compiled.matrix.grades.map((g, i) => Object.freeze({ grade: g.id, gradeIndex: i, policy }))
  const zero = card.missing === 'zero'
  /*
   * What it computes: Σ over dimensions of the level's integer coefficient (points × L ÷ weight's
   * denominator), compared with each grade's integer threshold, then the gates — the grade
   * `evaluate` (`scoreOpportunity`, the exact BigInt/Decimal path) gives; it must agree with it on
   * every input it answers (test/fast-exact.prop.test.ts).
   */
  const dimIndex = new Map(keys.map((k, i) => [k, i]))
  const quick = keys.length >= 1 && keys.length <= UNROLLED ? unrolledSum(keys, tables) : undefined
  /**
   * The sum by the dimensions' own keys, for what the quick loops leave (a missing or hidden rating).
   */
  const sumByKeys = (ratings: Record<string, unknown>): number | undefined => {
    let sum = 0
    let present = 0
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string
      const own = Object.hasOwn(ratings, key)
      const id = own ? ratings[key] : undefined
      if (own) {
        present += 1
        if (id === undefined) return undefined // a rating written as undefined: the exact path rejects it
      }
      if (id === undefined || id === null) {
        if (zero) continue
        return undefined // a missing rating: the exact path reports it
      }
      const k = (tables[i] as Map<unknown, number>).get(id)
      if (k === undefined) return undefined // an unknown level
      sum += k
    }
    if (Object.keys(ratings).length !== present) return undefined // an unknown dimension
    return sum
  }
  /**
   * The sum by `for … in` (V8 reads each value through its enum cache, no key array is made): every key a
   * dimension, every value a level. The dimension is found by its position first (keys usually come in the
   * matrix's order), else by name. When every dimension is met this way, the keys are exactly the
   * dimensions, as sumByKeys requires; otherwise sumByKeys decides. The keys `for … in` lists are own when
   * Object.prototype has no enumerable key (the caller checks it).
   */
  const sumByEnumeration = (ratings: Record<string, unknown>): number | undefined => {
    let sum = 0
    let met = 0
    for (const key in ratings) {
      const i = key === keys[met] ? met : dimIndex.get(key)
      if (i === undefined) return undefined // an unknown dimension
      const k = (tables[i] as Map<unknown, number>).get(ratings[key])
      if (k === undefined) {
        met = -1 // a null, undefined or unknown level: sumByKeys says which
        break
      }
      sum += k
      met += 1
    }
    return met === keys.length ? sum : sumByKeys(ratings)
  }
  /** The general loops, for what {@link unrolledSum} leaves. */
  const general = (ratings: Record<string, unknown>): number | undefined =>
    prototypeHasEnumerableKey() ? undefined : sumByEnumeration(ratings)
  // the grade of a sum: with up to three grades (the usual low / medium / high) two comparisons, no loop
  const [, cut1 = Infinity, cut2 = Infinity] = thresholds
  const indexOf =
    thresholds.length <= 3
      ? (sum: number) => (sum >= cut2 ? 2 : sum >= cut1 ? 1 : 0)
      : (sum: number) => {
          let g = thresholds.length - 1
          while (g > 0 && sum < (thresholds[g] as number)) g -= 1
          return g
        }
  // the gates, when the matrix has any (none: no loop at all)
  const gatePoints = compiled.gates.map(
    (g) =>
      new Map(
        [...(card.dimensions[g.dim]?.levels.values() ?? [])].map((l) => [l.id, l.points.gte(g.points)]),
      ),
  )
  const gated =
    compiled.gates.length === 0
      ? undefined
      : (ratings: Record<string, unknown>, grade: number): number => {
          let index = grade
          for (let j = 0; j < compiled.gates.length; j += 1) {
            const gate = compiled.gates[j] as CompiledMatrix['gates'][number]
            const key = keys[gate.dim] as string
            const id = Object.hasOwn(ratings, key) ? ratings[key] : undefined
            const passes = typeof id === 'string' && (gatePoints[j] as Map<string, boolean>).get(id) === true
            if (!passes && index > gate.cap) index = gate.cap
          }
          return index
        }
  return (ratings) => {
    // only a plain record (what RatingsSchema takes): a Map, an array, a Date or a boxed value goes to the
    // exact path. The prototype is read first through Object.prototype's `__proto__` accessor, a read V8
    // folds into the record's shape check (Object.getPrototypeOf is a call per record, about a tenth of a
    // grade's time); anything else (no prototype, a runtime without the accessor) is asked by
    // Object.getPrototypeOf. Only a record that defines its own `__proto__` property as Object.prototype
    // itself, non-enumerable, could pass for another prototype. Anything thrown (a getter, a proxy) leaves
    // the ratings to the exact path too
    let sum: number | undefined
    try {
      if (typeof ratings === 'object' && ratings !== null && !Array.isArray(ratings)) {
        let plain = (ratings as { __proto__?: unknown }).__proto__ === Object.prototype
        if (!plain) {
          const proto: unknown = Object.getPrototypeOf(ratings)
          plain = proto === Object.prototype || proto === null
        }
        if (plain) sum = quick?.(ratings) ?? general(ratings)
      }
    } catch {
      sum = undefined
    }
    if (sum === undefined) return otherwise(ratings)
    const index = indexOf(sum)
    return answers[gated === undefined ? index : gated(ratings, index)] as QuickGrade
  }
}

/** The most dimensions {@link unrolledSum} reads (one property read of its own per dimension). */
const UNROLLED = 8

/**
 * The usual case, read as a hand loop reads it: when the record's keys are exactly the dimensions in the
 * matrix's order (checked by `for … in`, one comparison per key, no key array made), each rating is read by
 * a property read of its own (`ratings[k0]`, `ratings[k1]`…: each read site sees one key, so V8 reads it as a
 * named property of a known shape, not a keyed lookup over every key) and looked up in its dimension's
 * table. It returns `undefined` for anything else (other keys, another order, a value not a level id), which
 * the caller's general loops then decide. The caller has checked the prototype is Object.prototype or null.
 * At most {@link UNROLLED} dimensions (`keys.length`, 1 or more).
 *
 * Kept small enough for V8 to inline it into the caller (its bytecode under TurboFan's inlining limit): no
 * test per read, a level not in its table gives `undefined`, which makes the sum NaN, tested once.
 *
 * Own keys only, without a `for … in` over Object.prototype per call: `for … in` lists the record's own
 * keys before the inherited ones, so when it listed exactly the dimensions and the last one is own, every
 * one is own. The last one is inherited only if Object.prototype has a property of that name (the prototype
 * is it or null); that `in` test V8 folds into the shape of Object.prototype (no work per call while it has
 * no such property), and only then is `Object.hasOwn` asked. @internal
 */
function unrolledSum(
  keys: readonly string[],
  tables: readonly ReadonlyMap<unknown, number>[],
): (ratings: Record<string, unknown>) => number | undefined {
  const n = keys.length
  const last = keys[n - 1] as string
  const [k0, k1, k2, k3, k4, k5, k6, k7] = keys as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ]
  const [t0, t1, t2, t3, t4, t5, t6, t7] = tables as [
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
    ReadonlyMap<unknown, number>,
  ]
  return (ratings) => {
    let j = 0
    for (const key in ratings) {
      if (key !== keys[j]) return undefined
      j += 1
    }
    if (j !== n || (last in Object.prototype && !Object.hasOwn(ratings, last))) return undefined
    // one read site per dimension, the ones past the matrix's dimensions skipped; an unknown level is
    // `undefined`, which makes the sum NaN
    let sum = t0.get(ratings[k0]) as number
    if (n > 1) sum += t1.get(ratings[k1]) as number
    if (n > 2) sum += t2.get(ratings[k2]) as number
    if (n > 3) sum += t3.get(ratings[k3]) as number
    if (n > 4) sum += t4.get(ratings[k4]) as number
    if (n > 5) sum += t5.get(ratings[k5]) as number
    if (n > 6) sum += t6.get(ratings[k6]) as number
    if (n > 7) sum += t7.get(ratings[k7]) as number
    return Number.isNaN(sum) ? undefined : sum
  }
}
