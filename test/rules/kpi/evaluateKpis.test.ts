import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compileKpiPolicy, evaluateKpis, explain } from '../../../src/index'
import type { KpiPolicyInput } from '../../../src/index'
import { juneMeasurements, kpiPolicy } from '../../fixtures/kpi'
import { catchError } from '../../helpers'

const june = { period: { start: '2026-06-01', end: '2026-06-30' } }
const s = (d: { toString(): string } | null | undefined) =>
  d === null || d === undefined ? null : d.toString()

describe('evaluateKpis', () => {
  const result = () => evaluateKpis(kpiPolicy, juneMeasurements, june)

  it('gives each KPI its value, target, attainment, level and score (the worked example of docs/kpi.md)', () => {
    const rows = result().kpis.map((k) => [
      k.kpi,
      k.status,
      s(k.value),
      s(k.target),
      s(k.attainment),
      k.level,
      s(k.score),
    ])
    expect(rows).toEqual([
      // 6,000,000 a year, equal months: 500,000 for June; 460,000 ÷ 500,000 = 92 % → warning (80–100 %)
      ['revenue', 'measured', '460000', '500000', '0.92', 'warning', '92'],
      // 12 ÷ 10 = 120 %, capped at 1.2 → 120 points
      ['new-customers', 'measured', '12', '10', '1.2', 'ok', '120'],
      // computed from the funnel: 40 won of 200 leads = 20 %, on the ok bound (from is inclusive); 20 % ÷ 25 % = 80 %
      ['conversion', 'measured', '0.2', '0.25', '0.8', 'ok', '80'],
      // lower is better: 2 − 9 % ÷ 8 % = 87.5 %; 9 % is in the warning band from 8 %
      ['expense-ratio', 'measured', '0.09', '0.08', '0.875', 'warning', '87.5'],
      // 10 lost of 250 = 4 %: notice (3–5 %); no target, not scored
      ['churn', 'measured', '0.04', null, null, 'notice', null],
      // missing → critical by default, and scores 0 in the scorecard
      ['satisfaction', 'missing', null, null, null, 'critical', '0'],
      // missing → excluded (left out of the scorecard)
      ['complaints', 'missing', null, null, null, null, null],
    ])
  })

  it('weights the scores into a total and rates it', () => {
    // complaint timeliness (weight 0.1) is missing and excluded: the total is over the other 0.9
    // (0.3 × 92 + 0.15 × 120 + 0.15 × 80 + 0.15 × 87.5 + 0.15 × 0) ÷ 0.9
    //   = (27.6 + 18 + 12 + 13.125 + 0) ÷ 0.9 = 70.725 ÷ 0.9 = 78.583… → C (75–90)
    expect([result().score?.toFixed(4), s(result().coverage), result().rating]).toEqual([
      '78.5833',
      '0.9',
      'C',
    ])
  })

  it('lists the alerts from the most severe, each with the roles to notify', () => {
    expect(result().alerts.map((a) => [a.kpi, a.level, a.kind, a.notify])).toEqual([
      ['satisfaction', 'critical', 'missing', ['sales-director', 'customer-service']],
      ['revenue', 'warning', 'threshold', ['sales-manager']],
      // 520,000 → 505,000 → 480,000 → 460,000: three declines in a row
      ['revenue', 'warning', 'trend-streak', ['sales-manager']],
      ['expense-ratio', 'warning', 'threshold', ['sales-manager']],
      // 2.5 % → 4 % is a 60 % move the wrong way, over the 50 % allowed
      ['churn', 'warning', 'trend-change', ['sales-manager']],
      ['churn', 'notice', 'threshold', ['sales-supervisor']],
    ])
    expect(explain(result().alerts[4]!)).toEqual([
      'Churn rate moved 60% against its direction since the previous period (2.5% → 4%)',
      'warning alert on Churn rate (sharp adverse change): notify sales-manager',
    ])
    expect(explain(result().alerts[0]!, { locale: 'zh-CN' })[1]).toBe(
      '客户满意度触发预警（级别：严重，数据缺失）：通知 sales-director, customer-service',
    )
  })

  it('explains each figure in English and Chinese', () => {
    const en = explain(result())
    expect(en.slice(0, 5)).toEqual([
      'Revenue: value 460000.00',
      'Revenue: target to date 500000.00 of 500000.00 for the period (calendar days)',
      'Revenue: attainment 92%',
      'Revenue: attainment 92% is in the band from 80%: warning',
      'Revenue worsened 3 periods in a row',
    ])
    expect(en).toContain('Scorecard total 78.5833 over 90% of the weight: rating C')
    expect(explain(result(), { locale: 'zh-CN' })).toContain(
      '销售费用率：越低越好，达成率 = 2 − 数值 ÷ 目标 = 87.5%',
    )
  })

  it('prorates a periodic target to the evaluation date, by calendar or working days, or whole months', () => {
    const revenueOnly = (proration: string, months?: string[]): KpiPolicyInput => ({
      ...kpiPolicy,
      scorecard: undefined,
      kpis: [
        {
          ...kpiPolicy.kpis[0],
          target: { kind: 'periodic', annual: '6000000', proration, ...(months ? { months } : {}) },
        } as never,
      ],
    })
    const at = (policy: KpiPolicyInput, asOf: string, period = june.period) =>
      evaluateKpis(policy, { revenue: '300000' }, { period, asOf }).kpis[0]!
    // 500,000 × 20 ÷ 30 = 333,333.333… → 333,333.33 (rounded once, half-up)
    expect(s(at(revenueOnly('calendar-days'), '2026-06-20').target)).toBe('333333.33')
    // June 2026: 22 weekdays less the Dragon Boat holiday on Friday 19 June (端午节) = 21 working days, 14 of
    // them up to the 19th: 500,000 × 14 ÷ 21 = 333,333.333… → 333,333.33
    expect(s(at(revenueOnly('business-days'), '2026-06-19').target)).toBe('333333.33')
    expect(s(at(revenueOnly('whole-months'), '2026-06-01').target)).toBe('500000')
    // a quarter, asOf mid-May, weighted months (Apr 2, May 2, Jun 2 of 12 + …): Apr 600,000 + May 600,000 × 15 ÷ 31
    const weights = ['1', '1', '1', '2', '2', '2', '0', '0', '1', '1', '1', '0']
    const q2 = at(revenueOnly('calendar-days', weights), '2026-05-15', {
      start: '2026-04-01',
      end: '2026-06-30',
    })
    // 6,000,000 ÷ 12 weight units = 500,000 a unit: Apr 1,000,000 + May 1,000,000 × 15/31 = 1,483,870.97
    expect([s(q2.target), s(q2.periodTarget)]).toEqual(['1483870.97', '3000000'])
    // a date after the period counts as its end
    expect(s(at(revenueOnly('calendar-days'), '2026-07-15').target)).toBe('500000')
  })

  it('treats a missing value as zero when the policy says so, and leaves excluded KPIs out of the total', () => {
    const policy: KpiPolicyInput = {
      ...kpiPolicy,
      kpis: kpiPolicy.kpis.map((k) =>
        k.id === 'new-customers'
          ? { ...k, missing: 'zero' }
          : k.id === 'conversion'
            ? { ...k, missing: 'exclude' }
            : k,
      ),
    }
    const r = evaluateKpis(policy, { ...juneMeasurements, 'new-customers': null, conversion: null }, june)
    expect(r.kpis[1]).toMatchObject({ status: 'missing', level: 'critical' })
    expect(s(r.kpis[1]?.value)).toBe('0')
    expect(s(r.kpis[1]?.score)).toBe('0')
    expect(r.kpis[2]).toMatchObject({ status: 'missing', level: null, score: null })
    // conversion and complaints are excluded; satisfaction (missing, critical) scores 0:
    // (0.3 × 92 + 0.15 × 0 + 0.15 × 87.5 + 0.15 × 0) ÷ 0.75 = 40.725 ÷ 0.75 = 54.3 → D
    expect([s(r.score), s(r.coverage), r.rating]).toEqual(['54.3', '0.75', 'D'])
  })

  it('rejects bad policies and inputs with the path of the bad field', () => {
    const weights = {
      ...kpiPolicy,
      scorecard: {
        ...kpiPolicy.scorecard,
        weights: [
          { kpi: 'revenue', weight: '0.4' },
          { kpi: 'new-customers', weight: '0.5' },
        ],
      },
    }
    expect(catchError(() => evaluateKpis(weights, {}, june)).issues[0]).toMatchObject({
      path: ['scorecard', 'weights'],
      code: 'kpi.weights-total',
      message: 'Scorecard weights add up to 0.9, not 1 (100 %)',
    })
    const order = {
      ...kpiPolicy,
      kpis: [{ ...kpiPolicy.kpis[3], bands: [{ level: 'warning' }, { from: '0.1', level: 'ok' }] }],
      scorecard: undefined,
    }
    expect(catchError(() => evaluateKpis(order as KpiPolicyInput, {}, june)).issues[0]).toMatchObject({
      path: ['kpis', 0, 'bands', 1, 'level'],
      code: 'kpi.bands-order',
    })
    const firstFrom = {
      ...kpiPolicy,
      kpis: [{ ...kpiPolicy.kpis[5], bands: [{ from: 0, level: 'critical' }] }],
      scorecard: undefined,
    }
    expect(catchError(() => evaluateKpis(firstFrom as KpiPolicyInput, {}, june)).issues[0]).toMatchObject({
      path: ['kpis', 0, 'bands', 0, 'from'],
      code: 'kpi.band-from-first',
    })
    const unscorable = {
      ...kpiPolicy,
      scorecard: { ...kpiPolicy.scorecard, weights: [{ kpi: 'churn', weight: 1 }] },
    }
    expect(catchError(() => evaluateKpis(unscorable, {}, june)).issues[0]).toMatchObject({
      path: ['scorecard', 'weights', 0, 'kpi'],
      code: 'kpi.unscorable',
    })
    const ratings = {
      ...kpiPolicy,
      scorecard: {
        ...kpiPolicy.scorecard,
        ratings: [
          { id: 'A', minScore: 90 },
          { id: 'B', minScore: 95 },
        ],
      },
    }
    expect(catchError(() => evaluateKpis(ratings, {}, june)).issues.map((i) => i.code)).toEqual([
      'kpi.ratings-decrease',
      'kpi.ratings-end',
    ])
    expect(
      ['nps', 'no-formula'].map(
        (k) =>
          catchError(() =>
            evaluateKpis(kpiPolicy, k === 'nps' ? { nps: 40 } : { revenue: { inputs: {} } }, june),
          ).code,
      ),
    ).toEqual(['INVALID_INPUT', 'INVALID_INPUT'])
    expect(catchError(() => evaluateKpis(kpiPolicy, { nps: 40 }, june)).issues[0]).toMatchObject({
      path: ['measurements', 'nps'],
      code: 'kpi.unknown',
      params: { kpi: 'nps' },
    })
    expect(catchError(() => evaluateKpis(kpiPolicy, { 'new-customers': -1 }, june)).issues[0]).toMatchObject({
      path: ['measurements', 'new-customers'],
      code: 'kpi.negative',
      params: { unit: 'count' },
    })
    expect(
      catchError(() => evaluateKpis(kpiPolicy, { churn: { value: 1, inputs: {} } }, june)).issues[0],
    ).toMatchObject({ path: ['measurements', 'churn', 'inputs'], code: 'kpi.value-or-inputs' })
    expect(
      catchError(() => evaluateKpis(kpiPolicy, { revenue: { inputs: {} } }, june)).issues[0],
    ).toMatchObject({
      path: ['measurements', 'revenue', 'inputs'],
      code: 'kpi.no-formula',
      params: { kpi: 'revenue' },
    })
    expect(
      catchError(() => evaluateKpis(kpiPolicy, { churn: { inputs: { atStart: 5, lost: 6 } } }, june))
        .issues[0],
    ).toMatchObject({ path: ['measurements', 'churn', 'inputs', 'lost'], code: 'kpi.part-exceeds-whole' })
    expect(catchError(() => evaluateKpis(kpiPolicy, { revenue: 'NaN' }, june)).issues[0]).toMatchObject({
      path: ['measurements', 'revenue'],
    })
    expect(
      catchError(() => evaluateKpis(kpiPolicy, {}, { ...june, asOf: '2026-05-31' })).issues[0],
    ).toMatchObject({ path: ['options', 'asOf'], code: 'kpi.asof-before-period' })
  })

  it('is the KPI policy of examples/policy.json', () => {
    const example = JSON.parse(
      readFileSync(new URL('../../../examples/policy.json', import.meta.url), 'utf8'),
    ) as { kpi: unknown }
    expect(example.kpi).toEqual(kpiPolicy)
  })

  it('does not mutate its inputs', () => {
    const policy = structuredClone(kpiPolicy)
    const measurements = structuredClone(juneMeasurements)
    evaluateKpis(policy, measurements, june)
    expect(policy).toEqual(kpiPolicy)
    expect(measurements).toEqual(juneMeasurements)
  })

  it('gives the same evaluation through a compiled policy, and classifies single values on the fast path', () => {
    const evaluator = compileKpiPolicy(kpiPolicy)
    expect(evaluator.evaluate(juneMeasurements, june)).toEqual(result())
    // expense ratio: ok below 8 %, warning from 8 %, critical from 10 % (both bounds inclusive)
    expect(['0.0799', 0.08, '0.0999', 0.1, 0.3].map((v) => evaluator.level('expense-ratio', v))).toEqual([
      'ok',
      'warning',
      'warning',
      'critical',
      'critical',
    ])
    // attainment bands with the fixed target (10) or a target passed in
    expect([
      evaluator.level('new-customers', 8),
      evaluator.level('new-customers', 7.99),
      evaluator.level('revenue', '399999.99', '500000'),
      evaluator.level('revenue', 400000, 500000),
    ]).toEqual(['warning', 'critical', 'critical', 'warning'])
    expect(catchError(() => evaluator.level('revenue', 1)).issues[0]).toMatchObject({
      path: ['target'],
      code: 'kpi.needs-target',
    })
    expect(catchError(() => evaluator.level('nps', 1)).issues[0]).toMatchObject({
      path: ['kpi'],
      code: 'kpi.unknown',
    })
    expect(catchError(() => evaluator.level('churn', 0.1 + 0.2)).issues[0]).toMatchObject({
      path: ['value'],
      code: 'decimal.too-precise',
    })
  })
})

