// The public schema constants, each typed by its documented input and output types: the .d.ts and
// the API reference then show `z.ZodType<Quote, QuoteInput>` instead of an expanded
// `z.ZodObject<{ … }>` hundreds of lines long. They are the very schemas the library parses with.
import * as z from 'zod'
import * as m_core_versioning from './core/versioning'
import * as m_models_order from './models/order'
import * as m_models_expense_claim from './models/expense-claim'
import * as m_models_lead from './models/lead'
import * as m_models_complaint from './models/complaint'
import * as m_models_training from './models/training'

import * as m_core_calendar from './core/calendar'
// appraisal (issue 24)
import * as m_models_appraisal from './models/appraisal'
import type { AppraisalInput, AppraisalPolicy, AppraisalPolicyInput } from './models/appraisal'
import type { BusinessCalendar, BusinessCalendarInput } from './core/calendar'
import * as m_core_period from './core/period'
import type { DateRange, DateRangeInput } from './core/period'
import * as m_core_schema from './core/schema'
import type { RoundingPolicy } from './core/decimal'
import type { RoundingPolicyInput } from './core/schema'
import * as m_models_opportunity from './models/opportunity'
import type {
  OpportunityScoringMatrix,
  OpportunityScoringMatrixInput,
  PipelineOpportunity,
  PriorityPoint,
  Ratings,
} from './models/opportunity'
import * as m_rules_opportunity_scoring_forecastPipeline from './rules/opportunity-scoring/forecastPipeline'
import type { ForecastInput } from './rules/opportunity-scoring/forecastPipeline'
import * as m_models_quote from './models/quote'
import type { Quote, QuoteApprovalPolicy, QuoteApprovalPolicyInput, QuoteInput } from './models/quote'
import * as m_models_customer from './models/customer'
import type { CustomerGradingPolicy, CustomerGradingPolicyInput, CustomerInput } from './models/customer'
import * as m_rules_customer_grading__lib_summary from './rules/customer-grading/_lib/summary'
import type { SerializedCustomerValueSummary } from './rules/customer-grading/_lib/summary'
import * as m_models_commission from './models/commission'
import type {
  AdjustmentInput,
  CommissionInput,
  CommissionPlan,
  CommissionPlanInput,
  CommissionTransactionInput,
  CommissionYearInput,
  EmploymentInput,
} from './models/commission'
import * as m_models_expense from './models/expense'
import type { ExpenseBudget, ExpenseBudgetInput, ExpenseEntryInput } from './models/expense'
import * as m_models_kpi from './models/kpi'
import type {
  KpiDefinition,
  KpiDefinitionInput,
  KpiFormulaInput,
  KpiMeasurementsInput,
  KpiPolicy,
  KpiPolicyInput,
  SlaItemInput,
} from './models/kpi'
import * as m_models_policy from './models/policy'
import type { SalesPolicy, SalesPolicyInput } from './models/policy'
// schemas fix: the exported SalesPolicySchema inherits the company defaults
import * as m_rules_policy__lib_companyDefaults from './rules/policy/_lib/companyDefaults'

/**
 * A business calendar (工作日历), as written in a policy document.
 *
 * @group Core
 */
export const BusinessCalendarSchema: z.ZodType<BusinessCalendar, BusinessCalendarInput> =
  /* @__PURE__ */ z.lazy(m_core_calendar.BusinessCalendarSchema)

/**
 * A date range, both ends included, at most {@link MAX_RANGE_DAYS} long.
 *
 * @group Core
 */
export const DateRangeSchema: z.ZodType<DateRange, DateRangeInput> = /* @__PURE__ */ z.lazy(
  m_core_period.DateRangeSchema,
)

/**
 * A rounding policy: `scale` digits after the point (0–10) and a rounding mode.
 *
 * @group Core
 */
