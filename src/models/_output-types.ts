// The compile-time tie between each documented validated (output) interface and its zod schema: this file
// compiles only while every interface is exactly the schema's output type, with arrays and properties
// readonly (decimals as `Decimal`, fields with defaults required). A field added to, removed from or
// retyped in one and not the other fails `tsc --noEmit` on the line that names the pair. Nothing here
// exists at run time. The nested interfaces without a schema of their own are checked through their parent.
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

type Expect<T extends true> = T
type Matches<O, S extends z.ZodType> = Same<O, ReadonlyInput<z.output<S>>>

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
]

type KpiTargetOut = NonNullable<z.output<ReturnType<typeof KpiDefinitionSchema>>['target']>
