// A fast path may skip work, never validation (issue #26): for every compiled evaluator with a fast
// path, arbitrary input — exotic values too (a Map, an array, a Date, a boxed BigInt, `{ budget:
// undefined }`, null-prototype objects and arrays), alone or put in place of one field of a valid
// input — gets the same answer from the fast and the exact path, or both throw a SalesRulesError with
// the same code.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  calculateCommission,
  compileCommissionPlan,
  compileKpiPolicy,
  compileOrderReleasePolicy,
  compileQuoteApprovalPolicy,
  compileScoringMatrix,
  KpiPolicySchema,
  requiredApprovals,
  SalesRulesError,
  scoreOpportunity,
  type CommissionInput,
  type OrderContextInput,
  type OrderInput,
  type QuoteInput,
  type Ratings,
} from '../src/index'
import { compileKpis, exactLevel } from '../src/rules/kpi/_lib/evaluate'
import { flat, marginal } from './fixtures/commission'
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
})
