import type { PolicyStamp } from '../../../core/versioning'
import type * as z from 'zod'
import type { Decimal } from '../../../core/decimal'
import type { LocalizedText, TraceStep } from '../../../core/trace'
import type { CommissionInputSchema, CommissionPlan } from '../../../models/commission'

/** A validated statement input. @internal */
export type Input = z.output<ReturnType<typeof CommissionInputSchema>>
/** A validated transaction. @internal */
export type Transaction = Input['transactions'][number]

/**
 * One line of a statement: a credited sale or payment, or a clawback.
 *
 * @group Commission
 */
export interface CommissionLine {
  /** The transaction. */
  readonly transactionId: string
  /** `sale` (booking or invoice), `payment` (cash collected) or `clawback`. */
  readonly kind: 'sale' | 'payment' | 'clawback'
  /** The date it counts on. */
  readonly date: string
  /** The amount credited to the rep (its share of the sale, payment or refund). */
  readonly credited: Decimal
  /** The rep's share of the transaction (1 without splits). */
  readonly share: Decimal
  /** The commission base of the line (zero for a clawback). */
  readonly base: Decimal
  /**
   * The rate applied: the flat, category or tier rate; for a marginal plan the line's share of the tiered
   * commission ÷ its base; `null` for a clawback.
   */
  readonly rate: Decimal | null
  /** The tier index reached (tiered plans), or `null`. */
  readonly tier: number | null
  /** The line's commission, rounded by the plan (negative for a clawback). */
  readonly commission: Decimal
}

/**
 * One tier of a tiered plan on this statement.
 *
 * @group Commission
 */
export interface TierBreakdown {
  /** Lower bound, in base amount (attainment tiers converted with the quota). */
  readonly from: Decimal
  /** Upper bound (exclusive), or `null` for the top tier. */
  readonly to: Decimal | null
  /** The tier's rate. */
  readonly rate: Decimal
  /**
   * The part of the tiered base in this tier (marginal), or the whole base for the tier reached
   * (retroactive).
   */
  readonly slice: Decimal
  /** `slice × rate`, exact (rounding happens on the total or the lines). */
  readonly commission: Decimal
}

/**
 * One bonus of a statement.
 *
 * @group Commission
 */
export interface BonusResult {
  /** The bonus. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
  /** What was measured. */
  readonly actual: Decimal
  /** The target, prorated for a partial period of employment. */
  readonly target: Decimal
  /** `actual ≥ target`. */
  readonly met: boolean
  /** The bonus paid (zero when missed). */
  readonly amount: Decimal
  /** The span measured, for a bonus with its own cadence (`every`) in a plan year. */
  readonly period?: {
    /** First day of the span. */
    readonly start: string
    /** Last day of the span. */
    readonly end: string
  }
}

/**
 * The year-to-date true-up of one period (年度累计补差).
 *
 * @group Commission
 */
export interface YearToDate {
  /** The plan year's first day. */
  readonly yearStart: string
  /**
   * What the plan has earned from the start of the year to the end of this period, on the cumulative base and
   * attainment.
   */
  readonly earned: Decimal
  /** What earlier periods settled: paid, carried or forfeited above the cap. */
  readonly settled: Decimal
  /** `earned − settled`: this period's new earnings, before the cap and the draw. */
  readonly trueUp: Decimal
  /** What the cap forfeited this period (zero or positive). */
  readonly forfeited: Decimal
  /** Paid from the year's earnings so far, this period included (draws not counted). */
  readonly paidToDate: Decimal
}

/**
 * A commission statement (提成结算单).
 *
 * @group Commission
 */
