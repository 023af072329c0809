/**
 * The appraisal cycle (绩效考核流程): how a period's score is made of the KPI scorecard result, the self
 * rating, the supervisor's rating and the peers' ratings (績效計劃制定 → 自評 → 上級評價 → 績效溝通 →
 * 績效結果應用), how monthly results combine into the quarterly and annual appraisal, the rating bands, an
 * optional forced distribution, and what each rating brings (bonus multiplier, raise, promotion, training,
 * warning or deduction).
 */
import * as z from 'zod'
import {
  addIssue,
  checkUniqueIds,
  DateSchema,
  DecimalSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  RoundingPolicySchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import type { LabelInput, RoundingPolicyInput } from '../core/schema'
import { sum, type Decimal, type DecimalInput, type RoundingPolicy } from '../core/decimal'
import type { LocalizedText } from '../core/trace'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import { once } from '../core/once'

/**
 * The parts an appraisal score is made of: the KPI scorecard result (`kpi`), the self rating (`self`, 自評),
 * the supervisor's rating (`supervisor`, 上級評價) and the peers' ratings (`peer`, 同事互評).
 *
 * @group Appraisal
 */
export const APPRAISAL_PARTS = ['kpi', 'self', 'supervisor', 'peer'] as const

/**
 * A part of an appraisal score.
 *
 * @group Appraisal
 */
export type AppraisalPart = (typeof APPRAISAL_PARTS)[number]

const ScaleSchema = once(() =>
  z
    .strictObject({
      /** The value that scores 0 points. */
      min: DecimalSchema(),
      /** The value that scores 100 points. */
      max: DecimalSchema(),
    })
    .check(
      whenValid((s, ctx) => {
        if (!s.max.gt(s.min)) addIssue(ctx, 'appraisal.scale', ['max'], { min: s.min.toString() })
      }),
    ),
)

/**
 * One part of the score and its weight.
 *
 * @group Appraisal
 */
export const AppraisalPartSchema = once(() =>
  z.strictObject({
    /** Which part. */
    part: z.literal(APPRAISAL_PARTS),
    /** Its weight, a fraction; the weights add up to exactly 1. */
    weight: FractionSchema(),
    /**
     * The values mapped linearly onto 0–100 points (`{ min: 1, max: 5 }`: a rating of 4 is 75 points). By
     * default `{ min: 0, max: 100 }`: the value is the points (a KPI scorecard total of 110 is 110 points).
     * A rating must be within the scale; a KPI result may be above it.
     */
    scale: ScaleSchema().optional(),
  }),
)

/**
 * One part of the score and its weight.
 *
 * @group Appraisal
 */
export interface AppraisalPartInput {
  /** Which part. */
  readonly part: 'kpi' | 'self' | 'supervisor' | 'peer'
  /** Its weight, a fraction; the weights add up to exactly 1. */
  readonly weight: DecimalInput
  /**
   * The values mapped linearly onto 0–100 points (`{ min: 1, max: 5 }`: a rating of 4 is 75 points). By
   * default `{ min: 0, max: 100 }`: the value is the points (a KPI scorecard total of 110 is 110 points).
   * A rating must be within the scale; a KPI result may be above it.
   */
  readonly scale?:
    | {
        /** The value that scores 0 points. */
        readonly min: DecimalInput
        /** The value that scores 100 points. */
        readonly max: DecimalInput
      }
    | undefined
}

/**
 * How the monthly KPI results of a quarter or a year combine into one: their `average`, a `weighted` average
 * with one weight per month of the period (the first month first), or the average of the `last` N months
 * with a result.
 *
 * @group Appraisal
 */
export const AppraisalCombineSchema = once(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      /** The average of the months with a result. */
      kind: z.literal('average'),
    }),
    z.strictObject({
      /** A weighted average by month. */
      kind: z.literal('weighted'),
      /** One weight per month of the period, the first month first (3 for a quarter, 12 for a year). */
      weights: z.array(NonNegativeDecimalSchema()).min(1).max(12),
    }),
    z.strictObject({
      /** The average of the last N months with a result. */
      kind: z.literal('last'),
      /** How many months. */
      count: wholeNumber(1, 12),
    }),
  ]),
)

