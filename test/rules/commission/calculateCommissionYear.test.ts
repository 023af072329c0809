import { describe, expect, it } from 'vitest'
import { calculateCommission, calculateCommissionYear, explain } from '../../../src/index'
import type { CommissionInput, CommissionPlanInput, CommissionYearInput } from '../../../src/index'
import { catchError } from '../../helpers'

const head = { id: 'plan', version: '2026.1', effectiveFrom: '2026-01-01', currency: 'CNY' }
const money = (d: { toFixed(n: number): string }) => d.toFixed(2)
const year = { start: '2026-01-01', end: '2026-12-31' }
const month = (m: number) => `2026-${String(m).padStart(2, '0')}`
/** One sale on the 15th of each month, amounts by month (January first). */
const monthly = (amounts: readonly number[]) =>
  amounts.map((amount, i) => ({
    id: `S-${month(i + 1)}`,
    date: `${month(i + 1)}-15`,
    amount: String(amount),
  }))
const tiers = [
  { from: 0, rate: '0.03' },
  { from: '0.25', rate: '0.05' },
]
// 100,000 in January, 150,000 in February, 100,000 in March, then 50,000 a month: 800,000 for the year
const sales = monthly([
  100_000, 150_000, 100_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000,
])
const yearInput = (extra: Partial<CommissionYearInput> = {}): CommissionYearInput => ({
  rep: 'REP-12',
  year,
  quota: '1200000',
  transactions: sales,
  ...extra,
})

