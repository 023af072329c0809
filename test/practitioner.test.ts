// Cases written by practitioners (a sales comp analyst, a finance controller, a service manager) from
// the guides and the packed tarball alone, before they read the library's tests; expected values are
// theirs, with their arithmetic. All matched except the misspelt expense dimension, fixed with them.
import { describe, expect, it } from 'vitest'
import {
  allocateProfitShare,
  budgetVariance,
  calibrate,
  checkExpenseClaim,
  checkLeadFollowUp,
  compileOrderReleasePolicy,
  defineAppraisalPolicy,
  defineOrderReleasePolicy,
  parseSalesPolicy,
  calculateCommission,
  checkExpense,
  checkOrderRelease,
  compileExpenseBudget,
  compileKpiPolicy,
  evaluateKpis,
  slaCompliance,
} from '../src/index'
import { examplePolicy } from './fixtures/policy'
import { catchError } from './helpers'

const handbook = examplePolicy()

describe('finance controller: expense budget (examples/policy.json, fiscal year from April)', () => {
  // travel/east is 120,000 a year, even phasing: on 2026-05-15 the budget to date is April + May = 20,000
  const spent = [{ date: '2026-04-20', category: 'travel', dimensions: { region: 'east' }, amount: '12000' }]
  const options = { asOf: '2026-05-15' }

  it('spending exactly the budget to date is a warning (warnAt 0.9), one cent more needs approval', () => {
    // 12,000 + 8,000 = 20,000 = budget to date: not over; 20,000 ÷ 20,000 = 1 ≥ 0.9 → warning
    const exact = { date: '2026-05-15', category: 'travel', dimensions: { region: 'east' }, amount: '8000' }
    const atBudget = checkExpense(handbook.expenseBudget, spent, exact, options)
    expect([atBudget.decision, atBudget.remaining.toFixed(2)]).toEqual(['warning', '0.00'])
    // 20,000.01 > 20,000 → approval by the sales director, remaining −0.01
    const over = checkExpense(handbook.expenseBudget, spent, { ...exact, amount: '8000.01' }, options)
    expect([over.decision, over.remaining.toFixed(2)]).toEqual(['approval', '-0.01'])
  })

  it('a misspelt dimension key is an error on every path, not an unbudgeted line (C20)', () => {
    const typo = { date: '2026-05-15', category: 'travel', dimensions: { regoin: 'east' }, amount: '1' }
    const check = catchError(() => checkExpense(handbook.expenseBudget, spent, typo, options))
    expect([check.code, check.issues[0]?.path, check.issues[0]?.code]).toEqual([
      'INVALID_INPUT',
      ['entry', 'dimensions', 'regoin'],
      'expense.unknown-dimension',
    ])
    const entries = [typo, ...spent]
    for (const run of [
      () => budgetVariance(handbook.expenseBudget, entries, options),
      () => compileExpenseBudget(handbook.expenseBudget).variance(entries, options),
    ]) {
      const error = catchError(run)
      expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
        'INVALID_INPUT',
        ['entries', 0, 'dimensions', 'regoin'],
        'expense.unknown-dimension',
      ])
    }
  })
})

describe('finance controller: credit limit (credit terms for grade A, limit 100,000)', () => {
  const policy = {
    id: 'or-credit',
    version: '1',
    effectiveFrom: '2026-01-01',
    currency: 'CNY',
    paymentTerms: [{ id: 'net-30', label: 'Net 30', kind: 'credit', customerGrades: ['A'] }],
    paymentConfirmers: ['finance'],
    credit: { grades: [{ grade: 'A', limit: '100000' }], maturityMarginDays: 15, blockOverdue: true },
  } as const
  // 3 × 1,234.56 + 7 × 0.01 = 3,703.68 + 0.07 = 3,703.75
  const order = {
    id: 'SO-9',
    currency: 'CNY',
    customer: { id: 'c1', grade: 'A' },
    paymentTerms: 'net-30',
    lines: [
      { product: 'p1', quantity: 3, unitPrice: '1234.56' },
      { product: 'p2', quantity: 7, unitPrice: '0.01' },
    ],
  }

  it('a credit limit exactly reached is within it; one cent more is blocked', () => {
    // 96,296.25 open + 3,703.75 this order = 100,000.00 = the limit
    const within = checkOrderRelease(policy, order, {
      asOf: '2026-06-30',
      openOrders: [{ id: 'SO-1', amount: '96296.25' }],
    })
    expect(within.releasable).toBe(true)
    // 96,296.26 + 3,703.75 = 100,000.01 > 100,000
    const over = checkOrderRelease(policy, order, {
      asOf: '2026-06-30',
      openOrders: [{ id: 'SO-1', amount: '96296.26' }],
    })
    expect(over.blockers.map((b) => [b.rule, b.actual?.toFixed(2), b.limit?.toFixed(2)])).toEqual([
      ['credit-limit', '100000.01', '100000.00'],
    ])
  })
})

