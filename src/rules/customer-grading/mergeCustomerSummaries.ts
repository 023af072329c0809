import * as z from 'zod'
import { sum } from '../../core/decimal'
import type { PathSegment } from '../../core/errors'
import { fail, parseWith } from '../../core/schema'
import {
  CustomerGradingPolicySchema,
  type CustomerGradingPolicy,
  type CustomerGradingPolicyInput,
} from '../../models/customer'
import { mergeGroups } from './_lib/pareto'
import {
  CustomerValueSummarySchema,
  type CustomerValueSummary,
  type CustomerValueSummaryInput,
} from './_lib/summary'
import { valueMethod } from './summarizeCustomerValues'

/** Parses a summary and checks it belongs to the policy and adds up. @internal */
export function checkSummary(
  policy: CustomerGradingPolicy,
  input: CustomerValueSummaryInput,
  path: readonly PathSegment[],
): CustomerValueSummary {
  const method = valueMethod(policy)
  const s = parseWith(CustomerValueSummarySchema(), input, 'INVALID_INPUT', path)
  const bad = (where: PathSegment, code: 'grading.summary-policy' | 'grading.summary-total') =>
    fail('INVALID_INPUT', code, [...path, where])
  if (s.policyId !== policy.id || s.measure !== method.measure) bad('policyId', 'grading.summary-policy')
  const total = sum(s.groups.map((g) => g.value.times(g.count)))
  const count = s.groups.reduce((a, g) => a + g.count, 0)
  if (!total.eq(s.total) || count !== s.customers) bad('total', 'grading.summary-total')
  return { ...s, groups: mergeGroups([s.groups]) }
}

/**
 * Merges the summaries of several partitions (from {@link summarizeCustomerValues}, possibly
 * sent as JSON from other workers or machines) into the summary of the whole customer base.
 *
 * @param policy - The grading policy the summaries were made for.
 * @param summaries - The partitions' summaries.
 * @returns One summary: counts and totals added, equal values merged.
 * @throws {SalesRulesError} `INVALID_INPUT` when a summary is malformed, made for another policy or measure
 * (`grading.summary-policy`), or does not add up (`grading.summary-total`), with its path.
 *
 * @example
 * const policy = defineCustomerGradingPolicy({
 *   id: 'abc', version: '1', effectiveFrom: '2026-01-01',
 *   method: { kind: 'pareto', measure: 'revenue', lookbackMonths: 12, cutoffs: ['0.8', '0.95', '1'] },
 *   noHistory: { grade: 'C' },
 * })
 * const a = summarizeCustomerValues(policy, [{ id: 'c1', value: 100 }])
 * const b = summarizeCustomerValues(policy, [{ id: 'c2', value: 100 }, { id: 'c3', value: 50 }])
 * const merged = mergeCustomerSummaries(policy, [a, JSON.parse(JSON.stringify(b))])
 * merged.groups.map((g) => [g.value.toString(), g.count]) //=> [['100', 2], ['50', 1]]
 *
 * @group Customer grading
 */
export function mergeCustomerSummaries(
  policy: CustomerGradingPolicyInput,
  summaries: readonly CustomerValueSummaryInput[],
): CustomerValueSummary {
  const parsed = parseWith(CustomerGradingPolicySchema(), policy, 'INVALID_POLICY')
  const method = valueMethod(parsed)
  const list = parseWith(z.array(z.unknown()).min(1), summaries, 'INVALID_INPUT', ['summaries'])
  const checked = list.map((s, i) => checkSummary(parsed, s as CustomerValueSummaryInput, ['summaries', i]))
  return {
    policyId: parsed.id,
    measure: method.measure,
    customers: checked.reduce((a, s) => a + s.customers, 0),
    total: sum(checked.map((s) => s.total)),
    groups: mergeGroups(checked.map((s) => s.groups)),
  }
}
