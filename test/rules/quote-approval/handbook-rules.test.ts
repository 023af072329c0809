// Issue #21, quote approval: costs required above an amount or for some grades (`cost-missing`),
// required quote fields, and the strict 先款后货 reading (`paymentTerms.allowOther: false`). Every
// expected role is worked out by hand from the fixture ladder: rep (margin ≥ 30 %, net ≤ 50,000),
// supervisor (20 %, 200,000), manager (10 %, 1,000,000), director (5 %, 5,000,000), general manager
// (no limit at all, so the only role without a margin minimum).
import { describe, expect, it } from 'vitest'
import { canApprove, compileQuoteApprovalPolicy, explain, requiredApprovals } from '../../../src/index'
import type { QuoteApprovalPolicyInput, QuoteInput } from '../../../src/index'
import { quotePolicy, repQuote } from '../../fixtures/quote'
import { catchError } from '../../helpers'

const costly: QuoteApprovalPolicyInput = {
  ...quotePolicy,
  requireCost: { above: 100000, customerGrades: ['A'] },
}
/** One line of `amount` at list price, without a cost, for a B-grade customer. */
const noCost = (amount: string, patch: Partial<QuoteInput> = {}): QuoteInput => ({
  ...repQuote,
  lines: [{ product: 'P', quantity: 1, listPrice: amount }],
  ...patch,
})
const rules = (d: { rules: readonly { rule: string; requiredRole: string | null }[] }) =>
  d.rules.map((r) => [r.rule, r.requiredRole])

/** Both paths: the decision's role, and the fast route's (which must agree). */
function roleOf(policy: QuoteApprovalPolicyInput, quote: QuoteInput): string | null {
  const exact = requiredApprovals(policy, quote)
  const quick = compileQuoteApprovalPolicy(policy).route(quote)
  expect(quick).toEqual({ requiredRole: exact.requiredRole, autoApproved: exact.autoApproved })
  return exact.requiredRole
}