/**
 * How the monthly KPI results of a quarter or a year combine into one.
 *
 * @group Appraisal
 */
export type AppraisalCombineInput =
  | {
      /** The average of the months with a result. */
      readonly kind: 'average'
    }
  | {
      /** A weighted average by month. */
      readonly kind: 'weighted'
      /** One weight per month of the period, the first month first (3 for a quarter, 12 for a year). */
      readonly weights: readonly DecimalInput[]
    }
  | {
      /** The average of the last N months with a result. */
      readonly kind: 'last'
      /** How many months. */
      readonly count: number
    }

/**
 * A rating band and what it brings (绩效结果应用: 奖励, 晋升, 培训, 调薪; 警告, 处罚或绩效扣减).
 *
 * @group Appraisal
 */
export const AppraisalBandSchema = once(() =>
  z
    .strictObject({
      /** The rating's id (e.g. `S`, `A`, `B`, `C`). */
      rating: IdSchema(),
      /** Its name (e.g. `{ en: 'Outstanding', 'zh-CN': '卓越' }`). */
      label: LabelSchema().optional(),
      /** The lowest score that gets this rating, inclusive; left out on the last (lowest) band only. */
      minScore: DecimalSchema().optional(),
      /** The multiplier of the performance bonus (`1.2`: 120 %); 1 when left out. */
      bonusMultiplier: NonNegativeDecimalSchema().prefault(1),
      /** The salary raise range, fractions (`{ min: 0.05, max: 0.08 }`); none when left out. */
      raise: z
        .strictObject({
          /** The lowest raise. */
          min: FractionSchema(),
          /** The highest raise. */
          max: FractionSchema(),
        })
        .optional(),
      /** The training plan this rating leads to (培训), if any. */
      training: LabelSchema().optional(),
      /** A written warning (警告) for this rating. */
      warning: z.boolean().default(false),
      /** The share of the performance pay withheld (绩效扣减, `0.2`: 20 %); none when left out. */
      deduction: FractionSchema().optional(),
    })
    .check(
      whenValid((b, ctx) => {
        if (b.raise !== undefined && b.raise.max.lt(b.raise.min))
          addIssue(ctx, 'appraisal.raise-range', ['raise', 'max'], { min: b.raise.min.toString() })
      }),
    ),
)

/**
 * A rating band and what it brings.
 *
 * @group Appraisal
 */
export interface AppraisalBandInput {
  /** The rating's id (e.g. `S`, `A`, `B`, `C`). */
  readonly rating: string
  /** Its name (e.g. `{ en: 'Outstanding', 'zh-CN': '卓越' }`). */
  readonly label?: LabelInput | undefined
  /** The lowest score that gets this rating, inclusive; left out on the last (lowest) band only. */
  readonly minScore?: DecimalInput | undefined
  /** The multiplier of the performance bonus (`1.2`: 120 %); 1 when left out. */
  readonly bonusMultiplier?: DecimalInput | undefined
  /** The salary raise range, fractions (`{ min: 0.05, max: 0.08 }`); none when left out. */
  readonly raise?:
    | {
        /** The lowest raise. */
        readonly min: DecimalInput
        /** The highest raise. */
        readonly max: DecimalInput
      }
    | undefined
  /** The training plan this rating leads to (培训), if any. */
  readonly training?: LabelInput | undefined
  /** A written warning (警告) for this rating. */
  readonly warning?: boolean | undefined
  /** The share of the performance pay withheld (绩效扣减, `0.2`: 20 %); none when left out. */
  readonly deduction?: DecimalInput | undefined
}

