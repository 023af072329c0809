/**
 * KPI thresholds and alerts (监控指标与预警), the weighted performance scorecard (绩效考核) and
 * service-time SLAs (服务时效): the policy document and the measurements passed to it.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import { isTimeZone } from '../core/zone'
import { ZERO } from '../core/decimal'
import type { PathSegment } from '../core/errors'
import { PRORATION_BASES } from '../core/period'
import type { ProrationBasis } from '../core/period'
import type { LocalizedText } from '../core/trace'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  DecimalSchema,
  IdSchema,
  InstantSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  RoundingPolicySchema,
  whenValid,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { Decimal, DecimalInput, RoundingPolicy } from '../core/decimal'
import type { LabelInput, RoundingPolicyInput } from '../core/schema'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * Alert levels from the mildest to the most severe: 正常 ok, 关注 notice, 预警 warning, 严重 critical.
 *
 * @group KPIs and SLAs
 */
export const ALERT_LEVELS = ['ok', 'notice', 'warning', 'critical'] as const

/**
 * An alert level (预警级别).
 *
 * @group KPIs and SLAs
 */
export type AlertLevel = (typeof ALERT_LEVELS)[number]

/** The severity of a level: 0 for `ok` up to 3 for `critical`. @internal */
export function severityOf(level: AlertLevel): number {
  return ALERT_LEVELS.indexOf(level)
}

/**
 * What a KPI measures in: a ratio (a fraction, `0.05` is 5 %), money, a count, or a duration.
 *
 * @group KPIs and SLAs
 */
export const KPI_UNITS = ['ratio', 'money', 'count', 'duration'] as const

/**
 * A KPI's unit.
 *
 * @group KPIs and SLAs
 */
export type KpiUnit = (typeof KPI_UNITS)[number]

/**
 * Which way is good: higher values, lower values, or a band in the middle (the bands say where).
 *
 * @group KPIs and SLAs
 */
export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better', 'target-band'] as const

/**
 * A KPI's direction.
 *
 * @group KPIs and SLAs
 */
export type KpiDirection = (typeof KPI_DIRECTIONS)[number]

/**
 * What a missing measurement does: it is left out of the scorecard (`exclude`), counts as zero (`zero`), or
 * raises a critical alert and scores nothing (`critical`).
 *
 * @group KPIs and SLAs
 */
export const MISSING_KPI_RULES = ['exclude', 'zero', 'critical'] as const

/**
 * A rule for a missing measurement.
 *
 * @group KPIs and SLAs
 */
export type MissingKpiRule = (typeof MISSING_KPI_RULES)[number]

/**
 * A KPI's target.
 *
 * @group KPIs and SLAs
 */
const KpiTargetSchema = once(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      /** The same target in every period, never prorated (a rate, a count per period, a response time). */
      kind: z.literal('fixed'),
      /** The target value. */
      value: PositiveDecimalSchema(),
    }),
    z.strictObject({
      /**
       * A target per period from an annual amount and a monthly distribution (ERPNext's monthly
       * distribution),
       * prorated to date.
       */
      kind: z.literal('periodic'),
      /** The target for the fiscal year. */
      annual: PositiveDecimalSchema(),
      /**
       * Twelve relative weights, one per fiscal month (equal by default); each month gets its share of the
       * annual amount, rounded to the policy's scale by the largest-remainder method so that the months add
       * up
       * to it.
       */
      months: z.array(NonNegativeDecimalSchema()).length(12).optional(),
      /**
       * How a month's target is cut to the part of it evaluated: by calendar days (default), by working days
       * of
       * the policy's calendar, or in full once the month has started (`whole-months`).
       */
      proration: z.literal(PRORATION_BASES).default('calendar-days'),
    }),
    z.strictObject({
      /**
       * A zero target (零投诉, zero accidents): the goal is no occurrence at all. Attainment (value ÷ target)
       * has
       * no meaning, so the KPI is lower-is-better, its bands are on the value, and it is scored by
       * `deduction`
       * or by band scores.
       */
      kind: z.literal('zero'),
    }),
  ]),
)

/**
 * How a lower-is-better KPI's attainment is computed from its value `a` and target `t`:
 * - `reflected` (the default): `2 − a ÷ t`, not below 0 (an expense ratio of 9 % against 8 % is 87.5 %);
 * - `inverse`: `t ÷ a` (9 % against 8 % is 88.89 %); a value of zero or less is the best possible (attainment
 *   `null`, every attainment band reached, the scorecard's cap scored).
 *
 * @group KPIs and SLAs
 */
export const LOWER_IS_BETTER_FORMULAS = ['reflected', 'inverse'] as const

/**
 * A lower-is-better attainment formula.
 *
 * @group KPIs and SLAs
 */
export type LowerIsBetterFormula = (typeof LOWER_IS_BETTER_FORMULAS)[number]

/**
 * Deduction scoring (扣分制), for zero targets and other counts of bad events: the score is `full − per ×
 * occurrences`, not below `floor`.
 *
 * @group KPIs and SLAs
 */
const KpiDeductionSchema = once(() =>
  z.strictObject({
    /** The score with no occurrence (0–1000; 100 by default). */
    full: NonNegativeDecimalSchema().prefault('100'),
    /** The points taken off per occurrence, more than zero. */
    per: PositiveDecimalSchema(),
    /** The lowest score (0 by default); at most `full`. */
    floor: NonNegativeDecimalSchema().prefault('0'),
  }),
)

/**
 * An alert band: values (or attainments) from `from`, inclusive, up to the next band's `from`.
 *
 * @group KPIs and SLAs
 */
export const KpiBandSchema = once(() =>
  z.strictObject({
    /**
     * The band's lower bound, inclusive (a value equal to it is in this band). Left out on the first band,
     * which covers every value below the second band; required on every other band.
     */
    from: DecimalSchema().optional(),
    /** The alert level of the band. */
    level: z.literal(ALERT_LEVELS),
    /**
     * The points (0–1000) a value in this band scores in the scorecard; when left out, the score is the
     * attainment × 100.
     */
    score: NonNegativeDecimalSchema().optional(),
  }),
)

/**
 * An alert band: values (or attainments) from `from`, inclusive, up to the next band's `from`.
 *
 * @group KPIs and SLAs
 */
export interface KpiBandInput {
  /**
   * The band's lower bound, inclusive (a value equal to it is in this band). Left out on the first band,
   * which covers every value below the second band; required on every other band.
   */
  readonly from?: DecimalInput | undefined
  /** The alert level of the band. */
  readonly level: 'ok' | 'notice' | 'warning' | 'critical'
  /**
   * The points (0–1000) a value in this band scores in the scorecard; when left out, the score is the
   * attainment × 100.
   */
  readonly score?: DecimalInput | undefined
}

/**
 * Trend alerts: a KPI that worsened several periods in a row, or moved too far the wrong way in one.
 *
 * @group KPIs and SLAs
 */
