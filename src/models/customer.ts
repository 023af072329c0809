/**
 * ABC customer grading (客户 ABC 分级) and follow-up frequencies (跟进频率): Pareto on a measure,
 * absolute thresholds, or a weighted multi-criteria scorecard; new customers, manual overrides and
 * downgrade hysteresis.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import type { Decimal } from '../core/decimal'
import type { LocalizedText } from '../core/trace'
import {
  addIssue,
  checkUniqueIds,
  DecimalSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import { checkScorecard, ScoreDimensionSchema, MISSING_RATING_RULES } from './scorecard'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import type { DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import type { MissingRatingRule, ScoreDimension, ScoreDimensionInput } from './scorecard'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * The measure a value-based grading ranks customers by.
 *
 * @group Customer grading
 */
export const CUSTOMER_MEASURES = ['revenue', 'gross-profit', 'order-count'] as const

/**
 * Revenue (销售额), gross profit (毛利) or order count (订单数).
 *
 * @group Customer grading
 */
export type CustomerMeasure = (typeof CUSTOMER_MEASURES)[number]

/**
 * How often a grade must be contacted (e.g. "A 类客户每周至少 3 次").
 *
 * @group Customer grading
 */
export const FollowUpRuleSchema = once(() =>
  z.strictObject({
    /** The least number of contacts in each window. */
    minContacts: z.number().int().min(1).max(1000),
    /** The window: a calendar week (Monday to Sunday) or a calendar month. */
    per: z.literal(['week', 'month']),
    /** Count the window's length in working days (for partial windows and the next due date). */
    workingDaysOnly: z.boolean().default(false),
  }),
)

/**
 * How often a grade must be contacted (e.g. "A 类客户每周至少 3 次").
 *
 * @group Customer grading
 */
export interface FollowUpRuleInput {
  /** The least number of contacts in each window. */
  readonly minContacts: number
  /** The window: a calendar week (Monday to Sunday) or a calendar month. */
  readonly per: 'week' | 'month'
  /** Count the window's length in working days (for partial windows and the next due date). */
  readonly workingDaysOnly?: boolean | undefined
}

/**
 * How often a grade must be contacted, validated.
 *
 * @group Customer grading
 */
export interface FollowUpRule {
  /** The least number of contacts in each window. */
  readonly minContacts: number
  /** The window: a calendar week (Monday to Sunday) or a calendar month. */
  readonly per: 'week' | 'month'
  /**
   * Count the window's length in working days (for partial windows and the next due date); false by default.
   */
  readonly workingDaysOnly: boolean
}

/**
 * A customer grade (A / B / C …), from the most valuable down.
 *
 * @group Customer grading
 */
export const CustomerGradeSchema = once(() =>
  z.strictObject({
    /** The grade's id (e.g. `A`). */
    id: IdSchema(),
    /** Its name (e.g. `{ en: 'A (high value)', 'zh-CN': 'A 类（高价值）' }`). */
    label: LabelSchema(),
    /** The sales strategy for the grade (销售策略), for people. */
    strategy: LabelSchema().optional(),
    /** The minimum follow-up frequency. */
    followUp: FollowUpRuleSchema().optional(),
  }),
)

/**
 * A customer grade (A / B / C …), from the most valuable down.
 *
 * @group Customer grading
 */
export interface CustomerGradeInput {
  /** The grade's id (e.g. `A`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'A (high value)', 'zh-CN': 'A 类（高价值）' }`). */
  readonly label: LabelInput
  /** The sales strategy for the grade (销售策略), for people. */
  readonly strategy?: LabelInput | undefined
  /** The minimum follow-up frequency. */
  readonly followUp?: FollowUpRuleInput | undefined
}

/**
 * A validated customer grade (A / B / C …).
 *
 * @group Customer grading
 */
export interface CustomerGrade {
  /** The grade's id (e.g. `A`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'A (high value)', 'zh-CN': 'A 类（高价值）' }`). */
  readonly label: LabelInput
  /** The sales strategy for the grade (销售策略), for people. */
  readonly strategy?: LabelInput | undefined
  /** The minimum follow-up frequency. */
  readonly followUp?: FollowUpRule | undefined
}

/**
 * Pareto: cumulative-share cut-offs per grade (A up to 80 %, B up to 95 %, C the rest).
 *
 * @group Customer grading
 */
