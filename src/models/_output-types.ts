// The compile-time tie between each documented validated (output) interface and its zod schema: this file
// compiles only while every interface is exactly the schema's output type, with arrays and properties
// readonly (decimals as `Decimal`, fields with defaults required). A field added to, removed from or
// retyped in one and not the other fails `tsc --noEmit` on the line that names the pair. Nothing here
// exists at run time. The nested interfaces without a schema of their own are checked through their parent
// (a part of the parent's output type). One file for every domain, one `Matches` helper: a new domain adds
// its imports and its lines as one block at the end of each list.
import type * as z from 'zod'
import type { ReadonlyInput, Same } from '../core/schema'

// typesa: quote, commission, customer, opportunity, kpi, expense, policy, period, versioning, calendar
import type { BusinessCalendar, BusinessHours } from '../core/calendar'
import type { BusinessCalendarSchema, BusinessHoursSchema } from '../core/calendar'
import type { DateRange } from '../core/period'
import type { DateRangeSchema } from '../core/period'
import type { Versioned, VersionedSchema } from '../core/versioning'
import type {
  ApprovalRole,
  DiscountOverride,
  ParallelApprover,
  Quote,
  QuoteApprovalPolicy,
  QuoteLine,
  RoleLimits,
} from '../models/quote'
import type {
  ApprovalRoleSchema,
  DiscountOverrideSchema,
  ParallelApproverSchema,
  QuoteApprovalPolicySchema,
  QuoteLineSchema,
  QuoteSchema,
  RoleLimitsSchema,
} from '../models/quote'
import type { BudgetApproval, BudgetLine, ExpenseBudget, ExpenseControl } from '../models/expense'
import type {
  BudgetApprovalSchema,
  BudgetLineSchema,
  ExpenseBudgetSchema,
  ExpenseControlSchema,
} from '../models/expense'
import type {
  CustomerGrade,
  CustomerGradingPolicy,
  FollowUpRule,
  ParetoMethod,
  ThresholdMethod,
  WeightedMethod,
} from '../models/customer'
import type {
  CustomerGradeSchema,
  CustomerGradingPolicySchema,
  FollowUpRuleSchema,
  ParetoMethodSchema,
  ThresholdMethodSchema,
  WeightedMethodSchema,
} from '../models/customer'
import type { ScoreDimension, ScoreDimensionSchema, ScoreLevel, ScoreLevelSchema } from '../models/scorecard'
import type {
  AxisTier,
  FollowUpStrategy,
  OpportunityGrade,
  OpportunityScoringMatrix,
  PipelineStage,
  PriorityAxis,
  PriorityCell,
  PriorityGrid,
  ScoringGate,
} from '../models/opportunity'
import type {
  AxisTierSchema,
  FollowUpStrategySchema,
  OpportunityGradeSchema,
  OpportunityScoringMatrixSchema,
  PipelineStageSchema,
  PriorityAxisSchema,
  PriorityCellSchema,
  PriorityGridSchema,
  ScoringGateSchema,
} from '../models/opportunity'
import type {
  CommissionBonus,
  CommissionPlan,
  CommissionTier,
  FlatRate,
  TieredRate,
} from '../models/commission'
import type {
  CommissionBonusSchema,
  CommissionPlanSchema,
  CommissionTierSchema,
  FlatRateSchema,
  TieredRateSchema,
} from '../models/commission'

// typesc: kpi
import type {
  KpiBand,
  KpiDeduction,
  KpiDefinition,
  KpiFixedTarget,
  KpiPeriodicTarget,
  KpiPolicy,
  KpiRating,
  KpiScorecard,
  KpiTarget,
  KpiTrend,
  KpiZeroTarget,
  SlaRule,
} from '../models/kpi'
import type {
  KpiBandSchema,
  KpiDefinitionSchema,
  KpiPolicySchema,
  KpiRatingSchema,
  KpiScorecardSchema,
  KpiTrendSchema,
  SlaRuleSchema,
} from '../models/kpi'
// typesc: the sales policy bundle
import type { SalesPolicy, SalesPolicySchema } from '../models/policy'

