import { describe, expect, it } from 'vitest'
import { Dec } from '../../../../src/index'
import { classifyReversal, reversalStage } from '../../../../src/rules/commission/_lib/reversals'
import { contextOf } from '../../../fixtures/commissionStages'

const original = { id: 's', date: '2026-05-10', amount: '100000', commission: '1500' }
const reversal = (type: 'refund' | 'cancellation' | 'write-off', amount: string, extra: object = {}) => ({
  id: `${type}`,
  type,
  date: '2026-06-15',
  amount,
  original: { ...original, ...extra },
})

describe('stage 5: reversals and clawbacks', () => {
  it('on payment, a write-off first takes the uncollected part: 70,000 of a sale 30,000 collected reverses 0', () => {
    const { context } = contextOf(
      { recognition: 'payment', clawbackDays: 90 },
      { transactions: [reversal('write-off', '70000', { collected: '30000' })] },
    )
    const r = classifyReversal(context, context.input.transactions[0]!)
    expect([
      r?.outcome,
      r?.reversedCredit.toFixed(2),
      r?.creditBasis.toFixed(2),
      r?.uncollected?.toFixed(2),
    ]).toEqual(['in-window', '0.00', '30000.00', '70000.00'])
    expect(reversalStage(context, []).clawbacks.toFixed(2)).toBe('0.00')
  })

  it('on booking, reverses in proportion: 50,000 of 100,000 → 750 of 1,500; never more than is left', () => {
    const { context } = contextOf(
      { clawbackDays: 90 },
      { transactions: [reversal('refund', '50000'), { ...reversal('refund', '80000'), id: 'again' }] },
    )
    const { lines, reversals } = reversalStage(context, [])
    // 'again' (80,000 → 1,200) is limited to the 750 left of the 1,500
    expect(lines.map((l) => [l.transactionId, l.commission.toFixed(2)])).toEqual([
      ['again', '-1200.00'],
      ['refund', '-300.00'],
    ])
    expect(reversals.map((r) => r.clawedBack.toFixed(2))).toEqual(['1200.00', '300.00'])
  })

  it('a ledger derives the commission earned from the sale’s own lines', () => {
    const { context } = contextOf(
      { clawbackDays: 90 },
      { transactions: [{ id: 's', date: '2026-06-01', amount: '100000' }, reversal('refund', '100000')] },
      { ledger: true },
    )
    const saleLine = {
      transactionId: 's',
      kind: 'sale' as const,
      date: '2026-06-01',
      credited: new Dec(100000),
      share: new Dec(1),
      base: new Dec(100000),
      rate: new Dec('0.03'),
      tier: null,
      commission: new Dec(3000),
    }
    expect(reversalStage(context, [saleLine]).clawbacks.toFixed(2)).toBe('-3000.00') // not the caller's 1,500
  })

  it('lists a refund under a plan with no clawback, and one past the window', () => {
    const none = contextOf({}, { transactions: [reversal('refund', '1000')] }).context
    const late = contextOf({ clawbackDays: 30 }, { transactions: [reversal('refund', '1000')] }).context
    expect([
      reversalStage(none, []).reversals[0]?.outcome,
      reversalStage(late, []).reversals[0]?.outcome,
    ]).toEqual(['no-clawback', 'past-window'])
  })
})
