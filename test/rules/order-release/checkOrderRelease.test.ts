import { describe, expect, it } from 'vitest'
import {
  checkOrderRelease,
  compileOrderReleasePolicy,
  explain,
  type Decimal,
  type OrderContextInput,
} from '../../../src/index'
import { creditOrder, creditPolicy, handbookPolicy, tileContext, tileOrder } from '../../fixtures/order'
import { catchError } from '../../helpers'

const rules = (d: { blockers: readonly { rule: string }[] }) => d.blockers.map((b) => b.rule)
const text = (v: Decimal | null | undefined) => (v === null || v === undefined ? null : v.toString())

describe('checkOrderRelease — 先款后货, the handbook worked example', () => {
  it('runs the JSDoc example', () => {
    const policy = {
      id: 'orders',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      paymentTerms: [
        { id: 'prepaid', label: { en: 'Payment first', 'zh-CN': '先款后货' }, kind: 'prepaid' as const },
      ],
      defaultPaymentTerms: 'prepaid',
      paymentConfirmers: ['finance'],
    }
    const order = {
      id: 'SO-1',
      currency: 'CNY',
      customer: { id: 'c1' },
      lines: [{ product: 'tile-60', quantity: 100, unitPrice: '45.50' }],
    }
    const wired = { id: 'TT-1', amount: '4550', date: '2026-06-01' }
    expect(
      checkOrderRelease(policy, order, { asOf: '2026-06-01', payments: [wired] }).blockers[0]?.rule,
    ).toBe('payment-unconfirmed')
    const confirmed = { ...wired, confirmation: { by: 'finance', on: '2026-06-02' } }
    expect(checkOrderRelease(policy, order, { asOf: '2026-06-02', payments: [confirmed] }).releasable).toBe(
      true,
    )
  })

  it('blocks an order with no payment: payment-first, 0 received of 200 × 45.50 = 9100', () => {
    const d = checkOrderRelease(handbookPolicy, tileOrder, tileContext)
    expect(d.releasable).toBe(false)
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit), b.path])).toEqual([
      ['payment-first', '0', '9100', ['context', 'payments']],
    ])
    expect(d.overridableBy).toEqual([])
    expect(d.figures.termsKind).toBe('prepaid')
    expect(d.policy).toEqual({ id: 'order-release', version: '2026.1', effectiveFrom: '2026-04-01' })
  })

  it('a wire slip faxed for the full amount but not confirmed by finance: payment-unconfirmed', () => {
    const d = checkOrderRelease(handbookPolicy, tileOrder, {
      ...tileContext,
      payments: [{ id: 'TT-88', amount: '9100.00', date: '2026-06-01' }],
    })
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit)])).toEqual([
      ['payment-unconfirmed', '0', '9100'],
    ])
    expect(explain(d, { locale: 'zh-CN' })).toEqual([
      '订单 SO-0601：1 行，金额 9100，检查日 2026-06-01',
      '客户资质已审核通过且在有效期内',
      '订单未写付款方式：按政策默认的先款后货（先款后货）',
      '款项 TT-88（9100）已收到，尚未经财务确认',
      '先款后货：已收款 9100 足额覆盖 9100，但财务仅确认 0',
      '所有单价与价格表相差不超过 0%',
      '所有产品的存货情况均已取得客户认可',
      '订单有 1 项阻止放行：财务确认',
    ])
  })

  it('finance confirms the next day: released, and the explanation says so in English', () => {
    const d = checkOrderRelease(handbookPolicy, tileOrder, {
      ...tileContext,
      asOf: '2026-06-02',
      payments: [
        {
          id: 'TT-88',
          amount: '9100.00',
          date: '2026-06-01',
          confirmation: { by: 'finance', on: '2026-06-02' },
        },
      ],
    })
    expect(d.releasable).toBe(true)
    expect(d.blockers).toEqual([])
    expect([text(d.figures.received), text(d.figures.confirmed)]).toEqual(['9100', '9100'])
    expect(explain(d).slice(3)).toEqual([
      'Payment TT-88 of 9100 confirmed by finance on 2026-06-02',
      'Payment first: confirmed payments 9100 cover the amount 9100',
      'Every price is within 0% of the price list',
      'The stock of every product was confirmed with the customer',
      'Nothing blocks the order: it may be invoiced and shipped',
    ])
  })

  it('partial payment: 9099.99 confirmed of 9100 is still payment-first (one cent short)', () => {
    const d = checkOrderRelease(handbookPolicy, tileOrder, {
      ...tileContext,
      payments: [
        { id: 'A', amount: '5000', date: '2026-05-30', confirmation: { by: 'finance', on: '2026-05-30' } },
        { id: 'B', amount: '4099.99', date: '2026-05-31', confirmation: { by: 'finance', on: '2026-06-01' } },
      ],
    })
    // 5000 + 4099.99 = 9099.99 < 9100
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit)])).toEqual([
      ['payment-first', '9099.99', '9100'],
    ])
  })

  it('a confirmation by a role that may not confirm, or dated after asOf, does not count', () => {
    const d = checkOrderRelease(handbookPolicy, tileOrder, {
      ...tileContext,
      payments: [
        { id: 'A', amount: '9000', date: '2026-05-30', confirmation: { by: 'sales-rep', on: '2026-05-30' } },
        { id: 'B', amount: '100', date: '2026-05-31', confirmation: { by: 'finance', on: '2026-06-02' } },
        { id: 'C', amount: '50', date: '2026-06-02' },
      ],
    })
    // received by 06-01: 9000 + 100 = 9100 (C is dated after asOf); confirmed: none
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit)])).toEqual([
      ['payment-unconfirmed', '0', '9100'],
    ])
    expect(d.warnings.map((w) => [w.rule, text(w.actual), w.path])).toEqual([
      ['confirmation-not-counted', '9000', ['context', 'payments', 0, 'confirmation']],
      ['confirmation-not-counted', '100', ['context', 'payments', 1, 'confirmation']],
      ['payment-not-yet', '50', ['context', 'payments', 2]],
    ])
  })

  it('every validity blocker at once, each with the path of its field', () => {
    const d = checkOrderRelease(
      handbookPolicy,
      {
        ...tileOrder,
        deliveryDate: undefined,
        lines: [
          { product: 'TILE-600', quantity: 10, unitPrice: '45.49' },
          { product: 'TILE-800', quantity: 1, unitPrice: '80' },
        ],
      },
      { asOf: '2026-06-01', priceList: [{ product: 'TILE-600', price: '45.50' }], stockConfirmations: [] },
    )
    // amount 10 × 45.49 + 80 = 534.90; no payment
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit), b.path])).toEqual([
      ['customer-unqualified', null, null, ['context', 'qualification']],
      ['field-missing', null, null, ['order', 'deliveryDate']],
      ['payment-first', '0', '534.9', ['context', 'payments']],
      // (45.49 − 45.50) ÷ 45.50 = −0.01 ÷ 45.5
      [
        'price-off-list',
        '-0.0002197802197802197802197802197802197802198',
        '0',
        ['order', 'lines', 0, 'unitPrice'],
      ],
      ['price-unlisted', null, null, ['order', 'lines', 1, 'product']],
      ['stock-unconfirmed', null, null, ['order', 'lines', 0, 'product']],
      ['stock-unconfirmed', null, null, ['order', 'lines', 1, 'product']],
    ])
    expect(explain(d).at(-1)).toBe(
      'The order may not be released; blockers (7): Customer qualification, Required field, Payment before goods, Price, Price list, Stock confirmation',
    )
  })

  it('qualification: not approved, expired the day before asOf, valid through asOf', () => {
    const at = (qualification: OrderContextInput['qualification']) =>
      rules(checkOrderRelease(handbookPolicy, tileOrder, { ...tileContext, qualification }))
    expect(at({ approved: false })).toContain('customer-unqualified')
    expect(at({ approved: true, validUntil: '2026-05-31' })).toContain('customer-unqualified')
    expect(at({ approved: true, validUntil: '2026-06-01' })).not.toContain('customer-unqualified')
  })

  it('stock accepted on asOf counts; accepted the day after does not', () => {
    const at = (on: string) =>
      rules(
        checkOrderRelease(handbookPolicy, tileOrder, {
          ...tileContext,
          stockConfirmations: [{ product: 'TILE-600', on }],
        }),
      )
    expect(at('2026-06-01')).not.toContain('stock-unconfirmed')
    expect(at('2026-06-02')).toContain('stock-unconfirmed')
  })

  it('price tolerance 5 % of 100: 105 and 95 are within, 105.01 and 94.99 beyond (exact)', () => {
    const policy = { ...creditPolicy, priceTolerance: '0.05' }
    const at = (unitPrice: string) =>
      checkOrderRelease(
        policy,
        { ...creditOrder, paymentTerms: 'prepaid', lines: [{ product: 'P-1', quantity: 1, unitPrice }] },
        { asOf: '2026-06-30', priceList: [{ product: 'P-1', price: '100' }] },
      ).blockers.filter((b) => b.rule === 'price-off-list')
    expect(at('105')).toEqual([])
    expect(at('95')).toEqual([])
    expect(at('105.01').map((b) => text(b.actual))).toEqual(['0.0501'])
    expect(at('94.99').map((b) => text(b.actual))).toEqual(['-0.0501'])
  })

  it('a zero-amount order (free samples) needs no payment', () => {
    const d = checkOrderRelease(
      handbookPolicy,
      { ...tileOrder, lines: [{ product: 'TILE-600', quantity: 2, unitPrice: '0' }] },
      { ...tileContext, priceList: [{ product: 'TILE-600', price: '45.50' }] },
    )
    expect(rules(d)).toEqual(['price-off-list'])
  })
})

