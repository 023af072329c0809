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
  Expect<Matches<Versioned, typeof VersionedSchema>>,
  Expect<Matches<DateRange, typeof DateRangeSchema>>,
  Expect<Matches<BusinessCalendar, typeof BusinessCalendarSchema>>,
  Expect<Matches<BusinessHours, typeof BusinessHoursSchema>>,
  // models/quote.ts
  Expect<Matches<Quote, typeof QuoteSchema>>,
  Expect<Matches<QuoteLine, typeof QuoteLineSchema>>,
  Expect<Matches<QuoteApprovalPolicy, typeof QuoteApprovalPolicySchema>>,
  Expect<Matches<ApprovalRole, typeof ApprovalRoleSchema>>,
  Expect<Matches<RoleLimits, typeof RoleLimitsSchema>>,
  Expect<Matches<DiscountOverride, typeof DiscountOverrideSchema>>,
  Expect<Matches<ParallelApprover, typeof ParallelApproverSchema>>,
  // models/expense.ts
  Expect<Matches<ExpenseBudget, typeof ExpenseBudgetSchema>>,
  Expect<Matches<BudgetLine, typeof BudgetLineSchema>>,
  Expect<Matches<ExpenseControl, typeof ExpenseControlSchema>>,
  Expect<Matches<BudgetApproval, typeof BudgetApprovalSchema>>,
  // models/customer.ts
  Expect<Matches<CustomerGradingPolicy, typeof CustomerGradingPolicySchema>>,
  Expect<Matches<CustomerGrade, typeof CustomerGradeSchema>>,
  Expect<Matches<FollowUpRule, typeof FollowUpRuleSchema>>,
  Expect<Matches<ParetoMethod, typeof ParetoMethodSchema>>,
  Expect<Matches<ThresholdMethod, typeof ThresholdMethodSchema>>,
  Expect<Matches<WeightedMethod, typeof WeightedMethodSchema>>,
  // models/scorecard.ts
  Expect<Matches<ScoreDimension, typeof ScoreDimensionSchema>>,
  Expect<Matches<ScoreLevel, typeof ScoreLevelSchema>>,
  // models/opportunity.ts
  Expect<Matches<OpportunityScoringMatrix, typeof OpportunityScoringMatrixSchema>>,
  Expect<Matches<OpportunityGrade, typeof OpportunityGradeSchema>>,
  Expect<Matches<FollowUpStrategy, typeof FollowUpStrategySchema>>,
  Expect<Matches<ScoringGate, typeof ScoringGateSchema>>,
  Expect<Matches<PriorityGrid, typeof PriorityGridSchema>>,
  Expect<Matches<PriorityAxis, typeof PriorityAxisSchema>>,
  Expect<Matches<PriorityCell, typeof PriorityCellSchema>>,
  Expect<Matches<AxisTier, typeof AxisTierSchema>>,
  Expect<Matches<PipelineStage, typeof PipelineStageSchema>>,
  // models/commission.ts
  Expect<Matches<CommissionPlan, typeof CommissionPlanSchema>>,
  Expect<Matches<FlatRate, typeof FlatRateSchema>>,
  Expect<Matches<TieredRate, typeof TieredRateSchema>>,
  Expect<Matches<CommissionTier, typeof CommissionTierSchema>>,
  Expect<Matches<CommissionBonus, typeof CommissionBonusSchema>>,

  // models/kpi.ts (typesc)
  Expect<Matches<KpiPolicy, typeof KpiPolicySchema>>,
  Expect<Matches<KpiDefinition, typeof KpiDefinitionSchema>>,
  Expect<Same<KpiTarget, ReadonlyInput<KpiTargetOut>>>,
  Expect<Same<KpiFixedTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'fixed' }>>>>,
  Expect<Same<KpiPeriodicTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'periodic' }>>>>,
  Expect<Same<KpiZeroTarget, ReadonlyInput<Extract<KpiTargetOut, { kind: 'zero' }>>>>,
  Expect<Same<KpiDeduction, ReadonlyInput<NonNullable<z.output<typeof KpiDefinitionSchema>['deduction']>>>>,
  Expect<Matches<KpiBand, typeof KpiBandSchema>>,
  Expect<Matches<KpiTrend, typeof KpiTrendSchema>>,
  Expect<Matches<KpiScorecard, typeof KpiScorecardSchema>>,
  Expect<Matches<KpiRating, typeof KpiRatingSchema>>,
  Expect<Matches<SlaRule, typeof SlaRuleSchema>>,
  // models/policy.ts (typesc)
  Expect<Matches<SalesPolicy, typeof SalesPolicySchema>>,
]

type KpiTargetOut = NonNullable<z.output<typeof KpiDefinitionSchema>['target']>
