export type {
  BonusResult,
  CommissionLine,
  CommissionReversal,
  CommissionStatement,
  TierBreakdown,
  YearToDate,
} from './_lib/types'
export { calculateCommission } from './calculateCommission'
export { calculateCommissions } from './calculateCommissions'
export { calculateCommissionYear } from './calculateCommissionYear'
export { compileCommissionPlan } from './compileCommissionPlan'
export type { CommissionPlanEvaluator, CommissionTotals } from './compileCommissionPlan'
// year-end profit share (issue 24)
export { allocateProfitShare } from './allocateProfitShare'
export type { ProfitShareAllocation, ProfitSharePart } from './allocateProfitShare'
