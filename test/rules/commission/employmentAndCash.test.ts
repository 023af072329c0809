// Issue #25: the five situations a compensation analyst checks first (cash basis and write-offs, a mid-year
// hire settled year to date, bonuses outside employment, leavers and their tail, draws and clawbacks) and
// the order-independent accelerator. The practitioner's figure is worked out in each comment first.
import { describe, expect, it } from 'vitest'
import {
  calculateCommission,
  calculateCommissionYear,
  compileCommissionPlan,
  explain,
} from '../../../src/index'
import type { CommissionPlanInput } from '../../../src/index'
import { head, input, money, sale } from '../../fixtures/commission'

const year = { start: '2026-01-01', end: '2026-12-31' }
const march = { start: '2026-03-01', end: '2026-03-31' }
const april = { start: '2026-04-01', end: '2026-04-30' }

describe('cash basis (回款): a reversal takes back only commission earned on the sale', () => {
  // 5 % on payment; a 100,000 sale in March, 30,000 collected in March: 30,000 × 5 % = 1,500 earned.
  const plan: CommissionPlanInput = {
    ...head,
    rates: { kind: 'flat', rate: '0.05' },
    recognition: 'payment',
    clawbackDays: 365,
  }
  const s1 = sale('s1', '100000', '2026-03-10')
  const paid = { transactionId: 's1', date: '2026-03-20', amount: '30000' }
  const reversal = (type: 'write-off' | 'refund' | 'cancellation', amount: string, commission = '1500') => ({
    id: `${type}-${amount}`,
    type,
    date: '2026-04-15',
    amount,
    original: { id: 's1', date: '2026-03-10', amount: '100000', commission },
  })

  it('earns 1,500 on 30,000 collected; writing off the unpaid 70,000 claws back 0, not 3,500', () => {
    const marchStatement = calculateCommission(plan, {
      rep: 'r1',
      period: march,
      transactions: [s1],
      payments: [paid],
    })
    expect(money(marchStatement.commission)).toBe('1500.00') // 30,000 × 5 %
    // the caller even says 5,000 (5 % of the whole sale): 70,000 was never collected, so it earned nothing
    for (const commission of ['1500', '5000']) {
      const s = calculateCommission(plan, {
        rep: 'r1',
        period: april,
        transactions: [s1, reversal('write-off', '70000', commission)],
        payments: [paid],
      })
      expect([money(s.clawbacks), money(s.payable), money(s.balance)]).toEqual(['0.00', '0.00', '0.00'])
      expect(s.reversals.map((r) => [r.outcome, money(r.reversedCredit), money(r.clawedBack)])).toEqual([
        ['nothing-earned', '0.00', '0.00'],
      ])
      expect(explain(s)).toContain(
        'write-off-70000 (write-off) of 70000.00: 70000.00 of s1 was never collected and earned no commission, so 0.00 of it reverses commission',
      )
    }
  })

  it('a refund of collected cash reverses commission on it; cancelling the whole sale reverses all 1,500', () => {
    const april_ = (tx: object) =>
      calculateCommission(plan, {
        rep: 'r1',
        period: april,
        transactions: [s1, tx as never],
        payments: [paid],
      })
    // 10,000 of the 30,000 collected refunded: 1,500 × 10,000 ÷ 30,000 = 500
    expect(money(april_(reversal('refund', '10000')).clawbacks)).toBe('-500.00')
    // cancelling 100,000: the first 70,000 is the uncollected part; 30,000 reverses 1,500 × 30,000 ÷ 30,000
    expect(money(april_(reversal('cancellation', '100000')).clawbacks)).toBe('-1500.00')
    // original.collected stands in for the payment history: 30,000 collected, write-off of 70,000 → 0
    const told = calculateCommission(plan, {
      rep: 'r1',
      period: april,
      transactions: [
        {
          ...reversal('write-off', '70000'),
          original: { ...reversal('write-off', '70000').original, collected: '30000' },
        },
      ],
    })
    expect(money(told.clawbacks)).toBe('0.00')
  })

  it('says what a single statement needs: the cash collected before the reversal', () => {
    expect(() =>
      calculateCommission(plan, { rep: 'r1', period: april, transactions: [reversal('write-off', '70000')] }),
    ).toThrowError(/needs the cash collected on s1: give original.collected or its payments/)
  })

  it('year to date derives the commission earned from the payment history, whatever the caller says', () => {
    // March pays 1,500; April's write-off of the unpaid 70,000 reverses 0 (the caller's 5,000 is not trusted)
    const months = calculateCommissionYear(plan, {
      rep: 'r1',
      year,
      transactions: [s1, reversal('write-off', '70000', '5000')],
      payments: [paid],
      through: '2026-04-30',
    })
    expect(months.slice(2).map((m) => [money(m.payable), money(m.clawbacks), money(m.balance)])).toEqual([
      ['1500.00', '0.00', '0.00'],
      ['0.00', '0.00', '0.00'],
    ])
    // a refund of 12,000 of the collected cash: 1,500 × 12,000 ÷ 30,000 = 600; lifetime 1,500 − 600 = 900
    const refunded = calculateCommissionYear(plan, {
      rep: 'r1',
      year,
      transactions: [s1, reversal('refund', '12000', '5000')],
      payments: [paid],
      through: '2026-04-30',
    })
    expect(money(refunded[3]!.clawbacks)).toBe('-600.00')
    expect(explain(refunded[3]!)).toContain(
      'refund-12000: commission earned on s1 up to 2026-04-15, from the year’s own lines: 1500.00'.replace(
        '’',
        "'",
      ),
    )
  })

  it('never takes back more than was earned on the sale, over several reversals', () => {
    // two refunds of 20,000 each against 30,000 collected: 1,000 then only the 500 left
    const s = calculateCommission(plan, {
      rep: 'r1',
      period: april,
      transactions: [
        s1,
        { ...reversal('refund', '20000'), id: 'ra' },
        { ...reversal('refund', '20000'), id: 'rb' },
      ],
      payments: [paid],
    })
    expect(s.lines.map((l) => [l.transactionId, money(l.commission)])).toEqual([
      ['ra', '-1000.00'],
      ['rb', '-500.00'],
    ])
  })
})

