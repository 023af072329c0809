import { describe, expect, it } from 'vitest'
import { baseStage } from '../../../../src/rules/commission/_lib/bases'
import { creditStage } from '../../../../src/rules/commission/_lib/credits'
import { contextOf } from '../../../fixtures/commissionStages'

describe('stage 2: baseStage', () => {
  it('an overlay counts in the base but not toward the quota: 10,000 + 5,000 overlay, quota 20,000 → 50 %', () => {
    const { context } = contextOf(
      {},
      {
        quota: '20000',
        transactions: [
          { id: 'own', date: '2026-06-10', amount: '10000' },
          {
            id: 'ov',
            date: '2026-06-11',
            amount: '5000',
            splits: [
              { rep: 'r2', share: '1' },
              { rep: 'r1', share: '1', overlay: true },
            ],
          },
        ],
      },
    )
    const { bases } = baseStage(context, creditStage(context).credits)
    expect([bases.total.toFixed(2), bases.quotaBase.toFixed(2), bases.attainment?.toString()]).toEqual([
      '15000.00',
      '10000.00',
      '0.5',
    ])
  })

  it('fails with the path of the missing quota when the plan needs one', () => {
    const { context } = contextOf({ gate: { minAttainment: '0.5' } })
    expect(() => baseStage(context, [])).toThrowError(/input.quota/)
  })
})
