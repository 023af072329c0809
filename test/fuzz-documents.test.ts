// Near-valid documents: every main entry point is called with its valid example arguments after a
// few random edits — a dropped field, a wrong type, a number written as a string, a huge, tiny,
// negative-zero or "NaN" value, a duplicated list item (duplicate ids), a `__proto__` or
// `constructor` key. Each call returns a clean result (it passes its own output schema from
// output-schemas.ts: finite numbers, no negative zero, finite decimals, known message codes; a
// trace whose every sentence is filled in; JSON that round-trips) or throws a
// SalesRulesError with at least one issue. Nothing else, ever; no prototype is ever changed.
// FUZZ_RUNS (default 250 per entry point) and FUZZ_SEED run more, and other, cases locally.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import * as api from '../src/index'
import { juneMeasurements, kpiPolicy } from './fixtures/kpi'
import { creditOrder, creditPolicy } from './fixtures/order'
import { examplePolicy } from './fixtures/policy'
import { claimPolicy, invoice } from './fixtures/expense-claim'
import { CallBudget, locate, runCount } from './helpers'
import * as out from './output-schemas'

const RUNS = runCount('FUZZ_RUNS', 250)
// a fixed seed keeps CI repeatable; FUZZ_SEED=<n> explores other inputs locally
const SEED = Number(process.env.FUZZ_SEED ?? 20261123)
const policy = examplePolicy()
const quote = {
  id: 'Q-1',
  currency: 'CNY',
  customer: { id: 'CUST-007', grade: 'A' },
  requestedBy: 'sales-rep',
  // examples/policy.json: payment terms and delivery date required, only 先款后货 (issue #21)
  paymentTerms: 'prepaid',
  deliveryDate: '2026-07-15',
  lines: [
    {
      product: 'MRI-200',
      category: 'devices',
      quantity: 2,
      listPrice: '98000',
      discount: '0.12',
      unitCost: '61000',
    },
    { product: 'SVC-3Y', quantity: 2, listPrice: '12000', unitPrice: '11000', unitCost: '4000' },
  ],
}
const commissionInput = {
  rep: 'REP-12',
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: '600000',
  transactions: [
    {
      id: 'SO-1',
      date: '2026-06-03',
      amount: '420000',
      category: 'devices',
      customer: { id: 'C-1', grade: 'A', isNew: false },
    },
    {
      id: 'SO-2',
      date: '2026-06-12',
      amount: '250000',
      splits: [
        { rep: 'REP-12', share: '0.6' },
        { rep: 'REP-31', share: '0.4' },
        { rep: 'MGR-1', share: '0.1', overlay: true },
      ],
    },
    {
      id: 'RF-1',
      type: 'refund',
      date: '2026-06-20',
      amount: '30000',
      original: { id: 'SO-0', date: '2026-05-18', amount: '90000', commission: '2700' },
    },
  ],
}
const customers = [
  { id: 'C-1', value: '4200000', previous: { grade: 'A' } },
  { id: 'C-2', value: '900000' },
  { id: 'C-3', value: '100000', previous: { grade: 'C' } },
  { id: 'C-4' },
]
const entries = [
  { date: '2026-04-10', category: 'marketing', dimensions: { region: 'east' }, amount: '50000' },
  { date: '2026-05-02', category: 'travel', dimensions: { region: 'west' }, amount: '40000' },
]
const ratings = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' }
const calendar = { timeZone: 'Asia/Shanghai', holidays: ['2026-10-01'], workdays: ['2026-10-10'] }
const tickets = [
  {
    id: 'T-1',
    kind: 'ticket',
    grade: 'A',
    events: { received: '2026-09-30T17:00:00+08:00', replied: '2026-10-01T16:00:00+08:00' },
  },
]

