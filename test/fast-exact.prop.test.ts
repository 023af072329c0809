// A fast path may skip work, never validation (issue #26): for every compiled evaluator with a fast
// path, arbitrary input — exotic values too (a Map, an array, a Date, a boxed BigInt, `{ budget:
// undefined }`, null-prototype objects and arrays), alone or put in place of one field of a valid
// input — gets the same answer from the fast and the exact path, or both throw a SalesRulesError with
// the same code.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  budgetVariance,
  calculateCommission,
  compileCommissionPlan,
  compileCustomerGrading,
  compileExpenseBudget,
  compileExpenseClaimPolicy,
  compileKpiPolicy,
  compileOrderReleasePolicy,
  compileQuoteApprovalPolicy,
  compileScoringMatrix,
  gradeCustomers,
  KpiPolicySchema,
  requiredApprovals,
  SalesRulesError,
  scoreOpportunity,
  type ClaimCheckOptions,
  type CommissionInput,
  type CustomerGradingPolicyInput,
  type ExpenseClaimInput,
  type ExpenseEntryInput,
  type OrderContextInput,
  type OrderInput,
  type QuoteInput,
  type Ratings,
} from '../src/index'
import { compileKpis, exactLevel } from '../src/rules/kpi/_lib/evaluate'
import { MAX_ARRAY_LENGTH } from '../src/core/boundary'
import { flat, marginal } from './fixtures/commission'
import { paretoPolicy } from './fixtures/customer'
import { expenseBudget } from './fixtures/expense'
import { claimPolicy, invoice } from './fixtures/expense-claim'
import { kpiPolicy } from './fixtures/kpi'
import { handbookMatrix } from './fixtures/opportunity'
import { creditOrder, creditPolicy, handbookPolicy, tileContext, tileOrder } from './fixtures/order'
import { quotePolicy, repQuote } from './fixtures/quote'
import { locate } from './helpers'

const RUNS = Number(process.env.FC_RUNS ?? 300)

const nullProto = <T extends object>(value: T): T => Object.setPrototypeOf(value, null) as T

/** The exotic values of the issue, made fresh for each use. */
const exotic = fc.oneof(
  fc
    .constantFrom(
      () => new Map([['budget', 'approved']]),
      () => ['approved'],
      () => new Date(0),
      () => Object(1n) as object,
      () => Object('approved') as object,
      () => ({ budget: undefined }),
      () => nullProto(['1']),
      () => nullProto([]),
      () => nullProto({ need: 'urgent' }),
      () => ({ length: 2 ** 32 - 1 }),
    )
    .map((make) => make()),
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withBigInt: true,
    withSparseArray: true,
    withObjectString: true,
  }),
)

/** The valid `base` with one field (reached by a walk of key indexes) replaced by `value`; the value alone for an empty walk. */
function withField(base: unknown, walk: readonly number[], value: unknown): unknown {
  if (walk.length === 0) return value
  const copy = structuredClone(base)
  const at = locate(copy, walk)
  if (at === undefined) return value
  at.parent[at.key] = value
  return copy
}

const edited = (base: unknown) =>
  fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), exotic).map(([walk, value]) => withField(base, walk, value))

type Outcome = { readonly ok: unknown } | { readonly error: string }

/** What a call gives: its answer, or the code of the SalesRulesError it throws (anything else fails the test). */
function outcome(call: () => unknown): Outcome {
  try {
    return { ok: call() }
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    return { error: error.code }
  }
}

