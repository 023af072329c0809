// The output schemas check what they claim: valid results of every exported function pass, and a
// result with a non-finite number, a negative zero, a NaN decimal or an unknown message code fails.
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import * as api from '../src/index'
import { paretoPolicy, tenCustomers } from './fixtures/customer'
import { creditOrder, creditPolicy } from './fixtures/order'
import { examplePolicy } from './fixtures/policy'
import * as out from './output-schemas'

const policy = examplePolicy()
const calendar = { timeZone: 'Asia/Shanghai', holidays: ['2026-10-01'], workdays: ['2026-10-10'] }
const ratings = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' }
const sale = {
  rep: 'REP-12',
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: '600000',
  transactions: [{ id: 'SO-1', date: '2026-06-03', amount: '420000' }],
}

function issuesOf(schema: z.ZodType, value: unknown): readonly z.core.$ZodIssue[] {
  return schema.safeParse(value).error?.issues ?? []
}

describe('output schemas accept valid results', () => {
  // the results the fuzz tests do not already produce from valid arguments
  const calls: [string, () => unknown][] = [
    ['addBusinessDays', () => api.addBusinessDays(calendar, '2026-09-30', 2)],
    ['businessDaysBetween', () => api.businessDaysBetween(calendar, '2026-09-30', '2026-10-12')],
    [
      'businessHoursBetween',
      () => api.businessHoursBetween(calendar, '2026-09-30T09:00:00+08:00', '2026-10-09T12:00:00+08:00'),
    ],
    ['isBusinessDay', () => api.isBusinessDay(calendar, '2026-10-10')],
    ['parseAmount', () => api.parseAmount('-0.00')],
    ['roundAmount', () => api.roundAmount('-0.004', { scale: 2, mode: 'half-up' })],
    ['periodOf', () => api.periodOf('2026-05-20', 'quarter', { fiscalYearStartMonth: 4 })],
    ['eachPeriod', () => api.eachPeriod('2026-01-15', '2026-07-01', 'month')],
    [
      'explain',
      () => api.explain(api.scoreOpportunity(policy.opportunityScoring, ratings), { locale: 'zh-CN' }),
    ],
    ['policyInForce', () => api.policyInForce([policy.commission], '2026-06-30')],
    [
      'scoreOpportunities',
      () => api.scoreOpportunities(policy.opportunityScoring, [ratings, { ...ratings, competition: 'some' }]),
    ],
    ['compileScoringMatrix', () => api.compileScoringMatrix(policy.opportunityScoring)],
    ['compileQuoteApprovalPolicy', () => api.compileQuoteApprovalPolicy(policy.quoteApproval)],
    ['summarizeCustomerValues', () => api.summarizeCustomerValues(paretoPolicy, tenCustomers)],
    [
      'mergeCustomerSummaries',
      () =>
        api.mergeCustomerSummaries(paretoPolicy, [
          api.summarizeCustomerValues(paretoPolicy, tenCustomers.slice(0, 4)),
          api.summarizeCustomerValues(paretoPolicy, tenCustomers.slice(4)),
        ]),
    ],
    ['compileCustomerGrading', () => api.compileCustomerGrading(paretoPolicy)],
    [
      'calculateCommissions',
      () => api.calculateCommissions([policy.commission], [sale, { ...sale, rep: 'REP-31' }]),
    ],
    ['compileCommissionPlan', () => api.compileCommissionPlan(policy.commission)],
    ['compileExpenseBudget', () => api.compileExpenseBudget(policy.expenseBudget)],
    ['compileKpiPolicy', () => api.compileKpiPolicy(policy.kpi)],
    ['validateSalesPolicy', () => api.validateSalesPolicy(policy)],
    ['validateSalesPolicy', () => api.validateSalesPolicy({ company: 'x', currency: 'cny' })],
    ['salesPolicyJsonSchema', () => api.salesPolicyJsonSchema('commission')],
    [
      'checkOrderRelease',
      () =>
        api.checkOrderRelease(creditPolicy, creditOrder, {
          asOf: '2026-06-30',
          receivables: [{ id: 'I', amount: '5', dueDate: '2026-01-01' }],
          payments: [{ id: 'P', amount: '1', date: '2026-07-01' }],
          override: { role: 'cfo', by: 'E', on: '2026-06-30', reason: 'r' },
        }),
    ],
    [
      'requiredContractApprovals',
      () =>
        api.requiredContractApprovals(policy.orderRelease, {
          id: 'HT',
          date: '2026-06-01',
          currency: 'CNY',
          amount: 1,
          type: 'exclusive-distribution',
          deviations: ['x'],
        }),
    ],
    ['compileOrderReleasePolicy', () => api.compileOrderReleasePolicy([policy.orderRelease])],
    // complaints
    ['compileComplaintPolicy', () => api.compileComplaintPolicy([policy.complaints])],
    // training
    ['compileTrainingPolicy', () => api.compileTrainingPolicy([policy.training])],
    // appraisal and year-end profit share (issue 24)
    [
      'appraise',
      () =>
        api.appraise(policy.appraisal, {
          person: 'p',
          period: { start: '2026-04-01', end: '2026-06-30' },
          kpiResults: [{ month: '2026-05', score: '101.5' }],
          ratings: { self: 4, supervisor: 3, peers: [3, 4] },
          history: ['A'],
        }),
    ],
    [
      'calibrate',
      () =>
        api.calibrate(
          policy.appraisal,
          [96, 96, 90, 88, 50].map((score, i) => ({ person: `p${i}`, score, points: { supervisor: 75 } })),
        ),
    ],
    [
      'allocateProfitShare',
      () =>
        api.allocateProfitShare(
          '100000.01',
          [
            { id: 'a', revenue: 3 },
            { id: 'b', revenue: 1, cap: '10' },
          ],
          {
            shareBy: 'revenue',
          },
        ),
    ],
  ]
  it.each(calls)('%s', (name, call) => {
    expect(issuesOf(out.RESULT_SCHEMAS[name] as z.ZodType, call())).toEqual([])
  })

  it('the compiled customer grading’s value column', () => {
    expect(
      issuesOf(out.ValueGradesOut, api.compileCustomerGrading(paretoPolicy).gradeValues([5, 1, 3])),
    ).toEqual([])
  })
})

