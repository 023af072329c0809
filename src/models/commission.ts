/**
 * Commission plans (销售提成方案): base, eligibility, flat or tiered rates (marginal or
 * retroactive, on amounts or quota attainment), gate, cap and floor, recognition on booking,
 * invoice or payment (回款), clawbacks, splits, bonuses, draws and proration.
 */
import * as z from 'zod'
import { utcDate, utcText } from '../core/dates'
import { ZERO } from '../core/decimal'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  DecimalSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  RoundingPolicySchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { Decimal, DecimalInput, RoundingPolicy } from '../core/decimal'
import type { LabelInput, RoundingPolicyInput } from '../core/schema'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * A tier: from this value (inclusive) up to the next tier's `from`, at `rate`.
 *
 * @group Commission
 */
export const CommissionTierSchema = once(() =>
  z.strictObject({
    /** The tier's lower bound, inclusive (an amount, or an attainment fraction: 0.8 = 80 % of quota). */
    from: NonNegativeDecimalSchema(),
    /** The rate, a fraction of the base (0.05 = 5 %). */
    rate: NonNegativeDecimalSchema(),
  }),
)

/**
 * A tier: from this value (inclusive) up to the next tier's `from`, at `rate`.
 *
 * @group Commission
 */
export interface CommissionTierInput {
  /**
   * The tier's lower bound, inclusive (an amount, or an attainment fraction: 0.8 = 80 % of quota).
   */
  readonly from: DecimalInput
  /** The rate, a fraction of the base (0.05 = 5 %). */
  readonly rate: DecimalInput
}

/**
 * A validated tier: from this value (inclusive) up to the next tier's `from`, at `rate`.
 *
 * @group Commission
 */
export interface CommissionTier {
  /**
   * The tier's lower bound, inclusive (an amount, or an attainment fraction: 0.8 = 80 % of quota).
   */
  readonly from: Decimal
  /** The rate, a fraction of the base (0.05 = 5 %). */
  readonly rate: Decimal
}

/**
 * One rate for the whole base.
 *
 * @group Commission
 */
export const FlatRateSchema = once(() =>
  z.strictObject({
    /** A single rate. */
    kind: z.literal('flat'),
    /** The rate, a fraction (0.03 = 3 %). */
    rate: NonNegativeDecimalSchema(),
  }),
)

/**
 * One rate for the whole base.
 *
 * @group Commission
 */
export interface FlatRateInput {
  /** A single rate. */
  readonly kind: 'flat'
  /** The rate, a fraction (0.03 = 3 %). */
  readonly rate: DecimalInput
}

/**
 * One validated rate for the whole base.
 *
 * @group Commission
 */
export interface FlatRate {
  /** A single rate. */
  readonly kind: 'flat'
  /** The rate, a fraction (0.03 = 3 %). */
  readonly rate: Decimal
}

/**
 * Tiered rates.
 *
 * @group Commission
 */
export const TieredRateSchema = once(() =>
  z
    .strictObject({
      /**
       * `marginal`: each slice of the base at its own tier's rate (like tax brackets); `retroactive`: the
       * tier
       * the whole base reaches sets the rate for all of it (as OCA's sections); `interpolated`: the rate
       * rises
       * linearly inside a tier, from its rate at its `from` to the next tier's rate at the next `from`, and
       * applies to the whole base (Oracle's interpolated rate tables; the top tier is flat).
       */
      kind: z.literal(['marginal', 'retroactive', 'interpolated']),
      /** Tier bounds in amounts of base, or in quota attainment (needs a quota). */
      basis: z.literal(['amount', 'attainment']).default('amount'),
      /** Tiers from the lowest; the first starts at 0; `from` strictly increasing. */
      tiers: z.array(CommissionTierSchema()).min(1),
      /**
       * Where a base exactly on a bound goes: to the `higher` tier (the default: `from` is inclusive) or the
       * `lower` one (Spiff's default). Marginal commission is the same either way; the tier reached, and so a
       * retroactive rate, is not.
       */
      boundary: z.literal(['higher', 'lower']).default('higher'),
    })
    .check(
      whenValid((r, ctx) => {
        if (!(r.tiers[0]?.from.isZero() ?? false))
          addIssue(ctx, 'commission.first-tier', ['tiers', 0, 'from'])
        r.tiers.forEach((t, i) => {
          const previous = r.tiers[i - 1]
          if (previous && !t.from.gt(previous.from))
            addIssue(ctx, 'commission.tiers-increase', ['tiers', i, 'from'])
        })
      }),
    ),
)

/**
 * Tiered rates.
 *
 * @group Commission
 */
export interface TieredRateInput {
  /**
   * `marginal`: each slice of the base at its own tier's rate (like tax brackets); `retroactive`: the tier
   * the whole base reaches sets the rate for all of it (as OCA's sections); `interpolated`: the rate rises
   * linearly inside a tier, from its rate at its `from` to the next tier's rate at the next `from`, and
   * applies to the whole base (Oracle's interpolated rate tables; the top tier is flat).
   */
  readonly kind: 'marginal' | 'retroactive' | 'interpolated'
  /** Tier bounds in amounts of base, or in quota attainment (needs a quota). */
  readonly basis?: 'amount' | 'attainment' | undefined
  /** Tiers from the lowest; the first starts at 0; `from` strictly increasing. */
  readonly tiers: readonly CommissionTierInput[]
  /**
   * Where a base exactly on a bound goes: to the `higher` tier (the default: `from` is inclusive) or the
   * `lower` one (Spiff's default). Marginal commission is the same either way; the tier reached, and so a
   * retroactive rate, is not.
   */
  readonly boundary?: 'higher' | 'lower' | undefined
}

/**
 * Validated tiered rates.
 *
 * @group Commission
 */
