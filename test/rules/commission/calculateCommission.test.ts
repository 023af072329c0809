import { describe, expect, it } from 'vitest'
import { calculateCommission, calculateCommissions, compileCommissionPlan, explain } from '../../../src/index'
import type { CommissionInput, CommissionPlanInput } from '../../../src/index'
import {
  bonusPlan,
  flat,
  head,
  input,
  joinerInput,
  july,
  marginal,
  money,
  retroactive,
  sale,
  tiers,
} from '../../fixtures/commission'
import { catchError } from '../../helpers'

describe('calculateCommission — rates', () => {
  it('pays a flat 3 %, rounded per line', () => {
    const s = calculateCommission(flat, input([sale('t1', '12345.67'), sale('t2', '0.10')]))
    expect(s.lines.map((l) => money(l.commission))).toEqual(['370.37', '0.00']) // 370.3701 and 0.003
    expect(money(s.payable)).toBe('370.37')
  })

  it('marginal and retroactive tiers on the same numbers', () => {
    const sales = [sale('t1', '150000'), sale('t2', '100000')]
    const m = calculateCommission(marginal, input(sales))
    // 100,000 × 3 % + 100,000 × 5 % + 50,000 × 8 % = 3,000 + 5,000 + 4,000
    expect(money(m.commission)).toBe('12000.00')
    expect(m.tiers.map((t) => [money(t.slice), money(t.commission)])).toEqual([
      ['100000.00', '3000.00'],
      ['100000.00', '5000.00'],
      ['50000.00', '4000.00'],
    ])
    expect(m.lines.map((l) => money(l.commission))).toEqual(['7200.00', '4800.00'])
    const r = calculateCommission(retroactive, input(sales))
    // 250,000 reaches the 200,000 tier: 8 % on everything
    expect(money(r.commission)).toBe('20000.00')
    expect(r.lines.map((l) => [money(l.commission), l.tier])).toEqual([
      ['12000.00', 2],
      ['8000.00', 2],
    ])
    expect(explain(r, { locale: 'zh-CN' })).toContain('基数达到自 200000.00 起的档位：全部分档基数按 8% 计提')
  })

  it('puts a base exactly on a tier bound in the higher tier', () => {
    expect(money(calculateCommission(retroactive, input([sale('t', '100000')])).commission)).toBe('5000.00')
    expect(money(calculateCommission(retroactive, input([sale('t', '99999.99')])).commission)).toBe('3000.00')
    expect(money(calculateCommission(marginal, input([sale('t', '100000')])).commission)).toBe('3000.00')
  })

  it('converts attainment tiers with the quota (accelerators above 100 %)', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: {
        kind: 'marginal',
        basis: 'attainment',
        tiers: [
          { from: 0, rate: '0.03' },
          { from: '0.8', rate: '0.05' },
          { from: 1, rate: '0.08' },
        ],
      },
    }
    const s = calculateCommission(plan, input([sale('t', '250000')], { quota: '200000' }))
    // bounds 0 / 160,000 / 200,000: 4,800 + 2,000 + 4,000
    expect(s.attainment?.toString()).toBe('1.25')
    expect(money(s.commission)).toBe('10800.00')
    expect(catchError(() => calculateCommission(plan, input([sale('t', '1')]))).issues[0]).toMatchObject({
      path: ['input', 'quota'],
      code: 'commission.needs-quota',
    })
  })

  it('pays a category at its own rate, outside the tiers, and skips ineligible sales', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.03' },
      categoryRates: [{ category: 'services', rate: '0.1' }],
      eligibility: { customerGrades: ['A', 'B'] },
    }
    const s = calculateCommission(
      plan,
      input([
        sale('t1', '10000', '2026-06-10', { category: 'services', customer: { id: 'c', grade: 'A' } }),
        sale('t2', '10000', '2026-06-11', { category: 'devices', customer: { id: 'c', grade: 'B' } }),
        sale('t3', '10000', '2026-06-12', { category: 'devices', customer: { id: 'd', grade: 'C' } }),
      ]),
    )
    expect(s.lines.map((l) => [l.transactionId, money(l.commission)])).toEqual([
      ['t1', '1000.00'],
      ['t2', '300.00'],
    ])
    expect(explain(s)).toContain('t3 does not count: its customer grade is not eligible')
  })
})

