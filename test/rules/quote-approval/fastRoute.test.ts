// The fast route decides plain quotes itself and leaves everything else to the exact path: which
// quotes it takes and which it leaves are part of its contract (a fast path that always gave up
// would be correct and useless; one that took a tie would be fast and wrong).
import { describe, expect, it } from 'vitest'
import { compileQuoteApprovalPolicy, QuoteApprovalPolicySchema, requiredApprovals } from '../../../src/index'
import type { QuoteApprovalPolicyInput, QuoteInput } from '../../../src/index'
import { compileQuotePolicy } from '../../../src/rules/quote-approval/_lib/decide'
import { fastLadder, fastRoute } from '../../../src/rules/quote-approval/_lib/fastRoute'
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

describe('fast route: the quotes it leaves to the exact path', () => {
  const left: [string, unknown][] = [
    [
      'a discount exactly at a limit (a tie in floating point)',
      at(
        { requestedBy: 'sales-supervisor' },
        { product: 'P-1', quantity: 2, listPrice: '1000', discount: '0.10', unitCost: '100' },
      ),
    ],
    ['the rep’s quote: an average discount of exactly the rep’s 5 %', repQuote],
    [
      'a margin exactly at a limit',
      at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700' }),
    ],
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
  ]
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