describe('a mid-year hire settled year to date', () => {
  // hired 1 July; annual quota 1,200,000; retroactive tiers on annual attainment: 2 %, 3 % from 50 %, 5 % from 150 %.
  // 1 July – 31 December is 184 of 365 days: 1,200,000 × 184 ÷ 365 = 604,931.51 (604,931.5068…).
  // 600,000 sold in July: 600,000 ÷ 604,931.51 = 99.2 % → 3 % on all of it = 18,000, the rate the year ends at.
  const plan: CommissionPlanInput = {
    ...head,
    rates: {
      kind: 'retroactive',
      basis: 'attainment',
      tiers: [
        { from: 0, rate: '0.02' },
        { from: '0.5', rate: '0.03' },
        { from: '1.5', rate: '0.05' },
      ],
    },
  }
  const hire = {
    rep: 'r1',
    year,
    quota: '1200000',
    employment: { start: '2026-07-01' },
    transactions: [sale('big', '600000', '2026-07-15')],
  }

  it('prorates the annual quota once by the share of the year employed: July pays 18,000, December reverses nothing', () => {
    const months = calculateCommissionYear(plan, hire)
    expect(months.map((m) => money(m.quota!))).toEqual(Array(12).fill('604931.51'))
    expect(months.map((m) => money(m.payable))).toEqual([
      ...Array(6).fill('0.00'),
      '18000.00',
      ...Array(5).fill('0.00'),
    ])
    expect([money(months[11]!.yearToDate!.earned), money(months[11]!.balance)]).toEqual(['18000.00', '0.00'])
    expect(explain(months[6]!)[0]).toBe(
      "Employed 184 of the plan year's 365 days: attainment is measured against the annual quota prorated once, 604931.51",
    )
  })

  it('a plan measured against a quota to date counts days employed, never days elapsed', () => {
    // July: 1,200,000 × 31 ÷ 365 = 101,917.81 (not 1,200,000 × 31 ÷ 212 = 175,471.70): 589 % → 5 % = 30,000.
    // October: 123 days → 404,383.56: 148.4 % → 3 % = 18,000, a true-up of −12,000 owed; December: 604,931.51.
    const months = calculateCommissionYear({ ...plan, yearToDateQuota: 'to-date' }, hire)
    expect([money(months[6]!.quota!), money(months[6]!.payable)]).toEqual(['101917.81', '30000.00'])
    expect([money(months[9]!.quota!), money(months[9]!.yearToDate!.trueUp)]).toEqual([
      '404383.56',
      '-12000.00',
    ])
    expect([money(months[11]!.quota!), money(months[11]!.balance)]).toEqual(['604931.51', '12000.00'])
  })
})

