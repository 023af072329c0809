/**
 * `define…` helpers: identity functions with `const` type parameters, so a policy written in a plain
 * `const` keeps its literal types (`kind: 'pareto'`, not `string`) and is checked against its input
 * interface where it is written, with the editor's completion and hover docs. They do not validate:
 * the functions that take a policy (or `parse…` / `compile…`) do that.
 */
import type { CommissionPlanInput } from './commission'
import type { CustomerGradingPolicyInput } from './customer'
import type { ExpenseBudgetInput } from './expense'
import type { KpiPolicyInput } from './kpi'
import type { OpportunityScoringMatrixInput } from './opportunity'
import type { OrderReleasePolicyInput } from './order'
// complaints
import type { ComplaintPolicyInput } from './complaint'
// training
import type { TrainingPolicyInput } from './training'
// leads (线索管理)
import type { LeadPolicyInput } from './lead'
// appraisal (issue 24)
import type { AppraisalPolicyInput } from './appraisal'
import type { SalesPolicyInput } from './policy'
import type { QuoteApprovalPolicyInput } from './quote'
import type { ExpenseClaimPolicyInput } from './expense-claim'

/**
 * Types a commission plan (销售提成方案) where it is written; returns it unchanged.
 *
 * @param plan - The plan, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const plan = defineCommissionPlan({
 *   id: 'plan', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   rates: { kind: 'flat', rate: '0.05' },
 * })
 * plan.rates.kind //=> 'flat'
 *
 * @group Commission
 */
export function defineCommissionPlan<const P extends CommissionPlanInput>(plan: P): P {
  return plan
}

/**
 * Types a customer grading policy (客户 ABC 分级) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineCustomerGradingPolicy({
 *   id: 'abc', version: '1', effectiveFrom: '2026-01-01',
 *   method: { kind: 'pareto', measure: 'revenue', lookbackMonths: 12, cutoffs: ['0.8', '0.95', '1'] },
 *   noHistory: { grade: 'C' },
 * })
 * policy.method.kind //=> 'pareto'
 *
 * @group Customer grading
 */
export function defineCustomerGradingPolicy<const P extends CustomerGradingPolicyInput>(policy: P): P {
  return policy
}

/**
 * Types a sales-expense budget (销售费用预算) where it is written; returns it unchanged.
 *
 * @param budget - The budget, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const budget = defineExpenseBudget({
 *   id: 'budget', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY', fiscalYear: 2026,
 *   lines: [{ category: 'travel', amount: '120000', phasing: { kind: 'even' } }],
 * })
 * budget.lines[0].phasing.kind //=> 'even'
 *
 * @group Expense budget
 */
export function defineExpenseBudget<const P extends ExpenseBudgetInput>(budget: P): P {
  return budget
}

/**
 * Types a KPI policy (监控指标与预警) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineKpiPolicy({
 *   id: 'kpi',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   kpis: [
 *     {
 *       id: 'win-rate',
 *       label: 'Win rate',
 *       unit: 'ratio',
 *       direction: 'higher-is-better',
 *       bands: [{ level: 'critical' }, { from: '0.2', level: 'ok' }],
 *     },
 *   ],
 * })
 * policy.kpis[0].direction //=> 'higher-is-better'
 *
 * @group KPIs and SLAs
 */
export function defineKpiPolicy<const P extends KpiPolicyInput>(policy: P): P {
  return policy
}

/**
 * Types an opportunity scoring matrix (销售机会评估矩阵) where it is written; returns it unchanged.
 *
 * @param matrix - The matrix, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const matrix = defineOpportunityScoringMatrix({
 *   id: 'matrix',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'need',
 *       label: 'Need',
 *       weight: '1',
 *       levels: [
 *         { id: 'none', label: 'none', points: 0 },
 *         { id: 'clear', label: 'clear', points: 4 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     { id: 'C', label: 'C', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'sales-rep' } },
 *     { id: 'A', label: 'A', minScore: 3, strategy: { contactEveryDays: 7, ownerRole: 'sales-manager' } },
 *   ],
 * })
 * scoreOpportunity(matrix, { need: 'clear' }).grade //=> 'A'
 *
 * @group Opportunity scoring
 */
export function defineOpportunityScoringMatrix<const P extends OpportunityScoringMatrixInput>(matrix: P): P {
  return matrix
}

/**
 * Types a quote approval policy (报价审批权限) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineQuoteApprovalPolicy({
 *   id: 'quotes', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY', boundary: 'exclusive',
 *   ladder: [
 *     { role: 'sales-rep', label: 'Sales rep', limits: { maxNetTotal: '50000' } },
 *     { role: 'sales-director', label: 'Director' },
 *   ],
 * })
 * policy.boundary //=> 'exclusive'
 *
 * @group Quote approval
 */