describe('output schemas reject what a result must never hold', () => {
  const scored = () => api.scoreOpportunity(policy.opportunityScoring, ratings)

  it('a NaN, infinite or negative-zero decimal', () => {
    for (const bad of [new api.Dec(Number.NaN), new api.Dec(Number.POSITIVE_INFINITY), new api.Dec('-0')]) {
      expect(issuesOf(out.OpportunityScoreOut, { ...scored(), score: bad }).map((i) => i.path)).toEqual([
        ['score'],
      ])
    }
  })

  it('a NaN, infinite or negative-zero number, and a fractional count', () => {
    const period = api.periodOf('2026-05-20', 'month')
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -0, 2026.5]) {
      expect(issuesOf(out.PeriodOut, { ...period, fiscalYear: bad }).map((i) => i.path)).toEqual([
        ['fiscalYear'],
      ])
    }
  })

  it('a trace step whose code is not in the catalog, a missing field, a number where a decimal belongs', () => {
    expect(
      issuesOf(out.OpportunityScoreOut, { ...scored(), trace: [{ code: 'no.such-code', params: {} }] }).map(
        (i) => i.path,
      ),
    ).toEqual([['trace', 0, 'code']])
    const { coverage: _dropped, ...withoutCoverage } = scored()
    expect(issuesOf(out.OpportunityScoreOut, withoutCoverage).map((i) => i.path)).toEqual([['coverage']])
    expect(issuesOf(out.OpportunityScoreOut, { ...scored(), coverage: 1 }).map((i) => i.path)).toEqual([
      ['coverage'],
    ])
  })

  it('a parsed policy its own schema would not accept', () => {
    const parsed = api.parseSalesPolicy(policy)
    expect(issuesOf(out.SalesPolicyOut, parsed)).toEqual([])
    expect(issuesOf(out.SalesPolicyOut, { ...parsed, currency: 'yuan' })).toHaveLength(1)
  })
})