/** Each entry point with valid arguments. */
const cases: [string, (...args: never[]) => unknown, unknown[], z.ZodType][] = [
  ['parseSalesPolicy', api.parseSalesPolicy, [policy], out.SalesPolicyOut],
  [
    'diffSalesPolicies',
    api.diffSalesPolicies,
    [policy, examplePolicy(), { from: 'a', to: 'b' }],
    out.PolicyDiffOut,
  ],
  ['scoreOpportunity', api.scoreOpportunity, [policy.opportunityScoring, ratings], out.OpportunityScoreOut],
  [
    'forecastPipeline',
    api.forecastPipeline,
    [
      policy.opportunityScoring,
      { currency: 'CNY', opportunities: [{ id: 'O-1', amount: '860000', stage: 'negotiation', ratings }] },
    ],
    out.PipelineForecastOut,
  ],
  [
    'prioritizeOpportunity',
    api.prioritizeOpportunity,
    [policy.opportunityScoring, { x: '860000', y: '0.8' }],
    out.OpportunityPriorityOut,
  ],
  [
    'gradeCustomers',
    api.gradeCustomers,
    [policy.customerGrading, customers, { asOf: '2026-06-30' }],
    out.CustomerGradingOut,
  ],
  [
    'checkFollowUpCompliance',
    api.checkFollowUpCompliance,
    [
      policy.customerGrading,
      'A',
      ['2026-06-01', '2026-06-03T16:30:00+08:00'],
      { start: '2026-06-01', end: '2026-06-14' },
    ],
    out.FollowUpComplianceOut,
  ],
  ['requiredApprovals', api.requiredApprovals, [policy.quoteApproval, quote], out.ApprovalDecisionOut],
  ['canApprove', api.canApprove, [policy.quoteApproval, 'sales-rep', quote], out.AuthorityDecisionOut],
  [
    'compileQuoteApprovalPolicy.route',
    (p: unknown, q: unknown) => api.compileQuoteApprovalPolicy(p as never).route(q as never),
    [policy.quoteApproval, quote],
    out.QuickApprovalOut,
  ],
  [
    'calculateCommission',
    api.calculateCommission,
    [policy.commission, commissionInput],
    out.CommissionStatementOut,
  ],
  [
    'compileCommissionPlan.totals',
    (p: unknown, i: unknown) => api.compileCommissionPlan(p as never).totals(i as never),
    [policy.commission, commissionInput],
    out.CommissionTotalsOut,
  ],
  [
    'calculateCommissionYear',
    api.calculateCommissionYear,
    [
      policy.commission,
      {
        rep: 'REP-12',
        year: { start: '2026-01-01', end: '2026-12-31' },
        quota: '7200000',
        transactions: commissionInput.transactions,
        through: '2026-07-31',
      },
    ],
    z.array(out.CommissionStatementOut),
  ],
  [
    'budgetVariance',
    api.budgetVariance,
    [
      policy.expenseBudget,
      entries,
      { asOf: '2026-05-15', groupBy: ['category', 'region'], revenue: '2000000' },
    ],
    out.BudgetVarianceOut,
  ],
  [
    'checkExpense',
    api.checkExpense,
    [
      policy.expenseBudget,
      entries,
      { date: '2026-05-16', category: 'entertainment', dimensions: { region: 'east' }, amount: '2800' },
      { asOf: '2026-05-16' },
    ],
    out.ExpenseCheckOut,
  ],
  [
    'evaluateKpis',
    api.evaluateKpis,
    [kpiPolicy, juneMeasurements, { period: { start: '2026-06-01', end: '2026-06-30' }, asOf: '2026-06-20' }],
    out.KpiEvaluationOut,
  ],
  [
    'compileKpiPolicy.level',
    (p: unknown, v: unknown) => api.compileKpiPolicy(p as never).level('revenue', v as never, '500000'),
    [kpiPolicy, '420000'],
    out.AlertLevelOut,
  ],
  [
    'slaCompliance',
    api.slaCompliance,
    [kpiPolicy, tickets, { asOf: '2026-10-13T12:00:00+08:00' }],
    out.SlaReportOut,
  ],
  [
    'measureKpi',
    api.measureKpi,
    [
      {
        formula: 'conversion-rate',
        funnel: [
          { stage: 'lead', count: 200 },
          { stage: 'won', count: 40 },
        ],
      },
    ],
    out.KpiMeasureOut,
  ],
  ['allocate', api.allocate, ['12345.67', ['0.4', '0.6'], { scale: 2, mode: 'half-up' }], out.AllocationOut],
  [
    'prorate',
    api.prorate,
    [
      {
        amount: '300000',
        period: { start: '2026-04-01', end: '2026-06-30' },
        ranges: [{ start: '2026-05-11', end: '2026-06-30' }],
        basis: 'business-days',
        calendar,
        rounding: { scale: 2, mode: 'half-up' },
      },
    ],
    out.ProrationOut,
  ],
  [
    'checkOrderRelease',
    api.checkOrderRelease,
    [
      creditPolicy,
      creditOrder,
      {
        asOf: '2026-06-30',
        receivables: [{ id: 'I-1', amount: '12345.67', dueDate: '2026-06-01' }],
        openOrders: [{ id: 'SO-2', amount: '500' }],
        payments: [
          { id: 'P-1', amount: '100', date: '2026-06-30', confirmation: { by: 'finance', on: '2026-06-30' } },
        ],
        priceList: [{ product: 'P-1', price: '1234.56' }],
        override: { role: 'cfo', by: 'E-1', on: '2026-06-30', reason: 'guarantee' },
      },
    ],
    out.OrderReleaseDecisionOut,
  ],
  [
    'compileOrderReleasePolicy.quickRelease',
    (p: unknown, o: unknown, c: unknown) =>
      api.compileOrderReleasePolicy(p as never).quickRelease(o as never, c as never),
    [
      creditPolicy,
      creditOrder,
      { asOf: '2026-06-30', receivables: [{ id: 'I-1', amount: '12345.67', dueDate: '2026-06-01' }] },
    ],
    out.QuickReleaseOut,
  ],
  [
    'requiredContractApprovals',
    api.requiredContractApprovals,
    [
      policy.orderRelease,
      {
        id: 'HT-1',
        date: '2026-06-01',
        currency: 'CNY',
        amount: '80000',
        type: 'exclusive-distribution',
        deviations: ['x'],
      },
    ],
    out.ContractApprovalDecisionOut,
  ],
  // expense claims: a travel claim with a budget, entries, advances and an earlier claim's invoices
  [
    'checkExpenseClaim',
    api.checkExpenseClaim,
    [
      claimPolicy,
      {
        id: 'BX-1',
        employee: { id: 'E1', level: 'staff' },
        currency: 'CNY',
        submittedOn: '2026-10-10',
        lines: [
          {
            id: 'hotel',
            date: '2026-09-28',
            category: 'travel',
            item: 'hotel',
            cityTier: 'tier-1',
            amount: '1100',
            quantity: 2,
            invoice: invoice('H-1', '1100'),
            reason: 'full',
          },
          { id: 'pd', date: '2026-09-18', category: 'travel', item: 'per-diem', amount: '100', quantity: 1 },
          {
            id: 'dup',
            date: '2026-09-28',
            category: 'office',
            amount: '300',
            invoice: invoice('H-1', '300'),
          },
        ],
      },
      {
        asOf: '2026-10-10',
        budget: {
          id: 'b',
          version: '1',
          effectiveFrom: '2026-01-01',
          currency: 'CNY',
          fiscalYear: 2026,
          control: { action: 'approval', approver: 'sales-director' },
          lines: [{ category: 'travel', amount: '12000' }],
        },
        entries: [{ date: '2026-05-01', category: 'travel', amount: '9000' }],
        advances: [{ id: 'JK-1', amount: '500' }],
        earlierClaims: [{ id: 'BX-0', invoices: ['X-1'] }],
      },
    ],
    out.ExpenseClaimDecisionOut,
  ],
  [
    'transitionBudgetApproval',
    api.transitionBudgetApproval,
    [
      {
        state: 'finance-review',
        history: [
          {
            action: 'submit',
            from: 'draft',
            to: 'finance-review',
            role: 'sales',
            by: 'E7',
            on: '2026-03-02',
          },
        ],
      },
      { action: 'return', role: 'finance', by: 'F1', on: '2026-03-05', reason: '差旅费偏高' },
    ],
    out.BudgetApprovalTransitionOut,
  ],
  // complaints
  [
    'routeComplaint',
    api.routeComplaint,
    [
      policy.complaints,
      {
        id: 'ZL-1',
        kind: 'quality',
        severity: 'major',
        received: '2026-09-30T16:00:00+08:00',
        record: { receipt: 'FP-1', quantity: '12.5', purchaseDate: '2026-09-01' },
      },
    ],
    out.ComplaintRouteOut,
  ],
  [
    'complaintReport',
    api.complaintReport,
    [
      policy.complaints,
      [
        {
          id: 'FW-1',
          kind: 'service',
          severity: 'major',
          received: '2026-09-29T09:00:00+08:00',
          replied: '2026-09-29T10:00:00+08:00',
          resolved: '2026-09-30T10:00:00+08:00',
          substantiated: true,
          responsible: ['li'],
        },
        { id: 'FW-2', kind: 'service', severity: 'minor', received: '2026-09-30T09:00:00+08:00' },
      ],
      { asOf: '2026-10-09T17:00:00+08:00' },
    ],
    out.ComplaintReportOut,
  ],
  // training
  [
    'checkCertification',
    api.checkCertification,
    [
      policy.training,
      { id: 'M-2', role: 'sales-manager' },
      [
        { course: 'safety', date: '2026-01-12', passed: true },
        { course: 'sales-process', date: '2026-01-14', score: '0.92' },
        { course: 'product-knowledge', date: '2026-01-15', score: '0.9' },
        { course: 'crm', date: '2026-01-10', score: '0.5' },
        { course: 'sales-certificate', date: '2025-06-30', passed: true, validUntil: '2026-06-30' },
      ],
      { asOf: '2026-06-30' },
    ],
    out.CertificationDecisionOut,
  ],
  // leads (线索管理)
  [
    'transitionLead',
    api.transitionLead,
    [
      policy.leads,
      {
        id: 'L-1',
        state: 'contacted',
        source: 'trade-show',
        grade: 'medium',
        createdAt: '2026-09-30T16:00:00+08:00',
      },
      { to: 'qualified', at: '2026-10-08T16:00:00+08:00', ratings, note: '展会' },
    ],
    out.LeadTransitionOut,
  ],
  [
    'assignLead',
    api.assignLead,
    [
      policy.leads,
      { id: 'L-1', state: 'new', source: 'referral', region: 'east', createdAt: '2026-09-30T16:00:00+08:00' },
      [
        { id: 'he', team: 'east', load: 3, capacity: 5 },
        { id: 'ma', team: 'east', load: 3 },
        { id: 'chen', team: 'inside', active: false },
      ],
      { cursor: { east: 'he' } },
    ],
    out.LeadAssignmentOut,
  ],
  [
    'checkLeadFollowUp',
    api.checkLeadFollowUp,
    [
      { ...policy.leads, calendar },
      [
        { id: 'L-1', state: 'new', source: 'web', owner: 'ma', createdAt: '2026-09-30T16:00:00+08:00' },
        {
          id: 'L-2',
          state: 'contacted',
          source: 'web',
          grade: 'high',
          createdAt: '2026-06-01T09:00:00+08:00',
        },
      ],
      [
        { lead: 'L-1', at: '2026-10-08T16:00:00+08:00', channel: 'call' },
        { lead: 'L-2', at: '2026-06-01T10:00:00+08:00' },
      ],
      '2026-10-09T09:00:00+08:00',
    ],
    out.LeadFollowUpReportOut,
  ],
  [
    'checkOpportunityFollowUp',
    api.checkOpportunityFollowUp,
    [
      policy.opportunityScoring,
      [
        { id: 'O-1', ratings, since: '2026-06-01' },
        { id: 'O-2', grade: 'low', since: '2026-05-01' },
      ],
      [{ opportunity: 'O-1', at: '2026-06-03T10:00:00+08:00' }],
      '2026-06-30',
    ],
    out.OpportunityFollowUpReportOut,
  ],
  ['addBusinessHours', api.addBusinessHours, [calendar, '2026-09-30T17:00:00+08:00', 4], out.InstantOut],
  // policyInForce returns the caller's own version object (which may hold anything): check it is one of them
  [
    'policyInForce',
    (versions: unknown[], date: string) => ({
      index: Array.prototype.indexOf.call(
        versions,
        api.policyInForce(versions as { effectiveFrom: string }[], date),
      ),
    }),
    [[policy.commission, { ...policy.commission, version: '2', effectiveFrom: '2026-07-01' }], '2026-06-30'],
    z.object({ index: z.number().int().min(0) }),
  ],
  // appraisal and year-end profit share (issue 24)
  [
    'appraise',
    api.appraise,
    [
      policy.appraisal,
      {
        person: 'REP-12',
        period: { start: '2026-04-01', end: '2026-06-30' },
        kpiResults: [
          { month: '2026-04', score: '96.5' },
          { month: '2026-05', score: 104 },
          { month: '2026-06', score: '88.25' },
        ],
        ratings: { self: 4, supervisor: '3.5', peers: [3, 4, 5] },
        history: ['A'],
      },
    ],
    out.AppraisalOut,
  ],
  [
    'calibrate',
    api.calibrate,
    [
      policy.appraisal,
      [
        { person: 'p1', score: 97, points: { supervisor: 100, kpi: 110 } },
        { person: 'p2', score: 96, points: { supervisor: 75 } },
        { person: 'p3', score: 96, points: { supervisor: 75 } },
        { person: 'p4', score: 88 },
        { person: 'p5', score: 60 },
      ],
      { asOf: '2026-12-31' },
    ],
    out.CalibrationOut,
  ],
  [
    'allocateProfitShare',
    api.allocateProfitShare,
    [
      '100000.01',
      [
        { id: 'a', revenue: '5000000', multiplier: '1.5' },
        { id: 'b', revenue: '3000000', multiplier: 1, cap: '30000' },
        { id: 'c', revenue: '2000000', multiplier: '0.5' },
      ],
      { shareBy: 'revenue-and-appraisal', cap: '60000', rounding: { scale: 2, mode: 'half-up' } },
    ],
    out.ProfitShareAllocationOut,
  ],
]