/**
 * A forced distribution (强制分布): the largest share of the people calibrated together that a rating may
 * hold. The number allowed is the share × the number of people, rounded down. The people over a limit move
 * down one band, the lowest scores first; a tie on the score is broken by the parts in `tieBreak` (the higher
 * points keep the rating), then by the id (the earlier id keeps it), or with `ties: 'move-all'` every
 * appraisal tied at the cut moves.
 *
 * @group Appraisal
 */
export const AppraisalDistributionSchema = once(() =>
  z.strictObject({
    /** The largest share per rating (`{ rating: 'S', maxShare: 0.2 }`: at most 20 % S). */
    limits: z
      .array(
        z.strictObject({
          /** The rating. */
          rating: IdSchema(),
          /** The largest share of the people it may hold. */
          maxShare: FractionSchema(),
        }),
      )
      .min(1),
    /** The parts whose points break a tie on the score, in order (the supervisor's rating by default). */
    tieBreak: z.array(z.literal(APPRAISAL_PARTS)).max(4).default(['supervisor']),
    /**
     * `break`: ties are broken by `tieBreak`, then the id; `move-all`: every appraisal tied at the cut moves.
     */
    ties: z.literal(['break', 'move-all']).default('break'),
  }),
)

/**
 * A forced distribution (强制分布).
 *
 * @group Appraisal
 */
export interface AppraisalDistributionInput {
  /** The largest share per rating (`{ rating: 'S', maxShare: 0.2 }`: at most 20 % S). */
  readonly limits: readonly {
    /** The rating. */
    readonly rating: string
    /** The largest share of the people it may hold. */
    readonly maxShare: DecimalInput
  }[]
  /** The parts whose points break a tie on the score, in order (the supervisor's rating by default). */
  readonly tieBreak?: readonly ('kpi' | 'self' | 'supervisor' | 'peer')[] | undefined
  /**
   * `break`: ties are broken by `tieBreak`, then the id; `move-all`: every appraisal tied at the cut moves.
   */
  readonly ties?: 'break' | 'move-all' | undefined
}

/**
 * A step of the appraisal cycle as the handbook lists it (績效計劃制定, 自評, 上級評價, 績效溝通, 績效結果應用).
 *
 * @group Appraisal
 */
export const AppraisalStepSchema = once(() =>
  z.strictObject({
    /** The step's id. */
    id: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** The part of the score the step produces, if any (the self rating for 自評). */
    part: z.literal(APPRAISAL_PARTS).optional(),
  }),
)

/**
 * A step of the appraisal cycle.
 *
 * @group Appraisal
 */
export interface AppraisalStepInput {
  /** The step's id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** The part of the score the step produces, if any (the self rating for 自評). */
  readonly part?: 'kpi' | 'self' | 'supervisor' | 'peer' | undefined
}

/**
 * An appraisal policy (绩效考核制度).
 *
 * @group Appraisal
 */