describe('calculateCommission — base and recognition', () => {
  it('floors gross profit at zero per line, or not', () => {
    const sales = [
      sale('t1', '100000', '2026-06-10', { cost: '60000' }),
      sale('t2', '10000', '2026-06-11', { cost: '12000' }),
    ]
    const floored = calculateCommission({ ...flat, base: 'gross-profit' }, input(sales))
    expect(floored.lines.map((l) => money(l.base))).toEqual(['40000.00', '0.00'])
    expect(money(floored.commission)).toBe('1200.00')
    const unfloored = calculateCommission(
      { ...flat, base: 'gross-profit', floorMarginAtZero: false },
      input(sales),
    )
    expect(money(unfloored.base)).toBe('38000.00')
    expect(
      catchError(() => calculateCommission({ ...flat, base: 'gross-profit' }, input([sale('t', '1')])))
        .issues[0],
    ).toMatchObject({ path: ['input', 'transactions', 0, 'cost'], code: 'commission.cost-missing' })
  })

  it('earns on payment: a partial payment in June pays on what was collected', () => {
    const plan: CommissionPlanInput = { ...flat, recognition: 'payment' }
    const s = calculateCommission(
      plan,
      input([sale('t1', '100000', '2026-05-20', { cost: '60000' })], {
        payments: [
          { transactionId: 't1', date: '2026-06-05', amount: '30000' },
          { transactionId: 't1', date: '2026-07-05', amount: '70000' },
        ],
      }),
    )
    expect(s.lines.map((l) => [l.kind, money(l.credited), money(l.commission)])).toEqual([
      ['payment', '30000.00', '900.00'],
    ])
    const gp = calculateCommission(
      { ...plan, base: 'gross-profit' },
      input([sale('t1', '100000', '2026-05-20', { cost: '60000' })], {
        payments: [{ transactionId: 't1', date: '2026-06-05', amount: '30000' }],
      }),
    )
    expect(money(gp.base)).toBe('12000.00') // margin 40,000 × 30 %
    expect(
      catchError(() =>
        calculateCommission(
          plan,
          input([], { payments: [{ transactionId: 'x', date: '2026-06-05', amount: 1 }] }),
        ),
      ).issues[0],
    ).toMatchObject({
      code: 'commission.unknown-transaction',
      path: ['input', 'payments', 0, 'transactionId'],
    })
  })

  it('splits 10,000.01 40/60 to the cent, the odd cent to the larger remainder', () => {
    const splits = [
      { rep: 'r1', share: '0.4' },
      { rep: 'r2', share: '0.6' },
    ]
    const tx = [sale('t', '10000.01', '2026-06-10', { splits })]
    const r1 = calculateCommission(flat, input(tx))
    const r2 = calculateCommission(flat, { ...input(tx), rep: 'r2' })
    expect([money(r1.lines[0]!.credited), money(r2.lines[0]!.credited)]).toEqual(['4000.00', '6000.01'])
    expect(calculateCommission(flat, { ...input(tx), rep: 'r3' }).lines).toEqual([])
    expect(
      catchError(() =>
        calculateCommission(
          flat,
          input([sale('t', '1', '2026-06-10', { splits: [{ rep: 'r1', share: '0.5' }] })]),
        ),
      ).issues[0],
    ).toMatchObject({ path: ['input', 'transactions', 0, 'splits'], code: 'commission.splits-total' })
  })
})