export const KpiTrendSchema = once(() =>
  z.strictObject({
    /**
     * Alert when the KPI worsened in each of this many consecutive periods, up to the one evaluated (2–24).
     */
    worsenedPeriods: z.number().int().min(2).max(24).optional(),
    /**
     * Alert when the KPI moved against its direction by more than this fraction of the previous period's
     * value
     * (`0.2` = 20 %).
     */
    adverseChange: PositiveDecimalSchema().optional(),
    /** The level of a trend alert (`warning` by default). */
    level: z.literal(ALERT_LEVELS).default('warning'),
  }),
)

/**
 * Trend alerts: a KPI that worsened several periods in a row, or moved too far the wrong way in one.
 *
 * @group KPIs and SLAs
 */
export interface KpiTrendInput {
  /**
   * Alert when the KPI worsened in each of this many consecutive periods, up to the one evaluated (2–24).
   */
  readonly worsenedPeriods?: number | undefined
  /**
   * Alert when the KPI moved against its direction by more than this fraction of the previous period's value
   * (`0.2` = 20 %).
   */
  readonly adverseChange?: DecimalInput | undefined
  /** The level of a trend alert (`warning` by default). */
  readonly level?: 'ok' | 'notice' | 'warning' | 'critical' | undefined
}

/**
 * The built-in KPI formulas; see {@link measureKpi}.
 *
 * @group KPIs and SLAs
 */
export const KPI_FORMULAS = [
  'attainment',
  'growth-rate',
  'conversion-rate',
  'churn-rate',
  'gross-margin-rate',
  'expense-ratio',
  'complaint-timeliness',
  'average-sales-cycle',
  'quote-acceptance-rate',
  'collection-rate',
  'contract-signing-rate',
  'repeat-purchase-rate',
  'savings-rate',
  'visit-count',
  'funnel-stage-alert',
] as const

/**
 * A built-in KPI formula.
 *
 * @group KPIs and SLAs
 */
export type KpiFormula = (typeof KPI_FORMULAS)[number]

/**
 * One monitored indicator (监控指标).
 *
 * @group KPIs and SLAs
 */
export const KpiDefinitionSchema = once(() =>
  z
    .strictObject({
      /** The KPI's id, used in measurements (e.g. `sales-attainment`). */
      id: IdSchema(),
      /** Its name in English and Chinese (e.g. `{ en: 'Revenue', 'zh-CN': '销售额' }`). */
      label: LabelSchema(),
      /** The unit of its values. */
      unit: z.literal(KPI_UNITS),
      /** Which way is good. */
      direction: z.literal(KPI_DIRECTIONS),
      /**
       * The built-in formula its measurement may be computed with (a measurement then gives the formula's
       * inputs instead of a value).
       */
      formula: z.literal(KPI_FORMULAS).optional(),
      /** The target, for attainment; a `target-band` KPI has none. */
      target: KpiTargetSchema().optional(),
      /**
       * For a lower-is-better KPI with a target: how attainment is computed (`reflected` 2 − a ÷ t or
       * `inverse`
       * t
       * ÷ a); the policy's `lowerIsBetterAttainment` when left out.
       */
      lowerIsBetterAttainment: z.literal(LOWER_IS_BETTER_FORMULAS).optional(),
      /** Deduction scoring (扣分制): the scorecard points are `full − per × value`, not below `floor`. */
      deduction: KpiDeductionSchema().optional(),
      /** What the bands are expressed on: the value itself, or the attainment (value ÷ target to date). */
      bandsOn: z.literal(['value', 'attainment']).default('value'),
      /**
       * Alert bands from the lowest `from` up; `from` strictly increases. Without bands the KPI is always
       * `ok`.
       */
      bands: z
        .array(KpiBandSchema())
        .max(20)
        .default(() => []),
      /** What a missing measurement does (`critical` by default: missing data is itself a problem). */
      missing: z.literal(MISSING_KPI_RULES).default('critical'),
      /** Trend alerts for this KPI. */
      trend: KpiTrendSchema().optional(),
      /** Roles told about this KPI's alerts, in addition to the policy's escalation. */
      notify: z.array(IdSchema()).default(() => []),
    })
    .check(
      whenValid((k, ctx) => {
        if (k.direction === 'target-band' && k.target !== undefined)
          addIssue(ctx, 'kpi.band-target', ['target'], { kpi: k.id })
        if (k.bandsOn === 'attainment' && (k.target === undefined || k.target.kind === 'zero'))
          addIssue(ctx, 'kpi.needs-target', ['bandsOn'], { kpi: k.id })
        if (k.target?.kind === 'zero' && k.direction !== 'lower-is-better')
          addIssue(ctx, 'kpi.zero-target-direction', ['direction'], { kpi: k.id })
        if (k.lowerIsBetterAttainment !== undefined && k.direction !== 'lower-is-better')
          addIssue(ctx, 'kpi.lower-formula-direction', ['lowerIsBetterAttainment'], { kpi: k.id })
        if (k.deduction !== undefined) {
          if (k.unit !== 'count') addIssue(ctx, 'kpi.deduction-unit', ['unit'], { kpi: k.id })
          if (k.direction !== 'lower-is-better')
            addIssue(ctx, 'kpi.deduction-direction', ['direction'], { kpi: k.id })
          if (k.deduction.full.gt(1000))
            addIssue(ctx, 'decimal.above-max', ['deduction', 'full'], { max: '1000' })
          if (k.deduction.floor.gt(k.deduction.full))
            addIssue(ctx, 'decimal.above-max', ['deduction', 'floor'], { max: k.deduction.full.toString() })
          k.bands.forEach((b, i) => {
            if (b.score !== undefined)
              addIssue(ctx, 'kpi.deduction-band-score', ['bands', i, 'score'], { kpi: k.id })
          })
        }
        checkBands(k, ctx)
      }),
    ),
)

function checkBands(k: KpiDefinitionShape, ctx: z.RefinementCtx): void {
  k.bands.forEach((band, i) => {
    const previous = k.bands[i - 1]
    if (i === 0 && band.from !== undefined) addIssue(ctx, 'kpi.band-from-first', ['bands', 0, 'from'])
    else if (i > 0 && band.from === undefined) addIssue(ctx, 'kpi.band-from', ['bands', i, 'from'])
    else if (previous?.from !== undefined && band.from !== undefined && !band.from.gt(previous.from))
      addIssue(ctx, 'kpi.bands-increase', ['bands', i, 'from'])
    if (band.score !== undefined && band.score.gt(1000))
      addIssue(ctx, 'decimal.above-max', ['bands', i, 'score'], { max: '1000' })
  })
  // a better value never gets a worse level: levels fall (higher is better), rise (lower is better) or fall
  // then rise (a target band)
  const rising =
    k.bandsOn === 'attainment' || k.direction === 'higher-is-better'
      ? false
      : k.direction === 'lower-is-better'
        ? true
        : undefined
  let turned = false
  k.bands.forEach((band, i) => {
    const previous = k.bands[i - 1]
    if (previous === undefined) return
    const change = severityOf(band.level) - severityOf(previous.level)
    const wrong = rising === false ? change > 0 : rising === true ? change < 0 : change < 0 && turned
    if (change > 0) turned = true
    if (wrong)
      addIssue(ctx, 'kpi.bands-order', ['bands', i, 'level'], {
        kpi: k.id,
        direction: k.bandsOn === 'attainment' ? 'higher-is-better' : k.direction,
      })
  })
}

