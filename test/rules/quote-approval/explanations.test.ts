// Whole explanations of quote decisions, sentence by sentence, in both languages: every figure,
// limit, role and line number a reader sees. The figures are worked out in the comments.
import { describe, expect, it } from 'vitest'
import { canApprove, compileQuoteApprovalPolicy, explain, requiredApprovals } from '../../../src/index'
import type { QuoteInput } from '../../../src/index'
import { quotePolicy, repQuote } from '../../fixtures/quote'
import { catchError } from '../../helpers'

const summary = (d: ReturnType<typeof requiredApprovals>) => ({
  autoApproved: d.autoApproved,
  requiredRole: d.requiredRole,
  chain: d.chain.map((c) => c.role),
  parallel: d.parallel.map((p) => `${p.role}:${p.reason}`),
  rules: d.rules.map((r) => [
    r.rule,
    r.actual.toString(),
    r.limit?.toString() ?? null,
    r.line,
    r.requiredRole,
  ]),
})

// An A-grade customer (+5 points of discount), a clearance line (+10 points), net-60 terms and a
// contract above ¥1,000,000.
// Line 1: 100 × ¥15,000 at 22 % off = ¥1,170,000; line 2: ¥5,000 at ¥4,000 (20 % off, no cost).
// List ¥1,505,000, net ¥1,174,000; average discount 331,000 ÷ 1,505,000 = 0.2199335… → 0.219933.
const bigQuote: QuoteInput = {
  ...repQuote,
  id: 'Q-2',
  customer: { id: 'C-9', grade: 'A' },
  paymentTerms: 'net-60',
  lines: [
    {
      product: 'P-300',
      category: 'clearance',
      quantity: 100,
      listPrice: '15000',
      discount: '0.22',
      unitCost: '10000',
    },
    { product: 'P-400', quantity: 1, listPrice: '5000', unitPrice: '4000' },
  ],
}