describe('calculateCommission — limits, clawbacks, bonuses, draws', () => {
  it('gates below 50 % attainment, caps and floors', () => {
    const gated = calculateCommission(
      { ...flat, gate: { minAttainment: '0.5' } },
      input([sale('t', '90000')], { quota: '200000' }),
    )
    expect(gated).toMatchObject({ gated: true })
    expect(money(gated.payable)).toBe('0.00')
    const capped = calculateCommission(
      { ...marginal, cap: '5000' },
      input([sale('t1', '150000'), sale('t2', '100000')]),
    )
    expect([money(capped.commission), money(capped.capAdjustment)]).toEqual(['5000.00', '-7000.00'])
    const floored = calculateCommission({ ...flat, floor: '1000' }, input([sale('t', '10000')]))
    expect([money(floored.commission), money(floored.floorAdjustment)]).toEqual(['1000.00', '700.00'])
  })

  it('claws back a refund in a later period, in proportion, within the window only', () => {
    const refund = (amount: string, date: string) => ({
      id: `R-${amount}`,
      type: 'refund' as const,
      date,
      amount,
      original: { id: 't1', date: '2026-06-10', amount: '150000', commission: '4500' },
    })
    const partial = calculateCommission(flat, { ...input([refund('50000', '2026-07-15')]), period: july })
    expect(partial.lines.map((l) => [l.kind, money(l.commission)])).toEqual([['clawback', '-1500.00']])
    expect(money(partial.balance)).toBe('1500.00') // nothing else earned: carried as owed
    const full = calculateCommission(flat, { ...input([refund('150000', '2026-07-15')]), period: july })
    expect(money(full.clawbacks)).toBe('-4500.00')
    const late = calculateCommission(flat, {
      ...input([refund('150000', '2026-09-10')]),
      period: { start: '2026-09-01', end: '2026-09-30' },
    })
    expect(late.lines).toEqual([])
    expect(explain(late)[1]).toBe(
      'R-150000 (refund) 92 days after t1: past the 90-day window, nothing reversed',
    )
    // the refund is visible in the result, not only in the trace
    expect(late.reversals.map((r) => [r.transactionId, r.outcome, r.days, money(r.clawedBack)])).toEqual([
      ['R-150000', 'past-window', 92, '0.00'],
    ])
  })

  it('pays bonuses when targets are met, prorated for a rep who joined mid-month', () => {
    const plan = bonusPlan
    // joined 16 June: 15 of 30 days → revenue target 100,000, new-customer target 1
    const s = calculateCommission(plan, joinerInput)
    expect(s.quota?.toFixed(2)).toBe('150000.00')
    expect(s.bonuses.map((b) => [b.id, b.met, money(b.target), money(b.amount)])).toEqual([
      ['monthly', true, '100000.00', '2000.00'],
      ['new', true, '1.00', '1200.00'],
      ['nps', false, '0.90', '0.00'],
    ])
    expect(money(s.earnings)).toBe('6800.00') // 3,600 + 2,000 + 1,200
    expect(catchError(() => calculateCommission(plan, input([]))).issues[0]).toMatchObject({
      code: 'commission.kpi-missing',
    })
  })

  it('counts new customers among the sales only (not old customers, sales without a customer, or refunds)', () => {
    const refund = {
      id: 'r1',
      type: 'refund' as const,
      date: '2026-06-20',
      amount: '1000',
      original: { id: 't0', date: '2026-06-01', amount: '1000', commission: '30' },
      customer: { id: 'c9', isNew: true },
    }
    const s = calculateCommission(
      bonusPlan,
      input(
        [
          sale('t1', '1000', '2026-06-05', { customer: { id: 'c1', isNew: true } }),
          sale('t2', '1000', '2026-06-06', { customer: { id: 'c2', isNew: false } }),
          sale('t3', '1000', '2026-06-07', { customer: { id: 'c3', isNew: true } }),
          sale('t4', '1000', '2026-06-08'),
          refund,
        ],
        { kpis: { satisfaction: '0.95' } },
      ),
    )
    // revenue 4,000 (the refund reverses an earlier period's commission; it does not count here); two new customers (t1, t3) meet 2
    expect(s.bonuses.map((b) => [b.id, b.actual.toString(), b.met])).toEqual([
      ['monthly', '4000', false],
      ['new', '2', true],
      ['nps', '0.95', true],
    ])
  })

  it('credits the rep’s part of a split, an overlay on top, and nothing of a deal that is not the rep’s', () => {
    const s = calculateCommission(
      flat,
      input([
        sale('t1', '1000', '2026-06-10', {
          splits: [
            { rep: 'r1', share: '0.6' },
            { rep: 'r2', share: '0.4' },
          ],
        }),
        sale('t2', '1000', '2026-06-11', {
          splits: [
            { rep: 'r2', share: 1 },
            { rep: 'r1', share: '0.5', overlay: true },
          ],
        }),
        sale('t3', '1000', '2026-06-12', { splits: [{ rep: 'r2', share: 1 }] }),
      ]),
    )
    // 600 × 3 % = 18 and the overlay's 500 × 3 % = 15; t3 is r2's alone
    expect(explain(s)).toEqual([
      't1 (2026-06-10): credited 600.00 of 1000.00 (60% share), base 600.00',
      't2 (2026-06-11): overlay credit 500.00 (50% of 1000.00, on top of the reps), base 500.00',
      'Commission base 1100.00',
      't1: 600.00 × 3% = 18.00',
      't2: overlay credit 500.00 at the rate the rep’s own base reached, 3% = 15.00',
      'Payable 33.00; balance carried forward 0.00',
    ])
    // nor a payment, or a refund, of a deal that is not the rep's
    const others = input([sale('t3', '1000', '2026-06-12', { splits: [{ rep: 'r2', share: 1 }] })], {
      payments: [{ transactionId: 't3', date: '2026-06-12', amount: '100' }],
    })
    expect(explain(calculateCommission({ ...flat, recognition: 'payment' }, others))).toEqual([
      'Commission base 0.00',
      'Payable 0.00; balance carried forward 0.00',
    ])
    const refund = {
      id: 'r1',
      type: 'refund' as const,
      date: '2026-06-20',
      amount: '1000',
      original: { id: 't0', date: '2026-06-01', amount: '1000', commission: '30' },
      splits: [{ rep: 'r2', share: 1 }],
    }
    expect(explain(calculateCommission(flat, input([refund])))).toEqual([
      'Commission base 0.00',
      'Payable 0.00; balance carried forward 0.00',
    ])
  })

  it('reverses nothing when the plan has no clawback, and says so', () => {
    const refund = {
      id: 'r1',
      type: 'refund' as const,
      date: '2026-06-20',
      amount: '1000',
      original: { id: 't0', date: '2026-06-01', amount: '1000', commission: '30' },
    }
    const s = calculateCommission({ ...head, rates: { kind: 'flat', rate: '0.03' } }, input([refund]))
    expect([money(s.clawbacks), explain(s)[1], explain(s, { locale: 'zh-CN' })[1]]).toEqual([
      '0.00',
      'r1 (refund) 19 days after t0: the plan has no clawback, nothing reversed',
      'r1（退款）发生在 t0 后 19 天：方案未设追回期，不追回',
    ])
    // a field says so too: the refund of 1,000 reversed nothing
    expect(s.reversals).toEqual([
      {
        transactionId: 'r1',
        type: 'refund',
        originalId: 't0',
        date: '2026-06-20',
        days: 19,
        outcome: 'no-clawback',
        reversedCredit: expect.anything(),
        clawedBack: expect.anything(),
      },
    ])
    expect([money(s.reversals[0]!.reversedCredit), money(s.reversals[0]!.clawedBack)]).toEqual([
      '1000.00',
      '0.00',
    ])
  })

  it('names a missing cost and a payment of an unknown deal, with their paths and ids', () => {
    const cost = catchError(() =>
      calculateCommission({ ...flat, base: 'gross-profit' }, input([sale('t1', '1000')])),
    )
    expect([cost.code, cost.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['input', 'transactions', 0, 'cost'],
          code: 'commission.cost-missing',
          message: 'A gross-profit base needs the cost of t1',
          params: { id: 't1' },
        },
      ],
    ])
    const unknown = catchError(() =>
      calculateCommission(
        { ...flat, recognition: 'payment' },
        input([sale('t1', '1000')], {
          payments: [{ transactionId: 'nope', date: '2026-06-12', amount: '100' }],
        }),
      ),
    )
    expect([unknown.code, unknown.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['input', 'payments', 0, 'transactionId'],
          code: 'commission.unknown-transaction',
          message: 'The payment is for an unknown transaction "nope"',
          params: { id: 'nope' },
        },
      ],
    ])
  })

  it('breaks a tiered base down by tier: retroactive, interpolated on the top tier, marginal within the first', () => {
    const breakdown = (t: {
      tiers: readonly {
        from: { toString(): string }
        to: { toString(): string } | null
        rate: { toString(): string }
        slice: { toString(): string }
        commission: { toString(): string }
      }[]
    }) =>
      t.tiers.map((x) => [
        x.from.toString(),
        x.to?.toString() ?? null,
        x.rate.toString(),
        x.slice.toString(),
        x.commission.toString(),
      ])
    // 150,000 reaches the 5 % tier: 5 % of all of it, shown in the tier reached
    expect(breakdown(calculateCommission(retroactive, input([sale('t1', '150000')])))).toEqual([
      ['0', '100000', '0.03', '0', '0'],
      ['100000', '200000', '0.05', '150000', '7500'],
      ['200000', null, '0.08', '0', '0'],
    ])
    const top = calculateCommission(
      { ...head, rates: { kind: 'interpolated', tiers } },
      input([sale('t1', '250000')]),
    )
    expect(breakdown(top)).toEqual([
      ['0', '100000', '0.03', '0', '0'],
      ['100000', '200000', '0.05', '0', '0'],
      ['200000', null, '0.08', '250000', '20000'],
    ])
    expect(explain(top)[2]).toBe(
      'The base 250000.00 lies in the tier from 200000.00 to —: interpolated rate 8% on the whole tiered base',
    )
    // 50,000 stays in the first tier: one slice, the others say nothing
    expect(explain(calculateCommission(marginal, input([sale('t1', '50000')])))).toEqual([
      't1 (2026-06-10): credited 50000.00 of 50000.00 (100% share), base 50000.00',
      'Commission base 50000.00',
      'Tier from 0.00: 50000.00 × 3% = 1500',
      'Tiered commission 1500, rounded to 1500.00 and shared over the lines by base',
      't1: 1500.00 of the tiered commission, for a base of 50000.00',
      'Payable 1500.00; balance carried forward 0.00',
    ])
  })

  it('takes a negative tiered base (refunds only) back at the first tier’s rate, shared over the refunds', () => {
    const refund = (id: string, amount: string) => ({
      id,
      type: 'refund' as const,
      date: '2026-06-20',
      amount,
      original: { id: `o${id}`, date: '2026-06-01', amount, commission: '30' },
    })
    const s = calculateCommission(
      { ...marginal, clawbackDays: 90, clawbackReducesAttainment: true },
      input([refund('r1', '3000'), refund('r2', '1000')]),
    )
    // −4,000 × 3 % = −120, shared 3 : 1 by the size of each refund
    expect([
      s.tiers[0]?.slice.toString(),
      s.lines.map((l) => [l.transactionId, l.commission.toString()]),
      money(s.balance),
    ]).toEqual([
      '-4000',
      [
        ['r1', '-90'],
        ['r2', '-30'],
      ],
      '120.00',
    ])
  })

  it('needs a quota for an attainment gate and for an accelerator', () => {
    for (const plan of [
      { ...flat, gate: { minAttainment: '0.5' } },
      { ...flat, accelerator: { fromAttainment: '1', multiplier: '2' } },
    ] as CommissionPlanInput[]) {
      const error = catchError(() => calculateCommission(plan, input([sale('t1', '1000')])))
      expect([error.code, error.issues[0]?.path, error.issues[0]?.code]).toEqual([
        'INVALID_INPUT',
        ['input', 'quota'],
        'commission.needs-quota',
      ])
    }
  })

  it('names the missing KPI in the error: code, path and params', () => {
    const error = catchError(() => calculateCommission(bonusPlan, input([])))
    expect([error.code, error.issues]).toEqual([
      'INVALID_INPUT',
      [
        {
          path: ['input', 'kpis', 'satisfaction'],
          code: 'commission.kpi-missing',
          message: 'No result for KPI "satisfaction"',
          params: { kpi: 'satisfaction' },
        },
      ],
    ])
  })

  it('pays carried cap excess under the cap of a later period, and says so', () => {
    // 3 % of 10,000 = 300, cap 500: 200 of the 350 carried is paid, 150 still carried
    const s = calculateCommission(
      { ...flat, cap: '500', capExcess: 'carry-forward' },
      input([sale('t1', '10000')], { priorCapCarry: '350' }),
    )
    expect([money(s.commission), money(s.capCarried)]).toEqual(['500.00', '150.00'])
    expect(explain(s)).toEqual([
      't1 (2026-06-10): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 10000.00',
      't1: 10000.00 × 3% = 300.00',
      '200.00 carried from earlier periods is paid under the cap; 150.00 still carried',
      'Payable 500.00; balance carried forward 0.00',
    ])
  })

  it('accelerates by date order, whatever the order the deals are listed in (next-deal convention)', () => {
    const plan: CommissionPlanInput = {
      ...flat,
      accelerator: { fromAttainment: '1', multiplier: '2', crossing: 'next-deal' },
    }
    const deals = [
      sale('t1', '80000', '2026-06-05'),
      sale('t2', '40000', '2026-06-15'),
      sale('t3', '30000', '2026-06-25'),
    ]
    // t3 is the only deal closed at or past 100 % of 100,000: 2,400 + 1,200 + 900 × 2 = 5,400
    for (const listed of [deals, [...deals].reverse(), [deals[1]!, deals[2]!, deals[0]!]]) {
      const s = calculateCommission(plan, input(listed, { quota: '100000' }))
      expect(money(s.commission)).toBe('5400.00')
      expect(explain(s).filter((l) => l.includes('accelerator'))).toEqual([
        't3 closed at 120% of quota (accelerator from 100%): commission × 2 = 1800.00',
      ])
    }
  })

  it('pays a recoverable draw and recovers it from a later surplus', () => {
    const plan: CommissionPlanInput = { ...flat, draw: { amount: '5000', recoverable: true } }
    const lean = calculateCommission(plan, input([sale('t', '100000')]))
    expect([money(lean.earnings), money(lean.payable), money(lean.balance), lean.drawPaid]).toEqual([
      '3000.00',
      '5000.00',
      '2000.00',
      true,
    ])
    const rich = calculateCommission(plan, {
      ...input([sale('t2', '300000', '2026-07-10')]),
      period: july,
      priorBalance: lean.balance,
    })
    expect([money(rich.earnings), money(rich.recovered), money(rich.payable), money(rich.balance)]).toEqual([
      '9000.00',
      '2000.00',
      '7000.00',
      '0.00',
    ])
    const nonRecoverable = calculateCommission(
      { ...flat, draw: { amount: '5000', recoverable: false } },
      input([sale('t', '100000')]),
    )
    expect([money(nonRecoverable.payable), money(nonRecoverable.balance)]).toEqual(['5000.00', '0.00'])
    expect(explain(rich, { locale: 'zh-CN' }).at(-1)).toBe('应付 7000.00；结转欠款 0.00')
  })

  it('applies manual adjustments', () => {
    const s = calculateCommission(
      flat,
      input([sale('t', '10000')], { adjustments: [{ amount: '-50', reason: 'Duplicate credit in May' }] }),
    )
    expect(money(s.payable)).toBe('250.00')
  })
})