interface KpiDefinitionShape {
  readonly id: string
  readonly direction: KpiDirection
  readonly bandsOn: 'value' | 'attainment'
  readonly bands: readonly z.output<ReturnType<typeof KpiBandSchema>>[]
}

/**
 * A KPI's target, as written: fixed, periodic (an annual amount spread over the fiscal months) or zero.
 *
 * @group KPIs and SLAs
 */
export type KpiTargetInput =
  | {
      /** The same target in every period, never prorated (a rate, a count per period, a response time). */
      readonly kind: 'fixed'
      /** The target value. */
      readonly value: DecimalInput
    }
  | {
      /**
       * A target per period from an annual amount and a monthly distribution (ERPNext's monthly
       * distribution), prorated to date.
       */
      readonly kind: 'periodic'
      /** The target for the fiscal year. */
      readonly annual: DecimalInput
      /**
       * Twelve relative weights, one per fiscal month (equal by default); each month gets its share of the
       * annual amount, rounded to the policy's scale by the largest-remainder method so that the months add
       * up to it.
       */
      readonly months?: readonly DecimalInput[] | undefined
      /**
       * How a month's target is cut to the part of it evaluated: by calendar days (default), by working days
       * of the policy's calendar, or in full once the month has started (`whole-months`).
       */
      readonly proration?: 'calendar-days' | 'business-days' | 'whole-months' | undefined
    }
  | {
      /**
       * A zero target (零投诉, zero accidents): the goal is no occurrence at all. Attainment (value ÷ target)
       * has no meaning, so the KPI is lower-is-better, its bands are on the value, and it is scored by
       * `deduction` or by band scores.
       */
      readonly kind: 'zero'
    }

/**
 * A KPI definition as written in a policy document.
 *
 * @group KPIs and SLAs
 */
export interface KpiDefinitionInput {
  /** The KPI's id, used in measurements (e.g. `sales-attainment`). */
  readonly id: string
  /** Its name in English and Chinese (e.g. `{ en: 'Revenue', 'zh-CN': '销售额' }`). */
  readonly label: LabelInput
  /** The unit of its values: `ratio` (a fraction), `money`, `count` or `duration`. */
  readonly unit: KpiUnit
  /** Which way is good. */
  readonly direction: KpiDirection
  /**
   * The built-in formula its measurement may be computed with (a measurement then gives the formula's
   * inputs instead of a value).
   */
  readonly formula?: KpiFormula | undefined
  /** The target, for attainment; a `target-band` KPI has none. */
  readonly target?: KpiTargetInput | undefined
  /**
   * For a lower-is-better KPI with a target: how attainment is computed (`reflected` 2 − a ÷ t or `inverse`
   * t ÷ a); the policy's `lowerIsBetterAttainment` when left out.
   */
  readonly lowerIsBetterAttainment?: LowerIsBetterFormula | undefined
  /** Deduction scoring (扣分制): the scorecard points are `full − per × value`, not below `floor`. */
  readonly deduction?:
    | {
        /** The score with no occurrence (0–1000; 100 by default). */
        readonly full?: DecimalInput | undefined
        /** The points taken off per occurrence, more than zero. */
        readonly per: DecimalInput
        /** The lowest score (0 by default); at most `full`. */
        readonly floor?: DecimalInput | undefined
      }
    | undefined
  /**
   * What the bands are expressed on: the value itself (default), or the attainment (value ÷ target to date).
   */
  readonly bandsOn?: 'value' | 'attainment' | undefined
  /**
   * Alert bands from the lowest `from` up; `from` strictly increases. Without bands the KPI is always `ok`.
   */
  readonly bands?: readonly KpiBandInput[] | undefined
  /** What a missing measurement does (`critical` by default: missing data is itself a problem). */
  readonly missing?: MissingKpiRule | undefined
  /** Trend alerts for this KPI. */
  readonly trend?: KpiTrendInput | undefined
  /** Roles told about this KPI's alerts, in addition to the policy's escalation. */
  readonly notify?: readonly string[] | undefined
}

/**
 * A validated KPI target that is the same in every period, never prorated (a rate, a count per period, a
 * response time).
 *
 * @group KPIs and SLAs
 */
export interface KpiFixedTarget {
  /** The same target in every period, never prorated (a rate, a count per period, a response time). */
  readonly kind: 'fixed'
  /** The target value, more than zero. */
  readonly value: Decimal
}

/**
 * A validated periodic KPI target: an annual amount spread over the fiscal months, prorated to date.
 *
 * @group KPIs and SLAs
 */
export interface KpiPeriodicTarget {
  /**
   * A target per period from an annual amount and a monthly distribution (ERPNext's monthly distribution),
   * prorated to date.
   */
  readonly kind: 'periodic'
  /** The target for the fiscal year, more than zero. */
  readonly annual: Decimal
  /**
   * Twelve relative weights, one per fiscal month (equal when left out); each month gets its share of the
   * annual amount, rounded to the policy's scale by the largest-remainder method so that the months add up
   * to it.
   */
  readonly months?: readonly Decimal[] | undefined
  /**
   * How a month's target is cut to the part of it evaluated: by calendar days (the default), by working days
   * of the policy's calendar, or in full once the month has started (`whole-months`).
   */
  readonly proration: ProrationBasis
}

/**
 * A validated zero KPI target (零投诉, zero accidents): the goal is no occurrence at all.
 *
 * @group KPIs and SLAs
 */
export interface KpiZeroTarget {
  /**
   * A zero target (零投诉, zero accidents): the goal is no occurrence at all. Attainment (value ÷ target) has
   * no meaning, so the KPI is lower-is-better, its bands are on the value, and it is scored by `deduction`
   * or by band scores.
   */
  readonly kind: 'zero'
}

/**
 * A validated KPI target: fixed, periodic (an annual amount spread over the fiscal months) or zero.
 *
 * @group KPIs and SLAs
 */
export type KpiTarget = KpiFixedTarget | KpiPeriodicTarget | KpiZeroTarget

/**
 * Validated deduction scoring (扣分制): the score is `full − per × occurrences`, not below `floor`.
 *
 * @group KPIs and SLAs
 */
export interface KpiDeduction {
  /** The score with no occurrence (0–1000; 100 when left out). */
  readonly full: Decimal
  /** The points taken off per occurrence, more than zero. */
  readonly per: Decimal
  /** The lowest score (0 when left out); at most `full`. */
  readonly floor: Decimal
}

/**
 * A validated alert band: values (or attainments) from `from`, inclusive, up to the next band's `from`.
 *
 * @group KPIs and SLAs
 */
export interface KpiBand {
  /**
   * The band's lower bound, inclusive (a value equal to it is in this band). Absent on the first band, which
   * covers every value below the second band; present on every other band.
   */
  readonly from?: Decimal | undefined
  /** The alert level of the band. */
  readonly level: AlertLevel
  /**
   * The points (0–1000) a value in this band scores in the scorecard; when absent, the score is the
   * attainment × 100.
   */
  readonly score?: Decimal | undefined
}

/**
 * Validated trend alerts: a KPI that worsened several periods in a row, or moved too far the wrong way in
 * one.
 *
 * @group KPIs and SLAs
 */