export const AppraisalPolicySchema = once(() =>
  VersionedSchema()
    .extend({
      /** The steps of the cycle, in order (listed in each appraisal's trace). */
      steps: z.array(AppraisalStepSchema()).max(50).default([]),
      /** The parts of the score and their weights (adding up to exactly 1). */
      parts: z.array(AppraisalPartSchema()).min(1).max(4),
      /** How the months of a quarter combine (average by default). */
      quarterly: AppraisalCombineSchema().prefault({ kind: 'average' }),
      /** How the months of a year combine (average by default). */
      annual: AppraisalCombineSchema().prefault({ kind: 'average' }),
      /**
       * A part without a value: an error (`error`, the default), or left out and the other weights scaled up
       * to
       * 1 (`reweight`).
       */
      missing: z.literal(['error', 'reweight']).default('error'),
      /** How the score is rounded before it is rated (2 decimals, half-up, by default). */
      rounding: RoundingPolicySchema().prefault({ scale: 2, mode: 'half-up' }),
      /** The rating bands, the best first, each `minScore` below the one before. */
      bands: z.array(AppraisalBandSchema()).min(1).max(20),
      /** An optional forced distribution for {@link calibrate}. */
      distribution: AppraisalDistributionSchema().optional(),
      /**
       * Promotion eligibility (晋升): after `consecutive` appraisals in a row (this one included) rated one of
       * `ratings`.
       */
      promotion: z
        .strictObject({
          /** The ratings that count. */
          ratings: z.array(IdSchema()).min(1),
          /** How many in a row. */
          consecutive: wholeNumber(1, 100),
        })
        .optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.parts, 'part', ['parts'], ctx)
        checkUniqueIds(p.steps, 'id', ['steps'], ctx)
        checkUniqueIds(p.bands, 'rating', ['bands'], ctx)
        const total = sum(p.parts.map((x) => x.weight))
        if (!total.eq(1)) addIssue(ctx, 'appraisal.weights', ['parts'], { total: total.toString() })
        const combine = (c: typeof p.quarterly, months: number, key: string) => {
          if (c.kind === 'weighted' && c.weights.length !== months)
            addIssue(ctx, 'appraisal.month-weights', [key, 'weights'], { months })
          else if (c.kind === 'weighted' && c.weights.every((w) => w.isZero()))
            addIssue(ctx, 'weights.all-zero', [key, 'weights'])
          if (c.kind === 'last' && c.count > months)
            addIssue(ctx, 'decimal.above-max', [key, 'count'], { max: months })
        }
        combine(p.quarterly, 3, 'quarterly')
        combine(p.annual, 12, 'annual')
        p.bands.forEach((b, i) => {
          const last = i === p.bands.length - 1
          if (last && b.minScore !== undefined)
            addIssue(ctx, 'appraisal.last-band-min', ['bands', i, 'minScore'])
          if (!last && b.minScore === undefined) addIssue(ctx, 'appraisal.band-min', ['bands', i, 'minScore'])
          const before = p.bands[i - 1]?.minScore
          if (b.minScore !== undefined && before !== undefined && !b.minScore.lt(before))
            addIssue(ctx, 'appraisal.bands-order', ['bands', i, 'minScore'], { before: before.toString() })
        })
        const ratings = new Set(p.bands.map((b) => b.rating))
        const lowest = p.bands[p.bands.length - 1]?.rating
        p.distribution?.limits.forEach((l, i) => {
          if (!ratings.has(l.rating))
            addIssue(ctx, 'appraisal.unknown-rating', ['distribution', 'limits', i, 'rating'], {
              rating: l.rating,
            })
          else if (l.rating === lowest)
            addIssue(ctx, 'appraisal.limit-lowest', ['distribution', 'limits', i, 'rating'], {
              rating: l.rating,
            })
        })
        if (p.distribution !== undefined)
          checkUniqueIds(p.distribution.limits, 'rating', ['distribution', 'limits'], ctx)
        p.promotion?.ratings.forEach((r, i) => {
          if (!ratings.has(r))
            addIssue(ctx, 'appraisal.unknown-rating', ['promotion', 'ratings', i], { rating: r })
        })
      }),
    ),
)

/**
 * An appraisal policy (绩效考核制度), as written: the parts of the score and their weights, how months
 * combine into quarters and years, the rating bands and what each brings, an optional forced distribution
 * and promotion rule.
 *
 * @group Appraisal
 */