// the compiled evaluators of the newer domains, with the same valid arguments as their functions: the
// policy is the first argument (edited like the others), compiled, then the method is called with the rest
const compiled: [fn: string, compile: keyof typeof api, method: string][] = [
  ['checkExpenseClaim', 'compileExpenseClaimPolicy', 'check'],
  ['routeComplaint', 'compileComplaintPolicy', 'routeComplaint'],
  ['complaintReport', 'compileComplaintPolicy', 'complaintReport'],
  ['checkCertification', 'compileTrainingPolicy', 'checkCertification'],
  ['transitionLead', 'compileLeadPolicy', 'transitionLead'],
  ['assignLead', 'compileLeadPolicy', 'assignLead'],
  ['checkLeadFollowUp', 'compileLeadPolicy', 'checkLeadFollowUp'],
  ['checkOrderRelease', 'compileOrderReleasePolicy', 'checkOrderRelease'],
  ['requiredContractApprovals', 'compileOrderReleasePolicy', 'requiredContractApprovals'],
]
for (const [name, compile, method] of compiled) {
  const [, , args, schema] = cases.find(([n]) => n === name) ?? []
  if (!args || !schema) throw new Error(`no case for ${name}`)
  const call = (p: unknown, ...rest: unknown[]) => {
    const evaluator = (api[compile] as (p: unknown) => Record<string, (...a: unknown[]) => unknown>)(p)
    return evaluator[method]!(...rest)
  }
  cases.push([`${compile}.${method}`, call, args, schema])
}
// the claim summary (the decision fields only, issue #22): the claim check's arguments, its own result schema
{
  const [, , args] = cases.find(([n]) => n === 'checkExpenseClaim') ?? []
  if (!args) throw new Error('no case for checkExpenseClaim')
  cases.push([
    'compileExpenseClaimPolicy.summary',
    (p: unknown, claim: unknown, options: unknown) =>
      api.compileExpenseClaimPolicy(p as never).summary(claim as never, options as never),
    args,
    out.ClaimSummaryOut,
  ])
}

