// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type { AlertLevel, KpiMeasurementsInput, KpiPolicy, KpiPolicyInput, SlaItemInput } from '../../models/kpi';
import { KpiPolicySchema } from '../../models/kpi';
import { fail, parseWith } from '../../core/schema';
import { compileKpis, evaluateCompiled, levelOf, type KpiEvaluation } from './_lib/evaluate';
import type { EvaluateKpisOptions } from './evaluateKpis';
import { slaOf, type SlaComplianceOptions, type SlaReport } from './slaCompliance';

/**
 * A KPI policy validated and compiled once, for many evaluations.
 *
 * @group KPIs and SLAs
 */
export interface KpiPolicyEvaluator {
  /** The validated policy. */
  readonly policy: KpiPolicy;
  /** A period's evaluation; see {@link evaluateKpis}. */
  readonly evaluate: (measurements: KpiMeasurementsInput, options: EvaluateKpisOptions) => KpiEvaluation;
  /**
   * The alert level of one value of one KPI, on a fast path: the level {@link evaluateKpis} would
   * give. For bands on attainment, `target` is the target to date (the KPI's fixed target when left
   * out; required for a periodic target).
   */
  readonly level: (kpi: string, value: string | number, target?: string | number) => AlertLevel;
  /** A service-time report; see {@link slaCompliance}. */
  readonly sla: (items: readonly SlaItemInput[], options: SlaComplianceOptions) => SlaReport;
}

/**
 * Validates a KPI policy once and returns an evaluator: full period evaluations, service-time
 * reports, and `level(kpi, value)`, which classifies a single value in plain numbers wherever a
 * double comparison is exact and in decimals otherwise (a million values a second for
 * monitoring streams).
 *
 * @param policy - The KPI policy; see {@link KpiPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of each bad field; its `level` throws `INVALID_INPUT` for an unknown KPI or a bad value.
 *
 * @example
 * const evaluator = compileKpiPolicy({ id: 'kpi', version: '1', effectiveFrom: '2026-01-01',
 *   kpis: [{ id: 'churn', label: '客户流失率', unit: 'ratio', direction: 'lower-is-better',
 *     bands: [{ level: 'ok' }, { from: '0.05', level: 'warning' }, { from: '0.1', level: 'critical' }] }] })
 * evaluator.level('churn', 0.05) //=> 'warning'
 * evaluator.level('churn', '0.0499') //=> 'ok'
 *
 * @group KPIs and SLAs
 */
export function compileKpiPolicy(policy: KpiPolicyInput): KpiPolicyEvaluator {
  if (stryMutAct_9fa48("758")) {
    {}
  } else {
    stryCov_9fa48("758");
    const compiled = compileKpis(parseWith(KpiPolicySchema, policy, stryMutAct_9fa48("759") ? "" : (stryCov_9fa48("759"), 'INVALID_POLICY')));
    return stryMutAct_9fa48("760") ? {} : (stryCov_9fa48("760"), {
      policy: compiled.policy,
      evaluate: stryMutAct_9fa48("761") ? () => undefined : (stryCov_9fa48("761"), (measurements, options) => evaluateCompiled(compiled, measurements, options)),
      level: (kpi, value, target) => {
        if (stryMutAct_9fa48("762")) {
          {}
        } else {
          stryCov_9fa48("762");
          const k = (stryMutAct_9fa48("765") ? typeof kpi !== 'string' : stryMutAct_9fa48("764") ? false : stryMutAct_9fa48("763") ? true : (stryCov_9fa48("763", "764", "765"), typeof kpi === (stryMutAct_9fa48("766") ? "" : (stryCov_9fa48("766"), 'string')))) ? compiled.byId.get(kpi) : undefined;
          if (stryMutAct_9fa48("769") ? k !== undefined : stryMutAct_9fa48("768") ? false : stryMutAct_9fa48("767") ? true : (stryCov_9fa48("767", "768", "769"), k === undefined)) fail(stryMutAct_9fa48("770") ? "" : (stryCov_9fa48("770"), 'INVALID_INPUT'), stryMutAct_9fa48("771") ? "" : (stryCov_9fa48("771"), 'kpi.unknown'), stryMutAct_9fa48("772") ? [] : (stryCov_9fa48("772"), [stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), 'kpi')]), stryMutAct_9fa48("774") ? {} : (stryCov_9fa48("774"), {
            kpi: String(kpi)
          }));
          return levelOf(k, value, target);
        }
      },
      sla: stryMutAct_9fa48("775") ? () => undefined : (stryCov_9fa48("775"), (items, options) => slaOf(compiled.policy, compiled.calendar, items, options))
    });
  }
}