export interface AppraisalPolicyInput {
  /** The policy's id (the same across its versions). */
  readonly id: string
  /** This version's name (e.g. `2026.1`). */
  readonly version: string
  /** The first day this version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
  /** The last day in force, inclusive; until the next version when left out. */
  readonly effectiveTo?: string | undefined
  /** The steps of the cycle, in order (listed in each appraisal's trace). */
  readonly steps?: readonly AppraisalStepInput[] | undefined
  /** The parts of the score and their weights (adding up to exactly 1). */
  readonly parts: readonly AppraisalPartInput[]
  /** How the months of a quarter combine (average by default). */
  readonly quarterly?: AppraisalCombineInput | undefined
  /** How the months of a year combine (average by default). */
  readonly annual?: AppraisalCombineInput | undefined
  /**
   * A part without a value: an error (`error`, the default), or left out and the other weights scaled up to
   * 1 (`reweight`).
   */
  readonly missing?: 'error' | 'reweight' | undefined
  /** How the score is rounded before it is rated (2 decimals, half-up, by default). */
  readonly rounding?: RoundingPolicyInput | undefined
  /** The rating bands, the best first, each `minScore` below the one before. */
  readonly bands: readonly AppraisalBandInput[]
  /** An optional forced distribution for {@link calibrate}. */
  readonly distribution?: AppraisalDistributionInput | undefined
  /**
   * Promotion eligibility (晋升): after `consecutive` appraisals in a row (this one included) rated one of
   * `ratings`.
   */
  readonly promotion?:
    | {
        /** The ratings that count. */
        readonly ratings: readonly string[]
        /** How many in a row. */
        readonly consecutive: number
      }
    | undefined
}

/**
 * One part of the score and its weight, in a validated policy.
 *
 * @group Appraisal
 */
export interface AppraisalPartWeight {
  /** Which part. */
  readonly part: AppraisalPart
  /** Its weight, a fraction; the weights add up to exactly 1. */
  readonly weight: Decimal
  /**
   * The values mapped linearly onto 0–100 points (`{ min: 1, max: 5 }`: a rating of 4 is 75 points). By
   * default `{ min: 0, max: 100 }`: the value is the points (a KPI scorecard total of 110 is 110 points).
   * A rating must be within the scale; a KPI result may be above it.
   */
  readonly scale?:
    | {
        /** The value that scores 0 points. */
        readonly min: Decimal
        /** The value that scores 100 points. */
        readonly max: Decimal
      }
    | undefined
}

/**
 * How the monthly KPI results of a quarter or a year combine into one, in a validated policy: their
 * `average`, a `weighted` average with one weight per month of the period (the first month first), or the
 * average of the `last` N months with a result.
 *
 * @group Appraisal
 */
export type AppraisalCombine =
  | {
      /** The average of the months with a result. */
      readonly kind: 'average'
    }
  | {
      /** A weighted average by month. */
      readonly kind: 'weighted'
      /** One weight per month of the period, the first month first (3 for a quarter, 12 for a year). */
      readonly weights: readonly Decimal[]
    }
  | {
      /** The average of the last N months with a result. */
      readonly kind: 'last'
      /** How many months. */
      readonly count: number
    }

/**
 * A rating band of a validated policy and what it brings (绩效结果应用: 奖励, 晋升, 培训, 调薪; 警告, 处罚或
 * 绩效扣减).
 *
 * @group Appraisal
 */
export interface AppraisalBand {
  /** The rating's id (e.g. `S`, `A`, `B`, `C`). */
  readonly rating: string
  /** Its name (e.g. `{ en: 'Outstanding', 'zh-CN': '卓越' }`). */
  readonly label?: LocalizedText | undefined
  /** The lowest score that gets this rating, inclusive; left out on the last (lowest) band only. */
  readonly minScore?: Decimal | undefined
  /** The multiplier of the performance bonus (`1.2`: 120 %); 1 when left out. */
  readonly bonusMultiplier: Decimal
  /** The salary raise range, fractions (`{ min: 0.05, max: 0.08 }`); none when left out. */
  readonly raise?:
    | {
        /** The lowest raise. */
        readonly min: Decimal
        /** The highest raise. */
        readonly max: Decimal
      }
    | undefined
  /** The training plan this rating leads to (培训), if any. */
  readonly training?: LocalizedText | undefined
  /** A written warning (警告) for this rating; false by default. */
  readonly warning: boolean
  /** The share of the performance pay withheld (绩效扣减, `0.2`: 20 %); none when left out. */
  readonly deduction?: Decimal | undefined
}