describe('quote explanations', () => {
  it('a quote within the rep’s authority', () => {
    const d = requiredApprovals(quotePolicy, repQuote)
    expect(summary(d)).toEqual({
      autoApproved: true,
      requiredRole: 'sales-rep',
      chain: [],
      parallel: [],
      rules: [],
    })
    // margin (38,000 − 24,500) ÷ 38,000 = 0.3552631… → 35.5263 %
    expect(explain(d)).toEqual([
      'Net total 38000 CNY on a list total of 40000: average discount 5%',
      'Gross margin 13500, 35.5263% of the net total',
      'Within the authority of Sales rep: no escalation needed',
    ])
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '报价净额 38000 CNY，目录价合计 40000：平均折扣 5%',
      '毛利 13500，占净额的 35.5263%',
      '在销售代表的权限内：无需上报',
    ])
  })

  it('a large discounted quote: three rules, a chain of three signatures, finance and legal beside it', () => {
    const d = requiredApprovals(quotePolicy, bigQuote)
    // net: the director is the lowest with a limit ≥ 1,174,000; average: the rep may give 0.05 + 0.05,
    // the director 0.25 + 0.05 ≥ 0.219933; line 2: 0.10 + 0.05 for the rep, 0.15 + 0.05 = 0.20 for the
    // supervisor (inclusive). Line 1's 0.22 is within the rep's 0.10 + 0.05 + 0.10.
    expect(summary(d)).toEqual({
      autoApproved: false,
      requiredRole: 'sales-director',
      chain: ['sales-supervisor', 'sales-manager', 'sales-director'],
      parallel: ['finance:payment-terms', 'legal:contract-review'],
      rules: [
        ['net-total', '1174000', '50000', null, 'sales-director'],
        ['average-discount', '0.219933', '0.1', null, 'sales-director'],
        ['line-discount', '0.2', '0.15', 1, 'sales-supervisor'],
      ],
    })
    expect(explain(d)).toEqual([
      'Net total 1174000 CNY on a list total of 1505000: average discount 21.9933%',
      'No unit cost on every line: the margin is not checked',
      'Net total 1174000 is beyond the limit of Sales rep (50000); the lowest role allowed is Sales director',
      'Average discount 0.219933 is beyond the limit of Sales rep (0.1); the lowest role allowed is Sales director',
      'Line 2 discount 0.2 is beyond the limit of Sales rep (0.15); the lowest role allowed is Sales supervisor',
      'Payment terms net-60 differ from the standard prepaid: Finance must also approve',
      'Net total 1174000 is above 1000000: Contract review must review the contract',
      'Needs approval up to Sales director (3 signatures in order)',
    ])
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '报价净额 1174000 CNY，目录价合计 1505000：平均折扣 21.9933%',
      '并非每行都有单位成本：不检查毛利',
      '报价净额 1174000 超出销售代表的权限（50000）；最低可审批角色为销售总监',
      '平均折扣 0.219933 超出销售代表的权限（0.1）；最低可审批角色为销售总监',
      '第 2 行折扣 0.2 超出销售代表的权限（0.15）；最低可审批角色为销售主管',
      '付款条件 net-60 不同于标准条件 prepaid：还需财务审批',
      '报价净额 1174000 超过 1000000：需法务合同审核审核合同',
      '需逐级审批至销售总监（依次 3 个签字）',
    ])
    expect(compileQuoteApprovalPolicy(quotePolicy).route(bigQuote)).toEqual({
      requiredRole: 'sales-director',
      autoApproved: false,
    })
  })

  it('the same quote asked of the supervisor: not allowed, escalate one rung; the line discount is now within', () => {
    const a = canApprove(quotePolicy, 'sales-supervisor', bigQuote)
    expect([
      a.allowed,
      a.escalateTo,
      a.alsoRequires.map((p) => p.role),
      a.reasons.map((r) => r.rule),
    ]).toEqual([false, 'sales-manager', ['finance', 'legal'], ['net-total', 'average-discount']])
    expect(explain(a).slice(2)).toEqual([
      'Net total 1174000 is beyond the limit of Sales supervisor (200000); the lowest role allowed is Sales director',
      'Average discount 0.219933 is beyond the limit of Sales supervisor (0.15); the lowest role allowed is Sales director',
      'Payment terms net-60 differ from the standard prepaid: Finance must also approve',
      'Net total 1174000 is above 1000000: Contract review must review the contract',
      'Sales supervisor may not approve this quote; escalate to Sales manager',
    ])
  })

  it('limits met exactly pass with an inclusive boundary and fire with an exclusive one', () => {
    // 1 × ¥10,000 at 15 % off = ¥8,500, cost ¥6,800: margin 1,700 ÷ 8,500 = 20 %, the supervisor's minimum
    const atLimits: QuoteInput = {
      ...repQuote,
      id: 'Q-3',
      requestedBy: 'sales-supervisor',
      lines: [{ product: 'P-1', quantity: 1, listPrice: '10000', discount: '0.15', unitCost: '6800' }],
    }
    const inclusive = requiredApprovals(quotePolicy, atLimits)
    expect(summary(inclusive)).toMatchObject({
      requiredRole: 'sales-manager',
      chain: ['sales-manager'],
      rules: [['average-discount', '0.15', '0.1', null, 'sales-manager']],
    })
    const exclusive = requiredApprovals({ ...quotePolicy, boundary: 'exclusive' }, atLimits)
    expect(summary(exclusive)).toMatchObject({
      requiredRole: 'sales-director',
      chain: ['sales-manager', 'sales-director'],
      rules: [
        ['average-discount', '0.15', '0.1', null, 'sales-director'],
        ['line-discount', '0.15', '0.15', 0, 'sales-manager'],
        ['margin-rate', '0.2', '0.2', null, 'sales-manager'],
      ],
    })
    expect(explain(exclusive).slice(2)).toEqual([
      'Average discount 0.15 is beyond the limit of Sales supervisor (0.1); the lowest role allowed is Sales director',
      'Line 1 discount 0.15 is beyond the limit of Sales supervisor (0.15); the lowest role allowed is Sales manager',
      'Gross margin rate 0.2 is below the minimum Sales supervisor may accept (0.2); the lowest role allowed is Sales manager',
      'Needs approval up to Sales director (2 signatures in order)',
    ])
  })

  it('a price below cost goes to the top of the ladder, and says which line', () => {
    const below: QuoteInput = {
      ...repQuote,
      id: 'Q-4',
      lines: [{ product: 'P-1', quantity: 1, listPrice: '10000', unitPrice: '9500', unitCost: '9600' }],
    }
    const d = requiredApprovals(quotePolicy, below)
    // margin −100 ÷ 9,500 = −0.0105263… → −0.010526: only the general manager has no minimum
    expect(summary(d)).toMatchObject({
      requiredRole: 'general-manager',
      rules: [
        ['margin-rate', '-0.010526', '0.3', null, 'general-manager'],
        ['below-cost', '9500', '9600', 0, 'general-manager'],
      ],
    })
    expect(explain(d, { locale: 'zh-CN' }).slice(1)).toEqual([
      '毛利 -100，占净额的 -1.0526%',
      '毛利率 -0.010526 低于销售代表可接受的下限（0.3）；最低可审批角色为总经理',
      '第 1 行低于成本价 9500 超出销售代表的权限（9600）；最低可审批角色为总经理',
      '需逐级审批至总经理（依次 4 个签字）',
    ])
    expect(
      requiredApprovals({ ...quotePolicy, belowCostNeedsTop: false }, below).rules.map((r) => r.rule),
    ).toEqual(['margin-rate'])
    // two lines below cost are named each in English too: net 9,500 + 9,000, cost 9,600 + 9,100, margin −200 ÷ 18,500
    const two = requiredApprovals(quotePolicy, {
      ...below,
      lines: [
        ...below.lines,
        { product: 'P-2', quantity: 1, listPrice: '10000', unitPrice: '9000', unitCost: '9100' },
      ],
    })
    expect(explain(two).slice(1)).toEqual([
      'Gross margin -200, -1.081% of the net total',
      'Average discount 0.075 is beyond the limit of Sales rep (0.05); the lowest role allowed is Sales supervisor',
      'Gross margin rate -0.01081 is below the minimum Sales rep may accept (0.3); the lowest role allowed is General manager',
      'Line 1 price below cost 9500 is beyond the limit of Sales rep (9600); the lowest role allowed is General manager',
      'Line 2 price below cost 9000 is beyond the limit of Sales rep (9100); the lowest role allowed is General manager',
      'Needs approval up to General manager (4 signatures in order)',
    ])
  })

  it('a quote beyond every role of a ladder whose top has limits', () => {
    const capped = { ...quotePolicy, ladder: quotePolicy.ladder.slice(0, 2) }
    const huge: QuoteInput = {
      ...repQuote,
      lines: [{ product: 'P-1', quantity: 100, listPrice: '10000', unitCost: '1' }],
    }
    const d = requiredApprovals(capped, huge)
    expect(summary(d)).toMatchObject({
      autoApproved: false,
      requiredRole: null,
      chain: [],
      rules: [['net-total', '1000000', '50000', null, null]],
    })
    expect(explain(d).slice(2)).toEqual([
      'Net total 1000000 is beyond the limit of every role',
      'No role on the ladder may approve this quote',
    ])
    expect(explain(canApprove(capped, 'sales-supervisor', huge), { locale: 'zh-CN' }).slice(2)).toEqual([
      '报价净额 1000000 超出所有角色的权限',
      '销售主管不能审批此报价，且没有更高的角色可以审批',
    ])
  })

  it('names the currency and the role it cannot use', () => {
    expect(
      catchError(() => requiredApprovals(quotePolicy, { ...repQuote, currency: 'USD' })).issues[0],
    ).toMatchObject({
      path: ['quote', 'currency'],
      code: 'quote.currency',
      params: { currency: 'USD', expected: 'CNY' },
      message: 'The quote is in USD, the policy in CNY',
    })
    expect(
      catchError(() => requiredApprovals(quotePolicy, { ...repQuote, requestedBy: 'intern' })).issues[0],
    ).toMatchObject({
      path: ['quote', 'requestedBy'],
      code: 'quote.unknown-role',
      params: { role: 'intern' },
    })
    expect(
      catchError(() => requiredApprovals(quotePolicy, { ...repQuote, lines: 'none' } as never)).issues[0]
        ?.path,
    ).toEqual(['quote', 'lines'])
  })
})