export interface KpiTrend {
  /** Alert when the KPI worsened in each of this many consecutive periods, up to the one evaluated (2–24). */
  readonly worsenedPeriods?: number | undefined
  /**
   * Alert when the KPI moved against its direction by more than this fraction of the previous period's value
   * (`0.2` = 20 %).
   */
  readonly adverseChange?: Decimal | undefined
  /** The level of a trend alert (`warning` when left out). */
  readonly level: AlertLevel
}

/**
 * A validated KPI definition, every default filled in.
 *
 * @group KPIs and SLAs
 */
export interface KpiDefinition {
  /** The KPI's id, used in measurements (e.g. `sales-attainment`). */
  readonly id: string
  /** Its name in English and Chinese (e.g. `{ en: 'Revenue', 'zh-CN': '销售额' }`). */
  readonly label: LocalizedText
  /** The unit of its values: `ratio` (a fraction), `money`, `count` or `duration`. */
  readonly unit: KpiUnit
  /** Which way is good. */
  readonly direction: KpiDirection
  /**
   * The built-in formula its measurement may be computed with (a measurement then gives the formula's
   * inputs instead of a value).
   */
  readonly formula?: KpiFormula | undefined
  /** The target, for attainment; a `target-band` KPI has none. */
  readonly target?: KpiTarget | undefined
  /**
   * For a lower-is-better KPI with a target: how attainment is computed (`reflected` 2 − a ÷ t or `inverse`
   * t ÷ a); the policy's `lowerIsBetterAttainment` when absent.
   */
  readonly lowerIsBetterAttainment?: LowerIsBetterFormula | undefined
  /** Deduction scoring (扣分制): the scorecard points are `full − per × value`, not below `floor`. */
  readonly deduction?: KpiDeduction | undefined
  /**
   * What the bands are expressed on: the value itself (default), or the attainment (value ÷ target to date).
   */
  readonly bandsOn: 'value' | 'attainment'
  /**
   * Alert bands from the lowest `from` up; `from` strictly increases. Without bands the KPI is always `ok`.
   */
  readonly bands: readonly KpiBand[]
  /** What a missing measurement does (`critical` by default: missing data is itself a problem). */
  readonly missing: MissingKpiRule
  /** Trend alerts for this KPI. */
  readonly trend?: KpiTrend | undefined
  /** Roles told about this KPI's alerts, in addition to the policy's escalation (none by default). */
  readonly notify: readonly string[]
}

/**
 * A rating band of the scorecard total (e.g. S ≥ 110, A ≥ 100, B ≥ 85, C ≥ 70, D below).
 *
 * @group KPIs and SLAs
 */
export const KpiRatingSchema = once(() =>
  z.strictObject({
    /** The rating's id (e.g. `S`). */
    id: IdSchema(),
    /** Its name in English and Chinese. */
    label: LabelSchema().optional(),
    /** The lowest total score that gets this rating, inclusive. */
    minScore: NonNegativeDecimalSchema(),
  }),
)

/**
 * A rating band of the scorecard total (e.g. S ≥ 110, A ≥ 100, B ≥ 85, C ≥ 70, D below).
 *
 * @group KPIs and SLAs
 */
export interface KpiRatingInput {
  /** The rating's id (e.g. `S`). */
  readonly id: string
  /** Its name in English and Chinese. */
  readonly label?: LabelInput | undefined
  /** The lowest total score that gets this rating, inclusive. */
  readonly minScore: DecimalInput
}

/**
 * The weighted performance scorecard (绩效考核表).
 *
 * @group KPIs and SLAs
 */
export const KpiScorecardSchema = once(() =>
  z.strictObject({
    /** The KPIs scored and their weights, fractions adding up to exactly 1 (100 %). */
    weights: z
      .array(
        z.strictObject({
          /** The KPI's id. */
          kpi: IdSchema(),
          /** Its weight, a fraction (`0.4` = 40 %). */
          weight: PositiveDecimalSchema(),
        }),
      )
      .min(1),
    /** The highest attainment that counts for an attainment-based score (`1.2`: at most 120 points). */
    cap: PositiveDecimalSchema().prefault('1.2'),
    /**
     * The lowest score a KPI can get (0 by default): a revenue of −50,000 against 1,000,000 scores
     * `max(0, −5 %) × 100 = 0`, not −5, so one loss cannot drag the total below what no sales at all would
     * give. At most 1000.
     */
    scoreFloor: DecimalSchema().prefault('0'),
    /**
     * Rating bands from the best down; `minScore` strictly decreases and the last is 0, so every total gets a
     * rating.
     */
    ratings: z.array(KpiRatingSchema()).min(1),
  }),
)

/**
 * The weighted performance scorecard (绩效考核表).
 *
 * @group KPIs and SLAs
 */
export interface KpiScorecardInput {
  /** The KPIs scored and their weights, fractions adding up to exactly 1 (100 %). */
  readonly weights: readonly {
    /** The KPI's id. */
    readonly kpi: string
    /** Its weight, a fraction (`0.4` = 40 %). */
    readonly weight: DecimalInput
  }[]
  /**
   * The highest attainment that counts for an attainment-based score (`1.2`, the default: at most 120
   * points).
   */
  readonly cap?: DecimalInput | undefined
  /**
   * The lowest score a KPI can get (0 by default): a revenue of −50,000 against 1,000,000 scores
   * `max(0, −5 %) × 100 = 0`, not −5, so one loss cannot drag the total below what no sales at all would
   * give. At most 1000.
   */
  readonly scoreFloor?: DecimalInput | undefined
  /**
   * Rating bands from the best down; `minScore` strictly decreases and the last is 0, so every total gets a
   * rating.
   */
  readonly ratings: readonly KpiRatingInput[]
}

/**
 * One service-time rule (服务时效): from one event to another within a limit.
 *
 * @group KPIs and SLAs
 */
export const SlaRuleSchema = once(() =>
  z
    .strictObject({
      /** The rule's id (e.g. `reply-24h`). */
      id: IdSchema(),
      /** Its name in English and Chinese. */
      label: LabelSchema(),
      /** The event that starts the clock (e.g. `received`, `need-confirmed`, `signed`). */
      from: IdSchema(),
      /** The event that stops it (e.g. `replied`, `proposal-sent`, `delivered`). */
      to: IdSchema(),
      /** The time allowed. */
      within: z.strictObject({
        /** How many units, more than zero (fractions allowed for hours). */
        amount: PositiveDecimalSchema(),
        /**
         * `hours` and `days` run on the clock; `business-hours` count working time, `business-days` whole
         * working days, on the calendar.
         */
        unit: z.literal(['hours', 'business-hours', 'days', 'business-days']),
      }),
      /** The rule applies only to items of these kinds (all items when left out). */
      kinds: z.array(IdSchema()).optional(),
      /** The rule applies only to customers of these grades (all when left out). */
      grades: z.array(IdSchema()).optional(),
    })
    .check(
      whenValid((r, ctx) => {
        const days = r.within.unit === 'days' || r.within.unit === 'business-days'
        if (days && !r.within.amount.isInteger()) addIssue(ctx, 'sla.whole-days', ['within', 'amount'])
        // ten years at most, so that a clock always stops
        const most = days ? '3660' : '87840'
        if (r.within.amount.gt(most)) addIssue(ctx, 'decimal.above-max', ['within', 'amount'], { max: most })
      }),
    ),
)

