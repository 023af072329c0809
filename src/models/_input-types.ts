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
type LeadPolicyIn = z.input<typeof LeadPolicySchema>
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
  Expect<Matches<BusinessCalendarInput, typeof BusinessCalendarSchema>>,
  Expect<Matches<BusinessHoursInput, typeof BusinessHoursSchema>>,
  // core/period.ts
  Expect<Matches<ProrateRequest, typeof ProrateRequestSchema>>,
  Expect<Matches<DateRangeInput, typeof DateRangeSchema>>,
  // models/quote.ts
  Expect<Matches<QuoteInput, typeof QuoteSchema>>,
  Expect<Matches<QuoteApprovalPolicyInput, typeof QuoteApprovalPolicySchema>>,
  Expect<Matches<QuoteLineInput, typeof QuoteLineSchema>>,
  Expect<Matches<ApprovalRoleInput, typeof ApprovalRoleSchema>>,
  Expect<Matches<DiscountOverrideInput, typeof DiscountOverrideSchema>>,
  Expect<Matches<ParallelApproverInput, typeof ParallelApproverSchema>>,
  Expect<Matches<RoleLimitsInput, typeof RoleLimitsSchema>>,
  // models/expense.ts
  Expect<Matches<ExpenseBudgetInput, typeof ExpenseBudgetSchema>>,
  Expect<Matches<ExpenseEntryInput, typeof ExpenseEntrySchema>>,
  Expect<Matches<ExpenseControlInput, typeof ExpenseControlSchema>>,
  Expect<Matches<BudgetLineInput, typeof BudgetLineSchema>>,
  // models/customer.ts
  Expect<Matches<CustomerGradingPolicyInput, typeof CustomerGradingPolicySchema>>,
  Expect<Matches<CustomerInput, typeof CustomerSchema>>,
  Expect<Matches<CustomerGradeInput, typeof CustomerGradeSchema>>,
  Expect<Matches<ParetoMethodInput, typeof ParetoMethodSchema>>,
  Expect<Matches<ThresholdMethodInput, typeof ThresholdMethodSchema>>,
  Expect<Matches<WeightedMethodInput, typeof WeightedMethodSchema>>,
  Expect<Matches<FollowUpRuleInput, typeof FollowUpRuleSchema>>,
  // models/kpi.ts
  Expect<Matches<KpiDefinitionInput, typeof KpiDefinitionSchema>>,
  Expect<Matches<KpiPolicyInput, typeof KpiPolicySchema>>,
  Expect<Matches<KpiFormulaInput, typeof KpiFormulaInputSchema>>,
  Expect<Matches<KpiMeasurementsInput, typeof KpiMeasurementsSchema>>,
  Expect<Matches<SlaItemInput, typeof SlaItemSchema>>,
  Expect<Matches<KpiBandInput, typeof KpiBandSchema>>,
  Expect<Matches<KpiTrendInput, typeof KpiTrendSchema>>,
  Expect<Matches<KpiScorecardInput, typeof KpiScorecardSchema>>,
  Expect<Matches<SlaRuleInput, typeof SlaRuleSchema>>,
  Expect<Matches<KpiMeasurementInput, typeof KpiMeasurementSchema>>,
  Expect<Matches<KpiRatingInput, typeof KpiRatingSchema>>,
  // models/commission.ts
  Expect<Matches<CommissionPlanInput, typeof CommissionPlanSchema>>,
  Expect<Matches<CommissionTransactionInput, typeof CommissionTransactionSchema>>,
  Expect<Matches<CommissionInput, typeof CommissionInputSchema>>,
  Expect<Matches<CommissionYearInput, typeof CommissionYearInputSchema>>,
  Expect<Matches<FlatRateInput, typeof FlatRateSchema>>,
  Expect<Matches<TieredRateInput, typeof TieredRateSchema>>,
  Expect<Matches<CommissionBonusInput, typeof CommissionBonusSchema>>,
  Expect<Matches<CreditSplitInput, typeof CreditSplitSchema>>,
  Expect<Matches<EmploymentInput, typeof EmploymentSchema>>,
  Expect<Matches<CommissionPaymentInput, typeof CommissionPaymentSchema>>,
  Expect<Matches<AdjustmentInput, typeof AdjustmentSchema>>,
  Expect<Matches<CommissionTierInput, typeof CommissionTierSchema>>,
  // models/opportunity.ts
  Expect<Matches<OpportunityScoringMatrixInput, typeof OpportunityScoringMatrixSchema>>,
  Expect<Matches<Ratings, typeof RatingsSchema>>,
  Expect<Matches<PriorityPoint, typeof PriorityPointSchema>>,
  Expect<Matches<PipelineOpportunity, typeof PipelineOpportunitySchema>>,
  Expect<Matches<OpportunityGradeInput, typeof OpportunityGradeSchema>>,
  Expect<Matches<ScoringGateInput, typeof ScoringGateSchema>>,
  Expect<Matches<PriorityGridInput, typeof PriorityGridSchema>>,
  Expect<Matches<PipelineStageInput, typeof PipelineStageSchema>>,
  Expect<Matches<FollowUpStrategyInput, typeof FollowUpStrategySchema>>,
  Expect<Matches<PriorityAxisInput, typeof PriorityAxisSchema>>,
  Expect<Matches<PriorityCellInput, typeof PriorityCellSchema>>,
  Expect<Matches<AxisTierInput, typeof AxisTierSchema>>,
  // rules/opportunity-scoring/forecastPipeline.ts
  Expect<Matches<ForecastInput, typeof ForecastInputSchema>>,
  // models/policy.ts
  Expect<Matches<SalesPolicyInput, typeof SalesPolicySchema>>,
  // core/schema.ts
  Expect<Matches<RoundingPolicyInput, typeof RoundingPolicySchema>>,
  // models/scorecard.ts
  Expect<Matches<ScoreDimensionInput, typeof ScoreDimensionSchema>>,
  Expect<Matches<ScoreLevelInput, typeof ScoreLevelSchema>>,
  // rules/customer-grading/_lib/summary.ts
  Expect<Matches<SerializedCustomerValueSummary, typeof CustomerValueSummarySchema>>,
  // models/order.ts
  Expect<Matches<OrderReleasePolicyInput, typeof OrderReleasePolicySchema>>,
  Expect<Matches<OrderInput, typeof OrderSchema>>,
  Expect<Matches<OrderContextInput, typeof OrderContextSchema>>,
  Expect<Matches<ContractInput, typeof ContractSchema>>,
  // models/expense-claim.ts
  Expect<Matches<ExpenseClaimPolicyInput, typeof ExpenseClaimPolicySchema>>,
  Expect<Matches<ClaimLimitInput, typeof ClaimLimitSchema>>,
  Expect<Matches<ClaimApproverInput, typeof ClaimApproverSchema>>,
  Expect<Matches<ExpenseClaimInput, typeof ExpenseClaimSchema>>,
  Expect<Matches<ClaimLineInput, typeof ClaimLineSchema>>,
  Expect<Matches<ClaimInvoiceInput, typeof ClaimInvoiceSchema>>,
  Expect<Matches<ClaimAdvanceInput, typeof ClaimAdvanceSchema>>,
  Expect<Matches<EarlierClaimInput, typeof EarlierClaimSchema>>,
  Expect<Matches<BudgetApprovalInput, typeof BudgetApprovalSchema>>,
  // leads (线索管理)
  Expect<Matches<LeadPolicyInput, typeof LeadPolicySchema>>,
  Expect<Matches<LeadInput, typeof LeadSchema>>,
  Expect<Matches<LeadEventInput, typeof LeadEventSchema>>,
  Expect<Matches<SalesRepInput, typeof SalesRepSchema>>,
  Expect<Matches<LeadContactInput, typeof LeadContactSchema>>,
  Expect<Matches<AssignLeadOptions, typeof AssignLeadOptionsSchema>>,
  Expect<Matches<FollowedOpportunityInput, typeof FollowedOpportunitySchema>>,
  Expect<Matches<OpportunityContactInput, typeof OpportunityContactSchema>>,
  Expect<Matches<LeadSourceInput, LeadSourceSchemaT>>,
  Expect<Matches<LeadStateInput, LeadStateSchemaT>>,
  Expect<Matches<LeadTransitionRuleInput, LeadTransitionRuleSchemaT>>,
  Expect<Matches<LeadScreeningInput, LeadScreeningSchemaT>>,
  Expect<Matches<AssignmentRuleInput, AssignmentRuleSchemaT>>,
  Expect<Matches<FollowUpCadenceInput, FollowUpCadenceSchemaT>>,
  // models/appraisal.ts (issue 24)
  Expect<Matches<AppraisalPolicyInput, typeof AppraisalPolicySchema>>,
  Expect<Matches<AppraisalPartInput, typeof AppraisalPartSchema>>,
  Expect<Matches<AppraisalBandInput, typeof AppraisalBandSchema>>,
  Expect<Matches<AppraisalCombineInput, typeof AppraisalCombineSchema>>,
  Expect<Matches<AppraisalDistributionInput, typeof AppraisalDistributionSchema>>,
  Expect<Matches<AppraisalStepInput, typeof AppraisalStepSchema>>,
  Expect<Matches<AppraisalInput, typeof AppraisalInputSchema>>,
  Expect<Matches<CalibrationEntryInput, typeof CalibrationEntrySchema>>,
  Expect<Matches<ProfitShareRuleInput, typeof ProfitShareRuleSchema>>,
  Expect<Matches<ProfitShareParticipantInput, typeof ProfitShareParticipantSchema>>,
  // models/complaint.ts, models/training.ts (typesc)
  Expect<Matches<ComplaintPolicyInput, typeof ComplaintPolicySchema>>,
  Expect<Matches<ComplaintInput, typeof ComplaintSchema>>,
  Expect<Matches<TrainingPolicyInput, typeof TrainingPolicySchema>>,
  Expect<Matches<TrainingResultInput, typeof TrainingResultSchema>>,
  Expect<Matches<TraineeInput, typeof TraineeSchema>>,
]
