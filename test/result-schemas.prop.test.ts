// The published JSON Schemas of the results (schemas/results/*.schema.json, issue #18): for every result type,
// a result of the library → JSON.stringify → JSON.parse validates against its published schema (ajv, draft
// 2020-12, formats checked), for inputs fast-check varies. Each property must validate real results: a run
// where most inputs were refused would prove nothing, so at least half of them must give a result. The files
// must also be what scripts/result-schemas.ts makes today (`npm run build` writes them).
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index'
import { RESULT_TYPES, resultJsonSchema } from '../scripts/result-schemas'
import { juneMeasurements, kpiPolicy } from './fixtures/kpi'
import { handbookMatrix } from './fixtures/opportunity'
import { claimOf, claimPolicy } from './fixtures/expense-claim'
import { creditOrder, creditPolicy } from './fixtures/order'
import { examplePolicy } from './fixtures/policy'

const ajv = new Ajv2020({ allErrors: true, strict: false })
addFormats(ajv)
const published = (name: string) =>
  JSON.parse(readFileSync(`schemas/results/${name}.schema.json`, 'utf8')) as Record<string, unknown>

const policy = examplePolicy()
const lead = { id: 'L-1', state: 'new', source: 'web', createdAt: '2026-06-01T09:00:00+08:00' }
const leadRatings = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' }
/** A money amount with 0–2 decimals, up to 10 million. */
const money = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([units, cents, whole]) => (whole ? `${units}` : `${units}.${String(cents).padStart(2, '0')}`))
const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => (n / 1000).toString())
const juneDay = fc.integer({ min: 1, max: 30 }).map((d) => `2026-06-${String(d).padStart(2, '0')}`)
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const handbookRatings = fc.record(
  Object.fromEntries(handbookMatrix.dimensions.map((d) => [d.key, pick(d.levels.map((l) => l.id))])),
) as fc.Arbitrary<Record<string, string>>
const quoteOf = (quantity: number, listPrice: string, discount: string) => ({
  id: 'Q-1',
  currency: 'CNY',
  customer: { id: 'CUST-007', grade: 'A' },
  requestedBy: 'sales-rep',
  // the handbook's quote policy: payment first (先款后货), with a delivery date on every quote
  paymentTerms: 'prepaid',
  deliveryDate: '2026-07-15',
  lines: [
    { product: 'MRI-200', category: 'devices', quantity, listPrice, discount, unitCost: '61000' },
    { product: 'SVC-3Y', quantity: 2, listPrice: '12000', unitPrice: '11000', unitCost: '4000' },
  ],
})
const quote = fc
  .tuple(fc.integer({ min: 1, max: 50 }), money, fc.integer({ min: 0, max: 40 }))
  .map(([q, p, d]) => quoteOf(q, p, (d / 100).toString()))