/**
 * One service-time rule (服务时效): from one event to another within a limit.
 *
 * @group KPIs and SLAs
 */
export interface SlaRuleInput {
  /** The rule's id (e.g. `reply-24h`). */
  readonly id: string
  /** Its name in English and Chinese. */
  readonly label: LabelInput
  /** The event that starts the clock (e.g. `received`, `need-confirmed`, `signed`). */
  readonly from: string
  /** The event that stops it (e.g. `replied`, `proposal-sent`, `delivered`). */
  readonly to: string
  /** The time allowed. */
  readonly within: {
    /** How many units, more than zero (fractions allowed for hours). */
    readonly amount: DecimalInput
    /**
     * `hours` and `days` run on the clock; `business-hours` count working time, `business-days` whole
     * working days, on the calendar.
     */
    readonly unit: 'hours' | 'business-days' | 'business-hours' | 'days'
  }
  /** The rule applies only to items of these kinds (all items when left out). */
  readonly kinds?: readonly string[] | undefined
  /** The rule applies only to customers of these grades (all when left out). */
  readonly grades?: readonly string[] | undefined
}

/**
 * A KPI policy: the monitored indicators, the scorecard, who hears of alerts, and service-time rules.
 *
 * @group KPIs and SLAs
 */
export const KpiPolicySchema = once(() =>
  VersionedSchema()
    .extend({
      /** The currency of money KPIs, if any. */
      currency: CurrencySchema().optional(),
      /** How prorated money and count targets are rounded. */
      rounding: RoundingPolicySchema().default({ scale: 2, mode: 'half-up' }),
      /** The month the fiscal year starts in (1–12), for periodic targets. */
      fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
      /** The business calendar for working-day proration and SLA clocks. */
      calendar: BusinessCalendarSchema().optional(),
      /**
       * How lower-is-better KPIs compute attainment unless they say otherwise: `reflected` (2 − a ÷ t, the
       * default, as before) or `inverse` (t ÷ a); see {@link LOWER_IS_BETTER_FORMULAS}.
       */
      lowerIsBetterAttainment: z.literal(LOWER_IS_BETTER_FORMULAS).default('reflected'),
      /**
       * The indicators; ids unique. At least one, unless the policy has SLA rules (a policy for SLAs only).
       */
      kpis: z.array(KpiDefinitionSchema()).max(500),
      /** The weighted scorecard, if the policy appraises performance. */
      scorecard: KpiScorecardSchema().optional(),
      /**
       * Roles told about alerts of each level (e.g. `warning` → sales manager, `critical` → sales director).
       */
      escalation: z
        .strictObject({
          /** Roles told of `notice` alerts. */
          notice: z.array(IdSchema()).optional(),
          /** Roles told of `warning` alerts. */
          warning: z.array(IdSchema()).optional(),
          /** Roles told of `critical` alerts. */
          critical: z.array(IdSchema()).optional(),
        })
        .default({}),
      /** Service-time rules; ids unique. */
      sla: z
        .array(SlaRuleSchema())
        .max(200)
        .default(() => []),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        if (p.kpis.length === 0 && p.sla.length === 0) addIssue(ctx, 'kpi.none', ['kpis'])
        checkUniqueIds(p.kpis, 'id', ['kpis'], ctx)
        checkUniqueIds(p.sla, 'id', ['sla'], ctx)
        if (p.scorecard !== undefined) checkScorecard(p.kpis, p.scorecard, ['scorecard'], ctx)
        p.kpis.forEach((k, i) => {
          if (
            k.target?.kind === 'periodic' &&
            k.target.proration === 'business-days' &&
            p.calendar === undefined
          )
            addIssue(ctx, 'kpi.needs-calendar', ['kpis', i, 'target', 'proration'], { kpi: k.id })
          if (k.target?.kind === 'periodic' && k.target.months?.every((m) => m.isZero()))
            addIssue(ctx, 'weights.all-zero', ['kpis', i, 'target', 'months'])
        })
      }),
    ),
)

function checkScorecard(
  kpis: readonly KpiDefinition[],
  card: z.output<ReturnType<typeof KpiScorecardSchema>>,
  path: readonly PathSegment[],
  ctx: z.RefinementCtx,
): void {
  const byId = new Map(kpis.map((k) => [k.id, k]))
  checkUniqueIds(card.weights, 'kpi', [...path, 'weights'], ctx)
  card.weights.forEach((w, i) => {
    const k = byId.get(w.kpi)
    if (k === undefined) addIssue(ctx, 'kpi.unknown', [...path, 'weights', i, 'kpi'], { kpi: w.kpi })
    else if (k.deduction !== undefined) return
    // without a target to divide by (none, or zero), every band needs a score
    else if (
      (k.target === undefined || k.target.kind === 'zero') &&
      (k.bands.length === 0 || k.bands.some((b) => b.score === undefined))
    )
      addIssue(ctx, 'kpi.unscorable', [...path, 'weights', i, 'kpi'], { kpi: w.kpi })
  })
  const total = card.weights.reduce((s, w) => s.plus(w.weight), ZERO)
  if (!total.eq(1)) addIssue(ctx, 'kpi.weights-total', [...path, 'weights'], { total: total.toString() })
  card.ratings.forEach((r, i) => {
    const previous = card.ratings[i - 1]
    if (previous !== undefined && !r.minScore.lt(previous.minScore))
      addIssue(ctx, 'kpi.ratings-decrease', [...path, 'ratings', i, 'minScore'])
  })
  checkUniqueIds(card.ratings, 'id', [...path, 'ratings'], ctx)
  if (card.scoreFloor.gt(1000)) addIssue(ctx, 'decimal.above-max', [...path, 'scoreFloor'], { max: '1000' })
  const last = card.ratings.at(-1)
  if (last !== undefined && !last.minScore.isZero())
    addIssue(ctx, 'kpi.ratings-end', [...path, 'ratings', card.ratings.length - 1, 'minScore'])
}

/**
 * A KPI policy as written in a policy document.
 *
 * @group KPIs and SLAs
 */
export interface KpiPolicyInput extends VersionedInput {
  /** The currency of money KPIs, if any. */
  readonly currency?: string | undefined
  /** How prorated money and count targets are rounded (scale 2, half-up by default). */
  readonly rounding?: RoundingPolicyInput | undefined
  /** The month the fiscal year starts in (1–12, January by default), for periodic targets. */
  readonly fiscalYearStartMonth?: number | undefined
  /** The business calendar for working-day proration and SLA clocks. */
  readonly calendar?: BusinessCalendarInput | undefined
  /**
   * How lower-is-better KPIs compute attainment unless they say otherwise: `reflected` (2 − a ÷ t, the
   * default, as before) or `inverse` (t ÷ a); see {@link LOWER_IS_BETTER_FORMULAS}.
   */
  readonly lowerIsBetterAttainment?: LowerIsBetterFormula | undefined
  /** The indicators; ids unique. At least one, unless the policy has SLA rules (a policy for SLAs only). */
  readonly kpis: readonly KpiDefinitionInput[]
  /** The weighted scorecard, if the policy appraises performance. */
  readonly scorecard?: KpiScorecardInput | undefined
  /** Roles told about alerts of each level (e.g. `warning` → sales manager, `critical` → sales director). */
  readonly escalation?:
    | {
        /** Roles told of `notice` alerts. */
        readonly notice?: readonly string[] | undefined
        /** Roles told of `warning` alerts. */
        readonly warning?: readonly string[] | undefined
        /** Roles told of `critical` alerts. */
        readonly critical?: readonly string[] | undefined
      }
    | undefined
  /** Service-time rules; ids unique. */
  readonly sla?: readonly SlaRuleInput[] | undefined
}