/** Exotic values put in place of a field: a revoked proxy, a throwing getter, a null-prototype array, an array-like of huge length, a 100,000-deep array. */
function exoticValues(): unknown[] {
  const { proxy, revoke } = Proxy.revocable({}, {})
  revoke()
  let deep: unknown[] = []
  for (let i = 0; i < 100_000; i += 1) deep = [deep]
  const throwing = Object.defineProperty({}, 'id', {
    enumerable: true,
    get() {
      throw new Error('getter')
    },
  })
  return [proxy, throwing, Object.setPrototypeOf(['2026-06-30'], null), { length: 2 ** 32 - 1 }, deep]
}
// tokens, swapped for the values when an edit is made: fast-check must not inspect a revoked proxy itself
const EXOTIC = new Map(exoticValues().map((v, i) => [Symbol(`exotic ${i}`), v]))
const real = (v: unknown) => (typeof v === 'symbol' && EXOTIC.has(v) ? EXOTIC.get(v) : v)

const strange = fc.constantFrom<unknown>(
  ...EXOTIC.keys(),
  '0000-01-01',
  '9999-12-31T23:59:59Z',
  null,
  true,
  0,
  -0,
  1e300,
  -1e-300,
  Number.MAX_SAFE_INTEGER,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-0',
  '1e999',
  '0.30000000000000004',
  '__proto__',
  'constructor',
  '2026-02-30',
  '9999-12-31',
  [],
  {},
  'CNY',
)

