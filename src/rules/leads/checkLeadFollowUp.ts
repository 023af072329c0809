import type { LeadContactInput, LeadInput } from '../../models/lead'
import type { LeadFollowUpReport } from './_lib/followUp'
import type { LeadPolicies } from './_lib/policy'
import { compileLeadPolicy } from './compileLeadPolicy'

/**
 * Checks a batch of leads against their contacts (按照规定的频率和方式与潛在客戶溝通): for each open lead,
 * the first follow-up rule matching its state and grade gives a first-contact clock (N business hours on
 * the calendar from the assignment, else from the creation: met when the first contact is at or before
 * the deadline), a cadence (the next contact due N calendar days after the last one; missed from the day
 * after) and rotting (the lead returns to the pool on the day it has gone N days without activity).
 * Contacts after `asOf` or of leads not in the batch are not counted.
 *
 * @param policy - One lead policy or its versions; the one in force on the date of `asOf` decides.
 * @param leads - The leads; see {@link LeadInput}. Ids unique.
 * @param contacts - The contacts; see {@link LeadContactInput}.
 * @param asOf - The instant of the check, ISO-8601 with an offset.
 * @returns The leads with findings, the ids of overdue and late first contacts, missed cadences and leads to
 * return to the pool, the policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad lead, contact or
 * `asOf` (with its path, e.g. `contacts.3.at`), a state, source or grade the policy does not know;
 * `NO_POLICY_IN_FORCE` when no version covers `asOf`.
 *
 * @example
 * const policy = defineLeadPolicy({
 *   id: 'leads', version: '1', effectiveFrom: '2026-01-01',
 *   sources: [{ id: 'web', label: '网络营销' }],
 *   states: [{ id: 'new', label: '新线索' }, { id: 'pool', label: '公海' }],
 *   initialState: 'new', poolState: 'pool',
 *   transitions: [{ from: ['new'], to: 'pool' }],
 *   followUp: [
 *     { id: 'new', label: '新线索', states: ['new'], firstContactWithinHours: 4, returnToPoolAfterDays: 30 },
 *   ],
 *   calendar: { timeZone: 'Asia/Shanghai' },
 * })
 * const leads = [
 *   { id: 'L1', state: 'new', source: 'web', owner: 'wang', createdAt: '2026-06-01T09:00:00+08:00' },
 *   { id: 'L2', state: 'new', source: 'web', owner: 'li', createdAt: '2026-06-01T09:00:00+08:00' },
 * ]
 * const contacts = [{ lead: 'L1', at: '2026-06-01T13:00:00+08:00' }]
 * const report = checkLeadFollowUp(policy, leads, contacts, '2026-06-02T09:00:00+08:00')
 * report.overdueFirstContacts //=> ['L2']
 * report.leads[0]?.firstContact?.due //=> '2026-06-01T13:00:00.000+08:00'
 *
 * @group Leads
 */
export function checkLeadFollowUp(
  policy: LeadPolicies,
  leads: readonly LeadInput[],
  contacts: readonly LeadContactInput[],
  asOf: string,
): LeadFollowUpReport {
  return compileLeadPolicy(policy).checkLeadFollowUp(leads, contacts, asOf)
}