describe('checkOrderRelease — credit (赊销) risk arithmetic', () => {
  const receivables = [
    { id: 'INV-1', amount: '12345.67', dueDate: '2026-06-15' },
    { id: 'INV-2', amount: '0.10', dueDate: '2026-05-31' },
  ]

  it('sums the risk exactly and blocks the overdue receivable beyond the margin', () => {
    const d = checkOrderRelease(creditPolicy, creditOrder, {
      asOf: '2026-06-30',
      receivables,
      openOrders: [{ id: 'SO-8', amount: '20000.20' }],
      payments: [
        { id: 'P', amount: '0.05', date: '2026-06-29', confirmation: { by: 'finance', on: '2026-06-29' } },
      ],
    })
    // order 3703.75; less confirmed 0.05 → 3703.70
    // INV-1: 15 days past due = margin → open; INV-2: 30 days → overdue
    // risk = 12345.67 + 0.10 + 20000.20 + 3703.70 = 36049.67 ≤ 100000 (grade A)
    const credit = d.figures.credit
    expect(credit?.breakdown.map((p) => [p.component, text(p.amount)])).toEqual([
      ['open-receivables', '12345.67'],
      ['overdue-receivables', '0.1'],
      ['open-orders', '20000.2'],
      ['this-order', '3703.7'],
    ])
    expect([text(credit?.total), text(credit?.limit), credit?.limitSource, text(credit?.overdue)]).toEqual([
      '36049.67',
      '100000',
      'grade',
      '0.1',
    ])
    expect(d.blockers.map((b) => [b.rule, text(b.actual), text(b.limit), b.path, b.overridableBy])).toEqual([
      ['overdue-receivables', '0.1', '0', ['context', 'receivables', 1], ['cfo']],
    ])
    expect(d.warnings.map((w) => [w.rule, text(w.actual)])).toEqual([['receivable-past-due', '12345.67']])
    expect(d.overridableBy).toEqual(['cfo'])
  })

  it('a receivable exactly at the maturity margin is not overdue; one day more is', () => {
    const at = (dueDate: string) =>
      checkOrderRelease(creditPolicy, creditOrder, {
        asOf: '2026-06-30',
        receivables: [{ id: 'INV', amount: '1', dueDate }],
      })
    // 2026-06-15 + 15 days = 2026-06-30: at the margin
    expect(rules(at('2026-06-15'))).toEqual([])
    expect(at('2026-06-15').figures.credit?.breakdown.map((p) => p.component)).toContain('open-receivables')
    expect(rules(at('2026-06-14'))).toEqual(['overdue-receivables'])
    // across a month end and a leap day: 2028-02-14 + 15 days = 2028-02-29
    const leap = checkOrderRelease(creditPolicy, creditOrder, {
      asOf: '2028-02-29',
      receivables: [{ id: 'INV', amount: '1', dueDate: '2028-02-14' }],
    })
    expect(rules(leap)).toEqual([])
  })

  it('a credit limit exactly reached is within it; one cent more is blocked', () => {
    // open orders 96296.25 + order 3703.75 = 100000.00 = the grade-A limit
    const at = (amount: string) =>
      checkOrderRelease(creditPolicy, creditOrder, {
        asOf: '2026-06-30',
        openOrders: [{ id: 'SO-1', amount }],
      })
    const exact = at('96296.25')
    expect([rules(exact), text(exact.figures.credit?.total)]).toEqual([[], '100000'])
    const over = at('96296.26')
    expect(over.blockers.map((b) => [b.rule, text(b.actual), text(b.limit), b.overridableBy])).toEqual([
      ['credit-limit', '100000.01', '100000', ['cfo', 'credit-controller']],
    ])
    expect(explain(over, { locale: 'zh-CN' })).toContain('信用风险 100000.01 超过等级额度 100000，超出 0.01')
  })

  it('limit precedence: the customer’s own, then the grade’s, then the default, else none (zero)', () => {
    const limitOf = (customer: { id: string; grade?: string }, defaultLimit?: string) =>
      checkOrderRelease(
        {
          ...creditPolicy,
          paymentTerms: [{ id: 'net-30', label: 'Net 30', kind: 'credit' }],
          credit: { ...creditPolicy.credit, ...(defaultLimit === undefined ? {} : { defaultLimit }) },
        },
        { ...creditOrder, customer },
        { asOf: '2026-06-30' },
      ).figures.credit
    expect([
      text(limitOf({ id: 'BIG-1', grade: 'A' })?.limit),
      limitOf({ id: 'BIG-1', grade: 'A' })?.limitSource,
    ]).toEqual(['250000', 'customer'])
    expect(limitOf({ id: 'X', grade: 'A' })?.limitSource).toBe('grade')
    expect([
      text(limitOf({ id: 'X', grade: 'C' }, '5000')?.limit),
      limitOf({ id: 'X' }, '5000')?.limitSource,
    ]).toEqual(['5000', 'default'])
    const none = limitOf({ id: 'X', grade: 'C' })
    expect([text(none?.limit), none?.limitSource, text(none?.total)]).toEqual(['0', 'none', '3703.75'])
  })

  it('counts only the components the policy names, and never counts payments twice', () => {
    const d = checkOrderRelease(
      {
        ...creditPolicy,
        credit: { ...creditPolicy.credit, components: ['open-orders'], blockOverdue: false },
      },
      creditOrder,
      {
        asOf: '2026-06-30',
        receivables,
        openOrders: [{ id: 'SO-8', amount: '1' }],
        payments: [
          { id: 'P', amount: '5000', date: '2026-06-01', confirmation: { by: 'finance', on: '2026-06-01' } },
        ],
      },
    )
    // this order is fully covered: max(0, 3703.75 − 5000) = 0; risk = 1 + 0
    expect(d.figures.credit?.breakdown.map((p) => [p.component, text(p.amount)])).toEqual([
      ['open-orders', '1'],
      ['this-order', '0'],
    ])
    expect(rules(d)).toEqual([])
  })

  it('terms: not for the grade, unknown, or missing without a default', () => {
    const at = (order: object) =>
      checkOrderRelease(creditPolicy, { ...creditOrder, ...order }, { asOf: '2026-06-30' })
    const b = at({ customer: { id: 'C-2', grade: 'B' } })
    expect([rules(b), b.blockers[0]?.path, b.figures.termsKind]).toEqual([
      ['payment-terms'],
      ['order', 'paymentTerms'],
      null,
    ])
    expect(explain(b)[1]).toBe('The terms Net 30 are for customers of grade A; this customer’s grade is B')
    expect(rules(at({ paymentTerms: 'net-90' }))).toEqual(['payment-terms'])
    expect(rules(at({ paymentTerms: undefined }))).toEqual(['field-missing'])
  })
})