/**
 * A validated rating band of the scorecard total (e.g. S ≥ 110, A ≥ 100, B ≥ 85, C ≥ 70, D below).
 *
 * @group KPIs and SLAs
 */
export interface KpiRating {
  /** The rating's id (e.g. `S`). */
  readonly id: string
  /** Its name in English and Chinese. */
  readonly label?: LocalizedText | undefined
  /** The lowest total score that gets this rating, inclusive. */
  readonly minScore: Decimal
}

/**
 * A validated weighted performance scorecard (绩效考核表), every default filled in.
 *
 * @group KPIs and SLAs
 */
export interface KpiScorecard {
  /** The KPIs scored and their weights, fractions adding up to exactly 1 (100 %). */
  readonly weights: readonly {
    /** The KPI's id. */
    readonly kpi: string
    /** Its weight, a fraction (`0.4` = 40 %). */
    readonly weight: Decimal
  }[]
  /**
   * The highest attainment that counts for an attainment-based score (`1.2`, the default: at most 120
   * points).
   */
  readonly cap: Decimal
  /**
   * The lowest score a KPI can get (0 by default): a revenue of −50,000 against 1,000,000 scores
   * `max(0, −5 %) × 100 = 0`, not −5, so one loss cannot drag the total below what no sales at all would
   * give. At most 1000.
   */
  readonly scoreFloor: Decimal
  /**
   * Rating bands from the best down; `minScore` strictly decreases and the last is 0, so every total gets a
   * rating.
   */
  readonly ratings: readonly KpiRating[]
}

/**
 * A validated service-time rule (服务时效): from one event to another within a limit.
 *
 * @group KPIs and SLAs
 */
export interface SlaRule {
  /** The rule's id (e.g. `reply-24h`). */
  readonly id: string
  /** Its name in English and Chinese. */
  readonly label: LocalizedText
  /** The event that starts the clock (e.g. `received`, `need-confirmed`, `signed`). */
  readonly from: string
  /** The event that stops it (e.g. `replied`, `proposal-sent`, `delivered`). */
  readonly to: string
  /** The time allowed. */
  readonly within: {
    /** How many units, more than zero (fractions allowed for hours). */
    readonly amount: Decimal
    /**
     * `hours` and `days` run on the clock; `business-hours` count working time, `business-days` whole
     * working days, on the calendar.
     */
    readonly unit: 'hours' | 'business-hours' | 'days' | 'business-days'
  }
  /** The rule applies only to items of these kinds (all items when absent). */
  readonly kinds?: readonly string[] | undefined
  /** The rule applies only to customers of these grades (all when absent). */
  readonly grades?: readonly string[] | undefined
}

/**
 * A validated KPI policy, every default filled in: the monitored indicators, the scorecard, who hears of
 * alerts, and service-time rules.
 *
 * @group KPIs and SLAs
 */
export interface KpiPolicy extends Versioned {
  /** The currency of money KPIs, if any. */
  readonly currency?: string | undefined
  /** How prorated money and count targets are rounded (scale 2, half-up by default). */
  readonly rounding: RoundingPolicy
  /** The month the fiscal year starts in (1–12, January by default), for periodic targets. */
  readonly fiscalYearStartMonth: number
  /** The business calendar for working-day proration and SLA clocks. */
  readonly calendar?: BusinessCalendar | undefined
  /**
   * How lower-is-better KPIs compute attainment unless they say otherwise: `reflected` (2 − a ÷ t, the
   * default) or `inverse` (t ÷ a); see {@link LOWER_IS_BETTER_FORMULAS}.
   */
  readonly lowerIsBetterAttainment: LowerIsBetterFormula
  /** The indicators; ids unique. At least one, unless the policy has SLA rules (a policy for SLAs only). */
  readonly kpis: readonly KpiDefinition[]
  /** The weighted scorecard, if the policy appraises performance. */
  readonly scorecard?: KpiScorecard | undefined
  /** Roles told about alerts of each level (e.g. `warning` → sales manager, `critical` → sales director). */
  readonly escalation: {
    /** Roles told of `notice` alerts. */
    readonly notice?: readonly string[] | undefined
    /** Roles told of `warning` alerts. */
    readonly warning?: readonly string[] | undefined
    /** Roles told of `critical` alerts. */
    readonly critical?: readonly string[] | undefined
  }
  /** Service-time rules; ids unique (none by default). */
  readonly sla: readonly SlaRule[]
}

/** One stage of a funnel (the `conversion-rate` and `funnel-stage-alert` formulas). */
const FunnelStageSchema = once(() =>
  z.strictObject({
    /** The stage's id. */
    stage: IdSchema(),
    /** Its label, used in sentences instead of the id. */
    label: LabelSchema().optional(),
    /** How many reached it. */
    count: NonNegativeDecimalSchema(),
  }),
)

/**
 * The inputs of each built-in formula; see {@link measureKpi}.
 *
 * @group KPIs and SLAs
 */