export function defineQuoteApprovalPolicy<const P extends QuoteApprovalPolicyInput>(policy: P): P {
  return policy
}

/**
 * Types a whole sales policy document (销售管理制度) where it is written; returns it unchanged.
 *
 * @param document - The document: company, currency and any of the domain policies.
 * @returns The same object, with its literal types.
 *
 * @example
 * const document = defineSalesPolicy({ company: 'Example Co.', currency: 'CNY', locale: 'zh-CN' })
 * validateSalesPolicy(document).ok //=> true
 *
 * @group Sales policy
 */
export function defineSalesPolicy<const P extends SalesPolicyInput>(document: P): P {
  return document
}

/**
 * Types an order release policy (先款后货, 合同审核) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineOrderReleasePolicy({
 *   id: 'release', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   paymentTerms: [{ id: 'prepaid', label: '先款后货', kind: 'prepaid' }],
 *   paymentConfirmers: ['finance'],
 * })
 * policy.paymentTerms[0].kind //=> 'prepaid'
 *
 * @group Order release
 */
export function defineOrderReleasePolicy<const P extends OrderReleasePolicyInput>(policy: P): P {
  return policy
}

// expense claims (费用报销)
/**
 * Types an expense claim policy (费用报销制度) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineExpenseClaimPolicy({
 *   id: 'claims', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY',
 *   limits: [{ category: 'travel', unit: 'night', perUnit: '500' }],
 *   route: [{ role: 'department-head', label: '部门负责人' }],
 * })
 * policy.limits[0].unit //=> 'night'
 *
 * @group Expense claims
 */
export function defineExpenseClaimPolicy<const P extends ExpenseClaimPolicyInput>(policy: P): P {
  return policy
}

// complaints
/**
 * Types a complaint handling policy (投诉处理) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineComplaintPolicy({
 *   id: 'complaints', version: '1', effectiveFrom: '2026-01-01',
 *   roles: [{ id: 'sales-manager', label: '销售经理' }],
 *   kinds: [{ id: 'service', label: '服务投诉', handlers: ['sales-manager'] }],
 *   severities: [{ id: 'minor', label: '一般' }],
 *   clocks: { reply: { amount: 24, unit: 'hours' }, resolve: { amount: 48, unit: 'hours' } },
 * })
 * policy.clocks.reply.unit //=> 'hours'
 *
 * @group Complaints
 */
export function defineComplaintPolicy<const P extends ComplaintPolicyInput>(policy: P): P {
  return policy
}

// training
/**
 * Types a training certification policy (岗前考核) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineTrainingPolicy({
 *   id: 'training', version: '1', effectiveFrom: '2026-01-01',
 *   courses: [{ id: 'pre-job', label: '岗前考核', passMark: '0.9' }],
 *   roles: [{ role: 'sales-rep', label: '销售代表', required: ['pre-job'] }],
 * })
 * policy.courses[0].passMark //=> '0.9'
 *
 * @group Training
 */
export function defineTrainingPolicy<const P extends TrainingPolicyInput>(policy: P): P {
  return policy
}

// leads (线索管理)
/**
 * Types a lead lifecycle policy (线索管理) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineLeadPolicy({
 *   id: 'leads', version: '1', effectiveFrom: '2026-01-01',
 *   sources: [{ id: 'web', label: '网络营销' }],
 *   states: [{ id: 'new', label: '新线索' }],
 *   initialState: 'new', poolState: 'new',
 *   transitions: [{ from: ['new'], to: 'new' }],
 *   assignment: [{ id: 'all', label: '全部', team: 'inside-sales', method: 'load' }],
 * })
 * policy.assignment[0].method //=> 'load'
 *
 * @group Leads
 */
export function defineLeadPolicy<const P extends LeadPolicyInput>(policy: P): P {
  return policy
}

// appraisal (issue 24)
/**
 * Types an appraisal policy (绩效考核) where it is written; returns it unchanged.
 *
 * @param policy - The policy, as in a policy document.
 * @returns The same object, with its literal types.
 *
 * @example
 * const policy = defineAppraisalPolicy({
 *   id: 'appraisal', version: '1', effectiveFrom: '2026-01-01',
 *   parts: [{ part: 'kpi', weight: 1 }],
 *   bands: [{ rating: 'A', minScore: 90 }, { rating: 'B' }],
 * })
 * policy.parts[0].part //=> 'kpi'
 *
 * @group Appraisal
 */
export function defineAppraisalPolicy<const P extends AppraisalPolicyInput>(policy: P): P {
  return policy
}
