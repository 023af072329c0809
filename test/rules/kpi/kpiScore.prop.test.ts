import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluateKpis } from '../../../src/index'
import type { KpiDefinitionInput, KpiPolicyInput } from '../../../src/index'

const header = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01' }
const period = { period: { start: '2026-06-01', end: '2026-06-30' } }
const thousandths = (min: number, max: number) =>
  fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => (n / 1000).toString())

/** A scored KPI of any kind the scorecard takes: attainment (three formulas), band scores, deduction. */
const kpiArb: fc.Arbitrary<KpiDefinitionInput> = fc.oneof(
  fc
    .record({
      direction: fc.constantFrom('higher-is-better', 'lower-is-better' as const),
      lower: fc.constantFrom('reflected', 'inverse' as const),
      target: thousandths(0.001, 1000),
    })
    .map(({ direction, lower, target }) => ({
      id: 'k',
      label: 'K',
      unit: 'money' as const,
      direction,
      target: { kind: 'fixed' as const, value: target },
      ...(direction === 'lower-is-better' ? { lowerIsBetterAttainment: lower } : {}),
    })),
  fc
    .record({ per: thousandths(0.001, 50), full: thousandths(50, 200), floor: thousandths(0, 50) })
    .map((deduction) => ({
      id: 'k',
      label: 'K',
      unit: 'count' as const,
      direction: 'lower-is-better' as const,
      target: { kind: 'zero' as const },
      deduction,
    })),
  fc.array(thousandths(0, 150), { minLength: 2, maxLength: 4 }).map((scores) => ({
    id: 'k',
    label: 'K',
    unit: 'count' as const,
    direction: 'lower-is-better' as const,
    target: { kind: 'zero' as const },
    bands: scores.map((score, i) => ({
      ...(i === 0 ? {} : { from: String(i) }),
      level: i === 0 ? ('ok' as const) : ('warning' as const),
      score,
    })),
  })),
)

describe('KPI scores (properties)', () => {
  it('a measured KPI never scores below the scorecard floor (0 by default)', () => {
    fc.assert(
      fc.property(
        kpiArb,
        fc.option(thousandths(0, 60), { nil: undefined }),
        thousandths(-1_000_000, 1_000_000),
        (kpi, scoreFloor, raw) => {
          const value = kpi.unit === 'count' ? raw.replace('-', '') : raw
          const policy: KpiPolicyInput = {
            ...header,
            kpis: [kpi],
            scorecard: {
              weights: [{ kpi: 'k', weight: 1 }],
              ...(scoreFloor === undefined ? {} : { scoreFloor }),
              ratings: [{ id: 'A', minScore: 0 }],
            },
          }
          const result = evaluateKpis(policy, { k: value }, period)
          const score = result.kpis[0]?.score
          expect(score).not.toBeNull()
          expect(score?.gte(scoreFloor ?? 0)).toBe(true)
          expect(result.score?.gte(scoreFloor ?? 0)).toBe(true)
        },
      ),
    )
  })
})
