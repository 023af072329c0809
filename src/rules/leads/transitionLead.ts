import type { LeadEventInput, LeadInput } from '../../models/lead'
import type { LeadPolicies } from './_lib/policy'
import type { LeadTransitionDecision } from './_lib/transition'
import { compileLeadPolicy } from './compileLeadPolicy'

/**
 * Whether a lead may enter a state (及时更新线索状态), before a CRM writes the transition: the policy must
 * allow the transition from the lead's state, the event must carry every field the transition requires (a
 * disqualification reason, an owner…), and a transition with a `minGrade` must find the event's ratings
 * graded at least that high by the screening matrix (对线索进行初步筛选和评估). Every rule broken is a refusal.
 *
 * @param policy - One lead policy or its versions; the one in force on the event's date decides.
 * @param lead - The lead; see {@link LeadInput}.
 * @param event - The transition asked for; see {@link LeadEventInput}.
 * @returns Accepted or not, the new state (the old one when refused), the refusals with their rules, the
 * screening, the policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad lead or event, a
 * state, source or grade the policy does not know (`lead.unknown-state` at `lead.state` or `event.to`…),
 * ratings the matrix rejects (`event.ratings.<key>`); `NO_POLICY_IN_FORCE` when no version covers the date.
 *
 * @example
 * const policy = defineLeadPolicy({
 *   id: 'leads', version: '1', effectiveFrom: '2026-01-01',
 *   sources: [{ id: 'trade-show', label: { en: 'Trade show', 'zh-CN': '行业展会' } }],
 *   states: [
 *     { id: 'new', label: { en: 'New', 'zh-CN': '新线索' } },
 *     { id: 'disqualified', label: { en: 'Disqualified', 'zh-CN': '无效' }, kind: 'closed' },
 *   ],
 *   initialState: 'new', poolState: 'new',
 *   transitions: [{ from: ['new'], to: 'disqualified', requires: ['reason'] }],
 * })
 * const lead = { id: 'L1', state: 'new', source: 'trade-show', createdAt: '2026-06-01T09:00:00+08:00' }
 * const refused = transitionLead(policy, lead, { to: 'disqualified', at: '2026-06-02T10:00:00+08:00' })
 * refused.accepted //=> false
 * refused.refusals[0]?.field //=> 'reason'
 * const moved = transitionLead(policy, lead, {
 *   to: 'disqualified',
 *   at: '2026-06-02T10:00:00+08:00',
 *   reason: 'No budget',
 * })
 * moved.state //=> 'disqualified'
 *
 * @group Leads
 */
export function transitionLead(
  policy: LeadPolicies,
  lead: LeadInput,
  event: LeadEventInput,
): LeadTransitionDecision {
  return compileLeadPolicy(policy).transitionLead(lead, event)
}