describe('evaluateKpis — rarer branches, explained (gaps a mutation run found)', () => {
  const base = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01' }
  const june = { period: { start: '2026-06-01', end: '2026-06-30' } }

  it('explains a missing value counted as zero, left out, or critical, and a KPI without bands', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        {
          id: 'zero',
          label: 'Visits',
          unit: 'count',
          direction: 'higher-is-better',
          target: { kind: 'fixed', value: 10 },
          missing: 'zero',
        },
        {
          id: 'out',
          label: 'NPS',
          unit: 'count',
          direction: 'higher-is-better',
          target: { kind: 'fixed', value: 10 },
          missing: 'exclude',
        },
        {
          id: 'crit',
          label: 'Calls',
          unit: 'count',
          direction: 'higher-is-better',
          target: { kind: 'fixed', value: 10 },
        },
      ],
      scorecard: {
        weights: [
          { kpi: 'zero', weight: '0.5' },
          { kpi: 'out', weight: '0.25' },
          { kpi: 'crit', weight: '0.25' },
        ],
        ratings: [
          { id: 'A', minScore: 50 },
          { id: 'B', minScore: 0 },
        ],
      },
    }
    const result = evaluateKpis(policy, {}, june)
    expect(explain(result)).toEqual([
      'Visits: no measurement; the policy says count it as zero',
      'Visits: value 0',
      'Visits: target 10',
      'Visits: attainment 0%',
      'Visits: no alert bands: ok',
      'Visits: score 0 × weight 50%',
      'NPS: no measurement; the policy says leave it out of the scorecard',
      'NPS: left out of the scorecard',
      'Calls: no measurement; the policy says raise a critical alert and score 0',
      'Calls: score 0 × weight 25%',
      // (0.5 × 0 + 0.25 × 0) ÷ 0.75
      'Scorecard total 0 over 75% of the weight: rating B',
      'critical alert on Calls (missing data): notify —',
    ])
    expect(result.kpis.map((k) => [k.kpi, k.level, k.score?.toString() ?? null])).toEqual([
      ['zero', 'ok', '0'],
      ['out', null, null],
      ['crit', 'critical', '0'],
    ])
  })

  it('explains a value below the second band, and a target to date of zero', () => {
    const policy: KpiPolicyInput = {
      ...base,
      calendar: { timeZone: 'Asia/Shanghai' },
      kpis: [
        {
          id: 'r',
          label: 'Revenue',
          unit: 'money',
          direction: 'higher-is-better',
          target: { kind: 'periodic', annual: '1200000', proration: 'business-days' },
          bandsOn: 'attainment',
          bands: [{ level: 'critical' }, { from: '0.8', level: 'ok' }],
        },
      ],
      scorecard: { weights: [{ kpi: 'r', weight: 1 }], ratings: [{ id: 'A', minScore: 0 }] },
    }
    // evaluated on Sunday 7 June 2026 for a period that starts on Saturday the 6th: no working day yet, a target to date of zero
    const weekend = evaluateKpis(
      policy,
      { r: 5000 },
      { period: { start: '2026-06-06', end: '2026-06-30' }, asOf: '2026-06-07' },
    )
    expect(explain(weekend)).toContain(
      'Revenue: the target to date is zero, so there is no attainment and no score',
    )
    expect([weekend.kpis[0]?.attainment, weekend.kpis[0]?.score, weekend.score, weekend.rating]).toEqual([
      null,
      null,
      null,
      null,
    ])
    const low = evaluateKpis(policy, { r: 50000 }, june)
    expect(explain(low)).toContain('Revenue: attainment 50% is below 80%: critical')
  })

  it('prorates a period that starts and ends inside months', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        {
          id: 'r',
          label: 'R',
          unit: 'money',
          direction: 'higher-is-better',
          target: { kind: 'periodic', annual: '1200000' },
        },
      ],
    }
    // 100,000 a month: June 15–30 is 16 of 30 days, July 1–14 is 14 of 31: 53,333.333… + 45,161.290… = 98,494.62
    expect(
      evaluateKpis(
        policy,
        { r: 1 },
        { period: { start: '2026-06-15', end: '2026-07-14' } },
      ).kpis[0]?.target?.toString(),
    ).toBe('98494.62')
  })

  it('floors a lower-is-better attainment at zero, which is in a band from 0', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        {
          id: 'e',
          label: 'Expense ratio',
          unit: 'ratio',
          direction: 'lower-is-better',
          target: { kind: 'fixed', value: '0.08' },
          bandsOn: 'attainment',
          bands: [{ level: 'critical' }, { from: 0, level: 'warning' }, { from: '0.8', level: 'ok' }],
        },
      ],
    }
    // 2 − 30 % ÷ 8 % = −1.75, floored at 0: in the band from 0, not below it
    const result = evaluateKpis(policy, { e: '0.3' }, june)
    expect([result.kpis[0]?.attainment?.toString(), result.kpis[0]?.level]).toEqual(['0', 'warning'])
    expect(compileKpiPolicy(policy).level('e', '0.3')).toBe('warning')
    expect(compileKpiPolicy(policy).level('e', 0.3)).toBe('warning')
  })

  it('says INVALID_INPUT for every bad measurement, and rejects NaN, infinity and 10^15 on the fast path', () => {
    for (const measurements of [
      { nps: 1 },
      { 'new-customers': -1 },
      { churn: { value: 1, inputs: {} } },
      { revenue: { inputs: {} } },
    ]) {
      expect(catchError(() => evaluateKpis(kpiPolicy, measurements, june)).code).toBe('INVALID_INPUT')
    }
    const evaluator = compileKpiPolicy(kpiPolicy)
    expect(catchError(() => evaluator.level('churn', Number.NaN)).issues[0]).toMatchObject({
      path: ['value'],
      code: 'decimal.not-finite',
    })
    expect(catchError(() => evaluator.level('churn', Number.POSITIVE_INFINITY)).issues[0]).toMatchObject({
      path: ['value'],
      code: 'decimal.not-finite',
    })
    expect(catchError(() => evaluator.level('churn', 1e15)).issues[0]).toMatchObject({
      path: ['value'],
      code: 'decimal.too-large',
    })
    expect(catchError(() => evaluator.level('churn', '1e15')).issues[0]).toMatchObject({
      path: ['value'],
      code: 'decimal.too-large',
    })
    expect(catchError(() => evaluator.level('new-customers', -1))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['value'], code: 'kpi.negative', params: { unit: 'count' } }],
    })
    expect(catchError(() => evaluator.level('revenue', 1, 0)).issues[0]).toMatchObject({
      path: ['target'],
      code: 'decimal.not-positive',
    })
    expect(catchError(() => evaluator.level(42 as never, 1)).code).toBe('INVALID_INPUT')
    expect(catchError(() => evaluateKpis({ ...kpiPolicy, kpis: [] }, {}, june)).code).toBe('INVALID_POLICY')
  })
})

