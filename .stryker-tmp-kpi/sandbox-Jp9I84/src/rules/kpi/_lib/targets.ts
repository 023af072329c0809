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
import { addMonths } from 'date-fns/addMonths';
import { startOfMonth } from 'date-fns/startOfMonth';
import { subDays } from 'date-fns/subDays';
import type { CompiledCalendar } from '../../../core/calendar';
import { toDate, toText } from '../../../core/dates';
import { allocateUnits, ONE, roundTo, sum, type Decimal } from '../../../core/decimal';
import { unitsIn } from '../../../core/period';
import type { KpiPolicy } from '../../../models/kpi';
type PeriodicTarget = Extract<NonNullable<KpiPolicy['kpis'][number]['target']>, {
  kind: 'periodic';
}>;

/**
 * The twelve monthly targets of a periodic target, in fiscal-month order, adding up to the rounded annual amount.
 *
 * @group KPIs and SLAs
 */
export function monthlyTargets(target: PeriodicTarget, policy: KpiPolicy): readonly Decimal[] {
  if (stryMutAct_9fa48("725")) {
    {}
  } else {
    stryCov_9fa48("725");
    const annual = roundTo(target.annual, policy.rounding);
    const weights = stryMutAct_9fa48("726") ? target.months && Array.from({
      length: 12
    }, () => ONE) : (stryCov_9fa48("726"), target.months ?? Array.from(stryMutAct_9fa48("727") ? {} : (stryCov_9fa48("727"), {
      length: 12
    }), stryMutAct_9fa48("728") ? () => undefined : (stryCov_9fa48("728"), () => ONE)));
    return allocateUnits(annual, weights, policy.rounding.scale).parts;
  }
}

/**
 * The target of `[start, end]`: each calendar month it touches contributes its monthly target ×
 * the share of the month covered (by calendar days, working days, or in full once touched),
 * summed exactly and rounded once by the policy.
 *
 * @group KPIs and SLAs
 */
export function targetBetween(months: readonly Decimal[], target: PeriodicTarget, policy: KpiPolicy, calendar: CompiledCalendar | undefined, start: string, end: string): Decimal {
  if (stryMutAct_9fa48("729")) {
    {}
  } else {
    stryCov_9fa48("729");
    const parts: Decimal[] = stryMutAct_9fa48("730") ? ["Stryker was here"] : (stryCov_9fa48("730"), []);
    for (let month = startOfMonth(toDate(start)); stryMutAct_9fa48("733") ? toText(month) > end : stryMutAct_9fa48("732") ? toText(month) < end : stryMutAct_9fa48("731") ? false : (stryCov_9fa48("731", "732", "733"), toText(month) <= end); month = addMonths(month, 1)) {
      if (stryMutAct_9fa48("734")) {
        {}
      } else {
        stryCov_9fa48("734");
        const first = toText(month);
        const last = toText(subDays(addMonths(month, 1), 1));
        const fiscalIndex = stryMutAct_9fa48("735") ? (month.getMonth() + 1 - policy.fiscalYearStartMonth + 12) * 12 : (stryCov_9fa48("735"), (stryMutAct_9fa48("736") ? month.getMonth() + 1 - policy.fiscalYearStartMonth - 12 : (stryCov_9fa48("736"), (stryMutAct_9fa48("737") ? month.getMonth() + 1 + policy.fiscalYearStartMonth : (stryCov_9fa48("737"), (stryMutAct_9fa48("738") ? month.getMonth() - 1 : (stryCov_9fa48("738"), month.getMonth() + 1)) - policy.fiscalYearStartMonth)) + 12)) % 12);
        const whole = unitsIn(target.proration, calendar, stryMutAct_9fa48("739") ? {} : (stryCov_9fa48("739"), {
          start: first,
          end: last
        }));
        const covered = unitsIn(target.proration, calendar, stryMutAct_9fa48("740") ? {} : (stryCov_9fa48("740"), {
          start: (stryMutAct_9fa48("744") ? start <= first : stryMutAct_9fa48("743") ? start >= first : stryMutAct_9fa48("742") ? false : stryMutAct_9fa48("741") ? true : (stryCov_9fa48("741", "742", "743", "744"), start > first)) ? start : first,
          end: (stryMutAct_9fa48("748") ? end >= last : stryMutAct_9fa48("747") ? end <= last : stryMutAct_9fa48("746") ? false : stryMutAct_9fa48("745") ? true : (stryCov_9fa48("745", "746", "747", "748"), end < last)) ? end : last
        }));
        if (stryMutAct_9fa48("751") ? whole > 0 || covered > 0 : stryMutAct_9fa48("750") ? false : stryMutAct_9fa48("749") ? true : (stryCov_9fa48("749", "750", "751"), (stryMutAct_9fa48("754") ? whole <= 0 : stryMutAct_9fa48("753") ? whole >= 0 : stryMutAct_9fa48("752") ? true : (stryCov_9fa48("752", "753", "754"), whole > 0)) && (stryMutAct_9fa48("757") ? covered <= 0 : stryMutAct_9fa48("756") ? covered >= 0 : stryMutAct_9fa48("755") ? true : (stryCov_9fa48("755", "756", "757"), covered > 0)))) parts.push((months[fiscalIndex] as Decimal).times(covered).div(whole));
      }
    }
    return roundTo(sum(parts), policy.rounding);
  }
}