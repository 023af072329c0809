/**
 * The whole sales handbook (销售管理制度) as one document: the company's header (currency,
 * locale, rounding, fiscal year, business calendar) and the domain policies, each a single
 * policy or a list of its versions.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import type { PathSegment } from '../core/errors'
import { addIssue, CurrencySchema, DEFAULT_ROUNDING, RoundingPolicySchema, whenValid } from '../core/schema'
import { LOCALES } from '../core/trace'
import { checkVersionList, type Versioned } from '../core/versioning'
import { CommissionPlanSchema } from './commission'
import { CustomerGradingPolicySchema } from './customer'
import { ExpenseBudgetSchema } from './expense'
import { KpiPolicySchema } from './kpi'
// leads (线索管理)
import { LeadPolicySchema } from './lead'
import type { LeadPolicyInput } from './lead'
import { OpportunityScoringMatrixSchema } from './opportunity'
import { OrderReleasePolicySchema } from './order'
import { QuoteApprovalPolicySchema } from './quote'
import { ExpenseClaimPolicySchema } from './expense-claim'
// complaints
import { ComplaintPolicySchema } from './complaint'
import type { ComplaintPolicyInput } from './complaint'
// training
import { TrainingPolicySchema } from './training'
import type { TrainingPolicyInput } from './training'
// appraisal (issue 24)
import { AppraisalPolicySchema } from './appraisal'
import type { AppraisalPolicyInput } from './appraisal'
import type { BusinessCalendarInput } from '../core/calendar'
import type { CommissionPlanInput } from './commission'
import type { CustomerGradingPolicyInput } from './customer'
import type { ExpenseBudgetInput } from './expense'
import type { KpiPolicyInput } from './kpi'
import type { OpportunityScoringMatrixInput } from './opportunity'
import type { OrderReleasePolicyInput } from './order'
import type { QuoteApprovalPolicyInput } from './quote'
import type { ExpenseClaimPolicyInput } from './expense-claim'
import type { RoundingPolicyInput } from '../core/schema'
// the validated (output) types of the domains (issue #18, typesc)
import type { BusinessCalendar } from '../core/calendar'
import type { RoundingPolicy } from '../core/decimal'
import type { Locale } from '../core/trace'
import type { AppraisalPolicy } from './appraisal'
import type { CommissionPlan } from './commission'
import type { ComplaintPolicy } from './complaint'
import type { CustomerGradingPolicy } from './customer'
import type { ExpenseBudget } from './expense'
import type { ExpenseClaimPolicy } from './expense-claim'
import type { KpiPolicy } from './kpi'
import type { LeadPolicy } from './lead'
import type { OpportunityScoringMatrix } from './opportunity'
import type { OrderReleasePolicy } from './order'
import type { QuoteApprovalPolicy } from './quote'
import type { TrainingPolicy } from './training'
import { once } from '../core/once'

/**
 * The domains of a sales policy, by their key in the document.
 *
 * @group Sales policy
 */
export const POLICY_DOMAINS = [
  'opportunityScoring',
  'customerGrading',
  'quoteApproval',
  'commission',
  'expenseBudget',
  'kpi',
  'orderRelease',
  // expense claims
  'expenseClaims',
  // complaints
  'complaints',
  // training
  'training',
  // leads (线索管理)
  'leads',
  // appraisal (issue 24)
  'appraisal',
] as const

/**
 * A domain of the sales policy: its key in the document.
 *
 * @group Sales policy
 */
export type PolicyDomain = (typeof POLICY_DOMAINS)[number]

/**
 * The schema of each domain's policy document.
 *
 * @group Sales policy
 */