export interface TieredRate {
  /**
   * `marginal`: each slice of the base at its own tier's rate (like tax brackets); `retroactive`: the tier
   * the whole base reaches sets the rate for all of it (as OCA's sections); `interpolated`: the rate rises
   * linearly inside a tier, from its rate at its `from` to the next tier's rate at the next `from`, and
   * applies to the whole base (Oracle's interpolated rate tables; the top tier is flat).
   */
  readonly kind: 'marginal' | 'retroactive' | 'interpolated'
  /** Tier bounds in amounts of base, or in quota attainment (needs a quota). */
  readonly basis: 'amount' | 'attainment'
  /** Tiers from the lowest; the first starts at 0; `from` strictly increasing. */
  readonly tiers: readonly CommissionTier[]
  /**
   * Where a base exactly on a bound goes: to the `higher` tier (the default: `from` is inclusive) or the
   * `lower` one (Spiff's default). Marginal commission is the same either way; the tier reached, and so a
   * retroactive rate, is not.
   */
  readonly boundary: 'higher' | 'lower'
}

/**
 * A bonus paid when a target is met (月度 / 季度 / 年度奖金).
 *
 * @group Commission
 */
export const CommissionBonusSchema = once(() =>
  z
    .strictObject({
      /** The bonus's id. */
      id: IdSchema(),
      /** Its name. */
      label: LabelSchema(),
      /** What is measured: credited revenue, new customers won, or a KPI result passed in (`kpi`). */
      measure: z.literal(['revenue', 'new-customers', 'kpi']),
      /** The KPI's id, for `measure: 'kpi'`. */
      kpi: IdSchema().optional(),
      /**
       * The target; met when the measure reaches it (inclusive). Revenue and new-customer targets are
       * prorated
       * for a partial period of employment; KPI targets are not.
       */
      target: NonNegativeDecimalSchema(),
      /** A fixed amount. */
      amount: NonNegativeDecimalSchema().optional(),
      /** Or a rate of the period's commission base. */
      rate: NonNegativeDecimalSchema().optional(),
      /**
       * The bonus's own cadence (月度 / 季度 / 年度奖金): measured on each month, quarter or the whole year of the
       * plan year from its first day, and paid with the settlement period that holds its last day
       * (`calculateCommissionYear`). A single statement measures it only when its period is one whole such
       * span. Left out: measured on every statement's own period.
       */
      every: z.literal(['month', 'quarter', 'year']).optional(),
    })
    .check(
      whenValid((b, ctx) => {
        if ((b.amount === undefined) === (b.rate === undefined)) addIssue(ctx, 'commission.bonus-amount', [])
        if (b.measure === 'kpi' && b.kpi === undefined) addIssue(ctx, 'commission.bonus-kpi', ['kpi'])
      }),
    ),
)

/**
 * A bonus paid when a target is met (月度 / 季度 / 年度奖金).
 *
 * @group Commission
 */
export interface CommissionBonusInput {
  /** The bonus's id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** What is measured: credited revenue, new customers won, or a KPI result passed in (`kpi`). */
  readonly measure: 'revenue' | 'kpi' | 'new-customers'
  /** The KPI's id, for `measure: 'kpi'`. */
  readonly kpi?: string | undefined
  /**
   * The target; met when the measure reaches it (inclusive). Revenue and new-customer targets are prorated
   * for a partial period of employment; KPI targets are not.
   */
  readonly target: DecimalInput
  /** A fixed amount. */
  readonly amount?: DecimalInput | undefined
  /** Or a rate of the period's commission base. */
  readonly rate?: DecimalInput | undefined
  /**
   * The bonus's own cadence (月度 / 季度 / 年度奖金): measured on each month, quarter or the whole year of the
   * plan year from its first day, and paid with the settlement period that holds its last day
   * (`calculateCommissionYear`). A single statement measures it only when its period is one whole such
   * span. Left out: measured on every statement's own period.
   */
  readonly every?: 'month' | 'quarter' | 'year' | undefined
}

/**
 * A validated bonus paid when a target is met (月度 / 季度 / 年度奖金).
 *
 * @group Commission
 */
export interface CommissionBonus {
  /** The bonus's id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** What is measured: credited revenue, new customers won, or a KPI result passed in (`kpi`). */
  readonly measure: 'revenue' | 'kpi' | 'new-customers'
  /** The KPI's id, for `measure: 'kpi'`. */
  readonly kpi?: string | undefined
  /**
   * The target; met when the measure reaches it (inclusive). Revenue and new-customer targets are prorated
   * for a partial period of employment; KPI targets are not.
   */
  readonly target: Decimal
  /** A fixed amount. */
  readonly amount?: Decimal | undefined
  /** Or a rate of the period's commission base. */
  readonly rate?: Decimal | undefined
  /**
   * The bonus's own cadence (月度 / 季度 / 年度奖金): measured on each month, quarter or the whole year of the
   * plan year from its first day, and paid with the settlement period that holds its last day
   * (`calculateCommissionYear`). A single statement measures it only when its period is one whole such
   * span. Left out: measured on every statement's own period.
   */
  readonly every?: 'month' | 'quarter' | 'year' | undefined
}

/**
 * A commission plan.
 *
 * @group Commission
 */
