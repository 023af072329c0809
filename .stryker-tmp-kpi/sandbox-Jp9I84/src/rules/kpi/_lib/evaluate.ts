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
import * as z from 'zod';
import { compileCalendar, type CompiledCalendar } from '../../../core/calendar';
import { compareProduct, Dec, HUNDRED, max, min, percent, ratio, readDecimal, sum, truncate, ZERO, type Decimal } from '../../../core/decimal';
import type { PathSegment } from '../../../core/errors';
import { BASIS_LABEL, DateRangeSchema } from '../../../core/period';
import { DateSchema, DecimalSchema, fail, parseWith, whenValid, addIssue } from '../../../core/schema';
import { step, type LocalizedText, type TraceStep } from '../../../core/trace';
import { KpiFormulaInputSchema, KpiMeasurementsSchema, severityOf, type AlertLevel, type KpiDefinition, type KpiDirection, type KpiPolicy, type KpiUnit } from '../../../models/kpi';
import { measureOf } from '../measureKpi';
import { monthlyTargets, targetBetween } from './targets';

/**
 * Options of an evaluation.
 *
 * @group KPIs and SLAs
 */
export const EvaluateOptionsSchema = z.object(stryMutAct_9fa48("0") ? {} : (stryCov_9fa48("0"), {
  period: DateRangeSchema,
  asOf: DateSchema.optional()
})).check(whenValid((o, ctx) => {
  if (stryMutAct_9fa48("1")) {
    {}
  } else {
    stryCov_9fa48("1");
    if (stryMutAct_9fa48("4") ? o.asOf !== undefined || o.asOf < o.period.start : stryMutAct_9fa48("3") ? false : stryMutAct_9fa48("2") ? true : (stryCov_9fa48("2", "3", "4"), (stryMutAct_9fa48("6") ? o.asOf === undefined : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6"), o.asOf !== undefined)) && (stryMutAct_9fa48("9") ? o.asOf >= o.period.start : stryMutAct_9fa48("8") ? o.asOf <= o.period.start : stryMutAct_9fa48("7") ? true : (stryCov_9fa48("7", "8", "9"), o.asOf < o.period.start)))) addIssue(ctx, stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), 'kpi.asof-before-period'), stryMutAct_9fa48("11") ? [] : (stryCov_9fa48("11"), [stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), 'asOf')]), stryMutAct_9fa48("13") ? {} : (stryCov_9fa48("13"), {
      asOf: o.asOf,
      start: o.period.start
    }));
  }
}));

/**
 * A KPI ready for evaluation: its definition, weight, monthly targets and band bounds as doubles.
 *
 * @group KPIs and SLAs
 */
export interface CompiledKpi {
  readonly def: KpiDefinition;
  readonly index: number;
  readonly weight: Decimal | undefined;
  readonly months: readonly Decimal[] | undefined;
  /** `bounds[i]` is band i's `from` as a double (`-Infinity` for the first band). */
  readonly bounds: readonly number[];
  /** For attainment bands: the factor F of `v ≥ F·t` (higher is better) or `v ≤ F·t` (lower is better), as a decimal and a double. */
  readonly factors: readonly {
    readonly exact: Decimal;
    readonly approx: number;
  }[];
}

/**
 * A validated KPI policy, compiled once.
 *
 * @group KPIs and SLAs
 */
export interface CompiledKpiPolicy {
  readonly policy: KpiPolicy;
  readonly kpis: readonly CompiledKpi[];
  readonly byId: ReadonlyMap<string, CompiledKpi>;
  readonly calendar: CompiledCalendar | undefined;
  /** Periodic targets already computed, by KPI, period and date (bounded; derived from the validated policy only). */
  readonly targets: Map<string, {
    readonly target: Decimal;
    readonly periodTarget: Decimal;
  }>;
}
const TARGET_TABLE_LIMIT = 10_000;

/**
 * Compiles a validated policy.
 *
 * @group KPIs and SLAs
 */
export function compileKpis(policy: KpiPolicy): CompiledKpiPolicy {
  if (stryMutAct_9fa48("14")) {
    {}
  } else {
    stryCov_9fa48("14");
    const weights = new Map((stryMutAct_9fa48("15") ? policy.scorecard?.weights && [] : (stryCov_9fa48("15"), (stryMutAct_9fa48("16") ? policy.scorecard.weights : (stryCov_9fa48("16"), policy.scorecard?.weights)) ?? (stryMutAct_9fa48("17") ? ["Stryker was here"] : (stryCov_9fa48("17"), [])))).map(stryMutAct_9fa48("18") ? () => undefined : (stryCov_9fa48("18"), w => stryMutAct_9fa48("19") ? [] : (stryCov_9fa48("19"), [w.kpi, w.weight]))));
    const kpis = policy.kpis.map((def, index): CompiledKpi => {
      if (stryMutAct_9fa48("20")) {
        {}
      } else {
        stryCov_9fa48("20");
        const lower = stryMutAct_9fa48("23") ? def.direction !== 'lower-is-better' : stryMutAct_9fa48("22") ? false : stryMutAct_9fa48("21") ? true : (stryCov_9fa48("21", "22", "23"), def.direction === (stryMutAct_9fa48("24") ? "" : (stryCov_9fa48("24"), 'lower-is-better')));
        return stryMutAct_9fa48("25") ? {} : (stryCov_9fa48("25"), {
          def,
          index,
          weight: weights.get(def.id),
          months: (stryMutAct_9fa48("28") ? def.target?.kind !== 'periodic' : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28"), (stryMutAct_9fa48("29") ? def.target.kind : (stryCov_9fa48("29"), def.target?.kind)) === (stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), 'periodic')))) ? monthlyTargets(def.target, policy) : undefined,
          bounds: def.bands.map(stryMutAct_9fa48("31") ? () => undefined : (stryCov_9fa48("31"), b => (stryMutAct_9fa48("34") ? b.from !== undefined : stryMutAct_9fa48("33") ? false : stryMutAct_9fa48("32") ? true : (stryCov_9fa48("32", "33", "34"), b.from === undefined)) ? Number.NEGATIVE_INFINITY : b.from.toNumber())),
          factors: def.bands.map(b => {
            if (stryMutAct_9fa48("35")) {
              {}
            } else {
              stryCov_9fa48("35");
              const exact = (stryMutAct_9fa48("38") ? b.from !== undefined : stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37", "38"), b.from === undefined)) ? ZERO : lower ? new Dec(2).minus(b.from) : b.from;
              return stryMutAct_9fa48("39") ? {} : (stryCov_9fa48("39"), {
                exact,
                approx: exact.toNumber()
              });
            }
          })
        });
      }
    });
    return stryMutAct_9fa48("40") ? {} : (stryCov_9fa48("40"), {
      policy,
      kpis,
      byId: new Map(kpis.map(stryMutAct_9fa48("41") ? () => undefined : (stryCov_9fa48("41"), k => stryMutAct_9fa48("42") ? [] : (stryCov_9fa48("42"), [k.def.id, k])))),
      calendar: (stryMutAct_9fa48("45") ? policy.calendar !== undefined : stryMutAct_9fa48("44") ? false : stryMutAct_9fa48("43") ? true : (stryCov_9fa48("43", "44", "45"), policy.calendar === undefined)) ? undefined : compileCalendar(policy.calendar),
      targets: new Map()
    });
  }
}
const LEVEL_LABEL: Readonly<Record<AlertLevel, LocalizedText>> = stryMutAct_9fa48("46") ? {} : (stryCov_9fa48("46"), {
  ok: stryMutAct_9fa48("47") ? {} : (stryCov_9fa48("47"), {
    en: stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), 'ok'),
    'zh-CN': stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), '正常')
  }),
  notice: stryMutAct_9fa48("50") ? {} : (stryCov_9fa48("50"), {
    en: stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), 'notice'),
    'zh-CN': stryMutAct_9fa48("52") ? "" : (stryCov_9fa48("52"), '关注')
  }),
  warning: stryMutAct_9fa48("53") ? {} : (stryCov_9fa48("53"), {
    en: stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), 'warning'),
    'zh-CN': stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), '预警')
  }),
  critical: stryMutAct_9fa48("56") ? {} : (stryCov_9fa48("56"), {
    en: stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), 'critical'),
    'zh-CN': stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), '严重')
  })
});
const MISSING_LABEL = {
  exclude: {
    en: 'leave it out of the scorecard',
    'zh-CN': '不计入考核'
  },
  zero: {
    en: 'count it as zero',
    'zh-CN': '按零计'
  },
  critical: {
    en: 'raise a critical alert and score 0',
    'zh-CN': '发出严重预警并记 0 分'
  }
} as const;
const KIND_LABEL: Readonly<Record<KpiAlertKind, LocalizedText>> = stryMutAct_9fa48("59") ? {} : (stryCov_9fa48("59"), {
  missing: stryMutAct_9fa48("60") ? {} : (stryCov_9fa48("60"), {
    en: stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), 'missing data'),
    'zh-CN': stryMutAct_9fa48("62") ? "" : (stryCov_9fa48("62"), '数据缺失')
  }),
  threshold: stryMutAct_9fa48("63") ? {} : (stryCov_9fa48("63"), {
    en: stryMutAct_9fa48("64") ? "" : (stryCov_9fa48("64"), 'threshold'),
    'zh-CN': stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), '超出阈值')
  }),
  'trend-streak': stryMutAct_9fa48("66") ? {} : (stryCov_9fa48("66"), {
    en: stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), 'worsening trend'),
    'zh-CN': stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), '持续恶化')
  }),
  'trend-change': stryMutAct_9fa48("69") ? {} : (stryCov_9fa48("69"), {
    en: stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), 'sharp adverse change'),
    'zh-CN': stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), '大幅反向变动')
  })
});
const ON_LABEL = {
  value: {
    en: 'value',
    'zh-CN': '数值'
  },
  attainment: {
    en: 'attainment',
    'zh-CN': '达成率'
  }
} as const;

