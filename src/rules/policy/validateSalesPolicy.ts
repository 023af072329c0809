import type { SalesRulesIssue } from '../../core/errors'
import { SalesRulesError } from '../../core/errors'
import { step, type TraceStep } from '../../core/trace'
import { POLICY_DOMAINS, type SalesPolicy, type SalesPolicyInput } from '../../models/policy'
import { parseSalesPolicy } from './parseSalesPolicy'

/**
 * The result of {@link validateSalesPolicy}: the parsed policy, or every issue.
 *
 * @group Sales policy
 */
export type SalesPolicyValidation =
  | {
      /** The document is valid. */
      readonly ok: true
      /** The validated policy. */
      readonly policy: SalesPolicy
      /** Which domains it holds. */
      readonly trace: readonly TraceStep[]
    }
  | {
      /** The document is not valid. */
      readonly ok: false
      /** Every problem, each with its path and a stable code. */
      readonly issues: readonly SalesRulesIssue[]
      /** How many problems there are. */
      readonly trace: readonly TraceStep[]
    }

/**
 * Validates a sales policy document like {@link parseSalesPolicy}, but returns the outcome instead
 * of throwing: for a form, an import screen or a CI check that lists every problem at once.
 *
 * @param document - The policy document; see {@link SalesPolicyInput}.
 * @returns `{ ok: true, policy }` or `{ ok: false, issues }`, with a trace.
 * @throws {SalesRulesError} Never for a bad document (that is `ok: false`).
 *
 * @example
 * const result = validateSalesPolicy({ company: '示例贸易', currency: 'cny' })
 * result.ok //=> false
 * result.ok ? [] : result.issues.map((i) => i.path.join('.')) //=> ['currency']
 *
 * @group Sales policy
 */
export function validateSalesPolicy(document: SalesPolicyInput | unknown): SalesPolicyValidation {
  try {
    const policy = parseSalesPolicy(document)
    const domains = POLICY_DOMAINS.filter((d) => policy[d] !== undefined)
    return {
      ok: true,
      policy,
      trace: [
        step('policy.valid', {
          company: policy.company,
          domains: domains.length === 0 ? '—' : domains.join(', '),
        }),
      ],
    }
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    return {
      ok: false,
      issues: error.issues,
      trace: [step('policy.invalid', { count: error.issues.length })],
    }
  }
}
