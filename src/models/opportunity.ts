/**
 * The opportunity assessment matrix (销售机会评估矩阵): weighted dimensions, grades with follow-up
 * strategies, gates, a priority grid and pipeline stage probabilities.
 */
import * as z from 'zod'
import {
  addIssue,
  checkUniqueIds,
  DecimalSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  whenValid,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import { checkScorecard, scorecardShape } from './scorecard'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import type { MissingRatingRule, ScoreDimension, ScoreDimensionInput } from './scorecard'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * The follow-up strategy (跟进策略) of an opportunity grade.
 *
 * @group Opportunity scoring
 */
export const FollowUpStrategySchema = once(() =>
  z.strictObject({
    /** Contact the customer at least every this many days (1–365). */
    contactEveryDays: z.number().int().min(1).max(365),
    /** The role that owns the follow-up (e.g. `sales-rep`, `sales-manager`). */
    ownerRole: IdSchema(),
    /** What to do next, in order. */
    nextActions: z.array(LabelSchema()).default([]),
  }),
)

/**
 * The follow-up strategy (跟进策略) of an opportunity grade.
 *
 * @group Opportunity scoring
 */
export interface FollowUpStrategyInput {
  /** Contact the customer at least every this many days (1–365). */
  readonly contactEveryDays: number
  /** The role that owns the follow-up (e.g. `sales-rep`, `sales-manager`). */
  readonly ownerRole: string
  /** What to do next, in order. */
  readonly nextActions?: readonly LabelInput[] | undefined
}

/**
 * The validated follow-up strategy (跟进策略) of an opportunity grade.
 *
 * @group Opportunity scoring
 */
export interface FollowUpStrategy {
  /** Contact the customer at least every this many days (1–365). */
  readonly contactEveryDays: number
  /** The role that owns the follow-up (e.g. `sales-rep`, `sales-manager`). */
  readonly ownerRole: string
  /** What to do next, in order (none when left out). */
  readonly nextActions: readonly LabelInput[]
}

/**
 * A grade of the matrix (高 / 中 / 低) with its strategy.
 *
 * @group Opportunity scoring
 */
export const OpportunityGradeSchema = once(() =>
  z.strictObject({
    /** The grade's id (e.g. `high`). */
    id: IdSchema(),
    /** Its name (e.g. `{ en: 'High', 'zh-CN': '高' }`). */
    label: LabelSchema(),
    /** The lowest score in the grade (0–100, at most 4 decimals), inclusive. */
    minScore: DecimalSchema(),
    /** How opportunities of this grade are followed up. */
    strategy: FollowUpStrategySchema(),
  }),
)

/**
 * A grade of the matrix (高 / 中 / 低) with its strategy.
 *
 * @group Opportunity scoring
 */
export interface OpportunityGradeInput {
  /** The grade's id (e.g. `high`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'High', 'zh-CN': '高' }`). */
  readonly label: LabelInput
  /** The lowest score in the grade (0–100, at most 4 decimals), inclusive. */
  readonly minScore: DecimalInput
  /** How opportunities of this grade are followed up. */
  readonly strategy: FollowUpStrategyInput
}

/**
 * A validated grade of the matrix (高 / 中 / 低) with its strategy.
 *
 * @group Opportunity scoring
 */
export interface OpportunityGrade {
  /** The grade's id (e.g. `high`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'High', 'zh-CN': '高' }`). */
  readonly label: LabelInput
  /** The lowest score in the grade (0–100, at most 4 decimals), inclusive. */
  readonly minScore: Decimal
  /** How opportunities of this grade are followed up. */
  readonly strategy: FollowUpStrategy
}

/**
 * A gate: a dimension rated below a level caps the grade (e.g. no budget ⇒ never high).
 *
 * @group Opportunity scoring
 */
export const ScoringGateSchema = once(() =>
  z.strictObject({
    /** The gated dimension's key. */
    dimension: IdSchema(),
    /**
     * The level it must reach: a rating worth fewer points than this level (or no rating) triggers the gate.
     */
    atLeast: IdSchema(),
    /** The highest grade an opportunity that fails the gate can get. */
    maxGrade: IdSchema(),
  }),
)

/**
 * A gate: a dimension rated below a level caps the grade (e.g. no budget ⇒ never high).
 *
 * @group Opportunity scoring
 */
export interface ScoringGateInput {
  /** The gated dimension's key. */
  readonly dimension: string
  /**
   * The level it must reach: a rating worth fewer points than this level (or no rating) triggers the gate.
   */
  readonly atLeast: string
  /** The highest grade an opportunity that fails the gate can get. */
  readonly maxGrade: string
}

/**
 * A validated gate: a dimension rated below a level caps the grade.
 *
 * @group Opportunity scoring
 */
export interface ScoringGate {
  /** The gated dimension's key. */
  readonly dimension: string
  /**
   * The level it must reach: a rating worth fewer points than this level (or no rating) triggers the gate.
   */
  readonly atLeast: string
  /** The highest grade an opportunity that fails the gate can get. */
  readonly maxGrade: string
}

/**
 * One tier of an axis of the priority grid: values from `from` (inclusive) up to the next tier.
 *
 * @group Opportunity scoring
 */
export const AxisTierSchema = once(() =>
  z.strictObject({
    /** The tier's id (e.g. `large`). */
    id: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** The lowest value in the tier, inclusive; the first tier's `from` is the axis minimum. */
    from: DecimalSchema(),
  }),
)

/**
 * One tier of an axis of the priority grid: values from `from` (inclusive) up to the next tier.
 *
 * @group Opportunity scoring
 */
export interface AxisTierInput {
  /** The tier's id (e.g. `large`). */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** The lowest value in the tier, inclusive; the first tier's `from` is the axis minimum. */
  readonly from: DecimalInput
}

/**
 * One validated tier of an axis of the priority grid: values from `from` (inclusive) up to the next tier.
 *
 * @group Opportunity scoring
 */
export interface AxisTier {
  /** The tier's id (e.g. `large`). */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** The lowest value in the tier, inclusive; the first tier's `from` is the axis minimum. */
  readonly from: Decimal
}

/**
 * An axis of the priority grid (e.g. deal value, win likelihood).
 *
 * @group Opportunity scoring
 */
export const PriorityAxisSchema = once(() =>
  z
    .strictObject({
      /** The axis name. */
      label: LabelSchema(),
      /** Tiers from the lowest to the highest; `from` strictly increasing. */
      tiers: z.array(AxisTierSchema()).min(1),
    })
    .check(
      whenValid((axis, ctx) => {
        checkUniqueIds(axis.tiers, 'id', ['tiers'], ctx)
        axis.tiers.forEach((t, i) => {
          const previous = axis.tiers[i - 1]
          if (previous && !t.from.gt(previous.from))
            addIssue(ctx, 'grid.tiers-increase', ['tiers', i, 'from'], { tier: t.id })
        })
      }),
    ),
)

/**
 * An axis of the priority grid (e.g. deal value, win likelihood).
 *
 * @group Opportunity scoring
 */
export interface PriorityAxisInput {
  /** The axis name. */
  readonly label: LabelInput
  /** Tiers from the lowest to the highest; `from` strictly increasing. */
  readonly tiers: readonly AxisTierInput[]
}

/**
 * A validated axis of the priority grid (e.g. deal value, win likelihood).
 *
 * @group Opportunity scoring
 */
export interface PriorityAxis {
  /** The axis name. */
  readonly label: LabelInput
  /** Tiers from the lowest to the highest; `from` strictly increasing. */
  readonly tiers: readonly AxisTier[]
}

/**
 * A cell of the priority grid: an x tier and a y tier give a priority.
 *
 * @group Opportunity scoring
 */
export const PriorityCellSchema = once(() =>
  z.strictObject({
    /** The x tier's id. */
    x: IdSchema(),
    /** The y tier's id. */
    y: IdSchema(),
    /** The priority (quadrant) id, e.g. `P1`. */
    priority: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
  }),
)

/**
 * A cell of the priority grid: an x tier and a y tier give a priority.
 *
 * @group Opportunity scoring
 */
export interface PriorityCellInput {
  /** The x tier's id. */
  readonly x: string
  /** The y tier's id. */
  readonly y: string
  /** The priority (quadrant) id, e.g. `P1`. */
  readonly priority: string
  /** Its name. */
  readonly label: LabelInput
}

/**
 * A validated cell of the priority grid: an x tier and a y tier give a priority.
 *
 * @group Opportunity scoring
 */
export interface PriorityCell {
  /** The x tier's id. */
  readonly x: string
  /** The y tier's id. */
  readonly y: string
  /** The priority (quadrant) id, e.g. `P1`. */
  readonly priority: string
  /** Its name. */
  readonly label: LabelInput
}

/**
 * A two-axis priority grid: deal value tier × win likelihood ⇒ priority (优先级矩阵).
 *
 * @group Opportunity scoring
 */
export const PriorityGridSchema = once(() =>
  z
    .strictObject({
      /** The horizontal axis (e.g. deal value 金额). */
      x: PriorityAxisSchema(),
      /** The vertical axis (e.g. win likelihood 赢单可能性). */
      y: PriorityAxisSchema(),
      /** One cell for every pair of tiers. */
      cells: z.array(PriorityCellSchema()).min(1),
    })
    .check(
      whenValid((grid, ctx) => {
        const seen = new Set<string>()
        grid.cells.forEach((c, i) => {
          if (!grid.x.tiers.some((t) => t.id === c.x))
            addIssue(ctx, 'grid.unknown-tier', ['cells', i, 'x'], { tier: c.x })
          if (!grid.y.tiers.some((t) => t.id === c.y))
            addIssue(ctx, 'grid.unknown-tier', ['cells', i, 'y'], { tier: c.y })
          if (seen.has(`${c.x}\u0000${c.y}`))
            addIssue(ctx, 'grid.duplicate-cell', ['cells', i], { x: c.x, y: c.y })
          seen.add(`${c.x}\u0000${c.y}`)
        })
        for (const x of grid.x.tiers) {
          for (const y of grid.y.tiers) {
            if (!seen.has(`${x.id}\u0000${y.id}`))
              addIssue(ctx, 'grid.missing-cell', ['cells'], { x: x.id, y: y.id })
          }
        }
      }),
    ),
)

/**
 * A two-axis priority grid: deal value tier × win likelihood ⇒ priority (优先级矩阵).
 *
 * @group Opportunity scoring
 */
export interface PriorityGridInput {
  /** The horizontal axis (e.g. deal value 金额). */
  readonly x: PriorityAxisInput
  /** The vertical axis (e.g. win likelihood 赢单可能性). */
  readonly y: PriorityAxisInput
  /** One cell for every pair of tiers. */
  readonly cells: readonly PriorityCellInput[]
}

/**
 * A validated two-axis priority grid: deal value tier × win likelihood ⇒ priority (优先级矩阵).
 *
 * @group Opportunity scoring
 */
export interface PriorityGrid {
  /** The horizontal axis (e.g. deal value 金额). */
  readonly x: PriorityAxis
  /** The vertical axis (e.g. win likelihood 赢单可能性). */
  readonly y: PriorityAxis
  /** One cell for every pair of tiers. */
  readonly cells: readonly PriorityCell[]
}

/**
 * A pipeline stage (销售阶段) with its win probability.
 *
 * @group Opportunity scoring
 */
export const PipelineStageSchema = once(() =>
  z.strictObject({
    /** The stage's id (e.g. `proposal`). */
    id: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** Probability of winning from this stage, a fraction 0–1. */
    probability: FractionSchema(),
  }),
)

/**
 * A pipeline stage (销售阶段) with its win probability.
 *
 * @group Opportunity scoring
 */
export interface PipelineStageInput {
  /** The stage's id (e.g. `proposal`). */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** Probability of winning from this stage, a fraction 0–1. */
  readonly probability: DecimalInput
}

/**
 * A validated pipeline stage (销售阶段) with its win probability.
 *
 * @group Opportunity scoring
 */
export interface PipelineStage {
  /** The stage's id (e.g. `proposal`). */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** Probability of winning from this stage, a fraction 0–1. */
  readonly probability: Decimal
}

/**
 * The opportunity scoring matrix as a policy document.
 *
 * @group Opportunity scoring
 */
export const OpportunityScoringMatrixSchema = once(() =>
  VersionedSchema()
    .extend({
      /** The matrix's name. */
      name: LabelSchema().optional(),
      ...scorecardShape(),
      /** Grades from the lowest to the highest, each with its follow-up strategy. */
      grades: z.array(OpportunityGradeSchema()).min(1),
      /** Gates that cap the grade. */
      gates: z.array(ScoringGateSchema()).default([]),
      /** The priority grid, if the policy uses one. */
      priorityGrid: PriorityGridSchema().optional(),
      /** Pipeline stages and their probabilities, for the weighted forecast. */
      stages: z.array(PipelineStageSchema()).default([]),
    })
    .check(
      whenValid((m, ctx) => {
        checkVersionDates(m, ctx)
        checkScorecard(m, (code, path, params) => addIssue(ctx, code, path, params))
        checkUniqueIds(m.stages, 'id', ['stages'], ctx)
        m.gates.forEach((g, i) => {
          const dimension = m.dimensions.find((d) => d.key === g.dimension)
          if (!dimension)
            addIssue(ctx, 'scorecard.unknown-dimension', ['gates', i, 'dimension'], {
              dimension: g.dimension,
            })
          else if (!dimension.levels.some((l) => l.id === g.atLeast))
            addIssue(ctx, 'scorecard.unknown-level', ['gates', i, 'atLeast'], {
              dimension: g.dimension,
              level: g.atLeast,
            })
          if (!m.grades.some((gr) => gr.id === g.maxGrade))
            addIssue(ctx, 'scorecard.unknown-grade', ['gates', i, 'maxGrade'], { grade: g.maxGrade })
        })
      }),
    ),
)

/**
 * An opportunity scoring matrix as written in a policy document.
 *
 * @group Opportunity scoring
 */
export interface OpportunityScoringMatrixInput extends VersionedInput {
  /** Grades from the lowest to the highest, each with its follow-up strategy. */
  readonly grades: readonly OpportunityGradeInput[]
  /** The scored dimensions; keys unique. */
  readonly dimensions: readonly ScoreDimensionInput[]
  /** Gates that cap the grade. */
  readonly gates?: readonly ScoringGateInput[] | undefined
  /** The priority grid, if the policy uses one. */
  readonly priorityGrid?: PriorityGridInput | undefined
  /** Pipeline stages and their probabilities, for the weighted forecast. */
  readonly stages?: readonly PipelineStageInput[] | undefined
  /** What a missing rating does: `reject` (default), `zero` or `reweight`. */
  readonly missing?: 'reject' | 'zero' | 'reweight' | undefined
  /** The matrix's name. */
  readonly name?: LabelInput | undefined
}

/**
 * A validated opportunity scoring matrix.
 *
 * @group Opportunity scoring
 */
export interface OpportunityScoringMatrix extends Versioned {
  /** The matrix's name. */
  readonly name?: LabelInput | undefined
  /** The scored dimensions; keys unique. */
  readonly dimensions: readonly ScoreDimension[]
  /** Grades from the lowest to the highest, each with its follow-up strategy. */
  readonly grades: readonly OpportunityGrade[]
  /** What a missing rating does: `reject` (default), `zero` or `reweight`. */
  readonly missing: MissingRatingRule
  /** Gates that cap the grade (none when left out). */
  readonly gates: readonly ScoringGate[]
  /** The priority grid, if the policy uses one. */
  readonly priorityGrid?: PriorityGrid | undefined
  /** Pipeline stages and their probabilities, for the weighted forecast (none when left out). */
  readonly stages: readonly PipelineStage[]
}

/**
 * An opportunity's ratings: dimension key → level id (`null` or absent when not rated).
 *
 * @group Opportunity scoring
 */
export const RatingsSchema = once(() => z.record(z.string(), z.union([z.string(), z.null()])))

/**
 * An opportunity's ratings.
 *
 * @group Opportunity scoring
 */
export type Ratings = Readonly<Record<string, null | string>>

/**
 * A point on the priority grid.
 *
 * @group Opportunity scoring
 */
export const PriorityPointSchema = once(() =>
  z.strictObject({
    /** The value on the x axis (e.g. the deal amount). */
    x: DecimalSchema(),
    /** The value on the y axis (e.g. the win likelihood). */
    y: DecimalSchema(),
  }),
)

/**
 * A point on the priority grid.
 *
 * @group Opportunity scoring
 */
export interface PriorityPoint {
  /** The value on the x axis (e.g. the deal amount). */
  readonly x: DecimalInput
  /** The value on the y axis (e.g. the win likelihood). */
  readonly y: DecimalInput
}

/**
 * An opportunity in the pipeline, for the weighted forecast.
 *
 * @group Opportunity scoring
 */
export const PipelineOpportunitySchema = once(() =>
  z.strictObject({
    /** The opportunity's id. */
    id: IdSchema(),
    /** Expected deal amount, in the forecast's currency. */
    amount: DecimalSchema(),
    /** The stage id; its probability weights the amount. */
    stage: IdSchema(),
    /** The ratings that grade it on the matrix. */
    ratings: RatingsSchema(),
  }),
)

/**
 * An opportunity in the pipeline.
 *
 * @group Opportunity scoring
 */
export interface PipelineOpportunity {
  /** The opportunity's id. */
  readonly id: string
  /** Expected deal amount, in the forecast's currency. */
  readonly amount: DecimalInput
  /** The stage id; its probability weights the amount. */
  readonly stage: string
  /** The ratings that grade it on the matrix. */
  readonly ratings: Readonly<Record<string, null | string>>
}
