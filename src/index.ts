export { MAX_ARRAY_LENGTH, MAX_INPUT_DEPTH, MAX_INPUT_VALUES } from './core/boundary'
export {
  addBusinessDays,
  addBusinessHours,
  businessDaysBetween,
  businessHoursBetween,
  isBusinessDay,
} from './core/calendar'
export type { BusinessCalendar, BusinessCalendarInput, BusinessHoursInput } from './core/calendar'
// the validated (output) type of the business hours
export type { BusinessHours } from './core/calendar'
export { MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from './core/dates'
export { Dec, MAX_ABS_DECIMAL, MAX_DECIMAL_PLACES, ROUNDING_MODES } from './core/decimal'
export type { Decimal, DecimalInput, RoundingMode, RoundingPolicy } from './core/decimal'
export { SalesRulesError } from './core/errors'
export type { PathSegment, SalesRulesErrorCode, SalesRulesIssue } from './core/errors'
export type { MessageCode } from './core/messages/en'
export { allocate, parseAmount, roundAmount } from './core/money'
export type { Allocation } from './core/money'
export { eachPeriod, MAX_RANGE_DAYS, PERIOD_KINDS, PRORATION_BASES, periodOf, prorate } from './core/period'
export type {
  DateRange,
  DateRangeInput,
  Period,
  PeriodKind,
  PeriodOptions,
  ProratedRange,
  ProrateRequest,
  Proration,
  ProrationBasis,
} from './core/period'
export { DEFAULT_ROUNDING } from './core/schema'
export type { LabelInput, RoundingPolicyInput } from './core/schema'
export { explain, LOCALES } from './core/trace'
export type { ExplainOptions, Locale, LocalizedText, Traced, TraceStep, TraceValue } from './core/trace'
export { policyInForce } from './core/versioning'
export type { PolicyOrVersions, PolicyStamp, Versioned, VersionedInput } from './core/versioning'
export type {
  AxisTierInput,
  FollowUpStrategyInput,
  OpportunityGradeInput,
  OpportunityScoringMatrix,
  OpportunityScoringMatrixInput,
  PipelineOpportunity,
  PipelineStageInput,
  PriorityAxisInput,
  PriorityCellInput,
  PriorityGridInput,
  PriorityPoint,
  Ratings,
  ScoringGateInput,
} from './models/opportunity'
// the validated (output) types of the opportunity scoring model
export type {
  AxisTier,
  FollowUpStrategy,
  OpportunityGrade,
  PipelineStage,
  PriorityAxis,
  PriorityCell,
  PriorityGrid,
  ScoringGate,
} from './models/opportunity'
export type { ScoreDimension, ScoreLevel } from './models/scorecard'
export { MISSING_RATING_RULES } from './models/scorecard'
export type { MissingRatingRule, ScoreDimensionInput, ScoreLevelInput } from './models/scorecard'
export {
  compileScoringMatrix,
  forecastPipeline,
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
  ScoringOptions,
} from './rules/opportunity-scoring'
export { ORDER_FIELDS, ORDER_RELEASE_RULES, RISK_COMPONENTS } from './models/order'
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
// order release: the fast path's answer (issue #21)
export type { QuickRelease } from './rules/order-release'
// expense claims (费用报销)
export { CLAIM_RULES, CLAIM_UNITS, INVOICE_FIELDS } from './models/expense-claim'
export type {
  ClaimAdvanceInput,
  ClaimApproverInput,
  ClaimInvoiceInput,
  ClaimLimitInput,
  ClaimLineInput,
  ClaimRule,
  EarlierClaimInput,
  ExpenseClaim,
  ExpenseClaimInput,
  ExpenseClaimPolicy,
  ExpenseClaimPolicyInput,
} from './models/expense-claim'
export { checkExpenseClaim, compileExpenseClaimPolicy } from './rules/expense-claims'
export type {
  AdvanceOffset,
  ClaimApproval,
  ClaimBudgetCheck,
  ClaimCheckOptions,
  ClaimLineDecision,
  ClaimLineSummary,
  ClaimSummary,
  ClaimViolation,
  DuplicateInvoice,
  ExpenseClaimDecision,
  ExpenseClaimEvaluator,
  ExpenseClaimPolicies,
} from './rules/expense-claims'
// budget approval (预算审批)
export { BUDGET_APPROVAL_ACTIONS, BUDGET_APPROVAL_STATES } from './models/expense'
export type { BudgetApproval, BudgetApprovalInput } from './models/expense'
export { transitionBudgetApproval } from './rules/expense-budget'
export type { BudgetApprovalMove, BudgetApprovalTransition } from './rules/expense-budget'
// leads (线索管理)
export { ASSIGNMENT_METHODS, LEAD_EVENT_FIELDS } from './models/lead'
export type {
  AssignmentMethod,
  AssignmentRuleInput,
  FollowUpCadenceInput,
  Lead,
  LeadContact,
  LeadContactInput,
  LeadEvent,
  LeadEventField,
  LeadEventInput,
  LeadInput,
  LeadPolicy,
  LeadPolicyInput,
  LeadScreeningInput,
  LeadSourceInput,
  LeadStateInput,
  LeadTransitionRuleInput,
  SalesRep,
  SalesRepInput,
} from './models/lead'
export { assignLead, checkLeadFollowUp, compileLeadPolicy, transitionLead } from './rules/leads'
export type {
  AssignLeadOptions,
  CadenceCheck,
  FirstContactCheck,
  LeadAssignment,
  LeadFollowUp,
  LeadFollowUpReport,
  LeadPolicies,
  LeadPolicyEvaluator,
  LeadRefusal,
  LeadScreening,
  LeadTransitionDecision,
  RottingCheck,
} from './rules/leads'
export { checkOpportunityFollowUp } from './rules/opportunity-scoring'
export type {
  FollowedOpportunityInput,
  OpportunityContactInput,
  OpportunityFollowUp,
  OpportunityFollowUpReport,
} from './rules/opportunity-scoring'
export type {
  ApprovalRoleInput,
  DiscountOverrideInput,
  ParallelApproverInput,
  Quote,
  QuoteApprovalPolicy,
  QuoteApprovalPolicyInput,
  QuoteInput,
  QuoteLineInput,
  RoleLimitsInput,
} from './models/quote'
// the validated (output) types of the quote approval model
export type {
  ApprovalRole,
  ContractReviewRule,
  DiscountOverride,
  ParallelApprover,
  PaymentTermsRule,
  QuoteLine,
  RequireCostRule,
  RoleLimits,
} from './models/quote'
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
export { CUSTOMER_MEASURES } from './models/customer'
export type {
  CustomerGradeInput,
  CustomerGradingPolicy,
  CustomerGradingPolicyInput,
  CustomerInput,
  CustomerMeasure,
  FollowUpRuleInput,
  ParetoMethodInput,
  ThresholdMethodInput,
  WeightedMethodInput,
} from './models/customer'
// the validated (output) types of the customer grading model
export type {
  CustomerGrade,
  FollowUpRule,
  ParetoMethod,
  ThresholdMethod,
  WeightedMethod,
} from './models/customer'
export {
  checkFollowUpCompliance,
  compileCustomerGrading,
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
  SerializedCustomerValueSummary,
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

export type {
  AdjustmentInput,
  CommissionBonusInput,
  CommissionInput,
  CommissionPaymentInput,
  CommissionPlan,
  CommissionPlanInput,
  CommissionTierInput,
  CommissionTransactionInput,
  CommissionYearInput,
  CreditSplitInput,
  EmploymentInput,
  FlatRateInput,
  TieredRateInput,
} from './models/commission'
// the validated (output) types of the commission plan
export type { CommissionBonus, CommissionTier, FlatRate, TieredRate } from './models/commission'
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
export { DEFAULT_EXPENSE_CATEGORIES } from './models/expense'
export type {
  BudgetLineInput,
  ExpenseBudget,
  ExpenseBudgetInput,
  ExpenseCategoryDefault,
  ExpenseControlInput,
  ExpenseEntryInput,
} from './models/expense'
// the validated (output) types of the expense budget model
export type {
  BudgetApprovalRecord,
  BudgetApprovalRoles,
  BudgetLine,
  BudgetPhasing,
  ExpenseCategory,
  ExpenseControl,
} from './models/expense'
export { budgetVariance, checkExpense, compileExpenseBudget } from './rules/expense-budget'
export type {
  BudgetVariance,
  BudgetVarianceOptions,
  CheckExpenseOptions,
  ExpenseBudgetEvaluator,
  ExpenseBudgetLedger,
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
  MISSING_KPI_RULES,
} from './models/kpi'
export type {
  AlertLevel,
  KpiBandInput,
  KpiDefinition,
  KpiDefinitionInput,
  KpiDirection,
  KpiFormula,
  KpiFormulaInput,
  KpiMeasurementInput,
  KpiMeasurementsInput,
  KpiPolicy,
  KpiPolicyInput,
  KpiRatingInput,
  KpiScorecardInput,
  KpiTargetInput,
  KpiTrendInput,
  KpiUnit,
  LowerIsBetterFormula,
  MissingKpiRule,
  SlaItemInput,
  SlaRuleInput,
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
export { POLICY_DOMAINS } from './models/policy'
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
export {
  defineCommissionPlan,
  defineCustomerGradingPolicy,
  defineExpenseBudget,
  defineKpiPolicy,
  defineOpportunityScoringMatrix,
  defineOrderReleasePolicy,
  defineQuoteApprovalPolicy,
  defineSalesPolicy,
  // expense claims
  defineExpenseClaimPolicy,
} from './models/define'
// leads (线索管理)
export { defineLeadPolicy } from './models/define'
export {
  AdjustmentSchema,
  BusinessCalendarSchema,
  CommissionInputSchema,
  CommissionPlanSchema,
  CommissionTransactionSchema,
  CommissionYearInputSchema,
  CustomerGradingPolicySchema,
  CustomerSchema,
  CustomerValueSummarySchema,
  DateRangeSchema,
  DOMAIN_SCHEMAS,
  EmploymentSchema,
  ExpenseBudgetSchema,
  ExpenseEntrySchema,
  ForecastInputSchema,
  KpiDefinitionSchema,
  KpiFormulaInputSchema,
  KpiMeasurementsSchema,
  KpiPolicySchema,
  OpportunityScoringMatrixSchema,
  PipelineOpportunitySchema,
  PriorityPointSchema,
  QuoteApprovalPolicySchema,
  QuoteSchema,
  RatingsSchema,
  RoundingPolicySchema,
  SalesPolicySchema,
  SlaItemSchema,
} from './schemas'
// complaints
export { COMPLAINT_RECORD_FIELDS } from './models/complaint'
export type {
  Complaint,
  ComplaintInput,
  ComplaintPolicy,
  ComplaintPolicyInput,
  ComplaintRecordField,
} from './models/complaint'
export { defineComplaintPolicy } from './models/define'
export { compileComplaintPolicy, complaintReport, routeComplaint } from './rules/complaints'
export type {
  ComplaintClock,
  ComplaintClockStatus,
  ComplaintClockSummary,
  ComplaintDeadline,
  ComplaintEscalation,
  ComplaintEvaluator,
  ComplaintPolicies,
  ComplaintReport,
  ComplaintReportOptions,
  ComplaintRole,
  ComplaintRoute,
  ComplaintStatus,
  OverdueComplaint,
  PenaltySuggestion,
} from './rules/complaints'
// training

export type {
  TraineeInput,
  TrainingPolicy,
  TrainingPolicyInput,
  TrainingResult,
  TrainingResultInput,
} from './models/training'
export { defineTrainingPolicy } from './models/define'
export { checkCertification, compileTrainingPolicy } from './rules/training'
export type {
  CertificationDecision,
  CertificationOptions,
  CourseStatus,
  CourseStatusKind,
  ExpiringCourse,
  MissingCourse,
  TrainingEvaluator,
  TrainingPolicies,
} from './rules/training'
// appraisal (issue 24)
export { APPRAISAL_PARTS } from './models/appraisal'
export type {
  AppraisalBandInput,
  AppraisalCombineInput,
  AppraisalDistributionInput,
  AppraisalInput,
  AppraisalPart,
  AppraisalPartInput,
  AppraisalPolicy,
  AppraisalPolicyInput,
  AppraisalStepInput,
  CalibrationEntryInput,
} from './models/appraisal'
export { appraise, calibrate } from './rules/appraisal'
export type {
  Appraisal,
  AppraisalConsequences,
  AppraisalPartResult,
  AppraisalPeriodKind,
  CalibrateOptions,
  Calibration,
  CalibrationBand,
  CalibrationMove,
} from './rules/appraisal'
export { defineAppraisalPolicy } from './models/define'
export { AppraisalInputSchema, AppraisalPolicySchema } from './schemas'
// year-end profit share (issue 24)
export { PROFIT_SHARE_BASES } from './models/profit-share'
export type { ProfitShareParticipantInput, ProfitShareRuleInput } from './models/profit-share'
export { allocateProfitShare } from './rules/commission'
export type { ProfitShareAllocation, ProfitSharePart } from './rules/commission'
// the validated (output) types' named parts: order release, leads, complaints, training, appraisal,
// expense claims (issue #18)
export type {
  ContractApprover,
  ContractReview,
  ContractType,
  CustomerCreditLimit,
  GradeCreditLimit,
  OpenOrder,
  OrderCreditPolicy,
  OrderLine,
  OrderOverrideRole,
  OrderPayment,
  OrderPaymentTerms,
  OrderReceivable,
  PriceListEntry,
  StockConfirmation,
} from './models/order'
export type {
  AssignmentRule,
  FollowUpCadence,
  LeadSource,
  LeadState,
  LeadTransitionRule,
} from './models/lead'
export type {
  ComplaintClockLimit,
  ComplaintClockLimits,
  ComplaintKind,
  ComplaintPenalties,
  ComplaintPenaltyRule,
  ComplaintPolicyRole,
  ComplaintRecord,
  ComplaintSeverity,
} from './models/complaint'
export type { TrainingCourse, TrainingRole } from './models/training'
export type {
  AppraisalBand,
  AppraisalCombine,
  AppraisalDistribution,
  AppraisalPartWeight,
  AppraisalStep,
} from './models/appraisal'
export type {
  ClaimApprover,
  ClaimCategory,
  ClaimInvoice,
  ClaimLimit,
  ClaimLine,
} from './models/expense-claim'
// the validated (output) types' named parts: KPI policy (issue #18, typesc)
export type {
  KpiBand,
  KpiDeduction,
  KpiFixedTarget,
  KpiPeriodicTarget,
  KpiRating,
  KpiScorecard,
  KpiTarget,
  KpiTrend,
  KpiZeroTarget,
  SlaRule,
} from './models/kpi'
// start-up (issue #20): schema objects built on first use
export {
  ComplaintPolicySchema,
  ComplaintSchema,
  ContractSchema,
  ExchangeRatesSchema,
  ExpenseClaimPolicySchema,
  ExpenseClaimSchema,
  LabelSchema,
  LeadContactSchema,
  LeadEventSchema,
  LeadPolicySchema,
  LeadSchema,
  OrderContextSchema,
  OrderReleasePolicySchema,
  OrderSchema,
  SalesRepSchema,
  TraineeSchema,
  TrainingPolicySchema,
  TrainingResultSchema,
  VersionedSchema,
} from './schemas'