export const RoundingPolicySchema: z.ZodType<RoundingPolicy, RoundingPolicyInput> = /* @__PURE__ */ z.lazy(
  m_core_schema.RoundingPolicySchema,
)

/**
 * The opportunity scoring matrix as a policy document.
 *
 * @group Opportunity scoring
 */
export const OpportunityScoringMatrixSchema: z.ZodType<
  OpportunityScoringMatrix,
  OpportunityScoringMatrixInput
> = /* @__PURE__ */ z.lazy(m_models_opportunity.OpportunityScoringMatrixSchema)

/**
 * An opportunity in the pipeline, for the weighted forecast.
 *
 * @group Opportunity scoring
 */
export const PipelineOpportunitySchema: z.ZodType<
  z.output<ReturnType<typeof m_models_opportunity.PipelineOpportunitySchema>>,
  PipelineOpportunity
> = /* @__PURE__ */ z.lazy(m_models_opportunity.PipelineOpportunitySchema)

/**
 * A point on the priority grid.
 *
 * @group Opportunity scoring
 */
export const PriorityPointSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_opportunity.PriorityPointSchema>>,
  PriorityPoint
> = /* @__PURE__ */ z.lazy(m_models_opportunity.PriorityPointSchema)

/**
 * An opportunity's ratings: dimension key → level id (`null` or absent when not rated).
 *
 * @group Opportunity scoring
 */
export const RatingsSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_opportunity.RatingsSchema>>,
  Ratings
> = /* @__PURE__ */ z.lazy(m_models_opportunity.RatingsSchema)

/**
 * What {@link forecastPipeline} is given: a currency and the opportunities.
 *
 * @group Opportunity scoring
 */
export const ForecastInputSchema: z.ZodType<
  z.output<ReturnType<typeof m_rules_opportunity_scoring_forecastPipeline.ForecastInputSchema>>,
  ForecastInput
> = /* @__PURE__ */ z.lazy(m_rules_opportunity_scoring_forecastPipeline.ForecastInputSchema)

/**
 * A quote to approve.
 *
 * @group Quote approval
 */
export const QuoteSchema: z.ZodType<Quote, QuoteInput> = /* @__PURE__ */ z.lazy(m_models_quote.QuoteSchema)

/**
 * The quote approval policy.
 *
 * @group Quote approval
 */
export const QuoteApprovalPolicySchema: z.ZodType<QuoteApprovalPolicy, QuoteApprovalPolicyInput> =
  /* @__PURE__ */ z.lazy(m_models_quote.QuoteApprovalPolicySchema)

/**
 * The customer grading policy.
 *
 * @group Customer grading
 */
export const CustomerGradingPolicySchema: z.ZodType<CustomerGradingPolicy, CustomerGradingPolicyInput> =
  /* @__PURE__ */ z.lazy(m_models_customer.CustomerGradingPolicySchema)

/**
 * A customer to grade.
 *
 * @group Customer grading
 */
export const CustomerSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_customer.CustomerSchema>>,
  CustomerInput
> = /* @__PURE__ */ z.lazy(m_models_customer.CustomerSchema)

/**
 * A summary as it comes back from another worker or machine (decimals as strings).
 *
 * @group Customer grading
 */
export const CustomerValueSummarySchema: z.ZodType<
  z.output<ReturnType<typeof m_rules_customer_grading__lib_summary.CustomerValueSummarySchema>>,
  SerializedCustomerValueSummary
> = /* @__PURE__ */ z.lazy(m_rules_customer_grading__lib_summary.CustomerValueSummarySchema)

/**
 * A manual adjustment (positive or negative) with its reason.
 *
 * @group Commission
 */
export const AdjustmentSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_commission.AdjustmentSchema>>,
  AdjustmentInput
> = /* @__PURE__ */ z.lazy(m_models_commission.AdjustmentSchema)

/**
 * What a statement is computed from.
 *
 * @group Commission
 */
export const CommissionInputSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_commission.CommissionInputSchema>>,
  CommissionInput