/**
 * A forced distribution (强制分布) of a validated policy: the largest share of the people calibrated
 * together that a rating may hold.
 *
 * @group Appraisal
 */
export interface AppraisalDistribution {
  /** The largest share per rating (`{ rating: 'S', maxShare: 0.2 }`: at most 20 % S). */
  readonly limits: readonly {
    /** The rating. */
    readonly rating: string
    /** The largest share of the people it may hold. */
    readonly maxShare: Decimal
  }[]
  /** The parts whose points break a tie on the score, in order (the supervisor's rating by default). */
  readonly tieBreak: readonly AppraisalPart[]
  /**
   * `break`: ties are broken by `tieBreak`, then the id; `move-all`: every appraisal tied at the cut moves.
   * `break` by default.
   */
  readonly ties: 'break' | 'move-all'
}

/**
 * A step of the appraisal cycle in a validated policy (績效計劃制定, 自評, 上級評價, 績效溝通, 績效結果應用).
 *
 * @group Appraisal
 */
export interface AppraisalStep {
  /** The step's id. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
  /** The part of the score the step produces, if any (the self rating for 自評). */
  readonly part?: AppraisalPart | undefined
}

/**
 * A validated appraisal policy: the policy as written, with every default filled in and every number of
 * the score a {@link Decimal}.
 *
 * @group Appraisal
 */
export interface AppraisalPolicy {
  /** The policy's id (the same across its versions). */
  readonly id: string
  /** This version's name (e.g. `2026.1`). */
  readonly version: string
  /** The first day this version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
  /** The last day in force, inclusive; until the next version when left out. */
  readonly effectiveTo?: string | undefined
  /** The steps of the cycle, in order (listed in each appraisal's trace); none by default. */
  readonly steps: readonly AppraisalStep[]
  /** The parts of the score and their weights (adding up to exactly 1). */
  readonly parts: readonly AppraisalPartWeight[]
  /** How the months of a quarter combine (average by default). */
  readonly quarterly: AppraisalCombine
  /** How the months of a year combine (average by default). */
  readonly annual: AppraisalCombine
  /**
   * A part without a value: an error (`error`, the default), or left out and the other weights scaled up to
   * 1 (`reweight`).
   */
  readonly missing: 'error' | 'reweight'
  /** How the score is rounded before it is rated (2 decimals, half-up, by default). */
  readonly rounding: RoundingPolicy
  /** The rating bands, the best first, each `minScore` below the one before. */
  readonly bands: readonly AppraisalBand[]
  /** An optional forced distribution for {@link calibrate}. */
  readonly distribution?: AppraisalDistribution | undefined
  /**
   * Promotion eligibility (晋升): after `consecutive` appraisals in a row (this one included) rated one of
   * `ratings`.
   */
  readonly promotion?:
    | {
        /** The ratings that count. */
        readonly ratings: readonly string[]
        /** How many in a row. */
        readonly consecutive: number
      }
    | undefined
}

const MonthSchema = once(() =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Expected a month written YYYY-MM' }),
)

/**
 * What one person's appraisal is computed from.
 *
 * @group Appraisal
 */
export const AppraisalInputSchema = once(() =>
  z
    .strictObject({
      /** The person appraised. */
      person: IdSchema(),
      /**
       * The period appraised: whole months, one (monthly), three (quarterly) or twelve (annual). The version
       * in
       * force on its last day decides.
       */
      period: z.strictObject({
        /** First day, the 1st of a month. */
        start: DateSchema(),
        /** Last day, the last of a month. */
        end: DateSchema(),
      }),
      /**
       * The monthly KPI scorecard totals (`evaluateKpis(…).score` of each month), each month at most once,
       * all inside the period.
       */
      kpiResults: z
        .array(
          z.strictObject({
            /** The month, `YYYY-MM`. */
            month: MonthSchema(),
            /** The scorecard total of that month. */
            score: DecimalSchema(),
          }),
        )
        .max(12)
        .default([]),
      /** The ratings of the period. */
      ratings: z
        .strictObject({
          /** The self rating (自評). */
          self: DecimalSchema().optional(),
          /** The supervisor's rating (上級評價). */
          supervisor: DecimalSchema().optional(),
          /** The peers' ratings (同事互評), averaged. */
          peers: z.array(DecimalSchema()).max(1000).default([]),
        })
        .prefault({}),
      /**
       * The ratings of the person's earlier appraisals of the same kind, the oldest first (for promotion).
       */
      history: z.array(IdSchema()).max(100).default([]),
    })
    .check(
      whenValid((input, ctx) => {
        const { start, end } = input.period
        if (end < start) addIssue(ctx, 'range.reversed', ['period', 'end'], { start, end })
        checkUniqueIds(input.kpiResults, 'month', ['kpiResults'], ctx)
      }),
    ),
)