describe('calculateCommissionYear — year-to-date true-up', () => {
  it('a rep crossing a marginal tier in March: the base above 25 % of the annual quota is paid 5 % from March on', () => {
    const plan: CommissionPlanInput = { ...head, rates: { kind: 'marginal', basis: 'attainment', tiers } }
    const statements = calculateCommissionYear(plan, yearInput())
    // year to date: 100k → 3,000; 250k → 7,500; 350k → 300k × 3 % + 50k × 5 % = 11,500; 400k → 14,000; then +2,500 a month
    expect(statements.map((s) => money(s.yearToDate!.earned))).toEqual([
      '3000.00',
      '7500.00',
      '11500.00',
      '14000.00',
      '16500.00',
      '19000.00',
      '21500.00',
      '24000.00',
      '26500.00',
      '29000.00',
      '31500.00',
      '34000.00',
    ])
    expect(statements.map((s) => money(s.payable))).toEqual([
      '3000.00',
      '4500.00',
      '4000.00',
      ...Array(9).fill('2500.00'),
    ])
    const march = statements[2]!
    expect([
      march.period,
      money(march.yearToDate!.settled),
      money(march.yearToDate!.trueUp),
      money(march.base),
      march.attainment?.toString(),
    ]).toEqual([
      { start: '2026-03-01', end: '2026-03-31' },
      '7500.00',
      '4000.00',
      '350000.00',
      '0.2916666666666666666666666666666666666667',
    ])
    expect(explain(march)).toContain(
      'Marginal plan: the year-to-date base crossed into the tier from 300000.00; the base above it is paid 5% from this period on',
    )
    // said in March only: the month the tier is crossed
    expect(statements.map((s) => explain(s).filter((l) => l.startsWith('Marginal plan')).length)).toEqual([
      0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ])
    expect(explain(march)).toContain(
      'Year to date: earned 11500.00 on a base of 350000.00; 7500.00 settled in earlier periods; true-up this period 4000.00',
    )
    // the twelve payouts add up to the annual statement, to the cent
    const annual = calculateCommission(plan, {
      rep: 'REP-12',
      period: year,
      quota: '1200000',
      transactions: sales,
    })
    expect(money(statements.reduce((s, x) => s.plus(x.payable), annual.payable.minus(annual.payable)))).toBe(
      money(annual.earnings),
    )
    expect(money(statements[11]!.yearToDate!.paidToDate)).toBe('34000.00')
  })

  it('the same rep on a retroactive plan: March pays the catch-up on January and February', () => {
    const plan: CommissionPlanInput = { ...head, rates: { kind: 'retroactive', basis: 'attainment', tiers } }
    const statements = calculateCommissionYear(plan, yearInput())
    // March: 350,000 × 5 % = 17,500 earned, 7,500 settled: 10,000 = 100,000 × 5 % for March + 250,000 × 2 % catch-up
    expect(statements.map((s) => money(s.payable))).toEqual([
      '3000.00',
      '4500.00',
      '10000.00',
      ...Array(9).fill('2500.00'),
    ])
    expect(explain(statements[2]!)).toContain(
      'Retroactive plan: the year-to-date base reached the tier from 300000.00 (5%), so the whole year is repriced and the true-up includes the catch-up on earlier periods',
    )
    expect(statements.map((s) => explain(s).filter((l) => l.startsWith('Retroactive plan')).length)).toEqual([
      0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ])
    expect(explain(statements[2]!, { locale: 'zh-CN' })).toContain(
      '年度累计：基数 350000.00 应得 17500.00；以前期间已结算 7500.00；本期补差 10000.00',
    )
    expect(money(statements[11]!.yearToDate!.earned)).toBe('40000.00')
  })

  it('a capped month whose excess is paid later (carry forward), or forfeited', () => {
    const flat = (capExcess: 'forfeit' | 'carry-forward'): CommissionPlanInput => ({
      ...head,
      rates: { kind: 'flat', rate: '0.05' },
      cap: '5000',
      capExcess,
    })
    const input = yearInput({ transactions: monthly([200_000, 40_000, 20_000]), through: '2026-03-31' })
    // January earns 10,000: 5,000 paid, 5,000 carried; February 2,000 + 5,000 carried: 5,000 paid, 2,000 carried; March 1,000 + 2,000
    const carried = calculateCommissionYear(flat('carry-forward'), input)
    expect(
      carried.map((s) => [
        money(s.payable),
        money(s.capCarried),
        money(s.capReleased),
        money(s.capAdjustment),
      ]),
    ).toEqual([
      ['5000.00', '5000.00', '0.00', '-5000.00'],
      ['5000.00', '2000.00', '3000.00', '0.00'],
      ['3000.00', '0.00', '2000.00', '0.00'],
    ])
    expect(explain(carried[1]!)).toContain(
      'Commission 7000.00 capped at 5000.00; the excess is carried forward (2000.00 carried)',
    )
    const forfeit = calculateCommissionYear(flat('forfeit'), input)
    expect(forfeit.map((s) => [money(s.payable), money(s.yearToDate!.forfeited)])).toEqual([
      ['5000.00', '5000.00'],
      ['2000.00', '0.00'],
      ['1000.00', '0.00'],
    ])
  })

  it('a recoverable draw recovered over three months, at most 2,000 a month', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.05' },
      draw: { amount: '5000', recoverable: true, maxRecoveryPerPeriod: '2000' },
    }
    const input = yearInput({
      transactions: monthly([40_000, 160_000, 140_000, 100_000]),
      through: '2026-04-30',
    })
    // January earns 2,000: the draw of 5,000 is paid and 3,000 owed; February earns 8,000: 2,000 recovered; March 7,000: the last 1,000
    const statements = calculateCommissionYear(plan, input)
    expect(
      statements.map((s) => [money(s.payable), money(s.recovered), money(s.balance), s.drawPaid]),
    ).toEqual([
      ['5000.00', '0.00', '3000.00', true],
      ['6000.00', '2000.00', '1000.00', false],
      ['6000.00', '1000.00', '0.00', false],
      ['5000.00', '0.00', '0.00', false],
    ])
    // recovery only from March: February pays its 8,000 in full
    const later = calculateCommissionYear(
      { ...plan, draw: { ...plan.draw!, recoverFrom: '2026-03-01' } },
      input,
    )
    expect(later.map((s) => [money(s.payable), money(s.balance)])).toEqual([
      ['5000.00', '3000.00'],
      ['8000.00', '3000.00'],
      ['5000.00', '1000.00'],
      // April earns exactly the draw: nothing above it to recover from
      ['5000.00', '1000.00'],
    ])
    expect(explain(later[1]!)).toContain('Recovery starts in the period from 2026-03-01: 3000.00 still owed')
    // a non-recoverable draw is never recovered
    const guaranteed = calculateCommissionYear(
      { ...plan, draw: { amount: '5000', recoverable: false } },
      input,
    )
    expect(guaranteed.map((s) => money(s.payable))).toEqual(['5000.00', '8000.00', '7000.00', '5000.00'])
  })

  it("pays each period's bonus on that period's own figures, outside the true-up", () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'marginal', basis: 'attainment', tiers },
      bonuses: [
        { id: 'monthly', label: 'Monthly target', measure: 'revenue', target: '100000', amount: '1000' },
      ],
    }
    const statements = calculateCommissionYear(plan, yearInput({ through: '2026-04-30' }))
    // January, February and March reach 100,000 of sales; April's 50,000 does not
    expect(statements.map((s) => [money(s.payable), s.bonuses[0]?.met])).toEqual([
      ['4000.00', true],
      ['5500.00', true],
      ['5000.00', true],
      ['2500.00', false],
    ])
    expect(money(statements[3]!.yearToDate!.earned)).toBe('14000.00')
    expect(statements.map((s) => explain(s).filter((l) => l.startsWith('Monthly target')))).toEqual([
      ['Monthly target: 100000 reaches the target 100000: bonus 1000.00'],
      ['Monthly target: 150000 reaches the target 100000: bonus 1000.00'],
      ['Monthly target: 100000 reaches the target 100000: bonus 1000.00'],
      ['Monthly target: 50000 is below the target 100000: no bonus'],
    ])
  })

  it('settles by quarter, and continues a year settled elsewhere from its last state', () => {
    const plan: CommissionPlanInput = { ...head, rates: { kind: 'marginal', basis: 'attainment', tiers } }
    const quarters = calculateCommissionYear(plan, yearInput({ every: 'quarter' }))
    // Q1 350k → 11,500; Q2 500k → 19,000; Q3 650k → 26,500; Q4 800k → 34,000
    expect(quarters.map((s) => [s.period.end, money(s.payable)])).toEqual([
      ['2026-03-31', '11500.00'],
      ['2026-06-30', '7500.00'],
      ['2026-09-30', '7500.00'],
      ['2026-12-31', '7500.00'],
    ])
    const rest = calculateCommissionYear(
      plan,
      yearInput({ previous: { through: '2026-06-30', settled: '19000' } }),
    )
    expect(rest.map((s) => s.period.start)).toEqual([
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
      '2026-12-01',
    ])
    expect(money(rest[0]!.payable)).toBe('2500.00')
  })

  it('rejects a year that does not start on the 1st or lasts more than twelve months', () => {
    const plan: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.05' } }
    expect(
      catchError(() =>
        calculateCommissionYear(plan, yearInput({ year: { start: '2026-01-05', end: '2026-12-31' } })),
      ).issues[0],
    ).toMatchObject({ path: ['input', 'year', 'start'], code: 'commission.year-start' })
    expect(
      catchError(() =>
        calculateCommissionYear(plan, yearInput({ year: { start: '2026-04-01', end: '2027-04-30' } })),
      ).issues[0],
    ).toMatchObject({
      path: ['input', 'year', 'end'],
      code: 'commission.year-end',
      message: 'A plan year ends on 2027-03-31, twelve months after it starts, or earlier',
    })
    const attainment: CommissionPlanInput = {
      ...head,
      rates: { kind: 'marginal', basis: 'attainment', tiers },
    }
    expect(
      catchError(() => calculateCommissionYear(attainment, { rep: 'r', year, transactions: sales }))
        .issues[0],
    ).toMatchObject({ code: 'commission.needs-quota' })
  })
})

