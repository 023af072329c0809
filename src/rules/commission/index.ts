export type {
  BonusResult,
  CommissionLine,
  CommissionStatement,
  TierBreakdown,
  YearToDate,
} from './_lib/statement'
export { calculateCommission } from './calculateCommission'
export { calculateCommissions } from './calculateCommissions'
export { calculateCommissionYear } from './calculateCommissionYear'
export { compileCommissionPlan } from './compileCommissionPlan'
export type { CommissionPlanEvaluator, CommissionTotals } from './compileCommissionPlan'
