import { describe, expect, it } from 'vitest'
import { canApprove, compileQuoteApprovalPolicy, explain, requiredApprovals } from '../../../src/index'
import type { QuoteApprovalPolicyInput, QuoteInput } from '../../../src/index'
import { quotePolicy, repQuote } from '../../fixtures/quote'
import { catchError } from '../../helpers'

const line = (patch: object) => ({ product: 'P', quantity: 1, listPrice: '1000', ...patch })
const quote = (patch: Partial<QuoteInput>): QuoteInput => ({ ...repQuote, ...patch })

describe('requiredApprovals', () => {
  it('auto-approves a quote within the rep’s limits, a discount exactly at the limit included', () => {
    const decision = requiredApprovals(quotePolicy, repQuote)
    // list 40,000; net 19,000 + 19,000 = 38,000; average discount 0.05 = the rep's limit; cost 24,500; margin 13,500
    expect(decision.figures.listTotal.toString()).toBe('40000')
    expect(decision.figures.netTotal.toString()).toBe('38000')
    expect(decision.figures.averageDiscount.toString()).toBe('0.05')
    expect(decision.figures.grossMargin?.toString()).toBe('13500')
    expect(decision).toMatchObject({
      autoApproved: true,
      requiredRole: 'sales-rep',
      chain: [],
      parallel: [],
      rules: [],
    })
    expect(explain(decision, { locale: 'zh-CN' })).toEqual([
      '报价净额 38000 CNY，目录价合计 40000：平均折扣 5%',
      '毛利 13500，占净额的 35.5263%',
      '在销售代表的权限内：无需上报',
    ])
  })

  it('treats a value equal to the limit as beyond it under an exclusive boundary', () => {
    const decision = requiredApprovals({ ...quotePolicy, boundary: 'exclusive' }, repQuote)
    expect(decision.requiredRole).toBe('sales-supervisor')
    expect(decision.rules).toEqual([
      expect.objectContaining({ rule: 'average-discount', requiredRole: 'sales-supervisor' }),
    ])
  })

  it.each([
    ['50000', 'sales-rep'],
    ['50000.01', 'sales-supervisor'],
    ['200000', 'sales-supervisor'],
    ['1000000', 'sales-manager'],
    ['1000000.01', 'sales-director'],
    ['5000000.01', 'general-manager'],
  ])('a net total of %s needs %s', (amount, role) => {
    expect(requiredApprovals(quotePolicy, quote({ lines: [line({ listPrice: amount })] })).requiredRole).toBe(
      role,
    )
  })

  it('escalates for one line over the line-discount limit even when the average is low', () => {
    // line 1: 1,000 at 12 % off = 880; line 2: 9 × 1,000 = 9,000 → list 10,000, net 9,880, average 1.2 %
    const decision = requiredApprovals(
      quotePolicy,
      quote({ lines: [line({ discount: '0.12' }), line({ quantity: 9 })] }),
    )
    expect(decision.figures.averageDiscount.toString()).toBe('0.012')
    expect(decision.requiredRole).toBe('sales-supervisor')
    expect(decision.rules).toHaveLength(1)
    expect(decision.rules[0]).toMatchObject({
      rule: 'line-discount',
      line: 0,
      requiredRole: 'sales-supervisor',
    })
    expect(decision.rules[0]?.actual.toString()).toBe('0.12')
    expect(decision.rules[0]?.limit?.toString()).toBe('0.1')
    expect(decision.chain.map((c) => c.role)).toEqual(['sales-supervisor'])
    expect(explain(decision)).toContain(
      'Line 1 discount 0.12 is beyond the limit of Sales rep (0.1); the lowest role allowed is Sales supervisor',
    )
  })

  it('gives the same decision for a discount written as a price or as a percentage', () => {
    const asPrice = requiredApprovals(quotePolicy, quote({ lines: [line({ unitPrice: '880' })] }))
    const asPercent = requiredApprovals(quotePolicy, quote({ lines: [line({ discount: '0.12' })] }))
    expect(asPrice.requiredRole).toBe(asPercent.requiredRole)
    expect(asPrice.figures.netTotal.eq(asPercent.figures.netTotal)).toBe(true)
  })

  it('applies the quote discount to the average and to every line', () => {
    const decision = requiredApprovals(
      quotePolicy,
      quote({ discount: '0.1', lines: [line({ quantity: 10 })] }),
    )
    expect(decision.figures.netTotal.toString()).toBe('9000')
    expect(decision.requiredRole).toBe('sales-supervisor') // average 10 % > 5 %; line 10 % is within 10 %
    expect(decision.rules.map((r) => r.rule)).toEqual(['average-discount'])
  })

  it('gives A-grade customers five more points of discount at each level, and clearance lines ten', () => {
    const eight = quote({ lines: [line({ discount: '0.08' })] })
    expect(requiredApprovals(quotePolicy, eight).requiredRole).toBe('sales-supervisor')
    expect(
      requiredApprovals(quotePolicy, { ...eight, customer: { id: 'C-9', grade: 'A' } }).requiredRole,
    ).toBe('sales-rep')
    // a clearance line at 18 % off: rep line limit 10 % + 10 % = 20 %, but the average (18 %) needs the director (0.25)
    const clearance = requiredApprovals(
      quotePolicy,
      quote({ lines: [line({ category: 'clearance', discount: '0.18' })] }),
    )
    expect(clearance.rules.map((r) => r.rule)).toEqual(['average-discount'])
    expect(clearance.requiredRole).toBe('sales-director')
  })

  it('sends a price below cost to the top of the ladder, every level signing in order', () => {
    const decision = requiredApprovals(
      quotePolicy,
      quote({ lines: [line({ unitPrice: '990', unitCost: '1000' })] }),
    )
    expect(decision.requiredRole).toBe('general-manager')
    expect(decision.chain.map((c) => c.role)).toEqual([
      'sales-supervisor',
      'sales-manager',
      'sales-director',
      'general-manager',
    ])
    expect(decision.rules.map((r) => r.rule)).toEqual(['margin-rate', 'below-cost'])
    const onlyRequired = requiredApprovals(
      { ...quotePolicy, chain: 'required-only' },
      quote({ lines: [line({ unitPrice: '990', unitCost: '1000' })] }),
    )
    expect(onlyRequired.chain.map((c) => c.role)).toEqual(['general-manager'])
  })

  it('has an empty chain when the requester may approve, or when no role may (either chain)', () => {
    // the top role has a net limit of its own: ¥20,000,000 is beyond every role; a margin rate of 5 % that
    // the director could approve does not bring the quote back within anyone's authority
    const capped: QuoteApprovalPolicyInput = {
      ...quotePolicy,
      ladder: [
        ...quotePolicy.ladder.slice(0, 4),
        { ...quotePolicy.ladder[4]!, limits: { maxNetTotal: 10000000 } },
      ],
    }
    for (const chain of ['each-level', 'required-only'] as const) {
      const within = requiredApprovals({ ...quotePolicy, chain }, quote({ lines: [line({ unitCost: '1' })] }))
      expect([within.requiredRole, within.autoApproved, within.chain]).toEqual(['sales-rep', true, []])
      const beyond = requiredApprovals(
        { ...capped, chain },
        quote({ lines: [line({ listPrice: '20000000', unitCost: '19000000' })] }),
      )
      expect([beyond.requiredRole, beyond.autoApproved, beyond.chain]).toEqual([null, false, []])
      expect(beyond.rules.map((r) => [r.rule, r.requiredRole])).toEqual([
        ['net-total', null],
        ['margin-rate', 'sales-director'],
      ])
      expect(beyond.trace.at(-1)?.code).toBe('quote.beyond-all')
    }
  })

  it('refuses another currency and an unknown role with INVALID_INPUT at the field', () => {
    const currency = catchError(() => requiredApprovals(quotePolicy, quote({ currency: 'USD' })))
    expect([currency.code, currency.issues[0]?.path, currency.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['quote', 'currency'],
      'quote.currency',
    ])
    const role = catchError(() => requiredApprovals(quotePolicy, quote({ requestedBy: 'intern' })))
    expect([role.code, role.issues[0]?.path, role.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['quote', 'requestedBy'],
      'quote.unknown-role',
    ])
    const asked = catchError(() => canApprove(quotePolicy, 'intern', repQuote))
    expect([asked.code, asked.issues[0]?.path, asked.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['role'],
      'quote.unknown-role',
    ])
  })

  it('adds finance for non-standard payment terms and contract review above the threshold, in parallel', () => {
    const decision = requiredApprovals(
      quotePolicy,
      quote({ paymentTerms: 'net-30', lines: [line({ listPrice: '1200000' })] }),
    )
    expect(decision.requiredRole).toBe('sales-director')
    expect(decision.parallel.map((p) => [p.role, p.reason])).toEqual([
      ['finance', 'payment-terms'],
      ['legal', 'contract-review'],
    ])
    expect(decision.autoApproved).toBe(false)
    expect(requiredApprovals(quotePolicy, quote({ paymentTerms: 'net-30' })).autoApproved).toBe(false)
    expect(
      requiredApprovals(quotePolicy, quote({ lines: [line({ listPrice: '1000000' })] })).parallel,
    ).toEqual([])
  })

  it('says when no role may approve', () => {
    const capped = { ...quotePolicy, ladder: quotePolicy.ladder.slice(0, 2) }
    const decision = requiredApprovals(capped, quote({ lines: [line({ listPrice: '300000' })] }))
    expect(decision.requiredRole).toBeNull()
    expect(decision.rules[0]).toMatchObject({ rule: 'net-total', requiredRole: null })
    expect(explain(decision).at(-1)).toBe('No role on the ladder may approve this quote')
  })

  it('rejects a shrinking ladder, an unknown role, another currency and a price given twice', () => {
    const shrinking = catchError(() =>
      requiredApprovals(
        { ...quotePolicy, ladder: [quotePolicy.ladder[1]!, quotePolicy.ladder[0]!] },
        repQuote,
      ),
    )
    expect(shrinking.code).toBe('INVALID_POLICY')
    expect(shrinking.issues).toContainEqual(
      expect.objectContaining({ path: ['ladder', 1, 'limits', 'maxNetTotal'], code: 'quote.ladder-shrinks' }),
    )
    expect(
      catchError(() => requiredApprovals(quotePolicy, quote({ requestedBy: 'intern' }))).issues[0],
    ).toMatchObject({ path: ['quote', 'requestedBy'], code: 'quote.unknown-role' })
    expect(
      catchError(() => requiredApprovals(quotePolicy, quote({ currency: 'USD' }))).issues[0],
    ).toMatchObject({ path: ['quote', 'currency'], code: 'quote.currency' })
    expect(
      catchError(() =>
        requiredApprovals(quotePolicy, quote({ lines: [line({ unitPrice: 1, discount: '0.1' })] })),
      ).issues[0],
    ).toMatchObject({ path: ['quote', 'lines', 0, 'discount'], code: 'quote.price-twice' })
    expect(
      catchError(() => requiredApprovals(quotePolicy, quote({ lines: [line({ quantity: 0 })] }))).issues[0],
    ).toMatchObject({ path: ['quote', 'lines', 0, 'quantity'] })
  })

  it('does not mutate the policy or the quote', () => {
    const policy = structuredClone(quotePolicy)
    const q = structuredClone(repQuote)
    requiredApprovals(policy, q)
    expect(policy).toEqual(quotePolicy)
    expect(q).toEqual(repQuote)
  })
})