// typesb: order release, leads, complaints, training, appraisal, expense claims
// order release
import type {
  Contract,
  ContractApprover,
  ContractReview,
  ContractType,
  CustomerCreditLimit,
  GradeCreditLimit,
  OpenOrder,
  Order,
  OrderContext,
  OrderCreditPolicy,
  OrderLine,
  OrderOverrideRole,
  OrderPayment,
  OrderPaymentTerms,
  OrderReceivable,
  OrderReleasePolicy,
  PriceListEntry,
  StockConfirmation,
} from '../models/order'
import type {
  ContractSchema,
  OrderContextSchema,
  OrderReleasePolicySchema,
  OrderSchema,
} from '../models/order'

// leads (线索管理)
import type {
  AssignmentRule,
  FollowUpCadence,
  Lead,
  LeadContact,
  LeadEvent,
  LeadPolicy,
  LeadSource,
  LeadState,
  LeadTransitionRule,
  SalesRep,
} from '../models/lead'
import type {
  LeadContactSchema,
  LeadEventSchema,
  LeadPolicySchema,
  LeadSchema,
  SalesRepSchema,
} from '../models/lead'
// complaints
import type {
  Complaint,
  ComplaintClockLimit,
  ComplaintClockLimits,
  ComplaintKind,
  ComplaintPenalties,
  ComplaintPenaltyRule,
  ComplaintPolicy,
  ComplaintPolicyRole,
  ComplaintRecord,
  ComplaintSeverity,
} from '../models/complaint'
import type { ComplaintPolicySchema, ComplaintSchema } from '../models/complaint'
// training
import type { TrainingCourse, TrainingPolicy, TrainingResult, TrainingRole } from '../models/training'
import type { TrainingPolicySchema, TrainingResultSchema } from '../models/training'
// appraisal
import type {
  AppraisalBand,
  AppraisalCombine,
  AppraisalDistribution,
  AppraisalPartWeight,
  AppraisalPolicy,
  AppraisalStep,
} from '../models/appraisal'
import type {
  AppraisalBandSchema,
  AppraisalCombineSchema,
  AppraisalDistributionSchema,
  AppraisalPartSchema,
  AppraisalPolicySchema,
  AppraisalStepSchema,
} from '../models/appraisal'
// expense claims
import type {
  ClaimApprover,
  ClaimCategory,
  ClaimInvoice,
  ClaimLimit,
  ClaimLine,
  ExpenseClaim,
  ExpenseClaimPolicy,
} from '../models/expense-claim'
import type {
  ClaimApproverSchema,
  ClaimInvoiceSchema,
  ClaimLimitSchema,
  ClaimLineSchema,
  ExpenseClaimPolicySchema,
  ExpenseClaimSchema,
} from '../models/expense-claim'

type Expect<T extends true> = T
/**
 * `O` is exactly the output of `S` (a schema, or the output type of one or of a part of one) as an output
 * interface states it: arrays and properties readonly.
 */
type Matches<O, S> = Same<O, ReadonlyInput<S extends z.ZodType ? z.output<S> : S>>

// order release: the parts, as the schemas' own output types
type OrderReleasePolicyOut = z.output<ReturnType<typeof OrderReleasePolicySchema>>
type OrderCreditOut = NonNullable<OrderReleasePolicyOut['credit']>
type ContractReviewOut = NonNullable<OrderReleasePolicyOut['contracts']>
type OrderContextOut = z.output<ReturnType<typeof OrderContextSchema>>
// leads, complaints, training: the parts, as the schemas' own output types
type LeadPolicyOut = z.output<ReturnType<typeof LeadPolicySchema>>
type ComplaintPolicyOut = z.output<ReturnType<typeof ComplaintPolicySchema>>
type ComplaintPenaltiesOut = NonNullable<ComplaintPolicyOut['penalties']>
type TrainingPolicyOut = z.output<ReturnType<typeof TrainingPolicySchema>>
type ExpenseClaimPolicyOut = z.output<ReturnType<typeof ExpenseClaimPolicySchema>>