describe('no credit and no bonus outside employment', () => {
  const plan: CommissionPlanInput = {
    ...head,
    rates: { kind: 'flat', rate: '0.03' },
    bonuses: [{ id: 'rev', label: 'Revenue', measure: 'revenue', target: '200000', amount: '2000' }],
  }

  it('a rep hired on 1 July is paid no June bonus, and a June deal is not credited', () => {
    // June is wholly before the hire: the prorated target would be 0, and "0 reaches 0" must not pay 2,000
    const empty = calculateCommission(plan, input([], { employment: { start: '2026-07-01' } }))
    expect([empty.bonuses[0]!.met, money(empty.bonuses[0]!.amount), money(empty.payable)]).toEqual([
      false,
      '0.00',
      '0.00',
    ])
    expect(explain(empty)).toContain('Revenue: not employed during the period: no bonus')
    const early = calculateCommission(
      plan,
      input([sale('t', '250000')], { employment: { start: '2026-07-01' } }),
    )
    expect([money(early.base), money(early.payable)]).toEqual(['0.00', '0.00'])
    expect(explain(early)[0]).toBe(
      't (2026-06-10) falls outside the employment dates (2026-07-01 to —): not credited',
    )
  })
})

describe('leavers: credit stops at the end date, unless the plan grants a tail', () => {
  // left 15 June; 10,000 on 10 June and 20,000 on 25 June at 3 %
  const deals = [sale('in', '10000', '2026-06-10'), sale('after', '20000', '2026-06-25')]
  const flat: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.03' } }

  it('credits only the deal before leaving: 10,000 × 3 % = 300', () => {
    const s = calculateCommission(flat, input(deals, { employment: { end: '2026-06-15' } }))
    expect([money(s.base), money(s.commission)]).toEqual(['10000.00', '300.00'])
  })

  it('a 10-day tail reaches 25 June (30,000 × 3 % = 900); a 9-day tail does not', () => {
    const ten = calculateCommission(flat, input(deals, { employment: { end: '2026-06-15', tailDays: 10 } }))
    expect(money(ten.commission)).toBe('900.00')
    expect(explain(ten)).toContain(
      'after (2026-06-25) falls within the 10-day tail after leaving on 2026-06-15: credited',
    )
    const nine = calculateCommission(flat, input(deals, { employment: { end: '2026-06-15', tailDays: 9 } }))
    expect(money(nine.commission)).toBe('300.00')
  })
})