describe('canApprove', () => {
  const lineBreaker = quote({ lines: [line({ discount: '0.12' }), line({ quantity: 9 })] })

  it('lets the supervisor approve and tells the rep to escalate to the supervisor', () => {
    expect(canApprove(quotePolicy, 'sales-supervisor', lineBreaker)).toMatchObject({
      allowed: true,
      reasons: [],
      escalateTo: null,
    })
    const rep = canApprove(quotePolicy, 'sales-rep', lineBreaker)
    expect(rep).toMatchObject({ allowed: false, escalateTo: 'sales-supervisor' })
    expect(rep.reasons.map((r) => r.rule)).toEqual(['line-discount'])
    expect(explain(rep, { locale: 'zh-CN' }).at(-1)).toBe('销售代表不能审批此报价；请上报销售主管')
  })

  it('lists the parallel approvals a role cannot waive', () => {
    const result = canApprove(quotePolicy, 'general-manager', quote({ paymentTerms: 'net-60' }))
    expect(result.allowed).toBe(true)
    expect(result.alsoRequires.map((p) => p.role)).toEqual(['finance'])
  })

  it('rejects a role that is not on the ladder', () => {
    expect(catchError(() => canApprove(quotePolicy, 'finance', repQuote)).issues[0]).toMatchObject({
      path: ['role'],
      code: 'quote.unknown-role',
    })
  })

  it('is what the compiled evaluator answers too', () => {
    const evaluator = compileQuoteApprovalPolicy(quotePolicy)
    expect(evaluator.canApprove('sales-rep', lineBreaker).allowed).toBe(false)
    expect(evaluator.requiredApprovals(lineBreaker).requiredRole).toBe('sales-supervisor')
  })
})

describe('the fast route', () => {
  it('takes the integer path for a plain quote, a tie on a limit included', async () => {
    const { compileQuotePolicy } = await import('../../../src/rules/quote-approval/_lib/decide')
    const { fastLadder, fastRoute } = await import('../../../src/rules/quote-approval/_lib/fastRoute')
    const { QuoteApprovalPolicySchema } = await import('../../../src/models/quote')
    const compiled = compileQuotePolicy(QuoteApprovalPolicySchema().parse(quotePolicy))
    const ladder = fastLadder(compiled)!
    expect(ladder).toBeDefined()
    const plain = {
      ...repQuote,
      lines: [{ product: 'p', quantity: 2, listPrice: '1000', unitPrice: '980', unitCost: '500' }],
    }
    expect(fastRoute(compiled, ladder, plain)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    // an average discount of exactly 5 % (2,000 ÷ 40,000): too close to call in floating point, decided in integers
    expect(fastRoute(compiled, ladder, repQuote)).toEqual({ requiredRole: 'sales-rep', autoApproved: true })
    expect(fastRoute(compiled, ladder, { ...plain, discount: '0.1' })).toBeUndefined() // a quote-level discount
  })
})
