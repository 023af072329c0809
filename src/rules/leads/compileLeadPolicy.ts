import type {
  LeadContactInput,
  LeadEventInput,
  LeadInput,
  LeadPolicy,
  SalesRepInput,
} from '../../models/lead'
import { decideAssignment, type AssignLeadOptions, type LeadAssignment } from './_lib/assign'
import { checkFollowUps, parseAsOf, parseFollowUpInput, type LeadFollowUpReport } from './_lib/followUp'
import { compileVersions, type LeadPolicies } from './_lib/policy'
import { decideTransition, type LeadTransitionDecision } from './_lib/transition'

/**
 * A lead policy (or its versions) validated once, ready for many leads.
 *
 * @group Leads
 */
export interface LeadPolicyEvaluator {
  /** The validated versions, in the order given (one for a single policy). */
  readonly policies: readonly LeadPolicy[]
  /** Whether a lead may enter a state; see {@link transitionLead}. */
  readonly transitionLead: (lead: LeadInput, event: LeadEventInput) => LeadTransitionDecision
  /** Who gets a lead; see {@link assignLead}. */
  readonly assignLead: (
    lead: LeadInput,
    reps: readonly SalesRepInput[],
    options?: AssignLeadOptions,
  ) => LeadAssignment
  /** The follow-up check of a batch; see {@link checkLeadFollowUp}. */
  readonly checkLeadFollowUp: (
    leads: readonly LeadInput[],
    contacts: readonly LeadContactInput[],
    asOf: string,
  ) => LeadFollowUpReport
}

/**
 * Validates a lead policy, or the list of its versions, once and returns an evaluator; each call picks
 * the version in force on its own date (the event's `at`, the assignment's, the check's `asOf`).
 *
 * @param policy - One policy or its versions; see {@link LeadPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (`[i, …]` in a list):
 * unknown states, sources or grades (`lead.unknown-state`, `lead.unknown-source`, `lead.unknown-grade`), a
 * `minGrade` without screening (`lead.no-screening`), a closed pool state, an assignment rule with both or
 * neither of `reps` and `team`, overlapping versions (`versions.overlap`).
 *
 * @example
 * const leads = compileLeadPolicy({
 *   id: 'leads', version: '1', effectiveFrom: '2026-01-01',
 *   sources: [{ id: 'web', label: '网络营销' }],
 *   states: [{ id: 'new', label: '新线索' }, { id: 'contacted', label: '已联系' }],
 *   initialState: 'new', poolState: 'new',
 *   transitions: [{ from: ['new'], to: 'contacted' }],
 * })
 * const lead = { id: 'L1', state: 'new', source: 'web', createdAt: '2026-06-01T09:00:00+08:00' }
 * leads.transitionLead(lead, { to: 'contacted', at: '2026-06-01T10:00:00+08:00' }).state //=> 'contacted'
 *
 * @group Leads
 */
export function compileLeadPolicy(policy: LeadPolicies): LeadPolicyEvaluator {
  const versions = compileVersions(policy)
  return {
    policies: versions.map((v) => v.policy),
    transitionLead: (lead, event) => decideTransition(versions, lead, event),
    assignLead: (lead, reps, options) => decideAssignment(versions, lead, reps, options),
    checkLeadFollowUp: (leads, contacts, asOf) => {
      const at = parseAsOf(asOf)
      const input = parseFollowUpInput(leads, contacts)
      return checkFollowUps(versions, input.leads, input.contacts, at)
    },
  }
}