describe('the fast route at the limits (ties decide differently by boundary)', () => {
  const at = (patch: Partial<QuoteInput>, ...lines: QuoteInput['lines']): QuoteInput => ({
    ...repQuote,
    ...patch,
    lines,
  })
  const edges: [string, QuoteInput][] = [
    [
      'net exactly the rep’s ¥50,000',
      at({}, { product: 'P-1', quantity: 1, listPrice: '50000', unitCost: '1' }),
    ],
    ['net a cent above it', at({}, { product: 'P-1', quantity: 1, listPrice: '50000.01', unitCost: '1' })],
    [
      'average and line discount exactly 10 % for the supervisor',
      at(
        { requestedBy: 'sales-supervisor' },
        { product: 'P-1', quantity: 2, listPrice: '1000', discount: '0.10', unitCost: '100' },
      ),
    ],
    [
      'an A customer’s line at 15 %',
      at(
        { customer: { id: 'C-1', grade: 'A' } },
        { product: 'P-1', quantity: 1, listPrice: '1000', discount: '0.15', unitCost: '100' },
      ),
    ],
    [
      'a clearance line at 20 %, and one above',
      at(
        {},
        {
          product: 'P-1',
          category: 'clearance',
          quantity: 1,
          listPrice: '1000',
          discount: '0.2',
          unitCost: '100',
        },
        {
          product: 'P-2',
          category: 'clearance',
          quantity: 1,
          listPrice: '1000',
          discount: '0.21',
          unitCost: '100',
        },
      ),
    ],
    ['a margin of exactly 30 %', at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700' })],
    [
      'a margin just under 30 %',
      at({}, { product: 'P-1', quantity: 1, listPrice: '1000', unitCost: '700.01' }),
    ],
    // line 1 sells ¥10 under cost, but the quote's margin is (10,950 − 1,960) ÷ 10,950 = 82 %
    [
      'a line below cost',
      at(
        {},
        { product: 'P-1', quantity: 1, listPrice: '1000', unitPrice: '950', unitCost: '960' },
        { product: 'P-2', quantity: 1, listPrice: '10000', unitCost: '1000' },
      ),
    ],
    ['a line without cost', at({}, { product: 'P-1', quantity: 1, listPrice: '1000' })],
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
      'the general manager',
      at(
        { requestedBy: 'general-manager' },
        { product: 'P-1', quantity: 1, listPrice: '9000000', discount: '0.5', unitCost: '1' },
      ),
    ],
  ]
  const policies = [
    ['inclusive', quotePolicy],
    ['exclusive', { ...quotePolicy, boundary: 'exclusive' as const }],
    ['below cost not escalated', { ...quotePolicy, belowCostNeedsTop: false }],
    ['a capped ladder', { ...quotePolicy, ladder: quotePolicy.ladder.slice(0, 4) }],
  ] as const
  it.each(policies)('%s: the route is the exact decision', (_name, policy) => {
    const evaluator = compileQuoteApprovalPolicy(policy)
    for (const [label, q] of edges) {
      if (!policy.ladder.some((rung) => rung.role === q.requestedBy)) {
        // a role the ladder does not have: both paths refuse it the same way
        expect(catchError(() => evaluator.route(q)).issues).toEqual(
          catchError(() => requiredApprovals(policy, q)).issues,
        )
        continue
      }
      const exact = requiredApprovals(policy, q)
      expect(evaluator.route(q), label).toEqual({
        requiredRole: exact.requiredRole,
        autoApproved: exact.autoApproved,
      })
    }
  })

  it('the decisions those ties take, by hand', () => {
    const route = (policy: Parameters<typeof compileQuoteApprovalPolicy>[0], q: QuoteInput) =>
      compileQuoteApprovalPolicy(policy).route(q).requiredRole
    const exclusive = { ...quotePolicy, boundary: 'exclusive' as const }
    const [
      netAt,
      netAbove,
      supervisorAt,
      ,
      clearance,
      marginAt,
      marginUnder,
      belowCost,
      ,
      contractAt,
      contractAbove,
    ] = edges.map((e) => e[1])
    expect([route(quotePolicy, netAt!), route(exclusive, netAt!), route(quotePolicy, netAbove!)]).toEqual([
      'sales-rep',
      'sales-supervisor',
      'sales-supervisor',
    ])
    expect([route(quotePolicy, supervisorAt!), route(exclusive, supervisorAt!)]).toEqual([
      'sales-supervisor',
      'sales-manager',
    ])
    // clearance lines at 0.20 and 0.21: the rep's line limit 0.10 + 0.10 covers the first, the supervisor's
    // 0.15 + 0.10 the second; but the average 0.205 needs the director (0.25; the manager allows 0.15)
    expect(requiredApprovals(quotePolicy, clearance!).rules.map((r) => [r.rule, r.requiredRole])).toEqual([
      ['average-discount', 'sales-director'],
      ['line-discount', 'sales-supervisor'],
    ])
    expect(route(quotePolicy, clearance!)).toBe('sales-director')
    expect([
      route(quotePolicy, marginAt!),
      route(exclusive, marginAt!),
      route(quotePolicy, marginUnder!),
    ]).toEqual(['sales-rep', 'sales-supervisor', 'sales-supervisor'])
    expect([
      route(quotePolicy, belowCost!),
      route({ ...quotePolicy, belowCostNeedsTop: false }, belowCost!),
    ]).toEqual(['general-manager', 'sales-rep'])
    const contract = (policy: Parameters<typeof compileQuoteApprovalPolicy>[0], q: QuoteInput) =>
      compileQuoteApprovalPolicy(policy).route(q).autoApproved
    // contract review "above ¥1,000,000": exactly at it needs no review when inclusive, needs it when exclusive
    expect([
      contract(quotePolicy, contractAt!),
      contract(exclusive, contractAt!),
      contract(quotePolicy, contractAbove!),
    ]).toEqual([true, false, false])
  })
})

