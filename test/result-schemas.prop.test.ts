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
import { runCount } from './helpers'

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
/** As {@link money}, greater than zero. */
const positiveMoney = money.filter((m) => /[1-9]/.test(m))
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
        { numRuns: runCount('FC_RUNS', 100) },
      )
      expect(results).toBeGreaterThanOrEqual(refused)
    },
  )
})

// Money keeps its scale (issue #18 item 5): in the JSON of quote and order release decisions, every money
// string has at least the policy's `moneyScale` decimals (2 here) and reads back as the value in memory;
// every ratio is cut to at most 6 decimals and within 10^-6 of the value.
/** A price with 0–4 decimals: most at cents, some finer (those must stay exact, never rounded). */
const price = fc
  .tuple(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 9999 }), pick([0, 2, 2, 4]))
  .map(([units, frac, digits]) =>
    digits === 0 ? `${units}` : `${units}.${String(frac).padStart(4, '0').slice(0, digits)}`,
  )
const scaledQuote = fc
  .tuple(
    fc.array(
      fc.record({
        quantity: fc.integer({ min: 1, max: 50 }),
        listPrice: price,
        discount: fc.integer({ min: 0, max: 40 }).map((d) => (d / 100).toString()),
        unitCost: fc.option(price, { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.integer({ min: 0, max: 10 }).map((d) => (d / 100).toString()),
  )
  .map(([lines, discount]) => ({
    ...quoteOf(1, '1', '0'),
    discount,
    lines: lines.map((l, i) => ({ product: `P-${i}`, ...l })),
  }))
type Found = [path: string, value: api.Decimal, written: unknown]
/** Reads `path` (dot-separated) in `value`. */
const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], value)
/** The money values of a decision: their paths, in memory and as written. */
function moneyIn(result: unknown, written: unknown, fields: readonly string[]): Found[] {
  return fields.flatMap((path): Found[] => {
    const value = at(result, path)
    return api.Dec.isDecimal(value) ? [[path, value, at(written, path)]] : []
  })
}
const QUOTE_MONEY_RULES = new Set(['net-total', 'cost-missing', 'below-cost'])
const ORDER_MONEY_RULES = new Set([
  'payment-first',
  'payment-unconfirmed',
  'credit-limit',
  'overdue-receivables',
])
const quoteMoney = (d: api.ApprovalDecision, w: unknown): Found[] => [
  ...moneyIn(d, w, ['figures.listTotal', 'figures.netTotal', 'figures.costTotal', 'figures.grossMargin']),
  ...d.figures.lines.flatMap((_, i) =>
    moneyIn(
      d,
      w,
      ['list', 'net', 'cost', 'listPrice', 'effectivePrice', 'unitCost'].map(
        (k) => `figures.lines.${i}.${k}`,
      ),
    ),
  ),
  ...d.rules.flatMap((r, i) =>
    QUOTE_MONEY_RULES.has(r.rule) ? moneyIn(d, w, [`rules.${i}.actual`, `rules.${i}.limit`]) : [],
  ),
]
const quoteRatios = (d: api.ApprovalDecision, w: unknown): Found[] =>
  moneyIn(d, w, ['figures.averageDiscount', 'figures.maxLineDiscount', 'figures.marginRate'])
const orderMoney = (d: api.OrderReleaseDecision, w: unknown): Found[] => [
  ...moneyIn(d, w, ['figures.amount', 'figures.received', 'figures.confirmed']),
  ...moneyIn(d, w, ['figures.credit.total', 'figures.credit.limit', 'figures.credit.overdue']),
  ...(d.figures.credit?.breakdown ?? []).flatMap((_, i) =>
    moneyIn(d, w, [`figures.credit.breakdown.${i}.amount`]),
  ),
  ...d.blockers.flatMap((b, i) =>
    ORDER_MONEY_RULES.has(b.rule) ? moneyIn(d, w, [`blockers.${i}.actual`, `blockers.${i}.limit`]) : [],
  ),
  ...d.warnings.flatMap((_, i) => moneyIn(d, w, [`warnings.${i}.actual`])),
]
function expectMoney(found: readonly Found[], scale: number): void {
  for (const [path, value, written] of found) {
    expect(typeof written, path).toBe('string')
    const text = written as string
    expect(text.split('.')[1]?.length ?? 0, `${path}: ${text}`).toBeGreaterThanOrEqual(scale)
    expect(new api.Dec(text).eq(value), `${path}: ${text} ≠ ${value.toString()}`).toBe(true)
  }
}
function expectRatios(found: readonly Found[]): void {
  for (const [path, value, written] of found) {
    const text = written as string
    expect(text.split('.')[1]?.length ?? 0, `${path}: ${text}`).toBeLessThanOrEqual(6)
    expect(new api.Dec(text).minus(value).abs().lt('1e-6'), `${path}: ${text}`).toBe(true)
  }
}
const writtenOf = (result: unknown): unknown => JSON.parse(JSON.stringify(result))

describe('money in the JSON of decisions keeps the policy scale and its value', () => {
  const runs = { numRuns: runCount('FC_RUNS', 100) }
  it('quote decisions (requiredApprovals, canApprove)', () => {
    let decided = 0
    fc.assert(
      fc.property(scaledQuote, (q) => {
        const d = api.requiredApprovals(policy.quoteApproval, q)
        decided += 1
        const w = writtenOf(d)
        const money = quoteMoney(d, w)
        // four money figures and six per line are always there (costs when the line has one)
        expect(money.length).toBeGreaterThanOrEqual(2 + 4 * q.lines.length)
        expectMoney(money, 2)
        expectRatios(quoteRatios(d, w))
        const a = api.canApprove(policy.quoteApproval, 'sales-rep', q)
        const reasons = writtenOf(a) as { reasons: unknown }
        expectMoney(quoteMoney({ ...d, rules: a.reasons }, { ...(w as object), rules: reasons.reasons }), 2)
      }),
      runs,
    )
    expect(decided).toBeGreaterThan(0)
  })

  it('order release decisions (checkOrderRelease), credit and prepaid', () => {
    fc.assert(
      fc.property(
        // a payment is greater than zero (zero is refused with decimal.not-positive)
        fc.tuple(money, money, positiveMoney, price, fc.boolean(), fc.boolean()),
        ([receivable, open, paid, unitPrice, confirmed, prepaid]) => {
          const order = {
            ...creditOrder,
            paymentTerms: prepaid ? 'prepaid' : 'net-30',
            lines: [...creditOrder.lines, { product: 'P-3', quantity: 2, unitPrice }],
          }
          const d = api.checkOrderRelease(creditPolicy, order, {
            asOf: '2026-06-30',
            receivables: [{ id: 'I-1', amount: receivable, dueDate: '2026-06-10' }],
            openOrders: [{ id: 'SO-2', amount: open }],
            payments: [
              {
                id: 'P-1',
                amount: paid,
                date: '2026-06-29',
                ...(confirmed ? { confirmation: { by: 'finance', on: '2026-06-30' } } : {}),
              },
              { id: 'P-2', amount: paid, date: '2026-07-01' },
            ],
          })
          const found = orderMoney(d, writtenOf(d))
          // amount, received, confirmed, and on credit total, limit, overdue and four parts
          expect(found.length).toBeGreaterThanOrEqual(prepaid ? 4 : 11)
          expectMoney(found, 2)
        },
      ),
      runs,
    )
  })
})