describe('comp analyst: commission', () => {
  const plan = { id: 'p', version: '1', effectiveFrom: '2026-01-01', currency: 'CNY' } as const
  const june = { rep: 'r1', period: { start: '2026-06-01', end: '2026-06-30' } }

  it('marginal 3 % / 5 % / 8 % on 250,000: 100k × 3 % + 100k × 5 % + 50k × 8 % = 12,000', () => {
    const tiers = [
      { from: 0, rate: '0.03' },
      { from: '100000', rate: '0.05' },
      { from: '200000', rate: '0.08' },
    ]
    const statement = calculateCommission(
      { ...plan, rates: { kind: 'marginal', tiers } },
      {
        ...june,
        transactions: [
          { id: 'a', date: '2026-06-05', amount: '150000' },
          { id: 'b', date: '2026-06-20', amount: '100000' },
        ],
      },
    )
    expect(statement.commission.toFixed(2)).toBe('12000.00')
  })

  it('a misspelt plan key is rejected with the nearest known key', () => {
    const error = catchError(() =>
      calculateCommission({ ...plan, rates: { kind: 'flat', rate: '0.03' }, clawbackDay: 90 } as never, {
        ...june,
        transactions: [],
      }),
    )
    expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
      'INVALID_POLICY',
      ['clawbackDay'],
      'key.unknown-near',
    ])
  })
})

describe('service manager: SLA across National Day and its make-up Saturday (调休)', () => {
  const calendar = handbook.kpi.calendar
  const policy = {
    id: 'desk',
    version: '1',
    effectiveFrom: '2026-01-01',
    kpis: [],
    calendar,
    sla: [
      {
        id: 'fix',
        label: 'Fix within 24 working hours',
        from: 'received',
        to: 'fixed',
        within: { amount: 24, unit: 'business-hours' },
      },
    ],
  } as const
  const items = [
    { id: 'T-1', events: { received: '2026-09-30T14:00:00+08:00', fixed: '2026-10-12T10:00:00+08:00' } },
  ]

  it('counts 29 working hours: 30 Sep 4, 8 Oct 8, 9 Oct 8, Sat 10 Oct (调休) 8, Mon 12 Oct 1', () => {
    // due: 20 hours by Fri 9 Oct 18:00, then Sat 09–12 (23) and 13–14 (24) → 2026-10-10 14:00
    const report = slaCompliance(policy, items, { asOf: '2026-10-31T00:00:00+08:00' })
    const check = report.checks[0]
    expect([check?.status, check?.elapsed, check?.due]).toEqual([
      'breached',
      29,
      '2026-10-10T14:00:00.000+08:00',
    ])
    const fast = compileKpiPolicy(policy).slaStatus(items, { asOf: '2026-10-31T00:00:00+08:00' })
    expect([fast.checks[0]?.status, fast.checks[0]?.elapsed, fast.checks[0]?.due]).toEqual([
      'breached',
      29,
      Date.parse('2026-10-10T14:00:00.000+08:00'),
    ])
  })
})

describe('service manager: KPI scores', () => {
  it('a revenue of −50,000 against 1,000,000 scores 0, not −5 (score floor)', () => {
    const policy = {
      id: 'k',
      version: '1',
      effectiveFrom: '2026-01-01',
      kpis: [
        {
          id: 'revenue',
          label: 'Revenue',
          unit: 'money',
          direction: 'higher-is-better',
          target: { kind: 'fixed', value: '1000000' },
          bands: [{ level: 'critical' }, { from: '1', level: 'ok' }],
        },
      ],
      scorecard: {
        weights: [{ kpi: 'revenue', weight: 1 }],
        ratings: [
          { id: 'A', minScore: 80 },
          { id: 'C', minScore: 0 },
        ],
      },
    } as const
    const result = evaluateKpis(
      policy,
      { revenue: '-50000' },
      { period: { start: '2026-06-01', end: '2026-06-30' } },
    )
    // attainment −50,000 ÷ 1,000,000 = −5 %; score max(0, −5) = 0
    expect([result.kpis[0]?.attainment?.toString(), result.kpis[0]?.score?.toString()]).toEqual([
      '-0.05',
      '0',
    ])
  })
})

