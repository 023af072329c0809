import { describe, expect, it } from 'vitest'
import { baseStage } from '../../../../src/rules/commission/_lib/bases'
import { bonusStage } from '../../../../src/rules/commission/_lib/bonuses'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { contextOf } from '../../../fixtures/commissionStages'

const plan = {
  bonuses: [{ id: 'rev', label: 'Revenue', measure: 'revenue' as const, target: '200000', amount: '2000' }],
}
const bonus = (input: object) => {
  const { context } = contextOf(plan, input)
  const { credits } = creditStage(context)
  return bonusStage(context, credits, baseStage(context, credits).bases).bonuses[0]!
}

describe('stage 6: bonusStage', () => {
  it('prorates a revenue target: 200,000 × 15 ÷ 30 = 100,000, met by 120,000', () => {
    const b = bonus({
      employment: { start: '2026-06-16' },
      transactions: [{ id: 't', date: '2026-06-20', amount: '120000' }],
    })
    expect([b.target.toFixed(2), b.met, b.amount.toFixed(2)]).toEqual(['100000.00', true, '2000.00'])
  })

  it('pays nothing for a period wholly outside employment (the prorated target is 0)', () => {
    const b = bonus({ employment: { start: '2026-07-01' } })
    expect([b.met, b.amount.toFixed(2)]).toEqual([false, '0.00'])
  })
})
