import type { ExpenseClaimInput, ExpenseClaimPolicy } from '../../models/expense-claim'
import { decideClaim, type ClaimCheckOptions, type ExpenseClaimDecision } from './_lib/decide'
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
}

/**
 * Validates an expense claim policy, or the list of its versions, once (with its calendar and its limits
 * by category) and returns an evaluator; each claim is decided by the version in force on its
 * `options.asOf`. Pass a budget compiled once with {@link compileExpenseBudget} in the options so that a
 * batch of claims does not validate the budget again for each claim.
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
 *
 * @group Expense claims
 */
export function compileExpenseClaimPolicy(policy: ExpenseClaimPolicies): ExpenseClaimEvaluator {
  const versions = compileVersions(policy)
  return {
    policies: versions.map((v) => v.policy),
    check: (claim, options) => decideClaim(versions, claim, options),
  }
}
