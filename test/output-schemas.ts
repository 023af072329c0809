// The zod output schema of every public result. Each schema is tied to the result's TypeScript
// type by a compile-time check (`typed<T>()(schema)` fails to type-check unless the schema's output
// type and T are the same type both ways), so a schema cannot drift from the type it checks. At
// run time the schemas add what a type cannot say: every number is finite and not negative zero,
// every decimal is a finite decimal.js value and not negative zero, every trace step names a
// message code of the catalog. The fuzz tests parse every result they get with these.
import * as z from 'zod'
import * as api from '../src/index'
import { en } from '../src/core/messages/en'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** Returns the schema unchanged; does not compile unless its output type is exactly `T`. */
const typed =
  <T>() =>
  <S extends z.ZodType>(
    schema: S,
    ..._exact: Same<z.output<S>, T> extends true ? [] : [mismatch: { expected: T; got: z.output<S> }]
  ): S =>
    schema

const list = <S extends z.ZodType>(item: S) => z.array(item).readonly()
const nullable = <S extends z.ZodType>(s: S) => s.nullable()

/** A finite number that is not negative zero. */
const Num = z.number().refine((n) => !Object.is(n, -0), 'negative zero')
const Int = Num.refine(Number.isInteger, 'not a whole number')
/** A finite decimal.js value that is not negative zero. */
export const DecimalOut = z.custom<api.Decimal>(
  (v) => api.Dec.isDecimal(v) && v.isFinite() && !(v.isZero() && v.isNegative()),
  'a finite decimal, not negative zero',
)
const Text = typed<api.LocalizedText>()(
  z.union([z.string(), z.object({ en: z.string().optional(), 'zh-CN': z.string().optional() }).readonly()]),
)
export const Code = z.custom<api.MessageCode>(
  (v) => typeof v === 'string' && Object.hasOwn(en, v),
  'a message code of the catalog',
)
const TraceValue = typed<api.TraceValue>()(
  z.union([
    z.string(),
    Num,
    z.boolean(),
    z.object({ en: z.string().optional(), 'zh-CN': z.string().optional() }).readonly(),
  ]),
)
const Step = typed<api.TraceStep>()(
  z.object({ code: Code, params: z.record(z.string(), TraceValue).readonly() }).readonly(),
)
const Trace = list(Step)
const DateText = z.iso.date()
export const InstantOut = z.iso.datetime({ offset: true })
const InstantText = InstantOut
const Period2 = z.object({ start: DateText, end: DateText }).readonly()
/** The policy version a decision was made with. */
const Stamp = typed<api.PolicyStamp>()(
  z.object({ id: z.string(), version: z.string(), effectiveFrom: z.string() }).readonly(),
)

// core
export const AllocationOut = typed<api.Allocation>()(
  z.object({ total: DecimalOut, parts: list(DecimalOut), trace: Trace }).readonly(),
)
export const PeriodOut = typed<api.Period>()(
  z
    .object({
      kind: z.literal(api.PERIOD_KINDS),
      start: DateText,
      end: DateText,
      fiscalYear: Int,
      label: z.string(),
    })
    .readonly(),
)
export const ProrationOut = typed<api.Proration>()(
  z
    .object({
      amount: DecimalOut,
      covered: Num,
      total: Num,
      ranges: list(z.object({ start: DateText, end: DateText, units: Num, amount: DecimalOut }).readonly()),
      trace: Trace,
    })
    .readonly(),
)

