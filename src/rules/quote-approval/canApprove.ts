import type { QuoteApprovalPolicyInput, QuoteInput } from '../../models/quote'
import type { AuthorityDecision } from './_lib/authority'
import { compileQuoteApprovalPolicy } from './compileQuoteApprovalPolicy'
import { inForceForQuote, type QuoteDecisionOptions } from './requiredApprovals'
import type { PolicyOrVersions } from '../../core/versioning'

/**
 * Whether a role may approve a quote on its own authority, with the reasons when it may not and
 * the next role up the ladder to escalate to. Parallel approvals (finance, contract review) are
 * listed in `alsoRequires`: they are needed whoever approves.
 *
 * @param policy - The quote approval policy, or the list of its versions (the one in force on `options.asOf`
 * decides); see {@link QuoteApprovalPolicyInput}.
 * @param role - A role on the ladder.
 * @param quote - The quote; see {@link QuoteInput}.
 * @param options - `asOf`: the quote's date; see {@link QuoteDecisionOptions}.
 * @returns Allowed or not, the rules beyond the role's limits, the role to escalate to, and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad quote or a role not
 * on the ladder (`quote.unknown-role`, path `['role']`), or a list of versions without `options.asOf`;
 * `NO_POLICY_IN_FORCE` at `options.asOf` when no version (or the one policy) is in force on that date.
 *
 * @example
 * const policy = {
 *   id: 'quotes',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   ladder: [
 *     { role: 'sales-rep', label: '销售代表', limits: { maxNetTotal: 100000 } },
 *     { role: 'sales-manager', label: '销售经理' },
 *   ],
 * }
 * const quote = {
 *   currency: 'CNY',
 *   customer: { id: 'c1' },
 *   requestedBy: 'sales-rep',
 *   lines: [{ product: 'p1', quantity: 1, listPrice: 150000 }],
 * }
 * canApprove(policy, 'sales-rep', quote).escalateTo //=> 'sales-manager'
 *
 * @group Quote approval
 */
export function canApprove(
  policy: PolicyOrVersions<QuoteApprovalPolicyInput>,
  role: string,
  quote: QuoteInput,
  options?: QuoteDecisionOptions,
): AuthorityDecision {
  return inForceForQuote(policy, options, (p) => compileQuoteApprovalPolicy(p).canApprove(role, quote))
}