export const KpiFormulaInputSchema = once(() =>
  z.discriminatedUnion('formula', [
    z.strictObject({
      /** Attainment = actual ÷ target. */
      formula: z.literal('attainment'),
      /** What was achieved. */
      actual: NonNegativeDecimalSchema(),
      /** The target, more than zero. */
      target: PositiveDecimalSchema(),
    }),
    z.strictObject({
      /** Growth rate = (current − previous) ÷ previous. */
      formula: z.literal('growth-rate'),
      /** This period's figure. */
      current: DecimalSchema(),
      /** The previous (or same period last year's) figure; growth from zero has no rate. */
      previous: DecimalSchema(),
    }),
    z.strictObject({
      /** Conversion rate by stage: each stage's count ÷ the stage before; overall = last ÷ first. */
      formula: z.literal('conversion-rate'),
      /**
       * The funnel from its widest stage down (e.g. leads → qualified → won); counts never grow down the
       * funnel.
       */
      funnel: z.array(FunnelStageSchema()).min(2).max(50),
    }),
    z.strictObject({
      /** Churn rate = customers lost ÷ customers at the start of the period. */
      formula: z.literal('churn-rate'),
      /** Customers at the start of the period. */
      atStart: NonNegativeDecimalSchema(),
      /** Of those, how many were lost in the period (at most `atStart`). */
      lost: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Gross margin rate = (revenue − cost) ÷ revenue. */
      formula: z.literal('gross-margin-rate'),
      /** Revenue. */
      revenue: NonNegativeDecimalSchema(),
      /** Cost of what was sold. */
      cost: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Expense ratio (销售费用率) = sales expenses ÷ sales revenue. */
      formula: z.literal('expense-ratio'),
      /** Sales expenses. */
      expenses: DecimalSchema(),
      /** Sales revenue. */
      revenue: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Complaint timeliness (投诉处理及时率) = complaints handled in time ÷ complaints. */
      formula: z.literal('complaint-timeliness'),
      /** Complaints handled within their time limit. */
      onTime: NonNegativeDecimalSchema(),
      /** All complaints due in the period (at least `onTime`). */
      total: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Average sales cycle = mean calendar days from opening to closing, over closed deals. */
      formula: z.literal('average-sales-cycle'),
      /** The closed deals. */
      deals: z
        .array(
          z.strictObject({
            /** When the opportunity was opened. */
            opened: DateSchema(),
            /** When it was closed (not before `opened`). */
            closed: DateSchema(),
          }),
        )
        .max(1_000_000),
    }),
    z.strictObject({
      /** Quote acceptance rate = quotes accepted ÷ quotes sent. */
      formula: z.literal('quote-acceptance-rate'),
      /** Quotes sent. */
      sent: NonNegativeDecimalSchema(),
      /** Of those, quotes accepted (at most `sent`). */
      accepted: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Collection rate (回款率) = collected ÷ receivables due in the period. */
      formula: z.literal('collection-rate'),
      /** Receivables falling due in the period (应收账款). */
      receivable: NonNegativeDecimalSchema(),
      /** Of those, the amount collected (at most `receivable`). */
      collected: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Contract signing rate (合同签订率) = contracts signed ÷ deals agreed. */
      formula: z.literal('contract-signing-rate'),
      /** Deals agreed with the customer (quotes accepted, orders confirmed) that call for a contract. */
      agreed: NonNegativeDecimalSchema(),
      /** Of those, contracts signed (at most `agreed`). */
      signed: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /** Repeat purchase rate (客户回头率) = repeat customers ÷ customers who bought in the period. */
      formula: z.literal('repeat-purchase-rate'),
      /** Customers who bought in the period. */
      customers: NonNegativeDecimalSchema(),
      /** Of those, customers who had bought before or bought more than once (at most `customers`). */
      repeat: NonNegativeDecimalSchema(),
    }),
    z.strictObject({
      /**
       * Savings rate (费用节约率) = (budget to date − actual) ÷ budget to date; the same formula as
       * `budgetVariance(...).savingsRate`. Negative when over budget.
       */
      formula: z.literal('savings-rate'),
      /** The expense budget to date. */
      budget: NonNegativeDecimalSchema(),
      /** The actual expenses (refunds may make them negative). */
      actual: DecimalSchema(),
    }),
    z.strictObject({
      /**
       * Visit count (拜访次数): the recorded contacts on the days of the period, counted as
       * `checkFollowUpCompliance` counts them (an instant on its date in `timeZone`).
       */
      formula: z.literal('visit-count'),
      /** Contact dates (`YYYY-MM-DD`) or instants (ISO-8601 with an offset), in any order. */
      contacts: z.array(z.union([DateSchema(), InstantSchema()])).max(1_000_000),
      /** The days counted, both ends included; in `evaluateKpis`, the evaluation period when left out. */
      period: z.strictObject({ start: DateSchema(), end: DateSchema() }).optional(),
      /** The IANA time zone instants are dated in; the policy calendar's (else `UTC`) when left out. */
      timeZone: z
        .string()
        .refine(isTimeZone, { error: 'Unknown IANA time zone', params: { code: 'timezone.invalid' } })
        .optional(),
    }),
    z.strictObject({
      /**
       * Funnel stage alert (某个阶段的转化率显著低于其他阶段): the number of stages whose conversion is below
       * `below` × the mean conversion of the other stages.
       */
      formula: z.literal('funnel-stage-alert'),
      /** The funnel from its widest stage down, as for `conversion-rate`. */
      funnel: z.array(FunnelStageSchema()).min(3).max(50),
      /** A stage is markedly low below this fraction of the others' mean conversion (`0.5` by default). */
      below: PositiveDecimalSchema().prefault('0.5'),
    }),
  ]),
)

/**
 * The direction of each built-in formula's value: a KPI using a formula must have this direction (or be a
 * `target-band` KPI).
 *
 * @group KPIs and SLAs
 */
export const KPI_FORMULA_DIRECTIONS: Readonly<Record<KpiFormula, Exclude<KpiDirection, 'target-band'>>> = {
  attainment: 'higher-is-better',
  'growth-rate': 'higher-is-better',
  'conversion-rate': 'higher-is-better',
  'churn-rate': 'lower-is-better',
  'gross-margin-rate': 'higher-is-better',
  'expense-ratio': 'lower-is-better',
  'complaint-timeliness': 'higher-is-better',
  'average-sales-cycle': 'lower-is-better',
  'quote-acceptance-rate': 'higher-is-better',
  'collection-rate': 'higher-is-better',
  'contract-signing-rate': 'higher-is-better',
  'repeat-purchase-rate': 'higher-is-better',
  'savings-rate': 'higher-is-better',
  'visit-count': 'higher-is-better',
  'funnel-stage-alert': 'lower-is-better',
}

/**
 * The inputs of a built-in formula, as passed in.
 *
 * @group KPIs and SLAs
 */