/** @internal */
export type SchemaOutputChecks = [
  // core/versioning.ts, core/period.ts, core/calendar.ts
  Expect<Matches<Versioned, ReturnType<typeof VersionedSchema>>>,
  Expect<Matches<DateRange, ReturnType<typeof DateRangeSchema>>>,
  Expect<Matches<BusinessCalendar, ReturnType<typeof BusinessCalendarSchema>>>,
  Expect<Matches<BusinessHours, ReturnType<typeof BusinessHoursSchema>>>,
  // models/quote.ts
  Expect<Matches<Quote, ReturnType<typeof QuoteSchema>>>,
  Expect<Matches<QuoteLine, ReturnType<typeof QuoteLineSchema>>>,
  Expect<Matches<QuoteApprovalPolicy, ReturnType<typeof QuoteApprovalPolicySchema>>>,
  Expect<Matches<ApprovalRole, ReturnType<typeof ApprovalRoleSchema>>>,
  Expect<Matches<RoleLimits, ReturnType<typeof RoleLimitsSchema>>>,
  Expect<Matches<DiscountOverride, ReturnType<typeof DiscountOverrideSchema>>>,
  Expect<Matches<ParallelApprover, ReturnType<typeof ParallelApproverSchema>>>,
  // models/expense.ts
  Expect<Matches<ExpenseBudget, ReturnType<typeof ExpenseBudgetSchema>>>,
  Expect<Matches<BudgetLine, ReturnType<typeof BudgetLineSchema>>>,
  Expect<Matches<ExpenseControl, ReturnType<typeof ExpenseControlSchema>>>,
  Expect<Matches<BudgetApproval, ReturnType<typeof BudgetApprovalSchema>>>,
  // models/customer.ts
  Expect<Matches<CustomerGradingPolicy, ReturnType<typeof CustomerGradingPolicySchema>>>,
  Expect<Matches<CustomerGrade, ReturnType<typeof CustomerGradeSchema>>>,
  Expect<Matches<FollowUpRule, ReturnType<typeof FollowUpRuleSchema>>>,
  Expect<Matches<ParetoMethod, ReturnType<typeof ParetoMethodSchema>>>,
  Expect<Matches<ThresholdMethod, ReturnType<typeof ThresholdMethodSchema>>>,
  Expect<Matches<WeightedMethod, ReturnType<typeof WeightedMethodSchema>>>,
  // models/scorecard.ts
  Expect<Matches<ScoreDimension, ReturnType<typeof ScoreDimensionSchema>>>,
  Expect<Matches<ScoreLevel, ReturnType<typeof ScoreLevelSchema>>>,
  // models/opportunity.ts
  Expect<Matches<OpportunityScoringMatrix, ReturnType<typeof OpportunityScoringMatrixSchema>>>,
  Expect<Matches<OpportunityGrade, ReturnType<typeof OpportunityGradeSchema>>>,
  Expect<Matches<FollowUpStrategy, ReturnType<typeof FollowUpStrategySchema>>>,
  Expect<Matches<ScoringGate, ReturnType<typeof ScoringGateSchema>>>,
  Expect<Matches<PriorityGrid, ReturnType<typeof PriorityGridSchema>>>,
  Expect<Matches<PriorityAxis, ReturnType<typeof PriorityAxisSchema>>>,
  Expect<Matches<PriorityCell, ReturnType<typeof PriorityCellSchema>>>,
  Expect<Matches<AxisTier, ReturnType<typeof AxisTierSchema>>>,
  Expect<Matches<PipelineStage, ReturnType<typeof PipelineStageSchema>>>,
  // models/commission.ts
  Expect<Matches<CommissionPlan, ReturnType<typeof CommissionPlanSchema>>>,
  Expect<Matches<FlatRate, ReturnType<typeof FlatRateSchema>>>,
  Expect<Matches<TieredRate, ReturnType<typeof TieredRateSchema>>>,
  Expect<Matches<CommissionTier, ReturnType<typeof CommissionTierSchema>>>,
  Expect<Matches<CommissionBonus, ReturnType<typeof CommissionBonusSchema>>>,

  // models/kpi.ts (typesc)
  Expect<Matches<KpiPolicy, ReturnType<typeof KpiPolicySchema>>>,
  Expect<Matches<KpiDefinition, ReturnType<typeof KpiDefinitionSchema>>>,
  Expect<Same<KpiTarget, ReadonlyInput<KpiTargetOut>>>,
  Expect<Same<KpiFixedTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'fixed' }>>>>,
  Expect<Same<KpiPeriodicTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'periodic' }>>>>,
  Expect<Same<KpiZeroTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'zero' }>>>>,
  Expect<
    Same<
      KpiDeduction,
      ReadonlyInput<NonNullable<z.output<ReturnType<typeof KpiDefinitionSchema>>['deduction']>>
    >
  >,
  Expect<Matches<KpiBand, ReturnType<typeof KpiBandSchema>>>,
  Expect<Matches<KpiTrend, ReturnType<typeof KpiTrendSchema>>>,
  Expect<Matches<KpiScorecard, ReturnType<typeof KpiScorecardSchema>>>,
  Expect<Matches<KpiRating, ReturnType<typeof KpiRatingSchema>>>,
  Expect<Matches<SlaRule, ReturnType<typeof SlaRuleSchema>>>,
  // models/policy.ts (typesc)
  Expect<Matches<SalesPolicy, ReturnType<typeof SalesPolicySchema>>>,

  // typesb
  // models/order.ts
  Expect<Matches<OrderReleasePolicy, OrderReleasePolicyOut>>,
  Expect<Matches<OrderPaymentTerms, OrderReleasePolicyOut['paymentTerms'][number]>>,
  Expect<Matches<OrderCreditPolicy, OrderCreditOut>>,
  Expect<Matches<CustomerCreditLimit, OrderCreditOut['customers'][number]>>,
  Expect<Matches<GradeCreditLimit, OrderCreditOut['grades'][number]>>,
  Expect<Matches<OrderOverrideRole, OrderReleasePolicyOut['overrides'][number]>>,
  Expect<Matches<ContractReview, ContractReviewOut>>,
  Expect<Matches<ContractApprover, ContractReviewOut['chain'][number]>>,
  Expect<Matches<ContractType, ContractReviewOut['types'][number]>>,
  Expect<Matches<Order, z.output<ReturnType<typeof OrderSchema>>>>,
  Expect<Matches<OrderLine, z.output<ReturnType<typeof OrderSchema>>['lines'][number]>>,
  Expect<Matches<OrderContext, OrderContextOut>>,
  Expect<Matches<OrderPayment, OrderContextOut['payments'][number]>>,
  Expect<Matches<OrderReceivable, OrderContextOut['receivables'][number]>>,
  Expect<Matches<OpenOrder, OrderContextOut['openOrders'][number]>>,
  Expect<Matches<PriceListEntry, OrderContextOut['priceList'][number]>>,
  Expect<Matches<StockConfirmation, OrderContextOut['stockConfirmations'][number]>>,
  Expect<Matches<Contract, z.output<ReturnType<typeof ContractSchema>>>>,
  // models/lead.ts
  Expect<Matches<LeadPolicy, LeadPolicyOut>>,
  Expect<Matches<LeadSource, LeadPolicyOut['sources'][number]>>,
  Expect<Matches<LeadState, LeadPolicyOut['states'][number]>>,
  Expect<Matches<LeadTransitionRule, LeadPolicyOut['transitions'][number]>>,
  Expect<Matches<AssignmentRule, LeadPolicyOut['assignment'][number]>>,
  Expect<Matches<FollowUpCadence, LeadPolicyOut['followUp'][number]>>,
  Expect<Matches<Lead, z.output<ReturnType<typeof LeadSchema>>>>,
  Expect<Matches<LeadEvent, z.output<ReturnType<typeof LeadEventSchema>>>>,
  Expect<Matches<SalesRep, z.output<ReturnType<typeof SalesRepSchema>>>>,
  Expect<Matches<LeadContact, z.output<ReturnType<typeof LeadContactSchema>>>>,
  // models/complaint.ts
  Expect<Matches<ComplaintPolicy, ComplaintPolicyOut>>,
  Expect<Matches<ComplaintPolicyRole, ComplaintPolicyOut['roles'][number]>>,
  Expect<Matches<ComplaintKind, ComplaintPolicyOut['kinds'][number]>>,
  Expect<Matches<ComplaintSeverity, ComplaintPolicyOut['severities'][number]>>,
  Expect<Matches<ComplaintClockLimits, ComplaintPolicyOut['clocks']>>,
  Expect<Matches<ComplaintClockLimit, ComplaintPolicyOut['clocks']['reply']>>,
  Expect<Matches<ComplaintPenalties, ComplaintPenaltiesOut>>,
  Expect<Matches<ComplaintPenaltyRule, ComplaintPenaltiesOut['rules'][number]>>,
  Expect<Matches<Complaint, z.output<ReturnType<typeof ComplaintSchema>>>>,
  Expect<Matches<ComplaintRecord, z.output<ReturnType<typeof ComplaintSchema>>['record']>>,
  // models/training.ts
  Expect<Matches<TrainingPolicy, TrainingPolicyOut>>,
  Expect<Matches<TrainingCourse, TrainingPolicyOut['courses'][number]>>,
  Expect<Matches<TrainingRole, TrainingPolicyOut['roles'][number]>>,
  Expect<Matches<TrainingResult, z.output<ReturnType<typeof TrainingResultSchema>>>>,
  // models/appraisal.ts
  Expect<Matches<AppraisalPolicy, z.output<ReturnType<typeof AppraisalPolicySchema>>>>,
  Expect<Matches<AppraisalStep, z.output<ReturnType<typeof AppraisalStepSchema>>>>,
  Expect<Matches<AppraisalPartWeight, z.output<ReturnType<typeof AppraisalPartSchema>>>>,
  Expect<Matches<AppraisalCombine, z.output<ReturnType<typeof AppraisalCombineSchema>>>>,
  Expect<Matches<AppraisalBand, z.output<ReturnType<typeof AppraisalBandSchema>>>>,
  Expect<Matches<AppraisalDistribution, z.output<ReturnType<typeof AppraisalDistributionSchema>>>>,
  // models/expense-claim.ts
  Expect<Matches<ExpenseClaimPolicy, ExpenseClaimPolicyOut>>,
  Expect<Matches<ClaimCategory, ExpenseClaimPolicyOut['categories'][number]>>,
  Expect<Matches<ClaimLimit, z.output<ReturnType<typeof ClaimLimitSchema>>>>,
  Expect<Matches<ClaimApprover, z.output<ReturnType<typeof ClaimApproverSchema>>>>,
  Expect<Matches<ExpenseClaim, z.output<ReturnType<typeof ExpenseClaimSchema>>>>,
  Expect<Matches<ClaimLine, z.output<ReturnType<typeof ClaimLineSchema>>>>,
  Expect<Matches<ClaimInvoice, z.output<ReturnType<typeof ClaimInvoiceSchema>>>>,
]

type KpiTargetOut = NonNullable<z.output<ReturnType<typeof KpiDefinitionSchema>>['target']>
