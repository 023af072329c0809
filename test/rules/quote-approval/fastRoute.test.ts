// The fast route decides plain quotes itself and leaves everything else to the exact path: which
// quotes it takes and which it leaves are part of its contract (a fast path that always gave up
// would be correct and useless; one that took a tie would be fast and wrong).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileQuoteApprovalPolicy, QuoteApprovalPolicySchema, requiredApprovals } from '../../../src/index'
import type { QuoteApprovalPolicyInput, QuoteInput } from '../../../src/index'
import { compileQuotePolicy } from '../../../src/rules/quote-approval/_lib/decide'
import { compareRatio, fastLadder, fastRoute } from '../../../src/rules/quote-approval/_lib/fastRoute'
import { QuoteLineSchema, QuoteSchema } from '../../../src/models/quote'
import { quotePolicy, repQuote } from '../../fixtures/quote'
import { catchError } from '../../helpers'

function fast(policy: QuoteApprovalPolicyInput, quote: unknown) {
  const compiled = compileQuotePolicy(QuoteApprovalPolicySchema.parse(policy))
  const ladder = fastLadder(compiled)
  if (ladder === undefined) throw new Error('expected a fast ladder')
  return fastRoute(compiled, ladder, quote as QuoteInput)
}
const exact = (policy: QuoteApprovalPolicyInput, quote: QuoteInput) => {
  const d = requiredApprovals(policy, quote)
  return { requiredRole: d.requiredRole, autoApproved: d.autoApproved }
}
const at = (patch: Partial<QuoteInput>, ...lines: QuoteInput['lines']): QuoteInput => ({
  ...repQuote,
  ...patch,
  lines,
})
const exclusive = { ...quotePolicy, boundary: 'exclusive' as const }
/** No payment terms, no contract review. */
const bare: QuoteApprovalPolicyInput = (({ paymentTerms: _terms, contractReview: _review, ...rest }) => rest)(
  quotePolicy,
)
/** A top role with limits of its own, so that some quotes need a role nobody holds. */
const capped: QuoteApprovalPolicyInput = {
  ...quotePolicy,
  ladder: [
    ...quotePolicy.ladder.slice(0, 4),
    { ...quotePolicy.ladder[4]!, limits: { maxNetTotal: 10000000, maxLineDiscount: '0.40' } },
  ],
}
/** The rep may give no discount at all. */
const noDiscount: QuoteApprovalPolicyInput = {
  ...quotePolicy,
  ladder: [
    {
      ...quotePolicy.ladder[0]!,
      limits: { ...quotePolicy.ladder[0]!.limits, maxAverageDiscount: '0', maxLineDiscount: '0' },
    },
    ...quotePolicy.ladder.slice(1),
  ],
}
/**
 * The rep's quote with no figure on a limit (2.25 % average discount, a 37.3 % margin, ¥39,100 net),
 * so that the fast route decides it: the invalid quotes below differ from it in one field each.
 */
