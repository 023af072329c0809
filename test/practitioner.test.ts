// Cases written by practitioners (a sales comp analyst, a finance controller, a service manager) from
// the guides and the packed tarball alone, before they read the library's tests; expected values are
// theirs, with their arithmetic. All matched except the misspelt expense dimension, fixed with them.
import { describe, expect, it } from 'vitest'
import {
  budgetVariance,
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