describe('calculateCommissions', () => {
  it('cuts a period at a plan change and prorates the quota', () => {
    const v2: CommissionPlanInput = {
      ...flat,
      version: '2026.2',
      effectiveFrom: '2026-06-16',
      rates: { kind: 'flat', rate: '0.04' },
    }
    const [a, b] = calculateCommissions(
      [flat, v2],
      [input([sale('t1', '10000', '2026-06-10'), sale('t2', '10000', '2026-06-20')], { quota: '300000' })],
    )
    expect([a?.plan.version, a?.period.end, money(a!.commission), money(a!.quota!)]).toEqual([
      '2026.1',
      '2026-06-15',
      '300.00',
      '150000.00',
    ])
    expect([b?.plan.version, b?.period.start, money(b!.commission), money(b!.quota!)]).toEqual([
      '2026.2',
      '2026-06-16',
      '400.00',
      '150000.00',
    ])
  })

  it('cuts at every version in the period, boundary days included, and passes payments to the version in force on their date', () => {
    const v2: CommissionPlanInput = {
      ...flat,
      version: '2026.2',
      effectiveFrom: '2026-06-16',
      rates: { kind: 'flat', rate: '0.04' },
    }
    const v3: CommissionPlanInput = {
      ...flat,
      version: '2026.3',
      effectiveFrom: '2026-06-25',
      rates: { kind: 'flat', rate: '0.05' },
    }
    const days = ['2026-06-15', '2026-06-16', '2026-06-24', '2026-06-25', '2026-06-30']
    // quota 300,000 by days: 15, 9 and 6 of 30; the rep joined on 10 June, so the first piece is 6 of its 15 days: 60,000
    const pieces = calculateCommissions(
      [v3, flat, v2],
      [
        input(
          days.map((d, i) => sale(`t${i}`, '10000', d)),
          { quota: '300000', employment: { start: '2026-06-10' } },
        ),
      ],
    )
    expect(
      pieces.map((s) => [
        s.plan.version,
        s.period.start,
        s.period.end,
        money(s.quota!),
        s.lines.map((l) => `${l.transactionId}:${money(l.commission)}`),
      ]),
    ).toEqual([
      ['2026.1', '2026-06-01', '2026-06-15', '60000.00', ['t0:300.00']],
      ['2026.2', '2026-06-16', '2026-06-24', '90000.00', ['t1:400.00', 't2:400.00']],
      ['2026.3', '2026-06-25', '2026-06-30', '60000.00', ['t3:500.00', 't4:500.00']],
    ])
    // a May sale collected on 10 and 20 June: 20,000 at 3 %, 30,000 at 4 %
    const onPayment = calculateCommissions(
      [
        { ...flat, recognition: 'payment' },
        { ...v2, recognition: 'payment' },
      ],
      [
        input([sale('p', '100000', '2026-05-20')], {
          payments: [
            { transactionId: 'p', date: '2026-06-10', amount: '20000' },
            { transactionId: 'p', date: '2026-06-20', amount: '30000' },
          ],
        }),
      ],
    )
    expect(
      onPayment.map((s) => s.lines.map((l) => [l.kind, money(l.credited), money(l.commission)])),
    ).toEqual([[['payment', '20000.00', '600.00']], [['payment', '30000.00', '1200.00']]])
    expect(catchError(() => calculateCommissions([v2], [input([])])).issues[0]).toMatchObject({
      path: [0, 'period'],
      code: 'versions.none-in-force',
      params: { date: '2026-06-01' },
    })
  })

  it('rejects overlapping versions and reports the index of a bad input', () => {
    expect(catchError(() => calculateCommissions([flat, { ...flat, version: 'b' }], [])).code).toBe(
      'INVALID_POLICY',
    )
    expect(
      catchError(() =>
        calculateCommissions([flat], [input([]), { rep: '' } as CommissionInput]),
      ).issues[0]?.path.slice(0, 2),
    ).toEqual([1, 'input'])
    expect(
      catchError(() =>
        calculateCommissions([flat], [{ ...input([]), period: { start: '2025-12-01', end: '2025-12-31' } }]),
      ).code,
    ).toBe('NO_POLICY_IN_FORCE')
  })
})

