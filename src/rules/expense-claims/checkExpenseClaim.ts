import type { ExpenseClaimInput } from '../../models/expense-claim'
import type { ClaimCheckOptions, ExpenseClaimDecision } from './_lib/decide'
import type { ExpenseClaimPolicies } from './_lib/policy'
import { compileExpenseClaimPolicy } from './compileExpenseClaimPolicy'

/**
 * Checks an expense claim (费用报销单) against the claim policy and the budget, and routes it. Each line is
 * matched to the first limit of its category for the claimant's level and the line's city tier, then
 * checked in order: the limit per unit (per night, per day, per head, per month) and per line, the invoice
 * (required above an amount, with the fields it must carry; an invoice for less than the line caps it),
 * duplicate invoice numbers (within the claim and against earlier claims), the submission deadline in
 * business days after the spend (the policy's calendar, with 调休 make-up workdays), and the limit per
 * claim. A limit over which the policy says `cap` cuts the line to it; `approval` pays it in full when the
 * line gives a reason (the exception approver joins the chain), and caps it otherwise; `reject` pays
 * nothing. With a budget, the requested amounts (after each line's own limits) of each budget line are
 * checked as one expense through the budget's control (超出预算需审批): `approval` adds the budget's
 * approver, `stopped` rejects the lines.
 * Advances (备用金 / 借款) are offset against the approved total: the company pays the rest, or the
 * claimant returns what the claim does not cover.
 *
 * @param policy - One expense claim policy or its versions; the one in force on `options.asOf` decides.
 * @param claim - The claim; see {@link ExpenseClaimInput}.
 * @param options - `asOf`, and optionally the budget (compiled or as a document) with its entries, the
 * advances and earlier claims' invoices; see {@link ClaimCheckOptions}.
 * @returns Each line's approved amount and violations, the approval chain, duplicates, late lines, budget
 * checks, the advance offset with the net payable or refundable, the policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy (or budget, at `options.budget`);
 * `INVALID_INPUT` for a bad claim or option, a currency other than the policy's (`claim.currency`), a
 * category the policy does not know, entries without a budget (`claim.budget-needed`);
 * `NO_POLICY_IN_FORCE` when no version covers `asOf`, or the budget is not approved
 * (`budget.not-approved`).
 *
 * @example
 * const policy = defineExpenseClaimPolicy({
 *   id: 'claims', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   limits: [{ category: 'travel', unit: 'night', perUnit: '500', cityTiers: ['tier-1'] }],
 *   invoice: { requiredAbove: '200' },
 *   route: [{ role: 'department-head', label: '部门负责人' }, { role: 'finance', label: '财务部' }],
 * })
 * const claim = {
 *   id: 'BX-1', employee: { id: 'E1' }, currency: 'CNY', submittedOn: '2026-06-10',
 *   lines: [{
 *     id: 'hotel', date: '2026-06-08', category: 'travel', amount: '1200', quantity: 2, cityTier: 'tier-1',
 *     invoice: {
 *       number: '26310000000012345678',
 *       date: '2026-06-08',
 *       amount: '1200',
 *       taxAmount: '67.92',
 *       seller: '上海某酒店',
 *     },
 *   }],
 * }
 * const decision = checkExpenseClaim(policy, claim, {
 *   asOf: '2026-06-10',
 *   advances: [{ id: 'JK-1', amount: '300' }],
 * })
 * decision.lines[0]?.approved.toFixed(2) //=> '1000.00'
 * decision.netPayable.toFixed(2) //=> '700.00'
 * decision.approvals.map((a) => a.role) //=> ['department-head', 'finance']
 *
 * @group Expense claims
 */
export function checkExpenseClaim(
  policy: ExpenseClaimPolicies,
  claim: ExpenseClaimInput,
  options: ClaimCheckOptions,
): ExpenseClaimDecision {
  return compileExpenseClaimPolicy(policy).check(claim, options)
}