export const DOMAIN_SCHEMAS = {
  /** The opportunity assessment matrix. */
  opportunityScoring: OpportunityScoringMatrixSchema,
  /** ABC customer grading. */
  customerGrading: CustomerGradingPolicySchema,
  /** The quote approval ladder. */
  quoteApproval: QuoteApprovalPolicySchema,
  /** The commission plan. */
  commission: CommissionPlanSchema,
  /** The sales-expense budget. */
  expenseBudget: ExpenseBudgetSchema,
  /** KPIs, scorecard and SLAs. */
  kpi: KpiPolicySchema,
  /** Order release and contract review. */
  orderRelease: OrderReleasePolicySchema,
  /** Expense claims (费用报销). */
  expenseClaims: ExpenseClaimPolicySchema,
  // complaints
  /** Complaint handling. */
  complaints: ComplaintPolicySchema,
  // training
  /** Training certification. */
  training: TrainingPolicySchema,
  // leads (线索管理)
  /** The lead lifecycle. */
  leads: LeadPolicySchema,
  /** The appraisal cycle (绩效考核). */
  appraisal: AppraisalPolicySchema,
} as const

/** A domain policy, or the list of its versions (at least one; no two in force on the same day). */
function versions<S extends z.ZodType>(schema: S) {
  return z.union([schema, z.array(schema).min(1).max(100)]).optional()
}

/**
 * A company's sales handbook as one policy document (销售管理制度).
 *
 * @group Sales policy
 */
export const SalesPolicySchema = once(() =>
  z
    .strictObject({
      /** The company's name. */
      company: z.string().min(1).max(200),
      /** The company's currency (ISO 4217); every domain policy with a currency must use it. */
      currency: CurrencySchema(),
      /** The locale of explanations by default (`zh-CN` or `en`). */
      locale: z.literal(LOCALES).default('zh-CN'),
      /** The company's rounding; a domain policy that names none uses it. */
      rounding: RoundingPolicySchema().default(DEFAULT_ROUNDING),
      /** The month the fiscal year starts in (1–12); every domain policy with a fiscal year must agree. */
      fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
      /** The company's business calendar; a domain policy that names none uses it. */
      calendar: BusinessCalendarSchema().optional(),
      /** The opportunity assessment matrix (销售机会评估矩阵). */
      opportunityScoring: versions(OpportunityScoringMatrixSchema()),
      /** ABC customer grading with follow-up frequencies (客户 ABC 分级). */
      customerGrading: versions(CustomerGradingPolicySchema()),
      /** The quote approval ladder (报价审批权限). */
      quoteApproval: versions(QuoteApprovalPolicySchema()),
      /** The commission plan (销售提成). */
      commission: versions(CommissionPlanSchema()),
      /** The sales-expense budget (销售费用预算). */
      expenseBudget: versions(ExpenseBudgetSchema()),
      /** Monitored KPIs, the scorecard and service times (监控指标与预警). */
      kpi: versions(KpiPolicySchema()),
      /** Order release (先款后货, credit, 订单有效性) and contract review (合同审核). */
      orderRelease: versions(OrderReleasePolicySchema()),
      /** Expense claims (费用报销): limits, invoices, the deadline and the approval route. */
      expenseClaims: versions(ExpenseClaimPolicySchema()),
      // complaints
      /** Complaint handling (投诉处理): routing, clocks, record fields, penalties. */
      complaints: versions(ComplaintPolicySchema()),
      // training
      /** Training certification (岗前考核): courses, pass marks, prerequisites, expiry. */
      training: versions(TrainingPolicySchema()),
      // leads (线索管理)
      /** The lead lifecycle: sources, states and transitions, screening, assignment, follow-up (线索管理). */
      leads: versions(LeadPolicySchema()),
      /** The appraisal cycle (绩效考核): parts of the score, bands, forced distribution, consequences. */
      appraisal: versions(AppraisalPolicySchema()),
    })
    .check(whenValid(checkAcrossDomains)),
)

/**
 * A sales policy document as written.
 *
 * @group Sales policy
 */
