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
const at = (patch: Partial<QuoteInput>, ...lines: QuoteInput['lines']): QuoteInput => ({ ...repQuote, ...patch, lines })
const exclusive = { ...quotePolicy, boundary: 'exclusive' as const }

describe('fast route: the quotes it decides itself', () => {
  const decided: [string, QuoteInput][] = [
    ['net exactly the rep’s ¥50,000', at({}, { product: 'P-1', quantity: 1, listPrice: '50000', unitCost: '1' })],
    ['net a cent above it', at({}, { product: 'P-1', quantity: 1, listPrice: 50000.01, unitCost: 1 })],
    ['a margin of 29.999 %', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700.01' })],
    ['a line below cost', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitPrice: '950', unitCost: '960' }, { product: 'P-2', quantity: 1, listPrice: '10000', unitCost: '1000' })],
    ['lines without cost', at({}, { product: 'P-1', quantity: 3, listPrice: '1000', discount: '0.02' })],
    ['an A customer’s clearance line at 12 %', at({ customer: { id: 'C-1', grade: 'A' } }, { product: 'P-1', category: 'clearance', quantity: 1, listPrice: '1000', discount: '0.12', unitCost: '1' })],
    ['a contract of exactly ¥1,000,000', at({ requestedBy: 'sales-manager' }, { product: 'P-1', quantity: 1, listPrice: '1000000', unitCost: '1' })],
    ['a contract a cent above', at({ requestedBy: 'sales-manager' }, { product: 'P-1', quantity: 1, listPrice: '1000000.01', unitCost: '1' })],
    ['non-standard payment terms', at({ paymentTerms: 'net-30' }, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1' })],
    ['a net total beyond the director', at({ requestedBy: 'sales-director' }, { product: 'P-1', quantity: 1, listPrice: '5000000.01', unitCost: '1' })],
    ['a discount of zero on the whole quote', { ...at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1' }), discount: '0' } as QuoteInput],
    ['a quote of ¥0', at({}, { product: 'P-1', quantity: 1, listPrice: '0' })],
    // discounts in millionths: 12.5 % and 7.25 % (more than two decimals), a number, none, all of it
    ['discounts with three and four decimals', at({ requestedBy: 'sales-manager' }, { product: 'P-1', quantity: 8, listPrice: '1000', discount: '0.125', unitCost: '1' }, { product: 'P-2', quantity: 4, listPrice: '1000', discount: '0.0725', unitCost: '1' })],
    ['a discount given as a number, and a line at list price', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', discount: 0.02, unitCost: '1' }, { product: 'P-2', quantity: 1, listPrice: '1000', discount: '0', unitCost: '1' })],
    ['a line given away', at({ requestedBy: 'general-manager' }, { product: 'P-1', quantity: 1, listPrice: '1000', discount: '1', unitCost: '1' }, { product: 'P-2', quantity: 1, listPrice: '100000', unitCost: '1' })],
  ]
  it.each(decided)('%s', (_label, q) => {
    for (const policy of [quotePolicy, exclusive, { ...quotePolicy, belowCostNeedsTop: false }]) {
      expect(fast(policy, q)).toEqual(exact(policy, q))
    }
  })

  it('decides as the exact path at a net total or contract limit (integer cents, no tie left)', () => {
    expect(fast(quotePolicy, decided[0]![1])).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(fast(exclusive, decided[0]![1])).toEqual({ requiredRole: 'sales-supervisor', autoApproved: false })
    expect([fast(quotePolicy, decided[6]![1])?.autoApproved, fast(exclusive, decided[6]![1])?.autoApproved, fast(quotePolicy, decided[7]![1])?.autoApproved]).toEqual([true, false, false])
    expect(fast(quotePolicy, decided[3]![1])?.requiredRole).toBe('general-manager')
    expect(fast(quotePolicy, decided[9]![1])?.requiredRole).toBe('general-manager')
  })
})

describe('fast route: the quotes it leaves to the exact path', () => {
  const left: [string, unknown][] = [
    ['a discount exactly at a limit (a tie in floating point)', at({ requestedBy: 'sales-supervisor' }, { product: 'P-1', quantity: 2, listPrice: '1000', discount: '0.10', unitCost: '100' })],
    ['the rep’s quote: an average discount of exactly the rep’s 5 %', repQuote],
    ['a margin exactly at a limit', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700' })],
    ['a discount on the whole quote', { ...repQuote, discount: '0.05' }],
    ['a price given twice', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitPrice: '900', discount: '0.1' })],
    ['a fractional quantity', at({}, { product: 'P-1', quantity: 1.5, listPrice: '1000' })],
    ['a discount with seven decimals', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', discount: '0.1234567' })],
    ['a price with three decimals', at({}, { product: 'P-1', quantity: 1, listPrice: '1000.001' })],
    ['another currency', { ...repQuote, currency: 'USD' }],
    ['a product id that is not plain', at({}, { product: ' P 1 ', quantity: 1, listPrice: '1000' })],
    ['a customer that is not an object', { ...repQuote, customer: 'C-1' }],
    ['no lines', { ...repQuote, lines: [] }],
    ['a role not on the ladder', { ...repQuote, requestedBy: 'intern' }],
    ['not a quote at all', ['Q-1']],
  ]
  it.each(left)('%s', (_label, q) => {
    expect(fast(quotePolicy, q)).toBeUndefined()
  })

  it('a ladder whose limits are not whole cents has no fast path', () => {
    const compiled = compileQuotePolicy(QuoteApprovalPolicySchema.parse({ ...quotePolicy, ladder: [{ ...quotePolicy.ladder[0]!, limits: { ...quotePolicy.ladder[0]!.limits, maxNetTotal: '50000.001' } }, ...quotePolicy.ladder.slice(1)] }))
    expect(fastLadder(compiled)).toBeUndefined()
    expect(fastLadder(compileQuotePolicy(QuoteApprovalPolicySchema.parse({ ...quotePolicy, contractReview: { ...quotePolicy.contractReview, above: '0.001' } })))).toBeUndefined()
  })
})

describe('fast route: invalid quotes are refused as the exact path refuses them', () => {
  const line = (patch: object) => ({ product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '1', ...patch })
  const invalid: [string, unknown][] = [
    ['another currency', { ...repQuote, currency: 'USD' }],
    ['a quote id with spaces around it', { ...repQuote, id: ' Q-1 ' }],
    ['no lines', { ...repQuote, lines: [] }],
    ['lines that are not a list', { ...repQuote, lines: 'none' }],
    ['a quantity of zero', { ...repQuote, lines: [line({ quantity: 0 })] }],
    ['a negative list price', { ...repQuote, lines: [line({ listPrice: '-1' })] }],
    ['a price given twice', { ...repQuote, lines: [line({ unitPrice: '900', discount: '0.1' })] }],
    ['a discount over 100 %', { ...repQuote, lines: [line({ discount: '1.01' })] }],
    ['a negative discount', { ...repQuote, lines: [line({ discount: '-0.01' })] }],
    ['a negative unit cost', { ...repQuote, lines: [line({ unitCost: '-1' })] }],
    ['a product id that is empty', { ...repQuote, lines: [line({ product: '' })] }],
    ['a category that is not an id', { ...repQuote, lines: [line({ category: 7 })] }],
    ['a customer without an id', { ...repQuote, customer: { grade: 'A' } }],
    ['a customer grade that is not an id', { ...repQuote, customer: { id: 'C-1', grade: ' A' } }],
    ['payment terms that are not an id', { ...repQuote, paymentTerms: '' }],
    ['a role not on the ladder', { ...repQuote, requestedBy: 'intern' }],
    ['a requester that is not a string', { ...repQuote, requestedBy: 7 }],
    ['a line that is not an object', { ...repQuote, lines: ['P-1'] }],
  ]
  it.each(invalid)('%s', (_label, q) => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    const exactIssues = catchError(() => requiredApprovals(quotePolicy, q as QuoteInput)).issues
    expect(catchError(() => evaluator.route(q as QuoteInput)).issues).toEqual(exactIssues)
  })
})