const transactions = fc
  .array(fc.tuple(money, juneDay, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((ts) =>
    ts.map(([amount, date, grade]) => ({
      id: `SO-${amount}-${date}`,
      date,
      amount,
      customer: { id: 'C-1', grade: grade ? 'A' : 'B' },
    })),
  )
  .map((ts) => ts.filter((t, i) => ts.findIndex((u) => u.id === t.id) === i))
const commissionInput = fc.tuple(transactions, money).map(([ts, quota]) => ({
  rep: 'REP-12',
  period: { start: '2026-06-01', end: '2026-06-30' },
  quota: quota === '0' ? '1' : quota,
  transactions: ts,
}))
const expenseEntries = fc.array(
  fc.tuple(
    fc.integer({ min: 1, max: 5 }).map((m) => `2026-0${m}-10`),
    pick(['marketing', 'travel', 'entertainment']),
    pick(['east', 'west']),
    money,
  ),
  { maxLength: 8 },
)
const entriesOf = (es: [string, string, string, string][]) =>
  es.map(([date, category, region, amount]) => ({ date, category, dimensions: { region }, amount }))

/** Each result type: how fast-check makes one from varied input. */
const makers: Record<string, fc.Arbitrary<() => unknown>> = {
  allocation: fc.tuple(money, fc.array(fraction, { minLength: 1, maxLength: 5 })).map(
    ([t, ws]) =>
      () =>
        api.allocate(t, ws, { scale: 2, mode: 'half-up' }),
  ),
  period: fc.tuple(juneDay, pick(api.PERIOD_KINDS), fc.integer({ min: 1, max: 12 })).map(
    ([d, k, m]) =>
      () =>
        api.periodOf(d, k, { fiscalYearStartMonth: m }),
  ),
  proration: fc.tuple(money, juneDay).map(
    ([amount, start]) =>
      () =>
        api.prorate({
          amount,
          period: { start: '2026-04-01', end: '2026-06-30' },
          ranges: [{ start, end: '2026-06-30' }],
          basis: 'calendar-days',
          rounding: { scale: 2, mode: 'half-up' },
        }),
  ),
  'opportunity-score': handbookRatings.map((r) => () => api.scoreOpportunity(handbookMatrix, r)),
  'pipeline-forecast': fc
    .array(fc.tuple(money, pick(handbookMatrix.stages.map((s) => s.id)), handbookRatings), { maxLength: 5 })
    .map(
      (os) => () =>
        api.forecastPipeline(handbookMatrix, {
          currency: 'CNY',
          opportunities: os.map(([amount, stage, ratings], i) => ({ id: `O-${i}`, amount, stage, ratings })),
        }),
    ),
  'opportunity-priority': fc.tuple(money, fraction).map(
    ([x, y]) =>
      () =>
        api.prioritizeOpportunity(handbookMatrix, { x, y }),
  ),
  'approval-decision': quote.map((q) => () => api.requiredApprovals(policy.quoteApproval, q)),
  'authority-decision': quote.map((q) => () => api.canApprove(policy.quoteApproval, 'sales-manager', q)),
  'quick-approval': quote.map((q) => () => api.compileQuoteApprovalPolicy(policy.quoteApproval).route(q)),
  'customer-grading': fc.array(money, { minLength: 1, maxLength: 8 }).map(
    (vs) => () =>
      api.gradeCustomers(
        policy.customerGrading,
        vs.map((value, i) => ({ id: `C-${i}`, value })),
        { asOf: '2026-06-30' },
      ),
  ),
  'follow-up-compliance': fc.array(juneDay, { maxLength: 10 }).map(
    (days) => () =>
      api.checkFollowUpCompliance(policy.customerGrading, 'A', days, {
        start: '2026-06-01',
        end: '2026-06-30',
      }),
  ),
  'commission-statement': commissionInput.map((i) => () => api.calculateCommission(policy.commission, i)),
  'commission-totals': commissionInput.map(
    (i) => () => api.compileCommissionPlan(policy.commission).totals(i),
  ),
  'budget-variance': expenseEntries.map(
    (es) => () =>
      api.budgetVariance(policy.expenseBudget, entriesOf(es), {
        asOf: '2026-05-15',
        groupBy: ['category', 'region'],
        revenue: '2000000',
      }),
  ),
  'expense-check': fc.tuple(expenseEntries, money).map(
    ([es, amount]) =>
      () =>
        api.checkExpense(
          policy.expenseBudget,
          entriesOf(es),
          { date: '2026-05-16', category: 'entertainment', dimensions: { region: 'east' }, amount },
          { asOf: '2026-05-16' },
        ),
  ),
  'kpi-measure': fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 5 })
    .map((counts) => counts.sort((a, b) => b - a))
    .map(
      (counts) => () =>
        api.measureKpi({
          formula: 'conversion-rate',
          funnel: counts.map((count, i) => ({ stage: `s${i}`, count })),
        }),
    ),
  'kpi-evaluation': juneDay.map(
    (asOf) => () =>
      api.evaluateKpis(kpiPolicy, juneMeasurements, {
        period: { start: '2026-06-01', end: '2026-06-30' },
        asOf,
      }),
  ),
  'sla-report': fc
    .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 300 }))
    .map(([replyHours, asOfHours]) => () => {
      const at = (h: number) => new Date(Date.parse('2026-09-30T09:00:00Z') + h * 3_600_000).toISOString()
      return api.slaCompliance(
        kpiPolicy,
        [{ id: 'T-1', kind: 'ticket', grade: 'A', events: { received: at(0), replied: at(replyHours) } }],
        { asOf: at(asOfHours) },
      )
    }),
  'policy-diff': fc.tuple(money, money).map(([a, b]) => () => {
    const after = examplePolicy()
    after.commission.cap = a
    return api.diffSalesPolicies({ ...policy, commission: { ...policy.commission, cap: b } }, after)
  }),
  'order-release-decision': fc.tuple(money, money, money).map(
    ([receivable, open, paid]) =>
      () =>
        api.checkOrderRelease(creditPolicy, creditOrder, {
          asOf: '2026-06-30',
          receivables: [{ id: 'I-1', amount: receivable, dueDate: '2026-06-01' }],
          openOrders: [{ id: 'SO-2', amount: open }],
          payments: paid === '0' ? [] : [{ id: 'P-1', amount: paid, date: '2026-06-30' }],
        }),
  ),
  'contract-approval-decision': fc.tuple(money, fc.boolean()).map(
    ([amount, deviates]) =>
      () =>
        api.requiredContractApprovals(policy.orderRelease, {
          id: 'HT-1',
          date: '2026-06-01',
          currency: 'CNY',
          amount,
          type: 'exclusive-distribution',
          deviations: deviates ? ['payment clause'] : [],
        }),
  ),
  // the domains added in 0.2.0
  'expense-claim-decision': fc
    .tuple(money, fc.constantFrom('office', 'travel'), fc.option(money, { nil: undefined }))
    .map(
      ([amount, category, advance]) =>
        () =>
          api.checkExpenseClaim(claimPolicy, claimOf([{ id: 'l', date: '2026-09-28', category, amount }]), {
            asOf: '2026-09-30',
            advances: advance === undefined ? [] : [{ id: 'JK', amount: advance }],
          }),
    ),
  'budget-approval-transition': fc.tuple(fc.constantFrom('E7', 'E8'), juneDay).map(
    ([by, on]) =>
      () =>
        api.transitionBudgetApproval({ state: 'draft' }, { action: 'submit', role: 'sales', by, on }),
  ),
  'complaint-route': fc
    .tuple(fc.constantFrom('service', 'quality'), fc.constantFrom('minor', 'major'), juneDay)
    .map(
      ([kind, severity, day]) =>
        () =>
          api.routeComplaint(policy.complaints, {
            id: 'TS',
            kind,
            severity,
            received: `${day}T10:00:00+08:00`,
          }),
    ),
  'complaint-report': fc.array(fc.tuple(juneDay, fc.boolean()), { maxLength: 6 }).map(
    (items) => () =>
      api.complaintReport(
        policy.complaints,
        items.map(([day, resolved], i) => ({
          id: `TS-${i}`,
          kind: 'service',
          severity: 'minor',
          received: `${day}T10:00:00+08:00`,
          ...(resolved ? { resolved: `${day}T16:00:00+08:00` } : {}),
        })),
        { asOf: '2026-07-01T09:00:00+08:00' },
      ),
  ),
  certification: fc.array(fc.tuple(fraction, juneDay), { maxLength: 4 }).map(
    (results) => () =>
      api.checkCertification(
        policy.training,
        { id: 'E-1', role: 'sales-rep' },
        results.map(([score, date]) => ({ course: 'sales-process', date, score })),
        { asOf: '2026-07-01' },
      ),
  ),
  'lead-transition': fc
    .constantFrom('contacted', 'converted')
    .map(
      (to) => () =>
        api.transitionLead(policy.leads, lead, { to, at: '2026-06-02T10:00:00+08:00', note: 'call' }),
    ),
  'lead-assignment': fc
    .constantFrom('chen', 'liu')
    .map((id) => () => api.assignLead(policy.leads, lead, [{ id, team: 'inside' }], { cursor: {} })),
  'lead-follow-up': fc.array(juneDay, { maxLength: 4 }).map(
    (days) => () =>
      api.checkLeadFollowUp(
        policy.leads,
        [lead],
        days.map((d) => ({ lead: 'L-1', at: `${d}T10:00:00+08:00` })),
        '2026-07-01T09:00:00+08:00',
      ),
  ),
  'opportunity-follow-up': fc.array(juneDay, { maxLength: 4 }).map(
    (days) => () =>
      api.checkOpportunityFollowUp(
        policy.opportunityScoring,
        [{ id: 'O-1', ratings: leadRatings, since: '2026-06-01' }],
        days.map((d) => ({ opportunity: 'O-1', at: d })),
        '2026-07-01',
      ),
  ),
  appraisal: fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 5 })).map(
    ([score, rating]) =>
      () =>
        api.appraise(policy.appraisal, {
          person: 'p',
          period: { start: '2026-06-01', end: '2026-06-30' },
          kpiResults: [{ month: '2026-06', score }],
          ratings: { self: rating, supervisor: rating, peers: [rating] },
        }),
  ),
  calibration: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 10 }).map(
    (scores) => () =>
      api.calibrate(
        policy.appraisal,
        scores.map((score, i) => ({ person: `p${i}`, score })),
        {},
      ),
  ),
  'profit-share': fc.tuple(money, fc.array(money, { minLength: 1, maxLength: 5 })).map(
    ([pool, revenues]) =>
      () =>
        api.allocateProfitShare(
          pool,
          revenues.map((revenue, i) => ({ id: `s${i}`, revenue })),
          { shareBy: 'revenue' },
        ),
  ),
}