export interface SalesPolicyInput {
  /** The company's name. */
  readonly company: string
  /** The company's currency (ISO 4217); every domain policy with a currency must use it. */
  readonly currency: string
  /** The locale of explanations by default (`zh-CN` or `en`). */
  readonly locale?: 'en' | 'zh-CN' | undefined
  /** The company's rounding; a domain policy that names none uses it. */
  readonly rounding?: RoundingPolicyInput | undefined
  /**
   * The month the fiscal year starts in (1–12); every domain policy with a fiscal year must agree.
   */
  readonly fiscalYearStartMonth?: number | undefined
  /** The company's business calendar; a domain policy that names none uses it. */
  readonly calendar?: BusinessCalendarInput | undefined
  /** The opportunity assessment matrix (销售机会评估矩阵). */
  readonly opportunityScoring?:
    OpportunityScoringMatrixInput | readonly OpportunityScoringMatrixInput[] | undefined
  /** ABC customer grading with follow-up frequencies (客户 ABC 分级). */
  readonly customerGrading?: CustomerGradingPolicyInput | readonly CustomerGradingPolicyInput[] | undefined
  /** The quote approval ladder (报价审批权限). */
  readonly quoteApproval?: QuoteApprovalPolicyInput | readonly QuoteApprovalPolicyInput[] | undefined
  /** The commission plan (销售提成). */
  readonly commission?: CommissionPlanInput | readonly CommissionPlanInput[] | undefined
  /** The sales-expense budget (销售费用预算). */
  readonly expenseBudget?: ExpenseBudgetInput | readonly ExpenseBudgetInput[] | undefined
  /** Monitored KPIs, the scorecard and service times (监控指标与预警). */
  readonly kpi?: KpiPolicyInput | readonly KpiPolicyInput[] | undefined
  /** Order release and contract review (先款后货, 合同审核): one policy or a list of versions. */
  readonly orderRelease?: OrderReleasePolicyInput | readonly OrderReleasePolicyInput[] | undefined
  /** Expense claims (费用报销): limits, invoices, the deadline and the approval route. */
  readonly expenseClaims?: ExpenseClaimPolicyInput | readonly ExpenseClaimPolicyInput[] | undefined
  // complaints
  /** Complaint handling (投诉处理): routing, clocks, record fields, penalties. */
  readonly complaints?: ComplaintPolicyInput | readonly ComplaintPolicyInput[] | undefined
  // training
  /** Training certification (岗前考核): courses, pass marks, prerequisites, expiry. */
  readonly training?: TrainingPolicyInput | readonly TrainingPolicyInput[] | undefined
  // leads (线索管理)
  /** The lead lifecycle: sources, states and transitions, screening, assignment, follow-up (线索管理). */
  readonly leads?: LeadPolicyInput | readonly LeadPolicyInput[] | undefined
  /** The appraisal cycle (绩效考核): parts of the score, bands, forced distribution, consequences. */
  readonly appraisal?: AppraisalPolicyInput | readonly AppraisalPolicyInput[] | undefined
}

/**
 * A validated sales policy: every default filled in, decimals parsed. Each domain is its validated policy or
 * the list of its versions (at least one; no two in force on the same day), or absent.
 *
 * @group Sales policy
 */