/** Writes a value of a unit for a sentence: ratios as percentages, money at the policy's scale. */
function display(unit: KpiUnit, value: Decimal, scale: number): string {
  if (stryMutAct_9fa48("72")) {
    {}
  } else {
    stryCov_9fa48("72");
    if (stryMutAct_9fa48("75") ? unit !== 'ratio' : stryMutAct_9fa48("74") ? false : stryMutAct_9fa48("73") ? true : (stryCov_9fa48("73", "74", "75"), unit === (stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), 'ratio')))) return percent(value);
    if (stryMutAct_9fa48("79") ? unit !== 'money' : stryMutAct_9fa48("78") ? false : stryMutAct_9fa48("77") ? true : (stryCov_9fa48("77", "78", "79"), unit === (stryMutAct_9fa48("80") ? "" : (stryCov_9fa48("80"), 'money')))) return value.toFixed(scale);
    return truncate(value, 4).toString();
  }
}

/** The index of the band holding `x` (exact): the last band whose `from` is at most `x`. */
function bandIndex(def: KpiDefinition, x: Decimal): number {
  if (stryMutAct_9fa48("81")) {
    {}
  } else {
    stryCov_9fa48("81");
    for (let i = stryMutAct_9fa48("82") ? def.bands.length + 1 : (stryCov_9fa48("82"), def.bands.length - 1); stryMutAct_9fa48("85") ? i <= 0 : stryMutAct_9fa48("84") ? i >= 0 : stryMutAct_9fa48("83") ? false : (stryCov_9fa48("83", "84", "85"), i > 0); stryMutAct_9fa48("86") ? i += 1 : (stryCov_9fa48("86"), i -= 1)) if (stryMutAct_9fa48("88") ? false : stryMutAct_9fa48("87") ? true : (stryCov_9fa48("87", "88"), (def.bands[i]?.from as Decimal).lte(x))) return i;
    return 0;
  }
}

/** The index of the attainment band holding `value ÷ target` (exact, by cross-multiplication; the target is above zero). */
function attainmentBand(def: KpiDefinition, value: Decimal, target: Decimal): number {
  if (stryMutAct_9fa48("89")) {
    {}
  } else {
    stryCov_9fa48("89");
    const lower = stryMutAct_9fa48("92") ? def.direction !== 'lower-is-better' : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), def.direction === (stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), 'lower-is-better')));
    for (let i = stryMutAct_9fa48("94") ? def.bands.length + 1 : (stryCov_9fa48("94"), def.bands.length - 1); stryMutAct_9fa48("97") ? i <= 0 : stryMutAct_9fa48("96") ? i >= 0 : stryMutAct_9fa48("95") ? false : (stryCov_9fa48("95", "96", "97"), i > 0); stryMutAct_9fa48("98") ? i += 1 : (stryCov_9fa48("98"), i -= 1)) {
      if (stryMutAct_9fa48("99")) {
        {}
      } else {
        stryCov_9fa48("99");
        const from = def.bands[i]?.from as Decimal;
        // higher: v ÷ t ≥ from ⇔ v ≥ from × t; lower: max(0, 2 − v ÷ t) ≥ from ⇔ from ≤ 0 or v ≤ (2 − from) × t
        if (stryMutAct_9fa48("101") ? false : stryMutAct_9fa48("100") ? true : (stryCov_9fa48("100", "101"), lower ? stryMutAct_9fa48("104") ? (!from.isPositive() || from.isZero()) && compareProduct(value, new Dec(2).minus(from), target) <= 0 : stryMutAct_9fa48("103") ? false : stryMutAct_9fa48("102") ? true : (stryCov_9fa48("102", "103", "104"), (stryMutAct_9fa48("106") ? !from.isPositive() && from.isZero() : stryMutAct_9fa48("105") ? false : (stryCov_9fa48("105", "106"), (stryMutAct_9fa48("107") ? from.isPositive() : (stryCov_9fa48("107"), !from.isPositive())) || from.isZero())) || (stryMutAct_9fa48("110") ? compareProduct(value, new Dec(2).minus(from), target) > 0 : stryMutAct_9fa48("109") ? compareProduct(value, new Dec(2).minus(from), target) < 0 : stryMutAct_9fa48("108") ? false : (stryCov_9fa48("108", "109", "110"), compareProduct(value, new Dec(2).minus(from), target) <= 0))) : stryMutAct_9fa48("114") ? compareProduct(value, from, target) < 0 : stryMutAct_9fa48("113") ? compareProduct(value, from, target) > 0 : stryMutAct_9fa48("112") ? false : stryMutAct_9fa48("111") ? true : (stryCov_9fa48("111", "112", "113", "114"), compareProduct(value, from, target) >= 0))) return i;
      }
    }
    return 0;
  }
}

/** Attainment: value ÷ target (higher is better) or 2 − value ÷ target, not below 0 (lower is better). */
function attainmentOf(direction: KpiDirection, value: Decimal, target: Decimal): Decimal {
  if (stryMutAct_9fa48("115")) {
    {}
  } else {
    stryCov_9fa48("115");
    const share = ratio(value, target);
    return (stryMutAct_9fa48("118") ? direction !== 'lower-is-better' : stryMutAct_9fa48("117") ? false : stryMutAct_9fa48("116") ? true : (stryCov_9fa48("116", "117", "118"), direction === (stryMutAct_9fa48("119") ? "" : (stryCov_9fa48("119"), 'lower-is-better')))) ? max(ZERO, new Dec(2).minus(share)) : share;
  }
}

/**
 * What kind of alert.
 *
 * @group KPIs and SLAs
 */
export type KpiAlertKind = 'missing' | 'threshold' | 'trend-streak' | 'trend-change';

/**
 * An alert raised by a KPI (预警).
 *
 * @group KPIs and SLAs
 */
export interface KpiAlert {
  /** The KPI's id. */
  readonly kpi: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** The alert's level. */
  readonly level: AlertLevel;
  /** `threshold` (the value left its band), `missing` (no data), `trend-streak` (worsened several periods in a row) or `trend-change` (a large move the wrong way). */
  readonly kind: KpiAlertKind;
  /** The roles to tell: the policy's escalation for the level and the KPI's own. */
  readonly notify: readonly string[];
  /** Why, and who is told. */
  readonly trace: readonly TraceStep[];
}

/**
 * One KPI's result for a period.
 *
 * @group KPIs and SLAs
 */
export interface KpiResult {
  /** The KPI's id. */
  readonly kpi: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** Its unit. */
  readonly unit: KpiUnit;
  /** `measured`, or `missing` when no value was given (or its formula had no base). */
  readonly status: 'measured' | 'missing';
  /** The value evaluated (zero for a missing value the policy counts as zero); `null` when missing. */
  readonly value: Decimal | null;
  /** The target to the evaluation date (prorated for periodic targets); `null` without a target. */
  readonly target: Decimal | null;
  /** The target of the whole period; `null` without a target. */
  readonly periodTarget: Decimal | null;
  /** Value ÷ target to date (higher is better) or 2 − value ÷ target, not below 0 (lower is better); `null` without a target or with a zero target to date. */
  readonly attainment: Decimal | null;
  /** The alert level; `null` for a missing value left out of the scorecard. */
  readonly level: AlertLevel | null;
  /** The index of the band the value fell in; `null` when no band applies. */
  readonly band: number | null;
  /** The scorecard points: the band's score, else attainment (capped) × 100; `null` when not scored. */
  readonly score: Decimal | null;
  /** The KPI's weight in the scorecard; `null` when it is not in it. */
  readonly weight: Decimal | null;
  /** The steps behind this KPI's figures. */
  readonly trace: readonly TraceStep[];
}

/**
 * A period's KPI evaluation (绩效考核结果).
 *
 * @group KPIs and SLAs
 */
