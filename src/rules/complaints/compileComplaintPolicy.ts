import type { ComplaintInput, ComplaintPolicy } from '../../models/complaint'
import { decideReport, type ComplaintReport, type ComplaintReportOptions } from './_lib/report'
import { decideRoute, type ComplaintRoute } from './_lib/route'
import { compileVersions, type ComplaintPolicies } from './_lib/policy'

/**
 * A complaint handling policy (or its versions) validated once, ready for many complaints.
 *
 * @group Complaints
 */
export interface ComplaintEvaluator {
  /** The validated versions, in the order given (one for a single policy). */
  readonly policies: readonly ComplaintPolicy[]
  /** Where a complaint goes; see {@link routeComplaint}. */
  readonly routeComplaint: (complaint: ComplaintInput) => ComplaintRoute
  /** The report over complaints; see {@link complaintReport}. */
  readonly complaintReport: (
    complaints: readonly ComplaintInput[],
    options: ComplaintReportOptions,
  ) => ComplaintReport
}

/**
 * Validates a complaint handling policy, or the list of its versions, once and returns an evaluator; each
 * complaint is decided by the version in force on the day written in its `received` instant.
 *
 * @param policy - One policy or its versions; see {@link ComplaintPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field (`[i, …]` in a list): a role,
 * kind or severity the policy does not define (`complaint.unknown-role`, `complaint.unknown-kind`,
 * `complaint.unknown-severity`), a fine range upside down (`complaint.fine-reversed`), a working-hour clock
 * without a calendar (`complaint.needs-calendar`), overlapping versions (`versions.overlap`).
 *
 * @example
 * const evaluator = compileComplaintPolicy({
 *   id: 'complaints', version: '1', effectiveFrom: '2026-01-01',
 *   roles: [{ id: 'sales-manager', label: '销售经理' }],
 *   kinds: [{ id: 'service', label: '服务投诉', handlers: ['sales-manager'] }],
 *   severities: [{ id: 'minor', label: '一般' }],
 *   clocks: { reply: { amount: 24, unit: 'hours' }, resolve: { amount: 48, unit: 'hours' } },
 * })
 * const complaint = { id: 'TS-1', kind: 'service', severity: 'minor', received: '2026-06-01T10:00:00+08:00' }
 * const dues = evaluator.routeComplaint(complaint).deadlines.map((d) => d.due)
 * dues //=> ['2026-06-02T02:00:00.000+00:00', '2026-06-03T02:00:00.000+00:00']
 *
 * @group Complaints
 */
export function compileComplaintPolicy(policy: ComplaintPolicies): ComplaintEvaluator {
  const versions = compileVersions(policy)
  return {
    policies: versions.map((v) => v.policy),
    routeComplaint: (complaint) => decideRoute(versions, complaint),
    complaintReport: (complaints, options) => decideReport(versions, complaints, options),
  }
}
