import * as z from 'zod'
import { type Decimal, type DecimalInput } from '../../../core/decimal'
import { DecimalSchema, IdSchema, wholeNumber } from '../../../core/schema'
import { CUSTOMER_MEASURES, type CustomerMeasure } from '../../../models/customer'
import type { ValueGroup } from './pareto'
import { once } from '../../../core/once'

/**
 * A mergeable summary of customer values: the distinct values and how many customers have each.
 *
 * @group Customer grading
 */
export interface CustomerValueSummary {
  /** The policy the values were measured for. */
  readonly policyId: string
  /** The measure. */
  readonly measure: CustomerMeasure
  /** Customers counted (those with history). */
  readonly customers: number
  /** Σ of the values. */
  readonly total: Decimal
  /** Distinct values, highest first, with their counts. */
  readonly groups: readonly ValueGroup[]
}

/**
 * A summary as it comes back from another worker or machine (decimals as strings).
 *
 * @group Customer grading
 */
export const CustomerValueSummarySchema = once(() =>
  z.strictObject({
    /** The policy id. */
    policyId: IdSchema(),
    /** The measure. */
    measure: z.literal(CUSTOMER_MEASURES),
    /** Customers counted. */
    customers: wholeNumber(0, Number.MAX_SAFE_INTEGER),
    /** Σ of the values, losses included (checked against the groups). */
    total: DecimalSchema(),
    /** Distinct values with their counts. */
    groups: z.array(
      z.strictObject({
        /** The value (negative for a loss). */
        value: DecimalSchema(),
        /** How many customers have it. */
        count: z.number().int().min(1),
      }),
    ),
  }),
)

/**
 * A summary as passed in.
 *
 * @group Customer grading
 */
export type CustomerValueSummaryInput = SerializedCustomerValueSummary | CustomerValueSummary

/**
 * A summary as it comes back from another worker or machine (decimals as strings).
 *
 * @group Customer grading
 */
export interface SerializedCustomerValueSummary {
  /** The policy id. */
  readonly policyId: string
  /** The measure. */
  readonly measure: CustomerMeasure
  /** Customers counted. */
  readonly customers: number
  /** Σ of the values (checked against the groups). */
  readonly total: DecimalInput
  /** Distinct values with their counts. */
  readonly groups: readonly {
    /** The value. */
    readonly value: DecimalInput
    /** How many customers have it. */
    readonly count: number
  }[]
}
