// The compile-time tie between each documented input interface and its zod schema: this file compiles
// only while every interface is exactly the schema's input type (arrays and properties readonly, so
// `as const` data fits). A field added to, removed from or retyped in one and not the other fails
// `tsc --noEmit` on the line that names the pair. Nothing here exists at run time.
import type * as z from 'zod'
// appraisal and year-end profit share (issue 24)
import type { ProfitShareParticipantInput, ProfitShareRuleInput } from '../models/profit-share'
import type { ProfitShareParticipantSchema, ProfitShareRuleSchema } from '../models/profit-share'
import type {
  AppraisalBandInput,
  AppraisalCombineInput,
  AppraisalDistributionInput,
  AppraisalInput,
  AppraisalPartInput,
  AppraisalPolicyInput,
  AppraisalStepInput,
  CalibrationEntryInput,
} from '../models/appraisal'
import type {
  AppraisalBandSchema,
  AppraisalCombineSchema,
  AppraisalDistributionSchema,
  AppraisalInputSchema,
  AppraisalPartSchema,
  AppraisalPolicySchema,
  AppraisalStepSchema,
  CalibrationEntrySchema,
} from '../models/appraisal'

// expense claims
import type {
  ClaimAdvanceInput,
  ClaimApproverInput,
  ClaimInvoiceInput,
  ClaimLimitInput,
  ClaimLineInput,
  EarlierClaimInput,
  ExpenseClaimInput,
  ExpenseClaimPolicyInput,
} from '../models/expense-claim'
import type {
  ClaimAdvanceSchema,
  ClaimApproverSchema,
  ClaimInvoiceSchema,
  ClaimLimitSchema,
  ClaimLineSchema,
  EarlierClaimSchema,
  ExpenseClaimPolicySchema,
  ExpenseClaimSchema,
} from '../models/expense-claim'
import type { BudgetApprovalInput, BudgetApprovalSchema } from '../models/expense'