export const ParetoMethodSchema = once(() =>
  z.strictObject({
    /** Pareto analysis. */
    kind: z.literal('pareto'),
    /** What customers are ranked by. */
    measure: z.literal(CUSTOMER_MEASURES),
    /** The look-back window, in months, that the values cover (documentation for the caller). */
    lookbackMonths: z.number().int().min(1).max(120),
    /**
     * One cut-off per grade, in the grades' order: the cumulative share the grade reaches (fractions,
     * strictly
     * increasing, the last exactly 1).
     */
    cutoffs: z.array(FractionSchema()).min(1),
  }),
)

/**
 * Pareto: cumulative-share cut-offs per grade (A up to 80 %, B up to 95 %, C the rest).
 *
 * @group Customer grading
 */
export interface ParetoMethodInput {
  /** Pareto analysis. */
  readonly kind: 'pareto'
  /** What customers are ranked by. */
  readonly measure: 'revenue' | 'gross-profit' | 'order-count'
  /** The look-back window, in months, that the values cover (documentation for the caller). */
  readonly lookbackMonths: number
  /**
   * One cut-off per grade, in the grades' order: the cumulative share the grade reaches (fractions, strictly
   * increasing, the last exactly 1).
   */
  readonly cutoffs: readonly DecimalInput[]
}

/**
 * A validated Pareto method: cumulative-share cut-offs per grade.
 *
 * @group Customer grading
 */
export interface ParetoMethod {
  /** Pareto analysis. */
  readonly kind: 'pareto'
  /** What customers are ranked by. */
  readonly measure: CustomerMeasure
  /** The look-back window, in months, that the values cover (documentation for the caller). */
  readonly lookbackMonths: number
  /**
   * One cut-off per grade, in the grades' order: the cumulative share the grade reaches (fractions, strictly
   * increasing, the last exactly 1).
   */
  readonly cutoffs: readonly Decimal[]
}

/**
 * Thresholds: absolute amounts per grade (A ≥ ¥1,000,000 a year).
 *
 * @group Customer grading
 */
export const ThresholdMethodSchema = once(() =>
  z.strictObject({
    /** Absolute thresholds. */
    kind: z.literal('thresholds'),
    /** What the thresholds apply to. */
    measure: z.literal(CUSTOMER_MEASURES),
    /** The look-back window, in months. */
    lookbackMonths: z.number().int().min(1).max(120),
    /**
     * One minimum per grade, in the grades' order (strictly decreasing); a value equal to a minimum reaches
     * the
     * grade; customers below the last minimum get the last grade.
     */
    minimums: z.array(DecimalSchema()).min(1),
  }),
)

/**
 * Thresholds: absolute amounts per grade (A ≥ ¥1,000,000 a year).
 *
 * @group Customer grading
 */
export interface ThresholdMethodInput {
  /** Absolute thresholds. */
  readonly kind: 'thresholds'
  /** What the thresholds apply to. */
  readonly measure: 'revenue' | 'gross-profit' | 'order-count'
  /** The look-back window, in months. */
  readonly lookbackMonths: number
  /**
   * One minimum per grade, in the grades' order (strictly decreasing); a value equal to a minimum reaches the
   * grade; customers below the last minimum get the last grade.
   */
  readonly minimums: readonly DecimalInput[]
}

/**
 * A validated threshold method: absolute amounts per grade.
 *
 * @group Customer grading
 */
export interface ThresholdMethod {
  /** Absolute thresholds. */
  readonly kind: 'thresholds'
  /** What the thresholds apply to. */
  readonly measure: CustomerMeasure
  /** The look-back window, in months. */
  readonly lookbackMonths: number
  /**
   * One minimum per grade, in the grades' order (strictly decreasing); a value equal to a minimum reaches the
   * grade; customers below the last minimum get the last grade.
   */
  readonly minimums: readonly Decimal[]
}

/**
 * Weighted multi-criteria: the opportunity scorecard's machinery on customer criteria (规模, 行业, 需求…).
 *
 * @group Customer grading
 */
export const WeightedMethodSchema = once(() =>
  z.strictObject({
    /** A weighted scorecard. */
    kind: z.literal('weighted'),
    /** The criteria, as scorecard dimensions. */
    dimensions: z.array(ScoreDimensionSchema()).min(1).max(100),
    /**
     * One cut score per grade, in the grades' order (strictly decreasing, the last 0); a score equal to a cut
     * reaches the grade.
     */
    minScores: z.array(DecimalSchema()).min(1),
    /** What a missing rating does. */
    missing: z.literal(MISSING_RATING_RULES).default('reject'),
  }),
)

/**
 * Weighted multi-criteria: the opportunity scorecard's machinery on customer criteria (规模, 行业, 需求…).
 *
 * @group Customer grading
 */
