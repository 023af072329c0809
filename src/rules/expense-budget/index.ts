export { budgetVariance } from './budgetVariance'
export type { BudgetVariance, BudgetVarianceOptions, VarianceRow } from './budgetVariance'
export { checkExpense } from './checkExpense'
export type { CheckExpenseOptions, ExpenseBudgetLedger, ExpenseCheck } from './checkExpense'
export { compileExpenseBudget } from './compileExpenseBudget'
export type { ExpenseBudgetEvaluator, VariancesOptions } from './compileExpenseBudget'
// budget approval (预算审批)
export { transitionBudgetApproval } from './transitionBudgetApproval'
export type { BudgetApprovalMove, BudgetApprovalTransition } from './transitionBudgetApproval'