> = /* @__PURE__ */ z.lazy(m_models_commission.CommissionInputSchema)

/**
 * A commission plan.
 *
 * @group Commission
 */
export const CommissionPlanSchema: z.ZodType<CommissionPlan, CommissionPlanInput> = /* @__PURE__ */ z.lazy(
  m_models_commission.CommissionPlanSchema,
)

/**
 * A sale, or a refund, cancellation or write-off of one.
 *
 * @group Commission
 */
export const CommissionTransactionSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_commission.CommissionTransactionSchema>>,
  CommissionTransactionInput
> = /* @__PURE__ */ z.lazy(m_models_commission.CommissionTransactionSchema)

/**
 * What a plan year of statements is computed from (年度累计结算): every transaction of the year,
 * the annual quota, and how often the plan pays.
 *
 * @group Commission
 */
export const CommissionYearInputSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_commission.CommissionYearInputSchema>>,
  CommissionYearInput
> = /* @__PURE__ */ z.lazy(m_models_commission.CommissionYearInputSchema)

/**
 * A rep's employment dates, when they join or leave mid-period.
 *
 * @group Commission
 */
export const EmploymentSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_commission.EmploymentSchema>>,
  EmploymentInput
> = /* @__PURE__ */ z.lazy(m_models_commission.EmploymentSchema)

/**
 * A sales-expense budget.
 *
 * @group Expense budget
 */
export const ExpenseBudgetSchema: z.ZodType<ExpenseBudget, ExpenseBudgetInput> = /* @__PURE__ */ z.lazy(
  m_models_expense.ExpenseBudgetSchema,
)

/**
 * An expense actually incurred (费用报销 / 实际支出); a refund is negative.
 *
 * @group Expense budget
 */
export const ExpenseEntrySchema: z.ZodType<
  z.output<ReturnType<typeof m_models_expense.ExpenseEntrySchema>>,
  ExpenseEntryInput
> = /* @__PURE__ */ z.lazy(m_models_expense.ExpenseEntrySchema)

/**
 * One monitored indicator (监控指标).
 *
 * @group KPIs and SLAs
 */
export const KpiDefinitionSchema: z.ZodType<KpiDefinition, KpiDefinitionInput> = /* @__PURE__ */ z.lazy(
  m_models_kpi.KpiDefinitionSchema,
)

/**
 * The inputs of each built-in formula; see {@link measureKpi}.
 *
 * @group KPIs and SLAs
 */
export const KpiFormulaInputSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_kpi.KpiFormulaInputSchema>>,
  KpiFormulaInput
> = /* @__PURE__ */ z.lazy(m_models_kpi.KpiFormulaInputSchema)

/**
 * Measurements by KPI id: a value, `null` (no data), or a full measurement.
 *
 * @group KPIs and SLAs
 */
export const KpiMeasurementsSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_kpi.KpiMeasurementsSchema>>,
  KpiMeasurementsInput
> = /* @__PURE__ */ z.lazy(m_models_kpi.KpiMeasurementsSchema)

/**
 * A KPI policy: the monitored indicators, the scorecard, who hears of alerts, and service-time rules.
 *
 * @group KPIs and SLAs
 */
export const KpiPolicySchema: z.ZodType<KpiPolicy, KpiPolicyInput> = /* @__PURE__ */ z.lazy(
  m_models_kpi.KpiPolicySchema,
)

/**
 * An item on a service clock: a ticket, a deal or a request, with the instants (or dates) of its events.
 *
 * @group KPIs and SLAs
 */
export const SlaItemSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_kpi.SlaItemSchema>>,
  SlaItemInput
> = /* @__PURE__ */ z.lazy(m_models_kpi.SlaItemSchema)

