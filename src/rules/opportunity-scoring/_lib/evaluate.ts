import type { Decimal } from '../../../core/decimal'
import { ratio, ZERO } from '../../../core/decimal'
import type { PathSegment } from '../../../core/errors'
import {
  scoreRatings,
  scoreValue,
  type CompiledLevel,
  type CompiledScorecard,
  type Ratings,
} from '../../../core/scorecard'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { OpportunityScoringMatrix } from '../../../models/opportunity'
import type { PolicyStamp } from '../../../core/versioning'

/**
 * One dimension's part of a score.
 *
 * @group Opportunity scoring
 */
export interface DimensionContribution {
  /** The dimension's key. */
  readonly dimension: string
  /** The dimension's label. */
  readonly label: LocalizedText
  /** The level it was rated at, or `null` when not rated. */
  readonly level: string | null
  /** The points of that level (zero when not rated). */
  readonly points: Decimal
  /** The dimension's weight. */
  readonly weight: Decimal
  /** Points of the 100 it adds to the score, truncated to 4 decimals. */
  readonly contribution: Decimal
}

/**
 * A gate that capped the grade.
 *
 * @group Opportunity scoring
 */
export interface AppliedGate {
  /** The gated dimension. */
  readonly dimension: string
  /** The level it was rated at, or `null` when not rated. */
  readonly level: string | null
  /** The level it had to reach. */
  readonly atLeast: string
  /** The grade it was capped at. */
  readonly maxGrade: string
}

/**
 * The score of one opportunity.
 *
 * @group Opportunity scoring
 */
export interface OpportunityScore {
  /**
   * The score out of 100, truncated to 4 decimals (it never shows more than the exact score, so it agrees
   * with the grade).
   */
  readonly score: Decimal
  /** The grade after gates. */
  readonly grade: string
  /** The grade's label. */
  readonly gradeLabel: LocalizedText
  /** The grade the score alone reached, before gates. */
  readonly scoreGrade: string
  /** The grade's follow-up strategy. */
  readonly strategy: OpportunityScoringMatrix['grades'][number]['strategy']
  /** Each dimension's contribution, in the matrix's order. */
  readonly contributions: readonly DimensionContribution[]
  /** Share of the total weight that was rated (1 when every dimension is rated). */
  readonly coverage: Decimal
  /** The gates that capped the grade. */
  readonly gatesApplied: readonly AppliedGate[]
  /** The matrix version that scored it. */
  readonly policy: PolicyStamp
  /** How the score and grade were reached. */
  readonly trace: readonly TraceStep[]
}

/**
 * A matrix compiled for evaluation.
 *
 * @group Opportunity scoring
 */
export interface CompiledMatrix {
  readonly matrix: OpportunityScoringMatrix
  /** The matrix's stamp, one object shared by every result. */
  readonly stamp: PolicyStamp
  readonly card: CompiledScorecard
  /** Per gate: dimension index, the gate's points, the cap's grade index. */
  readonly gates: readonly {
    readonly dim: number
    readonly points: Decimal
    readonly cap: number
    readonly gate: OpportunityScoringMatrix['gates'][number]
  }[]
}

type Gate = CompiledMatrix['gates'][number]

/**
 * Caps a grade by the gates the rated levels fail, in the matrix's order; returns the grade and the gates
 * that lowered it.
 *
 * @group Opportunity scoring
 */
export function applyGates(
  compiled: CompiledMatrix,
  levels: readonly (CompiledLevel | undefined)[],
  grade: number,
): { grade: number; applied: Gate[] } {
  let capped = grade
  const applied: Gate[] = []
  for (const g of compiled.gates) {
    const level = levels[g.dim]
    if ((level === undefined || level.points.lt(g.points)) && capped > g.cap) {
      capped = g.cap
      applied.push(g)
    }
  }
  return { grade: capped, applied }
}

/**
 * Scores one set of ratings with its full explanation.
 *
 * @group Opportunity scoring
 */
export function evaluate(
  compiled: CompiledMatrix,
  ratings: Ratings,
  path: readonly PathSegment[],
): OpportunityScore {
  const { card, matrix } = compiled
  const raw = scoreRatings(card, ratings, path)
  const trace: TraceStep[] = []
  const contributions = card.dimensions.map((d, i) => {
    const level = raw.levels[i]
    if (level === undefined) {
      trace.push(
        step(card.missing === 'zero' ? 'opportunity.missing-zero' : 'opportunity.missing-reweight', {
          dimension: d.label,
        }),
      )
      return {
        dimension: d.key,
        label: d.label,
        level: null,
        points: ZERO,
        weight: d.weight,
        contribution: ZERO,
      }
    }
    const contribution = scoreValue(card, level.k, raw.weight)
    trace.push(
      step('opportunity.dimension', {
        dimension: d.label,
        level: level.label,
        points: level.points,
        best: d.best,
        weight: d.weight,
        contribution,
      }),
    )
    return {
      dimension: d.key,
      label: d.label,
      level: level.id,
      points: level.points,
      weight: d.weight,
      contribution,
    }
  })
  const coverage = ratio(
    card.dimensions.reduce((s, d, i) => (raw.levels[i] ? s.plus(d.weight) : s), ZERO),
    card.dimensions.reduce((s, d) => s.plus(d.weight), ZERO),
  )
  if (card.missing === 'reweight') trace.push(step('opportunity.coverage', { coverage }))
  const score = scoreValue(card, raw.sum, raw.weight)
  const reached = card.grades[raw.grade]
  trace.push(
    step('opportunity.score', { score, grade: reached?.label ?? '', minScore: reached?.minScore ?? '' }),
  )
  const { grade, applied } = applyGates(compiled, raw.levels, raw.grade)
  const gatesApplied: AppliedGate[] = applied.map((g) => {
    const level = raw.levels[g.dim]
    const dim = card.dimensions[g.dim]
    const params = {
      dimension: dim?.label ?? g.gate.dimension,
      atLeast: dim?.levels.get(g.gate.atLeast)?.label ?? g.gate.atLeast,
      grade: card.grades[g.cap]?.label ?? g.gate.maxGrade,
    }
    trace.push(
      level === undefined
        ? step('opportunity.gate-unrated', params)
        : step('opportunity.gate', { ...params, level: level.label }),
    )
    return {
      dimension: g.gate.dimension,
      level: level?.id ?? null,
      atLeast: g.gate.atLeast,
      maxGrade: g.gate.maxGrade,
    }
  })
  const final = matrix.grades[grade] as OpportunityScoringMatrix['grades'][number]
  trace.push(
    step('opportunity.strategy', {
      grade: final.label,
      days: final.strategy.contactEveryDays,
      owner: final.strategy.ownerRole,
    }),
  )
  for (const action of final.strategy.nextActions) trace.push(step('opportunity.next-action', { action }))
  return {
    score,
    grade: final.id,
    gradeLabel: final.label,
    scoreGrade: reached?.id ?? final.id,
    strategy: final.strategy,
    contributions,
    coverage,
    gatesApplied,
    policy: compiled.stamp,
    trace,
  }
}