describe('requireCost (cost-missing)', () => {
  it('does not ask for costs exactly at the amount (inclusive boundary): only the net total escalates', () => {
    // net 100,000 = requireCost.above → within; net 100,000 > rep's 50,000 ≤ supervisor's 200,000
    const decision = requiredApprovals(costly, noCost('100000'))
    expect(rules(decision)).toEqual([['net-total', 'sales-supervisor']])
    expect(decision.requiredRole).toBe('sales-supervisor')
    expect(roleOf(costly, noCost('100000'))).toBe('sales-supervisor')
  })

  it('sends a cost-less quote one cent above the amount to the role without a margin minimum', () => {
    // net 100,000.01 > 100,000 → costs required; no cost → the lowest rung without minMarginRate: general manager
    const decision = requiredApprovals(costly, noCost('100000.01'))
    expect(rules(decision)).toEqual([
      ['net-total', 'sales-supervisor'],
      ['cost-missing', 'general-manager'],
    ])
    const fired = decision.rules[1]
    expect([fired?.actual.toString(), fired?.limit?.toString(), fired?.line]).toEqual([
      '100000.01',
      '100000',
      null,
    ])
    expect(decision.requiredRole).toBe('general-manager')
    // each level signs: supervisor, manager, director, general manager
    expect(decision.chain.map((c) => c.role)).toEqual([
      'sales-supervisor',
      'sales-manager',
      'sales-director',
      'general-manager',
    ])
    expect(explain(decision).slice(1, 5)).toEqual([
      'No unit cost on every line: the margin is not checked',
      'Net total 100000.01 is beyond the limit of Sales rep (50000); the lowest role allowed is Sales supervisor',
      'Net total 100000.01 is above 100000: the quote must carry costs',
      'A line has no unit cost, so the margin cannot be checked: beyond Sales rep; the lowest role that may approve without a margin check is General manager',
    ])
    expect(roleOf(costly, noCost('100000.01'))).toBe('general-manager')
  })

  it('asks for costs exactly at the amount under an exclusive boundary', () => {
    const exclusive = { ...costly, boundary: 'exclusive' as const }
    // net 100,000 is not below 100,000 → costs required; 100,000 ≥ 50,000 → net total beyond the rep too
    const decision = requiredApprovals(exclusive, noCost('100000'))
    expect(rules(decision)).toEqual([
      ['net-total', 'sales-supervisor'],
      ['cost-missing', 'general-manager'],
    ])
    expect(roleOf(exclusive, noCost('100000'))).toBe('general-manager')
    expect(roleOf(exclusive, noCost('99999.99'))).toBe('sales-supervisor')
  })

  it('asks for costs for a listed grade at any amount, with no limit to show', () => {
    // grade A, net 1,000: within every amount limit; costs required by grade → general manager
    const decision = requiredApprovals(costly, noCost('1000', { customer: { id: 'C-9', grade: 'A' } }))
    expect(decision.rules.map((r) => [r.rule, r.actual.toString(), r.limit])).toEqual([
      ['cost-missing', '1000', null],
    ])
    expect(explain(decision, { locale: 'zh-CN' })[2]).toBe('A 级客户的报价须附成本')
    expect(roleOf(costly, noCost('1000', { customer: { id: 'C-9', grade: 'A' } }))).toBe('general-manager')
    // grade B, net 1,000, no cost: not required → the rep approves
    expect(roleOf(costly, noCost('1000'))).toBe('sales-rep')
  })

  it('checks the margin instead when every line has a cost', () => {
    // grade A, 1 × 1,000 with cost 600: margin 40 % ≥ 30 % → the rep
    const quote = {
      ...noCost('1000', { customer: { id: 'C-9', grade: 'A' } }),
      lines: [{ product: 'P', quantity: 1, listPrice: '1000', unitCost: '600' }],
    }
    expect(requiredApprovals(costly, quote).rules).toEqual([])
    expect(roleOf(costly, quote)).toBe('sales-rep')
    // one line of two without a cost is a quote without costs
    const partly = { ...quote, lines: [...quote.lines, { product: 'Q', quantity: 1, listPrice: '10' }] }
    expect(roleOf(costly, partly)).toBe('general-manager')
  })

  it('always asks for costs when neither amount nor grades are given', () => {
    const always = { ...quotePolicy, requireCost: {} }
    const decision = requiredApprovals(always, noCost('1000'))
    expect(explain(decision)[2]).toBe('Every quote must carry costs')
    expect(roleOf(always, noCost('1000'))).toBe('general-manager')
  })

  it('needs the lowest rung without a margin minimum, and nothing when the requester has none', () => {
    // the director's margin minimum removed: director (not general manager) may approve without a margin check
    const ladder = quotePolicy.ladder.map((r) =>
      r.role === 'sales-director' ? { ...r, limits: { ...r.limits, minMarginRate: undefined } } : r,
    )
    const policy = { ...quotePolicy, ladder, requireCost: {} }
    expect(roleOf(policy, noCost('1000'))).toBe('sales-director')
    // the director asks: within its authority, no escalation
    const own = requiredApprovals(policy, noCost('1000', { requestedBy: 'sales-director' }))
    expect([own.requiredRole, own.autoApproved, own.rules]).toEqual(['sales-director', true, []])
  })

  it('says when every role has a margin minimum', () => {
    const capped = { ...quotePolicy, ladder: quotePolicy.ladder.slice(0, 4), requireCost: {} }
    const decision = requiredApprovals(capped, noCost('1000'))
    expect([decision.requiredRole, rules(decision)]).toEqual([null, [['cost-missing', null]]])
    expect(explain(decision).slice(-2)).toEqual([
      'A line has no unit cost, so the margin cannot be checked, and every role has a margin minimum',
      'No role on the ladder may approve this quote',
    ])
    expect(roleOf(capped, noCost('1000'))).toBeNull()
  })

  it('tells a supervisor to escalate a cost-less large quote', () => {
    // net 150,000: within the supervisor's 200,000, but costs are required above 100,000
    const decision = canApprove(costly, 'sales-supervisor', noCost('150000'))
    expect([decision.allowed, decision.escalateTo, decision.reasons.map((r) => r.rule)]).toEqual([
      false,
      'sales-manager',
      ['cost-missing'],
    ])
    expect(canApprove(costly, 'general-manager', noCost('150000')).allowed).toBe(true)
  })

  it('rejects a requireCost with an empty grade list or a negative amount', () => {
    const empty = catchError(() =>
      compileQuoteApprovalPolicy({ ...quotePolicy, requireCost: { customerGrades: [] } }),
    )
    expect([empty.code, empty.issues[0]?.path]).toEqual(['INVALID_POLICY', ['requireCost', 'customerGrades']])
    const negative = catchError(() =>
      compileQuoteApprovalPolicy({ ...quotePolicy, requireCost: { above: -1 } }),
    )
    expect([negative.code, negative.issues[0]?.path]).toEqual(['INVALID_POLICY', ['requireCost', 'above']])
  })
})