describe('calculateCommission — tier styles, boundaries, accelerators, overlays, clawbacks and carried caps', () => {
  const june = { start: '2026-06-01', end: '2026-06-30' }
  const input = (
    transactions: CommissionInput['transactions'],
    extra: Partial<CommissionInput> = {},
  ): CommissionInput => ({ rep: 'r1', period: june, transactions, ...extra })
  const sale = (id: string, amount: string, date = '2026-06-10', extra: object = {}) => ({
    id,
    date,
    amount,
    ...extra,
  })

  it('interpolates the rate inside a tier, flat in the top tier', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: {
        kind: 'interpolated',
        tiers: [
          { from: 0, rate: '0.02' },
          { from: 100000, rate: '0.04' },
          { from: 200000, rate: '0.06' },
        ],
      },
    }
    // 50,000: halfway from 2 % to 4 % = 3 %; 150,000: halfway from 4 % to 6 % = 5 %; 250,000: 6 %
    expect(
      ['50000', '150000', '250000'].map((a) =>
        money(calculateCommission(plan, input([sale('t', a)])).commission),
      ),
    ).toEqual(['1500.00', '7500.00', '15000.00'])
    const s = calculateCommission(plan, input([sale('t', '125000')]))
    // 4 % + 2 % × 25 % = 4.5 %
    expect(s.lines[0]?.rate?.toString()).toBe('0.045')
    expect(explain(s)).toContain(
      'The base 125000.00 lies in the tier from 100000.00 to 200000.00: interpolated rate 4.5% on the whole tiered base',
    )
  })

  it('puts a base exactly on a bound in the higher tier, or the lower one when the plan says so', () => {
    const rates = {
      kind: 'retroactive' as const,
      tiers: [
        { from: 0, rate: '0.03' },
        { from: 100000, rate: '0.05' },
      ],
    }
    expect(money(calculateCommission({ ...head, rates }, input([sale('t', '100000')])).commission)).toBe(
      '5000.00',
    )
    expect(
      money(
        calculateCommission({ ...head, rates: { ...rates, boundary: 'lower' } }, input([sale('t', '100000')]))
          .commission,
      ),
    ).toBe('3000.00')
    expect(
      money(
        calculateCommission(
          { ...head, rates: { ...rates, boundary: 'lower' } },
          input([sale('t', '100000.01')]),
        ).commission,
      ),
    ).toBe('5000.00')
  })

  it('accelerates only the deals closed after 100 % attainment', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.04' },
      accelerator: { fromAttainment: 1, multiplier: '1.5', crossing: 'next-deal' },
    }
    const s = calculateCommission(
      plan,
      input(
        [
          sale('a', '60000', '2026-06-05'),
          sale('b', '40000', '2026-06-10'),
          sale('c', '30000', '2026-06-20'),
        ],
        { quota: '100000' },
      ),
    )
    // b brings attainment to 100 % but was closed before it: only c is accelerated, 1,200 × 1.5 = 1,800
    expect(s.lines.map((l) => money(l.commission))).toEqual(['2400.00', '1600.00', '1800.00'])
    expect(explain(s)).toContain(
      'c closed at 100% of quota (accelerator from 100%): commission × 1.5 = 1800.00',
    )
  })

  it('pays an overlay on top of the reps, at the rate the overlay rep reached, or in the tiers when it counts toward quota', () => {
    const rates = {
      kind: 'retroactive' as const,
      tiers: [
        { from: 0, rate: '0.03' },
        { from: 150000, rate: '0.05' },
      ],
    }
    const deals = [
      sale('own', '120000'),
      sale('big', '500000', '2026-06-12', {
        splits: [
          { rep: 'r2', share: 1 },
          { rep: 'r1', share: '0.1', overlay: true },
        ],
      }),
    ]
    const apart = calculateCommission({ ...head, rates }, input(deals, { quota: '200000' }))
    // own 120,000 stays in the first tier (3 %): 3,600; overlay 50,000 at that rate: 1,500; attainment 60 % without the overlay
    expect([
      apart.lines.map((l) => money(l.commission)),
      money(apart.commission),
      apart.attainment?.toString(),
    ]).toEqual([['3600.00', '1500.00'], '5100.00', '0.6'])
    const counted = calculateCommission(
      { ...head, rates, overlayCountsTowardQuota: true },
      input(deals, { quota: '200000' }),
    )
    // 170,000 reaches the 5 % tier: 6,000 + 2,500
    expect([money(counted.commission), counted.attainment?.toString()]).toEqual(['8500.00', '0.85'])
    // the primary rep keeps the whole deal
    expect(money(calculateCommission({ ...head, rates }, { ...input([deals[1]!]), rep: 'r2' }).base)).toBe(
      '500000.00',
    )
    expect(
      catchError(() =>
        calculateCommission(
          { ...head, rates },
          input([
            sale('x', '10', '2026-06-10', {
              splits: [
                { rep: 'r1', share: '0.5' },
                { rep: 'r3', share: '0.2', overlay: true },
              ],
            }),
          ]),
        ),
      ).issues[0],
    ).toMatchObject({ code: 'commission.splits-total' })
  })

  it('a clawback that reduces attainment can move the rep back below a tier', () => {
    const refund = {
      id: 'R-1',
      type: 'refund' as const,
      date: '2026-06-20',
      amount: '30000',
      original: { id: 'S-04', date: '2026-04-10', amount: '60000', commission: '1800' },
    }
    const rates = {
      kind: 'retroactive' as const,
      tiers: [
        { from: 0, rate: '0.03' },
        { from: 100000, rate: '0.05' },
      ],
    }
    const reverse = calculateCommission(
      { ...head, rates, clawbackDays: 90 },
      input([sale('S-06', '120000'), refund]),
    )
    // default: the sale reaches 5 % (6,000) and half the April commission is reversed (900)
    expect([money(reverse.commission), money(reverse.clawbacks), money(reverse.earnings)]).toEqual([
      '6000.00',
      '-900.00',
      '5100.00',
    ])
    const reduce = calculateCommission(
      { ...head, rates, clawbackDays: 90, clawbackReducesAttainment: true },
      input([sale('S-06', '120000'), refund], { quota: '150000' }),
    )
    // 120,000 − 30,000 = 90,000: below the 100,000 tier, so 3 %: 3,600 − 900
    expect([
      money(reduce.base),
      money(reduce.commission),
      money(reduce.earnings),
      reduce.attainment?.toString(),
    ]).toEqual(['90000.00', '2700.00', '2700.00', '0.6'])
    expect(reduce.lines.map((l) => [l.kind, money(l.commission)])).toEqual([
      ['sale', '3600.00'],
      ['clawback', '-900.00'],
    ])
    expect(explain(reduce)).toContain(
      'R-1 (refund) 71 days after S-04: 30000.00 comes off the commission base and the attainment',
    )
  })

  it('carries the excess over the cap to the next period, and releases it under the cap', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.05' },
      cap: '5000',
      capExcess: 'carry-forward',
    }
    const june = calculateCommission(plan, input([sale('a', '150000')]))
    expect([money(june.commission), money(june.capCarried)]).toEqual(['5000.00', '2500.00'])
    const july = calculateCommission(plan, {
      rep: 'r1',
      period: { start: '2026-07-01', end: '2026-07-31' },
      transactions: [sale('b', '40000', '2026-07-10')],
      priorCapCarry: june.capCarried,
    })
    expect([money(july.commission), money(july.capReleased), money(july.capCarried)]).toEqual([
      '4500.00',
      '2500.00',
      '0.00',
    ])
    expect(
      catchError(() =>
        calculateCommission({ ...plan, capExcess: 'forfeit' }, { ...input([]), priorCapCarry: '1' }),
      ).issues[0],
    ).toMatchObject({ path: ['input', 'priorCapCarry'], code: 'commission.carry-without-plan' })
  })
})