describe('evaluateKpis — band scores and trends (gaps a mutation run found)', () => {
  const base = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01' }
  const june = { period: { start: '2026-06-01', end: '2026-06-30' } }

  it('scores a target-band KPI by its bands', () => {
    // days of stock: too few or too many is bad; 20–40 days scores 100
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        {
          id: 'stock',
          label: 'Days of stock',
          unit: 'duration',
          direction: 'target-band',
          bands: [
            { level: 'critical', score: 0 },
            { from: 10, level: 'warning', score: 60 },
            { from: 20, level: 'ok', score: 100 },
            { from: 40, level: 'warning', score: 70 },
            { from: 60, level: 'critical', score: 0 },
          ],
        },
      ],
      scorecard: {
        weights: [{ kpi: 'stock', weight: 1 }],
        ratings: [
          { id: 'A', minScore: 90 },
          { id: 'B', minScore: 60 },
          { id: 'C', minScore: 0 },
        ],
      },
    }
    const at = (days: number) => evaluateKpis(policy, { stock: days }, june)
    expect(
      [5, 10, 25, 40, 60].map((d) => [at(d).kpis[0]?.level, at(d).score?.toString(), at(d).rating]),
    ).toEqual([
      ['critical', '0', 'C'],
      ['warning', '60', 'B'],
      ['ok', '100', 'A'],
      ['warning', '70', 'B'],
      ['critical', '0', 'C'],
    ])
    // a band KPI has no trend: the direction does not say which way is worse
    expect(
      evaluateKpis(
        { ...policy, kpis: [{ ...policy.kpis[0]!, trend: { worsenedPeriods: 2, adverseChange: '0.1' } }] },
        { stock: { value: 90, history: [30, 50, 70] } },
        june,
      ).alerts.map((a) => a.kind),
    ).toEqual(['threshold'])
  })

  it('counts a streak only of real declines, and a move only beyond the limit', () => {
    const kpi = {
      id: 'rev',
      label: 'Revenue',
      unit: 'money' as const,
      direction: 'higher-is-better' as const,
      trend: { worsenedPeriods: 3, adverseChange: '0.2', level: 'notice' as const },
    }
    const policy: KpiPolicyInput = { ...base, kpis: [kpi], escalation: { notice: ['sales-supervisor'] } }
    const alerts = (value: number, history: number[]) =>
      evaluateKpis(policy, { rev: { value, history } }, june).alerts.map((a) => [a.kind, a.level, a.notify])
    // 100 → 90 → 80 → 70: three declines
    expect(alerts(70, [100, 90, 80])).toEqual([['trend-streak', 'notice', ['sales-supervisor']]])
    // a flat month breaks the streak
    expect(alerts(70, [100, 80, 80])).toEqual([])
    // −25 % in one month is beyond 20 %; −20 % exactly is not
    expect(alerts(75, [100])).toEqual([['trend-change', 'notice', ['sales-supervisor']]])
    expect(alerts(80, [100])).toEqual([])
    // from a previous value of zero there is no rate of change
    expect(alerts(-5, [0])).toEqual([])
    // lower is better: a rise is the adverse move
    const lower: KpiPolicyInput = { ...base, kpis: [{ ...kpi, direction: 'lower-is-better' }] }
    expect(
      evaluateKpis(lower, { rev: { value: 130, history: [100] } }, june).alerts.map((a) => a.kind),
    ).toEqual(['trend-change'])
    expect(evaluateKpis(lower, { rev: { value: 70, history: [100] } }, june).alerts).toEqual([])
  })
})

