// The JSON Schema of each public result type as `JSON.parse(JSON.stringify(result))` has it, made by zod 4's
// `toJSONSchema` from the zod output schemas of test/output-schemas.ts. Those are tied to the result types
// at compile time (both ways), and the fuzz tests check every result against them, so the published files
// cannot drift from the types: a new field fails to compile until its schema has it. The in-memory schemas
// say "a decimal.js value"; in JSON a decimal is its string (at its scale, for money), so each decimal
// becomes a decimal string here, and a message code a string.
import * as z from 'zod'
import * as out from '../test/output-schemas'

/** A decimal as JSON writes it: decimal.js's `toJSON` (plain notation within ±10^21, else exponent). */
const DECIMAL_JSON = { type: 'string', pattern: '^-?(0|[1-9][0-9]*)(\\.[0-9]+)?(e[+-][0-9]+)?$' }

/** File name (without `.schema.json`) → the result type's output schema. */
export const RESULT_TYPES: Readonly<Record<string, z.ZodType>> = {
  allocation: out.AllocationOut,
  period: out.PeriodOut,
  proration: out.ProrationOut,
  'opportunity-score': out.OpportunityScoreOut,
  'pipeline-forecast': out.PipelineForecastOut,
  'opportunity-priority': out.OpportunityPriorityOut,
  'approval-decision': out.ApprovalDecisionOut,
  'authority-decision': out.AuthorityDecisionOut,
  'quick-approval': out.QuickApprovalOut,
  'customer-grading': out.CustomerGradingOut,
  'follow-up-compliance': out.FollowUpComplianceOut,
  'commission-statement': out.CommissionStatementOut,
  'commission-totals': out.CommissionTotalsOut,
  'budget-variance': out.BudgetVarianceOut,
  'expense-check': out.ExpenseCheckOut,
  'kpi-measure': out.KpiMeasureOut,
  'kpi-evaluation': out.KpiEvaluationOut,
  'sla-report': out.SlaReportOut,
  'policy-diff': out.PolicyDiffOut,
  'order-release-decision': out.OrderReleaseDecisionOut,
  'contract-approval-decision': out.ContractApprovalDecisionOut,
  // the domains added in 0.2.0
  'expense-claim-decision': out.ExpenseClaimDecisionOut,
  'budget-approval-transition': out.BudgetApprovalTransitionOut,
  'complaint-route': out.ComplaintRouteOut,
  'complaint-report': out.ComplaintReportOut,
  certification: out.CertificationDecisionOut,
  'lead-transition': out.LeadTransitionOut,
  'lead-assignment': out.LeadAssignmentOut,
  'lead-follow-up': out.LeadFollowUpReportOut,
  'opportunity-follow-up': out.OpportunityFollowUpReportOut,
  appraisal: out.AppraisalOut,
  calibration: out.CalibrationOut,
  'profit-share': out.ProfitShareAllocationOut,
}

/** The JSON Schema of one result type's JSON. */
export function resultJsonSchema(name: string, schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def
      // a field that may hold `undefined` is left out by JSON.stringify: it is not required in JSON
      if (def.type === 'object' && Array.isArray(ctx.jsonSchema.required)) {
        const shape = (def as z.core.$ZodObjectDef).shape
        ctx.jsonSchema.required = ctx.jsonSchema.required.filter(
          (key) => !(shape[key] !== undefined && z.safeParse(shape[key], undefined).success),
        )
      }
      if (ctx.zodSchema === out.DecimalOut) Object.assign(ctx.jsonSchema, DECIMAL_JSON)
      else if (ctx.zodSchema === out.Code) Object.assign(ctx.jsonSchema, { type: 'string' })
    },
  })
  return {
    ...json,
    $id: `https://unpkg.com/sales-rules/schemas/results/${name}.schema.json`,
    title: name,
  }
}
