import * as z from 'zod'
import { DateSchema, parseWith } from '../../core/schema'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../core/versioning'
import type { QuoteApprovalPolicyInput, QuoteInput } from '../../models/quote'
import type { ApprovalDecision } from './_lib/decide'
import { compileQuoteApprovalPolicy } from './compileQuoteApprovalPolicy'
import { once } from '../../core/once'

/**
 * Options of {@link requiredApprovals} and {@link canApprove}.
 *
 * @group Quote approval
 */
export interface QuoteDecisionOptions {
  /**
   * The quote's date, `YYYY-MM-DD`: the decision's date. It picks the version in force from a list
   * of policy versions (required then); one policy not in force on it is refused, as a list of one
   * would be. Left out, one policy is used as given.
   */
  readonly asOf?: string
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema().optional() }).optional())

/** Decides with the policy in force on the quote's date (`options.asOf`). @internal */
export function inForceForQuote<R>(
  policy: PolicyOrVersions<QuoteApprovalPolicyInput>,
  options: QuoteDecisionOptions | undefined,
  decide: (policy: QuoteApprovalPolicyInput) => R,
): R {
  parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  return withPolicyInForce(policy, () => optionOf(options, 'asOf'), ['options', 'asOf'], decide)
}

/**
 * Who must approve a quote (报价审批): the lowest role on the ladder whose limits cover the net
 * total, the average discount, every line's discount and the margin rate; the sequential chain
 * from the requester up to it; and the parallel approvals (finance for non-standard payment
 * terms, contract review above a threshold). A price below cost needs the top of the ladder.
 * A value equal to a limit is within it unless the policy's `boundary` is `exclusive`.
 *
 * @param policy - The quote approval policy, or the list of its versions (the one in force on
 * `options.asOf` decides); see {@link QuoteApprovalPolicyInput}.
 * @param quote - The quote; see {@link QuoteInput}.
 * @param options - `asOf`: the quote's date; see {@link QuoteDecisionOptions}.
 * @returns Auto-approved or not, the required role, the chain, parallel approvals, each rule that fired
 * (actual value and limit), the derived figures, the policy version that decided (`policy`) and a
 * trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad quote, a currency
 * other than the policy's (`quote.currency`) or a requester not on the ladder (`quote.unknown-role`),
 * or a list of versions without `options.asOf` (`versions.needs-date`); `NO_POLICY_IN_FORCE` at
 * `options.asOf` when no version (or the one policy) is in force on that date.
 *
 * @example
 * const policy = {
 *   id: 'quotes',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   ladder: [
 *     {
 *       role: 'sales-rep',
 *       label: { en: 'Sales rep', 'zh-CN': '销售代表' },
 *       limits: { maxNetTotal: 100000, maxAverageDiscount: '0.1' },
 *     },
 *     {
 *       role: 'sales-supervisor',
 *       label: { en: 'Supervisor', 'zh-CN': '销售主管' },
 *       limits: { maxNetTotal: 500000, maxAverageDiscount: '0.2' },
 *     },
 *     { role: 'sales-director', label: { en: 'Director', 'zh-CN': '销售总监' } },
 *   ],
 * }
 * const quote = {
 *   currency: 'CNY',
 *   customer: { id: 'c1' },
 *   requestedBy: 'sales-rep',
 *   lines: [{ product: 'p1', quantity: 10, listPrice: 10000, discount: '0.15' }],
 * }
 * const decision = requiredApprovals(policy, quote)
 * decision.requiredRole //=> 'sales-supervisor'
 * decision.rules.map((r) => r.rule) //=> ['average-discount']
 *
 * @group Quote approval
 */
export function requiredApprovals(
  policy: PolicyOrVersions<QuoteApprovalPolicyInput>,
  quote: QuoteInput,
  options?: QuoteDecisionOptions,
): ApprovalDecision {
  return inForceForQuote(policy, options, (p) => compileQuoteApprovalPolicy(p).requiredApprovals(quote))
}