export interface KpiEvaluation {
  /** The period evaluated. */
  readonly period: {
    /** First day. */
    readonly start: string;
    /** Last day (inclusive). */
    readonly end: string;
  };
  /** The evaluation date: targets are prorated to it. */
  readonly asOf: string;
  /** Each KPI of the policy, in the policy's order. */
  readonly kpis: readonly KpiResult[];
  /** The weighted scorecard total, over the KPIs scored; `null` without a scorecard or with nothing scored. */
  readonly score: Decimal | null;
  /** The share of the scorecard weight that was scored (1 when nothing was left out). */
  readonly coverage: Decimal | null;
  /** The rating of the total; `null` when there is no total. */
  readonly rating: string | null;
  /** Every alert, the most severe first. */
  readonly alerts: readonly KpiAlert[];
  /** Each KPI's steps, the total, and the alerts. */
  readonly trace: readonly TraceStep[];
}
interface Measured {
  readonly value: Decimal | null;
  readonly history: readonly Decimal[];
  readonly trace: readonly TraceStep[];
}
function measurementOf(k: CompiledKpi, raw: z.output<typeof KpiMeasurementsSchema>[string] | undefined, path: readonly PathSegment[]): Measured {
  if (stryMutAct_9fa48("120")) {
    {}
  } else {
    stryCov_9fa48("120");
    if (stryMutAct_9fa48("123") ? raw === undefined && raw === null : stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122", "123"), (stryMutAct_9fa48("125") ? raw !== undefined : stryMutAct_9fa48("124") ? false : (stryCov_9fa48("124", "125"), raw === undefined)) || (stryMutAct_9fa48("127") ? raw !== null : stryMutAct_9fa48("126") ? false : (stryCov_9fa48("126", "127"), raw === null)))) return stryMutAct_9fa48("128") ? {} : (stryCov_9fa48("128"), {
      value: null,
      history: stryMutAct_9fa48("129") ? ["Stryker was here"] : (stryCov_9fa48("129"), []),
      trace: stryMutAct_9fa48("130") ? ["Stryker was here"] : (stryCov_9fa48("130"), [])
    });
    if (stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132"), Dec.isDecimal(raw))) return stryMutAct_9fa48("133") ? {} : (stryCov_9fa48("133"), {
      value: raw as Decimal,
      history: stryMutAct_9fa48("134") ? ["Stryker was here"] : (stryCov_9fa48("134"), []),
      trace: stryMutAct_9fa48("135") ? ["Stryker was here"] : (stryCov_9fa48("135"), [])
    });
    const m = raw as Exclude<typeof raw, Decimal>;
    if (stryMutAct_9fa48("138") ? m.inputs !== undefined || m.value !== undefined : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), (stryMutAct_9fa48("140") ? m.inputs === undefined : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140"), m.inputs !== undefined)) && (stryMutAct_9fa48("142") ? m.value === undefined : stryMutAct_9fa48("141") ? true : (stryCov_9fa48("141", "142"), m.value !== undefined)))) fail(stryMutAct_9fa48("143") ? "" : (stryCov_9fa48("143"), 'INVALID_INPUT'), stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), 'kpi.value-or-inputs'), stryMutAct_9fa48("145") ? [] : (stryCov_9fa48("145"), [...path, stryMutAct_9fa48("146") ? "" : (stryCov_9fa48("146"), 'inputs')]));
    if (stryMutAct_9fa48("149") ? m.inputs !== undefined : stryMutAct_9fa48("148") ? false : stryMutAct_9fa48("147") ? true : (stryCov_9fa48("147", "148", "149"), m.inputs === undefined)) return stryMutAct_9fa48("150") ? {} : (stryCov_9fa48("150"), {
      value: stryMutAct_9fa48("151") ? m.value && null : (stryCov_9fa48("151"), m.value ?? null),
      history: m.history,
      trace: stryMutAct_9fa48("152") ? ["Stryker was here"] : (stryCov_9fa48("152"), [])
    });
    if (stryMutAct_9fa48("155") ? k.def.formula !== undefined : stryMutAct_9fa48("154") ? false : stryMutAct_9fa48("153") ? true : (stryCov_9fa48("153", "154", "155"), k.def.formula === undefined)) fail(stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), 'INVALID_INPUT'), stryMutAct_9fa48("157") ? "" : (stryCov_9fa48("157"), 'kpi.no-formula'), stryMutAct_9fa48("158") ? [] : (stryCov_9fa48("158"), [...path, stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), 'inputs')]), stryMutAct_9fa48("160") ? {} : (stryCov_9fa48("160"), {
      kpi: k.def.id
    }));
    const input = parseWith(KpiFormulaInputSchema, stryMutAct_9fa48("161") ? {} : (stryCov_9fa48("161"), {
      ...m.inputs,
      formula: k.def.formula
    }), stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), 'INVALID_INPUT'), stryMutAct_9fa48("163") ? [] : (stryCov_9fa48("163"), [...path, stryMutAct_9fa48("164") ? "" : (stryCov_9fa48("164"), 'inputs')]));
    const measure = measureOf(input, stryMutAct_9fa48("165") ? [] : (stryCov_9fa48("165"), [...path, stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), 'inputs')]));
    return stryMutAct_9fa48("167") ? {} : (stryCov_9fa48("167"), {
      value: measure.value,
      history: m.history,
      trace: measure.trace
    });
  }
}
function notifyOf(policy: KpiPolicy, def: KpiDefinition, level: AlertLevel): string[] {
  if (stryMutAct_9fa48("168")) {
    {}
  } else {
    stryCov_9fa48("168");
    const byLevel = (stryMutAct_9fa48("171") ? level !== 'ok' : stryMutAct_9fa48("170") ? false : stryMutAct_9fa48("169") ? true : (stryCov_9fa48("169", "170", "171"), level === (stryMutAct_9fa48("172") ? "" : (stryCov_9fa48("172"), 'ok')))) ? stryMutAct_9fa48("173") ? ["Stryker was here"] : (stryCov_9fa48("173"), []) : stryMutAct_9fa48("174") ? policy.escalation[level] && [] : (stryCov_9fa48("174"), policy.escalation[level] ?? (stryMutAct_9fa48("175") ? ["Stryker was here"] : (stryCov_9fa48("175"), [])));
    return stryMutAct_9fa48("176") ? [] : (stryCov_9fa48("176"), [...new Set(stryMutAct_9fa48("177") ? [] : (stryCov_9fa48("177"), [...byLevel, ...def.notify]))]);
  }
}
function alertOf(policy: KpiPolicy, def: KpiDefinition, level: AlertLevel, kind: KpiAlertKind, reason: TraceStep): KpiAlert {
  if (stryMutAct_9fa48("178")) {
    {}
  } else {
    stryCov_9fa48("178");
    const notify = notifyOf(policy, def, level);
    return stryMutAct_9fa48("179") ? {} : (stryCov_9fa48("179"), {
      kpi: def.id,
      label: def.label,
      level,
      kind,
      notify,
      trace: stryMutAct_9fa48("180") ? [] : (stryCov_9fa48("180"), [reason, step(stryMutAct_9fa48("181") ? "" : (stryCov_9fa48("181"), 'kpi.alert'), stryMutAct_9fa48("182") ? {} : (stryCov_9fa48("182"), {
        level: LEVEL_LABEL[level],
        kpi: def.label,
        kind: KIND_LABEL[kind],
        notify: (stryMutAct_9fa48("185") ? notify.length !== 0 : stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : (stryCov_9fa48("183", "184", "185"), notify.length === 0)) ? stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), '—') : notify.join(stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), ', '))
      }))])
    });
  }
}