export interface SalesPolicy {
  /** The company's name. */
  readonly company: string
  /** The company's currency (ISO 4217); every domain policy with a currency uses it. */
  readonly currency: string
  /** The locale of explanations by default (`zh-CN` when left out). */
  readonly locale: Locale
  /** The company's rounding (scale 2, half-up when left out); a domain policy that names none uses it. */
  readonly rounding: RoundingPolicy
  /**
   * The month the fiscal year starts in (1–12, January when left out); every domain policy with a fiscal
   * year agrees.
   */
  readonly fiscalYearStartMonth: number
  /** The company's business calendar; a domain policy that names none uses it. */
  readonly calendar?: BusinessCalendar | undefined
  /** The opportunity assessment matrix (销售机会评估矩阵). */
  readonly opportunityScoring?: OpportunityScoringMatrix | readonly OpportunityScoringMatrix[] | undefined
  /** ABC customer grading with follow-up frequencies (客户 ABC 分级). */
  readonly customerGrading?: CustomerGradingPolicy | readonly CustomerGradingPolicy[] | undefined
  /** The quote approval ladder (报价审批权限). */
  readonly quoteApproval?: QuoteApprovalPolicy | readonly QuoteApprovalPolicy[] | undefined
  /** The commission plan (销售提成). */
  readonly commission?: CommissionPlan | readonly CommissionPlan[] | undefined
  /** The sales-expense budget (销售费用预算). */
  readonly expenseBudget?: ExpenseBudget | readonly ExpenseBudget[] | undefined
  /** Monitored KPIs, the scorecard and service times (监控指标与预警). */
  readonly kpi?: KpiPolicy | readonly KpiPolicy[] | undefined
  /** Order release (先款后货, credit, 订单有效性) and contract review (合同审核). */
  readonly orderRelease?: OrderReleasePolicy | readonly OrderReleasePolicy[] | undefined
  /** Expense claims (费用报销): limits, invoices, the deadline and the approval route. */
  readonly expenseClaims?: ExpenseClaimPolicy | readonly ExpenseClaimPolicy[] | undefined
  /** Complaint handling (投诉处理): routing, clocks, record fields, penalties. */
  readonly complaints?: ComplaintPolicy | readonly ComplaintPolicy[] | undefined
  /** Training certification (岗前考核): courses, pass marks, prerequisites, expiry. */
  readonly training?: TrainingPolicy | readonly TrainingPolicy[] | undefined
  /** The lead lifecycle: sources, states and transitions, screening, assignment, follow-up (线索管理). */
  readonly leads?: LeadPolicy | readonly LeadPolicy[] | undefined
  /** The appraisal cycle (绩效考核): parts of the score, bands, forced distribution, consequences. */
  readonly appraisal?: AppraisalPolicy | readonly AppraisalPolicy[] | undefined
}

interface Entry<T> {
  readonly policy: T
  readonly path: readonly PathSegment[]
}

/** The versions of a domain with their paths in the document. @internal */
function versionsOf<T>(value: T | readonly T[] | undefined, domain: PolicyDomain): Entry<T>[] {
  if (value === undefined) return []
  return Array.isArray(value)
    ? value.map((policy: T, i) => ({ policy, path: [domain, i] }))
    : [{ policy: value as T, path: [domain] }]
}