describe('fast paths validate exactly like the exact paths', () => {
  it('compileScoringMatrix(...).grade and scoreOpportunity, with every missing-rating rule', () => {
    for (const missing of ['reject', 'zero'] as const) {
      const matrix = { ...handbookMatrix, missing }
      const evaluator = compileScoringMatrix(matrix)
      const valid = { need: 'urgent', budget: 'approved', decision: 'engaged', competition: 'some' }
      fc.assert(
        fc.property(fc.oneof(edited(valid), exotic), (ratings) => {
          const fast = outcome(() => evaluator.grade(ratings as Ratings).grade)
          const exact = outcome(() => scoreOpportunity(matrix, ratings as Ratings).grade)
          expect(fast).toEqual(exact)
        }),
        { numRuns: RUNS },
      )
    }
  })

  it('compileCommissionPlan(...).totals and calculateCommission', () => {
    const valid = {
      rep: 'r1',
      period: { start: '2026-06-01', end: '2026-06-30' },
      transactions: [
        { id: 'a', date: '2026-06-10', amount: '120000' },
        { id: 'b', date: '2026-06-20', amount: 30000.5 },
      ],
    }
    const figures = (t: {
      base: { toFixed(n: number): string }
      commission: { toFixed(n: number): string }
    }) => [t.base.toFixed(2), t.commission.toFixed(2)]
    for (const plan of [flat, marginal]) {
      const evaluator = compileCommissionPlan(plan)
      fc.assert(
        fc.property(edited(valid), (input) => {
          const fast = outcome(() => figures(evaluator.totals(input as CommissionInput)))
          const exact = outcome(() => figures(calculateCommission(plan, input as CommissionInput)))
          expect(fast).toEqual(exact)
        }),
        { numRuns: RUNS },
      )
    }
  })

  it('compileQuoteApprovalPolicy(...).route and requiredApprovals', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    fc.assert(
      fc.property(edited(repQuote), (quote) => {
        const fast = outcome(() => {
          const r = evaluator.route(quote as QuoteInput)
          return [r.requiredRole, r.autoApproved]
        })
        const exact = outcome(() => {
          const d = requiredApprovals(quotePolicy, quote as QuoteInput)
          return [d.requiredRole, d.autoApproved]
        })
        expect(fast).toEqual(exact)
      }),
      { numRuns: RUNS },
    )
  })

  // issue #21: costs required above 100,000 (on the boundary both ways) or for grade A, payment terms
  // required and only the standard ones allowed, a delivery date valid or not
  it('compileQuoteApprovalPolicy(...).route and requiredApprovals with requireCost, requiredFields, allowOther', () => {
    for (const boundary of ['inclusive', 'exclusive'] as const) {
      const policy = {
        ...quotePolicy,
        boundary,
        requireCost: { above: '100000', customerGrades: ['A'] },
        requiredFields: ['paymentTerms'] as const,
        paymentTerms: { default: 'prepaid', allowOther: false },
      }
      const evaluator = compileQuoteApprovalPolicy(policy)
      const line = fc.record(
        {
          product: fc.constantFrom('P-1', 'P-2'),
          quantity: fc.integer({ min: 1, max: 3 }),
          listPrice: fc.constantFrom('50000', '100000', '33333.34', '99999.99', '100000.01', '20000'),
          discount: fc.constantFrom('0.05', '0.1', '0'),
          unitCost: fc.constantFrom('1000', '30000', '90000'),
        },
        { requiredKeys: ['product', 'quantity', 'listPrice'] },
      )
      const quote = fc.record(
        {
          currency: fc.constant('CNY'),
          customer: fc.record(
            { id: fc.constant('C-1'), grade: fc.constantFrom('A', 'B') },
            { requiredKeys: ['id'] },
          ),
          requestedBy: fc.constantFrom('sales-rep', 'sales-supervisor', 'sales-director', 'general-manager'),
          paymentTerms: fc.constantFrom('prepaid', 'net-30'),
          deliveryDate: fc.constantFrom('2026-07-01', '2026-02-30', '2026-7-1'),
          lines: fc.array(line, { minLength: 1, maxLength: 3 }),
        },
        { requiredKeys: ['currency', 'customer', 'requestedBy', 'lines'] },
      )
      fc.assert(
        fc.property(fc.oneof(quote, edited({ ...repQuote, deliveryDate: '2026-07-01' })), (q) => {
          const fast = outcome(() => {
            const r = evaluator.route(q as QuoteInput)
            return [r.requiredRole, r.autoApproved]
          })
          const exact = outcome(() => {
            const d = requiredApprovals(policy, q as QuoteInput)
            return [d.requiredRole, d.autoApproved]
          })
          expect(fast).toEqual(exact)
        }),
        { numRuns: RUNS },
      )
    }
  })

  // issue #21: the order release fast path, on the credit policy (limits, margin, overdue) and the
  // handbook's (qualification, required fields, prepaid, price list, stock), with amounts on the limits
  it('compileOrderReleasePolicy(...).quickRelease and checkOrderRelease', () => {
    const day = fc.constantFrom(
      '2026-05-31',
      '2026-06-14',
      '2026-06-15',
      '2026-06-16',
      '2026-06-30',
      '2026-07-01',
    )
    const money = fc.constantFrom('0', '0.01', '1234.56', '96296.25', '96296.26', '100000', 5, 0.1, '1e3', -1)
    const receivable = fc.record({ id: fc.constantFrom('I-1', 'I-2', 'I-3'), amount: money, dueDate: day })
    const payment = fc.record(
      {
        id: fc.constantFrom('T-1', 'T-2'),
        amount: money,
        date: day,
        confirmation: fc.record({ by: fc.constantFrom('finance', 'sales'), on: day }),
      },
      { requiredKeys: ['id', 'amount', 'date'] },
    )
    const line = fc.record(
      {
        product: fc.constantFrom('P-1', 'P-2', 'TILE-600'),
        quantity: fc.constantFrom(1, 3, 200, 0, 1.5, '2'),
        unitPrice: fc.constantFrom('45.50', '1234.56', '0.01', 0, '3703.75', '1.005'),
        free: fc.boolean(),
      },
      { requiredKeys: ['product', 'quantity', 'unitPrice'] },
    )
    const order = fc.record(
      {
        id: fc.constantFrom('SO-1', 'SO-2'),
        currency: fc.constantFrom('CNY', 'USD'),
        customer: fc.record(
          { id: fc.constantFrom('C-1', 'BIG-1'), grade: fc.constantFrom('A', 'B') },
          { requiredKeys: ['id'] },
        ),
        lines: fc.array(line, { minLength: 0, maxLength: 3 }),
        paymentTerms: fc.constantFrom('net-30', 'prepaid', 'cod'),
        deliveryDate: fc.constantFrom('2026-06-10', '2026-02-30'),
      },
      { requiredKeys: ['id', 'currency', 'customer', 'lines'] },
    )
    const context = fc.record(
      {
        asOf: fc.constantFrom('2026-06-30', '2026-06-01', '2025-12-31'),
        receivables: fc.array(receivable, { maxLength: 4 }),
        payments: fc.array(payment, { maxLength: 2 }),
        openOrders: fc.array(fc.record({ id: fc.constantFrom('SO-1', 'SO-7', 'SO-8'), amount: money }), {
          maxLength: 2,
        }),
        qualification: fc.record({ approved: fc.boolean(), validUntil: day }, { requiredKeys: ['approved'] }),
      },
      { requiredKeys: ['asOf'] },
    )
    const cases = [
      [creditPolicy, creditOrder, { asOf: '2026-06-30' }],
      [handbookPolicy, tileOrder, tileContext],
      [
        [creditPolicy, { ...creditPolicy, version: '2', effectiveFrom: '2026-06-16' }],
        creditOrder,
        { asOf: '2026-06-30' },
      ],
    ] as const
    for (const [policy, validOrder, validContext] of cases) {
      const evaluator = compileOrderReleasePolicy(policy)
      fc.assert(
        fc.property(
          fc.oneof(
            fc.tuple(order, context),
            fc.tuple(edited(validOrder), fc.constant(validContext)),
            fc.tuple(fc.constant(validOrder), edited(validContext)),
          ),
          ([o, c]) => {
            const fast = outcome(() => evaluator.quickRelease(o as OrderInput, c as OrderContextInput))
            const exact = outcome(() => {
              const d = evaluator.checkOrderRelease(o as OrderInput, c as OrderContextInput)
              return { releasable: d.releasable, blockedBy: [...new Set(d.blockers.map((b) => b.rule))] }
            })
            expect(fast).toEqual(exact)
          },
        ),
        { numRuns: RUNS },
      )
    }
  })

  it('compileKpiPolicy(...).level and the exact decimal level', () => {
    const evaluator = compileKpiPolicy(kpiPolicy)
    const compiled = compileKpis(KpiPolicySchema.parse(kpiPolicy))
    const ids = kpiPolicy.kpis.map((k) => k.id)
    const number = fc.oneof(
      fc.integer({ min: -10, max: 2_000_000 }),
      fc.constantFrom('0.8', '1', '400000', '-0', '1e3', 0.1, 1e-7),
      // on a band edge, written in several ways (#20: ties are decided on the fast path)
      fc.constantFrom(
        '0.0800',
        '00.080',
        0.08,
        '0.1000',
        0.15,
        '0.150',
        '0.2',
        '0.03',
        '0.05',
        '0.9',
        '0.95',
      ),
      fc.constantFrom(8, 10, '8', '10.0', '008', 80, 90, '80.000', 9, 500000, '400000.00', '0.25', '0.2'),
    )
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.oneof(number, exotic),
        fc.oneof(fc.constant(undefined), number, exotic),
        (id, value, target) => {
          const fast = outcome(() => evaluator.level(id, value as string, target as string))
          const exact = outcome(() => exactLevel(compiled.byId.get(id) as never, value, target))
          expect(fast).toEqual(exact)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it('compileExpenseBudget(...).variance and budgetVariance', () => {
    const evaluator = compileExpenseBudget(expenseBudget)
    // near-valid leaves: amounts, dates and ids either side of what the integer-cents reader accepts
    const near = fc.constantFrom<unknown>(
      '-0',
      -0,
      '0.00',
      '00012.5',
      '1.',
      '.5',
      '1.005',
      '1e3',
      ' 12',
      '12 ',
      '+12',
      '-12.30',
      1e-7,
      0.1 + 0.2,
      99999999999.99,
      '9999999999999.99',
      '99999999999999',
      Number.MAX_SAFE_INTEGER,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '2026-02-29',
      '2026-04-31',
      '2026-4-01',
      '2027-03-31',
      '2026-03-31',
      ' east',
      'east\n',
      '',
      'x'.repeat(201),
      'x'.repeat(1001),
      'unknown-category',
      undefined,
      null,
    )
    const entries = [
      { date: '2026-04-20', category: 'travel', dimensions: { region: 'east' }, amount: '600.00' },
      { id: 'e2', date: '2026-05-03', category: 'travel', dimensions: { region: 'west' }, amount: -100.5 },
      {
        date: '2026-06-09',
        category: 'gifts',
        dimensions: { region: 'east' },
        amount: 50,
        description: 'tea',
      },
      { date: '2026-05-31', category: 'marketing', amount: '12000' },
    ]
    const options = fc.record({
      asOf: fc.constantFrom('2026-04-30', '2026-06-30', '2027-03-31'),
      groupBy: fc.constantFrom(['category'], ['category', 'region'], ['region']),
    })
    const input = fc.oneof(
      edited(entries),
      fc
        .tuple(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), near)
        .map(([w, v]) => withField(entries, w, v)),
      exotic,
    )
    fc.assert(
      fc.property(input, options, (list, opts) => {
        const fast = outcome(() => evaluator.variance(list as ExpenseEntryInput[], opts))
        const exact = outcome(() => budgetVariance(expenseBudget, list as ExpenseEntryInput[], opts))
        expect(fast).toEqual(exact)
      }),
      // a report of the April-start budget costs about 30 exact-path runs of the other evaluators:
      // a third of the runs (FC_RUNS=20000 still passes)
      { numRuns: Math.ceil(RUNS / 3) },
    )
  })

  it('compileCustomerGrading(...).gradeValues and gradeCustomers', () => {
    const thresholds: CustomerGradingPolicyInput = {
      ...paretoPolicy,
      method: {
        kind: 'thresholds',
        measure: 'revenue',
        lookbackMonths: 12,
        minimums: ['100000', '5000', '0'],
      },
    }
    const rank = (grade: string) => ['A', 'B', 'C', 'new'].indexOf(grade)
    const number = fc.oneof(
      fc.integer({ min: -1000, max: 200_000 }),
      fc.integer({ min: -100, max: 20_000_000 }).map((n) => n / 100),
      fc.double({ noNaN: false }),
      fc.constantFrom(-0, 0.001, 1e-7, 1e15, 1e21, 2 ** 53, 99999999999.99, Number.NaN, Number.MIN_VALUE),
    )
    // a column, possibly with an exotic value in place of one number, or an exotic column
    const column = fc.oneof(
      { weight: 3, arbitrary: fc.array(number, { maxLength: 12 }) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.array(number, { minLength: 1, maxLength: 8 }), fc.nat(), exotic)
          .map(([values, at, value]) => values.map((v, i) => (i === at % values.length ? value : v))),
      },
      { weight: 1, arbitrary: exotic },
    )
    /**
     * The exact reference: the full grading of one customer per value. gradeValues grades customers
     * with history by a column of numbers (any array-like), so a value that is not a number (null or
     * undefined, which the full grading reads as no history, or a string, which it reads as a decimal)
     * is handed on boxed (`Object(value)`), which the full grading refuses as gradeValues does.
     */
    const reference = (policy: CustomerGradingPolicyInput, values: unknown) => {
      const length: unknown =
        typeof values === 'object' && values !== null ? (values as { length?: unknown }).length : undefined
      if (
        typeof length !== 'number' ||
        !Number.isSafeInteger(length) ||
        length < 0 ||
        length > MAX_ARRAY_LENGTH
      )
        return gradeCustomers(policy, values as never, { asOf: '2026-06-30' })
      const customers = Array.from({ length }, (_, i) => {
        const value: unknown = (values as Record<number, unknown>)[i]
        return { id: `c${i}`, value: typeof value === 'number' ? value : Object(value) }
      })
      const full = gradeCustomers(policy, customers, { asOf: '2026-06-30' })
      return {
        grades: full.customers.map((c) => rank(c.grade)),
        minValues: full.cutoffs.map((c) => (c.minValue === null ? null : c.minValue.toNumber())),
      }
    }
    for (const policy of [paretoPolicy, thresholds]) {
      const evaluator = compileCustomerGrading(policy)
      fc.assert(
        fc.property(column, (values) => {
          const fast = outcome(() => {
            const r = evaluator.gradeValues(values as number[])
            return { grades: Array.from(r.grades), minValues: r.minValues }
          })
          expect(fast).toEqual(outcome(() => reference(policy, values)))
        }),
        { numRuns: RUNS },
      )
    }
  })

  // issue #22: the claim summary's integer path against the exact check, on the handbook-style policy (limits
  // by level and city tier, per unit, per line and per claim, approval-type limits, invoices required above
  // 200, a 10-business-day deadline over the 2026 holidays and 调休 make-up workdays, a route step above 5000)
  // and a budget ledger (approval, stop, warning shares); amounts exactly on each limit, invoices exactly at
  // the threshold, spends whose deadline is the make-up Saturday 2026-10-10
  it('compileExpenseClaimPolicy(...).summary and check', () => {
    const evaluator = compileExpenseClaimPolicy(claimPolicy)
    const budget = compileExpenseBudget(expenseBudget)
    const entries = [
      { date: '2026-06-01', category: 'travel', dimensions: { region: 'east' }, amount: '58000' },
      { date: '2026-07-01', category: 'entertainment', dimensions: { region: 'east' }, amount: '28500' },
      { date: '2026-08-01', category: 'marketing', dimensions: { region: 'east' }, amount: '600000' },
    ]
    const ledgers = {
      '2026-10-10': budget.ledger(entries, { asOf: '2026-10-10' }),
      '2026-09-30': budget.ledger(entries, { asOf: '2026-09-30' }),
    }
    const money = fc.constantFrom<unknown>(
      '0',
      '0.01',
      '100',
      '199.99',
      '200',
      '200.00',
      '200.01',
      '350',
      '500',
      '600',
      '1000',
      '1000.00',
      '1000.01',
      '1600',
      '2000',
      '2000.01',
      '3000',
      '3000.01',
      '5000',
      '5000.01',
      '12345.67',
      // written otherwise than the summary writes it (leading zeros, one decimal)
      '0200.00',
      '0.5',
      '350.5',
      150.5,
      0.1 + 0.2,
      '1e3',
      '1.005',
      '-0',
      -1,
    )
    const day = fc.constantFrom<unknown>(
      '2026-09-18',
      '2026-09-20',
      '2026-09-21',
      '2026-09-28',
      '2026-10-09',
      '2026-10-10',
      '2026-10-11',
      '2026-02-30',
    )
    const line = fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c'),
        date: day,
        category: fc.constantFrom('travel', 'entertainment', 'office', 'marketing', 'communication', 'other'),
        item: fc.constantFrom('hotel', 'per-diem', 'taxi'),
        amount: money,
        quantity: fc.constantFrom<unknown>(1, 2, 3, 10, '2', 1.5, 0),
        cityTier: fc.constantFrom('tier-1', 'tier-2'),
        dimensions: fc.constantFrom<unknown>({ region: 'east' }, { region: 'west' }, {}, { city: 'sh' }),
        invoice: fc.record(
          {
            number: fc.constantFrom('I-1', 'I-2', 'OLD-1'),
            date: fc.constantFrom('2026-09-21', '2026-13-01'),
            amount: money,
            taxAmount: fc.constantFrom<unknown>('0', '13.50', -1),
            seller: fc.constantFrom('某供应商', ''),
          },
          { requiredKeys: [] },
        ),
        reason: fc.constantFrom('展会期间酒店满房', ''),
      },
      { requiredKeys: ['id', 'date', 'category', 'amount'] },
    )
    const claim = fc.record({
      id: fc.constant('BX-1'),
      employee: fc.record({ id: fc.constant('E1'), level: fc.constantFrom('staff', 'manager') }),
      currency: fc.constantFrom('CNY', 'CNY', 'USD'),
      submittedOn: fc.constantFrom('2026-09-30', '2026-10-10'),
      lines: fc.array(line, { minLength: 1, maxLength: 4 }),
    })
    const options = fc.record(
      {
        asOf: fc.constantFrom('2026-10-10', '2026-09-30'),
        budget: fc.boolean(),
        advances: fc.array(fc.record({ id: fc.constantFrom('JK-1', 'JK-2'), amount: money }), {
          maxLength: 2,
        }),
        earlierClaims: fc.constantFrom([], [{ id: 'BX-0', invoices: ['OLD-1', 'X-1'] }]),
      },
      { requiredKeys: ['asOf'] },
    )
    const validClaim = {
      id: 'BX-1',
      employee: { id: 'E1', level: 'staff' },
      currency: 'CNY',
      submittedOn: '2026-10-10',
      lines: [
        {
          id: 'hotel',
          date: '2026-09-20',
          category: 'travel',
          item: 'hotel',
          cityTier: 'tier-1',
          amount: '1000.00',
          quantity: 2,
          dimensions: { region: 'east' },
          invoice: invoice('H-1', '1000.00'),
        },
        { id: 'taxi', date: '2026-09-28', category: 'travel', amount: '200', dimensions: { region: 'east' } },
      ],
    }
    const validOptions = { asOf: '2026-10-10', advances: [{ id: 'JK-1', amount: '300' }] }
    const summaryOfCheck = (c: unknown, o: unknown) => {
      const d = evaluator.check(c as ExpenseClaimInput, o as ClaimCheckOptions)
      return {
        claim: d.claim,
        lines: d.lines.map((l) => ({ id: l.id, approved: l.approved.toFixed(2), status: l.status })),
        claimed: d.claimed.toFixed(2),
        approved: d.approved.toFixed(2),
        netPayable: d.netPayable.toFixed(2),
        refundable: d.refundable.toFixed(2),
        approvals: d.approvals.map((a) => a.role),
        budget: d.budget.map((b) => b.check.decision),
        policy: d.policy,
      }
    }
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(claim, options).map(([c, o]) => {
            const { budget: withBudget, ...rest } = o
            return [c, withBudget === true ? { ...rest, budget: ledgers[o.asOf] } : rest] as const
          }),
          fc.tuple(edited(validClaim), fc.constant(validOptions)),
          fc.tuple(fc.constant(validClaim), edited(validOptions)),
        ),
        ([c, o]) => {
          const fast = outcome(() => evaluator.summary(c as ExpenseClaimInput, o as ClaimCheckOptions))
          const exact = outcome(() => summaryOfCheck(c, o))
          expect(fast).toEqual(exact)
        },
      ),
      { numRuns: RUNS },
    )
  })
})
