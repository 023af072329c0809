// The compiled alert level on values exactly on a band edge (#20): ties are decided on the fast path, by
// canonical decimal text (value bands) or by integers (attainment bands), and agree with the exact level.
import { describe, expect, it } from 'vitest'
import { compileKpiPolicy } from '../../../src/index'
import type { KpiPolicyInput } from '../../../src/index'
import { KpiPolicySchema } from '../../../src/models/kpi'
import { canonicalText, compileKpis, exactLevel } from '../../../src/rules/kpi/_lib/evaluate'

const attainmentBands = [
  { level: 'critical' },
  { from: '0.8', level: 'warning' },
  { from: '1', level: 'ok' },
] as const
const kpi = (id: string, extra: Record<string, unknown>) => ({
  id,
  label: { en: id, 'zh-CN': id },
  unit: 'count',
  target: { kind: 'fixed', value: 10 },
  bandsOn: 'attainment',
  bands: [...attainmentBands],
  ...extra,
})
const policy = {
  id: 'ties',
  version: '1',
  effectiveFrom: '2026-01-01',
  kpis: [
    kpi('expense-ratio', {
      unit: 'ratio',
      direction: 'lower-is-better',
      target: { kind: 'fixed', value: '0.08' },
      bandsOn: 'value',
      bands: [{ level: 'ok' }, { from: '0.08', level: 'warning' }, { from: '0.1', level: 'critical' }],
    }),
    kpi('higher', { direction: 'higher-is-better' }),
    kpi('reflected', { direction: 'lower-is-better', lowerIsBetterAttainment: 'reflected' }),
    kpi('inverse', { direction: 'lower-is-better', lowerIsBetterAttainment: 'inverse' }),
  ],
} as unknown as KpiPolicyInput
const evaluator = compileKpiPolicy(policy)
const compiled = compileKpis(KpiPolicySchema().parse(policy))

describe('compileKpiPolicy(...).level on band edges', () => {
  it.each([
    // value bands 0.08 (warning) and 0.1 (critical): on the bound is in the band, however it is written
    ['expense-ratio', '0.0800', undefined, 'warning'],
    ['expense-ratio', '0.08', undefined, 'warning'],
    ['expense-ratio', '00.080', undefined, 'warning'],
    ['expense-ratio', 0.08, undefined, 'warning'],
    ['expense-ratio', '0.0799', undefined, 'ok'],
    ['expense-ratio', '0.079999999999', undefined, 'ok'],
    ['expense-ratio', '0.1000', undefined, 'critical'],
    ['expense-ratio', 0.1, undefined, 'critical'],
    ['expense-ratio', '0.099999999999', undefined, 'warning'],
    // higher is better, target 10: 8 ÷ 10 = 0.8 → warning; 10 ÷ 10 = 1 → ok; 7 ÷ 10 = 0.7 → critical
    ['higher', 8, undefined, 'warning'],
    ['higher', 10, undefined, 'ok'],
    ['higher', 7, undefined, 'critical'],
    ['higher', '8', '10.0', 'warning'],
    // 12 ÷ 15 = 0.8 exactly → warning; 14 ÷ 14 = 1 → ok
    ['higher', 12, 15, 'warning'],
    ['higher', 14, 14, 'ok'],
    // reflected, target 10: 2 − 12 ÷ 10 = 0.8 → warning; 2 − 10 ÷ 10 = 1 → ok; 2 − 13 ÷ 10 = 0.7 → critical
    ['reflected', 12, undefined, 'warning'],
    ['reflected', 10, undefined, 'ok'],
    ['reflected', 13, undefined, 'critical'],
    ['reflected', 8, undefined, 'ok'],
    // inverse: 8 ÷ 10 = 0.8 → warning; 8 ÷ 8 = 1 → ok; 8 ÷ 11 ≈ 0.727 → critical; 10 ÷ 12.5 = 0.8 → warning
    ['inverse', 10, 8, 'warning'],
    ['inverse', 8, 8, 'ok'],
    ['inverse', 11, 8, 'critical'],
    ['inverse', '12.5', undefined, 'warning'],
  ])('%s of %s (target %s) is %s, as the exact level', (id, value, target, level) => {
    expect(evaluator.level(id, value as string, target as string | undefined)).toBe(level)
    expect(exactLevel(compiled.byId.get(id) as never, value, target)).toBe(level)
  })

  it('writes plain decimals in one canonical text, so equal decimals have equal texts', () => {
    expect(canonicalText('0.0800')).toBe('0.08')
    expect(canonicalText('00.080')).toBe('0.08')
    expect(canonicalText('-0.000')).toBe('0')
    expect(canonicalText('-012.50')).toBe('-12.5')
    expect(canonicalText('100')).toBe('100')
    expect(canonicalText('100.')).toBe('100')
    expect(canonicalText('0')).toBe('0')
  })
})
