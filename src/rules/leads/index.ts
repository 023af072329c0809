export type { AssignLeadOptions, LeadAssignment } from './_lib/assign'
export type {
  CadenceCheck,
  FirstContactCheck,
  LeadFollowUp,
  LeadFollowUpReport,
  RottingCheck,
} from './_lib/followUp'
export type { LeadPolicies } from './_lib/policy'
export type { LeadRefusal, LeadScreening, LeadTransitionDecision } from './_lib/transition'
export { assignLead } from './assignLead'
export { checkLeadFollowUp } from './checkLeadFollowUp'
export { compileLeadPolicy } from './compileLeadPolicy'
export type { LeadPolicyEvaluator } from './compileLeadPolicy'
export { transitionLead } from './transitionLead'