describe('calculateCommissionYear — whole statements explained (gaps a mutation run found)', () => {
  it('quarterly settlement of a retroactive plan over a nine-month year, with a floor and dated adjustments', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: {
        kind: 'retroactive',
        tiers: [
          { from: 0, rate: '0.02' },
          { from: 100000, rate: '0.04' },
        ],
      },
      floor: '500',
    }
    const sale = (n: number, amount: string) => ({ id: `S-${n}`, date: `2026-0${n * 3 - 1}-15`, amount })
    const statements = calculateCommissionYear(plan, {
      rep: 'r',
      year: { start: '2026-01-01', end: '2026-09-30' },
      every: 'quarter',
      transactions: [sale(1, '10000'), sale(2, '60000'), sale(3, '50000')],
      adjustments: [
        { amount: '100', reason: 'Spiff', date: '2026-05-01' },
        { amount: '-20', reason: 'Correction', date: '2026-10-01' },
      ],
    })
    // Q1: 2 % of 10,000 = 200, raised to the floor (the 300 top-up is not recovered later); Q2: 2 % of 70,000 + the May spiff
    // = 1,500 to date, 200 settled: 1,300; Q3: 120,000 reaches 4 % on the whole year: 4,800 + 100 = 4,900, 1,500 settled: 3,400.
    // The October correction is after the year and never counts.
    expect(
      statements.map((s) => [
        s.period.end,
        money(s.yearToDate!.earned),
        money(s.yearToDate!.trueUp),
        money(s.floorAdjustment),
        money(s.payable),
      ]),
    ).toEqual([
      ['2026-03-31', '200.00', '200.00', '300.00', '500.00'],
      ['2026-06-30', '1500.00', '1300.00', '0.00', '1300.00'],
      ['2026-09-30', '4900.00', '3400.00', '0.00', '3400.00'],
    ])
    expect(explain(statements[0]!)).toEqual([
      'S-1 (2026-02-15): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 10000.00',
      'The base reaches the tier from 0.00: 2% on the whole tiered base',
      'S-1: 10000.00 × 2% = 200.00',
      'Year to date: earned 200.00 on a base of 10000.00; 0.00 settled in earlier periods; true-up this period 200.00',
      'Commission 200.00 raised to the floor of 500.00',
      'Payable 500.00; balance carried forward 0.00',
    ])
    expect(explain(statements[2]!)).toEqual([
      'S-1 (2026-02-15): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'S-2 (2026-05-15): credited 60000.00 of 60000.00 (100% share), base 60000.00',
      'S-3 (2026-08-15): credited 50000.00 of 50000.00 (100% share), base 50000.00',
      'Commission base 120000.00',
      'The base reaches the tier from 100000.00: 4% on the whole tiered base',
      'S-1: 10000.00 × 4% = 400.00',
      'S-2: 60000.00 × 4% = 2400.00',
      'S-3: 50000.00 × 4% = 2000.00',
      'Adjustment 100.00: Spiff',
      'Year to date: earned 4900.00 on a base of 120000.00; 1500.00 settled in earlier periods; true-up this period 3400.00',
      'Retroactive plan: the year-to-date base reached the tier from 100000.00 (4%), so the whole year is repriced and the true-up includes the catch-up on earlier periods',
      'Payable 3400.00; balance carried forward 0.00',
    ])
  })

  it('a cap with the excess carried forward, paid out under the cap the next month', () => {
    const plan: CommissionPlanInput = {
      ...head,
      rates: { kind: 'flat', rate: '0.1' },
      cap: '3000',
      capExcess: 'carry-forward',
    }
    const statements = calculateCommissionYear(plan, {
      rep: 'r',
      year: { start: '2026-01-01', end: '2026-03-31' },
      transactions: [
        { id: 'a', date: '2026-01-10', amount: '50000' },
        { id: 'b', date: '2026-02-10', amount: '10000' },
        { id: 'c', date: '2026-03-10', amount: '0.01' },
      ],
    })
    // January earns 5,000: 3,000 paid, 2,000 carried; February earns 1,000 more: 1,000 + 2,000 released = 3,000 (the cap)
    expect(
      statements.map((s) => [
        money(s.payable),
        money(s.capAdjustment),
        money(s.capReleased),
        money(s.capCarried),
      ]),
    ).toEqual([
      ['3000.00', '-2000.00', '0.00', '2000.00'],
      ['3000.00', '0.00', '2000.00', '0.00'],
      ['0.00', '0.00', '0.00', '0.00'],
    ])
    expect(explain(statements[0]!).slice(-2)).toEqual(
      [
        'a (2026-01-10): credited 50000.00 of 50000.00 (100% share), base 50000.00',
        'Commission base 50000.00',
        'a: 50000.00 × 10% = 5000.00',
        'Year to date: earned 5000.00 on a base of 50000.00; 0.00 settled in earlier periods; true-up this period 5000.00',
        'Commission 5000.00 capped at 3000.00; the excess is carried forward (2000.00 carried)',
        'Payable 3000.00; balance carried forward 0.00',
      ].slice(-2),
    )
    expect(explain(statements[1]!)).toEqual([
      'a (2026-01-10): credited 50000.00 of 50000.00 (100% share), base 50000.00',
      'b (2026-02-10): credited 10000.00 of 10000.00 (100% share), base 10000.00',
      'Commission base 60000.00',
      'a: 50000.00 × 10% = 5000.00',
      'b: 10000.00 × 10% = 1000.00',
      'Year to date: earned 6000.00 on a base of 60000.00; 5000.00 settled in earlier periods; true-up this period 1000.00',
      '2000.00 carried from earlier periods is paid under the cap; 0.00 still carried',
      'Payable 3000.00; balance carried forward 0.00',
    ])
  })
})