import type { BusinessCalendarInput, BusinessHoursInput } from '../core/calendar'
import type { BusinessCalendarSchema, BusinessHoursSchema } from '../core/calendar'
import type { DateRangeInput, ProrateRequest } from '../core/period'
import type { DateRangeSchema, ProrateRequestSchema } from '../core/period'
import type {
  ApprovalRoleInput,
  DiscountOverrideInput,
  ParallelApproverInput,
  QuoteApprovalPolicyInput,
  QuoteInput,
  QuoteLineInput,
  RoleLimitsInput,
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
import type {
  BudgetLineInput,
  ExpenseBudgetInput,
  ExpenseControlInput,
  ExpenseEntryInput,
} from '../models/expense'
import type {
  BudgetLineSchema,
  ExpenseBudgetSchema,
  ExpenseControlSchema,
  ExpenseEntrySchema,
} from '../models/expense'
import type {
  CustomerGradeInput,
  CustomerGradingPolicyInput,
  CustomerInput,
  FollowUpRuleInput,
  ParetoMethodInput,
  ThresholdMethodInput,
  WeightedMethodInput,
} from '../models/customer'
import type {
  CustomerGradeSchema,
  CustomerGradingPolicySchema,
  CustomerSchema,
  FollowUpRuleSchema,
  ParetoMethodSchema,
  ThresholdMethodSchema,
  WeightedMethodSchema,
} from '../models/customer'
import type {
  KpiBandInput,
  KpiDefinitionInput,
  KpiFormulaInput,
  KpiMeasurementInput,
  KpiMeasurementsInput,
  KpiPolicyInput,
  KpiRatingInput,
  KpiScorecardInput,
  KpiTrendInput,
  SlaItemInput,
  SlaRuleInput,
} from '../models/kpi'
import type {
  KpiBandSchema,
  KpiDefinitionSchema,
  KpiFormulaInputSchema,
  KpiMeasurementSchema,
  KpiMeasurementsSchema,
  KpiPolicySchema,
  KpiRatingSchema,
  KpiScorecardSchema,
  KpiTrendSchema,
  SlaItemSchema,
  SlaRuleSchema,
} from '../models/kpi'
import type {
  AdjustmentInput,
  CommissionBonusInput,
  CommissionInput,
  CommissionPaymentInput,
  CommissionPlanInput,
  CommissionTierInput,
  CommissionTransactionInput,
  CommissionYearInput,
  CreditSplitInput,
  EmploymentInput,
  FlatRateInput,
  TieredRateInput,
} from '../models/commission'
import type {
  AdjustmentSchema,
  CommissionBonusSchema,
  CommissionInputSchema,
  CommissionPaymentSchema,
  CommissionPlanSchema,
  CommissionTierSchema,
  CommissionTransactionSchema,
  CommissionYearInputSchema,
  CreditSplitSchema,
  EmploymentSchema,
  FlatRateSchema,
  TieredRateSchema,
} from '../models/commission'
import type {
  AxisTierInput,
  FollowUpStrategyInput,
  OpportunityGradeInput,
  OpportunityScoringMatrixInput,
  PipelineOpportunity,
  PipelineStageInput,
  PriorityAxisInput,
  PriorityCellInput,
  PriorityGridInput,
  PriorityPoint,
  Ratings,
  ScoringGateInput,
} from '../models/opportunity'
import type {
  AxisTierSchema,
  FollowUpStrategySchema,
  OpportunityGradeSchema,
  OpportunityScoringMatrixSchema,
  PipelineOpportunitySchema,
  PipelineStageSchema,
  PriorityAxisSchema,
  PriorityCellSchema,
  PriorityGridSchema,
  PriorityPointSchema,
  RatingsSchema,
  ScoringGateSchema,
} from '../models/opportunity'
import type { ForecastInput } from '../rules/opportunity-scoring/forecastPipeline'
import type { ForecastInputSchema } from '../rules/opportunity-scoring/forecastPipeline'
import type { SalesPolicyInput } from '../models/policy'
import type { SalesPolicySchema } from '../models/policy'
import type { RoundingPolicyInput } from '../core/schema'
import type { RoundingPolicySchema } from '../core/schema'
import type { ScoreDimensionInput, ScoreLevelInput } from '../models/scorecard'
import type { ScoreDimensionSchema, ScoreLevelSchema } from '../models/scorecard'
import type { ReadonlyInput, Same } from '../core/schema'
import type { ContractInput, OrderContextInput, OrderInput, OrderReleasePolicyInput } from '../models/order'
import type {
  ContractSchema,
  OrderContextSchema,
  OrderReleasePolicySchema,
  OrderSchema,
} from '../models/order'
import type {
  CustomerValueSummarySchema,
  SerializedCustomerValueSummary,
} from '../rules/customer-grading/_lib/summary'

// leads (线索管理)
import type {
  AssignmentRuleInput,
  FollowUpCadenceInput,
  LeadContactInput,
  LeadEventInput,
  LeadInput,
  LeadPolicyInput,
  LeadScreeningInput,
  LeadSourceInput,
  LeadStateInput,
  LeadTransitionRuleInput,
  SalesRepInput,
} from '../models/lead'
import type {
  LeadContactSchema,
  LeadEventSchema,
  LeadPolicySchema,
  LeadSchema,
  SalesRepSchema,
} from '../models/lead'
import type { AssignLeadOptions } from '../rules/leads/_lib/assign'
import type { AssignLeadOptionsSchema } from '../rules/leads/_lib/assign'
import type {
  FollowedOpportunityInput,
  OpportunityContactInput,
} from '../rules/opportunity-scoring/checkOpportunityFollowUp'
import type {
  FollowedOpportunitySchema,
  OpportunityContactSchema,
} from '../rules/opportunity-scoring/checkOpportunityFollowUp'

// leads (线索管理): the parts of the policy, as the policy schema's own input types
type LeadPolicyIn = z.input<ReturnType<typeof LeadPolicySchema>>
type LeadSourceSchemaT = z.ZodType<unknown, LeadPolicyIn['sources'][number]>
type LeadStateSchemaT = z.ZodType<unknown, LeadPolicyIn['states'][number]>
type LeadTransitionRuleSchemaT = z.ZodType<unknown, LeadPolicyIn['transitions'][number]>
type LeadScreeningSchemaT = z.ZodType<unknown, NonNullable<LeadPolicyIn['screening']>>
type AssignmentRuleSchemaT = z.ZodType<unknown, NonNullable<LeadPolicyIn['assignment']>[number]>
type FollowUpCadenceSchemaT = z.ZodType<unknown, NonNullable<LeadPolicyIn['followUp']>[number]>
// complaints and training (issue #18, typesc)
import type { ComplaintInput, ComplaintPolicyInput } from '../models/complaint'
import type { ComplaintPolicySchema, ComplaintSchema } from '../models/complaint'
import type { TraineeInput, TrainingPolicyInput, TrainingResultInput } from '../models/training'
import type { TraineeSchema, TrainingPolicySchema, TrainingResultSchema } from '../models/training'

type Expect<T extends true> = T
type Matches<I, S extends z.ZodType> = Same<I, ReadonlyInput<z.input<S>>>

/** @internal */
export type SchemaInputChecks = [
  // core/calendar.ts
  Expect<Matches<BusinessCalendarInput, ReturnType<typeof BusinessCalendarSchema>>>,
  Expect<Matches<BusinessHoursInput, ReturnType<typeof BusinessHoursSchema>>>,
  // core/period.ts
  Expect<Matches<ProrateRequest, ReturnType<typeof ProrateRequestSchema>>>,
  Expect<Matches<DateRangeInput, ReturnType<typeof DateRangeSchema>>>,
  // models/quote.ts
  Expect<Matches<QuoteInput, ReturnType<typeof QuoteSchema>>>,
  Expect<Matches<QuoteApprovalPolicyInput, ReturnType<typeof QuoteApprovalPolicySchema>>>,
  Expect<Matches<QuoteLineInput, ReturnType<typeof QuoteLineSchema>>>,
  Expect<Matches<ApprovalRoleInput, ReturnType<typeof ApprovalRoleSchema>>>,
  Expect<Matches<DiscountOverrideInput, ReturnType<typeof DiscountOverrideSchema>>>,
  Expect<Matches<ParallelApproverInput, ReturnType<typeof ParallelApproverSchema>>>,
  Expect<Matches<RoleLimitsInput, ReturnType<typeof RoleLimitsSchema>>>,
  // models/expense.ts
  Expect<Matches<ExpenseBudgetInput, ReturnType<typeof ExpenseBudgetSchema>>>,
  Expect<Matches<ExpenseEntryInput, ReturnType<typeof ExpenseEntrySchema>>>,
  Expect<Matches<ExpenseControlInput, ReturnType<typeof ExpenseControlSchema>>>,
  Expect<Matches<BudgetLineInput, ReturnType<typeof BudgetLineSchema>>>,
  // models/customer.ts
  Expect<Matches<CustomerGradingPolicyInput, ReturnType<typeof CustomerGradingPolicySchema>>>,
  Expect<Matches<CustomerInput, ReturnType<typeof CustomerSchema>>>,
  Expect<Matches<CustomerGradeInput, ReturnType<typeof CustomerGradeSchema>>>,
  Expect<Matches<ParetoMethodInput, ReturnType<typeof ParetoMethodSchema>>>,
  Expect<Matches<ThresholdMethodInput, ReturnType<typeof ThresholdMethodSchema>>>,
  Expect<Matches<WeightedMethodInput, ReturnType<typeof WeightedMethodSchema>>>,
  Expect<Matches<FollowUpRuleInput, ReturnType<typeof FollowUpRuleSchema>>>,
  // models/kpi.ts
  Expect<Matches<KpiDefinitionInput, ReturnType<typeof KpiDefinitionSchema>>>,
  Expect<Matches<KpiPolicyInput, ReturnType<typeof KpiPolicySchema>>>,
  Expect<Matches<KpiFormulaInput, ReturnType<typeof KpiFormulaInputSchema>>>,
  Expect<Matches<KpiMeasurementsInput, ReturnType<typeof KpiMeasurementsSchema>>>,
  Expect<Matches<SlaItemInput, ReturnType<typeof SlaItemSchema>>>,
  Expect<Matches<KpiBandInput, ReturnType<typeof KpiBandSchema>>>,
  Expect<Matches<KpiTrendInput, ReturnType<typeof KpiTrendSchema>>>,
  Expect<Matches<KpiScorecardInput, ReturnType<typeof KpiScorecardSchema>>>,
  Expect<Matches<SlaRuleInput, ReturnType<typeof SlaRuleSchema>>>,
  Expect<Matches<KpiMeasurementInput, ReturnType<typeof KpiMeasurementSchema>>>,
  Expect<Matches<KpiRatingInput, ReturnType<typeof KpiRatingSchema>>>,
  // models/commission.ts
  Expect<Matches<CommissionPlanInput, ReturnType<typeof CommissionPlanSchema>>>,
  Expect<Matches<CommissionTransactionInput, ReturnType<typeof CommissionTransactionSchema>>>,
  Expect<Matches<CommissionInput, ReturnType<typeof CommissionInputSchema>>>,
  Expect<Matches<CommissionYearInput, ReturnType<typeof CommissionYearInputSchema>>>,
  Expect<Matches<FlatRateInput, ReturnType<typeof FlatRateSchema>>>,
  Expect<Matches<TieredRateInput, ReturnType<typeof TieredRateSchema>>>,
  Expect<Matches<CommissionBonusInput, ReturnType<typeof CommissionBonusSchema>>>,
  Expect<Matches<CreditSplitInput, ReturnType<typeof CreditSplitSchema>>>,
  Expect<Matches<EmploymentInput, ReturnType<typeof EmploymentSchema>>>,
  Expect<Matches<CommissionPaymentInput, ReturnType<typeof CommissionPaymentSchema>>>,
  Expect<Matches<AdjustmentInput, ReturnType<typeof AdjustmentSchema>>>,
  Expect<Matches<CommissionTierInput, ReturnType<typeof CommissionTierSchema>>>,
  // models/opportunity.ts
  Expect<Matches<OpportunityScoringMatrixInput, ReturnType<typeof OpportunityScoringMatrixSchema>>>,
  Expect<Matches<Ratings, ReturnType<typeof RatingsSchema>>>,
  Expect<Matches<PriorityPoint, ReturnType<typeof PriorityPointSchema>>>,
  Expect<Matches<PipelineOpportunity, ReturnType<typeof PipelineOpportunitySchema>>>,
  Expect<Matches<OpportunityGradeInput, ReturnType<typeof OpportunityGradeSchema>>>,
  Expect<Matches<ScoringGateInput, ReturnType<typeof ScoringGateSchema>>>,
  Expect<Matches<PriorityGridInput, ReturnType<typeof PriorityGridSchema>>>,
  Expect<Matches<PipelineStageInput, ReturnType<typeof PipelineStageSchema>>>,
  Expect<Matches<FollowUpStrategyInput, ReturnType<typeof FollowUpStrategySchema>>>,
  Expect<Matches<PriorityAxisInput, ReturnType<typeof PriorityAxisSchema>>>,
  Expect<Matches<PriorityCellInput, ReturnType<typeof PriorityCellSchema>>>,
  Expect<Matches<AxisTierInput, ReturnType<typeof AxisTierSchema>>>,
  // rules/opportunity-scoring/forecastPipeline.ts
  Expect<Matches<ForecastInput, ReturnType<typeof ForecastInputSchema>>>,
  // models/policy.ts
  Expect<Matches<SalesPolicyInput, ReturnType<typeof SalesPolicySchema>>>,
  // core/schema.ts
  Expect<Matches<RoundingPolicyInput, ReturnType<typeof RoundingPolicySchema>>>,
  // models/scorecard.ts
  Expect<Matches<ScoreDimensionInput, ReturnType<typeof ScoreDimensionSchema>>>,
  Expect<Matches<ScoreLevelInput, ReturnType<typeof ScoreLevelSchema>>>,
  // rules/customer-grading/_lib/summary.ts
  Expect<Matches<SerializedCustomerValueSummary, ReturnType<typeof CustomerValueSummarySchema>>>,
  // models/order.ts
  Expect<Matches<OrderReleasePolicyInput, ReturnType<typeof OrderReleasePolicySchema>>>,
  Expect<Matches<OrderInput, ReturnType<typeof OrderSchema>>>,
  Expect<Matches<OrderContextInput, ReturnType<typeof OrderContextSchema>>>,
  Expect<Matches<ContractInput, ReturnType<typeof ContractSchema>>>,
  // models/expense-claim.ts
  Expect<Matches<ExpenseClaimPolicyInput, ReturnType<typeof ExpenseClaimPolicySchema>>>,
  Expect<Matches<ClaimLimitInput, ReturnType<typeof ClaimLimitSchema>>>,
  Expect<Matches<ClaimApproverInput, ReturnType<typeof ClaimApproverSchema>>>,
  Expect<Matches<ExpenseClaimInput, ReturnType<typeof ExpenseClaimSchema>>>,
  Expect<Matches<ClaimLineInput, ReturnType<typeof ClaimLineSchema>>>,
  Expect<Matches<ClaimInvoiceInput, ReturnType<typeof ClaimInvoiceSchema>>>,
  Expect<Matches<ClaimAdvanceInput, ReturnType<typeof ClaimAdvanceSchema>>>,
  Expect<Matches<EarlierClaimInput, ReturnType<typeof EarlierClaimSchema>>>,
  Expect<Matches<BudgetApprovalInput, ReturnType<typeof BudgetApprovalSchema>>>,
  // leads (线索管理)
  Expect<Matches<LeadPolicyInput, ReturnType<typeof LeadPolicySchema>>>,
  Expect<Matches<LeadInput, ReturnType<typeof LeadSchema>>>,
  Expect<Matches<LeadEventInput, ReturnType<typeof LeadEventSchema>>>,
  Expect<Matches<SalesRepInput, ReturnType<typeof SalesRepSchema>>>,
  Expect<Matches<LeadContactInput, ReturnType<typeof LeadContactSchema>>>,
  Expect<Matches<AssignLeadOptions, ReturnType<typeof AssignLeadOptionsSchema>>>,
  Expect<Matches<FollowedOpportunityInput, ReturnType<typeof FollowedOpportunitySchema>>>,
  Expect<Matches<OpportunityContactInput, ReturnType<typeof OpportunityContactSchema>>>,
  Expect<Matches<LeadSourceInput, LeadSourceSchemaT>>,
  Expect<Matches<LeadStateInput, LeadStateSchemaT>>,
  Expect<Matches<LeadTransitionRuleInput, LeadTransitionRuleSchemaT>>,
  Expect<Matches<LeadScreeningInput, LeadScreeningSchemaT>>,
  Expect<Matches<AssignmentRuleInput, AssignmentRuleSchemaT>>,
  Expect<Matches<FollowUpCadenceInput, FollowUpCadenceSchemaT>>,
  // models/appraisal.ts (issue 24)
  Expect<Matches<AppraisalPolicyInput, ReturnType<typeof AppraisalPolicySchema>>>,
  Expect<Matches<AppraisalPartInput, ReturnType<typeof AppraisalPartSchema>>>,
  Expect<Matches<AppraisalBandInput, ReturnType<typeof AppraisalBandSchema>>>,
  Expect<Matches<AppraisalCombineInput, ReturnType<typeof AppraisalCombineSchema>>>,
  Expect<Matches<AppraisalDistributionInput, ReturnType<typeof AppraisalDistributionSchema>>>,
  Expect<Matches<AppraisalStepInput, ReturnType<typeof AppraisalStepSchema>>>,
  Expect<Matches<AppraisalInput, ReturnType<typeof AppraisalInputSchema>>>,
  Expect<Matches<CalibrationEntryInput, ReturnType<typeof CalibrationEntrySchema>>>,
  Expect<Matches<ProfitShareRuleInput, ReturnType<typeof ProfitShareRuleSchema>>>,
  Expect<Matches<ProfitShareParticipantInput, ReturnType<typeof ProfitShareParticipantSchema>>>,
  // models/complaint.ts, models/training.ts (typesc)
  Expect<Matches<ComplaintPolicyInput, ReturnType<typeof ComplaintPolicySchema>>>,
  Expect<Matches<ComplaintInput, ReturnType<typeof ComplaintSchema>>>,
  Expect<Matches<TrainingPolicyInput, ReturnType<typeof TrainingPolicySchema>>>,
  Expect<Matches<TrainingResultInput, ReturnType<typeof TrainingResultSchema>>>,
  Expect<Matches<TraineeInput, ReturnType<typeof TraineeSchema>>>,
]