describe('a draw never forgives a clawback', () => {
  // 5 %, a non-recoverable draw of 2,000; a 60,000 May sale (3,000 commission) refunded in full in June.
  const plan: CommissionPlanInput = {
    ...head,
    rates: { kind: 'flat', rate: '0.05' },
    clawbackDays: 90,
    draw: { amount: '2000', recoverable: false },
  }
  const refund = {
    id: 'R',
    type: 'refund' as const,
    date: '2026-06-20',
    amount: '60000',
    original: { id: 'may', date: '2026-05-20', amount: '60000', commission: '3000' },
  }

  it('June pays the draw and owes the 3,000 clawback; July earns 5,000, recovers 3,000 and pays 2,000', () => {
    // June: earnings 0 < draw → 2,000 paid (not owed back); the clawback of 3,000 is owed.
    const june = calculateCommission(plan, input([refund]))
    expect([
      money(june.payable),
      money(june.clawbacks),
      money(june.clawbackBalance),
      money(june.balance),
    ]).toEqual(['2000.00', '-3000.00', '3000.00', '3000.00'])
    // July: 100,000 × 5 % = 5,000; 3,000 recovered → 2,000 paid. Two months: 2,000 + 2,000 = 4,000
    // (earned 5,000 − 3,000 = 2,000, plus June's guaranteed 2,000), not the 7,000 that forgave the clawback.
    const july = calculateCommission(plan, {
      ...input([sale('t', '100000', '2026-07-10')]),
      period: { start: '2026-07-01', end: '2026-07-31' },
      priorBalance: june.balance,
      priorClawbackBalance: june.clawbackBalance,
    })
    expect([money(july.payable), money(july.recovered), money(july.balance)]).toEqual([
      '2000.00',
      '3000.00',
      '0.00',
    ])
  })

  it('the same two months on a year-to-date settlement', () => {
    const months = calculateCommissionYear(plan, {
      rep: 'r1',
      year,
      transactions: [
        { ...refund, original: { ...refund.original } },
        sale('may', '60000', '2026-05-20'),
        sale('t', '100000', '2026-07-10'),
      ],
      through: '2026-07-31',
    })
    // May earns 3,000 (pays 3,000); June 0 → the draw 2,000, clawback 3,000 owed; July 5,000 − 3,000 = 2,000
    expect(months.slice(4).map((m) => [money(m.payable), money(m.clawbackBalance)])).toEqual([
      ['3000.00', '0.00'],
      ['2000.00', '3000.00'],
      ['2000.00', '0.00'],
    ])
  })

  it('rejects a clawback balance larger than the balance owed', () => {
    expect(() =>
      calculateCommission(plan, input([], { priorBalance: '100', priorClawbackBalance: '200' })),
    ).toThrowError(/clawback balance is more than the balance owed/)
  })
})

describe('accelerators do not depend on the order of the deals', () => {
  // 5 %, quota 100,000, ×1.5 from 100 %: deals of 80,000, 40,000 and 30,000 (150,000).
  const deals = (amounts: string[]) => amounts.map((a, i) => sale(`d${a}`, a, `2026-06-0${i + 1}`))
  const plan = (crossing?: 'split' | 'next-deal'): CommissionPlanInput => ({
    ...head,
    rates: { kind: 'flat', rate: '0.05' },
    accelerator: { fromAttainment: '1', multiplier: '1.5', ...(crossing ? { crossing } : {}) },
  })
  const orders = [
    ['80000', '40000', '30000'],
    ['30000', '40000', '80000'],
    ['40000', '80000', '30000'],
  ]

  it('splits the crossing deal by default: 100,000 × 5 % + 50,000 × 7.5 % = 8,750 in any order', () => {
    for (const order of orders)
      expect(money(calculateCommission(plan(), input(deals(order), { quota: '100000' })).commission)).toBe(
        '8750.00',
      )
  })

  it('the old next-deal convention, kept as an option, gives 8,250 or 7,500 by order', () => {
    // 80k, 40k, 30k: only the 30k deal closes past 100 % → 7,500 + 30,000 × 5 % × 0.5 = 8,250
    // 30k, 40k, 80k: no deal closes past 100 % → 7,500
    const figures = orders
      .slice(0, 2)
      .map((order) =>
        money(calculateCommission(plan('next-deal'), input(deals(order), { quota: '100000' })).commission),
      )
    expect(figures).toEqual(['8250.00', '7500.00'])
  })
})

