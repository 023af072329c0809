/**
 * The weighted scorecard shared by the opportunity matrix (销售机会评估矩阵) and the weighted
 * customer grading method: dimensions with weights and rated levels, grade bands with inclusive
 * lower cut scores, and a rule for missing ratings.
 */
import * as z from 'zod'
import { compileScorecard, unreachableGrades } from '../core/scorecard'
import type { PathSegment } from '../core/errors'
import type { MessageCode } from '../core/messages/en'
import {
  addIssue,
  checkUniqueIds,
  DecimalSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  whenValid,
} from '../core/schema'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import { once } from '../core/once'

/**
 * How a scorecard treats a dimension that was not rated.
 *
 * @group Opportunity scoring
 */
export const MISSING_RATING_RULES = ['reject', 'zero', 'reweight'] as const

/**
 * `reject` (an `INVALID_INPUT`), `zero` (counts as no points), or `reweight` (the score is taken over the
 * rated dimensions, and the coverage reported).
 *
 * @group Opportunity scoring
 */
export type MissingRatingRule = (typeof MISSING_RATING_RULES)[number]

/**
 * One level a dimension can be rated at.
 *
 * @group Opportunity scoring
 */
export const ScoreLevelSchema = once(() =>
  z.strictObject({
    /** The level's id, used in ratings (e.g. `approved`). */
    id: IdSchema(),
    /** Its name in English and Chinese (e.g. `{ en: 'Budget approved', 'zh-CN': '预算已批' }`). */
    label: LabelSchema(),
    /** Points the level is worth; the dimension's best level sets its maximum. */
    points: NonNegativeDecimalSchema(),
  }),
)

/**
 * One level a dimension can be rated at.
 *
 * @group Opportunity scoring
 */
export interface ScoreLevelInput {
  /** The level's id, used in ratings (e.g. `approved`). */
  readonly id: string
  /** Its name in English and Chinese (e.g. `{ en: 'Budget approved', 'zh-CN': '预算已批' }`). */
  readonly label: LabelInput
  /** Points the level is worth; the dimension's best level sets its maximum. */
  readonly points: DecimalInput
}

/**
 * One scored dimension (维度), e.g. customer need, budget, decision process, competition.
 *
 * @group Opportunity scoring
 */
export const ScoreDimensionSchema = once(() =>
  z
    .strictObject({
      /** The dimension's key, used in ratings (e.g. `budget`). */
      key: IdSchema(),
      /** Its name in English and Chinese. */
      label: LabelSchema(),
      /** Its weight; weights are relative (they need not add up to 1 or 100). */
      weight: PositiveDecimalSchema(),
      /** The levels it can be rated at; ids unique, the best level worth more than zero points. */
      levels: z.array(ScoreLevelSchema()).min(1),
    })
    .check(
      whenValid((d, ctx) => {
        checkUniqueIds(d.levels, 'id', ['levels'], ctx)
        if (d.levels.every((l) => l.points.isZero()))
          addIssue(ctx, 'scorecard.no-points', ['levels'], { dimension: d.key })
      }),
    ),
)

/**
 * One scored dimension (维度), e.g. customer need, budget, decision process, competition.
 *
 * @group Opportunity scoring
 */
export interface ScoreDimensionInput {
  /** The dimension's key, used in ratings (e.g. `budget`). */
  readonly key: string
  /** Its name in English and Chinese. */
  readonly label: LabelInput
  /** Its weight; weights are relative (they need not add up to 1 or 100). */
  readonly weight: DecimalInput
  /** The levels it can be rated at; ids unique, the best level worth more than zero points. */
  readonly levels: readonly ScoreLevelInput[]
}

/**
 * A grade band (等级): scores from `minScore` (inclusive) up to the next band's `minScore`.
 *
 * @group Opportunity scoring
 */
const ScoreGradeSchema = once(() =>
  z.strictObject({
    /** The grade's id (e.g. `high`, `A`). */
    id: IdSchema(),
    /** Its name in English and Chinese (e.g. `{ en: 'High', 'zh-CN': '高' }`). */
    label: LabelSchema(),
    /**
     * The lowest score (0–100, at most 4 decimals) in this grade, inclusive: a score equal to it gets this
     * grade.
     */
    minScore: DecimalSchema(),
  }),
)