/** Trend alerts of a KPI: worsening streak and a large adverse move. */
function trendAlerts(policy: KpiPolicy, def: KpiDefinition, value: Decimal, history: readonly Decimal[]): KpiAlert[] {
  if (stryMutAct_9fa48("188")) {
    {}
  } else {
    stryCov_9fa48("188");
    const trend = def.trend;
    if (stryMutAct_9fa48("191") ? (trend === undefined || history.length === 0) && def.direction === 'target-band' : stryMutAct_9fa48("190") ? false : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190", "191"), (stryMutAct_9fa48("193") ? trend === undefined && history.length === 0 : stryMutAct_9fa48("192") ? false : (stryCov_9fa48("192", "193"), (stryMutAct_9fa48("195") ? trend !== undefined : stryMutAct_9fa48("194") ? false : (stryCov_9fa48("194", "195"), trend === undefined)) || (stryMutAct_9fa48("197") ? history.length !== 0 : stryMutAct_9fa48("196") ? false : (stryCov_9fa48("196", "197"), history.length === 0)))) || (stryMutAct_9fa48("199") ? def.direction !== 'target-band' : stryMutAct_9fa48("198") ? false : (stryCov_9fa48("198", "199"), def.direction === (stryMutAct_9fa48("200") ? "" : (stryCov_9fa48("200"), 'target-band')))))) return stryMutAct_9fa48("201") ? ["Stryker was here"] : (stryCov_9fa48("201"), []);
    const sign = (stryMutAct_9fa48("204") ? def.direction !== 'higher-is-better' : stryMutAct_9fa48("203") ? false : stryMutAct_9fa48("202") ? true : (stryCov_9fa48("202", "203", "204"), def.direction === (stryMutAct_9fa48("205") ? "" : (stryCov_9fa48("205"), 'higher-is-better')))) ? 1 : stryMutAct_9fa48("206") ? +1 : (stryCov_9fa48("206"), -1);
    const series = stryMutAct_9fa48("207") ? [] : (stryCov_9fa48("207"), [...history, value]);
    const alerts: KpiAlert[] = stryMutAct_9fa48("208") ? ["Stryker was here"] : (stryCov_9fa48("208"), []);
    if (stryMutAct_9fa48("211") ? trend.worsenedPeriods === undefined : stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210", "211"), trend.worsenedPeriods !== undefined)) {
      if (stryMutAct_9fa48("212")) {
        {}
      } else {
        stryCov_9fa48("212");
        let streak = 0;
        for (let i = stryMutAct_9fa48("213") ? series.length + 1 : (stryCov_9fa48("213"), series.length - 1); stryMutAct_9fa48("216") ? i <= 0 : stryMutAct_9fa48("215") ? i >= 0 : stryMutAct_9fa48("214") ? false : (stryCov_9fa48("214", "215", "216"), i > 0); stryMutAct_9fa48("217") ? i += 1 : (stryCov_9fa48("217"), i -= 1)) {
          if (stryMutAct_9fa48("218")) {
            {}
          } else {
            stryCov_9fa48("218");
            const change = (series[i] as Decimal).minus(series[i - 1] as Decimal).times(sign);
            if (stryMutAct_9fa48("221") ? !change.isNegative() && change.isZero() : stryMutAct_9fa48("220") ? false : stryMutAct_9fa48("219") ? true : (stryCov_9fa48("219", "220", "221"), (stryMutAct_9fa48("222") ? change.isNegative() : (stryCov_9fa48("222"), !change.isNegative())) || change.isZero())) break;
            stryMutAct_9fa48("223") ? streak -= 1 : (stryCov_9fa48("223"), streak += 1);
          }
        }
        if (stryMutAct_9fa48("227") ? streak < trend.worsenedPeriods : stryMutAct_9fa48("226") ? streak > trend.worsenedPeriods : stryMutAct_9fa48("225") ? false : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225", "226", "227"), streak >= trend.worsenedPeriods)) alerts.push(alertOf(policy, def, trend.level, stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), 'trend-streak'), step(stryMutAct_9fa48("229") ? "" : (stryCov_9fa48("229"), 'kpi.trend-streak'), stryMutAct_9fa48("230") ? {} : (stryCov_9fa48("230"), {
          kpi: def.label,
          periods: streak
        }))));
      }
    }
    const previous = history[history.length - 1] as Decimal;
    if (stryMutAct_9fa48("233") ? trend.adverseChange !== undefined || !previous.isZero() : stryMutAct_9fa48("232") ? false : stryMutAct_9fa48("231") ? true : (stryCov_9fa48("231", "232", "233"), (stryMutAct_9fa48("235") ? trend.adverseChange === undefined : stryMutAct_9fa48("234") ? true : (stryCov_9fa48("234", "235"), trend.adverseChange !== undefined)) && (stryMutAct_9fa48("236") ? previous.isZero() : (stryCov_9fa48("236"), !previous.isZero())))) {
      if (stryMutAct_9fa48("237")) {
        {}
      } else {
        stryCov_9fa48("237");
        const adverse = previous.minus(value).times(sign).div(previous.abs());
        if (stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239"), adverse.gt(trend.adverseChange))) {
          if (stryMutAct_9fa48("240")) {
            {}
          } else {
            stryCov_9fa48("240");
            alerts.push(alertOf(policy, def, trend.level, stryMutAct_9fa48("241") ? "" : (stryCov_9fa48("241"), 'trend-change'), step(stryMutAct_9fa48("242") ? "" : (stryCov_9fa48("242"), 'kpi.trend-change'), stryMutAct_9fa48("243") ? {} : (stryCov_9fa48("243"), {
              kpi: def.label,
              change: adverse,
              previous: display(def.unit, previous, policy.rounding.scale),
              value: display(def.unit, value, policy.rounding.scale)
            }))));
          }
        }
      }
    }
    return alerts;
  }
}
function targetsOf(c: CompiledKpiPolicy, k: CompiledKpi, start: string, end: string, asOf: string): {
  target: Decimal;
  periodTarget: Decimal;
} | undefined {
  if (stryMutAct_9fa48("244")) {
    {}
  } else {
    stryCov_9fa48("244");
    const t = k.def.target;
    if (stryMutAct_9fa48("247") ? t !== undefined : stryMutAct_9fa48("246") ? false : stryMutAct_9fa48("245") ? true : (stryCov_9fa48("245", "246", "247"), t === undefined)) return undefined;
    if (stryMutAct_9fa48("250") ? t.kind !== 'fixed' : stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : (stryCov_9fa48("248", "249", "250"), t.kind === (stryMutAct_9fa48("251") ? "" : (stryCov_9fa48("251"), 'fixed')))) return stryMutAct_9fa48("252") ? {} : (stryCov_9fa48("252"), {
      target: t.value,
      periodTarget: t.value
    });
    const key = stryMutAct_9fa48("253") ? `` : (stryCov_9fa48("253"), `${k.index}|${start}|${end}|${asOf}`);
    const known = c.targets.get(key);
    if (stryMutAct_9fa48("256") ? known === undefined : stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : (stryCov_9fa48("254", "255", "256"), known !== undefined)) return known;
    const months = k.months as readonly Decimal[];
    const made = stryMutAct_9fa48("257") ? {} : (stryCov_9fa48("257"), {
      target: targetBetween(months, t, c.policy, c.calendar, start, (stryMutAct_9fa48("261") ? asOf >= end : stryMutAct_9fa48("260") ? asOf <= end : stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : (stryCov_9fa48("258", "259", "260", "261"), asOf < end)) ? asOf : end),
      periodTarget: targetBetween(months, t, c.policy, c.calendar, start, end)
    });
    if (stryMutAct_9fa48("265") ? c.targets.size < TARGET_TABLE_LIMIT : stryMutAct_9fa48("264") ? c.targets.size > TARGET_TABLE_LIMIT : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264", "265"), c.targets.size >= TARGET_TABLE_LIMIT)) c.targets.clear();
    c.targets.set(key, made);
    return made;
  }
}
function evaluateOne(c: CompiledKpiPolicy, k: CompiledKpi, raw: Measured, start: string, end: string, asOf: string, path: readonly PathSegment[]): {
  result: KpiResult;
  alerts: KpiAlert[];
} {
  if (stryMutAct_9fa48("266")) {
    {}
  } else {
    stryCov_9fa48("266");
    const {
      def
    } = k;
    const {
      policy
    } = c;
    const scale = policy.rounding.scale;
    const trace: TraceStep[] = stryMutAct_9fa48("267") ? [] : (stryCov_9fa48("267"), [...raw.trace]);
    const alerts: KpiAlert[] = stryMutAct_9fa48("268") ? ["Stryker was here"] : (stryCov_9fa48("268"), []);
    const weight = stryMutAct_9fa48("269") ? k.weight && null : (stryCov_9fa48("269"), k.weight ?? null);
    const targets = targetsOf(c, k, start, end, asOf);
    const base = stryMutAct_9fa48("270") ? {} : (stryCov_9fa48("270"), {
      kpi: def.id,
      label: def.label,
      unit: def.unit,
      target: stryMutAct_9fa48("271") ? targets?.target && null : (stryCov_9fa48("271"), (stryMutAct_9fa48("272") ? targets.target : (stryCov_9fa48("272"), targets?.target)) ?? null),
      periodTarget: stryMutAct_9fa48("273") ? targets?.periodTarget && null : (stryCov_9fa48("273"), (stryMutAct_9fa48("274") ? targets.periodTarget : (stryCov_9fa48("274"), targets?.periodTarget)) ?? null),
      weight
    });
    if (stryMutAct_9fa48("277") ? raw.value === null || def.missing !== 'zero' : stryMutAct_9fa48("276") ? false : stryMutAct_9fa48("275") ? true : (stryCov_9fa48("275", "276", "277"), (stryMutAct_9fa48("279") ? raw.value !== null : stryMutAct_9fa48("278") ? true : (stryCov_9fa48("278", "279"), raw.value === null)) && (stryMutAct_9fa48("281") ? def.missing === 'zero' : stryMutAct_9fa48("280") ? true : (stryCov_9fa48("280", "281"), def.missing !== (stryMutAct_9fa48("282") ? "" : (stryCov_9fa48("282"), 'zero')))))) {
      if (stryMutAct_9fa48("283")) {
        {}
      } else {
        stryCov_9fa48("283");
        trace.push(step(stryMutAct_9fa48("284") ? "" : (stryCov_9fa48("284"), 'kpi.missing'), stryMutAct_9fa48("285") ? {} : (stryCov_9fa48("285"), {
          kpi: def.label,
          rule: MISSING_LABEL[def.missing]
        })));
        if (stryMutAct_9fa48("288") ? def.missing !== 'critical' : stryMutAct_9fa48("287") ? false : stryMutAct_9fa48("286") ? true : (stryCov_9fa48("286", "287", "288"), def.missing === (stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), 'critical')))) {
          if (stryMutAct_9fa48("290")) {
            {}
          } else {
            stryCov_9fa48("290");
            alerts.push(alertOf(policy, def, stryMutAct_9fa48("291") ? "" : (stryCov_9fa48("291"), 'critical'), stryMutAct_9fa48("292") ? "" : (stryCov_9fa48("292"), 'missing'), trace[trace.length - 1] as TraceStep));
            if (stryMutAct_9fa48("295") ? weight === null : stryMutAct_9fa48("294") ? false : stryMutAct_9fa48("293") ? true : (stryCov_9fa48("293", "294", "295"), weight !== null)) trace.push(step(stryMutAct_9fa48("296") ? "" : (stryCov_9fa48("296"), 'kpi.score'), stryMutAct_9fa48("297") ? {} : (stryCov_9fa48("297"), {
              kpi: def.label,
              score: stryMutAct_9fa48("298") ? "" : (stryCov_9fa48("298"), '0'),
              weight
            })));
          }
        } else if (stryMutAct_9fa48("301") ? weight === null : stryMutAct_9fa48("300") ? false : stryMutAct_9fa48("299") ? true : (stryCov_9fa48("299", "300", "301"), weight !== null)) trace.push(step(stryMutAct_9fa48("302") ? "" : (stryCov_9fa48("302"), 'kpi.excluded'), stryMutAct_9fa48("303") ? {} : (stryCov_9fa48("303"), {
          kpi: def.label
        })));
        const critical = stryMutAct_9fa48("306") ? def.missing !== 'critical' : stryMutAct_9fa48("305") ? false : stryMutAct_9fa48("304") ? true : (stryCov_9fa48("304", "305", "306"), def.missing === (stryMutAct_9fa48("307") ? "" : (stryCov_9fa48("307"), 'critical')));
        return stryMutAct_9fa48("308") ? {} : (stryCov_9fa48("308"), {
          result: stryMutAct_9fa48("309") ? {} : (stryCov_9fa48("309"), {
            ...base,
            status: stryMutAct_9fa48("310") ? "" : (stryCov_9fa48("310"), 'missing'),
            value: null,
            attainment: null,
            level: critical ? stryMutAct_9fa48("311") ? "" : (stryCov_9fa48("311"), 'critical') : null,
            band: null,
            score: (stryMutAct_9fa48("314") ? critical || weight !== null : stryMutAct_9fa48("313") ? false : stryMutAct_9fa48("312") ? true : (stryCov_9fa48("312", "313", "314"), critical && (stryMutAct_9fa48("316") ? weight === null : stryMutAct_9fa48("315") ? true : (stryCov_9fa48("315", "316"), weight !== null)))) ? ZERO : null,
            trace
          }),
          alerts
        });
      }
    }
    if (stryMutAct_9fa48("319") ? raw.value !== null : stryMutAct_9fa48("318") ? false : stryMutAct_9fa48("317") ? true : (stryCov_9fa48("317", "318", "319"), raw.value === null)) trace.push(step(stryMutAct_9fa48("320") ? "" : (stryCov_9fa48("320"), 'kpi.missing'), stryMutAct_9fa48("321") ? {} : (stryCov_9fa48("321"), {
      kpi: def.label,
      rule: MISSING_LABEL.zero
    })));
    const value = stryMutAct_9fa48("322") ? raw.value && ZERO : (stryCov_9fa48("322"), raw.value ?? ZERO);
    if (stryMutAct_9fa48("325") ? def.unit === 'count' || def.unit === 'duration' || value.isNegative() : stryMutAct_9fa48("324") ? false : stryMutAct_9fa48("323") ? true : (stryCov_9fa48("323", "324", "325"), (stryMutAct_9fa48("327") ? def.unit === 'count' && def.unit === 'duration' : stryMutAct_9fa48("326") ? true : (stryCov_9fa48("326", "327"), (stryMutAct_9fa48("329") ? def.unit !== 'count' : stryMutAct_9fa48("328") ? false : (stryCov_9fa48("328", "329"), def.unit === (stryMutAct_9fa48("330") ? "" : (stryCov_9fa48("330"), 'count')))) || (stryMutAct_9fa48("332") ? def.unit !== 'duration' : stryMutAct_9fa48("331") ? false : (stryCov_9fa48("331", "332"), def.unit === (stryMutAct_9fa48("333") ? "" : (stryCov_9fa48("333"), 'duration')))))) && value.isNegative())) fail(stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), 'INVALID_INPUT'), stryMutAct_9fa48("335") ? "" : (stryCov_9fa48("335"), 'kpi.negative'), stryMutAct_9fa48("336") ? [] : (stryCov_9fa48("336"), [...path, def.id]), stryMutAct_9fa48("337") ? {} : (stryCov_9fa48("337"), {
      unit: def.unit
    }));
    trace.push(step(stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), 'kpi.value'), stryMutAct_9fa48("339") ? {} : (stryCov_9fa48("339"), {
      kpi: def.label,
      value: display(def.unit, value, scale)
    })));
    let attainment: Decimal | null = null;
    if (stryMutAct_9fa48("342") ? targets === undefined : stryMutAct_9fa48("341") ? false : stryMutAct_9fa48("340") ? true : (stryCov_9fa48("340", "341", "342"), targets !== undefined)) {
      if (stryMutAct_9fa48("343")) {
        {}
      } else {
        stryCov_9fa48("343");
        const t = def.target;
        trace.push((stryMutAct_9fa48("346") ? t?.kind !== 'periodic' : stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345", "346"), (stryMutAct_9fa48("347") ? t.kind : (stryCov_9fa48("347"), t?.kind)) === (stryMutAct_9fa48("348") ? "" : (stryCov_9fa48("348"), 'periodic')))) ? step(stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), 'kpi.target'), stryMutAct_9fa48("350") ? {} : (stryCov_9fa48("350"), {
          kpi: def.label,
          target: display(def.unit, targets.target, scale),
          periodTarget: display(def.unit, targets.periodTarget, scale),
          proration: BASIS_LABEL[t.proration]
        })) : step(stryMutAct_9fa48("351") ? "" : (stryCov_9fa48("351"), 'kpi.target-fixed'), stryMutAct_9fa48("352") ? {} : (stryCov_9fa48("352"), {
          kpi: def.label,
          target: display(def.unit, targets.target, scale)
        })));
        if (stryMutAct_9fa48("354") ? false : stryMutAct_9fa48("353") ? true : (stryCov_9fa48("353", "354"), targets.target.isZero())) trace.push(step(stryMutAct_9fa48("355") ? "" : (stryCov_9fa48("355"), 'kpi.no-target-yet'), stryMutAct_9fa48("356") ? {} : (stryCov_9fa48("356"), {
          kpi: def.label
        })));else {
          if (stryMutAct_9fa48("357")) {
            {}
          } else {
            stryCov_9fa48("357");
            attainment = attainmentOf(def.direction, value, targets.target);
            trace.push(step((stryMutAct_9fa48("360") ? def.direction !== 'lower-is-better' : stryMutAct_9fa48("359") ? false : stryMutAct_9fa48("358") ? true : (stryCov_9fa48("358", "359", "360"), def.direction === (stryMutAct_9fa48("361") ? "" : (stryCov_9fa48("361"), 'lower-is-better')))) ? stryMutAct_9fa48("362") ? "" : (stryCov_9fa48("362"), 'kpi.attainment-lower') : stryMutAct_9fa48("363") ? "" : (stryCov_9fa48("363"), 'kpi.attainment'), stryMutAct_9fa48("364") ? {} : (stryCov_9fa48("364"), {
              kpi: def.label,
              attainment
            })));
          }
        }
      }
    }
    let level: AlertLevel = stryMutAct_9fa48("365") ? "" : (stryCov_9fa48("365"), 'ok');
    let band: number | null = null;
    const x = (stryMutAct_9fa48("368") ? def.bandsOn !== 'attainment' : stryMutAct_9fa48("367") ? false : stryMutAct_9fa48("366") ? true : (stryCov_9fa48("366", "367", "368"), def.bandsOn === (stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), 'attainment')))) ? attainment : value;
    if (stryMutAct_9fa48("372") ? def.bands.length !== 0 : stryMutAct_9fa48("371") ? false : stryMutAct_9fa48("370") ? true : (stryCov_9fa48("370", "371", "372"), def.bands.length === 0)) trace.push(step(stryMutAct_9fa48("373") ? "" : (stryCov_9fa48("373"), 'kpi.no-bands'), stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
      kpi: def.label,
      level: LEVEL_LABEL.ok
    })));else if (stryMutAct_9fa48("377") ? x === null : stryMutAct_9fa48("376") ? false : stryMutAct_9fa48("375") ? true : (stryCov_9fa48("375", "376", "377"), x !== null)) {
      if (stryMutAct_9fa48("378")) {
        {}
      } else {
        stryCov_9fa48("378");
        band = (stryMutAct_9fa48("381") ? def.bandsOn !== 'attainment' : stryMutAct_9fa48("380") ? false : stryMutAct_9fa48("379") ? true : (stryCov_9fa48("379", "380", "381"), def.bandsOn === (stryMutAct_9fa48("382") ? "" : (stryCov_9fa48("382"), 'attainment')))) ? attainmentBand(def, value, targets?.target as Decimal) : bandIndex(def, x);
        const b = def.bands[band] as KpiDefinition['bands'][number];
        level = b.level;
        const shown = (stryMutAct_9fa48("385") ? def.bandsOn !== 'attainment' : stryMutAct_9fa48("384") ? false : stryMutAct_9fa48("383") ? true : (stryCov_9fa48("383", "384", "385"), def.bandsOn === (stryMutAct_9fa48("386") ? "" : (stryCov_9fa48("386"), 'attainment')))) ? percent(x) : display(def.unit, x, scale);
        const bound = stryMutAct_9fa48("387") ? () => undefined : (stryCov_9fa48("387"), (() => {
          const bound = (d: Decimal) => (stryMutAct_9fa48("390") ? def.bandsOn !== 'attainment' : stryMutAct_9fa48("389") ? false : stryMutAct_9fa48("388") ? true : (stryCov_9fa48("388", "389", "390"), def.bandsOn === (stryMutAct_9fa48("391") ? "" : (stryCov_9fa48("391"), 'attainment')))) ? percent(d) : display(def.unit, d, scale);
          return bound;
        })());
        const reason = (stryMutAct_9fa48("394") ? b.from !== undefined : stryMutAct_9fa48("393") ? false : stryMutAct_9fa48("392") ? true : (stryCov_9fa48("392", "393", "394"), b.from === undefined)) ? step(stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), 'kpi.band-first'), stryMutAct_9fa48("396") ? {} : (stryCov_9fa48("396"), {
          kpi: def.label,
          on: ON_LABEL[def.bandsOn],
          x: shown,
          next: bound(stryMutAct_9fa48("397") ? def.bands[1]?.from && ZERO : (stryCov_9fa48("397"), (stryMutAct_9fa48("398") ? def.bands[1].from : (stryCov_9fa48("398"), def.bands[1]?.from)) ?? ZERO)),
          level: LEVEL_LABEL[level]
        })) : step(stryMutAct_9fa48("399") ? "" : (stryCov_9fa48("399"), 'kpi.band'), stryMutAct_9fa48("400") ? {} : (stryCov_9fa48("400"), {
          kpi: def.label,
          on: ON_LABEL[def.bandsOn],
          x: shown,
          from: bound(b.from),
          level: LEVEL_LABEL[level]
        }));
        trace.push(reason);
        if (stryMutAct_9fa48("403") ? level === 'ok' : stryMutAct_9fa48("402") ? false : stryMutAct_9fa48("401") ? true : (stryCov_9fa48("401", "402", "403"), level !== (stryMutAct_9fa48("404") ? "" : (stryCov_9fa48("404"), 'ok')))) alerts.push(alertOf(policy, def, level, stryMutAct_9fa48("405") ? "" : (stryCov_9fa48("405"), 'threshold'), reason));
      }
    }
    if (stryMutAct_9fa48("408") ? raw.value === null : stryMutAct_9fa48("407") ? false : stryMutAct_9fa48("406") ? true : (stryCov_9fa48("406", "407", "408"), raw.value !== null)) {
      if (stryMutAct_9fa48("409")) {
        {}
      } else {
        stryCov_9fa48("409");
        const trends = trendAlerts(policy, def, value, raw.history);
        for (const alert of trends) trace.push(alert.trace[0] as TraceStep);
        alerts.push(...trends);
      }
    }
    const cap = stryMutAct_9fa48("410") ? policy.scorecard?.cap && ZERO : (stryCov_9fa48("410"), (stryMutAct_9fa48("411") ? policy.scorecard.cap : (stryCov_9fa48("411"), policy.scorecard?.cap)) ?? ZERO);
    const bandScore = (stryMutAct_9fa48("414") ? band !== null : stryMutAct_9fa48("413") ? false : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413", "414"), band === null)) ? undefined : stryMutAct_9fa48("415") ? def.bands[band].score : (stryCov_9fa48("415"), def.bands[band]?.score);
    const score = (stryMutAct_9fa48("418") ? weight !== null : stryMutAct_9fa48("417") ? false : stryMutAct_9fa48("416") ? true : (stryCov_9fa48("416", "417", "418"), weight === null)) ? null : stryMutAct_9fa48("419") ? bandScore && (attainment === null ? null : min(attainment, cap).times(HUNDRED)) : (stryCov_9fa48("419"), bandScore ?? ((stryMutAct_9fa48("422") ? attainment !== null : stryMutAct_9fa48("421") ? false : stryMutAct_9fa48("420") ? true : (stryCov_9fa48("420", "421", "422"), attainment === null)) ? null : min(attainment, cap).times(HUNDRED)));
    if (stryMutAct_9fa48("425") ? weight === null : stryMutAct_9fa48("424") ? false : stryMutAct_9fa48("423") ? true : (stryCov_9fa48("423", "424", "425"), weight !== null)) trace.push((stryMutAct_9fa48("428") ? score !== null : stryMutAct_9fa48("427") ? false : stryMutAct_9fa48("426") ? true : (stryCov_9fa48("426", "427", "428"), score === null)) ? step(stryMutAct_9fa48("429") ? "" : (stryCov_9fa48("429"), 'kpi.excluded'), stryMutAct_9fa48("430") ? {} : (stryCov_9fa48("430"), {
      kpi: def.label
    })) : step(stryMutAct_9fa48("431") ? "" : (stryCov_9fa48("431"), 'kpi.score'), stryMutAct_9fa48("432") ? {} : (stryCov_9fa48("432"), {
      kpi: def.label,
      score: truncate(score, 4),
      weight
    })));
    return stryMutAct_9fa48("433") ? {} : (stryCov_9fa48("433"), {
      result: stryMutAct_9fa48("434") ? {} : (stryCov_9fa48("434"), {
        ...base,
        status: (stryMutAct_9fa48("437") ? raw.value !== null : stryMutAct_9fa48("436") ? false : stryMutAct_9fa48("435") ? true : (stryCov_9fa48("435", "436", "437"), raw.value === null)) ? stryMutAct_9fa48("438") ? "" : (stryCov_9fa48("438"), 'missing') : stryMutAct_9fa48("439") ? "" : (stryCov_9fa48("439"), 'measured'),
        value,
        attainment,
        level,
        band,
        score,
        trace
      }),
      alerts
    });
  }
}
const KIND_ORDER: Readonly<Record<KpiAlertKind, number>> = stryMutAct_9fa48("440") ? {} : (stryCov_9fa48("440"), {
  missing: 0,
  threshold: 1,
  'trend-streak': 2,
  'trend-change': 3
});