// opportunity scoring
const Contribution = typed<api.DimensionContribution>()(
  z
    .object({
      dimension: z.string(),
      label: Text,
      level: nullable(z.string()),
      points: DecimalOut,
      weight: DecimalOut,
      contribution: DecimalOut,
    })
    .readonly(),
)
const Gate = typed<api.AppliedGate>()(
  z
    .object({ dimension: z.string(), level: nullable(z.string()), atLeast: z.string(), maxGrade: z.string() })
    .readonly(),
)
const Strategy = typed<api.FollowUpStrategy>()(
  z
    .strictObject({
      contactEveryDays: Int.refine((n) => n >= 1 && n <= 365, 'not 1–365'),
      ownerRole: z.string(),
      nextActions: list(Text),
    })
    .readonly(),
)
export const OpportunityScoreOut = typed<api.OpportunityScore>()(
  z
    .object({
      score: DecimalOut,
      grade: z.string(),
      gradeLabel: Text,
      scoreGrade: z.string(),
      strategy: Strategy,
      contributions: list(Contribution),
      coverage: DecimalOut,
      gatesApplied: list(Gate),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
const ForecastGroup = typed<api.ForecastGroup>()(
  z.object({ key: z.string(), count: Int, amount: DecimalOut, weighted: DecimalOut }).readonly(),
)
export const PipelineForecastOut = typed<api.PipelineForecast>()(
  z
    .object({
      currency: z.string(),
      lines: list(
        z
          .object({
            id: z.string(),
            amount: DecimalOut,
            stage: z.string(),
            probability: DecimalOut,
            weighted: DecimalOut,
            grade: z.string(),
          })
          .readonly(),
      ),
      byGrade: list(ForecastGroup),
      byStage: list(ForecastGroup),
      amount: DecimalOut,
      weighted: DecimalOut,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const OpportunityPriorityOut = typed<api.OpportunityPriority>()(
  z
    .object({
      xTier: z.string(),
      yTier: z.string(),
      priority: z.string(),
      label: Text,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// quote approval
const Fired = typed<api.FiredRule>()(
  z
    .object({
      rule: z.literal(api.APPROVAL_RULES),
      actual: DecimalOut,
      limit: nullable(DecimalOut),
      line: nullable(Int),
      requiredRole: nullable(z.string()),
    })
    .readonly(),
)
const Parallel = typed<api.ParallelApproval>()(
  z
    .object({ role: z.string(), label: Text, reason: z.literal(['payment-terms', 'contract-review']) })
    .readonly(),
)
const LineFigures = typed<api.LineFigures>()(
  z
    .object({
      list: DecimalOut,
      net: DecimalOut,
      cost: nullable(DecimalOut),
      belowCost: z.boolean(),
      listPrice: DecimalOut,
      effectivePrice: DecimalOut,
      unitCost: nullable(DecimalOut),
      category: z.union([z.string(), z.undefined()]),
    })
    .readonly(),
)
const QuoteFigures = typed<api.QuoteFigures>()(
  z
    .object({
      listTotal: DecimalOut,
      netTotal: DecimalOut,
      averageDiscount: DecimalOut,
      maxLineDiscount: DecimalOut,
      costTotal: nullable(DecimalOut),
      grossMargin: nullable(DecimalOut),
      marginRate: nullable(DecimalOut),
      lines: list(LineFigures),
    })
    .readonly(),
)
export const ApprovalDecisionOut = typed<api.ApprovalDecision>()(
  z
    .object({
      autoApproved: z.boolean(),
      requiredRole: nullable(z.string()),
      chain: list(typed<api.ChainStep>()(z.object({ role: z.string(), label: Text }).readonly())),
      parallel: list(Parallel),
      rules: list(Fired),
      figures: QuoteFigures,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const AuthorityDecisionOut = typed<api.AuthorityDecision>()(
  z
    .object({
      allowed: z.boolean(),
      role: z.string(),
      reasons: list(Fired),
      escalateTo: nullable(z.string()),
      alsoRequires: list(Parallel),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const QuickApprovalOut = typed<api.QuickApproval>()(
  z.object({ requiredRole: nullable(z.string()), autoApproved: z.boolean() }).readonly(),
)

// order release
const OrderRule = z.literal(api.ORDER_RELEASE_RULES)
export const QuickReleaseOut = typed<api.QuickRelease>()(
  z.object({ releasable: z.boolean(), blockedBy: list(OrderRule) }).readonly(),
)
const PathOut = list(z.union([z.string(), Int]))
const Blocker = typed<api.OrderBlocker>()(
  z
    .object({
      rule: OrderRule,
      actual: nullable(DecimalOut),
      limit: nullable(DecimalOut),
      path: PathOut,
      overridableBy: list(z.string()),
    })
    .readonly(),
)
const Warning = typed<api.OrderWarning>()(
  z
    .object({
      rule: z.literal(['payment-not-yet', 'confirmation-not-counted', 'receivable-past-due']),
      actual: DecimalOut,
      path: PathOut,
    })
    .readonly(),
)
const CreditRiskOut = typed<api.CreditRisk>()(
  z
    .object({
      total: DecimalOut,
      limit: DecimalOut,
      limitSource: z.literal(['customer', 'grade', 'default', 'none']),
      breakdown: list(
        typed<api.RiskPart>()(
          z
            .object({ component: z.literal([...api.RISK_COMPONENTS, 'this-order']), amount: DecimalOut })
            .readonly(),
        ),
      ),
      overdue: DecimalOut,
    })
    .readonly(),
)
export const OrderReleaseDecisionOut = typed<api.OrderReleaseDecision>()(
  z
    .object({
      orderId: z.string(),
      releasable: z.boolean(),
      blockers: list(Blocker),
      warnings: list(Warning),
      overridableBy: list(z.string()),
      override: nullable(
        typed<api.OrderOverride>()(
          z
            .object({
              role: z.string(),
              label: Text,
              by: z.string(),
              on: DateText,
              reason: nullable(z.string()),
              rules: list(OrderRule),
            })
            .readonly(),
        ),
      ),
      figures: typed<api.OrderFigures>()(
        z
          .object({
            amount: DecimalOut,
            received: DecimalOut,
            confirmed: DecimalOut,
            termsKind: nullable(z.literal(['prepaid', 'credit'])),
            credit: nullable(CreditRiskOut),
          })
          .readonly(),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const ContractApprovalDecisionOut = typed<api.ContractApprovalDecision>()(
  z
    .object({
      contractId: z.string(),
      autoApproved: z.boolean(),
      requiredRole: nullable(z.string()),
      chain: list(typed<api.ChainStep>()(z.object({ role: z.string(), label: Text }).readonly())),
      parallel: list(
        typed<api.ContractParallelApproval>()(
          z
            .object({
              role: z.string(),
              label: Text,
              reason: z.literal(['template-deviation', 'contract-type']),
            })
            .readonly(),
        ),
      ),
      sealRequired: z.boolean(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// customer grading
const GradedCustomer = typed<api.GradedCustomer>()(
  z
    .object({
      id: z.string(),
      grade: z.string(),
      label: Text,
      computedGrade: z.string(),
      rank: nullable(Int),
      value: nullable(DecimalOut),
      score: nullable(DecimalOut),
      share: nullable(DecimalOut),
      cumulativeShare: nullable(DecimalOut),
      reason: z.literal(['pareto', 'threshold', 'score', 'no-history', 'override', 'held']),
      overridden: z.boolean(),
      held: z.boolean(),
      periodsBelow: Int,
      previousGrade: nullable(z.string()),
      movement: z.literal(['up', 'down', 'same', 'new', 'changed']),
      trace: Trace,
    })
    .readonly(),
)
export const CustomerGradingOut = typed<api.CustomerGrading>()(
  z
    .object({
      asOf: DateText,
      method: z.literal(['pareto', 'thresholds', 'weighted']),
      total: DecimalOut,
      cutoffs: list(z.object({ grade: z.string(), minValue: nullable(DecimalOut) }).readonly()),
      customers: list(GradedCustomer),
      summary: list(
        z
          .object({ grade: z.string(), label: Text, count: Int, value: DecimalOut, share: DecimalOut })
          .readonly(),
      ),
      moves: z.object({ up: Int, down: Int }).readonly(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
const CustomerValueSummaryOut = typed<api.CustomerValueSummary>()(
  z
    .object({
      policyId: z.string(),
      measure: z.literal(api.CUSTOMER_MEASURES),
      customers: Int,
      total: DecimalOut,
      groups: list(z.object({ value: DecimalOut, count: Int }).readonly()),
    })
    .readonly(),
)
export const FollowUpComplianceOut = typed<api.FollowUpCompliance>()(
  z
    .object({
      grade: z.string(),
      windows: list(
        z
          .object({ start: DateText, end: DateText, required: Int, actual: Int, compliant: z.boolean() })
          .readonly(),
      ),
      compliant: z.boolean(),
      contacts: Int,
      ignored: Int,
      longestGapDays: Int,
      nextDue: DateText,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const ValueGradesOut = typed<api.ValueGrades>()(
  z
    .object({
      grades: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
      minValues: list(nullable(Num)),
      integerPath: z.boolean(),
    })
    .readonly(),
)

// commission
const CommissionLine = typed<api.CommissionLine>()(
  z
    .object({
      transactionId: z.string(),
      kind: z.literal(['sale', 'payment', 'clawback']),
      date: DateText,
      credited: DecimalOut,
      share: DecimalOut,
      base: DecimalOut,
      rate: nullable(DecimalOut),
      tier: nullable(Int),
      commission: DecimalOut,
    })
    .readonly(),
)
export const CommissionStatementOut = typed<api.CommissionStatement>()(
  z
    .object({
      rep: z.string(),
      period: Period2,
      currency: z.string(),
      policy: Stamp,
      plan: Stamp,
      lines: list(CommissionLine),
      tiers: list(
        z
          .object({
            from: DecimalOut,
            to: nullable(DecimalOut),
            rate: DecimalOut,
            slice: DecimalOut,
            commission: DecimalOut,
          })
          .readonly(),
      ),
      base: DecimalOut,
      quota: nullable(DecimalOut),
      attainment: nullable(DecimalOut),
      gated: z.boolean(),
      commission: DecimalOut,
      capAdjustment: DecimalOut,
      capReleased: DecimalOut,
      capCarried: DecimalOut,
      floorAdjustment: DecimalOut,
      clawbacks: DecimalOut,
      reversals: list(
        typed<api.CommissionReversal>()(
          z
            .object({
              transactionId: z.string(),
              type: z.literal(['refund', 'cancellation', 'write-off']),
              originalId: z.string(),
              date: DateText,
              days: Int,
              outcome: z.literal([
                'clawed-back',
                'base-reduced',
                'no-clawback',
                'past-window',
                'nothing-earned',
              ]),
              reversedCredit: DecimalOut,
              clawedBack: DecimalOut,
            })
            .readonly(),
        ),
      ),
      bonuses: list(
        z
          .object({
            id: z.string(),
            label: Text,
            actual: DecimalOut,
            target: DecimalOut,
            met: z.boolean(),
            amount: DecimalOut,
            period: Period2.exactOptional(),
          })
          .readonly(),
      ),
      adjustments: DecimalOut,
      earnings: DecimalOut,
      drawPaid: z.boolean(),
      recovered: DecimalOut,
      payable: DecimalOut,
      balance: DecimalOut,
      clawbackBalance: DecimalOut,
      yearToDate: nullable(
        typed<api.YearToDate>()(
          z
            .object({
              yearStart: DateText,
              earned: DecimalOut,
              settled: DecimalOut,
              trueUp: DecimalOut,
              forfeited: DecimalOut,
              paidToDate: DecimalOut,
            })
            .readonly(),
        ),
      ),
      trace: Trace,
    })
    .readonly(),
)
export const CommissionTotalsOut = typed<api.CommissionTotals>()(
  z
    .object({
      rep: z.string(),
      base: DecimalOut,
      commission: DecimalOut,
      payable: DecimalOut,
      balance: DecimalOut,
      fastPath: z.boolean(),
    })
    .readonly(),
)

// expense budget
export const BudgetVarianceOut = typed<api.BudgetVariance>()(
  z
    .object({
      asOf: DateText,
      currency: z.string(),
      groupBy: list(z.string()),
      rows: list(
        z
          .object({
            level: Int,
            group: z.record(z.string(), z.string()).readonly(),
            budget: DecimalOut,
            budgetToDate: DecimalOut,
            actual: DecimalOut,
            variance: DecimalOut,
            variancePct: nullable(DecimalOut),
            favourable: z.boolean(),
            utilisation: nullable(DecimalOut),
            status: z.literal(['within', 'warning', 'over']),
            action: nullable(z.literal(['ignore', 'warn', 'approval', 'stop'])),
            approver: nullable(z.string()),
            phasings: list(z.literal(['even', 'distribution', 'linear', 'unbudgeted'])),
            unbudgeted: z.boolean(),
          })
          .readonly(),
      ),
      expenseRatio: nullable(DecimalOut),
      savingsRate: nullable(DecimalOut),
      entries: z.object({ counted: Int, ignored: Int }).readonly(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const ExpenseCheckOut = typed<api.ExpenseCheck>()(
  z
    .object({
      decision: z.literal(['allowed', 'warning', 'approval', 'stopped']),
      approver: nullable(z.string()),
      checkedAgainst: z.literal(['annual', 'to-date']),
      budget: DecimalOut,
      spent: DecimalOut,
      remaining: DecimalOut,
      unbudgeted: z.boolean(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// expense claims (费用报销) and budget approval
const ClaimViolationOut = typed<api.ClaimViolation>()(
  z
    .object({
      rule: z.literal(api.CLAIM_RULES),
      actual: nullable(z.string()),
      limit: nullable(z.string()),
      path: PathOut,
      outcome: z.literal(['capped', 'approval', 'rejected']),
      needsApproval: z.boolean(),
      approver: nullable(z.string()),
    })
    .readonly(),
)
/** A decimal amount written as text (`'1850.00'`, `'-12.5'`), never `NaN` or an exponent. */
const DecimalText = z.string().regex(/^-?\d+(?:\.\d+)?$/)
export const ClaimSummaryOut = typed<api.ClaimSummary>()(
  z
    .object({
      claim: z.string(),
      lines: list(
        typed<api.ClaimLineSummary>()(
          z
            .object({
              id: z.string(),
              approved: DecimalText,
              status: z.literal(['approved', 'capped', 'pending-approval', 'rejected']),
            })
            .readonly(),
        ),
      ),
      claimed: DecimalText,
      approved: DecimalText,
      netPayable: DecimalText,
      refundable: DecimalText,
      approvals: list(z.string()),
      budget: list(z.literal(['allowed', 'warning', 'approval', 'stopped'])),
      policy: Stamp,
    })
    .readonly(),
)
export const ExpenseClaimDecisionOut = typed<api.ExpenseClaimDecision>()(
  z
    .object({
      claim: z.string(),
      lines: list(
        typed<api.ClaimLineDecision>()(
          z
            .object({
              id: z.string(),
              category: z.string(),
              claimed: DecimalOut,
              approved: DecimalOut,
              status: z.literal(['approved', 'capped', 'pending-approval', 'rejected']),
              deadline: nullable(DateText),
              violations: list(ClaimViolationOut),
            })
            .readonly(),
        ),
      ),
      claimed: DecimalOut,
      approved: DecimalOut,
      approvals: list(
        typed<api.ClaimApproval>()(
          z
            .object({
              role: z.string(),
              label: Text,
              because: z.literal(['route', 'amount', 'exception', 'budget']),
            })
            .readonly(),
        ),
      ),
      duplicates: list(
        typed<api.DuplicateInvoice>()(
          z
            .object({ number: z.string(), lines: list(z.string()), earlierClaim: nullable(z.string()) })
            .readonly(),
        ),
      ),
      late: list(z.string()),
      budget: list(
        typed<api.ClaimBudgetCheck>()(
          z
            .object({
              category: z.string(),
              dimensions: z.record(z.string(), z.string()).readonly(),
              lines: list(z.string()),
              amount: DecimalOut,
              check: ExpenseCheckOut,
            })
            .readonly(),
        ),
      ),
      advances: typed<api.AdvanceOffset>()(
        z
          .object({
            outstanding: DecimalOut,
            offset: DecimalOut,
            applied: list(z.object({ id: z.string(), amount: DecimalOut }).readonly()),
          })
          .readonly(),
      ),
      netPayable: DecimalOut,
      refundable: DecimalOut,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
const BudgetState = z.literal(api.BUDGET_APPROVAL_STATES)
export const BudgetApprovalTransitionOut = typed<api.BudgetApprovalTransition>()(
  z
    .object({
      approval: typed<api.BudgetApproval>()(
        z
          .object({
            state: BudgetState,
            roles: z.object({ preparer: z.string(), finance: z.string(), management: z.string() }).readonly(),
            history: list(
              z
                .object({
                  action: z.literal(api.BUDGET_APPROVAL_ACTIONS),
                  from: BudgetState,
                  to: BudgetState,
                  role: z.string(),
                  by: z.string(),
                  on: DateText,
                  reason: z.string().optional(),
                })
                .readonly(),
            ),
          })
          .readonly(),
      ),
      from: BudgetState,
      to: BudgetState,
      trace: Trace,
    })
    .readonly(),
)

// KPI
const Level = z.literal(api.ALERT_LEVELS)
export const KpiMeasureOut = typed<api.KpiMeasure>()(
  z
    .object({
      formula: z.literal(api.KPI_FORMULAS),
      value: nullable(DecimalOut),
      stages: list(z.object({ stage: z.string(), count: DecimalOut, rate: nullable(DecimalOut) }).readonly()),
      trace: Trace,
    })
    .readonly(),
)
export const KpiEvaluationOut = typed<api.KpiEvaluation>()(
  z
    .object({
      period: Period2,
      asOf: DateText,
      kpis: list(
        typed<api.KpiResult>()(
          z
            .object({
              kpi: z.string(),
              label: Text,
              unit: z.literal(api.KPI_UNITS),
              status: z.literal(['measured', 'missing']),
              value: nullable(DecimalOut),
              target: nullable(DecimalOut),
              periodTarget: nullable(DecimalOut),
              attainment: nullable(DecimalOut),
              level: nullable(Level),
              band: nullable(Int),
              score: nullable(DecimalOut),
              weight: nullable(DecimalOut),
              trace: Trace,
            })
            .readonly(),
        ),
      ),
      score: nullable(DecimalOut),
      coverage: nullable(DecimalOut),
      rating: nullable(z.string()),
      alerts: list(
        typed<api.KpiAlert>()(
          z
            .object({
              kpi: z.string(),
              label: Text,
              level: Level,
              kind: z.literal(['missing', 'threshold', 'trend-streak', 'trend-change']),
              notify: list(z.string()),
              trace: Trace,
            })
            .readonly(),
        ),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const AlertLevelOut = Level
export const SlaReportOut = typed<api.SlaReport>()(
  z
    .object({
      asOf: InstantText,
      checks: list(
        typed<api.SlaCheck>()(
          z
            .object({
              item: z.string(),
              rule: z.string(),
              status: z.literal(['met', 'breached', 'pending']),
              start: InstantText,
              end: nullable(InstantText),
              due: InstantText,
              elapsed: Num,
              remaining: nullable(Num),
              unit: z.literal(['hours', 'business-hours', 'days', 'business-days']),
              trace: Trace,
            })
            .readonly(),
        ),
      ),
      rules: list(
        z
          .object({
            rule: z.string(),
            label: Text,
            checked: Int,
            met: Int,
            breached: Int,
            pending: Int,
            complianceRate: nullable(DecimalOut),
          })
          .readonly(),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// policy bundle
const Path = list(z.union([z.string(), Num]))
export const PolicyDiffOut = typed<api.PolicyDiff>()(
  z
    .object({
      changes: list(
        z
          .object({
            kind: z.literal(['added', 'removed', 'changed', 'reordered']),
            path: Path,
            where: z.string(),
            before: z.unknown().optional(),
            after: z.unknown().optional(),
          })
          .readonly(),
      ),
      trace: Trace,
    })
    .readonly(),
)
/** A parsed policy is its own schema's output: it parses again to an equal policy (checked by the fuzz tests). */
// leads (线索管理)
const LeadField = z.literal(api.LEAD_EVENT_FIELDS)
export const LeadTransitionOut = typed<api.LeadTransitionDecision>()(
  z
    .object({
      lead: z.string(),
      from: z.string(),
      to: z.string(),
      accepted: z.boolean(),
      state: z.string(),
      refusals: list(
        typed<api.LeadRefusal>()(
          z
            .object({
              rule: z.literal(['transition-not-allowed', 'field-missing', 'grade-below']),
              field: nullable(LeadField),
              value: nullable(z.string()),
              limit: nullable(z.string()),
            })
            .readonly(),
        ),
      ),
      screening: nullable(
        typed<api.LeadScreening>()(
          z.object({ score: DecimalOut, grade: z.string(), label: Text }).readonly(),
        ),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const LeadAssignmentOut = typed<api.LeadAssignment>()(
  z
    .object({
      lead: z.string(),
      owner: nullable(z.string()),
      rule: nullable(z.string()),
      method: nullable(z.literal(api.ASSIGNMENT_METHODS)),
      reason: z.literal(['assigned', 'no-rule', 'no-eligible-rep']),
      eligible: list(z.string()),
      nextCursor: z.record(z.string(), z.string()).readonly(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
const LeadFollowUpOut = typed<api.LeadFollowUp>()(
  z
    .object({
      lead: z.string(),
      owner: nullable(z.string()),
      state: z.string(),
      rule: z.string(),
      firstContact: nullable(
        typed<api.FirstContactCheck>()(
          z
            .object({
              withinHours: Int,
              due: InstantText,
              at: nullable(InstantText),
              status: z.literal(['met', 'late', 'pending', 'overdue']),
            })
            .readonly(),
        ),
      ),
      cadence: nullable(
        typed<api.CadenceCheck>()(
          z
            .object({
              everyDays: Int,
              since: DateText,
              due: DateText,
              status: z.literal(['ok', 'missed']),
              daysOverdue: Int.refine((n) => n >= 0),
            })
            .readonly(),
        ),
      ),
      rotting: nullable(
        typed<api.RottingCheck>()(
          z.object({ since: DateText, days: Int, after: Int, returnToPool: z.boolean() }).readonly(),
        ),
      ),
      trace: Trace,
    })
    .readonly(),
)
export const LeadFollowUpReportOut = typed<api.LeadFollowUpReport>()(
  z
    .object({
      asOf: InstantText,
      checked: Int,
      leads: list(LeadFollowUpOut),
      overdueFirstContacts: list(z.string()),
      lateFirstContacts: list(z.string()),
      missedCadences: list(z.string()),
      returnToPool: list(z.string()),
      contactsIgnored: Int,
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const OpportunityFollowUpReportOut = typed<api.OpportunityFollowUpReport>()(
  z
    .object({
      asOf: DateText,
      opportunities: list(
        typed<api.OpportunityFollowUp>()(
          z
            .object({
              opportunity: z.string(),
              grade: z.string(),
              gradeLabel: Text,
              contactEveryDays: Int,
              ownerRole: z.string(),
              lastContact: nullable(DateText),
              due: DateText,
              status: z.literal(['ok', 'overdue']),
              daysOverdue: Int.refine((n) => n >= 0),
              trace: Trace,
            })
            .readonly(),
        ),
      ),
      overdue: list(z.string()),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

export const SalesPolicyOut = z.custom<api.SalesPolicy>(
  (v) => api.SalesPolicySchema.safeParse(v).success,
  'a policy its own schema accepts',
)
const Issue = typed<api.SalesRulesIssue>()(
  z
    .object({
      path: Path,
      message: z.string(),
      code: z.string(),
      params: z
        .record(z.string(), z.union([z.string(), Num]))
        .readonly()
        .exactOptional(),
    })
    .readonly(),
)
const SalesPolicyValidationOut = typed<api.SalesPolicyValidation>()(
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), policy: SalesPolicyOut, trace: Trace }).readonly(),
    z.object({ ok: z.literal(false), issues: list(Issue), trace: Trace }).readonly(),
  ]),
)

// complaints
const RoleOut = typed<api.ComplaintRole>()(z.object({ role: z.string(), label: Text }).readonly())
export const ComplaintRouteOut = typed<api.ComplaintRoute>()(
  z
    .object({
      complaint: z.string(),
      kind: z.string(),
      severity: z.string(),
      handlers: list(RoleOut),
      escalation: list(
        typed<api.ComplaintEscalation>()(
          z.object({ role: z.string(), label: Text, reason: z.literal(['kind', 'severity']) }).readonly(),
        ),
      ),
      deadlines: list(
        typed<api.ComplaintDeadline>()(
          z
            .object({
              clock: z.literal(['reply', 'resolve']),
              amount: z.string(),
              unit: z.literal(['hours', 'business-hours']),
              due: InstantText,
            })
            .readonly(),
        ),
      ),
      missingFields: list(z.literal(api.COMPLAINT_RECORD_FIELDS)),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
const Fraction = DecimalOut.refine((d) => d.gte(0) && d.lte(1), 'a fraction within [0, 1]')
const ClockStatusOut = typed<api.ComplaintClockStatus>()(
  z
    .object({
      status: z.literal(['met', 'breached', 'pending']),
      due: InstantText,
      elapsed: Num.min(0),
      remaining: nullable(Num.min(0)),
    })
    .readonly(),
)
const ClockSummaryOut = typed<api.ComplaintClockSummary>()(
  z
    .object({ met: Int.min(0), breached: Int.min(0), pending: Int.min(0), onTimeRate: nullable(Fraction) })
    .readonly(),
)
export const ComplaintReportOut = typed<api.ComplaintReport>()(
  z
    .object({
      asOf: InstantText,
      total: Int.min(0),
      resolved: Int.min(0),
      open: Int.min(0),
      resolutionRate: nullable(Fraction),
      resolutionTarget: Fraction,
      meetsResolutionTarget: nullable(z.boolean()),
      reply: ClockSummaryOut,
      resolve: ClockSummaryOut,
      complaints: list(
        typed<api.ComplaintStatus>()(
          z
            .object({
              complaint: z.string(),
              kind: z.string(),
              severity: z.string(),
              resolved: z.boolean(),
              reply: ClockStatusOut,
              resolve: ClockStatusOut,
              missingFields: list(z.literal(api.COMPLAINT_RECORD_FIELDS)),
              policy: Stamp,
            })
            .readonly(),
        ),
      ),
      overdue: list(
        typed<api.OverdueComplaint>()(
          z
            .object({
              complaint: z.string(),
              clock: z.literal(['reply', 'resolve']),
              due: InstantText,
              elapsed: Num.min(0),
            })
            .readonly(),
        ),
      ),
      penalties: list(
        typed<api.PenaltySuggestion>()(
          z
            .object({
              complaint: z.string(),
              person: z.string(),
              rule: z.string(),
              ruleLabel: Text,
              offence: Int.min(1),
              fineRange: nullable(z.object({ min: DecimalOut, max: DecimalOut }).readonly()),
              fine: nullable(DecimalOut),
              currency: z.string(),
              dismissalSuggested: z.boolean(),
              policy: Stamp,
            })
            .readonly(),
        ),
      ),
      timeliness: z
        .object({ formula: z.literal('complaint-timeliness'), onTime: Int.min(0), total: Int.min(0) })
        .readonly(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// training
const CourseStatusOut = typed<api.CourseStatus>()(
  z
    .object({
      course: z.string(),
      label: Text,
      status: z.literal(['valid', 'expiring', 'expired', 'failed', 'missing', 'prerequisite-missing']),
      passedOn: nullable(DateText),
      score: nullable(Fraction),
      passMark: nullable(Fraction),
      validUntil: nullable(z.string()),
      daysLeft: nullable(Int),
    })
    .readonly(),
)
export const CertificationDecisionOut = typed<api.CertificationDecision>()(
  z
    .object({
      person: z.string(),
      role: z.string(),
      asOf: DateText,
      mayWork: z.boolean(),
      courses: list(CourseStatusOut),
      missing: list(
        typed<api.MissingCourse>()(
          z
            .object({
              course: z.string(),
              label: Text,
              reason: z.literal(['never-taken', 'failed', 'expired', 'prerequisite']),
            })
            .readonly(),
        ),
      ),
      expiring: list(
        typed<api.ExpiringCourse>()(
          z
            .object({ course: z.string(), label: Text, validUntil: z.string(), daysLeft: Int.min(0) })
            .readonly(),
        ),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)

// appraisal and year-end profit share (issue 24)
const AppraisalPartName = z.literal(api.APPRAISAL_PARTS)
export const AppraisalOut = typed<api.Appraisal>()(
  z
    .object({
      person: z.string(),
      period: Period2,
      kind: z.literal(['month', 'quarter', 'year']),
      parts: list(
        typed<api.AppraisalPartResult>()(
          z
            .object({
              part: AppraisalPartName,
              value: DecimalOut.nullable(),
              points: DecimalOut.nullable(),
              weight: DecimalOut,
              appliedWeight: DecimalOut,
              contribution: DecimalOut,
            })
            .readonly(),
        ),
      ),
      points: z
        .object({
          kpi: DecimalOut.exactOptional(),
          self: DecimalOut.exactOptional(),
          supervisor: DecimalOut.exactOptional(),
          peer: DecimalOut.exactOptional(),
        })
        .readonly(),
      score: DecimalOut,
      rating: z.string(),
      consequences: typed<api.AppraisalConsequences>()(
        z
          .object({
            bonusMultiplier: DecimalOut,
            raise: z.object({ min: DecimalOut, max: DecimalOut }).readonly().nullable(),
            training: Text.nullable(),
            warning: z.boolean(),
            deduction: DecimalOut.nullable(),
            consecutive: Int,
            promotionEligible: z.boolean(),
          })
          .readonly(),
      ),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const CalibrationOut = typed<api.Calibration>()(
  z
    .object({
      total: Int,
      bands: list(
        z
          .object({
            rating: z.string(),
            label: Text,
            maxShare: DecimalOut.nullable(),
            limit: Int.nullable(),
            before: Int,
            after: Int,
            shareBefore: DecimalOut,
          })
          .readonly(),
      ),
      appraisals: list(
        z
          .object({ person: z.string(), score: DecimalOut, rating: z.string(), calibrated: z.string() })
          .readonly(),
      ),
      moves: list(
        z.object({ person: z.string(), score: DecimalOut, from: z.string(), to: z.string() }).readonly(),
      ),
      withinGuidance: z.boolean(),
      policy: Stamp,
      trace: Trace,
    })
    .readonly(),
)
export const ProfitShareAllocationOut = typed<api.ProfitShareAllocation>()(
  z
    .object({
      pool: DecimalOut,
      parts: list(
        z
          .object({
            id: z.string(),
            weight: DecimalOut,
            cap: DecimalOut.nullable(),
            capped: z.boolean(),
            amount: DecimalOut,
          })
          .readonly(),
      ),
      distributed: DecimalOut,
      undistributed: DecimalOut,
      trace: Trace,
    })
    .readonly(),
)

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'a function')
const evaluator = <K extends string>(model: K, methods: readonly string[]) =>
  z.object({ [model]: z.looseObject({}), ...Object.fromEntries(methods.map((m) => [m, fn])) }).readonly()

/** The output schema of every exported function, by name. */
export const RESULT_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  addBusinessDays: DateText,
  addBusinessHours: InstantText,
  businessDaysBetween: Int,
  businessHoursBetween: Num,
  isBusinessDay: z.boolean(),
  parseAmount: DecimalOut,
  roundAmount: DecimalOut,
  allocate: AllocationOut,
  periodOf: PeriodOut,
  eachPeriod: list(PeriodOut),
  prorate: ProrationOut,
  explain: list(z.string()),
  // the caller's own version object, whichever is in force
  policyInForce: z.looseObject({ effectiveFrom: DateText }),
  scoreOpportunity: OpportunityScoreOut,
  scoreOpportunities: list(OpportunityScoreOut),
  compileScoringMatrix: evaluator('matrix', ['score', 'grade']),
  forecastPipeline: PipelineForecastOut,
  prioritizeOpportunity: OpportunityPriorityOut,
  requiredApprovals: ApprovalDecisionOut,
  canApprove: AuthorityDecisionOut,
  compileQuoteApprovalPolicy: evaluator('policy', ['requiredApprovals', 'canApprove', 'route']),
  gradeCustomers: CustomerGradingOut,
  checkFollowUpCompliance: FollowUpComplianceOut,
  summarizeCustomerValues: CustomerValueSummaryOut,
  mergeCustomerSummaries: CustomerValueSummaryOut,
  compileCustomerGrading: evaluator('policy', ['grade', 'gradeValues']),
  calculateCommission: CommissionStatementOut,
  calculateCommissions: list(CommissionStatementOut),
  calculateCommissionYear: list(CommissionStatementOut),
  compileCommissionPlan: evaluator('plan', ['calculate', 'totals', 'year']),
  budgetVariance: BudgetVarianceOut,
  checkExpense: ExpenseCheckOut,
  compileExpenseBudget: evaluator('budget', ['variance', 'variances', 'check']),
  measureKpi: KpiMeasureOut,
  evaluateKpis: KpiEvaluationOut,
  slaCompliance: SlaReportOut,
  compileKpiPolicy: evaluator('policy', ['evaluate', 'level', 'sla']),
  parseSalesPolicy: SalesPolicyOut,
  validateSalesPolicy: SalesPolicyValidationOut,
  diffSalesPolicies: PolicyDiffOut,
  salesPolicyJsonSchema: z.looseObject({ $schema: z.string() }),
  checkOrderRelease: OrderReleaseDecisionOut,
  requiredContractApprovals: ContractApprovalDecisionOut,
  compileOrderReleasePolicy: z
    .object({
      policies: list(z.looseObject({})),
      checkOrderRelease: fn,
      quickRelease: fn,
      requiredContractApprovals: fn,
    })
    .readonly(),
  // expense claims and budget approval
  checkExpenseClaim: ExpenseClaimDecisionOut,
  compileExpenseClaimPolicy: z
    .object({ policies: list(z.looseObject({})), check: fn, summary: fn })
    .readonly(),
  transitionBudgetApproval: BudgetApprovalTransitionOut,
  // complaints
  routeComplaint: ComplaintRouteOut,
  complaintReport: ComplaintReportOut,
  compileComplaintPolicy: z
    .object({ policies: list(z.looseObject({})), routeComplaint: fn, complaintReport: fn })
    .readonly(),
  // training
  checkCertification: CertificationDecisionOut,
  compileTrainingPolicy: z.object({ policies: list(z.looseObject({})), checkCertification: fn }).readonly(),
  // leads (线索管理)
  transitionLead: LeadTransitionOut,
  assignLead: LeadAssignmentOut,
  checkLeadFollowUp: LeadFollowUpReportOut,
  compileLeadPolicy: z
    .object({ policies: list(z.looseObject({})), transitionLead: fn, assignLead: fn, checkLeadFollowUp: fn })
    .readonly(),
  checkOpportunityFollowUp: OpportunityFollowUpReportOut,
  // appraisal and year-end profit share (issue 24)
  appraise: AppraisalOut,
  calibrate: CalibrationOut,
  allocateProfitShare: ProfitShareAllocationOut,
}