function checkAcrossDomains(p: SalesPolicy, ctx: z.RefinementCtx): void {
  // versions of one domain share its id and never overlap
  for (const domain of POLICY_DOMAINS) {
    const value = p[domain]
    if (!Array.isArray(value)) continue
    const list = value as readonly Versioned[]
    const first = list[0] as Versioned
    list.forEach((v, i) => {
      if (v.id !== first.id)
        addIssue(ctx, 'policy.version-id', [domain, i, 'id'], {
          version: v.version,
          id: v.id,
          expected: first.id,
        })
    })
    const local: z.RefinementCtx = {
      ...ctx,
      addIssue: (issue) =>
        ctx.addIssue(typeof issue === 'string' ? issue : { ...issue, path: [domain, ...(issue.path ?? [])] }),
    }
    checkVersionList(list, local)
  }
  // one company, one currency and one fiscal year
  const currencies = [
    ...versionsOf(p.quoteApproval, 'quoteApproval'),
    ...versionsOf(p.commission, 'commission'),
    ...versionsOf(p.expenseBudget, 'expenseBudget'),
    ...versionsOf(p.kpi, 'kpi'),
    ...versionsOf(p.orderRelease, 'orderRelease'),
    ...versionsOf(p.expenseClaims, 'expenseClaims'),
    // complaints: the currency of the fines
    ...versionsOf(p.complaints, 'complaints').flatMap(({ policy, path }) =>
      policy.penalties === undefined ? [] : [{ policy: policy.penalties, path: [...path, 'penalties'] }],
    ),
  ] as Entry<{ currency?: string }>[]
  for (const { policy, path } of currencies) {
    if (policy.currency !== undefined && policy.currency !== p.currency)
      addIssue(ctx, 'policy.currency', [...path, 'currency'], {
        currency: policy.currency,
        expected: p.currency,
      })
  }
  for (const { policy, path } of [
    ...versionsOf(p.expenseBudget, 'expenseBudget'),
    ...versionsOf(p.kpi, 'kpi'),
  ] as Entry<{ fiscalYearStartMonth: number }>[]) {
    if (policy.fiscalYearStartMonth !== p.fiscalYearStartMonth)
      addIssue(ctx, 'policy.fiscal-start', [...path, 'fiscalYearStartMonth'], {
        month: policy.fiscalYearStartMonth,
        expected: p.fiscalYearStartMonth,
      })
  }
  // grades named anywhere are grades of the grading policy
  const gradings = versionsOf(p.customerGrading, 'customerGrading')
  if (gradings.length > 0) {
    const grades = new Set(gradings.flatMap((g) => g.policy.grades.map((grade) => grade.id)))
    const check = (grade: string, path: readonly PathSegment[]) => {
      if (!grades.has(grade)) addIssue(ctx, 'policy.unknown-grade', path, { grade })
    }
    for (const { policy, path } of versionsOf(p.quoteApproval, 'quoteApproval'))
      policy.overrides.forEach(
        (o, i) =>
          o.customerGrade !== undefined && check(o.customerGrade, [...path, 'overrides', i, 'customerGrade']),
      )
    // quote approval: grades that need costs (issue #21)
    for (const { policy, path } of versionsOf(p.quoteApproval, 'quoteApproval'))
      policy.requireCost?.customerGrades?.forEach((g, i) =>
        check(g, [...path, 'requireCost', 'customerGrades', i]),
      )
    for (const { policy, path } of versionsOf(p.commission, 'commission'))
      policy.eligibility.customerGrades?.forEach((g, i) =>
        check(g, [...path, 'eligibility', 'customerGrades', i]),
      )
    for (const { policy, path } of versionsOf(p.orderRelease, 'orderRelease')) {
      policy.paymentTerms.forEach((t, i) =>
        t.customerGrades?.forEach((g, k) => check(g, [...path, 'paymentTerms', i, 'customerGrades', k])),
      )
      policy.credit?.grades.forEach((g, i) => check(g.grade, [...path, 'credit', 'grades', i, 'grade']))
    }
    for (const { policy, path } of versionsOf(p.kpi, 'kpi'))
      policy.sla.forEach((r, i) => r.grades?.forEach((g, k) => check(g, [...path, 'sla', i, 'grades', k])))
  }
  // approvers named by the expense budget are roles on the quote approval ladder (or its parallel approvers)
  const ladders = versionsOf(p.quoteApproval, 'quoteApproval')
  if (ladders.length > 0) {
    const roles = new Set(
      ladders.flatMap(({ policy }) =>
        [
          ...policy.ladder.map((r) => r.role),
          policy.paymentTerms?.approver?.role,
          policy.contractReview?.approver.role,
        ].filter((r): r is string => r !== undefined),
      ),
    )
    for (const { policy, path } of versionsOf(p.expenseBudget, 'expenseBudget')) {
      const controls: [PathSegment[], { approver?: string | undefined }][] = [
        [[...path, 'control'], policy.control],
        ...policy.categories.flatMap((c, i): [PathSegment[], { approver?: string | undefined }][] =>
          c.control ? [[[...path, 'categories', i, 'control'], c.control]] : [],
        ),
        ...policy.lines.flatMap((l, i): [PathSegment[], { approver?: string | undefined }][] =>
          l.control ? [[[...path, 'lines', i, 'control'], l.control]] : [],
        ),
      ]
      for (const [at, control] of controls) {
        if (control.approver !== undefined && !roles.has(control.approver))
          addIssue(ctx, 'policy.unknown-role', [...at, 'approver'], { role: control.approver })
      }
    }
  }
  // expense claims: the claim policy's categories are the budget's (one list of categories for both)
  const budgets = versionsOf(p.expenseBudget, 'expenseBudget')
  if (budgets.length > 0) {
    const budgeted = new Set(budgets.flatMap(({ policy }) => policy.categories.map((c) => c.id)))
    for (const { policy, path } of versionsOf(p.expenseClaims, 'expenseClaims'))
      policy.categories.forEach((c, i) => {
        if (!budgeted.has(c.id))
          addIssue(ctx, 'expense.unknown-category', [...path, 'categories', i, 'id'], { category: c.id })
      })
  }
}