describe('currency', () => {
  const plan: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.03' } }

  it('converts a USD sale at the input’s rate (1 USD = 7.1 CNY): 1,000 USD → 7,100 CNY → 213 at 3 %', () => {
    const s = calculateCommission(
      plan,
      input([sale('usd', '1000', '2026-06-10', { currency: 'USD' })], {
        exchangeRates: { USD: '7.1' },
        adjustments: [{ amount: '-10', reason: 'Fee', currency: 'USD' }], // −71 CNY
      }),
    )
    expect([money(s.base), money(s.commission), money(s.adjustments), money(s.payable)]).toEqual([
      '7100.00',
      '213.00',
      '-71.00',
      '142.00',
    ])
    expect(explain(s)[0]).toBe('usd: 1000 USD × 7.1 = 7100.00 CNY')
  })

  it('rejects an amount in another currency without a rate, with its path', () => {
    expect(() =>
      calculateCommission(plan, input([sale('usd', '1000', '2026-06-10', { currency: 'USD' })])),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [
          expect.objectContaining({
            code: 'commission.currency',
            path: ['input', 'transactions', 0, 'currency'],
          }),
        ],
      }),
    )
    // the plan's own currency needs no rate
    expect(
      money(
        calculateCommission(plan, input([sale('cny', '1000', '2026-06-10', { currency: 'CNY' })])).commission,
      ),
    ).toBe('30.00')
  })

  it('converts payments on a payment plan: 500 USD collected of a 1,000 USD sale → 3,550 CNY → 106.50', () => {
    const s = calculateCommission(
      { ...plan, recognition: 'payment' },
      input([sale('usd', '1000', '2026-05-10', { currency: 'USD' })], {
        exchangeRates: { USD: '7.1' },
        payments: [{ transactionId: 'usd', date: '2026-06-05', amount: '500', currency: 'USD' }],
      }),
    )
    expect([money(s.base), money(s.commission)]).toEqual(['3550.00', '106.50'])
  })
})

describe('caps in attainment terms, and an annual cap honoured year to date', () => {
  it('caps at 200 % of quota: 250,000 on a 100,000 quota at 5 % pays 200,000 × 5 % = 10,000, not 12,500', () => {
    const s = calculateCommission(
      { ...head, rates: { kind: 'flat', rate: '0.05' }, capAttainment: '2' },
      input([sale('t', '250000')], { quota: '100000' }),
    )
    expect([money(s.commission), money(s.capAdjustment)]).toEqual(['10000.00', '-2500.00'])
    expect(explain(s)).toContain(
      'Attainment 250% is above the cap of 200%: commission is capped at what a base of 200000.00 earns, 10000.00',
    )
  })

  it('on marginal attainment tiers: capped at 150 %, 200,000 pays 100,000 × 3 % + 50,000 × 5 % = 5,500, not 8,000', () => {
    const s = calculateCommission(
      {
        ...head,
        rates: {
          kind: 'marginal',
          basis: 'attainment',
          tiers: [
            { from: 0, rate: '0.03' },
            { from: 1, rate: '0.05' },
          ],
        },
        capAttainment: '1.5',
      },
      input([sale('t', '200000')], { quota: '100000' }),
    )
    expect(money(s.commission)).toBe('5500.00')
  })

  it('an annual cap of 10,000: 2,500 a month is paid January to April, nothing after', () => {
    // 50,000 a month at 5 % = 2,500; the year's commission reaches 10,000 in April
    const months = calculateCommissionYear(
      { ...head, rates: { kind: 'flat', rate: '0.05' }, annualCap: '10000' },
      {
        rep: 'r1',
        year,
        transactions: Array.from({ length: 12 }, (_, m) =>
          sale(`m${m}`, '50000', `2026-${String(m + 1).padStart(2, '0')}-10`),
        ),
      },
    )
    expect(months.map((m) => money(m.payable))).toEqual([
      ...Array(4).fill('2500.00'),
      ...Array(8).fill('0.00'),
    ])
    expect(months.reduce((s, m) => s + Number(m.payable), 0)).toBe(10000)
  })

  it('an attainment cap applies to the year-to-date attainment: capped at 100 % of 1,200,000 at 5 % = 60,000', () => {
    // 150,000 a month: the year reaches 1,200,000 in August; September on pays nothing
    const months = calculateCommissionYear(
      { ...head, rates: { kind: 'flat', rate: '0.05' }, capAttainment: '1' },
      {
        rep: 'r1',
        year,
        quota: '1200000',
        transactions: Array.from({ length: 12 }, (_, m) =>
          sale(`m${m}`, '150000', `2026-${String(m + 1).padStart(2, '0')}-10`),
        ),
      },
    )
    expect(months.map((m) => money(m.payable))).toEqual([
      ...Array(8).fill('7500.00'),
      ...Array(4).fill('0.00'),
    ])
  })
})

