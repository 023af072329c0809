import { describe, expect, it } from 'vitest'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { tierReached, tierStage } from '../../../../src/rules/commission/_lib/tiers'
import { contextOf } from '../../../fixtures/commissionStages'

const tiers = [
  { from: 0, rate: '0.03' },
  { from: 100000, rate: '0.05' },
  { from: 200000, rate: '0.08' },
]
const sales = [
  { id: 'a', date: '2026-06-10', amount: '150000' },
  { id: 'b', date: '2026-06-11', amount: '100000' },
]

describe('stage 3: tierStage', () => {
  it('marginal: 3,000 + 5,000 + 4,000 = 12,000, shared by base as 7,200 and 4,800', () => {
    const { context } = contextOf({ rates: { kind: 'marginal', tiers } }, { transactions: sales })
    const { priced } = tierStage(context, creditStage(context).credits)
    expect(priced.commission.map((c) => c.toFixed(2))).toEqual(['7200.00', '4800.00'])
    expect(priced.tiers.map((t) => t.commission.toFixed(2))).toEqual(['3000.00', '5000.00', '4000.00'])
    expect(priced.exactRate.map((r) => r.toString())).toEqual(['0.048', '0.048']) // 12,000 ÷ 250,000
  })

  it('retroactive: 250,000 reaches the 200,000 tier, 8 % on all of it', () => {
    const { context } = contextOf({ rates: { kind: 'retroactive', tiers } }, { transactions: sales })
    const { priced } = tierStage(context, creditStage(context).credits)
    expect([priced.commission.map((c) => c.toFixed(2)), priced.tier]).toEqual([
      ['12000.00', '8000.00'],
      [2, 2],
    ])
  })

  it('decides the tier reached the same way for decimals and for the fast path’s cents', () => {
    const gt = (a: number, b: number) => a > b
    const gte = (a: number, b: number) => a >= b
    expect([
      tierReached([0, 100, 200], 100, 'higher', gt, gte),
      tierReached([0, 100, 200], 100, 'lower', gt, gte),
      tierReached([0, 100, 200], 99, 'higher', gt, gte),
      tierReached([0, 100, 200], 250, 'higher', gt, gte),
    ]).toEqual([1, 0, 0, 2])
  })
})