export const CommissionPlanSchema = once(() =>
  VersionedSchema()
    .extend({
      /** The plan's currency. */
      currency: CurrencySchema(),
      /** How each commission line is rounded; statement totals are sums of rounded lines. */
      rounding: RoundingPolicySchema().default({ scale: 2, mode: 'half-up' }),
      /** The base: net revenue, gross profit (revenue − cost) or collected cash (回款). */
      base: z.literal(['revenue', 'gross-profit', 'collected']).default('revenue'),
      /**
       * For a gross-profit base: floor each line's margin at zero (default) or let a loss-making line reduce
       * the
       * base.
       */
      floorMarginAtZero: z.boolean().default(true),
      /**
       * When commission is earned: on booking, on invoice, or on payment (in proportion to cash collected, in
       * the
       * period it is collected). A `collected` base is always on payment.
       */
      recognition: z.literal(['booking', 'invoice', 'payment']).default('booking'),
      /** Which transactions count; left out: all. */
      eligibility: z
        .strictObject({
          /** Only these product categories. */
          categories: z.array(IdSchema()).optional(),
          /** Only customers of these grades. */
          customerGrades: z.array(IdSchema()).optional(),
        })
        .default({}),
      /** Flat rates for some categories, instead of the plan's rates (their base stays out of the tiers). */
      categoryRates: z
        .array(
          z.strictObject({
            /** The category. */
            category: IdSchema(),
            /** Its rate. */
            rate: NonNegativeDecimalSchema(),
          }),
        )
        .default([]),
      /** The rates. */
      rates: z.discriminatedUnion('kind', [FlatRateSchema(), TieredRateSchema()]),
      /** Nothing is paid below this: a minimum attainment (fraction of quota) or a minimum base. */
      gate: z
        .strictObject({
          /** Minimum quota attainment, inclusive (0.5 = 50 %). */
          minAttainment: NonNegativeDecimalSchema().optional(),
          /** Minimum base, inclusive. */
          minBase: NonNegativeDecimalSchema().optional(),
        })
        .optional(),
      /** The most commission paid for one period (before bonuses). */
      cap: NonNegativeDecimalSchema().optional(),
      /**
       * A cap in attainment terms (2 = 200 % of quota): above it the base earns nothing more — commission is
       * capped at what a base of exactly this attainment earns (needs a quota). In a year-to-date settlement
       * it
       * applies to the year-to-date attainment.
       */
      capAttainment: PositiveDecimalSchema().optional(),
      /**
       * The most commission paid in a plan year: a year-to-date settlement pays no period more than is left
       * under it (the rest is forfeited); a single statement treats it as a cap too.
       */
      annualCap: NonNegativeDecimalSchema().optional(),
      /**
       * What happens to commission above the cap: `forfeit` (the default) or `carry-forward`, paid in later
       * periods while they are under the cap.
       */
      capExcess: z.literal(['forfeit', 'carry-forward']).default('forfeit'),
      /**
       * An accelerator on the base above an attainment level: the commission on it is multiplied. With
       * `crossing:
       * 'split'` (the default) the deal that crosses the level is split, and only its part above the level is
       * accelerated, so the result does not depend on the order of the deals; with `'next-deal'` (the
       * behaviour
       * before 0.2) only deals closed once attainment had reached the level are multiplied, the crossing deal
       * not.
       */
      accelerator: z
        .strictObject({
          /** The attainment level, inclusive (1 = 100 % of quota). */
          fromAttainment: PositiveDecimalSchema(),
          /** The multiplier of the commission above it (1.5 = 150 %). */
          multiplier: PositiveDecimalSchema(),
          /** How the deal that crosses the level is treated: `split` (default) or `next-deal`. */
          crossing: z.literal(['split', 'next-deal']).default('split'),
        })
        .optional(),
      /**
       * In a year-to-date settlement ({@link calculateCommissionYear}) of a rep employed for part of the plan
       * year,
       * what attainment is measured against: `annual` (the default) — the annual quota prorated once by the
       * share
       * of the plan year employed; `to-date` — the quota to date, the annual quota × the days employed so far
       * ÷
       * the days in the plan year.
       */
      yearToDateQuota: z.literal(['annual', 'to-date']).default('annual'),
      /**
       * Whether overlay credit (a specialist's or manager's, on top of the reps' 100 %) counts toward the
       * overlay
       * rep's quota and tiers; when it does not (the default), it is paid at the rate the rep's own base
       * reached.
       */
      overlayCountsTowardQuota: z.boolean().default(false),
      /**
       * Whether a refund, cancellation or write-off within the clawback window reduces the commission base
       * and
       * attainment (so a rep can fall back below a tier) instead of only reversing the commission paid on the
       * sale (the default).
       */
      clawbackReducesAttainment: z.boolean().default(false),
      /** The least commission paid for one period once the gate is passed. */
      floor: NonNegativeDecimalSchema().optional(),
      /**
       * Refunds, cancellations and write-offs within this many days of the original deal reverse its
       * commission.
       */
      clawbackDays: wholeNumber(0, 3650).optional(),
      /** Bonuses for the period's targets. */
      bonuses: z.array(CommissionBonusSchema()).default([]),
      /** A draw (预支): a guaranteed payout per period, recoverable from later earnings or not. */
      draw: z
        .strictObject({
          /** The guaranteed amount per period. */
          amount: PositiveDecimalSchema(),
          /** Whether later earnings above the draw repay it. */
          recoverable: z.boolean(),
          /**
           * Recovery starts with the first period that starts on or after this date (at once when left out).
           */
          recoverFrom: DateSchema().optional(),
          /** The most recovered in one period. */
          maxRecoveryPerPeriod: PositiveDecimalSchema().optional(),
        })
        .optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.categoryRates, 'category', ['categoryRates'], ctx)
        checkUniqueIds(p.bonuses, 'id', ['bonuses'], ctx)
        if (p.base === 'collected' && p.recognition !== 'payment')
          addIssue(ctx, 'commission.collected-on-payment', ['recognition'])
        if (p.cap !== undefined && p.floor !== undefined && p.floor.gt(p.cap))
          addIssue(ctx, 'commission.floor-above-cap', ['floor'])
      }),
    ),
)

/**
 * A commission plan as written in a policy document.
 *
 * @group Commission
 */
