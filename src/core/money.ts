/**
 * Public money helpers: parsing amounts and rates, rounding by a policy, and allocating an amount
 * over weights so the parts add up to the cent.
 */
import * as z from 'zod'
import { allocateUnits, roundTo, sum, type Decimal, type RoundingPolicy } from './decimal'
import {
  addIssue,
  DecimalSchema,
  NonNegativeDecimalSchema,
  parseWith,
  RoundingPolicySchema,
  whenValid,
} from './schema'
import { step, type TraceStep } from './trace'
import { once } from './once'

/**
 * Parses an amount or a rate from a decimal string or a finite number into an exact
 * {@link Decimal} of the library's own clone.
 *
 * Accepted: `"1234.50"`, `"-3"`, `"1.5e3"`, `12.5`. Rejected with `INVALID_INPUT`: `NaN`,
 * `Infinity`, `""`, `"12abc"`, `"1e999"`, magnitudes of 10^15 or more, more than 12 decimal
 * places (a float such as `0.1 + 0.2` is rejected rather than silently kept), and anything not a
 * string or a number. Negative zero becomes zero.
 *
 * @param value - The amount, as a string or a number.
 * @returns The exact decimal.
 * @throws {SalesRulesError} `INVALID_INPUT`, with issue code `decimal.not-a-number`, `decimal.not-finite`,
 * `decimal.too-large` or `decimal.too-precise`.
 *
 * @example
 * parseAmount('1234.50').toFixed(2) //=> '1234.50'
 *
 * @group Core
 */
export function parseAmount(value: string | number): Decimal {
  return parseWith(DecimalSchema(), value, 'INVALID_INPUT')
}

/**
 * Rounds an amount to a policy's scale and mode. The only place a rule's money is rounded is
 * where its policy says; this is the same operation for callers.
 *
 * @param value - The amount, as a string or a number.
 * @param rounding - `{ scale, mode }`; modes: `half-up`, `half-even`, `down`, `up`, `floor`, `ceiling`.
 * @returns The rounded decimal (never negative zero).
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad argument.
 *
 * @example
 * roundAmount('2.345', { scale: 2, mode: 'half-even' }).toFixed(2) //=> '2.34'
 *
 * @group Core
 */
export function roundAmount(value: string | number, rounding: RoundingPolicy): Decimal {
  const amount = parseWith(DecimalSchema(), value, 'INVALID_INPUT', ['value'])
  return roundTo(amount, parseWith(RoundingPolicySchema(), rounding, 'INVALID_INPUT', ['rounding']))
}

const WeightsSchema = once(() =>
  z
    .array(NonNegativeDecimalSchema())
    .min(1)
    .check(
      whenValid((weights, ctx) => {
        if (sum(weights).isZero()) addIssue(ctx, 'weights.all-zero', [])
      }),
    ),
)

/**
 * The result of {@link allocate}.
 *
 * @group Core
 */
export interface Allocation {
  /** The total, rounded by the policy: what the parts add up to. */
  readonly total: Decimal
  /** One part per weight, in the order of the weights, each at the policy's scale. */
  readonly parts: readonly Decimal[]
  /** The allocation step by step: the rounded total, each part, and which parts got a remainder unit. */
  readonly trace: readonly TraceStep[]
}

/**
 * Splits an amount over weights so the rounded parts add up exactly to the rounded total
 * (largest-remainder method): each part gets its exact share rounded toward zero, and the units
 * left over go one each to the parts with the largest remainders, ties to the earlier part.
 * Used for commission splits (40/60 of an odd cent) and budget distributions.
 *
 * @param total - The amount to split (string or number); it is first rounded by `rounding`.
 * @param weights - Non-negative weights, at least one above zero (percentages, fractions or counts).
 * @param rounding - `{ scale, mode }` for the total; parts are at the same scale.
 * @returns The rounded total, the parts and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field (`weights.all-zero` when every
 * weight is zero).
 *
 * @example
 * const { parts } = allocate('100.00', [1, 1, 1], { scale: 2, mode: 'half-up' })
 * parts.map((p) => p.toFixed(2)) //=> ['33.34', '33.33', '33.33']
 *
 * @group Core
 */
export function allocate(
  total: string | number,
  weights: readonly (string | number)[],
  rounding: RoundingPolicy,
): Allocation {
  const amount = parseWith(DecimalSchema(), total, 'INVALID_INPUT', ['total'])
  const ws = parseWith(WeightsSchema(), weights, 'INVALID_INPUT', ['weights'])
  const policy = parseWith(RoundingPolicySchema(), rounding, 'INVALID_INPUT', ['rounding'])
  const rounded = roundTo(amount, policy)
  const { parts, extra } = allocateUnits(rounded, ws, policy.scale)
  const trace: TraceStep[] = [
    step('allocate.total', {
      total: rounded.toFixed(policy.scale),
      parts: parts.length,
      scale: policy.scale,
    }),
  ]
  parts.forEach((part, index) => {
    trace.push(
      step('allocate.part', {
        index: index + 1,
        weight: ws[index] as Decimal,
        amount: part.toFixed(policy.scale),
      }),
    )
    if (extra[index]) trace.push(step('allocate.extra-unit', { index: index + 1 }))
  })
  return { total: rounded, parts, trace }
}
