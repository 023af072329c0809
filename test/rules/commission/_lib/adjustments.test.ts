import { describe, expect, it } from 'vitest'
import { adjustmentStage } from '../../../../src/rules/commission/_lib/adjustments'
import { contextOf } from '../../../fixtures/commissionStages'

describe('stage 7: adjustmentStage', () => {
  it('adds the adjustments, each with its reason: −50 + 20 = −30', () => {
    const { context } = contextOf(
      {},
      {
        adjustments: [
          { amount: '-50', reason: 'Duplicate credit' },
          { amount: '20', reason: 'Spiff' },
        ],
      },
    )
    const { adjustments, trace } = adjustmentStage(context)
    expect([adjustments.toFixed(2), trace.map((s) => s.params.reason)]).toEqual([
      '-30.00',
      ['Duplicate credit', 'Spiff'],
    ])
  })
})