/**
 * A company's sales handbook as one policy document (销售管理制度). It accepts and returns exactly
 * what {@link parseSalesPolicy} does: a domain policy that leaves out the calendar, the rounding,
 * the fiscal-year start or (for KPIs) the currency inherits the company's before it is checked.
 * Its errors are zod's own (an unknown key is one `unrecognized_keys` issue at the parent's path);
 * call {@link parseSalesPolicy} or {@link validateSalesPolicy} for the documented `SalesRulesError`
 * issues, and {@link salesPolicyJsonSchema} for its JSON Schema.
 *
 * @group Sales policy
 */
// schemas fix: the company defaults are filled in first, as parseSalesPolicy does (a zod preprocess)
export const SalesPolicySchema: z.ZodType<SalesPolicy, SalesPolicyInput> = /* @__PURE__ */ z.lazy(
  m_rules_policy__lib_companyDefaults.SalesPolicyDocumentSchema,
)

/**
 * The schema of each domain's policy document.
 *
 * @group Sales policy
 */
export const DOMAIN_SCHEMAS: {
  /** The opportunity assessment matrix. */
  readonly opportunityScoring: typeof OpportunityScoringMatrixSchema
  /** ABC customer grading. */
  readonly customerGrading: typeof CustomerGradingPolicySchema
  /** The quote approval ladder. */
  readonly quoteApproval: typeof QuoteApprovalPolicySchema
  /** The commission plan. */
  readonly commission: typeof CommissionPlanSchema
  /** The sales-expense budget. */
  readonly expenseBudget: typeof ExpenseBudgetSchema
  /** KPIs, scorecard and SLAs. */
  readonly kpi: typeof KpiPolicySchema
  /** The appraisal cycle (绩效考核). */
  readonly appraisal: typeof AppraisalPolicySchema
  /** Order release and contract review. */
  readonly orderRelease: typeof OrderReleasePolicySchema
  /** Expense claims (费用报销). */
  readonly expenseClaims: typeof ExpenseClaimPolicySchema
  /** Complaint handling. */
  readonly complaints: typeof ComplaintPolicySchema
  /** Training and certification. */
  readonly training: typeof TrainingPolicySchema
  /** Leads (线索管理). */
  readonly leads: typeof LeadPolicySchema
} = /* @__PURE__ */ lazyRecord(m_models_policy.DOMAIN_SCHEMAS)

/** A `z.lazy` schema for each getter of a record (start-up, issue #20). */
function lazyRecord<T extends Record<string, () => z.ZodType>>(
  getters: T,
): { readonly [K in keyof T]: z.ZodLazy<ReturnType<T[K]>> } {
  return Object.fromEntries(Object.entries(getters).map(([k, get]) => [k, z.lazy(get)])) as {
    readonly [K in keyof T]: z.ZodLazy<ReturnType<T[K]>>
  }
}

// appraisal (issue 24)
/**
 * An appraisal policy (绩效考核制度).
 *
 * @group Appraisal
 */
export const AppraisalPolicySchema: z.ZodType<AppraisalPolicy, AppraisalPolicyInput> = /* @__PURE__ */ z.lazy(
  m_models_appraisal.AppraisalPolicySchema,
)

/**
 * What one person's appraisal is computed from.
 *
 * @group Appraisal
 */
export const AppraisalInputSchema: z.ZodType<
  z.output<ReturnType<typeof m_models_appraisal.AppraisalInputSchema>>,
  AppraisalInput
> = /* @__PURE__ */ z.lazy(m_models_appraisal.AppraisalInputSchema)

// start-up (issue #20): the schema objects exported straight from their model before schemas were built
// lazily: each is a `z.lazy` over the model's getter, so it is built the first time it is used.

/**
 * A bilingual label: a plain string, or `{ en, 'zh-CN' }` with at least one of them.
 *
 * @group Core
 */
export const LabelSchema = /* @__PURE__ */ z.lazy(m_core_schema.LabelSchema)

/**
 * The header every policy document starts with.
 *
 * @group Core
 */
