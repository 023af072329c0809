export { MAX_ARRAY_LENGTH, MAX_INPUT_DEPTH, MAX_INPUT_VALUES } from './core/boundary'
export {
  addBusinessDays,
  addBusinessHours,
  BusinessCalendarSchema,
  businessDaysBetween,
  businessHoursBetween,
  isBusinessDay,
} from './core/calendar'
export type { BusinessCalendar, BusinessCalendarInput } from './core/calendar'
export { MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from './core/dates'
export { Dec, MAX_ABS_DECIMAL, MAX_DECIMAL_PLACES, ROUNDING_MODES } from './core/decimal'
export type { Decimal, RoundingMode, RoundingPolicy } from './core/decimal'
export { SalesRulesError } from './core/errors'
export type { PathSegment, SalesRulesErrorCode, SalesRulesIssue } from './core/errors'
export type { MessageCode } from './core/messages/en'
export { allocate, parseAmount, roundAmount } from './core/money'
export type { Allocation } from './core/money'
export {
  DateRangeSchema,
  eachPeriod,
  MAX_RANGE_DAYS,
  PERIOD_KINDS,
  PRORATION_BASES,
  periodOf,
  prorate,
} from './core/period'
export type {
  DateRange,
  Period,
  PeriodKind,
  PeriodOptions,
  Proration,
  ProratedRange,
  ProrateRequest,
  ProrationBasis,
} from './core/period'
export { DEFAULT_ROUNDING, LabelSchema, RoundingPolicySchema } from './core/schema'
export { explain, LOCALES } from './core/trace'
export type { ExplainOptions, Locale, LocalizedText, Traced, TraceStep, TraceValue } from './core/trace'
export { policyInForce, VersionedSchema } from './core/versioning'
export type { PolicyOrVersions, PolicyStamp, Versioned } from './core/versioning'
export {
  OpportunityScoringMatrixSchema,
  PipelineOpportunitySchema,
  PriorityPointSchema,
  RatingsSchema,
} from './models/opportunity'
export type {
  OpportunityScoringMatrix,
  OpportunityScoringMatrixInput,
  PipelineOpportunity,
  PriorityPoint,
  Ratings,
} from './models/opportunity'
export { MISSING_RATING_RULES } from './models/scorecard'
export type { MissingRatingRule } from './models/scorecard'
export {
  compileScoringMatrix,
  forecastPipeline,
  ForecastInputSchema,
  prioritizeOpportunity,
  scoreOpportunities,
  scoreOpportunity,
} from './rules/opportunity-scoring'
export type {
  AppliedGate,
  DimensionContribution,
  ForecastGroup,
  ForecastInput,
  ForecastLine,
  OpportunityPriority,
  OpportunityScore,
  PipelineForecast,
  QuickGrade,
  ScoringMatrixEvaluator,
} from './rules/opportunity-scoring'
export {
  ContractSchema,
  ORDER_FIELDS,
  ORDER_RELEASE_RULES,
  OrderContextSchema,
  OrderReleasePolicySchema,
  OrderSchema,
  RISK_COMPONENTS,
} from './models/order'
export type {
  Contract,
  ContractInput,
  Order,
  OrderContext,
  OrderContextInput,
  OrderField,
  OrderInput,
  OrderReleasePolicy,
  OrderReleasePolicyInput,
  OrderReleaseRule,
  RiskComponent,
} from './models/order'
export {
  checkOrderRelease,
  compileOrderReleasePolicy,
  requiredContractApprovals,
} from './rules/order-release'
export type {
  ContractApprovalDecision,
  ContractParallelApproval,
  CreditRisk,
  OrderBlocker,
  OrderFigures,
  OrderFinding,
  OrderOverride,
  OrderReleaseDecision,
  OrderReleaseEvaluator,
  OrderReleasePolicies,
  OrderWarning,
  RiskPart,
} from './rules/order-release'
export { QuoteApprovalPolicySchema, QuoteSchema } from './models/quote'
export type { Quote, QuoteApprovalPolicy, QuoteApprovalPolicyInput, QuoteInput } from './models/quote'
export {
  APPROVAL_RULES,
  canApprove,
  compileQuoteApprovalPolicy,
  requiredApprovals,
} from './rules/quote-approval'
export type {
  ApprovalDecision,
  ApprovalRule,
  AuthorityDecision,
  ChainStep,
  FiredRule,
  LineFigures,
  ParallelApproval,
  QuickApproval,
  QuoteApprovalEvaluator,
  QuoteDecisionOptions,
  QuoteFigures,
} from './rules/quote-approval'
export { CUSTOMER_MEASURES, CustomerGradingPolicySchema, CustomerSchema } from './models/customer'
export type {
  CustomerGradingPolicy,
  CustomerGradingPolicyInput,
  CustomerInput,
  CustomerMeasure,
} from './models/customer'
export {
  checkFollowUpCompliance,
  compileCustomerGrading,
  CustomerValueSummarySchema,
  gradeCustomers,
  mergeCustomerSummaries,
  summarizeCustomerValues,
} from './rules/customer-grading'
export type {
  CustomerGrading,
  CustomerGradingEvaluator,
  CustomerValueSummary,
  CustomerValueSummaryInput,
  FollowUpCompliance,
  FollowUpWindow,
  GradeCustomersOptions,
  GradeCutoff,
  GradedCustomer,
  GradeMovement,
  GradeReason,
  GradeSummary,
  ValueGrades,
  ValueGroup,
} from './rules/customer-grading'
export {
  AdjustmentSchema,
  CommissionInputSchema,
  CommissionPlanSchema,
  CommissionTransactionSchema,
  CommissionYearInputSchema,
  EmploymentSchema,
  ExchangeRatesSchema,
} from './models/commission'
export type {
  CommissionInput,
  CommissionPlan,
  CommissionPlanInput,
  CommissionTransactionInput,
  CommissionYearInput,
} from './models/commission'
export {
  calculateCommission,
  calculateCommissions,
  calculateCommissionYear,
  compileCommissionPlan,
} from './rules/commission'
export type {
  BonusResult,
  CommissionLine,
  CommissionPlanEvaluator,
  CommissionReversal,
  CommissionStatement,
  CommissionTotals,
  TierBreakdown,
  YearToDate,
} from './rules/commission'
export { DEFAULT_EXPENSE_CATEGORIES, ExpenseBudgetSchema, ExpenseEntrySchema } from './models/expense'
export type {
  ExpenseBudget,
  ExpenseBudgetInput,
  ExpenseCategoryDefault,
  ExpenseEntryInput,
} from './models/expense'
export { budgetVariance, checkExpense, compileExpenseBudget } from './rules/expense-budget'
export type {
  BudgetVariance,
  BudgetVarianceOptions,
  CheckExpenseOptions,
  ExpenseBudgetEvaluator,
  ExpenseCheck,
  VarianceRow,
  VariancesOptions,
} from './rules/expense-budget'
export {
  ALERT_LEVELS,
  KPI_DIRECTIONS,
  KPI_FORMULA_DIRECTIONS,
  KPI_FORMULAS,
  KPI_UNITS,
  LOWER_IS_BETTER_FORMULAS,
  KpiDefinitionSchema,
  KpiFormulaInputSchema,
  KpiMeasurementsSchema,
  KpiPolicySchema,
  MISSING_KPI_RULES,
  SlaItemSchema,
} from './models/kpi'
export type {
  AlertLevel,
  KpiDefinition,
  KpiDefinitionInput,
  KpiDirection,
  KpiFormula,
  KpiFormulaInput,
  KpiMeasurementsInput,
  KpiPolicy,
  KpiPolicyInput,
  KpiUnit,
  LowerIsBetterFormula,
  MissingKpiRule,
  SlaItemInput,
} from './models/kpi'
export { compileKpiPolicy, evaluateKpis, measureKpi, slaCompliance } from './rules/kpi'
export type {
  EvaluateKpisOptions,
  FunnelStage,
  KpiAlert,
  KpiAlertKind,
  KpiEvaluation,
  KpiMeasure,
  KpiPolicyEvaluator,
  KpiResult,
  SlaCheck,
  SlaComplianceOptions,
  SlaReport,
  SlaRuleSummary,
  SlaStatus,
  SlaStatusReport,
  SlaUnit,
} from './rules/kpi'
export { DOMAIN_SCHEMAS, POLICY_DOMAINS, SalesPolicySchema } from './models/policy'
export type { PolicyDomain, SalesPolicy, SalesPolicyInput } from './models/policy'
export {
  diffSalesPolicies,
  parseSalesPolicy,
  SCHEMA_FILES,
  salesPolicyJsonSchema,
  validateSalesPolicy,
} from './rules/policy'
export type {
  DiffSalesPoliciesOptions,
  PolicyChange,
  PolicyDiff,
  SalesPolicyValidation,
} from './rules/policy'