describe('requiredFields', () => {
  const strict = { ...quotePolicy, requiredFields: ['paymentTerms', 'deliveryDate'] as const }

  it('rejects a quote without a required field at the field, on both paths', () => {
    for (const call of [
      () => requiredApprovals(strict, repQuote),
      () => compileQuoteApprovalPolicy(strict).route(repQuote),
      () => canApprove(strict, 'sales-rep', repQuote),
    ]) {
      const error = catchError(call)
      expect([error.code, error.issues[0]?.path, error.issues[0]?.code, error.issues[0]?.message]).toEqual([
        'INVALID_INPUT',
        ['quote', 'deliveryDate'],
        'quote.field-missing',
        'The policy requires deliveryDate on every quote',
      ])
    }
    const { paymentTerms: _, ...noTerms } = repQuote
    const terms = catchError(() => requiredApprovals(strict, { ...noTerms, deliveryDate: '2026-07-01' }))
    expect(terms.issues[0]?.path).toEqual(['quote', 'paymentTerms'])
  })

  it('decides a quote carrying both, and rejects a date that does not exist', () => {
    const dated = { ...repQuote, deliveryDate: '2026-07-01' }
    expect(roleOf(strict, dated)).toBe('sales-rep')
    const bad = catchError(() =>
      compileQuoteApprovalPolicy(strict).route({ ...dated, deliveryDate: '2026-02-30' }),
    )
    expect([bad.code, bad.issues[0]?.path]).toEqual(['INVALID_INPUT', ['quote', 'deliveryDate']])
  })

  it('rejects an unknown field name in the policy', () => {
    const error = catchError(() =>
      compileQuoteApprovalPolicy({ ...quotePolicy, requiredFields: ['priceList' as 'paymentTerms'] }),
    )
    expect([error.code, error.issues[0]?.path]).toEqual(['INVALID_POLICY', ['requiredFields', 0]])
  })
})

describe('paymentTerms.allowOther: false (先款后货, strictly)', () => {
  const prepaidOnly = { ...quotePolicy, paymentTerms: { default: 'prepaid', allowOther: false } }

  it('rejects other terms at the field and needs no finance approval for the standard terms', () => {
    for (const call of [
      () => requiredApprovals(prepaidOnly, { ...repQuote, paymentTerms: 'net-30' }),
      () => compileQuoteApprovalPolicy(prepaidOnly).route({ ...repQuote, paymentTerms: 'net-30' }),
    ]) {
      const error = catchError(call)
      expect([error.code, error.issues[0]?.path, error.issues[0]?.code, error.issues[0]?.params]).toEqual([
        'INVALID_INPUT',
        ['quote', 'paymentTerms'],
        'quote.terms-not-allowed',
        { terms: 'net-30', standard: 'prepaid' },
      ])
    }
    const decision = requiredApprovals(prepaidOnly, repQuote)
    expect([decision.autoApproved, decision.parallel]).toEqual([true, []])
    expect(roleOf(prepaidOnly, repQuote)).toBe('sales-rep')
  })

  it('still asks finance for other terms when they are allowed, and needs an approver then', () => {
    expect(requiredApprovals(quotePolicy, { ...repQuote, paymentTerms: 'net-30' }).parallel).toEqual([
      expect.objectContaining({ role: 'finance', reason: 'payment-terms' }),
    ])
    const error = catchError(() =>
      compileQuoteApprovalPolicy({ ...quotePolicy, paymentTerms: { default: 'prepaid' } }),
    )
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
      'INVALID_POLICY',
      ['paymentTerms', 'approver'],
      'quote.terms-approver',
    ])
  })
})
