export type {
  CustomerGrading,
  GradeCutoff,
  GradedCustomer,
  GradeMovement,
  GradeReason,
  GradeSummary,
} from './_lib/grade'
export type { ValueGroup } from './_lib/pareto'
export type {
  CustomerValueSummary,
  CustomerValueSummaryInput,
  SerializedCustomerValueSummary,
} from './_lib/summary'
export { checkFollowUpCompliance } from './checkFollowUpCompliance'
export type { FollowUpCompliance, FollowUpWindow } from './checkFollowUpCompliance'
export { compileCustomerGrading } from './compileCustomerGrading'
export type { CustomerGradingEvaluator, ValueGrades } from './compileCustomerGrading'
export { gradeCustomers } from './gradeCustomers'
export type { GradeCustomersOptions } from './gradeCustomers'
export { mergeCustomerSummaries } from './mergeCustomerSummaries'
export { summarizeCustomerValues } from './summarizeCustomerValues'
