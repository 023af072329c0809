import * as z from 'zod'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../core/versioning'
import { DateSchema, parseWith } from '../../core/schema'
import {
  CustomerGradingPolicySchema,
  CustomerSchema,
  type CustomerGradingPolicyInput,
  type CustomerInput,
} from '../../models/customer'
import { checkCustomers, gradeAll, type CustomerGrading } from './_lib/grade'
import type { CustomerValueSummaryInput } from './_lib/summary'
import { checkSummary } from './mergeCustomerSummaries'
import { once } from '../../core/once'

/**
 * Options of {@link gradeCustomers}.
 *
 * @group Customer grading
 */
export interface GradeCustomersOptions {
  /** The evaluation date, `YYYY-MM-DD` (the end of the look-back window). */
  readonly asOf: string
  /**
   * A merged summary of every partition (see {@link mergeCustomerSummaries}): the Pareto cut-offs,
   * ranks and cumulative shares then come from the whole customer base, not only from the
   * customers of this call, so partitions graded separately get the grades one call would give.
   */
  readonly summary?: CustomerValueSummaryInput
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema(), summary: z.unknown().optional() }))

/**
 * Grades customers A/B/C (客户 ABC 分级) by the policy's method:
 * - **Pareto**: customers sorted by value, highest first; a customer's grade is the first grade
 *   whose cumulative-share cut-off the customers *above* it have not reached, so the customer
 *   whose share crosses a cut-off stays in the higher grade, and equal values share a grade;
 * - **thresholds**: the first grade whose minimum the value reaches (a value equal to the
 *   minimum reaches it);
 * - **weighted**: the scorecard of the opportunity matrix on customer criteria.
 * Customers without history get the policy's no-history grade; hysteresis keeps last period's
 * higher grade until the customer has been below it for the policy's number of periods; a manual
 * override wins and is flagged.
 *
 * @param policy - The grading policy, or the list of its versions (the one in force on `options.asOf`
 * grades); see {@link CustomerGradingPolicyInput}.
 * @param customers - Customers with their value (or ratings), last period's grade and any override.
 * @param options - `asOf` date; optionally a merged `summary` of every partition.
 * @returns Each customer's grade with rank, value, share, cumulative share, reason and movement; a per-grade
 * summary; the cut-offs; a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` or `INVALID_INPUT`, with the path of each bad field
 * (`grading.duplicate-customer`, `grading.negative-value`, `grading.unknown-grade`…);
 * `NO_POLICY_IN_FORCE` when no version is in force on `options.asOf`.
 *
 * @example
 * const policy = defineCustomerGradingPolicy({
 *   id: 'abc',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   method: { kind: 'pareto', measure: 'revenue', lookbackMonths: 12, cutoffs: ['0.8', '0.95', '1'] },
 *   noHistory: { grade: 'C' },
 * })
 * const customers = [
 *   { id: 'c1', value: '500000' },
 *   { id: 'c2', value: '300000' },
 *   { id: 'c3', value: '150000' },
 *   { id: 'c4', value: '50000' },
 * ]
 * const graded = gradeCustomers(policy, customers, { asOf: '2026-06-30' })
 * graded.customers.map((c) => c.grade) //=> ['A', 'A', 'B', 'C']
 *
 * @group Customer grading
 */
export function gradeCustomers(
  policy: PolicyOrVersions<CustomerGradingPolicyInput>,
  customers: readonly CustomerInput[],
  options: GradeCustomersOptions,
): CustomerGrading {
  // the decision's date is the grading's `asOf`: the version in force on it grades
  return withPolicyInForce(
    policy,
    () => optionOf(options, 'asOf'),
    ['options', 'asOf'],
    (p) => gradeWith(p, customers, options),
  )
}

function gradeWith(
  policy: CustomerGradingPolicyInput,
  customers: readonly CustomerInput[],
  options: GradeCustomersOptions,
): CustomerGrading {
  const parsed = parseWith(CustomerGradingPolicySchema(), policy, 'INVALID_POLICY')
  const list = parseWith(z.array(CustomerSchema()), customers, 'INVALID_INPUT', ['customers'])
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  checkCustomers(parsed, list)
  const groups =
    opts.summary === undefined
      ? undefined
      : checkSummary(parsed, opts.summary as CustomerValueSummaryInput, ['options', 'summary']).groups
  return gradeAll(parsed, list, opts.asOf, groups)
}
