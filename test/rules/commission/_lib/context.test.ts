import { describe, expect, it } from 'vitest'
import { Dec } from '../../../../src/index'
import { contextOf } from '../../../fixtures/commissionStages'

describe('stage 0: statementContext', () => {
  it('prorates the quota by the days employed: 300,000 × 15 ÷ 30 = 150,000, and says so', () => {
    const { context, trace } = contextOf({}, { quota: '300000', employment: { start: '2026-06-16' } })
    expect([context.employed, context.periodDays, context.quota?.toFixed(2)]).toEqual([
      { start: '2026-06-16', end: '2026-06-30', days: 15 },
      30,
      '150000.00',
    ])
    expect(trace.map((s) => s.code)).toEqual(['commission.prorated'])
  })

  it('credits until the last day employed plus the tail: 15 June + 10 days = 25 June', () => {
    const { context } = contextOf({}, { employment: { end: '2026-06-15', tailDays: 10 } })
    expect([context.creditFrom, context.creditUntil, context.employed.days]).toEqual([
      undefined,
      '2026-06-25',
      15,
    ])
  })

  it('takes a quota the caller already prorated as it is', () => {
    const { context, trace } = contextOf(
      {},
      { quota: '300000', employment: { start: '2026-06-16' } },
      { quota: new Dec('604931.51'), ledger: true },
    )
    expect([context.quota?.toFixed(2), context.ledger, trace]).toEqual(['604931.51', true, []])
  })

  it('a period wholly outside employment: no days employed, nothing prorated', () => {
    const { context } = contextOf({}, { quota: '300000', employment: { start: '2026-07-01' } })
    expect([
      context.employed.days,
      context.quota?.toFixed(2),
      context.prorate(new Dec(200000)).toFixed(2),
    ]).toEqual([0, '0.00', '0.00'])
  })
})
