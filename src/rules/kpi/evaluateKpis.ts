import { parseWith } from '../../core/schema'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../core/versioning'
import { KpiPolicySchema, type KpiMeasurementsInput, type KpiPolicyInput } from '../../models/kpi'
import { compileKpis, evaluateCompiled, type KpiEvaluation } from './_lib/evaluate'

/**
 * Options of {@link evaluateKpis}.
 *
 * @group KPIs and SLAs
 */
export interface EvaluateKpisOptions {
  /** The period evaluated (e.g. a month or a quarter), both ends included. */
  readonly period: {
    /** First day, `YYYY-MM-DD`. */
    readonly start: string
    /** Last day (inclusive), `YYYY-MM-DD`. */
    readonly end: string
  }
  /**
   * The evaluation date: periodic targets are prorated up to it (the period's end by default; a later date
   * counts as the end).
   */
  readonly asOf?: string
}

/**
 * Evaluates a period's measurements against the KPI policy (监控指标与预警, 绩效考核): for each
 * KPI, its value (given, or computed by its formula from inputs), the target to date, the
 * attainment, the alert band and the scorecard points; then the weighted total and its rating,
 * and every alert — thresholds, missing data and trends — sorted from the most severe, each with
 * the roles to notify.
 *
 * Attainment is value ÷ target for a higher-is-better KPI; for a lower-is-better one it is
 * 2 − value ÷ target, not below 0 (`reflected`, the default) or target ÷ value (`inverse`), so
 * that 100 % means "on target" either way (9 % against 8 %: 87.5 % or 88.89 %). A zero target
 * (零投诉) has no attainment and is scored by deduction or band scores. Every KPI's score is floored
 * at the scorecard's `scoreFloor` (0 by default). A value on a band's `from` is in that band. Band
 * decisions on attainment are made by cross-multiplication, never on a rounded quotient.
 *
 * @param policy - The KPI policy, or the list of its versions: the one in force on the period's last
 * day (`options.period.end`, the decision's date) evaluates it; see {@link KpiPolicyInput}.
 * @param measurements - Values by KPI id: a decimal, `null`, or `{ value | inputs, history }`; see {@link
 * KpiMeasurementsInput}.
 * @param options - The `period` and the `asOf` date.
 * @returns Each KPI's result, the scorecard total and rating, the alerts, and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy (weights not adding up to 100 %, bands out of
 * order…); `INVALID_INPUT` for an unknown KPI, a bad value or option; `NO_POLICY_IN_FORCE` when no
 * version is in force on the period's last day.
 *
 * @example
 * const policy = defineKpiPolicy({
 *   id: 'kpi',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   kpis: [
 *     {
 *       id: 'revenue',
 *       label: { en: 'Revenue', 'zh-CN': '销售额' },
 *       unit: 'money',
 *       direction: 'higher-is-better',
 *       target: { kind: 'fixed', value: '500000' },
 *       bandsOn: 'attainment',
 *       bands: [{ level: 'critical' }, { from: '0.8', level: 'warning' }, { from: '1', level: 'ok' }],
 *     },
 *   ],
 *   scorecard: {
 *     weights: [{ kpi: 'revenue', weight: 1 }],
 *     ratings: [
 *       { id: 'A', minScore: 100 },
 *       { id: 'B', minScore: 80 },
 *       { id: 'C', minScore: 0 },
 *     ],
 *   },
 * })
 * const result = evaluateKpis(
 *   policy,
 *   { revenue: '420000' },
 *   { period: { start: '2026-06-01', end: '2026-06-30' } },
 * )
 * result.kpis[0]?.level //=> 'warning'
 * result.rating //=> 'B'
 *
 * @group KPIs and SLAs
 */
export function evaluateKpis(
  policy: PolicyOrVersions<KpiPolicyInput>,
  measurements: KpiMeasurementsInput,
  options: EvaluateKpisOptions,
): KpiEvaluation {
  // the decision's date is the period's end: the version in force on it evaluates the period
  const end = () => optionOf(optionOf(options, 'period'), 'end')
  return withPolicyInForce(policy, end, ['options', 'period', 'end'], (p) =>
    evaluateCompiled(compileKpis(parseWith(KpiPolicySchema(), p, 'INVALID_POLICY')), measurements, options),
  )
}
