import type {
  AlertLevel,
  KpiMeasurementsInput,
  KpiPolicy,
  KpiPolicyInput,
  SlaItemInput,
} from '../../models/kpi'
import { KpiPolicySchema } from '../../models/kpi'
import { describeValue, fail, parseWith } from '../../core/schema'
import { compileKpis, evaluateCompiled, levelOf, type CompiledKpi, type KpiEvaluation } from './_lib/evaluate'
import type { EvaluateKpisOptions } from './evaluateKpis'
import { slaStatusOf, type SlaStatusReport } from './_lib/slaStatus'
import { slaOf, type SlaComplianceOptions, type SlaReport } from './slaCompliance'

/**
 * A KPI policy validated and compiled once, for many evaluations.
 *
 * @group KPIs and SLAs
 */
export interface KpiPolicyEvaluator {
  /** The validated policy. */
  readonly policy: KpiPolicy
  /** A period's evaluation; see {@link evaluateKpis}. */
  readonly evaluate: (measurements: KpiMeasurementsInput, options: EvaluateKpisOptions) => KpiEvaluation
  /**
   * The alert level of one value of one KPI, on a fast path: the level {@link evaluateKpis} would
   * give. For bands on attainment, `target` is the target to date (the KPI's fixed target when left
   * out; required for a periodic target).
   */
  readonly level: (kpi: string, value: string | number, target?: string | number) => AlertLevel
  /** A service-time report; see {@link slaCompliance}. */
  readonly sla: (items: readonly SlaItemInput[], options: SlaComplianceOptions) => SlaReport
  /**
   * The statuses of {@link slaCompliance} on a fast path, for many tickets: the same status, elapsed and
   * remaining time and due time (as epoch milliseconds for hour rules), and the same compliance per rule,
   * without traces and without writing each due time out. Items are checked and their instants read by
   * hand, and working hours measured on a table of the calendar's days; anything invalid, and any error,
   * goes through the schema and the exact measurement, so the errors are those of {@link slaCompliance}.
   * The report's `checks` are made when first read.
   */
  readonly slaStatus: (items: readonly SlaItemInput[], options: SlaComplianceOptions) => SlaStatusReport
}

/**
 * Validates a KPI policy once and returns an evaluator: full period evaluations, service-time
 * reports, and `level(kpi, value)`, which classifies a single value in plain numbers wherever a
 * double comparison is exact and in decimals otherwise (a million values a second for
 * monitoring streams).
 *
 * @param policy - The KPI policy; see {@link KpiPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of each bad field; its `level` throws
 * `INVALID_INPUT` for an unknown KPI or a bad value; its `evaluate` throws `NO_POLICY_IN_FORCE` at
 * `options.period.end`, and its `sla` and `slaStatus` at `options.asOf`, when the policy is not in force
 * on that date.
 *
 * @example
 * const evaluator = compileKpiPolicy({
 *   id: 'kpi',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   kpis: [
 *     {
 *       id: 'churn',
 *       label: '客户流失率',
 *       unit: 'ratio',
 *       direction: 'lower-is-better',
 *       bands: [{ level: 'ok' }, { from: '0.05', level: 'warning' }, { from: '0.1', level: 'critical' }],
 *     },
 *   ],
 * })
 * evaluator.level('churn', 0.05) //=> 'warning'
 * evaluator.level('churn', '0.0499') //=> 'ok'
 * const desk = compileKpiPolicy({
 *   id: 'desk',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   kpis: [],
 *   calendar: {
 *     timeZone: 'Asia/Shanghai',
 *     hours: [
 *       { start: '09:00', end: '12:00' },
 *       { start: '13:00', end: '18:00' },
 *     ],
 *   },
 *   sla: [
 *     {
 *       id: 'reply',
 *       label: '6 working hours',
 *       from: 'in',
 *       to: 'out',
 *       within: { amount: 6, unit: 'business-hours' },
 *     },
 *   ],
 * })
 * const ticket = { id: 'T-1', events: { in: '2026-09-29T11:00:00+08:00', out: '2026-09-29T18:15:00+08:00' } }
 * desk.slaStatus([ticket], { asOf: '2026-09-30T00:00:00+08:00' }).checks[0]?.status //=> 'met'
 *
 * @group KPIs and SLAs
 */
export function compileKpiPolicy(policy: KpiPolicyInput): KpiPolicyEvaluator {
  const compiled = compileKpis(parseWith(KpiPolicySchema(), policy, 'INVALID_POLICY'))
  // the KPI of the last call, kept for the next: a stream of one KPI's values finds it by one comparison of
  // the id (the same string) instead of a Map lookup per value; it changes no answer
  let lastId: string | undefined
  let last: CompiledKpi | undefined
  return {
    policy: compiled.policy,
    evaluate: (measurements, options) => evaluateCompiled(compiled, measurements, options),
    level: (kpi, value, target) => {
      let k = kpi === lastId ? last : undefined
      if (k === undefined) {
        k = typeof kpi === 'string' ? compiled.byId.get(kpi) : undefined
        if (k === undefined) fail('INVALID_INPUT', 'kpi.unknown', ['kpi'], { kpi: describeValue(kpi) })
        lastId = kpi
        last = k
      }
      return levelOf(k, value, target)
    },
    sla: (items, options) => slaOf(compiled.policy, compiled.calendar, items, options),
    slaStatus: (items, options) => slaStatusOf(compiled.policy, compiled.calendar, items, options),
  }
}