const plainQuote = at(
  {},
  {
    product: 'P-100',
    category: 'devices',
    quantity: 10,
    listPrice: '2000',
    unitPrice: '1950',
    unitCost: '1200',
  },
  {
    product: 'P-200',
    category: 'devices',
    quantity: 5,
    listPrice: '4000',
    discount: '0.02',
    unitCost: '2500',
  },
)
const line = (patch: object) => ({ product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1', ...patch })

describe('fast route: the quotes it decides itself', () => {
  const decided: [string, QuoteInput][] = [
    [
      'net exactly the rep’s ¥50,000',
      at({}, { product: 'P-1', quantity: 1, listPrice: '50000', unitCost: '1' }),
    ],
    ['net a cent above it', at({}, { product: 'P-1', quantity: 1, listPrice: 50000.01, unitCost: 1 })],
    ['a margin of 29.999 %', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700.01' })],
    [
      'a line below cost',
      at(
        {},
        { product: 'P-1', quantity: 1, listPrice: '1000', unitPrice: '950', unitCost: '960' },
        { product: 'P-2', quantity: 1, listPrice: '10000', unitCost: '1000' },
      ),
    ],
    ['lines without cost', at({}, { product: 'P-1', quantity: 3, listPrice: '1000', discount: '0.02' })],
    [
      'an A customer’s clearance line at 12 %',
      at(
        { customer: { id: 'C-1', grade: 'A' } },
        {
          product: 'P-1',
          category: 'clearance',
          quantity: 1,
          listPrice: '1000',
          discount: '0.12',
          unitCost: '1',
        },
      ),
    ],
    [
      'a contract of exactly ¥1,000,000',
      at(
        { requestedBy: 'sales-manager' },
        { product: 'P-1', quantity: 1, listPrice: '1000000', unitCost: '1' },
      ),
    ],
    [
      'a contract a cent above',
      at(
        { requestedBy: 'sales-manager' },
        { product: 'P-1', quantity: 1, listPrice: '1000000.01', unitCost: '1' },
      ),
    ],
    [
      'non-standard payment terms',
      at({ paymentTerms: 'net-30' }, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1' }),
    ],
    [
      'a net total beyond the director',
      at(
        { requestedBy: 'sales-director' },
        { product: 'P-1', quantity: 1, listPrice: '5000000.01', unitCost: '1' },
      ),
    ],
    [
      'a discount of zero on the whole quote',
      {
        ...at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1' }),
        discount: '0',
      },
    ],
    ['a quote of ¥0', at({}, { product: 'P-1', quantity: 1, listPrice: '0' })],
    // discounts in millionths: 12.5 % and 7.25 % (more than two decimals), a number, none, all of it
    [
      'discounts with three and four decimals',
      at(
        { requestedBy: 'sales-manager' },
        { product: 'P-1', quantity: 8, listPrice: '1000', discount: '0.125', unitCost: '1' },
        { product: 'P-2', quantity: 4, listPrice: '1000', discount: '0.0725', unitCost: '1' },
      ),
    ],
    [
      'a discount given as a number, and a line at list price',
      at(
        {},
        { product: 'P-1', quantity: 1, listPrice: '1000', discount: 0.02, unitCost: '1' },
        { product: 'P-2', quantity: 1, listPrice: '1000', discount: '0', unitCost: '1' },
      ),
    ],
    [
      'a line given away',
      at(
        { requestedBy: 'general-manager' },
        { product: 'P-1', quantity: 1, listPrice: '1000', discount: '1', unitCost: '1' },
        { product: 'P-2', quantity: 1, listPrice: '100000', unitCost: '1' },
      ),
    ],
    ['the rep’s plain quote', plainQuote],
    [
      'a quote with only the required fields',
      { currency: 'CNY', customer: { id: 'C-1' }, requestedBy: 'sales-rep', lines: [line({})] },
    ],
    ['a discount of 12.5 % asked by a rep', at({}, line({ discount: '0.125' }))],
    [
      'all of a line given away, written with three decimals',
      at(
        { requestedBy: 'general-manager' },
        line({ discount: '1.000' }),
        line({ product: 'P-2', listPrice: '5000' }),
      ),
    ],
    [
      'a line sold at cost beside a profitable one',
      at(
        {},
        line({ unitPrice: '950', unitCost: '950' }),
        line({ product: 'P-2', quantity: 10, unitCost: '100' }),
      ),
    ],
    [
      'a deep discount on the first line and none on the last',
      at({}, line({ discount: '0.25' }), line({ product: 'P-2', quantity: 10 })),
    ],
    ['a quote of ¥0 that costs nothing', at({}, line({ listPrice: '0', unitCost: '0' }))],
    [
      'a line below cost and a total beyond every limit',
      at({ requestedBy: 'sales-director' }, line({ listPrice: '20000000', unitCost: '20000001' })),
    ],
    [
      'a director’s contract of exactly ¥1,000,000',
      at({ requestedBy: 'sales-director' }, line({ listPrice: '1000000' })),
    ],
  ]
  it.each(decided)('%s', (_label, q) => {
    for (const policy of [
      quotePolicy,
      exclusive,
      { ...quotePolicy, belowCostNeedsTop: false },
      bare,
      capped,
    ]) {
      expect(fast(policy, q)).toEqual(exact(policy, q))
    }
  })

  it('decides a quote of 10,000 lines, the most a quote may have', () => {
    // ¥1 a line at a cost of ¥1: a margin of 0, below every minimum but the general manager's (none)
    const most = at(
      {},
      ...Array.from({ length: 10_000 }, (_, i) => line({ product: `P-${i}`, listPrice: '1' })),
    )
    expect(fast(quotePolicy, most)).toEqual({ requiredRole: 'general-manager', autoApproved: false })
  })

  it('decides as the exact path by hand: the highest rung any line needs, below cost, a top with limits, at cost, zero limits', () => {
    const found = (label: string) => decided.find(([l]) => l === label)![1]
    expect(fast(quotePolicy, plainQuote)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    // line discount 12.5 %: the supervisor's 15 %; average discount 12.5 %: the manager's 15 %
    expect(fast(quotePolicy, found('a discount of 12.5 % asked by a rep'))).toEqual({
      requiredRole: 'sales-manager',
      autoApproved: false,
    })
    // the first line's 25 % needs the director's 30 % line limit; the average (250 ÷ 11,000 = 2.3 %) the rep's
    expect(fast(quotePolicy, found('a deep discount on the first line and none on the last'))).toEqual({
      requiredRole: 'sales-director',
      autoApproved: false,
    })
    // a unit price equal to the unit cost is not below cost; the margin is (10,950 − 1,950) ÷ 10,950
    expect(fast(quotePolicy, found('a line sold at cost beside a profitable one'))).toEqual({
      requiredRole: 'sales-rep',
      autoApproved: true,
    })
    // below cost needs the top role, unless no role may approve the total at all
    const beyond = found('a line below cost and a total beyond every limit')
    expect([fast(quotePolicy, beyond)?.requiredRole, fast(capped, beyond)?.requiredRole]).toEqual([
      'general-manager',
      null,
    ])
    // contract review from ¥1,000,000 under an exclusive boundary, above it under an inclusive one
    const contract = found('a director’s contract of exactly ¥1,000,000')
    expect([
      fast(quotePolicy, contract)?.autoApproved,
      fast(exclusive, contract)?.autoApproved,
      fast(bare, contract)?.autoApproved,
    ]).toEqual([true, false, true])
    // a ¥0 line has no discount: within a zero limit under an inclusive boundary only
    const free = found('a quote of ¥0')
    expect([fast(noDiscount, free), fast({ ...noDiscount, boundary: 'exclusive' }, free)]).toEqual([
      { requiredRole: 'sales-rep', autoApproved: true },
      { requiredRole: 'sales-supervisor', autoApproved: false },
    ])
    expect(fast(bare, { ...plainQuote, paymentTerms: 'net-30' })).toEqual({
      requiredRole: 'sales-rep',
      autoApproved: true,
    })
    // a margin rate of 0 on a ¥0 quote that costs nothing: below every minimum but the general manager's (none)
    expect(fast(quotePolicy, found('a quote of ¥0 that costs nothing'))).toEqual({
      requiredRole: 'general-manager',
      autoApproved: false,
    })
  })

  it('decides as the exact path at a net total or contract limit (integer cents, no tie left)', () => {
    expect(fast(quotePolicy, decided[0]![1])).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(fast(exclusive, decided[0]![1])).toEqual({ requiredRole: 'sales-supervisor', autoApproved: false })
    expect([
      fast(quotePolicy, decided[6]![1])?.autoApproved,
      fast(exclusive, decided[6]![1])?.autoApproved,
      fast(quotePolicy, decided[7]![1])?.autoApproved,
    ]).toEqual([true, false, false])
    expect(fast(quotePolicy, decided[3]![1])?.requiredRole).toBe('general-manager')
    expect(fast(quotePolicy, decided[9]![1])?.requiredRole).toBe('general-manager')
  })
})

describe('fast route: ties on every limit are decided on the integer path', () => {
  // the ladder's ratio limits, rung by rung: average discount, line discount, minimum margin rate
  const rungs = [
    { role: 'sales-rep', average: '0.05', line: '0.10', margin: '0.30' },
    { role: 'sales-supervisor', average: '0.10', line: '0.15', margin: '0.20' },
    { role: 'sales-manager', average: '0.15', line: '0.20', margin: '0.10' },
    { role: 'sales-director', average: '0.25', line: '0.30', margin: '0.05' },
  ]
  const next = (i: number) => quotePolicy.ladder[i + 1]!.role
  const ties: [string, QuoteInput, string, string][] = rungs.flatMap((r, i) => [
    // one line of ¥1,000 at the rung's average discount: the line (≤ the line limit) and the average
    // (exactly the limit) are within it under an inclusive boundary; under an exclusive one the average
    // needs the next rung
    [
      `${r.role}: an average discount of exactly ${r.average}`,
      at({ requestedBy: r.role }, line({ discount: r.average })),
      r.role,
      next(i),
    ],
    // ¥1,000 at the line limit beside ¥9,000 at list: an average of at most 30 % ÷ 10 = 3 %
    [
      `${r.role}: a line discount of exactly ${r.line}`,
      at(
        { requestedBy: r.role },
        line({ discount: r.line }),
        line({ product: 'P-2', listPrice: '9000', unitCost: '1' }),
      ),
      r.role,
      next(i),
    ],
    // the same, the price given as a unit price in cents (¥1,000 × (1 − limit))
    [
      `${r.role}: a unit price exactly at the line limit`,
      at(
        { requestedBy: r.role },
        line({ unitPrice: (1000 * (1 - Number(r.line))).toFixed(2) }),
        line({ product: 'P-2', listPrice: '9000', unitCost: '1' }),
      ),
      r.role,
      next(i),
    ],
    // a cost of ¥1,000 × (1 − minimum): a margin of exactly the minimum
    [
      `${r.role}: a margin rate of exactly ${r.margin}`,
      at({ requestedBy: r.role }, line({ unitCost: (1000 * (1 - Number(r.margin))).toFixed(2) })),
      r.role,
      next(i),
    ],
  ])
  ties.push(
    // grade A adds 5 points: 10 % average = 5 % + 5 %
    [
      'an A customer’s average discount of exactly 5 % + 5 %',
      at({ customer: { id: 'C-1', grade: 'A' } }, line({ discount: '0.10' })),
      'sales-rep',
      'sales-supervisor',
    ],
    // grade A and clearance add 15 points to the rep's 10 % line limit: 25 % on ¥1,000 beside ¥49,000 at list
    // (average 250 ÷ 50,000 = 0.5 %, net ¥49,750 ≤ ¥50,000)
    [
      'an A customer’s clearance line at exactly 10 % + 5 % + 10 %',
      at(
        { customer: { id: 'C-1', grade: 'A' } },
        line({ category: 'clearance', discount: '0.25' }),
        line({ product: 'P-2', listPrice: '49000', unitCost: '1' }),
      ),
      'sales-rep',
      'sales-supervisor',
    ],
    // the rep's quote: (40,000 − 38,000) ÷ 40,000 = 5 % average, lines at 5 %, margin 13,500 ÷ 38,000
    [
      'the rep’s quote: an average discount of exactly the rep’s 5 %',
      repQuote,
      'sales-rep',
      'sales-supervisor',
    ],
    // 7.25 % and 2.75 % off two ¥3.33 lines: an average of exactly 5 %, in millionths that are not whole cents
    [
      'discounts of 7.25 % and 2.75 % averaging exactly 5 %',
      at(
        {},
        line({ listPrice: '3.33', discount: '0.0725' }),
        line({ product: 'P-2', listPrice: '3.33', discount: '0.0275' }),
      ),
      'sales-rep',
      'sales-supervisor',
    ],
  )
  it.each(ties)('%s', (_label, q, inclusiveRole, exclusiveRole) => {
    const inclusive = fast(quotePolicy, q)
    const strict = fast(exclusive, q)
    // decided here (not left to the exact path), and as the exact path decides
    expect(inclusive).toEqual({ requiredRole: inclusiveRole, autoApproved: true })
    expect(strict).toEqual({ requiredRole: exclusiveRole, autoApproved: false })
    expect(inclusive).toEqual(exact(quotePolicy, q))
    expect(strict).toEqual(exact(exclusive, q))
  })

  it('compares a ratio with a limit in millionths exactly, beyond 2^53 too', () => {
    // 0.5 = 500,000 millionths: (3×10^15 + 1) ÷ (6×10^15 + 2) is exactly one half; a unit either way is not,
    // though a double cannot tell the quotients apart (the products, ~3×10^21, go through BigInt)
    expect(compareRatio(3e15 + 1, 6e15 + 2, 500_000)).toBe(0)
    expect(compareRatio(3e15 + 2, 6e15 + 2, 500_000)).toBe(1)
    expect(compareRatio(3e15, 6e15 + 2, 500_000)).toBe(-1)
    // a whole that is a multiple of 10^6 (a list total): 5×10^13 ÷ 10^15 = 5 %, both sides divided by 10^6 first
    expect(compareRatio(5e13, 1e15, 50_000)).toBe(0)
    expect(compareRatio(5e13 + 1e6, 1e15, 50_000)).toBe(1)
    expect([compareRatio(5e13 + 1, 1e15, 50_000), compareRatio(5e13 - 1, 1e15, 50_000)]).toEqual([1, -1])
    // small numbers in doubles: 1 ÷ 3 against 333,333 and 333,334 millionths
    expect([compareRatio(1, 3, 333_333), compareRatio(1, 3, 333_334)]).toEqual([1, -1])
    // a negative part (a margin below zero) against a negative minimum: −1 ÷ 10 = −100,000 millionths
    expect([compareRatio(-1, 10, -100_000), compareRatio(-1, 10, -99_999)]).toEqual([0, -1])
    // a zero whole has a ratio of zero
    expect([compareRatio(0, 0, 0), compareRatio(0, 0, 1), compareRatio(0, 0, -1)]).toEqual([0, -1, 1])
  })

  it('leaves a tie to the exact path only under a limit of more than 6 decimals', () => {
    const fine = {
      ...quotePolicy,
      ladder: [
        {
          ...quotePolicy.ladder[0]!,
          limits: { ...quotePolicy.ladder[0]!.limits, maxAverageDiscount: '0.0500000001' },
        },
        ...quotePolicy.ladder.slice(1),
      ],
    }
    // 5 % is 10^-10 from 5.00000001 %: too close for doubles, and not in millionths
    const q = at({}, line({ discount: '0.05' }))
    expect(fast(fine, q)).toBeUndefined()
    expect(compileQuoteApprovalPolicy(fine).route(q)).toEqual(exact(fine, q))
    // a discount well apart from it is still decided
    expect(fast(fine, at({}, line({ discount: '0.02' })))).toEqual({
      requiredRole: 'sales-rep',
      autoApproved: true,
    })
  })

  it('never falls back on a plain quote with whole-percent discounts and margins, and agrees with the exact path', () => {
    const prepared = [quotePolicy, exclusive].map((policy) => {
      const compiled = compileQuotePolicy(QuoteApprovalPolicySchema.parse(policy))
      return { compiled, ladder: fastLadder(compiled)!, evaluator: compileQuoteApprovalPolicy(policy) }
    })
    // lines drawn around every limit: discounts of 0–35 %, margins of 0–40 %, grades and categories with overrides
    const lineArb = fc.record({
      quantity: fc.integer({ min: 1, max: 20 }),
      listYuan: fc.integer({ min: 1, max: 100_000 }), // up to ¥100,000 a unit: every sum stays a safe integer in cents × 10^6
      pct: fc.integer({ min: 0, max: 35 }),
      marginPct: fc.integer({ min: -5, max: 40 }),
      asDiscount: fc.boolean(),
      clearance: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('A', 'B'),
        fc.constantFrom(...rungs.map((r) => r.role)),
        (lines, grade, requestedBy) => {
          const q: QuoteInput = {
            currency: 'CNY',
            customer: { id: 'C-1', grade },
            requestedBy,
            lines: lines.map((l, i) => {
              const list = l.listYuan * 100 // whole yuan, so that whole-percent prices are whole cents
              const unit = (list * (100 - l.pct)) / 100
              return {
                product: `P-${i}`,
                ...(l.clearance ? { category: 'clearance' } : {}),
                quantity: l.quantity,
                listPrice: (list / 100).toFixed(2),
                ...(l.asDiscount
                  ? { discount: (l.pct / 100).toFixed(2) }
                  : { unitPrice: (unit / 100).toFixed(2) }),
                unitCost: (Math.round((unit * (100 - l.marginPct)) / 100) / 100).toFixed(2),
              }
            }),
          }
          for (const { compiled, ladder, evaluator } of prepared) {
            const f = fastRoute(compiled, ladder, q)
            expect(f).toBeDefined()
            const d = evaluator.requiredApprovals(q)
            expect(f).toEqual({ requiredRole: d.requiredRole, autoApproved: d.autoApproved })
          }
        },
      ),
    )
  }, 600_000) // FC_RUNS=20000 runs the exact path 40,000 times
})

describe('fast route: the quotes it leaves to the exact path', () => {
  const left: [string, unknown][] = [
    ['a discount on the whole quote', { ...plainQuote, discount: '0.05' }],
    [
      'a price given twice',
      at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitPrice: '900', discount: '0.1' }),
    ],
    ['a fractional quantity', at({}, { product: 'P-1', quantity: 1.5, listPrice: '1000' })],
    [
      'a discount with seven decimals',
      at({}, { product: 'P-1', quantity: 1, listPrice: '1000', discount: '0.1234567' }),
    ],
    ['a price with three decimals', at({}, { product: 'P-1', quantity: 1, listPrice: '1000.001' })],
    ['another currency', { ...plainQuote, currency: 'USD' }],
    ['a product id that is not plain', at({}, { product: ' P 1 ', quantity: 1, listPrice: '1000' })],
    ['a customer that is not an object', { ...plainQuote, customer: 'C-1' }],
    ['no lines', { ...plainQuote, lines: [] }],
    ['a role not on the ladder', { ...plainQuote, requestedBy: 'intern' }],
    [
      'a quantity over a million (beyond what the integer path vouches for)',
      at({}, line({ quantity: 1_000_001, listPrice: '0.01', unitCost: '0.01' })),
    ],
    ['not a quote at all', ['Q-1']],
  ]
  it.each(left)('%s', (_label, q) => {
    expect(fast(quotePolicy, q)).toBeUndefined()
  })

  it('a ladder whose limits are not whole cents has no fast path', () => {
    const compiled = compileQuotePolicy(
      QuoteApprovalPolicySchema.parse({
        ...quotePolicy,
        ladder: [
          {
            ...quotePolicy.ladder[0]!,
            limits: { ...quotePolicy.ladder[0]!.limits, maxNetTotal: '50000.001' },
          },
          ...quotePolicy.ladder.slice(1),
        ],
      }),
    )
    expect(fastLadder(compiled)).toBeUndefined()
    expect(
      fastLadder(
        compileQuotePolicy(
          QuoteApprovalPolicySchema.parse({
            ...quotePolicy,
            contractReview: { ...quotePolicy.contractReview, above: '0.001' },
          }),
        ),
      ),
    ).toBeUndefined()
  })
})

describe('fast route: invalid quotes are refused as the exact path refuses them', () => {
  const invalid: [string, unknown][] = [
    ['another currency', { ...plainQuote, currency: 'USD' }],
    ['a quote id with spaces around it', { ...plainQuote, id: ' Q-1 ' }],
    ['no lines', { ...plainQuote, lines: [] }],
    ['lines that are not a list', { ...plainQuote, lines: 'none' }],
    ['a quantity of zero', { ...plainQuote, lines: [line({ quantity: 0 })] }],
    ['a negative list price', { ...plainQuote, lines: [line({ listPrice: '-1' })] }],
    ['a price given twice', { ...plainQuote, lines: [line({ unitPrice: '900', discount: '0.1' })] }],
    ['a discount over 100 %', { ...plainQuote, lines: [line({ discount: '1.01' })] }],
    ['a negative discount', { ...plainQuote, lines: [line({ discount: '-0.01' })] }],
    ['a negative unit cost', { ...plainQuote, lines: [line({ unitCost: '-1' })] }],
    ['a product id that is empty', { ...plainQuote, lines: [line({ product: '' })] }],
    ['a category that is not an id', { ...plainQuote, lines: [line({ category: 7 })] }],
    ['a customer without an id', { ...plainQuote, customer: { grade: 'A' } }],
    ['a customer grade that is not an id', { ...plainQuote, customer: { id: 'C-1', grade: ' A' } }],
    ['payment terms that are not an id', { ...plainQuote, paymentTerms: '' }],
    ['a role not on the ladder', { ...plainQuote, requestedBy: 'intern' }],
    ['a requester that is not a string', { ...plainQuote, requestedBy: 7 }],
    ['a line that is not an object', { ...plainQuote, lines: ['P-1'] }],
    ['no quote at all', null],
    ['a customer of null', { ...plainQuote, customer: null }],
    ['a line of null', { ...plainQuote, lines: [null] }],
    ['a quote discount in a list', { ...plainQuote, discount: ['0.05'] }],
    ['a line discount of 20.125', { ...plainQuote, lines: [line({ discount: '20.125' })] }],
    ['a line discount of 1.125', { ...plainQuote, lines: [line({ discount: '1.125' })] }],
    ['10,001 lines', { ...plainQuote, lines: Array.from({ length: 10_001 }, () => line({})) }],
    // unknown keys: the strict schemas refuse them with a did-you-mean, so the fast path never reads past one
    ['a misspelt line discount (dicount)', { ...plainQuote, lines: [line({ dicount: '0.5' })] }],
    [
      'a misspelt line cost (unitCots)',
      { ...plainQuote, lines: [line({ unitCost: undefined, unitCots: '1' })] },
    ],
    ['a misspelt quote discount (discuont)', { ...plainQuote, discuont: '0.5' }],
    ['a misspelt customer grade (grdae)', { ...plainQuote, customer: { id: 'C-1', grdae: 'A' } }],
    ['misspelt payment terms (paymentTrems)', { ...plainQuote, paymentTrems: 'net-90' }],
    ['an unknown key holding undefined', { ...plainQuote, note: undefined }],
  ]
  it('reads exactly the keys the schemas know: a quote, customer and line with every key is decided', () => {
    // every key of each strict schema, with a value the fast route decides (a price as a unit price or a
    // discount: never both, so a line is tried with each)
    const fullLine = { product: 'P-1', category: 'devices', quantity: 1, listPrice: '1000', unitCost: '1' }
    const priced = [
      { ...fullLine, unitPrice: '990' },
      { ...fullLine, discount: '0.01' },
    ]
    const customer = { id: 'C-1', grade: 'B' }
    const quote = {
      id: 'Q-1',
      currency: 'CNY',
      customer,
      lines: priced,
      discount: '0',
      paymentTerms: 'prepaid',
      deliveryDate: '2026-07-01',
      requestedBy: 'sales-rep',
    }
    const sorted = (keys: readonly string[]) => [...new Set(keys)].sort()
    expect(sorted(priced.flatMap((l) => Object.keys(l)))).toEqual(
      sorted(Object.keys(QuoteLineSchema().shape)),
    )
    expect(sorted(Object.keys(customer))).toEqual(sorted(Object.keys(QuoteSchema().shape.customer.shape)))
    expect(sorted(Object.keys(quote))).toEqual(sorted(Object.keys(QuoteSchema().shape)))
    // ¥1,990 list, ¥1,980 net (1 % off each line), well within the rep's limits
    expect(fast(quotePolicy, quote)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    // any other key, on any of the three, leaves the quote to the exact path
    for (const other of ['dicount', 'unitcost', 'Product', 'toString', '__proto__', '', '0']) {
      const extra = (o: object) => Object.defineProperty({ ...o }, other, { value: '1', enumerable: true })
      expect(fast(quotePolicy, extra(quote))).toBeUndefined()
      expect(fast(quotePolicy, { ...quote, customer: extra(customer) })).toBeUndefined()
      expect(fast(quotePolicy, { ...quote, lines: [priced[0], extra(priced[1]!)] })).toBeUndefined()
    }
  })
  it('reads what the exact path reads: a non-enumerable field is ignored by both, a class instance is left to the exact path', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    // the exact path copies a plain record's own enumerable keys: a hidden 40 % discount is not part of the
    // quote, which is ¥1,000 at list with no cost given (the policy requires none): the rep approves it
    const hidden = line({ unitCost: undefined })
    Object.defineProperty(hidden, 'discount', { value: '0.40', enumerable: false })
    const plain = at({}, hidden)
    expect(exact(quotePolicy, plain)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(fast(quotePolicy, plain)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    // a class instance is given to zod as it is, which reads the prototype's getter: 40 % off one line is
    // beyond the director's 30 % line limit, so the general manager approves; the fast route leaves it
    class Line {
      product = 'P-1'
      quantity = 1
      listPrice = '1000'
      get discount() {
        return '0.40'
      }
    }
    const instance = at({}, new Line())
    expect(fast(quotePolicy, instance)).toBeUndefined()
    expect(evaluator.route(instance)).toEqual({ requiredRole: 'general-manager', autoApproved: false })
    expect(exact(quotePolicy, instance)).toEqual({ requiredRole: 'general-manager', autoApproved: false })
  })
  it('answers with frozen objects shared by every call, on the fast and the exact path alike', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    const a = evaluator.route(plainQuote)
    // the same answer for another quote: ¥1,000 at list, a margin of 99.9 %
    const b = evaluator.route(at({}, line({})))
    // a discount on the whole quote takes the exact path: 5 % off ¥39,100 is ¥37,145, an average discount of
    // 1 − 37,145 ÷ 40,000 = 7.1 %, above the rep's 5 %: the supervisor; and 1 % off ¥930 (7 % off ¥1,000) is
    // ¥920.70, an average of 7.9 %: the supervisor again
    const c = evaluator.route({ ...plainQuote, discount: '0.05' })
    const d = evaluator.route({ ...at({}, line({ discount: '0.07' })), discount: '0.01' })
    expect(a).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(b).toBe(a)
    expect(c).toEqual({ requiredRole: 'sales-supervisor', autoApproved: false })
    expect(d).toBe(c)
    expect([Object.isFrozen(a), Object.isFrozen(c)]).toEqual([true, true])
  })
  it('a misspelt key never routes: the line discount of 50 % written `dicount` is refused, not priced at list', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    const typo = { ...plainQuote, lines: [line({ dicount: '0.5' })] } as unknown as QuoteInput
    expect(catchError(() => evaluator.route(typo))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ code: 'key.unknown-near', path: ['quote', 'lines', 0, 'dicount'] }],
    })
  })
  it('checks every id on every call: a bad product id is refused by an evaluator that routed good ones', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    // the rep's plain quote is decided on the fast path: ¥39,100 net, within every rep limit
    expect(evaluator.route(plainQuote)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    for (const product of [' P-100', 'P-100\n', '']) {
      const bad = { ...plainQuote, lines: [{ ...plainQuote.lines[0]!, product }] }
      const exactIssues = catchError(() => requiredApprovals(quotePolicy, bad)).issues
      expect(exactIssues?.[0]).toMatchObject({ path: ['quote', 'lines', 0, 'product'] })
      expect(catchError(() => evaluator.route(bad)).issues).toEqual(exactIssues)
    }
  })
  it('the quote they are made from is one the fast route decides', () => {
    expect(fast(quotePolicy, plainQuote)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
  })
  it.each(invalid)('%s', (_label, q) => {
    expect(fast(quotePolicy, q)).toBeUndefined()
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    const exactIssues = catchError(() => requiredApprovals(quotePolicy, q as QuoteInput)).issues
    expect(catchError(() => evaluator.route(q as QuoteInput)).issues).toEqual(exactIssues)
  })
})