export type KpiFormulaInput =
  | {
      /** Attainment = actual ÷ target. */
      readonly formula: 'attainment'
      /** What was achieved. */
      readonly actual: DecimalInput
      /** The target, more than zero. */
      readonly target: DecimalInput
    }
  | {
      /** Growth rate = (current − previous) ÷ previous. */
      readonly formula: 'growth-rate'
      /** This period's figure. */
      readonly current: DecimalInput
      /** The previous (or same period last year's) figure; growth from zero has no rate. */
      readonly previous: DecimalInput
    }
  | {
      /** Conversion rate by stage: each stage's count ÷ the stage before; overall = last ÷ first. */
      readonly formula: 'conversion-rate'
      /**
       * The funnel from its widest stage down (e.g. leads → qualified → won); counts never grow down the
       * funnel.
       */
      readonly funnel: readonly {
        /** The stage's id. */
        readonly stage: string
        /** Its label, used in sentences instead of the id. */
        readonly label?: LabelInput | undefined
        /** How many reached it. */
        readonly count: DecimalInput
      }[]
    }
  | {
      /** Churn rate = customers lost ÷ customers at the start of the period. */
      readonly formula: 'churn-rate'
      /** Customers at the start of the period. */
      readonly atStart: DecimalInput
      /** Of those, how many were lost in the period (at most `atStart`). */
      readonly lost: DecimalInput
    }
  | {
      /** Gross margin rate = (revenue − cost) ÷ revenue. */
      readonly formula: 'gross-margin-rate'
      /** Revenue. */
      readonly revenue: DecimalInput
      /** Cost of what was sold. */
      readonly cost: DecimalInput
    }
  | {
      /** Expense ratio (销售费用率) = sales expenses ÷ sales revenue. */
      readonly formula: 'expense-ratio'
      /** Sales expenses. */
      readonly expenses: DecimalInput
      /** Sales revenue. */
      readonly revenue: DecimalInput
    }
  | {
      /** Complaint timeliness (投诉处理及时率) = complaints handled in time ÷ complaints. */
      readonly formula: 'complaint-timeliness'
      /** Complaints handled within their time limit. */
      readonly onTime: DecimalInput
      /** All complaints due in the period (at least `onTime`). */
      readonly total: DecimalInput
    }
  | {
      /** Average sales cycle = mean calendar days from opening to closing, over closed deals. */
      readonly formula: 'average-sales-cycle'
      /** The closed deals. */
      readonly deals: readonly {
        /** When the opportunity was opened. */
        readonly opened: string
        /** When it was closed (not before `opened`). */
        readonly closed: string
      }[]
    }
  | {
      /** Quote acceptance rate = quotes accepted ÷ quotes sent. */
      readonly formula: 'quote-acceptance-rate'
      /** Quotes sent. */
      readonly sent: DecimalInput
      /** Of those, quotes accepted (at most `sent`). */
      readonly accepted: DecimalInput
    }
  | {
      /** Collection rate (回款率) = collected ÷ receivables due in the period. */
      readonly formula: 'collection-rate'
      /** Receivables falling due in the period (应收账款). */
      readonly receivable: DecimalInput
      /** Of those, the amount collected (at most `receivable`). */
      readonly collected: DecimalInput
    }
  | {
      /** Contract signing rate (合同签订率) = contracts signed ÷ deals agreed. */
      readonly formula: 'contract-signing-rate'
      /** Deals agreed with the customer (quotes accepted, orders confirmed) that call for a contract. */
      readonly agreed: DecimalInput
      /** Of those, contracts signed (at most `agreed`). */
      readonly signed: DecimalInput
    }
  | {
      /** Repeat purchase rate (客户回头率) = repeat customers ÷ customers who bought in the period. */
      readonly formula: 'repeat-purchase-rate'
      /** Customers who bought in the period. */
      readonly customers: DecimalInput
      /** Of those, customers who had bought before or bought more than once (at most `customers`). */
      readonly repeat: DecimalInput
    }
  | {
      /**
       * Savings rate (费用节约率) = (budget to date − actual) ÷ budget to date; the same formula as
       * `budgetVariance(...).savingsRate`. Negative when over budget.
       */
      readonly formula: 'savings-rate'
      /** The expense budget to date. */
      readonly budget: DecimalInput
      /** The actual expenses (refunds may make them negative). */
      readonly actual: DecimalInput
    }
  | {
      /**
       * Visit count (拜访次数): the recorded contacts on the days of the period, counted as
       * `checkFollowUpCompliance` counts them (an instant on its date in `timeZone`).
       */
      readonly formula: 'visit-count'
      /** Contact dates (`YYYY-MM-DD`) or instants (ISO-8601 with an offset), in any order. */
      readonly contacts: readonly string[]
      /** The days counted, both ends included; in `evaluateKpis`, the evaluation period when left out. */
      readonly period?:
        | {
            /** First day, `YYYY-MM-DD`. */
            readonly start: string
            /** Last day, `YYYY-MM-DD`. */
            readonly end: string
          }
        | undefined
      /** The IANA time zone instants are dated in; the policy calendar's (else `UTC`) when left out. */
      readonly timeZone?: string | undefined
    }
  | {
      /**
       * Funnel stage alert (某个阶段的转化率显著低于其他阶段): the number of stages whose conversion is below
       * `below` × the mean conversion of the other stages.
       */
      readonly formula: 'funnel-stage-alert'
      /** The funnel from its widest stage down, as for `conversion-rate`. */
      readonly funnel: readonly {
        /** The stage's id. */
        readonly stage: string
        /** Its label, used in sentences instead of the id. */
        readonly label?: LabelInput | undefined
        /** How many reached it. */
        readonly count: DecimalInput
      }[]
      /** A stage is markedly low below this fraction of the others' mean conversion (`0.5` by default). */
      readonly below?: DecimalInput | undefined
    }

/**
 * One KPI's measurement: a value (or `null` for no data), and the values of earlier periods for trend alerts.
 *
 * @group KPIs and SLAs
 */
export const KpiMeasurementSchema = once(() =>
  z.strictObject({
    /** This period's value; `null` when there is no data. Give either `value` or `inputs`. */
    value: DecimalSchema().nullable().optional(),
    /** The inputs of the KPI's formula (without the `formula` key), to compute the value. */
    inputs: z.record(z.string(), z.unknown()).optional(),
    /** Earlier periods' values, oldest first, for trend alerts. */
    history: z
      .array(DecimalSchema())
      .max(120)
      .default(() => []),
  }),
)

/**
 * One KPI's measurement: a value (or `null` for no data), and the values of earlier periods for trend alerts.
 *
 * @group KPIs and SLAs
 */
export interface KpiMeasurementInput {
  /** This period's value; `null` when there is no data. Give either `value` or `inputs`. */
  readonly value?: null | DecimalInput | undefined
  /** The inputs of the KPI's formula (without the `formula` key), to compute the value. */
  readonly inputs?: Readonly<Record<string, unknown>> | undefined
  /** Earlier periods' values, oldest first, for trend alerts. */
  readonly history?: readonly DecimalInput[] | undefined
}

/**
 * Measurements by KPI id: a value, `null` (no data), or a full measurement.
 *
 * @group KPIs and SLAs
 */
export const KpiMeasurementsSchema = once(() =>
  z.record(IdSchema(), z.union([DecimalSchema(), z.null(), KpiMeasurementSchema()])),
)

/**
 * The measurements of a period, as passed in.
 *
 * @group KPIs and SLAs
 */
export type KpiMeasurementsInput = Readonly<Record<string, null | KpiMeasurementInput | DecimalInput>>

/**
 * An item on a service clock: a ticket, a deal or a request, with the instants (or dates) of its events.
 *
 * @group KPIs and SLAs
 */
export const SlaItemSchema = once(() =>
  z.strictObject({
    /** The item's id (e.g. a ticket number). */
    id: IdSchema(),
    /** Its kind (e.g. `ticket`, `deal`), for rules limited to some kinds. */
    kind: IdSchema().optional(),
    /** The customer's grade, for rules limited to some grades. */
    grade: IdSchema().optional(),
    /**
     * When each event happened: an ISO-8601 instant with an offset, or a date `YYYY-MM-DD` (for day rules).
     */
    events: z.record(IdSchema(), z.union([InstantSchema(), DateSchema()])),
  }),
)

/**
 * An item on a service clock, as passed in.
 *
 * @group KPIs and SLAs
 */
export interface SlaItemInput {
  /** The item's id (e.g. a ticket number). */
  readonly id: string
  /** Its kind (e.g. `ticket`, `deal`), for rules limited to some kinds. */
  readonly kind?: string | undefined
  /** The customer's grade, for rules limited to some grades. */
  readonly grade?: string | undefined
  /**
   * When each event happened: an ISO-8601 instant with an offset, or a date `YYYY-MM-DD` (for day rules).
   */
  readonly events: Readonly<Record<string, string>>
}