// Second review (0.2.0 breadth): the comp analyst, the finance controller and the service manager again,
// on appraisal, the year-end pool, expense claims, order release, complaints and leads. Their numbers.
describe('comp analyst: calibration and the year-end pool', () => {
  const policy = defineAppraisalPolicy({
    id: 'a',
    version: '1',
    effectiveFrom: '2026-01-01',
    parts: [{ part: 'supervisor', weight: 1 }],
    bands: [
      { rating: 'S', minScore: 95 },
      { rating: 'A', minScore: 85 },
      { rating: 'B', minScore: 70 },
      { rating: 'C' },
    ],
    distribution: {
      limits: [
        { rating: 'S', maxShare: '0.2' },
        { rating: 'A', maxShare: '0.3' },
      ],
    },
  })

  it('ten people, at most 20 % S and 30 % A: the overflow cascades, ties to the earlier id, in any order', () => {
    // S: 97, 96, 96, 95 → 2 allowed (0.2 × 10): p01 and p02 keep S (tie at 96 → earlier id), p03, p04 → A
    // A: now 96, 95, 90, 88, 86, 85 → 3 allowed (0.3 × 10): p03, p04, p05 keep A; p06, p07, p08 → B
    const ten = [97, 96, 96, 95, 90, 88, 86, 85, 70, 60].map((score, i) => ({
      person: `p${String(i + 1).padStart(2, '0')}`,
      score,
    }))
    const moves = (r: ReturnType<typeof calibrate>) =>
      r.moves.map((m) => `${m.person}:${m.from}->${m.to}`).sort()
    const expected = ['p03:S->A', 'p04:S->A', 'p06:A->B', 'p07:A->B', 'p08:A->B']
    expect(moves(calibrate(policy, ten))).toEqual(expected)
    expect(moves(calibrate(policy, [...ten].reverse()))).toEqual(expected)
  })

  it('six people at 20 % S: floor(1.2) = 1 keeps S', () => {
    const six = [99, 98, 97, 96, 95, 95].map((score, i) => ({ person: `q${i}`, score }))
    expect(calibrate(policy, six).bands[0]?.after).toBe(1)
  })

  it('a cap that forces a second round: 100,000 by revenue 5 : 3 : 2, cap 35,000 → 35,000 / 35,000 / 30,000', () => {
    // round 1: 50,000 / 30,000 / 20,000 → a capped at 35,000, 15,000 left to b and c by 3 : 2
    // round 2: b 30,000 + 9,000 = 39,000 > 35,000 → capped; c 20,000 + 6,000 = 26,000, + the 4,000 b leaves
    const share = allocateProfitShare(
      '100000',
      [
        { id: 'a', revenue: 5000000 },
        { id: 'b', revenue: 3000000 },
        { id: 'c', revenue: 2000000 },
      ],
      { shareBy: 'revenue', cap: '35000' },
    )
    expect(share.parts.map((p) => p.amount.toFixed(2))).toEqual(['35000.00', '35000.00', '30000.00'])
    expect(share.undistributed.toFixed(2)).toBe('0.00')
  })

  it('revenue × multiplier: 1 M × 1.5, 1 M × 1, 2 M × 0 share 10,000 as 6,000 / 4,000 / 0', () => {
    // weights 1.5 M, 1 M, 0 → 10,000 × 1.5 ÷ 2.5 = 6,000; 10,000 × 1 ÷ 2.5 = 4,000
    const share = allocateProfitShare(
      '10000',
      [
        { id: 'a', revenue: 1000000, multiplier: '1.5' },
        { id: 'b', revenue: 1000000, multiplier: 1 },
        { id: 'c', revenue: 2000000, multiplier: 0 },
      ],
      { shareBy: 'revenue-and-appraisal' },
    )
    expect(share.parts.map((p) => p.amount.toFixed(2))).toEqual(['6000.00', '4000.00', '0.00'])
  })
})