describe('checkOrderRelease — overrides', () => {
  const over = { asOf: '2026-06-30', openOrders: [{ id: 'SO-1', amount: '96296.26' }] }

  it('a role that may override every blocker releases the order and the decision records it', () => {
    const d = checkOrderRelease(creditPolicy, creditOrder, {
      ...over,
      override: {
        role: 'credit-controller',
        by: 'EMP-4',
        on: '2026-06-30',
        reason: 'Bank guarantee received',
      },
    })
    expect(d.releasable).toBe(true)
    expect(rules(d)).toEqual(['credit-limit'])
    expect(d.override).toEqual({
      role: 'credit-controller',
      label: { en: 'Credit controller', 'zh-CN': '信用主管' },
      by: 'EMP-4',
      on: '2026-06-30',
      reason: 'Bank guarantee received',
      rules: ['credit-limit'],
    })
    expect(explain(d, { locale: 'zh-CN' }).at(-1)).toBe(
      '信用主管（EMP-4）于 2026-06-30 特批放行：Bank guarantee received',
    )
  })

  it('a role that may not override one of the blockers does not release it', () => {
    const d = checkOrderRelease(creditPolicy, creditOrder, {
      ...over,
      receivables: [{ id: 'OLD', amount: '1', dueDate: '2026-01-01' }],
      override: { role: 'credit-controller', by: 'EMP-4', on: '2026-06-30', reason: 'guarantee' },
    })
    expect([d.releasable, d.override, d.overridableBy]).toEqual([false, null, ['cfo']])
    expect(explain(d).at(-2)).toBe(
      'Credit controller may not override overdue-receivables: the override does not release the order',
    )
  })

  it('an override of an order that nothing blocks is not recorded', () => {
    const d = checkOrderRelease(creditPolicy, creditOrder, {
      asOf: '2026-06-30',
      override: { role: 'cfo', by: 'EMP-1', on: '2026-06-30', reason: 'x' },
    })
    expect([d.releasable, d.override]).toEqual([true, null])
  })
})

