import type { ExpenseClaimInput, ExpenseClaimPolicy } from '../../models/expense-claim'
import { decideClaim, type ClaimCheckOptions, type ExpenseClaimDecision } from './_lib/decide'
import { fastClaim, fastClaimPolicy, type ClaimSummary } from './_lib/fastClaim'
import { compileVersions, type ExpenseClaimPolicies } from './_lib/policy'

/**
 * An expense claim policy (or its versions) validated once, ready for many claims.
 *
 * @group Expense claims
 */
export interface ExpenseClaimEvaluator {
  /** The validated versions, in the order given (one for a single policy). */
  readonly policies: readonly ExpenseClaimPolicy[]
  /** The decision on a claim; see {@link checkExpenseClaim}. */
  readonly check: (claim: ExpenseClaimInput, options: ClaimCheckOptions) => ExpenseClaimDecision
  /**
   * The decision fields of a claim only (each line's approved amount and status, the totals, the approval
   * chain, the budget decisions), without Decimal or trace, for batches: a plain claim (amounts with at most
   * 2 decimals on a policy rounding to cents, whole quantities, the budget as a ledger of a compiled budget)
   * takes an integer path; any other claim takes {@link ExpenseClaimEvaluator.check}. The answer is always
   * the one `check` gives, and so is any error.
   */
  readonly summary: (claim: ExpenseClaimInput, options: ClaimCheckOptions) => ClaimSummary
}

/** The summary of an exact decision. */
function summaryOf(decision: ExpenseClaimDecision, scale: number): ClaimSummary {
  return {
    claim: decision.claim,
    lines: decision.lines.map((l) => ({ id: l.id, approved: l.approved.toFixed(scale), status: l.status })),
    claimed: decision.claimed.toFixed(scale),
    approved: decision.approved.toFixed(scale),
    netPayable: decision.netPayable.toFixed(scale),
    refundable: decision.refundable.toFixed(scale),
    approvals: decision.approvals.map((a) => a.role),
    budget: decision.budget.map((b) => b.check.decision),
    policy: decision.policy,
  }
}

/**
 * Validates an expense claim policy, or the list of its versions, once (with its calendar and its limits
 * by category) and returns an evaluator; each claim is decided by the version in force on its
 * `options.asOf`. Pass a budget compiled once with {@link compileExpenseBudget} in the options so that a
 * batch of claims does not validate the budget again for each claim, or better its ledger
 * ({@link ExpenseBudgetEvaluator.ledger}), which sums the entries once.
 *
 * @param policy - One policy or its versions; see {@link ExpenseClaimPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (`[i, …]` in a list).
 *
 * @example
 * const evaluator = compileExpenseClaimPolicy({
 *   id: 'claims', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   limits: [{ category: 'travel', unit: 'night', perUnit: '500' }],
 *   route: [{ role: 'department-head', label: '部门负责人' }, { role: 'finance', label: '财务部' }],
 * })
 * const claim = {
 *   id: 'BX-1', employee: { id: 'E1' }, currency: 'CNY', submittedOn: '2026-06-10',
 *   lines: [{ id: 'hotel', date: '2026-06-08', category: 'travel', amount: '1200', quantity: 2 }],
 * }
 * evaluator.check(claim, { asOf: '2026-06-10' }).approved.toFixed(2) //=> '1000.00'
 * const advances = [{ id: 'JK-1', amount: '300' }]
 * const summary = evaluator.summary(claim, { asOf: '2026-06-10', advances })
 * summary.lines //=> [{ id: 'hotel', approved: '1000.00', status: 'capped' }]
 * summary.netPayable //=> '700.00'
 *
 * @group Expense claims
 */
export function compileExpenseClaimPolicy(policy: ExpenseClaimPolicies): ExpenseClaimEvaluator {
  const versions = compileVersions(policy)
  const fast = versions.map(fastClaimPolicy)
  const check = (claim: ExpenseClaimInput, options: ClaimCheckOptions) =>
    decideClaim(versions, claim, options)
  return {
    policies: versions.map((v) => v.policy),
    check,
    summary: (claim, options) => {
      // which path answers is a matter of speed; both give the same answer (test/fast-exact.prop.test.ts and
      // test/rules/expense-claims/summary.test.ts hold each to it). As fastOrNothing does, without a closure
      // per claim: input the fast path cannot even read goes to check
      let quick: ClaimSummary | undefined
      // Stryker disable all
      try {
        quick = fastClaim(versions, fast, claim, options)
      } catch {
        quick = undefined
      }
      // Stryker restore all
      if (quick !== undefined) return quick
      const decision = check(claim, options)
      const version = versions.find((v) => v.stamp === decision.policy) ?? versions[0]
      return summaryOf(decision, version?.policy.rounding.scale ?? 2)
    },
  }
}
