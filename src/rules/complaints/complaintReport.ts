import type { ComplaintInput } from '../../models/complaint'
import type { ComplaintPolicies } from './_lib/policy'
import type { ComplaintReport, ComplaintReportOptions } from './_lib/report'
import { compileComplaintPolicy } from './compileComplaintPolicy'

/**
 * Reports on complaint handling at an instant (投诉处理情况): the resolution rate against the policy's target
 * ("对客户投诉必须做到百分之百的解决": 1 by default), the reply and resolution clocks of every complaint with
 * their on-time rates (met ÷ decided; an open complaint past due is already breached), the open complaints
 * past a deadline, the penalty suggested for each person responsible for each substantiated complaint
 * ("经查实 … 予以罚款20—100元/次,情节严重者予以辞退": a fine within the rule's range, rising with repeat
 * offences, and a dismissal only ever suggested), and the input of the KPI formula `complaint-timeliness`
 * (投诉处理及时率). Every complaint is counted once in every figure.
 *
 * @param policy - One complaint handling policy or its versions: each complaint is decided by the version in
 * force on the day written in its `received`; the target is the one of the version in force on `asOf`.
 * @param complaints - The complaints; see {@link ComplaintInput}. Ids must be unique.
 * @param options - `asOf`, the report's instant; no event may lie after it.
 * @returns The counts, rates, per-complaint clocks, overdue items, penalty suggestions, the KPI input, the
 * policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad complaint (at
 * `complaints.i.…`: as {@link routeComplaint}, a repeated id `ids.duplicate`, an event after `asOf`
 * `complaint.after-as-of`) or option (`options.asOf`); `NO_POLICY_IN_FORCE` at `options.asOf` or a
 * complaint's `received` when no version covers its day.
 *
 * @example
 * const policy = defineComplaintPolicy({
 *   id: 'complaints', version: '1', effectiveFrom: '2026-01-01',
 *   roles: [{ id: 'sales-manager', label: '销售经理' }],
 *   kinds: [{ id: 'service', label: '服务投诉', handlers: ['sales-manager'] }],
 *   severities: [{ id: 'minor', label: '一般' }],
 *   clocks: { reply: { amount: 24, unit: 'hours' }, resolve: { amount: 48, unit: 'hours' } },
 *   penalties: {
 *     currency: 'CNY',
 *     rules: [{ id: 'service', label: '服务投诉罚款', kinds: ['service'], fine: { min: 20, max: 100 } }],
 *   },
 * })
 * const complaints = [
 *   {
 *     id: 'F-1',
 *     kind: 'service',
 *     severity: 'minor',
 *     received: '2026-06-01T09:00:00+08:00',
 *     replied: '2026-06-01T15:00:00+08:00',
 *     resolved: '2026-06-02T11:00:00+08:00',
 *     substantiated: true,
 *     responsible: ['wang'],
 *   },
 *   { id: 'F-2', kind: 'service', severity: 'minor', received: '2026-06-02T09:00:00+08:00' },
 * ]
 * const report = complaintReport(policy, complaints, { asOf: '2026-06-04T10:00:00+08:00' })
 * report.resolutionRate?.toString() //=> '0.5'
 * report.meetsResolutionTarget //=> false
 * report.overdue.map((o) => `${o.complaint} ${o.clock}`) //=> ['F-2 reply', 'F-2 resolve']
 * report.penalties[0]?.fine?.toString() //=> '20'
 *
 * @group Complaints
 */
export function complaintReport(
  policy: ComplaintPolicies,
  complaints: readonly ComplaintInput[],
  options: ComplaintReportOptions,
): ComplaintReport {
  return compileComplaintPolicy(policy).complaintReport(complaints, options)
}