export interface WeightedMethodInput {
  /** A weighted scorecard. */
  readonly kind: 'weighted'
  /** The criteria, as scorecard dimensions. */
  readonly dimensions: readonly ScoreDimensionInput[]
  /**
   * One cut score per grade, in the grades' order (strictly decreasing, the last 0); a score equal to a cut
   * reaches the grade.
   */
  readonly minScores: readonly DecimalInput[]
  /** What a missing rating does. */
  readonly missing?: 'reject' | 'zero' | 'reweight' | undefined
}

/**
 * A validated weighted multi-criteria method.
 *
 * @group Customer grading
 */
export interface WeightedMethod {
  /** A weighted scorecard. */
  readonly kind: 'weighted'
  /** The criteria, as scorecard dimensions. */
  readonly dimensions: readonly ScoreDimension[]
  /**
   * One cut score per grade, in the grades' order (strictly decreasing, the last 0); a score equal to a cut
   * reaches the grade.
   */
  readonly minScores: readonly Decimal[]
  /** What a missing rating does (`reject` by default). */
  readonly missing: MissingRatingRule
}

/**
 * The customer grading policy.
 *
 * @group Customer grading
 */
export const CustomerGradingPolicySchema = once(() =>
  VersionedSchema()
    .extend({
      /** Grades from the most valuable down (A, B, C by default). */
      grades: z
        .array(CustomerGradeSchema())
        .min(1)
        .default(() => [
          { id: 'A', label: { en: 'A (high value)', 'zh-CN': 'A 类（高价值）' } },
          { id: 'B', label: { en: 'B (medium value)', 'zh-CN': 'B 类（中等价值）' } },
          { id: 'C', label: { en: 'C (low value)', 'zh-CN': 'C 类（低价值）' } },
        ]),
      /** How grades are computed. */
      method: z.discriminatedUnion('kind', [
        ParetoMethodSchema(),
        ThresholdMethodSchema(),
        WeightedMethodSchema(),
      ]),
      /**
       * The grade of a customer with no history (no value or ratings): one of the grades, or another id (e.g.
       * `unrated`) with a label.
       */
      noHistory: z.strictObject({
        /** The grade id. */
        grade: IdSchema(),
        /** Its name, when it is not one of the grades. */
        label: LabelSchema().optional(),
      }),
      /** Downgrade hysteresis: a customer drops a grade only after this many consecutive periods below it. */
      downgradeAfterPeriods: z.number().int().min(1).max(24).default(1),
      /** The calendar for counting working days in follow-up windows. */
      calendar: BusinessCalendarSchema().optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.grades, 'id', ['grades'], ctx)
        const m = p.method
        const cuts = m.kind === 'pareto' ? m.cutoffs : m.kind === 'thresholds' ? m.minimums : m.minScores
        const key = m.kind === 'pareto' ? 'cutoffs' : m.kind === 'thresholds' ? 'minimums' : 'minScores'
        if (cuts.length !== p.grades.length)
          addIssue(ctx, 'grading.cut-count', ['method', key], { cuts: cuts.length, grades: p.grades.length })
        cuts.forEach((c, i) => {
          const previous = cuts[i - 1]
          if (previous === undefined) return
          const ok = m.kind === 'pareto' ? c.gt(previous) : c.lt(previous)
          if (!ok)
            addIssue(ctx, m.kind === 'pareto' ? 'grading.cuts-increase' : 'grading.cuts-decrease', [
              'method',
              key,
              i,
            ])
        })
        if (m.kind === 'pareto' && !(m.cutoffs.at(-1)?.eq(1) ?? false))
          addIssue(ctx, 'grading.pareto-end', ['method', 'cutoffs', m.cutoffs.length - 1])
        if (m.kind === 'weighted' && cuts.length === p.grades.length) {
          // the scorecard machinery wants bands from the lowest up: band i there is grade n − 1 − i here
          const n = p.grades.length
          const bands = weightedBands(p.grades, m.minScores)
          checkScorecard(
            { dimensions: m.dimensions, missing: m.missing, grades: bands },
            (code, path, params) => {
              const mapped =
                path[0] === 'grades' && typeof path[1] === 'number'
                  ? ['method', 'minScores', n - 1 - path[1]]
                  : ['method', ...path]
              addIssue(ctx, code, mapped, params)
            },
          )
        }
        if (!p.grades.some((g) => g.id === p.noHistory.grade) && p.noHistory.label === undefined)
          addIssue(ctx, 'grading.no-history-label', ['noHistory', 'label'], { grade: p.noHistory.grade })
      }),
    ),
)

/**
 * The scorecard bands of a weighted method: the grades listed from the best down become bands
 * from the lowest up (the scorecard's order), band i being grade n − 1 − i. @internal
 */
