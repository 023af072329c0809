import type { ComplaintInput } from '../../models/complaint'
import type { ComplaintPolicies } from './_lib/policy'
import type { ComplaintRoute } from './_lib/route'
import { compileComplaintPolicy } from './compileComplaintPolicy'

/**
 * Where a customer complaint goes (投诉处理): the roles that handle it by its kind (质量投诉 "由销售总监或
 * 销售经理亲自安排处理"; 非质量投诉 "向销售副总或经理报告"), the roles it goes to after them — the kind's
 * next steps (向公司办公室提出上报), then its severity's ("如有重大事件,应及时反馈至分公司总经理或总经理处"),
 * each role once — the reply and resolution deadlines on the SLA clock (24 h / 48 h; working hours run on
 * the calendar, across holidays and 调休), and the record fields its kind requires that it lacks
 * (票据、品名、规格、数量、等级、色号、购买日期).
 *
 * @param policy - One complaint handling policy or its versions; the one in force on the day written in the
 * complaint's `received` decides.
 * @param complaint - The complaint; see {@link ComplaintInput}.
 * @returns The handlers, the escalation chain, the deadlines, the missing record fields, the policy stamp and
 * a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad complaint (at
 * `complaint.…`): a kind or severity the policy does not define (`complaint.unknown-kind`,
 * `complaint.unknown-severity`), a reply or resolution before receipt (`complaint.before-received`), an
 * instant outside 1900–2200 (`instant.out-of-range`); `NO_POLICY_IN_FORCE` at `complaint.received` when no
 * version covers its day.
 *
 * @example
 * const policy = defineComplaintPolicy({
 *   id: 'complaints', version: '1', effectiveFrom: '2026-01-01',
 *   roles: [
 *     { id: 'sales-director', label: '销售总监' }, { id: 'sales-manager', label: '销售经理' },
 *     { id: 'general-manager', label: '总经理' },
 *   ],
 *   kinds: [
 *     {
 *       id: 'quality',
 *       label: '质量投诉',
 *       handlers: ['sales-director', 'sales-manager'],
 *       requiredFields: ['receipt', 'product', 'purchaseDate'],
 *     },
 *   ],
 *   severities: [
 *     { id: 'minor', label: '一般' },
 *     { id: 'major', label: '重大', escalateTo: ['general-manager'] },
 *   ],
 *   clocks: { reply: { amount: 24, unit: 'hours' }, resolve: { amount: 48, unit: 'hours' } },
 * })
 * const complaint = {
 *   id: 'ZL-1', kind: 'quality', severity: 'major', received: '2026-06-01T10:00:00+08:00',
 *   record: { receipt: 'FP-88', product: '釉面砖 600×600' },
 * }
 * const route = routeComplaint(policy, complaint)
 * route.handlers.map((h) => h.role) //=> ['sales-director', 'sales-manager']
 * route.escalation.map((e) => e.role) //=> ['general-manager']
 * route.missingFields //=> ['purchaseDate']
 *
 * @group Complaints
 */
export function routeComplaint(policy: ComplaintPolicies, complaint: ComplaintInput): ComplaintRoute {
  return compileComplaintPolicy(policy).routeComplaint(complaint)
}