/**
 * Evaluates the measurements of a period against a compiled policy.
 *
 * @group KPIs and SLAs
 */
export function evaluateCompiled(c: CompiledKpiPolicy, measurements: unknown, options: unknown): KpiEvaluation {
  if (stryMutAct_9fa48("441")) {
    {}
  } else {
    stryCov_9fa48("441");
    const opts = parseWith(EvaluateOptionsSchema, options, stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), 'INVALID_INPUT'), stryMutAct_9fa48("443") ? [] : (stryCov_9fa48("443"), [stryMutAct_9fa48("444") ? "" : (stryCov_9fa48("444"), 'options')]));
    const parsed = parseWith(KpiMeasurementsSchema, measurements, stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), 'INVALID_INPUT'), stryMutAct_9fa48("446") ? [] : (stryCov_9fa48("446"), [stryMutAct_9fa48("447") ? "" : (stryCov_9fa48("447"), 'measurements')]));
    for (const id of Object.keys(parsed)) if (stryMutAct_9fa48("450") ? false : stryMutAct_9fa48("449") ? true : stryMutAct_9fa48("448") ? c.byId.has(id) : (stryCov_9fa48("448", "449", "450"), !c.byId.has(id))) fail(stryMutAct_9fa48("451") ? "" : (stryCov_9fa48("451"), 'INVALID_INPUT'), stryMutAct_9fa48("452") ? "" : (stryCov_9fa48("452"), 'kpi.unknown'), stryMutAct_9fa48("453") ? [] : (stryCov_9fa48("453"), [stryMutAct_9fa48("454") ? "" : (stryCov_9fa48("454"), 'measurements'), id]), stryMutAct_9fa48("455") ? {} : (stryCov_9fa48("455"), {
      kpi: id
    }));
    const {
      start,
      end
    } = opts.period;
    const asOf = (stryMutAct_9fa48("458") ? opts.asOf === undefined && opts.asOf > end : stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458"), (stryMutAct_9fa48("460") ? opts.asOf !== undefined : stryMutAct_9fa48("459") ? false : (stryCov_9fa48("459", "460"), opts.asOf === undefined)) || (stryMutAct_9fa48("463") ? opts.asOf <= end : stryMutAct_9fa48("462") ? opts.asOf >= end : stryMutAct_9fa48("461") ? false : (stryCov_9fa48("461", "462", "463"), opts.asOf > end)))) ? end : opts.asOf;
    const results: KpiResult[] = stryMutAct_9fa48("464") ? ["Stryker was here"] : (stryCov_9fa48("464"), []);
    const alerts: {
      alert: KpiAlert;
      index: number;
    }[] = stryMutAct_9fa48("465") ? ["Stryker was here"] : (stryCov_9fa48("465"), []);
    for (const k of c.kpis) {
      if (stryMutAct_9fa48("466")) {
        {}
      } else {
        stryCov_9fa48("466");
        const path = stryMutAct_9fa48("467") ? [] : (stryCov_9fa48("467"), [stryMutAct_9fa48("468") ? "" : (stryCov_9fa48("468"), 'measurements'), k.def.id]);
        const raw = Object.hasOwn(parsed, k.def.id) ? parsed[k.def.id] : undefined;
        const {
          result,
          alerts: raised
        } = evaluateOne(c, k, measurementOf(k, raw, path), start, end, asOf, stryMutAct_9fa48("469") ? [] : (stryCov_9fa48("469"), [stryMutAct_9fa48("470") ? "" : (stryCov_9fa48("470"), 'measurements')]));
        results.push(result);
        for (const alert of raised) alerts.push(stryMutAct_9fa48("471") ? {} : (stryCov_9fa48("471"), {
          alert,
          index: k.index
        }));
      }
    }
    stryMutAct_9fa48("472") ? alerts : (stryCov_9fa48("472"), alerts.sort(stryMutAct_9fa48("473") ? () => undefined : (stryCov_9fa48("473"), (a, b) => stryMutAct_9fa48("476") ? (severityOf(b.alert.level) - severityOf(a.alert.level) || a.index - b.index) && KIND_ORDER[a.alert.kind] - KIND_ORDER[b.alert.kind] : stryMutAct_9fa48("475") ? false : stryMutAct_9fa48("474") ? true : (stryCov_9fa48("474", "475", "476"), (stryMutAct_9fa48("478") ? severityOf(b.alert.level) - severityOf(a.alert.level) && a.index - b.index : stryMutAct_9fa48("477") ? false : (stryCov_9fa48("477", "478"), (stryMutAct_9fa48("479") ? severityOf(b.alert.level) + severityOf(a.alert.level) : (stryCov_9fa48("479"), severityOf(b.alert.level) - severityOf(a.alert.level))) || (stryMutAct_9fa48("480") ? a.index + b.index : (stryCov_9fa48("480"), a.index - b.index)))) || (stryMutAct_9fa48("481") ? KIND_ORDER[a.alert.kind] + KIND_ORDER[b.alert.kind] : (stryCov_9fa48("481"), KIND_ORDER[a.alert.kind] - KIND_ORDER[b.alert.kind]))))));
    const trace: TraceStep[] = results.flatMap(stryMutAct_9fa48("482") ? () => undefined : (stryCov_9fa48("482"), r => r.trace));
    const card = c.policy.scorecard;
    let score: Decimal | null = null;
    let coverage: Decimal | null = null;
    let rating: string | null = null;
    if (stryMutAct_9fa48("485") ? card === undefined : stryMutAct_9fa48("484") ? false : stryMutAct_9fa48("483") ? true : (stryCov_9fa48("483", "484", "485"), card !== undefined)) {
      if (stryMutAct_9fa48("486")) {
        {}
      } else {
        stryCov_9fa48("486");
        const scored = stryMutAct_9fa48("487") ? results : (stryCov_9fa48("487"), results.filter(stryMutAct_9fa48("488") ? () => undefined : (stryCov_9fa48("488"), r => stryMutAct_9fa48("491") ? r.weight !== null || r.score !== null : stryMutAct_9fa48("490") ? false : stryMutAct_9fa48("489") ? true : (stryCov_9fa48("489", "490", "491"), (stryMutAct_9fa48("493") ? r.weight === null : stryMutAct_9fa48("492") ? true : (stryCov_9fa48("492", "493"), r.weight !== null)) && (stryMutAct_9fa48("495") ? r.score === null : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495"), r.score !== null))))));
        coverage = sum(scored.map(stryMutAct_9fa48("496") ? () => undefined : (stryCov_9fa48("496"), r => r.weight as Decimal)));
        if (stryMutAct_9fa48("499") ? false : stryMutAct_9fa48("498") ? true : stryMutAct_9fa48("497") ? coverage.isZero() : (stryCov_9fa48("497", "498", "499"), !coverage.isZero())) {
          if (stryMutAct_9fa48("500")) {
            {}
          } else {
            stryCov_9fa48("500");
            score = ratio(sum(scored.map(stryMutAct_9fa48("501") ? () => undefined : (stryCov_9fa48("501"), r => (r.score as Decimal).times(r.weight as Decimal)))), coverage);
            const total = score;
            rating = stryMutAct_9fa48("502") ? (card.ratings.find(r => r.minScore.lte(total)) ?? card.ratings[card.ratings.length - 1])?.id && null : (stryCov_9fa48("502"), (stryMutAct_9fa48("503") ? (card.ratings.find(r => r.minScore.lte(total)) ?? card.ratings[card.ratings.length - 1]).id : (stryCov_9fa48("503"), (stryMutAct_9fa48("504") ? card.ratings.find(r => r.minScore.lte(total)) && card.ratings[card.ratings.length - 1] : (stryCov_9fa48("504"), card.ratings.find(stryMutAct_9fa48("505") ? () => undefined : (stryCov_9fa48("505"), r => r.minScore.lte(total))) ?? card.ratings[stryMutAct_9fa48("506") ? card.ratings.length + 1 : (stryCov_9fa48("506"), card.ratings.length - 1)]))?.id)) ?? null);
            trace.push(step(stryMutAct_9fa48("507") ? "" : (stryCov_9fa48("507"), 'kpi.total'), stryMutAct_9fa48("508") ? {} : (stryCov_9fa48("508"), {
              score: truncate(score, 4),
              coverage,
              rating: stryMutAct_9fa48("509") ? rating && '—' : (stryCov_9fa48("509"), rating ?? (stryMutAct_9fa48("510") ? "" : (stryCov_9fa48("510"), '—')))
            })));
          }
        }
      }
    }
    const sortedAlerts = alerts.map(stryMutAct_9fa48("511") ? () => undefined : (stryCov_9fa48("511"), a => a.alert));
    trace.push(...sortedAlerts.flatMap(stryMutAct_9fa48("512") ? () => undefined : (stryCov_9fa48("512"), a => stryMutAct_9fa48("513") ? a.trace : (stryCov_9fa48("513"), a.trace.slice(stryMutAct_9fa48("514") ? +1 : (stryCov_9fa48("514"), -1))))));
    return stryMutAct_9fa48("515") ? {} : (stryCov_9fa48("515"), {
      period: stryMutAct_9fa48("516") ? {} : (stryCov_9fa48("516"), {
        start,
        end
      }),
      asOf,
      kpis: results,
      score,
      coverage,
      rating,
      alerts: sortedAlerts,
      trace
    });
  }
}

/** A plain number read exactly as the decimal path would read it, or `undefined` (the caller then takes the exact path). */
function plainNumber(value: unknown): number | undefined {
  if (stryMutAct_9fa48("517")) {
    {}
  } else {
    stryCov_9fa48("517");
    if (stryMutAct_9fa48("520") ? typeof value !== 'number' : stryMutAct_9fa48("519") ? false : stryMutAct_9fa48("518") ? true : (stryCov_9fa48("518", "519", "520"), typeof value === (stryMutAct_9fa48("521") ? "" : (stryCov_9fa48("521"), 'number')))) {
      if (stryMutAct_9fa48("522")) {
        {}
      } else {
        stryCov_9fa48("522");
        if (stryMutAct_9fa48("525") ? !Number.isFinite(value) && Math.abs(value) >= 1e15 : stryMutAct_9fa48("524") ? false : stryMutAct_9fa48("523") ? true : (stryCov_9fa48("523", "524", "525"), (stryMutAct_9fa48("526") ? Number.isFinite(value) : (stryCov_9fa48("526"), !Number.isFinite(value))) || (stryMutAct_9fa48("529") ? Math.abs(value) < 1e15 : stryMutAct_9fa48("528") ? Math.abs(value) > 1e15 : stryMutAct_9fa48("527") ? false : (stryCov_9fa48("527", "528", "529"), Math.abs(value) >= 1e15)))) return undefined;
        if (stryMutAct_9fa48("531") ? false : stryMutAct_9fa48("530") ? true : (stryCov_9fa48("530", "531"), Number.isInteger(value))) return (stryMutAct_9fa48("534") ? value !== 0 : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), value === 0)) ? 0 : value;
        const text = String(value);
        const dot = text.indexOf(stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), '.'));
        return (stryMutAct_9fa48("538") ? (text.includes('e') || dot < 0) && text.length - dot - 1 > 12 : stryMutAct_9fa48("537") ? false : stryMutAct_9fa48("536") ? true : (stryCov_9fa48("536", "537", "538"), (stryMutAct_9fa48("540") ? text.includes('e') && dot < 0 : stryMutAct_9fa48("539") ? false : (stryCov_9fa48("539", "540"), text.includes(stryMutAct_9fa48("541") ? "" : (stryCov_9fa48("541"), 'e')) || (stryMutAct_9fa48("544") ? dot >= 0 : stryMutAct_9fa48("543") ? dot <= 0 : stryMutAct_9fa48("542") ? false : (stryCov_9fa48("542", "543", "544"), dot < 0)))) || (stryMutAct_9fa48("547") ? text.length - dot - 1 <= 12 : stryMutAct_9fa48("546") ? text.length - dot - 1 >= 12 : stryMutAct_9fa48("545") ? false : (stryCov_9fa48("545", "546", "547"), (stryMutAct_9fa48("548") ? text.length - dot + 1 : (stryCov_9fa48("548"), (stryMutAct_9fa48("549") ? text.length + dot : (stryCov_9fa48("549"), text.length - dot)) - 1)) > 12)))) ? undefined : value;
      }
    }
    if (stryMutAct_9fa48("552") ? typeof value !== 'string' && !PLAIN.test(value) : stryMutAct_9fa48("551") ? false : stryMutAct_9fa48("550") ? true : (stryCov_9fa48("550", "551", "552"), (stryMutAct_9fa48("554") ? typeof value === 'string' : stryMutAct_9fa48("553") ? false : (stryCov_9fa48("553", "554"), typeof value !== (stryMutAct_9fa48("555") ? "" : (stryCov_9fa48("555"), 'string')))) || (stryMutAct_9fa48("556") ? PLAIN.test(value) : (stryCov_9fa48("556"), !PLAIN.test(value))))) return undefined;
    const n = Number(value);
    return (stryMutAct_9fa48("560") ? Math.abs(n) < 1e15 : stryMutAct_9fa48("559") ? Math.abs(n) > 1e15 : stryMutAct_9fa48("558") ? false : stryMutAct_9fa48("557") ? true : (stryCov_9fa48("557", "558", "559", "560"), Math.abs(n) >= 1e15)) ? undefined : (stryMutAct_9fa48("563") ? n !== 0 : stryMutAct_9fa48("562") ? false : stryMutAct_9fa48("561") ? true : (stryCov_9fa48("561", "562", "563"), n === 0)) ? 0 : n;
  }
}
const PLAIN = stryMutAct_9fa48("571") ? /^-?\d{1,15}(?:\.\D{1,12})?$/ : stryMutAct_9fa48("570") ? /^-?\d{1,15}(?:\.\d)?$/ : stryMutAct_9fa48("569") ? /^-?\d{1,15}(?:\.\d{1,12})$/ : stryMutAct_9fa48("568") ? /^-?\D{1,15}(?:\.\d{1,12})?$/ : stryMutAct_9fa48("567") ? /^-?\d(?:\.\d{1,12})?$/ : stryMutAct_9fa48("566") ? /^-\d{1,15}(?:\.\d{1,12})?$/ : stryMutAct_9fa48("565") ? /^-?\d{1,15}(?:\.\d{1,12})?/ : stryMutAct_9fa48("564") ? /-?\d{1,15}(?:\.\d{1,12})?$/ : (stryCov_9fa48("564", "565", "566", "567", "568", "569", "570", "571"), /^-?\d{1,15}(?:\.\d{1,12})?$/);