describe('quote figures and the authority of a role', () => {
  it('the largest line discount, a free line skipped, and no cost total unless every line has a cost', () => {
    const big = requiredApprovals(quotePolicy, bigQuote).figures
    // line 1 is 22 % off, line 2 20 %; line 2 has no cost
    expect([
      big.maxLineDiscount.toString(),
      big.costTotal,
      big.grossMargin,
      big.marginRate,
      big.lines.map((l) => l.unitCost?.toString() ?? null),
    ]).toEqual(['0.22', null, null, null, ['10000', null]])
    const withFree = requiredApprovals(quotePolicy, {
      ...repQuote,
      lines: [{ product: 'GIFT', quantity: 1, listPrice: '0', unitCost: '5' }, ...repQuote.lines],
    }).figures
    // the gift has no list price, so no discount; both other lines are 5 % off; cost 24,500 + 5
    expect([
      withFree.maxLineDiscount.toString(),
      withFree.costTotal?.toString(),
      withFree.lines[0]?.belowCost,
    ]).toEqual(['0.05', '24505', true])
  })

  it('a role that may approve, explained to the end, and a role the ladder does not have', () => {
    const ok = canApprove(quotePolicy, 'sales-manager', repQuote)
    expect([ok.allowed, ok.escalateTo, ok.reasons]).toEqual([true, null, []])
    expect(explain(ok)).toEqual([
      'Net total 38000 CNY on a list total of 40000: average discount 5%',
      'Gross margin 13500, 35.5263% of the net total',
      'Sales manager may approve this quote',
    ])
    expect(explain(ok, { locale: 'zh-CN' }).at(-1)).toBe('销售经理可以审批此报价')
    expect(catchError(() => canApprove(quotePolicy, 'intern', repQuote)).issues[0]).toMatchObject({
      path: ['role'],
      code: 'quote.unknown-role',
      params: { role: 'intern' },
    })
    expect(catchError(() => canApprove(quotePolicy, '', repQuote)).issues[0]?.path).toEqual(['role'])
  })
})