export function weightedBands<G extends { readonly id: string; readonly label: LocalizedText }>(
  grades: readonly G[],
  minScores: readonly Decimal[],
) {
  return grades.map((g, i) => ({ id: g.id, label: g.label, minScore: minScores[i] as Decimal })).reverse()
}

/**
 * A customer grading policy as written in a policy document.
 *
 * @group Customer grading
 */
export interface CustomerGradingPolicyInput extends VersionedInput {
  /** Grades from the most valuable down (A, B, C by default). */
  readonly grades?: readonly CustomerGradeInput[] | undefined
  /** How grades are computed. */
  readonly method: ParetoMethodInput | ThresholdMethodInput | WeightedMethodInput
  /**
   * The grade of a customer with no history (no value or ratings): one of the grades, or another id (e.g.
   * `unrated`) with a label.
   */
  readonly noHistory: {
    /** The grade id. */
    readonly grade: string
    /** Its name, when it is not one of the grades. */
    readonly label?: LabelInput | undefined
  }
  /**
   * Downgrade hysteresis: a customer drops a grade only after this many consecutive periods below it.
   */
  readonly downgradeAfterPeriods?: number | undefined
  /** The calendar for counting working days in follow-up windows. */
  readonly calendar?: BusinessCalendarInput | undefined
}

/**
 * A validated customer grading policy.
 *
 * @group Customer grading
 */
export interface CustomerGradingPolicy extends Versioned {
  /** Grades from the most valuable down (A, B, C by default). */
  readonly grades: readonly CustomerGrade[]
  /** How grades are computed. */
  readonly method: ParetoMethod | ThresholdMethod | WeightedMethod
  /**
   * The grade of a customer with no history (no value or ratings): one of the grades, or another id (e.g.
   * `unrated`) with a label.
   */
  readonly noHistory: {
    /** The grade id. */
    readonly grade: string
    /** Its name, when it is not one of the grades. */
    readonly label?: LabelInput | undefined
  }
  /**
   * Downgrade hysteresis: a customer drops a grade only after this many consecutive periods below it (1 by
   * default).
   */
  readonly downgradeAfterPeriods: number
  /** The calendar for counting working days in follow-up windows. */
  readonly calendar?: BusinessCalendar | undefined
}

/**
 * A customer to grade.
 *
 * @group Customer grading
 */
export const CustomerSchema = once(() =>
  z.strictObject({
    /** The customer's id (unique in a call). */
    id: IdSchema(),
    /**
     * The measured value over the look-back window (Pareto and thresholds); `null` or absent: no history.
     * A negative value (a loss-making customer's gross profit) is graded in the last grade under Pareto and
     * adds nothing to the total the shares are taken of.
     */
    value: DecimalSchema().nullable().optional(),
    /** Criterion key → level id (weighted method); absent: no history. */
    ratings: z.record(z.string(), z.union([z.string(), z.null()])).optional(),
    /**
     * Last period's grade and how many consecutive periods it has been computed below it (for hysteresis).
     */
    previous: z
      .strictObject({
        /** Last period's grade. */
        grade: IdSchema(),
        /** Consecutive earlier periods computed below that grade (0 by default). */
        periodsBelow: wholeNumber(0, 1000).default(0),
      })
      .optional(),
    /** A manual grade that wins over the computed one (flagged in the result). */
    override: z
      .strictObject({
        /** The grade. */
        grade: IdSchema(),
        /** Why (for the audit trail). */
        reason: z.string().min(1).max(500),
      })
      .optional(),
  }),
)

/**
 * A customer to grade.
 *
 * @group Customer grading
 */
export interface CustomerInput {
  /** The customer's id (unique in a call). */
  readonly id: string
  /**
   * The measured value over the look-back window (Pareto and thresholds); `null` or absent: no history.
   * Pareto values may not be negative.
   */
  readonly value?: null | DecimalInput | undefined
  /** Criterion key → level id (weighted method); absent: no history. */
  readonly ratings?: Readonly<Record<string, null | string>> | undefined
  /**
   * Last period's grade and how many consecutive periods it has been computed below it (for hysteresis).
   */
  readonly previous?:
    | {
        /** Last period's grade. */
        readonly grade: string
        /** Consecutive earlier periods computed below that grade (0 by default). */
        readonly periodsBelow?: number | undefined
      }
    | undefined
  /** A manual grade that wins over the computed one (flagged in the result). */
  readonly override?:
    | {
        /** The grade. */
        readonly grade: string
        /** Why (for the audit trail). */
        readonly reason: string
      }
    | undefined
}