/** The exact reading of a value for the slow path (throws with `path` on a bad value). */
function exact(value: unknown, path: readonly PathSegment[]): Decimal {
  if (stryMutAct_9fa48("572")) {
    {}
  } else {
    stryCov_9fa48("572");
    const d = readDecimal(value);
    if (stryMutAct_9fa48("575") ? typeof d !== 'string' : stryMutAct_9fa48("574") ? false : stryMutAct_9fa48("573") ? true : (stryCov_9fa48("573", "574", "575"), typeof d === (stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), 'string')))) return parseWith(DecimalSchema, value, stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), 'INVALID_INPUT'), path);
    return d;
  }
}

/**
 * The alert level of one value (and target, for attainment bands) — the level
 * {@link evaluateCompiled} gives. Doubles decide every comparison they decide exactly (a double
 * comparison of correctly rounded decimals is exact unless the two doubles are equal; a product
 * is trusted only outside its error bound); anything else goes through decimals.
 *
 * @group KPIs and SLAs
 */
export function levelOf(k: CompiledKpi, value: unknown, target: unknown): AlertLevel {
  if (stryMutAct_9fa48("578")) {
    {}
  } else {
    stryCov_9fa48("578");
    const {
      def
    } = k;
    const v = plainNumber(value);
    if (stryMutAct_9fa48("581") ? v === undefined && v < 0 && (def.unit === 'count' || def.unit === 'duration') : stryMutAct_9fa48("580") ? false : stryMutAct_9fa48("579") ? true : (stryCov_9fa48("579", "580", "581"), (stryMutAct_9fa48("583") ? v !== undefined : stryMutAct_9fa48("582") ? false : (stryCov_9fa48("582", "583"), v === undefined)) || (stryMutAct_9fa48("585") ? v < 0 || def.unit === 'count' || def.unit === 'duration' : stryMutAct_9fa48("584") ? false : (stryCov_9fa48("584", "585"), (stryMutAct_9fa48("588") ? v >= 0 : stryMutAct_9fa48("587") ? v <= 0 : stryMutAct_9fa48("586") ? true : (stryCov_9fa48("586", "587", "588"), v < 0)) && (stryMutAct_9fa48("590") ? def.unit === 'count' && def.unit === 'duration' : stryMutAct_9fa48("589") ? true : (stryCov_9fa48("589", "590"), (stryMutAct_9fa48("592") ? def.unit !== 'count' : stryMutAct_9fa48("591") ? false : (stryCov_9fa48("591", "592"), def.unit === (stryMutAct_9fa48("593") ? "" : (stryCov_9fa48("593"), 'count')))) || (stryMutAct_9fa48("595") ? def.unit !== 'duration' : stryMutAct_9fa48("594") ? false : (stryCov_9fa48("594", "595"), def.unit === (stryMutAct_9fa48("596") ? "" : (stryCov_9fa48("596"), 'duration')))))))))) return exactLevel(k, value, target);
    const bands = def.bands;
    if (stryMutAct_9fa48("599") ? bands.length !== 0 : stryMutAct_9fa48("598") ? false : stryMutAct_9fa48("597") ? true : (stryCov_9fa48("597", "598", "599"), bands.length === 0)) return stryMutAct_9fa48("600") ? "" : (stryCov_9fa48("600"), 'ok');
    if (stryMutAct_9fa48("603") ? def.bandsOn !== 'value' : stryMutAct_9fa48("602") ? false : stryMutAct_9fa48("601") ? true : (stryCov_9fa48("601", "602", "603"), def.bandsOn === (stryMutAct_9fa48("604") ? "" : (stryCov_9fa48("604"), 'value')))) {
      if (stryMutAct_9fa48("605")) {
        {}
      } else {
        stryCov_9fa48("605");
        for (let i = stryMutAct_9fa48("606") ? bands.length + 1 : (stryCov_9fa48("606"), bands.length - 1); stryMutAct_9fa48("609") ? i <= 0 : stryMutAct_9fa48("608") ? i >= 0 : stryMutAct_9fa48("607") ? false : (stryCov_9fa48("607", "608", "609"), i > 0); stryMutAct_9fa48("610") ? i += 1 : (stryCov_9fa48("610"), i -= 1)) {
          if (stryMutAct_9fa48("611")) {
            {}
          } else {
            stryCov_9fa48("611");
            const b = k.bounds[i] as number;
            if (stryMutAct_9fa48("615") ? v <= b : stryMutAct_9fa48("614") ? v >= b : stryMutAct_9fa48("613") ? false : stryMutAct_9fa48("612") ? true : (stryCov_9fa48("612", "613", "614", "615"), v > b)) return (bands[i] as {
              level: AlertLevel;
            }).level;
            if (stryMutAct_9fa48("618") ? v !== b : stryMutAct_9fa48("617") ? false : stryMutAct_9fa48("616") ? true : (stryCov_9fa48("616", "617", "618"), v === b)) return exactLevel(k, value, target);
          }
        }
        return (bands[0] as {
          level: AlertLevel;
        }).level;
      }
    }
    const t = (stryMutAct_9fa48("621") ? target !== undefined : stryMutAct_9fa48("620") ? false : stryMutAct_9fa48("619") ? true : (stryCov_9fa48("619", "620", "621"), target === undefined)) ? fixedTarget(def) : plainNumber(target);
    if (stryMutAct_9fa48("624") ? t === undefined && !(t > 0) : stryMutAct_9fa48("623") ? false : stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622", "623", "624"), (stryMutAct_9fa48("626") ? t !== undefined : stryMutAct_9fa48("625") ? false : (stryCov_9fa48("625", "626"), t === undefined)) || (stryMutAct_9fa48("627") ? t > 0 : (stryCov_9fa48("627"), !(stryMutAct_9fa48("631") ? t <= 0 : stryMutAct_9fa48("630") ? t >= 0 : stryMutAct_9fa48("629") ? false : stryMutAct_9fa48("628") ? true : (stryCov_9fa48("628", "629", "630", "631"), t > 0)))))) return exactLevel(k, value, target);
    const lower = stryMutAct_9fa48("634") ? def.direction !== 'lower-is-better' : stryMutAct_9fa48("633") ? false : stryMutAct_9fa48("632") ? true : (stryCov_9fa48("632", "633", "634"), def.direction === (stryMutAct_9fa48("635") ? "" : (stryCov_9fa48("635"), 'lower-is-better')));
    for (let i = stryMutAct_9fa48("636") ? bands.length + 1 : (stryCov_9fa48("636"), bands.length - 1); stryMutAct_9fa48("639") ? i <= 0 : stryMutAct_9fa48("638") ? i >= 0 : stryMutAct_9fa48("637") ? false : (stryCov_9fa48("637", "638", "639"), i > 0); stryMutAct_9fa48("640") ? i += 1 : (stryCov_9fa48("640"), i -= 1)) {
      if (stryMutAct_9fa48("641")) {
        {}
      } else {
        stryCov_9fa48("641");
        const f = k.factors[i] as {
          exact: Decimal;
          approx: number;
        };
        // higher: v / t ≥ from ⇔ v ≥ from·t; lower: max(0, 2 − v / t) ≥ from ⇔ from ≤ 0 or v ≤ (2 − from)·t
        if (stryMutAct_9fa48("644") ? lower || f.approx >= 2 : stryMutAct_9fa48("643") ? false : stryMutAct_9fa48("642") ? true : (stryCov_9fa48("642", "643", "644"), lower && (stryMutAct_9fa48("647") ? f.approx < 2 : stryMutAct_9fa48("646") ? f.approx > 2 : stryMutAct_9fa48("645") ? true : (stryCov_9fa48("645", "646", "647"), f.approx >= 2)))) return (bands[i] as {
          level: AlertLevel;
        }).level;
        const p = stryMutAct_9fa48("648") ? f.approx / t : (stryCov_9fa48("648"), f.approx * t);
        const diff = stryMutAct_9fa48("649") ? v + p : (stryCov_9fa48("649"), v - p);
        if (stryMutAct_9fa48("653") ? Math.abs(diff) > 1e-15 * (Math.abs(v) + Math.abs(p)) + 1e-300 : stryMutAct_9fa48("652") ? Math.abs(diff) < 1e-15 * (Math.abs(v) + Math.abs(p)) + 1e-300 : stryMutAct_9fa48("651") ? false : stryMutAct_9fa48("650") ? true : (stryCov_9fa48("650", "651", "652", "653"), Math.abs(diff) <= (stryMutAct_9fa48("654") ? 1e-15 * (Math.abs(v) + Math.abs(p)) - 1e-300 : (stryCov_9fa48("654"), (stryMutAct_9fa48("655") ? 1e-15 / (Math.abs(v) + Math.abs(p)) : (stryCov_9fa48("655"), 1e-15 * (stryMutAct_9fa48("656") ? Math.abs(v) - Math.abs(p) : (stryCov_9fa48("656"), Math.abs(v) + Math.abs(p))))) + 1e-300)))) return exactLevel(k, value, target);
        if (stryMutAct_9fa48("658") ? false : stryMutAct_9fa48("657") ? true : (stryCov_9fa48("657", "658"), lower ? stryMutAct_9fa48("662") ? diff >= 0 : stryMutAct_9fa48("661") ? diff <= 0 : stryMutAct_9fa48("660") ? false : stryMutAct_9fa48("659") ? true : (stryCov_9fa48("659", "660", "661", "662"), diff < 0) : stryMutAct_9fa48("666") ? diff <= 0 : stryMutAct_9fa48("665") ? diff >= 0 : stryMutAct_9fa48("664") ? false : stryMutAct_9fa48("663") ? true : (stryCov_9fa48("663", "664", "665", "666"), diff > 0))) return (bands[i] as {
          level: AlertLevel;
        }).level;
      }
    }
    return (bands[0] as {
      level: AlertLevel;
    }).level;
  }
}
function fixedTarget(def: KpiDefinition): number | undefined {
  if (stryMutAct_9fa48("667")) {
    {}
  } else {
    stryCov_9fa48("667");
    return (stryMutAct_9fa48("670") ? def.target?.kind !== 'fixed' : stryMutAct_9fa48("669") ? false : stryMutAct_9fa48("668") ? true : (stryCov_9fa48("668", "669", "670"), (stryMutAct_9fa48("671") ? def.target.kind : (stryCov_9fa48("671"), def.target?.kind)) === (stryMutAct_9fa48("672") ? "" : (stryCov_9fa48("672"), 'fixed')))) ? plainNumber(def.target.value.toString()) : undefined;
  }
}
function exactLevel(k: CompiledKpi, value: unknown, target: unknown): AlertLevel {
  if (stryMutAct_9fa48("673")) {
    {}
  } else {
    stryCov_9fa48("673");
    const {
      def
    } = k;
    const v = exact(value, stryMutAct_9fa48("674") ? [] : (stryCov_9fa48("674"), [stryMutAct_9fa48("675") ? "" : (stryCov_9fa48("675"), 'value')]));
    if (stryMutAct_9fa48("678") ? def.unit === 'count' || def.unit === 'duration' || v.isNegative() : stryMutAct_9fa48("677") ? false : stryMutAct_9fa48("676") ? true : (stryCov_9fa48("676", "677", "678"), (stryMutAct_9fa48("680") ? def.unit === 'count' && def.unit === 'duration' : stryMutAct_9fa48("679") ? true : (stryCov_9fa48("679", "680"), (stryMutAct_9fa48("682") ? def.unit !== 'count' : stryMutAct_9fa48("681") ? false : (stryCov_9fa48("681", "682"), def.unit === (stryMutAct_9fa48("683") ? "" : (stryCov_9fa48("683"), 'count')))) || (stryMutAct_9fa48("685") ? def.unit !== 'duration' : stryMutAct_9fa48("684") ? false : (stryCov_9fa48("684", "685"), def.unit === (stryMutAct_9fa48("686") ? "" : (stryCov_9fa48("686"), 'duration')))))) && v.isNegative())) fail(stryMutAct_9fa48("687") ? "" : (stryCov_9fa48("687"), 'INVALID_INPUT'), stryMutAct_9fa48("688") ? "" : (stryCov_9fa48("688"), 'kpi.negative'), stryMutAct_9fa48("689") ? [] : (stryCov_9fa48("689"), [stryMutAct_9fa48("690") ? "" : (stryCov_9fa48("690"), 'value')]), stryMutAct_9fa48("691") ? {} : (stryCov_9fa48("691"), {
      unit: def.unit
    }));
    if (stryMutAct_9fa48("694") ? def.bands.length !== 0 : stryMutAct_9fa48("693") ? false : stryMutAct_9fa48("692") ? true : (stryCov_9fa48("692", "693", "694"), def.bands.length === 0)) return stryMutAct_9fa48("695") ? "" : (stryCov_9fa48("695"), 'ok');
    if (stryMutAct_9fa48("698") ? def.bandsOn !== 'value' : stryMutAct_9fa48("697") ? false : stryMutAct_9fa48("696") ? true : (stryCov_9fa48("696", "697", "698"), def.bandsOn === (stryMutAct_9fa48("699") ? "" : (stryCov_9fa48("699"), 'value')))) return (def.bands[bandIndex(def, v)] as {
      level: AlertLevel;
    }).level;
    const t = (stryMutAct_9fa48("702") ? target !== undefined : stryMutAct_9fa48("701") ? false : stryMutAct_9fa48("700") ? true : (stryCov_9fa48("700", "701", "702"), target === undefined)) ? (stryMutAct_9fa48("705") ? def.target?.kind !== 'fixed' : stryMutAct_9fa48("704") ? false : stryMutAct_9fa48("703") ? true : (stryCov_9fa48("703", "704", "705"), (stryMutAct_9fa48("706") ? def.target.kind : (stryCov_9fa48("706"), def.target?.kind)) === (stryMutAct_9fa48("707") ? "" : (stryCov_9fa48("707"), 'fixed')))) ? def.target.value : undefined : exact(target, stryMutAct_9fa48("708") ? [] : (stryCov_9fa48("708"), [stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), 'target')]));
    if (stryMutAct_9fa48("712") ? t !== undefined : stryMutAct_9fa48("711") ? false : stryMutAct_9fa48("710") ? true : (stryCov_9fa48("710", "711", "712"), t === undefined)) fail(stryMutAct_9fa48("713") ? "" : (stryCov_9fa48("713"), 'INVALID_INPUT'), stryMutAct_9fa48("714") ? "" : (stryCov_9fa48("714"), 'kpi.needs-target'), stryMutAct_9fa48("715") ? [] : (stryCov_9fa48("715"), [stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), 'target')]), stryMutAct_9fa48("717") ? {} : (stryCov_9fa48("717"), {
      kpi: def.id
    }));
    if (stryMutAct_9fa48("720") ? false : stryMutAct_9fa48("719") ? true : stryMutAct_9fa48("718") ? t.gt(0) : (stryCov_9fa48("718", "719", "720"), !t.gt(0))) fail(stryMutAct_9fa48("721") ? "" : (stryCov_9fa48("721"), 'INVALID_INPUT'), stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), 'decimal.not-positive'), stryMutAct_9fa48("723") ? [] : (stryCov_9fa48("723"), [stryMutAct_9fa48("724") ? "" : (stryCov_9fa48("724"), 'target')]));
    return (def.bands[attainmentBand(def, v, t)] as {
      level: AlertLevel;
    }).level;
  }
}