type Edit = { readonly path: readonly number[]; readonly kind: number; readonly value: unknown }

/** Applies one edit at a path of indexes into the keys of each level (a copy is edited, never the original). */
function edit(root: unknown, { path, kind, value }: Edit): unknown {
  const copy = structuredClone(root)
  const at = locate(copy, path)
  if (at === undefined) return real(value)
  const { parent, key } = at
  const here = parent[key]
  switch (kind % 6) {
    case 0: // drop the field (or an item)
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else delete parent[key]
      break
    case 1: // a strange value
      parent[key] = real(value)
      break
    case 2: // a number written as a string, or a numeric string as a number
      parent[key] =
        typeof here === 'number'
          ? String(here)
          : typeof here === 'string' && here.trim() !== '' && Number.isFinite(Number(here))
            ? Number(here)
            : value
      break
    case 3: // a duplicated list item (duplicate ids)
      if (Array.isArray(parent)) parent.push(structuredClone(here))
      else if (Array.isArray(here) && here.length > 0) here.push(structuredClone(here[0]))
      else parent[key] = value
      break
    case 4: // prototype keys, as JSON.parse makes them: own properties
      Object.assign(
        parent,
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
      )
      break
    default: // a huge or tiny number
      parent[key] =
        typeof here === 'number' || typeof here === 'string'
          ? value === null
            ? '1e14'
            : '0.000000000001'
          : value
  }
  return copy
}

