import { describe, expect, it } from 'vitest'
import { acceleratorStage } from '../../../../src/rules/commission/_lib/accelerator'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { tierStage } from '../../../../src/rules/commission/_lib/tiers'
import { contextOf } from '../../../fixtures/commissionStages'

const run = (crossing: 'split' | 'next-deal', amounts: string[]) => {
  const { context } = contextOf(
    {
      rates: { kind: 'flat', rate: '0.05' },
      accelerator: { fromAttainment: '1', multiplier: '1.5', crossing },
    },
    {
      quota: '100000',
      transactions: amounts.map((amount, i) => ({ id: `d${i}`, date: `2026-06-0${i + 1}`, amount })),
    },
  )
  const { credits } = creditStage(context)
  return acceleratorStage(context, credits, tierStage(context, credits).priced).priced.commission.map((c) =>
    c.toFixed(2),
  )
}

describe('stage 3b: acceleratorStage', () => {
  it('split: 80,000 + 40,000 + 30,000 on a 100,000 quota — 20,000 of the second deal and all of the third above it', () => {
    // 4,000; 2,000 + 20,000 × 5 % × 0.5 = 2,500; 1,500 + 30,000 × 5 % × 0.5 = 2,250 → 8,750
    expect(run('split', ['80000', '40000', '30000'])).toEqual(['4000.00', '2500.00', '2250.00'])
  })

  it('next-deal: only deals closed at or past 100 % are multiplied whole', () => {
    expect(run('next-deal', ['80000', '40000', '30000'])).toEqual(['4000.00', '2000.00', '2250.00'])
    expect(run('next-deal', ['30000', '40000', '80000'])).toEqual(['1500.00', '2000.00', '4000.00'])
  })
})
