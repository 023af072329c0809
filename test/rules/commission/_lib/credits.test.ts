import { describe, expect, it } from 'vitest'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { contextOf } from '../../../fixtures/commissionStages'

const sale = (id: string, amount: string, date: string, extra: object = {}) => ({
  id,
  amount,
  date,
  ...extra,
})

describe('stage 1: creditStage', () => {
  it('splits 40/60 of 10,000.01 into 4,000.00 and 6,000.01 (the odd cent to the larger remainder)', () => {
    const splits = [
      { rep: 'r1', share: '0.4' },
      { rep: 'r2', share: '0.6' },
    ]
    const tx = [sale('t', '10000.01', '2026-06-10', { splits })]
    const mine = creditStage(contextOf({}, { transactions: tx }).context).credits
    const theirs = creditStage(contextOf({}, { rep: 'r2', transactions: tx }).context).credits
    expect([mine[0]?.credited.toFixed(2), theirs[0]?.credited.toFixed(2)]).toEqual(['4000.00', '6000.01'])
  })

  it('credits nothing before the hire or after leaving, except within the tail', () => {
    const tx = [
      sale('a', '100', '2026-06-05'),
      sale('b', '200', '2026-06-20'),
      sale('c', '300', '2026-06-28'),
    ]
    const ids = (employment: object) =>
      creditStage(contextOf({}, { transactions: tx, employment }).context).credits.map((c) => c.tx.id)
    expect(ids({ start: '2026-06-10' })).toEqual(['b', 'c'])
    expect(ids({ end: '2026-06-20' })).toEqual(['a', 'b'])
    expect(ids({ end: '2026-06-20', tailDays: 8 })).toEqual(['a', 'b', 'c']) // 20 June + 8 = 28 June
    expect(ids({ end: '2026-06-20', tailDays: 7 })).toEqual(['a', 'b'])
  })

  it('on payment, credits the cash collected in the period, dated by the payment', () => {
    const { credits } = creditStage(
      contextOf(
        { recognition: 'payment' },
        {
          transactions: [sale('s', '100000', '2026-05-20')],
          payments: [
            { transactionId: 's', date: '2026-05-25', amount: '10000' },
            { transactionId: 's', date: '2026-06-05', amount: '30000' },
          ],
        },
      ).context,
    )
    expect(credits.map((c) => [c.kind, c.date, c.base.toFixed(2)])).toEqual([
      ['payment', '2026-06-05', '30000.00'],
    ])
  })
})
