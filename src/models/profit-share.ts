/**
 * The year-end profit-sharing pool (年终分红): who shares it, by what weight, and the caps.
 */
import * as z from 'zod'
import type { DecimalInput } from '../core/decimal'
import {
  checkUniqueIds,
  IdSchema,
  NonNegativeDecimalSchema,
  RoundingPolicySchema,
  whenValid,
} from '../core/schema'
import type { RoundingPolicyInput } from '../core/schema'
import { once } from '../core/once'

/**
 * What a participant's weight in the pool is: their revenue (`revenue`), their appraisal's bonus
 * multiplier (`appraisal`), or their revenue × that multiplier (`revenue-and-appraisal`).
 *
 * @group Commission
 */
export const PROFIT_SHARE_BASES = ['revenue', 'appraisal', 'revenue-and-appraisal'] as const

/**
 * How a year-end pool is shared.
 *
 * @group Commission
 */
export const ProfitShareRuleSchema = once(() =>
  z.strictObject({
    /** The weight of each participant; see {@link PROFIT_SHARE_BASES}. */
    shareBy: z.literal(PROFIT_SHARE_BASES),
    /** The most one participant receives; what a cap holds back goes to the others by their weights. */
    cap: NonNegativeDecimalSchema().optional(),
    /**
     * The pool's rounding: the parts are at its scale and add up exactly to the rounded pool (2, half-up).
     */
    rounding: RoundingPolicySchema().prefault({ scale: 2, mode: 'half-up' }),
  }),
)

/**
 * How a year-end pool is shared.
 *
 * @group Commission
 */
export interface ProfitShareRuleInput {
  /** The weight of each participant; see {@link PROFIT_SHARE_BASES}. */
  readonly shareBy: 'revenue' | 'appraisal' | 'revenue-and-appraisal'
  /** The most one participant receives; what a cap holds back goes to the others by their weights. */
  readonly cap?: DecimalInput | undefined
  /** The pool's rounding: the parts are at its scale and add up exactly to the rounded pool (2, half-up). */
  readonly rounding?: RoundingPolicyInput | undefined
}

/**
 * One participant of the pool.
 *
 * @group Commission
 */
export const ProfitShareParticipantSchema = once(() =>
  z.strictObject({
    /** The participant. */
    id: IdSchema(),
    /** Their revenue of the year (for `revenue` and `revenue-and-appraisal`). */
    revenue: NonNegativeDecimalSchema().optional(),
    /**
     * Their appraisal's bonus multiplier (`appraise(…).consequences.bonusMultiplier`, for the appraisal
     * bases).
     */
    multiplier: NonNegativeDecimalSchema().optional(),
    /** Their own cap, which takes precedence over the rule's. */
    cap: NonNegativeDecimalSchema().optional(),
  }),
)

/**
 * One participant of the pool.
 *
 * @group Commission
 */
export interface ProfitShareParticipantInput {
  /** The participant. */
  readonly id: string
  /** Their revenue of the year (for `revenue` and `revenue-and-appraisal`). */
  readonly revenue?: DecimalInput | undefined
  /**
   * Their appraisal's bonus multiplier (`appraise(…).consequences.bonusMultiplier`, for the appraisal bases).
   */
  readonly multiplier?: DecimalInput | undefined
  /** Their own cap, which takes precedence over the rule's. */
  readonly cap?: DecimalInput | undefined
}

/** The participants: at least one, each once. @internal */
export const ProfitShareParticipantsSchema = once(() =>
  z
    .array(ProfitShareParticipantSchema())
    .min(1)
    .max(100_000)
    .check(whenValid((list, ctx) => checkUniqueIds(list, 'id', [], ctx))),
)

/** The pool: a non-negative amount. @internal */
export const ProfitSharePoolSchema = once(() => NonNegativeDecimalSchema())