describe('schemas/results', () => {
  it('has one file per result type, as scripts/result-schemas.ts makes it', () => {
    for (const [name, schema] of Object.entries(RESULT_TYPES))
      expect(published(name), `schemas/results/${name}.schema.json is stale: npm run build`).toEqual(
        JSON.parse(JSON.stringify(resultJsonSchema(name, schema))),
      )
  })

  it('ships them in the package', () => {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
    ) as { files: { path: string }[] }[]
    const files = new Set(pack?.files.map((f) => f.path))
    for (const name of Object.keys(RESULT_TYPES))
      expect(files).toContain(`schemas/results/${name}.schema.json`)
  })

  it.each(Object.keys(RESULT_TYPES))(
    '%s: JSON of a result validates against its published schema',
    (name) => {
      const maker = makers[name]
      if (maker === undefined) throw new Error(`no maker of ${name} results in this test`)
      const validate = ajv.compile(published(name))
      let results = 0
      let refused = 0
      fc.assert(
        fc.property(maker, (make) => {
          let result: unknown
          try {
            result = make()
          } catch (error) {
            if (!(error instanceof api.SalesRulesError)) throw error
            refused += 1
            return
          }
          results += 1
          const json: unknown = JSON.parse(JSON.stringify(result))
          if (!validate(json))
            throw new Error(`${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(json)}`)
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 100) },
      )
      expect(results).toBeGreaterThanOrEqual(refused)
    },
  )
})