describe('the compiled totals agree with the statement on the new rules', () => {
  it('an annual cap or an attainment cap leaves the integer path, with the same figures', () => {
    for (const extra of [{ annualCap: '100' }, { capAttainment: '1' }]) {
      const evaluator = compileCommissionPlan({ ...head, rates: { kind: 'flat', rate: '0.05' }, ...extra })
      const statement = input([sale('t', '250000')], { quota: '100000' })
      const totals = evaluator.totals(statement)
      expect([totals.fastPath, money(totals.commission)]).toEqual([
        false,
        money(evaluator.calculate(statement).commission),
      ])
    }
  })
})

describe('cases from a check of the packed package against docs/commission.md', () => {
  const flat: CommissionPlanInput = { ...head, rates: { kind: 'flat', rate: '0.03' } }
  const deals = [sale('a', '10000', '2026-06-15'), sale('b', '20000', '2026-06-16')]

  it('employment dates are inclusive: a deal on the last day counts, on the first day too', () => {
    // left 15 June: 10,000 × 3 % = 300; a 1-day tail adds 16 June: 30,000 × 3 % = 900; hired 16 June: 600
    const pay = (employment: object) =>
      money(calculateCommission(flat, input(deals, { employment })).commission)
    expect([
      pay({ end: '2026-06-15' }),
      pay({ end: '2026-06-15', tailDays: 1 }),
      pay({ start: '2026-06-16' }),
    ]).toEqual(['300.00', '900.00', '600.00'])
  })

  it('a rep employed one day of June: the revenue target is 200,000 × 1 ÷ 30 = 6,666.67', () => {
    const s = calculateCommission(
      { ...flat, bonuses: [{ id: 'b', label: 'B', measure: 'revenue', target: '200000', amount: '2000' }] },
      input([sale('t', '7000', '2026-06-30')], { employment: { start: '2026-06-30' } }),
    )
    expect([money(s.bonuses[0]!.target), s.bonuses[0]!.met]).toEqual(['6666.67', true])
  })

  it('a sale ledger on payment: 100,000 at 5 %, half collected in January and half in March', () => {
    const months = calculateCommissionYear(
      { ...head, rates: { kind: 'flat', rate: '0.05' }, recognition: 'payment' },
      {
        rep: 'r1',
        year,
        through: '2026-03-31',
        transactions: [sale('s', '100000', '2026-01-05')],
        payments: [
          { transactionId: 's', date: '2026-01-20', amount: '50000' },
          { transactionId: 's', date: '2026-03-20', amount: '50000' },
        ],
      },
    )
    expect(months.map((m) => money(m.payable))).toEqual(['2500.00', '0.00', '2500.00'])
  })

  it('a ledger refund on booking takes back half of the 3,000 earned, whatever the caller claims', () => {
    const months = calculateCommissionYear(
      { ...flat, clawbackDays: 90 },
      {
        rep: 'r1',
        year,
        through: '2026-02-28',
        transactions: [
          sale('s', '100000', '2026-01-05'),
          {
            id: 'R',
            type: 'refund',
            date: '2026-02-05',
            amount: '50000',
            original: { id: 's', date: '2026-01-05', amount: '100000', commission: '99999' },
          },
        ],
      },
    )
    // January 3,000; February −1,500, owed (nothing else earned)
    expect([money(months[0]!.payable), money(months[1]!.payable), money(months[1]!.clawbackBalance)]).toEqual(
      ['3000.00', '0.00', '1500.00'],
    )
  })
})

describe('a year continued from elsewhere', () => {
  it('rejects a clawback balance larger than the balance owed, with its path', () => {
    expect(() =>
      calculateCommissionYear(
        { ...head, rates: { kind: 'flat', rate: '0.05' } },
        {
          rep: 'r1',
          year,
          previous: { through: '2026-03-31', settled: '0', balance: '100', clawbackBalance: '200' },
        },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'commission.clawback-balance',
            path: ['input', 'previous', 'clawbackBalance'],
          }),
        ],
      }),
    )
  })
})
