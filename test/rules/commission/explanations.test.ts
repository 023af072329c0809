// Whole commission statements explained, sentence by sentence: eligibility filters, category
// rates, marginal tiers shared over lines, a cap carried forward, invoice and payment recognition,
// gates, a floor, a clawback, prorated bonuses, a draw whose recovery is deferred, an adjustment and
// an accelerator. The figures are worked out in the comments.
import { describe, expect, it } from 'vitest'
import { calculateCommission, explain } from '../../../src/index'
import type { CommissionPlanInput } from '../../../src/index'
import { bonusPlan, flat, head, input, joinerInput, july, marginal, sale } from '../../fixtures/commission'

describe('commission statements explained', () => {
  it('eligibility by customer grade and category; a category at its own rate', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.03' },
      categoryRates: [{ category: 'services', rate: '0.1' }],
      eligibility: { customerGrades: ['A', 'B'], categories: ['services', 'devices'] },
    }
    const s = calculateCommission(
      plan,
      input([
        sale('t1', '10000', '2026-06-10', { category: 'services', customer: { id: 'c', grade: 'A' } }),
        sale('t2', '10000', '2026-06-11', { category: 'devices', customer: { id: 'c', grade: 'B' } }),
        sale('t3', '10000', '2026-06-12', { category: 'devices', customer: { id: 'd', grade: 'C' } }),
        sale('t4', '10000', '2026-06-13', { category: 'parts', customer: { id: 'd', grade: 'A' } }),
      ]),
    )
    // t1: 10 % of 10,000; t2: 3 %; t3's grade and t4's category are not eligible
    expect(explain(s)).toEqual([
      't1 (2026-06-10): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      't2 (2026-06-11): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      't3 does not count: its customer grade is not eligible',
      't4 does not count: its category is not eligible',
      'Commission base 20000.00',
      't1: category services at its own rate, 10000.00 × 10% = 1000.00',
      't2: 10000.00 × 3% = 300.00',
      'Payable 1300.00; balance carried forward 0.00',
    ])
  })

  it('marginal tiers shared over the lines by base, then capped with the excess carried forward', () => {
    // 100,000 × 3 % + 100,000 × 5 % + 50,000 × 8 % = 12,000; t1 gets 150/250 of it; capped at 5,000
    const s = calculateCommission(
      { ...marginal, cap: '5000', capExcess: 'carry-forward' },
      input([sale('t1', '150000'), sale('t2', '100000')], { quota: '250000' }),
    )
    expect([s.capAdjustment.toFixed(2), s.capCarried.toFixed(2)]).toEqual(['-7000.00', '7000.00'])
    expect(explain(s)).toEqual([
      't1 (2026-06-10): credited 150000.00 of 150000.00 (100% share), base 150000.00',
      't2 (2026-06-10): credited 100000.00 of 100000.00 (100% share), base 100000.00',
      'Commission base 250000.00',
      'Quota 250000.00: attainment 100%',
      'Tier from 0.00: 100000.00 × 3% = 3000',
      'Tier from 100000.00: 100000.00 × 5% = 5000',
      'Tier from 200000.00: 50000.00 × 8% = 4000',
      'Tiered commission 12000, rounded to 12000.00 and shared over the lines by base',
      't1: 7200.00 of the tiered commission, for a base of 150000.00',
      't2: 4800.00 of the tiered commission, for a base of 100000.00',
      'Commission 12000.00 capped at 5000.00; the excess is carried forward (7000.00 carried)',
      'Payable 5000.00; balance carried forward 0.00',
    ])
  })

  it('recognised on the invoice date, or on what was collected', () => {
    // t1 was booked in May and invoiced in June: June's; t2 is invoiced in July: not June's
    const invoice = calculateCommission(
      { ...flat, recognition: 'invoice' },
      input([
        sale('t1', '10000', '2026-05-28', { invoiceDate: '2026-06-02' }),
        sale('t2', '10000', '2026-06-28', { invoiceDate: '2026-07-02' }),
      ]),
    )
    expect(explain(invoice)).toEqual([
      't1 (2026-06-02): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 10000.00',
      't1: 10000.00 × 3% = 300.00',
      'Payable 300.00; balance carried forward 0.00',
    ])
    const payment = calculateCommission(
      { ...flat, recognition: 'payment' },
      input([sale('t1', '100000', '2026-05-20')], {
        payments: [
          { transactionId: 't1', date: '2026-06-05', amount: '30000' },
          { transactionId: 't1', date: '2026-07-05', amount: '70000' },
        ],
      }),
    )
    expect(explain(payment)).toEqual([
      't1: 30000.00 collected on 2026-06-05, 30% of the deal, base 30000.00',
      'Commission base 30000.00',
      't1: 30000.00 × 3% = 900.00',
      'Payable 900.00; balance carried forward 0.00',
    ])
  })

  it('a gate on attainment or on the base, and a floor', () => {
    // 90,000 of a 200,000 quota is 45 %, below 50 %
    expect(
      explain(
        calculateCommission(
          { ...flat, gate: { minAttainment: '0.5' } },
          input([sale('t', '90000')], { quota: '200000' }),
        ),
      ),
    ).toEqual([
      't (2026-06-10): credited 90000.00 of 90000.00 (100% share), base 90000.00',
      'Commission base 90000.00',
      'Quota 200000.00: attainment 45%',
      't: 90000.00 × 3% = 2700.00',
      'Gate not met (0.45 below 0.5): no commission this period',
      'Payable 0.00; balance carried forward 0.00',
    ])
    expect(
      explain(calculateCommission({ ...flat, gate: { minBase: '100000' } }, input([sale('t', '90000')]))),
    ).toEqual([
      't (2026-06-10): credited 90000.00 of 90000.00 (100% share), base 90000.00',
      'Commission base 90000.00',
      't: 90000.00 × 3% = 2700.00',
      'Gate not met (90000.00 below 100000.00): no commission this period',
      'Payable 0.00; balance carried forward 0.00',
    ])
    expect(explain(calculateCommission({ ...flat, floor: '1000' }, input([sale('t', '10000')])))).toEqual([
      't (2026-06-10): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 10000.00',
      't: 10000.00 × 3% = 300.00',
      'Commission 300.00 raised to the floor of 1000.00',
      'Payable 1000.00; balance carried forward 0.00',
    ])
  })

  it('a clawback in a later period', () => {
    // a third of a 150,000 sale refunded 35 days later: a third of its 4,500 commission
    const refund = {
      id: 'R-50000',
      type: 'refund' as const,
      date: '2026-07-15',
      amount: '50000',
      original: { id: 't1', date: '2026-06-10', amount: '150000', commission: '4500' },
    }
    expect(explain(calculateCommission(flat, { ...input([refund]), period: july }))).toEqual([
      'Commission base 0.00',
      'R-50000 (refund) 35 days after t1: reverses 1500.00 of its commission',
      '1500.00 of clawbacks is more than this period pays above any draw and stays owed (clawback balance 1500.00)',
      'Payable 0.00; balance carried forward 1500.00',
    ])
  })

  it('bonuses prorated for a rep who joined mid-month (a KPI target is not prorated)', () => {
    // 15 of 30 days: quota 150,000, revenue target 100,000, new-customer target 1; 1 % of 120,000 = 1,200
    const s = calculateCommission(bonusPlan, joinerInput)
    expect(explain(s)).toEqual([
      'Employed 15 of 30 days: quota and targets prorated (150000.00)',
      't1 (2026-06-20): credited 120000.00 of 120000.00 (100% share), base 120000.00',
      'Commission base 120000.00',
      'Quota 150000.00: attainment 80%',
      't1: 120000.00 × 3% = 3600.00',
      'Monthly target: 120000 reaches the target 100000: bonus 2000.00',
      'New customers: 1 reaches the target 1: bonus 1200.00',
      'Satisfaction: 0.85 is below the target 0.9: no bonus',
      'Payable 6800.00; balance carried forward 0.00',
    ])
  })

  it('a draw paid, and its recovery deferred to the date the plan names', () => {
    const plan: CommissionPlanInput = {
      ...flat,
      draw: { amount: '5000', recoverable: true, recoverFrom: '2026-08-01' },
    }
    const lean = calculateCommission(plan, input([sale('t', '100000')]))
    expect(explain(lean)).toEqual([
      't (2026-06-10): credited 100000.00 of 100000.00 (100% share), base 100000.00',
      'Commission base 100000.00',
      't: 100000.00 × 3% = 3000.00',
      'Earnings 3000.00 are below the draw of 5000.00: the draw is paid',
      'Payable 5000.00; balance carried forward 2000.00',
    ])
    // July earns 9,000, but recovery starts in August: all 9,000 is paid and 2,000 is still owed
    expect(
      explain(
        calculateCommission(plan, {
          ...input([sale('t2', '300000', '2026-07-10')]),
          period: july,
          priorBalance: lean.balance,
        }),
      ),
    ).toEqual([
      't2 (2026-07-10): credited 300000.00 of 300000.00 (100% share), base 300000.00',
      'Commission base 300000.00',
      't2: 300000.00 × 3% = 9000.00',
      'Recovery starts in the period from 2026-08-01: 2000.00 still owed',
      'Payable 9000.00; balance carried forward 2000.00',
    ])
  })

  it('an adjustment, and an accelerator on the deals closed past the quota', () => {
    expect(
      explain(
        calculateCommission(
          flat,
          input([sale('t', '10000')], {
            adjustments: [{ amount: '-50', reason: 'Duplicate credit in May' }],
          }),
        ),
      ),
    ).toEqual([
      't (2026-06-10): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 10000.00',
      't: 10000.00 × 3% = 300.00',
      'Adjustment -50.00: Duplicate credit in May',
      'Payable 250.00; balance carried forward 0.00',
    ])
    // split at the crossing: the base above 100 % of 100,000 is 50,000 (20,000 of t2, all 30,000 of t3),
    // doubled: 150,000 × 3 % + 50,000 × 3 % × (2 − 1) = 4,500 + 1,500 = 6,000
    const s = calculateCommission(
      { ...flat, accelerator: { fromAttainment: '1', multiplier: '2' } },
      input(
        [
          sale('t1', '80000', '2026-06-05'),
          sale('t2', '40000', '2026-06-15'),
          sale('t3', '30000', '2026-06-25'),
        ],
        { quota: '100000' },
      ),
    )
    expect(explain(s)).toEqual([
      't1 (2026-06-05): credited 80000.00 of 80000.00 (100% share), base 80000.00',
      't2 (2026-06-15): credited 40000.00 of 40000.00 (100% share), base 40000.00',
      't3 (2026-06-25): credited 30000.00 of 30000.00 (100% share), base 30000.00',
      'Commission base 150000.00',
      'Quota 100000.00: attainment 150%',
      't1: 80000.00 × 3% = 2400.00',
      't2: 40000.00 × 3% = 1200.00',
      't3: 30000.00 × 3% = 900.00',
      't2: 20000.00 of its base lies above 100% of quota: the commission on it × 2, + 600.00',
      't3: 30000.00 of its base lies above 100% of quota: the commission on it × 2, + 900.00',
      'Payable 6000.00; balance carried forward 0.00',
    ])
  })
})