export interface CommissionPlanInput extends VersionedInput {
  /** The plan's currency. */
  readonly currency: string
  /**
   * How each commission line is rounded (scale 2, half-up by default); statement totals are sums of rounded
   * lines.
   */
  readonly rounding?: RoundingPolicyInput | undefined
  /** The base: net revenue (default), gross profit (revenue − cost) or collected cash (回款). */
  readonly base?: 'revenue' | 'gross-profit' | 'collected' | undefined
  /**
   * For a gross-profit base: floor each line's margin at zero (default) or let a loss-making line reduce the
   * base.
   */
  readonly floorMarginAtZero?: boolean | undefined
  /**
   * When commission is earned: on booking (default), on invoice, or on payment (in proportion to cash
   * collected, in the period it is collected). A `collected` base is always on payment.
   */
  readonly recognition?: 'booking' | 'invoice' | 'payment' | undefined
  /** Which transactions count; left out: all. */
  readonly eligibility?:
    | {
        /** Only these product categories. */
        readonly categories?: readonly string[] | undefined
        /** Only customers of these grades. */
        readonly customerGrades?: readonly string[] | undefined
      }
    | undefined
  /** Flat rates for some categories, instead of the plan's rates (their base stays out of the tiers). */
  readonly categoryRates?:
    | readonly {
        /** The category. */
        readonly category: string
        /** Its rate. */
        readonly rate: DecimalInput
      }[]
    | undefined
  /** The rates: one flat rate or tiers. */
  readonly rates: FlatRateInput | TieredRateInput
  /** Nothing is paid below this: a minimum attainment (fraction of quota) or a minimum base. */
  readonly gate?:
    | {
        /** Minimum quota attainment, inclusive (0.5 = 50 %). */
        readonly minAttainment?: DecimalInput | undefined
        /** Minimum base, inclusive. */
        readonly minBase?: DecimalInput | undefined
      }
    | undefined
  /** The most commission paid for one period (before bonuses). */
  readonly cap?: DecimalInput | undefined
  /**
   * A cap in attainment terms (2 = 200 % of quota): above it the base earns nothing more — commission is
   * capped at what a base of exactly this attainment earns (needs a quota). In a year-to-date settlement it
   * applies to the year-to-date attainment.
   */
  readonly capAttainment?: DecimalInput | undefined
  /**
   * The most commission paid in a plan year: a year-to-date settlement pays no period more than is left
   * under it (the rest is forfeited); a single statement treats it as a cap too.
   */
  readonly annualCap?: DecimalInput | undefined
  /**
   * What happens to commission above the cap: `forfeit` (the default) or `carry-forward`, paid in later
   * periods while they are under the cap.
   */
  readonly capExcess?: 'forfeit' | 'carry-forward' | undefined
  /**
   * An accelerator on the base above an attainment level: the commission on it is multiplied. With
   * `crossing: 'split'` (the default) the deal that crosses the level is split, and only its part above the
   * level is accelerated, so the result does not depend on the order of the deals; with `'next-deal'` (the
   * behaviour before 0.2) only deals closed once attainment had reached the level are multiplied, the
   * crossing deal not.
   */
  readonly accelerator?:
    | {
        /** The attainment level, inclusive (1 = 100 % of quota). */
        readonly fromAttainment: DecimalInput
        /** The multiplier of the commission above it (1.5 = 150 %). */
        readonly multiplier: DecimalInput
        /** How the deal that crosses the level is treated: `split` (default) or `next-deal`. */
        readonly crossing?: 'split' | 'next-deal' | undefined
      }
    | undefined
  /**
   * In a year-to-date settlement ({@link calculateCommissionYear}) of a rep employed for part of the plan
   * year, what attainment is measured against: `annual` (the default) — the annual quota prorated once by
   * the share of the plan year employed; `to-date` — the quota to date, the annual quota × the days
   * employed so far ÷ the days in the plan year.
   */
  readonly yearToDateQuota?: 'annual' | 'to-date' | undefined
  /**
   * Whether overlay credit (a specialist's or manager's, on top of the reps' 100 %) counts toward the
   * overlay rep's quota and tiers; when it does not (the default), it is paid at the rate the rep's own base
   * reached.
   */
  readonly overlayCountsTowardQuota?: boolean | undefined
  /**
   * Whether a refund, cancellation or write-off within the clawback window reduces the commission base and
   * attainment (so a rep can fall back below a tier) instead of only reversing the commission paid on the
   * sale (the default).
   */
  readonly clawbackReducesAttainment?: boolean | undefined
  /** The least commission paid for one period once the gate is passed. */
  readonly floor?: DecimalInput | undefined
  /**
   * Refunds, cancellations and write-offs within this many days of the original deal reverse its
   * commission.
   */
  readonly clawbackDays?: number | undefined
  /** Bonuses for the period's targets. */
  readonly bonuses?: readonly CommissionBonusInput[] | undefined
  /** A draw (预支): a guaranteed payout per period, recoverable from later earnings or not. */
  readonly draw?:
    | {
        /** The guaranteed amount per period. */
        readonly amount: DecimalInput
        /** Whether later earnings above the draw repay it. */
        readonly recoverable: boolean
        /**
         * Recovery starts with the first period that starts on or after this date (at once when left out).
         */
        readonly recoverFrom?: string | undefined
        /** The most recovered in one period. */
        readonly maxRecoveryPerPeriod?: DecimalInput | undefined
      }
    | undefined
}

/**
 * A validated commission plan, every default filled in.
 *
 * @group Commission
 */
