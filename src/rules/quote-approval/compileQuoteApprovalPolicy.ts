import { parseWith } from '../../core/schema'
import {
  QuoteApprovalPolicySchema,
  type QuoteApprovalPolicy,
  type QuoteApprovalPolicyInput,
  type QuoteInput,
} from '../../models/quote'
import { compileQuotePolicy, decide, parseQuote, type ApprovalDecision } from './_lib/decide'
import { authorityOf, type AuthorityDecision } from './_lib/authority'
import { fastLadder, fastRoute, quickAnswers, type QuickApproval } from './_lib/fastRoute'

/**
 * A quote approval policy validated once, ready for many quotes.
 *
 * @group Quote approval
 */
export interface QuoteApprovalEvaluator {
  /** The validated policy. */
  readonly policy: QuoteApprovalPolicy
  /** Who must approve a quote; see {@link requiredApprovals}. */
  readonly requiredApprovals: (quote: QuoteInput) => ApprovalDecision
  /** Whether a role may approve a quote; see {@link canApprove}. */
  readonly canApprove: (role: string, quote: QuoteInput) => AuthorityDecision
  /**
   * Who must approve a quote, without figures or trace, for batches: plain quotes take an
   * integer path (see {@link QuickApproval}), a ratio exactly on a limit included; any other quote
   * takes {@link requiredApprovals}. The answer is always the one
   * `requiredApprovals` gives, as a frozen object shared by every call that gives the same answer
   * (nothing is allocated per quote).
   */
  readonly route: (quote: QuoteInput) => QuickApproval
}

/**
 * Validates a quote approval policy once and returns an evaluator for batches of quotes.
 *
 * @param policy - The policy; see {@link QuoteApprovalPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (`quote.ladder-shrinks` for a
 * ladder whose limits shrink as rank rises).
 *
 * @example
 * const evaluator = compileQuoteApprovalPolicy({
 *   id: 'quotes',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   ladder: [
 *     { role: 'sales-rep', label: '销售代表', limits: { maxNetTotal: 50000 } },
 *     { role: 'sales-supervisor', label: '销售主管' },
 *   ],
 * })
 * const quote = {
 *   currency: 'CNY',
 *   customer: { id: 'c1' },
 *   requestedBy: 'sales-rep',
 *   lines: [{ product: 'p', quantity: 2, listPrice: 30000 }],
 * }
 * evaluator.requiredApprovals(quote).requiredRole //=> 'sales-supervisor'
 *
 * @group Quote approval
 */
export function compileQuoteApprovalPolicy(policy: QuoteApprovalPolicyInput): QuoteApprovalEvaluator {
  const compiled = compileQuotePolicy(parseWith(QuoteApprovalPolicySchema(), policy, 'INVALID_POLICY'))
  const ladder = fastLadder(compiled)
  const answers = ladder?.answers ?? quickAnswers(compiled.policy)
  const requiredApprovals = (quote: QuoteInput) => decide(compiled, parseQuote(compiled, quote))
  return {
    policy: compiled.policy,
    requiredApprovals,
    canApprove: (role, quote) => authorityOf(compiled, role, quote),
    route: (quote) => {
      // Stryker disable next-line all: which path answers is a matter of speed; both give the same answer
      // (fastRoute.test.ts holds each to it)
      if (ladder !== undefined) {
        // no closure per call (as fastOrNothing would take): input the fast path cannot even read (a getter
        // that throws) goes to the exact path, which reports it
        let quick: QuickApproval | undefined
        try {
          quick = fastRoute(compiled, ladder, quote)
        } catch {
          quick = undefined
        }
        if (quick !== undefined) return quick
      }
      const { requiredRole, autoApproved } = requiredApprovals(quote)
      const rung =
        requiredRole === null ? compiled.policy.ladder.length : compiled.roleIndex.get(requiredRole)
      return answers[(rung as number) * 2 + (autoApproved ? 1 : 0)] as QuickApproval
    },
  }
}
