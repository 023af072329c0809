import type { LeadInput, SalesRepInput } from '../../models/lead'
import type { AssignLeadOptions, LeadAssignment } from './_lib/assign'
import type { LeadPolicies } from './_lib/policy'
import { compileLeadPolicy } from './compileLeadPolicy'

/**
 * Who gets a lead (分配给相应的销售人员): the first assignment rule whose criteria (source, region, product,
 * grade) the lead meets; among the rule's reps those active and under their capacity are eligible, and
 * `round-robin` takes the first eligible after the rep the rule assigned last (the cursor), `load` the one
 * with the fewest open leads (ties to the first after the cursor). Deterministic: the same policy, lead, reps
 * and cursor always give the same owner. Pass `nextCursor` to the next call.
 *
 * @param policy - One lead policy or its versions; the one in force on `options.asOf` (else the lead's
 * `assignedAt`, else `createdAt`) decides.
 * @param lead - The lead; see {@link LeadInput}.
 * @param reps - The reps with their team, activity, load and capacity; see {@link SalesRepInput}.
 * @param options - The round-robin `cursor` and `asOf`; see {@link AssignLeadOptions}.
 * @returns The owner (or `null`), the rule and the reason, the eligible reps, the next cursor, the policy
 * stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad lead, rep
 * (duplicate ids: `ids.duplicate` at `reps.<i>.id`) or option; `NO_POLICY_IN_FORCE` when no version covers
 * the date.
 *
 * @example
 * const policy = defineLeadPolicy({
 *   id: 'leads', version: '1', effectiveFrom: '2026-01-01',
 *   sources: [{ id: 'referral', label: '客户推荐' }],
 *   states: [{ id: 'new', label: '新线索' }],
 *   initialState: 'new', poolState: 'new',
 *   transitions: [{ from: ['new'], to: 'new' }],
 *   assignment: [
 *     { id: 'east', label: '华东', regions: ['east'], reps: ['wang', 'li'], method: 'round-robin' },
 *   ],
 * })
 * const lead = {
 *   id: 'L1',
 *   state: 'new',
 *   source: 'referral',
 *   region: 'east',
 *   createdAt: '2026-06-01T09:00:00+08:00',
 * }
 * const reps = [{ id: 'wang' }, { id: 'li' }]
 * const first = assignLead(policy, lead, reps)
 * first.owner //=> 'wang'
 * assignLead(policy, { ...lead, id: 'L2' }, reps, { cursor: first.nextCursor }).owner //=> 'li'
 *
 * @group Leads
 */
export function assignLead(
  policy: LeadPolicies,
  lead: LeadInput,
  reps: readonly SalesRepInput[],
  options?: AssignLeadOptions,
): LeadAssignment {
  return compileLeadPolicy(policy).assignLead(lead, reps, options)
}