export interface CommissionPlan extends Versioned {
  /** The plan's currency. */
  readonly currency: string
  /**
   * How each commission line is rounded (scale 2, half-up by default); statement totals are sums of rounded
   * lines.
   */
  readonly rounding: RoundingPolicy
  /** The base: net revenue (default), gross profit (revenue − cost) or collected cash (回款). */
  readonly base: 'revenue' | 'gross-profit' | 'collected'
  /**
   * For a gross-profit base: floor each line's margin at zero (default) or let a loss-making line reduce the
   * base.
   */
  readonly floorMarginAtZero: boolean
  /**
   * When commission is earned: on booking (default), on invoice, or on payment (in proportion to cash
   * collected, in the period it is collected). A `collected` base is always on payment.
   */
  readonly recognition: 'booking' | 'invoice' | 'payment'
  /** Which transactions count; left out: all. */
  readonly eligibility: {
    /** Only these product categories. */
    readonly categories?: readonly string[] | undefined
    /** Only customers of these grades. */
    readonly customerGrades?: readonly string[] | undefined
  }
  /** Flat rates for some categories, instead of the plan's rates (their base stays out of the tiers). */
  readonly categoryRates: readonly {
    /** The category. */
    readonly category: string
    /** Its rate. */
    readonly rate: Decimal
  }[]
  /** The rates: one flat rate or tiers. */
  readonly rates: FlatRate | TieredRate
  /** Nothing is paid below this: a minimum attainment (fraction of quota) or a minimum base. */
  readonly gate?:
    | {
        /** Minimum quota attainment, inclusive (0.5 = 50 %). */
        readonly minAttainment?: Decimal | undefined
        /** Minimum base, inclusive. */
        readonly minBase?: Decimal | undefined
      }
    | undefined
  /** The most commission paid for one period (before bonuses). */
  readonly cap?: Decimal | undefined
  /**
   * A cap in attainment terms (2 = 200 % of quota): above it the base earns nothing more — commission is
   * capped at what a base of exactly this attainment earns (needs a quota). In a year-to-date settlement it
   * applies to the year-to-date attainment.
   */
  readonly capAttainment?: Decimal | undefined
  /**
   * The most commission paid in a plan year: a year-to-date settlement pays no period more than is left
   * under it (the rest is forfeited); a single statement treats it as a cap too.
   */
  readonly annualCap?: Decimal | undefined
  /**
   * What happens to commission above the cap: `forfeit` (the default) or `carry-forward`, paid in later
   * periods while they are under the cap.
   */
  readonly capExcess: 'forfeit' | 'carry-forward'
  /**
   * An accelerator on the base above an attainment level: the commission on it is multiplied. With
   * `crossing: 'split'` (the default) the deal that crosses the level is split, and only its part above the
   * level is accelerated, so the result does not depend on the order of the deals; with `'next-deal'` (the
   * behaviour before 0.2) only deals closed once attainment had reached the level are multiplied, the
   * crossing deal not.
   */
  readonly accelerator?:
    | {
        /** The attainment level, inclusive (1 = 100 % of quota). */
        readonly fromAttainment: Decimal
        /** The multiplier of the commission above it (1.5 = 150 %). */
        readonly multiplier: Decimal
        /** How the deal that crosses the level is treated: `split` (default) or `next-deal`. */
        readonly crossing: 'split' | 'next-deal'
      }
    | undefined
  /**
   * In a year-to-date settlement ({@link calculateCommissionYear}) of a rep employed for part of the plan
   * year, what attainment is measured against: `annual` (the default) — the annual quota prorated once by
   * the share of the plan year employed; `to-date` — the quota to date, the annual quota × the days
   * employed so far ÷ the days in the plan year.
   */
  readonly yearToDateQuota: 'annual' | 'to-date'
  /**
   * Whether overlay credit (a specialist's or manager's, on top of the reps' 100 %) counts toward the
   * overlay rep's quota and tiers; when it does not (the default), it is paid at the rate the rep's own base
   * reached.
   */
  readonly overlayCountsTowardQuota: boolean
  /**
   * Whether a refund, cancellation or write-off within the clawback window reduces the commission base and
   * attainment (so a rep can fall back below a tier) instead of only reversing the commission paid on the
   * sale (the default).
   */
  readonly clawbackReducesAttainment: boolean
  /** The least commission paid for one period once the gate is passed. */
  readonly floor?: Decimal | undefined
  /**
   * Refunds, cancellations and write-offs within this many days of the original deal reverse its
   * commission.
   */
  readonly clawbackDays?: number | undefined
  /** Bonuses for the period's targets. */
  readonly bonuses: readonly CommissionBonus[]
  /** A draw (预支): a guaranteed payout per period, recoverable from later earnings or not. */
  readonly draw?:
    | {
        /** The guaranteed amount per period. */
        readonly amount: Decimal
        /** Whether later earnings above the draw repay it. */
        readonly recoverable: boolean
        /**
         * Recovery starts with the first period that starts on or after this date (at once when left out).
         */
        readonly recoverFrom?: string | undefined
        /** The most recovered in one period. */
        readonly maxRecoveryPerPeriod?: Decimal | undefined
      }
    | undefined
}

/**
 * A rep's share of a transaction's credit.
 *
 * @group Commission
 */
export const CreditSplitSchema = once(() =>
  z.strictObject({
    /** The rep. */
    rep: IdSchema(),
    /** The share, a fraction; the shares of the reps who are not overlays add up to 1. */
    share: PositiveDecimalSchema(),
    /** An overlay (a specialist or manager credited on top of the reps' 100 %, without reducing it). */
    overlay: z.boolean().default(false),
  }),
)

/**
 * A rep's share of a transaction's credit.
 *
 * @group Commission
 */
export interface CreditSplitInput {
  /** The rep. */
  readonly rep: string
  /** The share, a fraction; the shares of the reps who are not overlays add up to 1. */
  readonly share: DecimalInput
  /**
   * An overlay (a specialist or manager credited on top of the reps' 100 %, without reducing it).
   */
  readonly overlay?: boolean | undefined
}

/**
 * A sale, or a refund, cancellation or write-off of one.
 *
 * @group Commission
 */
