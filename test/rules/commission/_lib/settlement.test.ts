import { describe, expect, it } from 'vitest'
import { Dec } from '../../../../src/index'
import { CommissionPlanSchema } from '../../../../src/models/commission'
import { settle } from '../../../../src/rules/commission/_lib/settlement'
import { stagePlan } from '../../../fixtures/commissionStages'

const plan = (draw?: object) =>
  CommissionPlanSchema().parse({
    ...stagePlan,
    rates: { kind: 'flat', rate: '0.05' },
    ...(draw ? { draw } : {}),
  })
const run = (
  p: ReturnType<typeof plan>,
  earnings: string,
  clawbacks: string,
  prior = '0',
  priorClaw = '0',
) => {
  const s = settle(
    p,
    {
      earnings: new Dec(earnings),
      clawbacks: new Dec(clawbacks),
      priorBalance: new Dec(prior),
      priorClawbackBalance: new Dec(priorClaw),
      periodStart: '2026-06-01',
    },
    (d) => d.toFixed(2),
  ).settlement
  return [s.payable, s.balance, s.clawbackBalance, s.recovered].map((d) => d.toFixed(2))
}

describe('stage 8: settle (draw and balances)', () => {
  const nonRecoverable = plan({ amount: '2000', recoverable: false })

  it('a non-recoverable draw of 2,000 with a 3,000 clawback: pays 2,000 and owes the 3,000', () => {
    expect(run(nonRecoverable, '0', '-3000')).toEqual(['2000.00', '3000.00', '3000.00', '0.00'])
  })

  it('next month earns 5,000: recovers the 3,000 clawback, pays 2,000', () => {
    expect(run(nonRecoverable, '5000', '0', '3000', '3000')).toEqual(['2000.00', '0.00', '0.00', '3000.00'])
  })

  it('a recoverable draw: 3,000 earned → 5,000 paid, 2,000 owed; then 9,000 → 2,000 recovered', () => {
    const recoverable = plan({ amount: '5000', recoverable: true })
    expect(run(recoverable, '3000', '0')).toEqual(['5000.00', '2000.00', '0.00', '0.00'])
    expect(run(recoverable, '9000', '0', '2000')).toEqual(['7000.00', '0.00', '0.00', '2000.00'])
  })

  it('no draw: a clawback larger than the earnings leaves the rest owed', () => {
    expect(run(plan(), '1000', '-1500')).toEqual(['0.00', '500.00', '500.00', '0.00'])
  })
})