describe('checkOrderRelease — errors', () => {
  it.each([
    [
      'a key the schema does not know',
      tileOrder,
      { ...tileContext, paymnets: [] },
      'INVALID_INPUT',
      ['context', 'paymnets'],
      'key.unknown-near',
    ],
    [
      'another currency',
      { ...tileOrder, currency: 'USD' },
      tileContext,
      'INVALID_INPUT',
      ['order', 'currency'],
      'order.currency',
    ],
    [
      'a negative price',
      { ...tileOrder, lines: [{ product: 'X', quantity: 1, unitPrice: '-1' }] },
      tileContext,
      'INVALID_INPUT',
      ['order', 'lines', 0, 'unitPrice'],
      'decimal.negative',
    ],
    [
      'the order among its own open orders',
      tileOrder,
      { ...tileContext, openOrders: [{ id: 'SO-0601', amount: 1 }] },
      'INVALID_INPUT',
      ['context', 'openOrders', 0, 'id'],
      'order.self-open',
    ],
    [
      'an override by an unknown role',
      tileOrder,
      { ...tileContext, override: { role: 'boss', by: 'x', on: '2026-06-01', reason: 'r' } },
      'INVALID_INPUT',
      ['context', 'override', 'role'],
      'order.unknown-override-role',
    ],
    [
      'an override after asOf',
      tileOrder,
      { ...tileContext, override: { role: 'boss', by: 'x', on: '2026-06-02' } },
      'INVALID_INPUT',
      ['context', 'override', 'on'],
      'order.override-future',
    ],
    [
      'a date before the policy',
      tileOrder,
      { ...tileContext, asOf: '2026-03-31' },
      'NO_POLICY_IN_FORCE',
      ['context', 'asOf'],
      'versions.none-in-force',
    ],
    [
      'a duplicate payment id',
      tileOrder,
      {
        ...tileContext,
        payments: [
          { id: 'A', amount: 1, date: '2026-06-01' },
          { id: 'A', amount: 1, date: '2026-06-01' },
        ],
      },
      'INVALID_INPUT',
      ['context', 'payments', 1, 'id'],
      'ids.duplicate',
    ],
  ])('%s', (_name, order, context, code, path, issue) => {
    const error = catchError(() => checkOrderRelease(handbookPolicy, order, context))
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([code, path, issue])
  })

  it('an override without the reason the policy requires', () => {
    const error = catchError(() =>
      checkOrderRelease(creditPolicy, creditOrder, {
        asOf: '2026-06-30',
        override: { role: 'cfo', by: 'EMP-1', on: '2026-06-30' },
      }),
    )
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['context', 'override', 'reason'],
      'order.override-reason',
    ])
  })

  it('policy errors: an unknown key, credit terms without credit, a default terms not listed', () => {
    const bad = (p: object) =>
      catchError(() => checkOrderRelease(p as never, creditOrder, { asOf: '2026-06-30' }))
    expect(bad({ ...creditPolicy, creditLimit: 1 }).issues[0]?.code).toBe('key.unknown')
    const { credit: _credit, ...noCredit } = creditPolicy
    expect(bad(noCredit).issues.map((i) => [i.path, i.code])).toEqual([
      [['paymentTerms', 1, 'kind'], 'order.credit-missing'],
    ])
    expect(bad({ ...creditPolicy, defaultPaymentTerms: 'cod' }).issues.map((i) => [i.path, i.code])).toEqual([
      [['defaultPaymentTerms'], 'order.unknown-terms'],
    ])
  })

  it('does not mutate its inputs', () => {
    const policy = structuredClone(creditPolicy)
    const order = structuredClone(creditOrder)
    const context = { asOf: '2026-06-30', receivables: [{ id: 'I', amount: '5', dueDate: '2026-01-01' }] }
    const copy = structuredClone(context)
    checkOrderRelease(policy, order, context)
    expect([policy, order, context]).toEqual([creditPolicy, creditOrder, copy])
  })
})

describe('versions', () => {
  it('picks the version in force on asOf and stamps it', () => {
    const v2 = { ...handbookPolicy, version: '2026.2', effectiveFrom: '2026-07-01', stockConfirmation: false }
    const evaluator = compileOrderReleasePolicy([handbookPolicy, v2])
    const june = evaluator.checkOrderRelease(tileOrder, { ...tileContext, stockConfirmations: [] })
    const july = evaluator.checkOrderRelease(tileOrder, {
      ...tileContext,
      asOf: '2026-07-01',
      stockConfirmations: [],
    })
    expect([june.policy.version, rules(june)]).toEqual(['2026.1', ['payment-first', 'stock-unconfirmed']])
    expect([july.policy.version, rules(july)]).toEqual(['2026.2', ['payment-first']])
  })

  it('rejects overlapping versions and versions of different ids, at their index', () => {
    const error = catchError(() =>
      compileOrderReleasePolicy([handbookPolicy, { ...handbookPolicy, id: 'other', version: '2' }]),
    )
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'id'], 'policy.version-id'],
      [[1, 'effectiveFrom'], 'versions.overlap'],
    ])
  })
})