export const CommissionTransactionSchema = once(() =>
  z
    .strictObject({
      /** The transaction's id. */
      id: IdSchema(),
      /** `sale` (default), `refund`, `cancellation` or `write-off`. */
      type: z.literal(['sale', 'refund', 'cancellation', 'write-off']).default('sale'),
      /** Booking date (下单 / 签约). */
      date: DateSchema(),
      /** Invoice date, for recognition on invoice (defaults to the booking date). */
      invoiceDate: DateSchema().optional(),
      /**
       * Net revenue after discounts: positive for a sale, the amount given back for a refund (positive too).
       */
      amount: NonNegativeDecimalSchema(),
      /** Cost of the goods, for a gross-profit base. */
      cost: NonNegativeDecimalSchema().optional(),
      /** Product category. */
      category: IdSchema().optional(),
      /** The customer. */
      customer: z
        .strictObject({
          /** The customer's id. */
          id: IdSchema(),
          /** The customer's grade. */
          grade: IdSchema().optional(),
          /** True when the sale won a new customer (for new-customer bonuses). */
          isNew: z.boolean().default(false),
        })
        .optional(),
      /** Credit shares between reps (adding up to 1); left out: all to the statement's rep. */
      splits: z.array(CreditSplitSchema()).min(1).optional(),
      /**
       * The currency of `amount`, `cost` and `original.amount` / `original.collected`: the plan's when left
       * out.
       * Another currency needs a rate in the input's `exchangeRates`.
       */
      currency: CurrencySchema().optional(),
      /** For a refund, cancellation or write-off: the original sale. */
      original: z
        .strictObject({
          /** The sale's id. */
          id: IdSchema(),
          /** The sale's date (the clawback window counts from it). */
          date: DateSchema(),
          /** The sale's amount. */
          amount: PositiveDecimalSchema(),
          /**
           * The commission paid on it to this rep (before this reversal); reversed in proportion to the
           * amount
           * given back, never more than it. A year-to-date settlement derives it from the sale when the sale
           * is
           * in its transactions.
           */
          commission: NonNegativeDecimalSchema(),
          /**
           * On payment recognition: the cash collected on the sale before this reversal (the sum of the
           * input's
           * payments on the sale up to the reversal's date when left out). Commission is only earned on cash
           * collected, so a write-off of the unpaid part reverses nothing.
           */
          collected: NonNegativeDecimalSchema().optional(),
        })
        .optional(),
    })
    .check(
      whenValid((t, ctx) => {
        if (t.splits) {
          checkUniqueIds(t.splits, 'rep', ['splits'], ctx)
          const total = t.splits.reduce((s, x) => (x.overlay ? s : s.plus(x.share)), ZERO)
          if (!total.eq(1)) addIssue(ctx, 'commission.splits-total', ['splits'], { total: total.toString() })
        }
        if (t.type !== 'sale' && t.original === undefined)
          addIssue(ctx, 'commission.original-missing', ['original'])
      }),
    ),
)

/**
 * A transaction as passed in.
 *
 * @group Commission
 */
export interface CommissionTransactionInput {
  /** The transaction's id. */
  readonly id: string
  /** `sale` (default), `refund`, `cancellation` or `write-off`. */
  readonly type?: 'sale' | 'refund' | 'cancellation' | 'write-off' | undefined
  /** Booking date (下单 / 签约), `YYYY-MM-DD`. */
  readonly date: string
  /** Invoice date, for recognition on invoice (defaults to the booking date). */
  readonly invoiceDate?: string | undefined
  /**
   * Net revenue after discounts: positive for a sale, the amount given back for a refund (positive too).
   */
  readonly amount: DecimalInput
  /** Cost of the goods, for a gross-profit base. */
  readonly cost?: DecimalInput | undefined
  /** Product category. */
  readonly category?: string | undefined
  /** The customer. */
  readonly customer?:
    | {
        /** The customer's id. */
        readonly id: string
        /** The customer's grade. */
        readonly grade?: string | undefined
        /** True when the sale won a new customer (for new-customer bonuses); false by default. */
        readonly isNew?: boolean | undefined
      }
    | undefined
  /** Credit shares between reps (adding up to 1); left out: all to the statement's rep. */
  readonly splits?: readonly CreditSplitInput[] | undefined
  /**
   * The currency of `amount`, `cost` and `original.amount` / `original.collected`: the plan's when left
   * out. Another currency needs a rate in the input's `exchangeRates`.
   */
  readonly currency?: string | undefined
  /** For a refund, cancellation or write-off: the original sale. */
  readonly original?:
    | {
        /** The sale's id. */
        readonly id: string
        /** The sale's date (the clawback window counts from it). */
        readonly date: string
        /** The sale's amount. */
        readonly amount: DecimalInput
        /**
         * The commission paid on it to this rep (before this reversal); reversed in proportion to the amount
         * given back, never more than it. A year-to-date settlement derives it from the sale when the sale
         * is in its transactions.
         */
        readonly commission: DecimalInput
        /**
         * On payment recognition: the cash collected on the sale before this reversal (the sum of the
         * input's payments on the sale up to the reversal's date when left out). Commission is only earned
         * on cash collected, so a write-off of the unpaid part reverses nothing.
         */
        readonly collected?: DecimalInput | undefined
      }
    | undefined
}

/**
 * Cash collected (回款) on a transaction.
 *
 * @group Commission
 */
export const CommissionPaymentSchema = once(() =>
  z.strictObject({
    /** The transaction paid. */
    transactionId: IdSchema(),
    /** The date the cash came in. */
    date: DateSchema(),
    /** The amount collected. */
    amount: PositiveDecimalSchema(),
    /** Its currency: the plan's when left out; another needs a rate in `exchangeRates`. */
    currency: CurrencySchema().optional(),
  }),
)

/**
 * Cash collected (回款) on a transaction.
 *
 * @group Commission
 */
export interface CommissionPaymentInput {
  /** The transaction paid. */
  readonly transactionId: string
  /** The date the cash came in, `YYYY-MM-DD`. */
  readonly date: string
  /** The amount collected. */
  readonly amount: DecimalInput
  /** Its currency: the plan's when left out; another needs a rate in `exchangeRates`. */
  readonly currency?: string | undefined
}

/**
 * A rep's employment dates, when they join or leave mid-period.
 *
 * @group Commission
 */
export const EmploymentSchema = once(() =>
  z.strictObject({
    /** First day employed. */
    start: DateSchema().optional(),
    /** Last day employed. */
    end: DateSchema().optional(),
    /**
     * Deals credited within this many days after `end` still count (a post-termination tail); none by
     * default.
     */
    tailDays: wholeNumber(0, 3650).optional(),
  }),
)

/**
 * A rep's employment dates, when they join or leave mid-period.
 *
 * @group Commission
 */
export interface EmploymentInput {
  /** First day employed, `YYYY-MM-DD`. */
  readonly start?: string | undefined
  /** Last day employed, `YYYY-MM-DD`. */
  readonly end?: string | undefined
  /**
   * Deals credited within this many days after `end` still count (a post-termination tail); none by
   * default.
   */
  readonly tailDays?: number | undefined
}

/**
 * A manual adjustment (positive or negative) with its reason.
 *
 * @group Commission
 */