export interface CommissionStatement {
  /** The rep. */
  readonly rep: string
  /** The period. */
  readonly period: {
    /** First day. */
    readonly start: string
    /** Last day. */
    readonly end: string
  }
  /** The plan's currency. */
  readonly currency: string
  /** The plan version that decided, as every result of the library stamps it. */
  readonly policy: PolicyStamp
  /**
   * The plan used: the same stamp as {@link CommissionStatement.policy}.
   *
   * @deprecated Read `policy`; `plan` stays for statements read by code written for 0.1.
   */
  readonly plan: PolicyStamp
  /** Credited transactions and clawbacks. */
  readonly lines: readonly CommissionLine[]
  /** Tier breakdown (tiered plans). */
  readonly tiers: readonly TierBreakdown[]
  /** Total commission base. */
  readonly base: Decimal
  /** The quota used (prorated), or `null`. */
  readonly quota: Decimal | null
  /** base ÷ quota, or `null` without a quota. */
  readonly attainment: Decimal | null
  /** True when the gate was not met and nothing was paid. */
  readonly gated: boolean
  /** Commission from the sale lines, after the gate, cap and floor. */
  readonly commission: Decimal
  /** What the cap took off (zero or negative). */
  readonly capAdjustment: Decimal
  /** Commission carried from earlier periods and paid under this period's cap (a `carry-forward` plan). */
  readonly capReleased: Decimal
  /**
   * Commission above the cap still carried forward after this statement (pass it as the next
   * `priorCapCarry`).
   */
  readonly capCarried: Decimal
  /** What the floor added (zero or positive). */
  readonly floorAdjustment: Decimal
  /** Σ of the clawback lines (zero or negative). */
  readonly clawbacks: Decimal
  /**
   * Every refund, cancellation and write-off of the period, with what it did: clawed back, reduced the base,
   * or nothing (no clawback in the plan, or past the window).
   */
  readonly reversals: readonly CommissionReversal[]
  /** Each bonus. */
  readonly bonuses: readonly BonusResult[]
  /** Σ of the manual adjustments. */
  readonly adjustments: Decimal
  /** commission + clawbacks + bonuses + adjustments. */
  readonly earnings: Decimal
  /** True when the draw was paid instead of lower earnings. */
  readonly drawPaid: boolean
  /** Recovered towards what the rep owed. */
  readonly recovered: Decimal
  /** The amount to pay. */
  readonly payable: Decimal
  /** What the rep owes after this statement (carry forward as next `priorBalance`). */
  readonly balance: Decimal
  /**
   * The part of `balance` that is clawbacks not yet recovered (carry forward as next `priorClawbackBalance`):
   * a draw never forgives it.
   */
  readonly clawbackBalance: Decimal
  /**
   * For a statement of {@link calculateCommissionYear}: the year-to-date true-up; `null` for a single-period
   * statement. In a year-to-date statement, `lines`, `tiers`, `base`, `attainment`, `commission` (before the
   * cap), `clawbacks`, `adjustments` and `earnings` (without bonuses) are year to date; `bonuses` (on the
   * period's own figures), `capAdjustment`, `capReleased`, `capCarried`, `floorAdjustment`, `payable`,
   * `balance` and `recovered` are the period's.
   */
  readonly yearToDate: YearToDate | null
  /** Every figure, explained. */
  readonly trace: readonly TraceStep[]
}

/**
 * What a refund, cancellation or write-off did on a statement.
 *
 * @group Commission
 */
export interface CommissionReversal {
  /** The reversal. */
  readonly transactionId: string
  /** `refund`, `cancellation` or `write-off`. */
  readonly type: 'refund' | 'cancellation' | 'write-off'
  /** The original sale. */
  readonly originalId: string
  /** The reversal's date. */
  readonly date: string
  /** Days from the original sale. */
  readonly days: number
  /**
   * `clawed-back` (commission reversed), `base-reduced` (taken off the base and the attainment),
   * `no-clawback` (the plan has no clawback: nothing reversed), `past-window` (after the clawback window:
   * nothing reversed) or `nothing-earned` (on payment recognition, it reversed only cash that was never
   * collected, which had earned no commission: nothing reversed).
   */
  readonly outcome: 'clawed-back' | 'base-reduced' | 'no-clawback' | 'past-window' | 'nothing-earned'
  /**
   * The part of the amount given back that had earned commission: all of it on booking or invoice; on payment
   * recognition only cash that had been collected.
   */
  readonly reversedCredit: Decimal
  /** The commission taken back (zero or positive; zero unless `clawed-back`). */
  readonly clawedBack: Decimal
}

/** A credited sale or payment, or a reversal taken off the base, as the credit stage found it. @internal */
export interface Credit {
  readonly tx: Transaction
  readonly kind: 'sale' | 'payment' | 'clawback'
  readonly date: string
  readonly credited: Decimal
  readonly share: Decimal
  readonly base: Decimal
  readonly overlay: boolean
  readonly categoryRate: Decimal | undefined
}

/**
 * What every stage reads: the plan, the input, the rounding, the employment window and the quota. Built once
 * per statement by {@link statementContext}. @internal
 */
export interface StatementContext {
  readonly plan: CommissionPlan
  readonly input: Input
  readonly round: (d: Decimal) => Decimal
  readonly money: (d: Decimal) => string
  readonly inPeriod: (date: string) => boolean
  /** The first and last day of employment inside the period (the period's when employed throughout). */
  readonly employed: { readonly start: string; readonly end: string; readonly days: number }
  /** Days in the period. */
  readonly periodDays: number
  /** Credit counts from `creditFrom` to `creditUntil` (the end of employment plus any tail), inclusive. */
  readonly creditFrom: string | undefined
  readonly creditUntil: string | undefined
  /** An amount prorated for the days employed in the period, rounded by the plan. */
  readonly prorate: (amount: Decimal) => Decimal
  /** The quota the attainment is measured against, or `null`. */
  readonly quota: Decimal | null
  /**
   * True for a year-to-date settlement, whose input holds the year's sales and payments: the commission a
   * reversal may take back is derived from the sale's own lines, not taken from the caller.
   */
  readonly ledger: boolean
}