describe('finance controller: expense claims and order release, second review', () => {
  const claims = handbook.expenseClaims
  const claim = (lines: readonly object[], submittedOn: string) => ({
    id: 'BX',
    employee: { id: 'E', level: 'staff' },
    currency: 'CNY',
    submittedOn,
    lines,
  })

  it('an advance larger than the claim: the company pays 0 and the claimant returns the rest', () => {
    // office ¥150 (no invoice needed at or under 200), advance 500: offset 150, returned 350
    const d = checkExpenseClaim(
      claims,
      claim([{ id: 'o', date: '2026-09-21', category: 'office', amount: '150' }], '2026-09-25') as never,
      { asOf: '2026-09-25', advances: [{ id: 'JK-1', amount: '500' }] },
    )
    expect([d.approved, d.netPayable, d.refundable].map((x) => x.toFixed(2))).toEqual([
      '150.00',
      '0.00',
      '350.00',
    ])
  })

  it('an amount finer than a fen is refused, not paid as 100.005', () => {
    const error = catchError(() =>
      checkExpenseClaim(
        claims,
        claim(
          [{ id: 'o', date: '2026-09-21', category: 'office', amount: '100.005' }],
          '2026-09-25',
        ) as never,
        { asOf: '2026-09-25' },
      ),
    )
    expect([error.code, error.issues[0]?.code]).toEqual(['INVALID_INPUT', 'claim.amount-precision'])
  })

  it('a receivable exactly 15 days past due (the margin) only warns; 16 days blocks (quickRelease agrees)', () => {
    // the controller's own policy: net-30 credit for grade A up to 100,000, a 15-day maturity margin
    const policy = defineOrderReleasePolicy({
      id: 'or',
      version: '1',
      effectiveFrom: '2026-01-01',
      currency: 'CNY',
      paymentTerms: [
        { id: 'prepaid', label: '先款后货', kind: 'prepaid' },
        { id: 'net-30', label: '月结30天', kind: 'credit', customerGrades: ['A'] },
      ],
      defaultPaymentTerms: 'prepaid',
      paymentConfirmers: ['finance'],
      credit: { grades: [{ grade: 'A', limit: '100000' }], maturityMarginDays: 15 },
    })
    // 3 × 1,234.56 + 7 × 0.01 = 3,703.75
    const order = {
      id: 'SO-9',
      currency: 'CNY',
      customer: { id: 'K1', grade: 'A' },
      paymentTerms: 'net-30',
      lines: [
        { product: 'X', quantity: 3, unitPrice: '1234.56' },
        { product: 'Y', quantity: 7, unitPrice: '0.01' },
      ],
    }
    const context = (dueDate: string) => ({
      asOf: '2026-06-30',
      receivables: [{ id: 'I', amount: '100', dueDate }],
    })
    // due 06-15: 30 − 15 = 15 days past due = the margin → not overdue yet; due 06-14: 16 days → blocked
    const onMargin = checkOrderRelease(policy, order, context('2026-06-15'))
    const past = checkOrderRelease(policy, order, context('2026-06-14'))
    expect([onMargin.releasable, onMargin.blockers.map((b) => b.rule)]).toEqual([true, []])
    expect([past.releasable, past.blockers.map((b) => b.rule)]).toEqual([false, ['overdue-receivables']])
    const quick = compileOrderReleasePolicy(policy)
    expect(quick.quickRelease(order, context('2026-06-15'))).toEqual({ releasable: true, blockedBy: [] })
    expect(quick.quickRelease(order, context('2026-06-14'))).toEqual({
      releasable: false,
      blockedBy: ['overdue-receivables'],
    })
  })
})

describe('service manager: complaints and leads, second review', () => {
  it('a lead assigned Friday 6 November 17:00 with 8 working hours is due Monday 17:00; one second late is late', () => {
    // Fri 17:00–18:00 = 1 h; Mon 09:00–12:00 = 3 h, 13:00–17:00 = 4 h → 8 h at Mon 9 November 17:00
    const leads = parseSalesPolicy(handbook).leads as NonNullable<
      ReturnType<typeof parseSalesPolicy>['leads']
    >
    const lead = {
      id: 'L-7',
      state: 'new',
      source: 'web',
      createdAt: '2026-11-06T16:00:00+08:00',
      assignedAt: '2026-11-06T17:00:00+08:00',
    }
    const at = (time: string) =>
      checkLeadFollowUp(leads, [lead] as never, [{ lead: 'L-7', at: time }], '2026-11-10T09:00:00+08:00')
    expect(at('2026-11-09T17:00:00+08:00').lateFirstContacts).toEqual([])
    expect(at('2026-11-09T17:00:01+08:00').lateFirstContacts).toEqual(['L-7'])
  })
})
