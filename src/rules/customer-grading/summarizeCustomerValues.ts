import * as z from 'zod'
import { sum } from '../../core/decimal'
import { fail, parseWith } from '../../core/schema'
import {
  CustomerGradingPolicySchema,
  CustomerSchema,
  type CustomerGradingPolicy,
  type CustomerGradingPolicyInput,
  type CustomerInput,
} from '../../models/customer'
import { checkCustomers, valuesOf } from './_lib/grade'
import { groupValues } from './_lib/pareto'
import type { CustomerValueSummary } from './_lib/summary'

/** The value-based method of a policy, or an error for the weighted one. @internal */
export function valueMethod(
  policy: CustomerGradingPolicy,
): Exclude<CustomerGradingPolicy['method'], { kind: 'weighted' }> {
  if (policy.method.kind === 'weighted') {
    fail('INVALID_POLICY', 'grading.not-value-based', ['method', 'kind'])
  }
  return policy.method
}

/**
 * Summarises one partition of the customer base for Pareto grading in parallel: the distinct
 * values and their counts. Summaries of every partition merged with
 * {@link mergeCustomerSummaries} and passed to {@link gradeCustomers} give each partition exactly
 * the grades, ranks and cumulative shares that one call over every customer would give.
 *
 * @param policy - A grading policy with a value-based method (Pareto or thresholds).
 * @param customers - The partition's customers.
 * @returns The partition's summary (customers with history only).
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad or weighted policy (`grading.not-value-based`);
 * `INVALID_INPUT` with the path of a bad customer.
 *
 * @example
 * const policy = defineCustomerGradingPolicy({
 *   id: 'abc',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   method: { kind: 'pareto', measure: 'revenue', lookbackMonths: 12, cutoffs: ['0.8', '0.95', '1'] },
 *   noHistory: { grade: 'C' },
 * })
 * const summary = summarizeCustomerValues(policy, [
 *   { id: 'c1', value: 100 },
 *   { id: 'c2', value: 100 },
 *   { id: 'c3' },
 * ])
 * ;[summary.customers, summary.total.toString(), summary.groups.length] //=> [2, '200', 1]
 *
 * @group Customer grading
 */
export function summarizeCustomerValues(
  policy: CustomerGradingPolicyInput,
  customers: readonly CustomerInput[],
): CustomerValueSummary {
  const parsed = parseWith(CustomerGradingPolicySchema(), policy, 'INVALID_POLICY')
  const method = valueMethod(parsed)
  const list = parseWith(z.array(CustomerSchema()), customers, 'INVALID_INPUT', ['customers'])
  checkCustomers(parsed, list)
  const values = valuesOf(list)
  return {
    policyId: parsed.id,
    measure: method.measure,
    customers: values.length,
    total: sum(values),
    groups: groupValues(values),
  }
}
