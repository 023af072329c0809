export type { ComplaintClock } from './_lib/clock'
export type { ComplaintPolicies } from './_lib/policy'
export type {
  ComplaintClockStatus,
  ComplaintClockSummary,
  ComplaintReport,
  ComplaintReportOptions,
  ComplaintStatus,
  OverdueComplaint,
  PenaltySuggestion,
} from './_lib/report'
export type { ComplaintDeadline, ComplaintEscalation, ComplaintRole, ComplaintRoute } from './_lib/route'
export { compileComplaintPolicy } from './compileComplaintPolicy'
export type { ComplaintEvaluator } from './compileComplaintPolicy'
export { complaintReport } from './complaintReport'
export { routeComplaint } from './routeComplaint'