const editArb = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  kind: fc.nat(),
  value: strange,
})

/** A result is clean: finite numbers, no negative zero, finite decimals, JSON that round-trips, a trace whose sentences are all filled in. */
function expectClean(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `a number is ${value}`).toBe(true)
    expect(Object.is(value, -0), 'negative zero').toBe(false)
    return
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return
  seen.add(value)
  if (api.Dec.isDecimal(value)) {
    const d = value
    expect(d.isFinite(), `a decimal is ${d.toString()}`).toBe(true)
    expect(d.isZero() && d.isNegative(), 'negative zero decimal').toBe(false)
    return
  }
  for (const key of Object.keys(value)) expectClean((value as Record<string, unknown>)[key], seen)
}

function expectGoodResult(schema: z.ZodType, result: unknown): void {
  expect(schema.safeParse(result).error?.issues ?? []).toEqual([])
  expectClean(result)
  expect(() => JSON.parse(JSON.stringify(result ?? null))).not.toThrow()
  const traced = Array.isArray(result) ? result : [result]
  for (const item of traced) {
    if (typeof item !== 'object' || item === null || !Array.isArray((item as { trace?: unknown }).trace))
      continue
    for (const locale of api.LOCALES)
      for (const sentence of api.explain(item as api.Traced, { locale }))
        expect(sentence, 'every placeholder filled').not.toMatch(/\{\w+(?::\w+)?\}/)
  }
}

describe('fuzzing near-valid documents', () => {
  it.each(cases)('%s: valid arguments give a clean result', (_name, fn, args, schema) => {
    expectGoodResult(schema, (fn as (...a: unknown[]) => unknown)(...args))
  })

  it.each(cases)(
    '%s: edited arguments give a clean result or a SalesRulesError within 100× the median time, and change no prototype',
    (_name, fn, args, schema) => {
      const budget = new CallBudget()
      fc.assert(
        fc.property(
          fc.nat(args.length - 1),
          fc.array(editArb, { minLength: 1, maxLength: 3 }),
          (which, edits) => {
            const edited = [...args]
            // an edit may make a document the harness itself cannot edit further (an array whose constructor was replaced): stop editing there
            edited[which] = edits.reduce((doc, e) => {
              try {
                return edit(doc, e)
              } catch {
                return doc
              }
            }, args[which])
            try {
              const result = budget.time(() => (fn as (...a: unknown[]) => unknown)(...edited))
              expectGoodResult(schema, result)
            } catch (error) {
              if (!(error instanceof api.SalesRulesError)) throw error
              expect(error.issues.length).toBeGreaterThan(0)
              for (const issue of error.issues)
                expect(
                  Array.isArray(issue.path) && typeof issue.code === 'string' && issue.message.length > 0,
                ).toBe(true)
            }
            expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
            expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
          },
        ),
        { numRuns: RUNS, seed: SEED },
      )
      // no call takes more than 100× the median of its entry point (outliers re-timed before failing)
      expect(budget.overBudget()).toEqual([])
    },
  )
})