describe('evaluateKpis — alert order and empty histories', () => {
  const base = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01' }
  const june = { period: { start: '2026-06-01', end: '2026-06-30' } }
  const bands = [{ level: 'warning' as const }, { from: 100, level: 'ok' as const }]
  const trend = { worsenedPeriods: 2, adverseChange: '0.1', level: 'warning' as const }

  it('lists alerts by severity, then in the policy’s KPI order, then threshold before streak before move', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        { id: 'first', label: 'First', unit: 'count', direction: 'higher-is-better', bands, trend },
        {
          id: 'second',
          label: 'Second',
          unit: 'count',
          direction: 'higher-is-better',
          bands: [{ level: 'critical' }, { from: 100, level: 'ok' }],
        },
        { id: 'third', label: 'Third', unit: 'count', direction: 'higher-is-better', bands },
      ],
    }
    // first: 60 after 90 and 80 is a warning, a two-month decline and a 25 % fall, all warnings
    const result = evaluateKpis(
      policy,
      { third: 50, second: 50, first: { value: 60, history: [90, 80] } },
      june,
    )
    expect(result.alerts.map((a) => `${a.kpi}:${a.kind}:${a.level}`)).toEqual([
      'second:threshold:critical',
      'first:threshold:warning',
      'first:trend-streak:warning',
      'first:trend-change:warning',
      'third:threshold:warning',
    ])
    // the evaluation's trace ends with each alert's sentence, in the same order
    expect(explain(result).slice(-5)).toEqual(
      result.alerts.map((a) => explain({ trace: a.trace.slice(-1) })[0]),
    )
    expect(explain(result).at(-1)).toBe('warning alert on Third (threshold): notify —')
  })

  it('raises no trend alert without a history, even with both trend rules', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [{ id: 'rev', label: 'Revenue', unit: 'money', direction: 'higher-is-better', trend }],
    }
    expect(evaluateKpis(policy, { rev: { value: 1, history: [] } }, june).alerts).toEqual([])
    expect(evaluateKpis(policy, { rev: 1 }, june).alerts).toEqual([])
  })

  it('an evaluation date after the period is the period’s end', () => {
    const policy: KpiPolicyInput = {
      ...base,
      kpis: [
        {
          id: 'rev',
          label: 'Revenue',
          unit: 'money',
          direction: 'higher-is-better',
          target: { kind: 'periodic', annual: '1200' },
        },
      ],
    }
    const after = evaluateKpis(policy, { rev: 100 }, { ...june, asOf: '2026-07-15' })
    const atEnd = evaluateKpis(policy, { rev: 100 }, { ...june, asOf: '2026-06-30' })
    expect([after.asOf, after.kpis[0]?.target?.toString()]).toEqual(['2026-06-30', '100'])
    expect(after).toEqual(atEnd)
  })
})
