export type {
  AdvanceOffset,
  ClaimApproval,
  ClaimBudgetCheck,
  ClaimCheckOptions,
  ClaimLineDecision,
  ClaimViolation,
  DuplicateInvoice,
  ExpenseClaimDecision,
} from './_lib/decide'
export type { ClaimLineSummary, ClaimSummary } from './_lib/fastClaim'
export type { ExpenseClaimPolicies } from './_lib/policy'
export { checkExpenseClaim } from './checkExpenseClaim'
export { compileExpenseClaimPolicy } from './compileExpenseClaimPolicy'
export type { ExpenseClaimEvaluator } from './compileExpenseClaimPolicy'