/**
 * What one person's appraisal is computed from.
 *
 * @group Appraisal
 */
export interface AppraisalInput {
  /** The person appraised. */
  readonly person: string
  /**
   * The period appraised: whole months, one (monthly), three (quarterly) or twelve (annual). The version in
   * force on its last day decides.
   */
  readonly period: {
    /** First day, the 1st of a month. */
    readonly start: string
    /** Last day, the last of a month. */
    readonly end: string
  }
  /**
   * The monthly KPI scorecard totals (`evaluateKpis(…).score` of each month), each month at most once, all
   * inside the period.
   */
  readonly kpiResults?:
    | readonly {
        /** The month, `YYYY-MM`. */
        readonly month: string
        /** The scorecard total of that month. */
        readonly score: DecimalInput
      }[]
    | undefined
  /** The ratings of the period. */
  readonly ratings?:
    | {
        /** The self rating (自評). */
        readonly self?: DecimalInput | undefined
        /** The supervisor's rating (上級評價). */
        readonly supervisor?: DecimalInput | undefined
        /** The peers' ratings (同事互評), averaged. */
        readonly peers?: readonly DecimalInput[] | undefined
      }
    | undefined
  /** The ratings of the person's earlier appraisals of the same kind, the oldest first (for promotion). */
  readonly history?: readonly string[] | undefined
}

/**
 * One appraisal to calibrate: the person, the score, and the points of the parts that break ties (an
 * {@link Appraisal}'s `person`, `score` and `points`).
 *
 * @group Appraisal
 */
export const CalibrationEntrySchema = once(() =>
  z.strictObject({
    /** The person. */
    person: IdSchema(),
    /** The appraisal score. */
    score: DecimalSchema(),
    /** The points of each part, for the tie rule. */
    points: z
      .strictObject({
        /** The KPI part's points. */
        kpi: DecimalSchema().optional(),
        /** The self rating's points. */
        self: DecimalSchema().optional(),
        /** The supervisor rating's points. */
        supervisor: DecimalSchema().optional(),
        /** The peers' points. */
        peer: DecimalSchema().optional(),
      })
      .prefault({}),
  }),
)

/**
 * One appraisal to calibrate.
 *
 * @group Appraisal
 */
export interface CalibrationEntryInput {
  /** The person. */
  readonly person: string
  /** The appraisal score. */
  readonly score: DecimalInput
  /** The points of each part, for the tie rule. */
  readonly points?:
    | {
        /** The KPI part's points. */
        readonly kpi?: DecimalInput | undefined
        /** The self rating's points. */
        readonly self?: DecimalInput | undefined
        /** The supervisor rating's points. */
        readonly supervisor?: DecimalInput | undefined
        /** The peers' points. */
        readonly peer?: DecimalInput | undefined
      }
    | undefined
}

/** The appraisals calibrated together: each person at most once. @internal */
export const CalibrationEntriesSchema = once(() =>
  z
    .array(CalibrationEntrySchema())
    .max(100_000)
    .check(whenValid((list, ctx) => checkUniqueIds(list, 'person', [], ctx))),
)