describe('commission statements — edges (gaps a mutation run found)', () => {
  const refund = (id: string, date: string, originalDate: string) => ({
    id,
    type: 'refund' as const,
    date,
    amount: '1000',
    original: { id: 'o', date: originalDate, amount: '1000', commission: '30' },
  })

  it('a collected-cash base: payments of sales count, a payment against a refund does not; the refund claws back', () => {
    const plan: CommissionPlanInput = { ...flat, base: 'collected', recognition: 'payment' }
    const s = calculateCommission(
      plan,
      input(
        [
          sale('t1', '100000', '2026-05-20'),
          {
            id: 'R1',
            type: 'refund',
            date: '2026-06-02',
            amount: '10',
            original: {
              id: 't1',
              date: '2026-05-20',
              amount: '100000',
              commission: '3000',
              collected: '100000',
            },
          },
        ],
        {
          payments: [
            { transactionId: 't1', date: '2026-06-05', amount: '40000' },
            { transactionId: 'R1', date: '2026-06-06', amount: '10' },
          ],
        },
      ),
    )
    // 40 % collected: 1,200; the refund of 10 (the sale was said collected in full before it) reverses
    // 10 ÷ 100,000 of 3,000 = 0.30
    expect([
      s.base.toFixed(2),
      s.commission.toFixed(2),
      s.clawbacks.toFixed(2),
      s.payable.toFixed(2),
    ]).toEqual(['40000.00', '1200.00', '-0.30', '1199.70'])
    expect(explain(s)).toEqual([
      't1: 40000.00 collected on 2026-06-05, 40% of the deal, base 40000.00',
      'Commission base 40000.00',
      't1: 40000.00 × 3% = 1200.00',
      'R1 (refund) 13 days after t1: reverses 0.30 of its commission',
      'Payable 1199.70; balance carried forward 0.00',
    ])
    // a payment of a sale the plan does not cover
    const other = calculateCommission(
      { ...flat, recognition: 'payment', eligibility: { categories: ['devices'] } },
      input([sale('t1', '100000', '2026-05-20', { category: 'services' })], {
        payments: [{ transactionId: 't1', date: '2026-06-05', amount: '40000' }],
      }),
    )
    expect(explain(other)).toEqual([
      't1 does not count: its category is not eligible',
      'Commission base 0.00',
      'Payable 0.00; balance carried forward 0.00',
    ])
  })

  it('the clawback window includes its last day; refunds outside the period wait for their own', () => {
    // 2 March + 90 days = 31 May: reversed (in May, so not June's); 1 June is day 91: not reversed
    const s = calculateCommission(
      flat,
      input([
        refund('R90', '2026-05-31', '2026-03-02'),
        refund('R91', '2026-06-01', '2026-03-02'),
        refund('Rin', '2026-06-15', '2026-06-01'),
        refund('Rout', '2026-07-01', '2026-06-01'),
      ]),
    )
    expect(explain(s)).toEqual([
      'Commission base 0.00',
      'R91 (refund) 91 days after o: past the 90-day window, nothing reversed',
      'Rin (refund) 14 days after o: reverses 30.00 of its commission',
      '30.00 of clawbacks is more than this period pays above any draw and stays owed (clawback balance 30.00)',
      'Payable 0.00; balance carried forward 30.00',
    ])
    const may = calculateCommission(flat, {
      ...input([refund('R90', '2026-05-31', '2026-03-02')]),
      period: { start: '2026-05-01', end: '2026-05-31' },
    })
    expect(may.clawbacks.toFixed(2)).toBe('-30.00')
  })

  it('a rep who left during the period: quota prorated to the days employed', () => {
    // employed 1–10 June: 10 of 30 days of a 30,000 quota
    const s = calculateCommission(
      flat,
      input([sale('t', '10000')], { quota: '30000', employment: { start: '2026-05-01', end: '2026-06-10' } }),
    )
    expect([s.quota?.toFixed(2), s.attainment?.toString()]).toEqual(['10000.00', '1'])
    expect(explain(s)[0]).toBe('Employed 10 of 30 days: quota and targets prorated (10000.00)')
  })

  it('a balance owed recovered from this period, and a lower tier boundary', () => {
    const recovered = calculateCommission(
      { ...flat, draw: { amount: '1000', recoverable: true } },
      input([sale('t', '100000')], { priorBalance: '500' }),
    )
    expect([recovered.recovered.toFixed(2), recovered.payable.toFixed(2), explain(recovered).at(-2)]).toEqual(
      ['500.00', '2500.00', '500.00 recovered towards the balance owed'],
    )
    // with boundary 'lower' a base exactly on a bound stays in the lower tier
    const lower: CommissionPlanInput = {
      ...head,
      rates: {
        kind: 'retroactive',
        boundary: 'lower',
        tiers: [
          { from: 0, rate: '0.03' },
          { from: 100000, rate: '0.05' },
        ],
      },
    }
    expect([
      calculateCommission(lower, input([sale('a', '100000')])).commission.toFixed(2),
      calculateCommission(lower, input([sale('a', '100000.01')])).commission.toFixed(2),
    ]).toEqual(['3000.00', '5000.00'])
  })
})
