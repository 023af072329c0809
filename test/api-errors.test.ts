// The error contract of the whole public API: each argument of each exported function, given a
// value of the wrong type, is reported with the documented error code (a policy argument is
// INVALID_POLICY, anything else INVALID_INPUT) and the path of that argument (a policy, a request
// object or a decision is reported from its own root, so its fields' paths read as in the document).
// `null` marks an argument that accepts a number.
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'
import { juneMeasurements, kpiPolicy } from './fixtures/kpi'
import { claimOf, claimPolicy } from './fixtures/expense-claim'
import { examplePolicy } from './fixtures/policy'
import { catchError } from './helpers'

type Expected = readonly [api.SalesRulesErrorCode, readonly api.PathSegment[]] | null

const policy = examplePolicy()
const quote = {
  id: 'Q-1',
  currency: 'CNY',
  customer: { id: 'CUST-007', grade: 'A' },
  requestedBy: 'sales-rep',
  paymentTerms: 'prepaid',
  deliveryDate: '2026-07-15',
  lines: [{ product: 'MRI-200', quantity: 2, listPrice: '98000' }],
}
const sale = {
  rep: 'REP-12',
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: '600000',
  transactions: [{ id: 'SO-1', date: '2026-06-03', amount: '420000' }],
}
const calendar = { timeZone: 'Asia/Shanghai' }
// complaints
const complaint = { id: 'TS-1', kind: 'service', severity: 'minor', received: '2026-06-01T10:00:00+08:00' }
const ratings = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' }
// leads (线索管理)
const lead = { id: 'L-1', state: 'new', source: 'web', createdAt: '2026-06-01T09:00:00+08:00' }
const cases: [string, (...args: never[]) => unknown, unknown[], Expected[]][] = [
  [
    'addBusinessDays',
    api.addBusinessDays,
    [calendar, '2026-09-30', 2],
    [['INVALID_INPUT', ['calendar']], ['INVALID_INPUT', ['date']], null],
  ],
  [
    'addBusinessHours',
    api.addBusinessHours,
    [calendar, '2026-09-30T09:00:00+08:00', 2],
    [['INVALID_INPUT', ['calendar']], ['INVALID_INPUT', ['from']], null],
  ],
  [
    'businessDaysBetween',
    api.businessDaysBetween,
    [calendar, '2026-09-30', '2026-10-09'],
    [
      ['INVALID_INPUT', ['calendar']],
      ['INVALID_INPUT', ['from']],
      ['INVALID_INPUT', ['to']],
    ],
  ],
  [
    'businessHoursBetween',
    api.businessHoursBetween,
    [calendar, '2026-09-30T09:00:00+08:00', '2026-10-09T09:00:00+08:00'],
    [
      ['INVALID_INPUT', ['calendar']],
      ['INVALID_INPUT', ['from']],
      ['INVALID_INPUT', ['to']],
    ],
  ],
  [
    'isBusinessDay',
    api.isBusinessDay,
    [calendar, '2026-09-30'],
    [
      ['INVALID_INPUT', ['calendar']],
      ['INVALID_INPUT', ['date']],
    ],
  ],
  ['parseAmount', api.parseAmount, ['1'], [null]],
  [
    'roundAmount',
    api.roundAmount,
    ['1.005', { scale: 2, mode: 'half-up' }],
    [null, ['INVALID_INPUT', ['rounding']]],
  ],
  [
    'allocate',
    api.allocate,
    ['100', ['1', '2'], { scale: 2, mode: 'half-up' }],
    [null, ['INVALID_INPUT', ['weights']], ['INVALID_INPUT', ['rounding']]],
  ],
  [
    'periodOf',
    api.periodOf,
    ['2026-05-20', 'quarter', { fiscalYearStartMonth: 4 }],
    [
      ['INVALID_INPUT', ['date']],
      ['INVALID_INPUT', ['kind']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'eachPeriod',
    api.eachPeriod,
    ['2026-01-01', '2026-03-31', 'month', { fiscalYearStartMonth: 1 }],
    [
      ['INVALID_INPUT', ['start']],
      ['INVALID_INPUT', ['end']],
      ['INVALID_INPUT', ['kind']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'prorate',
    api.prorate,
    [
      {
        amount: '100',
        period: { start: '2026-04-01', end: '2026-06-30' },
        ranges: [{ start: '2026-05-01', end: '2026-06-30' }],
        rounding: { scale: 2, mode: 'half-up' },
      },
    ],
    [['INVALID_INPUT', []]],
  ],
  [
    'explain',
    api.explain,
    [{ trace: [] }, { locale: 'en' }],
    [
      ['INVALID_INPUT', []],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'policyInForce',
    api.policyInForce,
    [[policy.commission], '2026-06-30'],
    [
      ['INVALID_POLICY', ['versions']],
      ['INVALID_INPUT', ['date']],
    ],
  ],
  [
    'scoreOpportunity',
    api.scoreOpportunity,
    [policy.opportunityScoring, ratings],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['ratings']],
    ],
  ],
  [
    'scoreOpportunities',
    api.scoreOpportunities,
    [policy.opportunityScoring, [ratings]],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['ratingsList']],
    ],
  ],
  ['compileScoringMatrix', api.compileScoringMatrix, [policy.opportunityScoring], [['INVALID_POLICY', []]]],
  [
    'forecastPipeline',
    api.forecastPipeline,
    [policy.opportunityScoring, { currency: 'CNY', opportunities: [] }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['input']],
    ],
  ],
  [
    'prioritizeOpportunity',
    api.prioritizeOpportunity,
    [policy.opportunityScoring, { x: '860000', y: '0.8' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['point']],
    ],
  ],
  [
    'requiredApprovals',
    api.requiredApprovals,
    [policy.quoteApproval, quote],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['quote']],
    ],
  ],
  [
    'canApprove',
    api.canApprove,
    [policy.quoteApproval, 'sales-rep', quote],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['role']],
      ['INVALID_INPUT', ['quote']],
    ],
  ],
  [
    'compileQuoteApprovalPolicy',
    api.compileQuoteApprovalPolicy,
    [policy.quoteApproval],
    [['INVALID_POLICY', []]],
  ],
  [
    'gradeCustomers',
    api.gradeCustomers,
    [policy.customerGrading, [{ id: 'C-1', value: '1' }], { asOf: '2026-06-30' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['customers']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'checkFollowUpCompliance',
    api.checkFollowUpCompliance,
    [policy.customerGrading, 'A', ['2026-06-01'], { start: '2026-06-01', end: '2026-06-14' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['grade']],
      ['INVALID_INPUT', ['contacts']],
      ['INVALID_INPUT', ['period']],
    ],
  ],
  [
    'summarizeCustomerValues',
    api.summarizeCustomerValues,
    [policy.customerGrading, [{ id: 'C-1', value: '1' }]],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['customers']],
    ],
  ],
  [
    'mergeCustomerSummaries',
    api.mergeCustomerSummaries,
    [
      policy.customerGrading,
      [api.summarizeCustomerValues(policy.customerGrading, [{ id: 'C-1', value: '1' }])],
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['summaries']],
    ],
  ],
  ['compileCustomerGrading', api.compileCustomerGrading, [policy.customerGrading], [['INVALID_POLICY', []]]],
  [
    'calculateCommission',
    api.calculateCommission,
    [policy.commission, sale],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['input']],
    ],
  ],
  [
    'calculateCommissions',
    api.calculateCommissions,
    [[policy.commission], [sale]],
    [
      ['INVALID_POLICY', ['versions']],
      ['INVALID_INPUT', ['inputs']],
    ],
  ],
  [
    'calculateCommissionYear',
    api.calculateCommissionYear,
    [
      policy.commission,
      { rep: 'REP-12', year: { start: '2026-01-01', end: '2026-12-31' }, quota: '7200000', transactions: [] },
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['input']],
    ],
  ],
  ['compileCommissionPlan', api.compileCommissionPlan, [policy.commission], [['INVALID_POLICY', []]]],
  [
    'budgetVariance',
    api.budgetVariance,
    [policy.expenseBudget, [], { asOf: '2026-05-15' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['entries']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'checkExpense',
    api.checkExpense,
    [
      policy.expenseBudget,
      [],
      { date: '2026-05-16', category: 'travel', amount: '10' },
      { asOf: '2026-05-16' },
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['entries']],
      ['INVALID_INPUT', ['entry']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  ['compileExpenseBudget', api.compileExpenseBudget, [policy.expenseBudget], [['INVALID_POLICY', []]]],
  ['measureKpi', api.measureKpi, [{ formula: 'churn-rate', atStart: 10, lost: 1 }], [['INVALID_INPUT', []]]],
  [
    'evaluateKpis',
    api.evaluateKpis,
    [kpiPolicy, juneMeasurements, { period: { start: '2026-06-01', end: '2026-06-30' } }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['measurements']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'slaCompliance',
    api.slaCompliance,
    [kpiPolicy, [], { asOf: '2026-10-13T12:00:00+08:00' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['items']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  ['compileKpiPolicy', api.compileKpiPolicy, [kpiPolicy], [['INVALID_POLICY', []]]],
  ['parseSalesPolicy', api.parseSalesPolicy, [policy], [['INVALID_POLICY', []]]],
  ['validateSalesPolicy', api.validateSalesPolicy, [policy], [null]],
  [
    'diffSalesPolicies',
    api.diffSalesPolicies,
    [policy, policy, { from: 'a', to: 'b' }],
    [
      ['INVALID_POLICY', ['before']],
      ['INVALID_POLICY', ['after']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'checkOrderRelease',
    api.checkOrderRelease,
    [
      policy.orderRelease,
      {
        id: 'SO-1',
        currency: 'CNY',
        customer: { id: 'c' },
        lines: [{ product: 'p', quantity: 1, unitPrice: 1 }],
      },
      { asOf: '2026-06-01' },
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['order']],
      ['INVALID_INPUT', ['context']],
    ],
  ],
  [
    'requiredContractApprovals',
    api.requiredContractApprovals,
    [policy.orderRelease, { id: 'HT-1', date: '2026-06-01', currency: 'CNY', amount: 1 }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['contract']],
    ],
  ],
  [
    'compileOrderReleasePolicy',
    api.compileOrderReleasePolicy,
    [policy.orderRelease],
    [['INVALID_POLICY', []]],
  ],
  // complaints
  [
    'routeComplaint',
    api.routeComplaint,
    [policy.complaints, complaint],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['complaint']],
    ],
  ],
  [
    'complaintReport',
    api.complaintReport,
    [policy.complaints, [complaint], { asOf: '2026-06-05T09:00:00+08:00' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['complaints']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  ['compileComplaintPolicy', api.compileComplaintPolicy, [policy.complaints], [['INVALID_POLICY', []]]],
  ['defineComplaintPolicy', api.defineComplaintPolicy, [{}], [null]],
  // training
  [
    'checkCertification',
    api.checkCertification,
    [policy.training, { id: 'E-1', role: 'sales-rep' }, [], { asOf: '2026-06-01' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['person']],
      ['INVALID_INPUT', ['results']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  ['compileTrainingPolicy', api.compileTrainingPolicy, [policy.training], [['INVALID_POLICY', []]]],
  ['defineTrainingPolicy', api.defineTrainingPolicy, [{}], [null]],
  // leads (线索管理)
  [
    'transitionLead',
    api.transitionLead,
    [policy.leads, lead, { to: 'contacted', at: '2026-06-02T10:00:00+08:00', note: 'call' }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['lead']],
      ['INVALID_INPUT', ['event']],
    ],
  ],
  [
    'assignLead',
    api.assignLead,
    [policy.leads, lead, [{ id: 'chen', team: 'inside' }], { cursor: {} }],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['lead']],
      ['INVALID_INPUT', ['reps']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'checkLeadFollowUp',
    api.checkLeadFollowUp,
    [policy.leads, [lead], [{ lead: 'L-1', at: '2026-06-01T10:00:00+08:00' }], '2026-06-02T09:00:00+08:00'],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['leads']],
      ['INVALID_INPUT', ['contacts']],
      ['INVALID_INPUT', ['asOf']],
    ],
  ],
  ['compileLeadPolicy', api.compileLeadPolicy, [policy.leads], [['INVALID_POLICY', []]]],
  [
    'checkOpportunityFollowUp',
    api.checkOpportunityFollowUp,
    [
      policy.opportunityScoring,
      [{ id: 'O-1', ratings, since: '2026-06-01' }],
      [{ opportunity: 'O-1', at: '2026-06-03' }],
      '2026-06-11',
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['opportunities']],
      ['INVALID_INPUT', ['contacts']],
      ['INVALID_INPUT', ['asOf']],
    ],
  ],
  ['defineLeadPolicy', api.defineLeadPolicy, [{}], [null]],
  // appraisal and year-end profit share (issue 24)
  [
    'appraise',
    api.appraise,
    [
      policy.appraisal,
      {
        person: 'p',
        period: { start: '2026-06-01', end: '2026-06-30' },
        kpiResults: [{ month: '2026-06', score: 100 }],
        ratings: { self: 4, supervisor: 4, peers: [4] },
      },
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['input']],
    ],
  ],
  [
    'calibrate',
    api.calibrate,
    [policy.appraisal, [{ person: 'p', score: 90 }], {}],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['appraisals']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  [
    'allocateProfitShare',
    api.allocateProfitShare,
    ['100000.01', [{ id: 'a', revenue: 1 }], { shareBy: 'revenue' }],
    [null, ['INVALID_INPUT', ['participants']], ['INVALID_INPUT', ['rule']]],
  ],
  ['defineAppraisalPolicy', api.defineAppraisalPolicy, [{}], [null]],
  ['salesPolicyJsonSchema', api.salesPolicyJsonSchema, ['commission'], [['INVALID_INPUT', ['domain']]]],
  // the define… helpers only type a literal at compile time: they return any value unchanged, never throw
  ['defineCommissionPlan', api.defineCommissionPlan, [{}], [null]],
  ['defineCustomerGradingPolicy', api.defineCustomerGradingPolicy, [{}], [null]],
  ['defineExpenseBudget', api.defineExpenseBudget, [{}], [null]],
  ['defineKpiPolicy', api.defineKpiPolicy, [{}], [null]],
  ['defineOpportunityScoringMatrix', api.defineOpportunityScoringMatrix, [{}], [null]],
  ['defineOrderReleasePolicy', api.defineOrderReleasePolicy, [{}], [null]],
  ['defineQuoteApprovalPolicy', api.defineQuoteApprovalPolicy, [{}], [null]],
  ['defineSalesPolicy', api.defineSalesPolicy, [{}], [null]],
  // expense claims and budget approval
  [
    'checkExpenseClaim',
    api.checkExpenseClaim,
    [
      claimPolicy,
      claimOf([{ id: 'o', date: '2026-09-28', category: 'office', amount: '10' }]),
      { asOf: '2026-09-30' },
    ],
    [
      ['INVALID_POLICY', []],
      ['INVALID_INPUT', ['claim']],
      ['INVALID_INPUT', ['options']],
    ],
  ],
  ['compileExpenseClaimPolicy', api.compileExpenseClaimPolicy, [claimPolicy], [['INVALID_POLICY', []]]],
  ['defineExpenseClaimPolicy', api.defineExpenseClaimPolicy, [{}], [null]],
  [
    'transitionBudgetApproval',
    api.transitionBudgetApproval,
    [{ state: 'draft' }, { action: 'submit', role: 'sales', by: 'E7', on: '2026-03-02' }],
    [
      ['INVALID_INPUT', ['approval']],
      ['INVALID_INPUT', ['move']],
    ],
  ],
]

describe('the error contract of every exported function', () => {
  it('covers every exported function', () => {
    const exported = Object.entries(api)
      .filter(([name, value]) => typeof value === 'function' && name !== 'SalesRulesError' && name !== 'Dec')
      .map(([name]) => name)
    expect(cases.map(([name]) => name).sort()).toEqual(exported.sort())
  })

  it.each(cases)('%s: each argument of the wrong type', (_name, fn, args, expected) => {
    const call = fn as (...a: unknown[]) => unknown
    expect(() => call(...args)).not.toThrow()
    expected.forEach((want, i) => {
      const bad = [...args]
      bad[i] = 42
      if (want === null) {
        expect(() => call(...bad)).not.toThrow()
        return
      }
      const error = catchError(() => call(...bad))
      expect([error.code, error.issues[0]?.path], `argument ${i}`).toEqual(want)
    })
  })
})