export const VersionedSchema = /* @__PURE__ */ z.lazy(m_core_versioning.VersionedSchema)

/**
 * A sales contract to review (销售合同).
 *
 * @group Order release
 */
export const ContractSchema = /* @__PURE__ */ z.lazy(m_models_order.ContractSchema)

/**
 * What is known about the customer and the order on the day of the check.
 *
 * @group Order release
 */
export const OrderContextSchema = /* @__PURE__ */ z.lazy(m_models_order.OrderContextSchema)

/**
 * The order release and contract review policy (订单放行与合同审核).
 *
 * @group Order release
 */
export const OrderReleasePolicySchema = /* @__PURE__ */ z.lazy(m_models_order.OrderReleasePolicySchema)

/**
 * A sales order to release (销售订单).
 *
 * @group Order release
 */
export const OrderSchema = /* @__PURE__ */ z.lazy(m_models_order.OrderSchema)

/**
 * The expense claim policy (费用报销制度).
 *
 * @group Expense claims
 */
export const ExpenseClaimPolicySchema = /* @__PURE__ */ z.lazy(
  m_models_expense_claim.ExpenseClaimPolicySchema,
)

/**
 * An expense claim (费用报销单).
 *
 * @group Expense claims
 */
export const ExpenseClaimSchema = /* @__PURE__ */ z.lazy(m_models_expense_claim.ExpenseClaimSchema)

/**
 * A contact with a lead (跟进记录): a call, a visit, a message.
 *
 * @group Leads
 */
export const LeadContactSchema = /* @__PURE__ */ z.lazy(m_models_lead.LeadContactSchema)

/**
 * A transition a CRM is about to write (更新线索状态).
 *
 * @group Leads
 */
export const LeadEventSchema = /* @__PURE__ */ z.lazy(m_models_lead.LeadEventSchema)

/**
 * The lead lifecycle policy (线索管理).
 *
 * @group Leads
 */
export const LeadPolicySchema = /* @__PURE__ */ z.lazy(m_models_lead.LeadPolicySchema)

/**
 * A lead (销售线索) as a CRM holds it.
 *
 * @group Leads
 */
export const LeadSchema = /* @__PURE__ */ z.lazy(m_models_lead.LeadSchema)

/**
 * A sales rep who may be given leads.
 *
 * @group Leads
 */
export const SalesRepSchema = /* @__PURE__ */ z.lazy(m_models_lead.SalesRepSchema)

/**
 * Exchange rates into the plan's currency: currency code → how many units of the plan's currency one unit
 * of it is worth (`{ USD: '7.1' }` on a CNY plan: 1 USD = 7.1 CNY). Converted amounts are rounded by the
 * plan's rounding, and the trace shows each conversion.
 *
 * @group Commission
 */
export const ExchangeRatesSchema = /* @__PURE__ */ z.lazy(m_models_commission.ExchangeRatesSchema)

/**
 * The complaint handling policy (投诉处理制度).
 *
 * @group Complaints
 */
export const ComplaintPolicySchema = /* @__PURE__ */ z.lazy(m_models_complaint.ComplaintPolicySchema)

/**
 * A customer complaint (客户投诉) as recorded.
 *
 * @group Complaints
 */
export const ComplaintSchema = /* @__PURE__ */ z.lazy(m_models_complaint.ComplaintSchema)

/**
 * The person whose certification is checked.
 *
 * @group Training
 */
export const TraineeSchema = /* @__PURE__ */ z.lazy(m_models_training.TraineeSchema)

/**
 * The training certification policy (岗前培训与考核).
 *
 * @group Training
 */
export const TrainingPolicySchema = /* @__PURE__ */ z.lazy(m_models_training.TrainingPolicySchema)

/**
 * One exam, training or certificate result of the person.
 *
 * @group Training
 */
export const TrainingResultSchema = /* @__PURE__ */ z.lazy(m_models_training.TrainingResultSchema)