describe('calculateCommissionYear — a single plan must be in force on every day it settles', () => {
  const flat: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.03' } }
  const refusal = (plan: CommissionPlanInput, extra: Partial<CommissionYearInput> = {}) => {
    const error = catchError(() => calculateCommissionYear(plan, yearInput(extra)))
    return [error.code, error.issues[0]?.path, error.issues[0]?.params?.date]
  }

  it('refuses a calendar year under a plan in force from 1 April, naming 1 January', () => {
    expect(refusal({ ...flat, effectiveFrom: '2026-04-01' })).toEqual([
      'NO_POLICY_IN_FORCE',
      ['input', 'year'],
      '2026-01-01',
    ])
  })

  it('settles a plan year that starts on the plan’s first day: April 2026 to March 2027', () => {
    const plan = { ...flat, effectiveFrom: '2026-04-01' }
    const statements = calculateCommissionYear(plan, {
      ...yearInput({ year: { start: '2026-04-01', end: '2027-03-31' }, through: '2026-04-30' }),
    })
    // only April settles: the 15 April sale of 50,000 × 3 % = 1,500
    expect(statements.map((s) => [s.period.start, money(s.payable)])).toEqual([['2026-04-01', '1500.00']])
  })

  it('a plan ending 30 June settles through June, and refuses July naming 1 July', () => {
    const plan = { ...flat, effectiveTo: '2026-06-30' }
    // January to June: (100,000 + 150,000 + 100,000 + 3 × 50,000) × 3 % = 500,000 × 3 % = 15,000
    const toJune = calculateCommissionYear(plan, yearInput({ through: '2026-06-30' }))
    expect(money(toJune.at(-1)!.yearToDate!.earned)).toBe('15000.00')
    // through 1 July settles all of July, a month the plan does not cover
    expect(refusal(plan, { through: '2026-07-01' })).toEqual([
      'NO_POLICY_IN_FORCE',
      ['input', 'year'],
      '2026-07-01',
    ])
    // no `through`: the whole year
    expect(refusal(plan)).toEqual(['NO_POLICY_IN_FORCE', ['input', 'year'], '2026-07-01'])
  })

  it('quarterly settlement: through 15 June settles the whole second quarter, covered by a plan ending 30 June', () => {
    const plan = { ...flat, effectiveTo: '2026-06-30' }
    const statements = calculateCommissionYear(plan, yearInput({ every: 'quarter', through: '2026-06-15' }))
    expect(statements.map((s) => s.period.end)).toEqual(['2026-03-31', '2026-06-30'])
    // a plan ending 29 June cannot settle that quarter: its 30 June is not covered
    expect(
      refusal({ ...flat, effectiveTo: '2026-06-29' }, { every: 'quarter', through: '2026-06-15' }),
    ).toEqual(['NO_POLICY_IN_FORCE', ['input', 'year'], '2026-06-30'])
  })
})