/**
 * The scorecard fields, to be spread into a policy object.
 *
 * @group Opportunity scoring
 */
export const scorecardShape = once(() => ({
  /** The scored dimensions; keys unique. */
  dimensions: z.array(ScoreDimensionSchema()).min(1).max(100),
  /** Grade bands from the lowest to the highest; the first starts at 0, cut scores strictly increase. */
  grades: z.array(ScoreGradeSchema()).min(1),
  /** What a missing rating does: `reject` (default), `zero` or `reweight`. */
  missing: z.literal(MISSING_RATING_RULES).default('reject'),
}))

/**
 * The parsed scorecard fields.
 *
 * @group Opportunity scoring
 */
export interface ScorecardFields {
  /** The scored dimensions. */
  readonly dimensions: readonly z.output<ReturnType<typeof ScoreDimensionSchema>>[]
  /** The grade bands, lowest first. */
  readonly grades: readonly z.output<ReturnType<typeof ScoreGradeSchema>>[]
  /** What a missing rating does. */
  readonly missing: MissingRatingRule
}

/**
 * Where a scorecard check reports a problem: a message code, the path inside the scorecard, and the message's
 * values.
 *
 * @group Opportunity scoring
 */
export type ScorecardReport = (
  code: MessageCode,
  path: readonly PathSegment[],
  params: Readonly<Record<string, string | number>>,
) => void

/** Checks the grade bands and dimension keys of a scorecard, and that every grade is reachable. @internal */
export function checkScorecard(card: ScorecardFields, report: ScorecardReport): void {
  let ok = true
  const fail: ScorecardReport = (...args) => {
    ok = false
    report(...args)
  }
  const seenKeys = new Set<string>()
  card.dimensions.forEach((d, i) => {
    if (seenKeys.has(d.key)) fail('ids.duplicate', ['dimensions', i, 'key'], { id: d.key })
    seenKeys.add(d.key)
  })
  const seenGrades = new Set<string>()
  card.grades.forEach((g, i) => {
    const path = ['grades', i, 'minScore']
    if (seenGrades.has(g.id)) fail('ids.duplicate', ['grades', i, 'id'], { id: g.id })
    seenGrades.add(g.id)
    if (g.minScore.isNegative() || g.minScore.gt(100)) fail('scorecard.cut-range', path, { grade: g.id })
    else if (g.minScore.decimalPlaces() > 4) fail('scorecard.cut-precision', path, { grade: g.id })
    else if (i === 0 && !g.minScore.isZero()) fail('scorecard.first-cut', path, { grade: g.id })
    const previous = card.grades[i - 1]
    if (previous && !g.minScore.gt(previous.minScore))
      fail('scorecard.cuts-increase', path, { grade: g.id, previous: previous.id })
  })
  if (!ok) return
  for (const i of unreachableGrades(compileScorecard(card))) {
    report('scorecard.unreachable', ['grades', i, 'minScore'], { grade: card.grades[i]?.id ?? '' })
  }
}

// the validated (output) types of the scorecard parts (issue 18)
/**
 * One level a validated dimension can be rated at.
 *
 * @group Opportunity scoring
 */
export interface ScoreLevel {
  /** The level's id, used in ratings (e.g. `approved`). */
  readonly id: string
  /** Its name in English and Chinese (e.g. `{ en: 'Budget approved', 'zh-CN': '预算已批' }`). */
  readonly label: LabelInput
  /** Points the level is worth; the dimension's best level sets its maximum. */
  readonly points: Decimal
}

/**
 * One validated scored dimension (维度), e.g. customer need, budget, decision process, competition.
 *
 * @group Opportunity scoring
 */
export interface ScoreDimension {
  /** The dimension's key, used in ratings (e.g. `budget`). */
  readonly key: string
  /** Its name in English and Chinese. */
  readonly label: LabelInput
  /** Its weight; weights are relative (they need not add up to 1 or 100). */
  readonly weight: Decimal
  /** The levels it can be rated at; ids unique, the best level worth more than zero points. */
  readonly levels: readonly ScoreLevel[]
}