export const AdjustmentSchema = once(() =>
  z.strictObject({
    /** The amount. */
    amount: DecimalSchema(),
    /** Why. */
    reason: z.string().min(1).max(500),
    /**
     * When it applies: a year-to-date statement counts it from the period holding this date (from the first
     * period when left out); a single-period statement counts every adjustment given.
     */
    date: DateSchema().optional(),
    /** Its currency: the plan's when left out; another needs a rate in `exchangeRates`. */
    currency: CurrencySchema().optional(),
  }),
)

/**
 * Exchange rates into the plan's currency: currency code → how many units of the plan's currency one unit
 * of it is worth (`{ USD: '7.1' }` on a CNY plan: 1 USD = 7.1 CNY). Converted amounts are rounded by the
 * plan's rounding, and the trace shows each conversion.
 *
 * @group Commission
 */
export const ExchangeRatesSchema = once(() => z.record(CurrencySchema(), PositiveDecimalSchema()))

/**
 * A manual adjustment (positive or negative) with its reason.
 *
 * @group Commission
 */
export interface AdjustmentInput {
  /** The amount, positive or negative. */
  readonly amount: DecimalInput
  /** Why (1–500 characters). */
  readonly reason: string
  /**
   * When it applies: a year-to-date statement counts it from the period holding this date (from the first
   * period when left out); a single-period statement counts every adjustment given.
   */
  readonly date?: string | undefined
  /** Its currency: the plan's when left out; another needs a rate in `exchangeRates`. */
  readonly currency?: string | undefined
}

/**
 * What a statement is computed from.
 *
 * @group Commission
 */
export const CommissionInputSchema = once(() =>
  z
    .strictObject({
      /** The rep. */
      rep: IdSchema(),
      /** The statement period, both ends included. */
      period: z.strictObject({
        /** First day. */
        start: DateSchema(),
        /** Last day. */
        end: DateSchema(),
      }),
      /** The quota for the full period (for attainment tiers, gates and bonuses). */
      quota: PositiveDecimalSchema().optional(),
      /**
       * The rep's employment dates, when they join or leave mid-period (quota and bonus targets are prorated
       * by
       * calendar days).
       */
      employment: EmploymentSchema().optional(),
      /** Sales and their reversals. */
      transactions: z.array(CommissionTransactionSchema()).default([]),
      /** Cash collected, for recognition on payment. */
      payments: z.array(CommissionPaymentSchema()).default([]),
      /** Manual adjustments (positive or negative), each with a reason. */
      adjustments: z.array(AdjustmentSchema()).default([]),
      /** What the rep owed at the start (recoverable draws, negative earnings), zero or more. */
      priorBalance: NonNegativeDecimalSchema().prefault(0),
      /** Commission above the cap carried from earlier periods (a `carry-forward` plan), zero or more. */
      priorCapCarry: NonNegativeDecimalSchema().prefault(0),
      /**
       * The part of `priorBalance` that is clawbacks not yet recovered (a draw never forgives it); zero by
       * default.
       */
      priorClawbackBalance: NonNegativeDecimalSchema().prefault(0),
      /** KPI results for KPI bonuses: KPI id → value. */
      kpis: z.record(z.string(), DecimalSchema()).default({}),
      /** Exchange rates into the plan's currency, for amounts in another; see {@link ExchangeRatesSchema}. */
      exchangeRates: ExchangeRatesSchema().default({}),
    })
    .check(
      whenValid((input, ctx) => {
        if (input.priorClawbackBalance.gt(input.priorBalance))
          addIssue(ctx, 'commission.clawback-balance', ['priorClawbackBalance'], {
            balance: input.priorBalance.toString(),
          })
        if (input.period.end < input.period.start)
          addIssue(ctx, 'range.reversed', ['period', 'end'], {
            start: input.period.start,
            end: input.period.end,
          })
        checkUniqueIds(input.transactions, 'id', ['transactions'], ctx)
      }),
    ),
)

/**
 * What a statement is computed from, as passed in.
 *
 * @group Commission
 */
export interface CommissionInput {
  /** The rep. */
  readonly rep: string
  /** The statement period, both ends included. */
  readonly period: {
    /** First day, `YYYY-MM-DD`. */
    readonly start: string
    /** Last day, `YYYY-MM-DD`. */
    readonly end: string
  }
  /** The quota for the full period (for attainment tiers, gates and bonuses). */
  readonly quota?: DecimalInput | undefined
  /**
   * The rep's employment dates, when they join or leave mid-period (quota and bonus targets are prorated by
   * calendar days).
   */
  readonly employment?: EmploymentInput | undefined
  /** Sales and their reversals. */
  readonly transactions?: readonly CommissionTransactionInput[] | undefined
  /** Cash collected, for recognition on payment. */
  readonly payments?: readonly CommissionPaymentInput[] | undefined
  /** Manual adjustments (positive or negative), each with a reason. */
  readonly adjustments?: readonly AdjustmentInput[] | undefined
  /** What the rep owed at the start (recoverable draws, negative earnings), zero or more (0 by default). */
  readonly priorBalance?: DecimalInput | undefined
  /** Commission above the cap carried from earlier periods (a `carry-forward` plan), zero or more. */
  readonly priorCapCarry?: DecimalInput | undefined
  /**
   * The part of `priorBalance` that is clawbacks not yet recovered (a draw never forgives it); zero by
   * default.
   */
  readonly priorClawbackBalance?: DecimalInput | undefined
  /** KPI results for KPI bonuses: KPI id → value. */
  readonly kpis?: Readonly<Record<string, DecimalInput>> | undefined
  /**
   * Exchange rates into the plan's currency: currency code → how many units of the plan's currency one unit
   * of it is worth (`{ USD: '7.1' }` on a CNY plan: 1 USD = 7.1 CNY).
   */
  readonly exchangeRates?: Readonly<Record<string, DecimalInput>> | undefined
}

/**
 * What a plan year of statements is computed from (年度累计结算): every transaction of the year,
 * the annual quota, and how often the plan pays.
 *
 * @group Commission
 */
