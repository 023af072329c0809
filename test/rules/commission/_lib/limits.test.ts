import { describe, expect, it } from 'vitest'
import { baseStage } from '../../../../src/rules/commission/_lib/bases'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { limitStage } from '../../../../src/rules/commission/_lib/limits'
import { tierStage } from '../../../../src/rules/commission/_lib/tiers'
import { contextOf } from '../../../fixtures/commissionStages'

const limited = (plan: object, amount: string, extra: object = {}) => {
  const { context } = contextOf(plan, { transactions: [{ id: 't', date: '2026-06-10', amount }], ...extra })
  const { credits } = creditStage(context)
  return limitStage(context, credits, baseStage(context, credits).bases, tierStage(context, credits).priced)
    .limited
}

describe('stage 4: limitStage', () => {
  it('caps 12,000 at 5,000 (−7,000), or carries the 7,000 forward', () => {
    const forfeit = limited({ cap: '5000' }, '400000')
    expect([
      forfeit.commission.toFixed(2),
      forfeit.capAdjustment.toFixed(2),
      forfeit.capCarried.toFixed(2),
    ]).toEqual(['5000.00', '-7000.00', '0.00'])
    const carried = limited({ cap: '5000', capExcess: 'carry-forward' }, '400000')
    expect(carried.capCarried.toFixed(2)).toBe('7000.00')
  })

  it('releases carried commission under the cap: 1,000 earned, 7,000 carried, cap 5,000 → 4,000 released', () => {
    const s = limited({ cap: '5000', capExcess: 'carry-forward' }, '33333.33', { priorCapCarry: '7000' })
    expect([s.commission.toFixed(2), s.capReleased.toFixed(2), s.capCarried.toFixed(2)]).toEqual([
      '5000.00',
      '4000.00',
      '3000.00',
    ])
  })

  it('pays nothing below the gate, and the floor only above it', () => {
    const gated = limited({ gate: { minBase: '100000' }, floor: '1000' }, '90000')
    expect([gated.gated, gated.commission.toFixed(2), gated.lines[0]?.commission.toFixed(2)]).toEqual([
      true,
      '0.00',
      '0.00',
    ])
    expect(limited({ floor: '1000' }, '10000').floorAdjustment.toFixed(2)).toBe('700.00') // 300 → 1,000
  })
})