describe('compileCommissionPlan — totals', () => {
  it('takes the integer path for plain inputs and the exact path for the rest, with the same figures', () => {
    const evaluator = compileCommissionPlan(marginal)
    const plainInput = input([sale('t1', '150000'), sale('t2', '100000.01')])
    const quick = evaluator.totals(plainInput)
    expect([quick.fastPath, money(quick.commission)]).toEqual([true, '12000.00']) // 3,000 + 5,000 + 50,000.01 × 8 % = 12,000.0008
    const split = evaluator.totals(
      input([sale('t1', '150000', '2026-06-10', { splits: [{ rep: 'r1', share: 1 }] })]),
    )
    expect([split.fastPath, money(split.commission)]).toEqual([false, '5500.00'])
  })

  it('still rejects invalid input with its path', () => {
    const evaluator = compileCommissionPlan(flat)
    expect(catchError(() => evaluator.totals(input([sale('t', '1', '2026-02-30')]))).issues[0]?.path).toEqual(
      ['input', 'transactions', 0, 'date'],
    )
    expect(
      catchError(() => evaluator.totals(input([sale('t', '1'), sale('t', '2')]))).issues[0],
    ).toMatchObject({ code: 'ids.duplicate' })
    expect(catchError(() => evaluator.totals({ ...input([]), payments: 5 } as never)).code).toBe(
      'INVALID_INPUT',
    )
  })
})