export const CommissionYearInputSchema = once(() =>
  z
    .strictObject({
      /** The rep. */
      rep: IdSchema(),
      /** The plan year: it starts on the first day of a month and lasts at most twelve months. */
      year: z.strictObject({
        /** First day, the 1st of a month. */
        start: DateSchema(),
        /** Last day. */
        end: DateSchema(),
      }),
      /** How often commission is settled: every month (default) or every quarter. */
      every: z.literal(['month', 'quarter']).default('month'),
      /** The last period computed is the one holding this date (the year's last by default). */
      through: DateSchema().optional(),
      /** The annual quota: attainment is the year-to-date base ÷ this. */
      quota: PositiveDecimalSchema().optional(),
      /** The rep's employment dates within the year. */
      employment: EmploymentSchema().optional(),
      /** Every sale and reversal of the year. */
      transactions: z.array(CommissionTransactionSchema()).default([]),
      /** Cash collected, for recognition on payment. */
      payments: z.array(CommissionPaymentSchema()).default([]),
      /** Manual adjustments, each counted from the period holding its date. */
      adjustments: z.array(AdjustmentSchema()).default([]),
      /** KPI results for KPI bonuses: KPI id → value. */
      kpis: z.record(z.string(), DecimalSchema()).default({}),
      /** Exchange rates into the plan's currency, for amounts in another; see {@link ExchangeRatesSchema}. */
      exchangeRates: ExchangeRatesSchema().default({}),
      /** What the rep owed when the year (or `previous`) started. */
      priorBalance: NonNegativeDecimalSchema().prefault(0),
      /**
       * Where earlier statements of this year left off, when they were settled elsewhere: statements start
       * with
       * the period after `through`. Without it, every period from the start of the year is computed and
       * settled
       * in turn.
       */
      previous: z
        .strictObject({
          /** The last day of the last period settled. */
          through: DateSchema(),
          /** The year-to-date earnings settled so far (paid, carried or forfeited above the cap). */
          settled: DecimalSchema(),
          /** Paid so far this year. */
          paidToDate: DecimalSchema().optional(),
          /** Commission above the cap still carried. */
          capCarried: NonNegativeDecimalSchema().prefault(0),
          /** What the rep owes. */
          balance: NonNegativeDecimalSchema().prefault(0),
          /** The part of `balance` that is clawbacks not yet recovered. */
          clawbackBalance: NonNegativeDecimalSchema().prefault(0),
        })
        .optional(),
    })
    .check(
      whenValid((input, ctx) => {
        const { start, end } = input.year
        if (start.slice(8) !== '01') addIssue(ctx, 'commission.year-start', ['year', 'start'])
        else {
          // the day before the same day twelve months on
          const last = utcText(utcDate(Number(start.slice(0, 4)), Number(start.slice(5, 7)) + 12, 0))
          if (end < start) addIssue(ctx, 'range.reversed', ['year', 'end'], { start, end })
          else if (end > last) addIssue(ctx, 'commission.year-end', ['year', 'end'], { end: last })
        }
        checkUniqueIds(input.transactions, 'id', ['transactions'], ctx)
        if (input.previous !== undefined && input.previous.clawbackBalance.gt(input.previous.balance))
          addIssue(ctx, 'commission.clawback-balance', ['previous', 'clawbackBalance'], {
            balance: input.previous.balance.toString(),
          })
        if (input.previous !== undefined && (input.previous.through < start || input.previous.through >= end))
          addIssue(ctx, 'range.outside-period', ['previous', 'through'], {
            start: input.previous.through,
            end: input.previous.through,
            period: `${start}..${end}`,
          })
      }),
    ),
)

/**
 * A plan year's input, as passed in.
 *
 * @group Commission
 */
export interface CommissionYearInput {
  /** The rep. */
  readonly rep: string
  /** The plan year: it starts on the first day of a month and lasts at most twelve months. */
  readonly year: {
    /** First day, the 1st of a month, `YYYY-MM-DD`. */
    readonly start: string
    /** Last day, `YYYY-MM-DD`. */
    readonly end: string
  }
  /** How often commission is settled: every month (default) or every quarter. */
  readonly every?: 'month' | 'quarter' | undefined
  /** The last period computed is the one holding this date (the year's last by default). */
  readonly through?: string | undefined
  /** The annual quota: attainment is the year-to-date base ÷ this. */
  readonly quota?: DecimalInput | undefined
  /** The rep's employment dates within the year. */
  readonly employment?: EmploymentInput | undefined
  /** Every sale and reversal of the year. */
  readonly transactions?: readonly CommissionTransactionInput[] | undefined
  /** Cash collected, for recognition on payment. */
  readonly payments?: readonly CommissionPaymentInput[] | undefined
  /** Manual adjustments, each counted from the period holding its date. */
  readonly adjustments?: readonly AdjustmentInput[] | undefined
  /** KPI results for KPI bonuses: KPI id → value. */
  readonly kpis?: Readonly<Record<string, DecimalInput>> | undefined
  /**
   * Exchange rates into the plan's currency: currency code → how many units of the plan's currency one unit
   * of it is worth (`{ USD: '7.1' }` on a CNY plan: 1 USD = 7.1 CNY).
   */
  readonly exchangeRates?: Readonly<Record<string, DecimalInput>> | undefined
  /** What the rep owed when the year (or `previous`) started (0 by default). */
  readonly priorBalance?: DecimalInput | undefined
  /**
   * Where earlier statements of this year left off, when they were settled elsewhere: statements start with
   * the period after `through`. Without it, every period from the start of the year is computed and settled
   * in turn.
   */
  readonly previous?:
    | {
        /** The last day of the last period settled. */
        readonly through: string
        /** The year-to-date earnings settled so far (paid, carried or forfeited above the cap). */
        readonly settled: DecimalInput
        /** Paid so far this year. */
        readonly paidToDate?: DecimalInput | undefined
        /** Commission above the cap still carried (0 by default). */
        readonly capCarried?: DecimalInput | undefined
        /** What the rep owes (0 by default). */
        readonly balance?: DecimalInput | undefined
        /** The part of `balance` that is clawbacks not yet recovered (0 by default). */
        readonly clawbackBalance?: DecimalInput | undefined
      }
    | undefined
}
