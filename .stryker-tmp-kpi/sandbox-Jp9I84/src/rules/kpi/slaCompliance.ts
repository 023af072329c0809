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
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import * as z from 'zod';
import { addBusinessMillis, BusinessCalendarSchema, businessMillisBetween, compileCalendar, countBusinessDays, formatInstant, stepBusinessDays, type BusinessCalendarInput, type CompiledCalendar } from '../../core/calendar';
import { shiftDate, toDate } from '../../core/dates';
import { Dec, percent, ratio, roundTo, type Decimal } from '../../core/decimal';
import { fail, InstantSchema, parseWith } from '../../core/schema';
import { step, type LocalizedText, type TraceStep } from '../../core/trace';
import { KpiPolicySchema, SlaItemSchema, type KpiPolicy, type KpiPolicyInput, type SlaItemInput } from '../../models/kpi';

/**
 * Options of {@link slaCompliance}.
 *
 * @group KPIs and SLAs
 */
export interface SlaComplianceOptions {
  /** The instant of the report (ISO-8601 with an offset): open items are measured up to it. */
  readonly asOf: string;
  /** The business calendar; the policy's by default, else Monday–Friday 09:00–18:00 UTC. */
  readonly calendar?: BusinessCalendarInput;
}
const OptionsSchema = z.object(stryMutAct_9fa48("907") ? {} : (stryCov_9fa48("907"), {
  asOf: InstantSchema,
  calendar: BusinessCalendarSchema.optional()
}));

/**
 * The unit of an SLA limit.
 *
 * @group KPIs and SLAs
 */
export type SlaUnit = 'hours' | 'business-hours' | 'days' | 'business-days';

/**
 * One item measured against one rule.
 *
 * @group KPIs and SLAs
 */
export interface SlaCheck {
  /** The item's id. */
  readonly item: string;
  /** The rule's id. */
  readonly rule: string;
  /** `met` (stopped in time), `breached` (stopped late, or still open past its due time) or `pending` (open, still in time). */
  readonly status: 'met' | 'breached' | 'pending';
  /** When the clock started, as given. */
  readonly start: string;
  /** When it stopped, as given; `null` while open. */
  readonly end: string | null;
  /** When it is due: an instant in the calendar's zone for hour rules, a date for day rules (the last day in time). */
  readonly due: string;
  /** Time elapsed to the stop (or to `asOf` while open), in the rule's unit; business units count only working time. */
  readonly elapsed: number;
  /** Time left to the due time, in the rule's unit, for a pending item; `null` otherwise. */
  readonly remaining: number | null;
  /** The rule's unit. */
  readonly unit: SlaUnit;
  /** The decision in words. */
  readonly trace: readonly TraceStep[];
}

/**
 * A rule's compliance over the items it applies to.
 *
 * @group KPIs and SLAs
 */
export interface SlaRuleSummary {
  /** The rule's id. */
  readonly rule: string;
  /** Its name. */
  readonly label: LocalizedText;
  /** Items the rule applies to (those with its start event). */
  readonly checked: number;
  /** Met in time. */
  readonly met: number;
  /** Breached, whether stopped late or still open past due. */
  readonly breached: number;
  /** Still open and in time. */
  readonly pending: number;
  /** `met ÷ (met + breached)`; `null` when nothing is decided yet. */
  readonly complianceRate: Decimal | null;
}

/**
 * A service-time report (服务时效达标情况).
 *
 * @group KPIs and SLAs
 */
export interface SlaReport {
  /** The report's instant. */
  readonly asOf: string;
  /** Every item × rule that applies, in the order of the items, then of the rules. */
  readonly checks: readonly SlaCheck[];
  /** Each rule's compliance, in the policy's order. */
  readonly rules: readonly SlaRuleSummary[];
  /** Each rule's summary in words. */
  readonly trace: readonly TraceStep[];
}
const HOUR = 3_600_000;
const WHOLE_MILLISECONDS = {
  scale: 0,
  mode: 'half-up'
} as const;
const DAY_UNITS = new Set<SlaUnit>(stryMutAct_9fa48("908") ? [] : (stryCov_9fa48("908"), [stryMutAct_9fa48("909") ? "" : (stryCov_9fa48("909"), 'days'), stryMutAct_9fa48("910") ? "" : (stryCov_9fa48("910"), 'business-days')]));
const UNIT_LABEL: Readonly<Record<SlaUnit, LocalizedText>> = stryMutAct_9fa48("911") ? {} : (stryCov_9fa48("911"), {
  hours: stryMutAct_9fa48("912") ? {} : (stryCov_9fa48("912"), {
    en: stryMutAct_9fa48("913") ? "" : (stryCov_9fa48("913"), 'hours'),
    'zh-CN': stryMutAct_9fa48("914") ? "" : (stryCov_9fa48("914"), '小时')
  }),
  'business-hours': stryMutAct_9fa48("915") ? {} : (stryCov_9fa48("915"), {
    en: stryMutAct_9fa48("916") ? "" : (stryCov_9fa48("916"), 'working hours'),
    'zh-CN': stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), '工作小时')
  }),
  days: stryMutAct_9fa48("918") ? {} : (stryCov_9fa48("918"), {
    en: stryMutAct_9fa48("919") ? "" : (stryCov_9fa48("919"), 'days'),
    'zh-CN': stryMutAct_9fa48("920") ? "" : (stryCov_9fa48("920"), '天')
  }),
  'business-days': stryMutAct_9fa48("921") ? {} : (stryCov_9fa48("921"), {
    en: stryMutAct_9fa48("922") ? "" : (stryCov_9fa48("922"), 'working days'),
    'zh-CN': stryMutAct_9fa48("923") ? "" : (stryCov_9fa48("923"), '工作日')
  })
});
const STATUS_LABEL = {
  met: {
    en: 'met',
    'zh-CN': '达标'
  },
  breached: {
    en: 'breached',
    'zh-CN': '超时'
  },
  pending: {
    en: 'open',
    'zh-CN': '未完成'
  }
} as const;
type Rule = KpiPolicy['sla'][number];

/** The calendar date of an event in the calendar's zone (a date is taken as written). */
function dayOf(value: string, cal: CompiledCalendar): string {
  if (stryMutAct_9fa48("924")) {
    {}
  } else {
    stryCov_9fa48("924");
    return (stryMutAct_9fa48("927") ? value.length !== 10 : stryMutAct_9fa48("926") ? false : stryMutAct_9fa48("925") ? true : (stryCov_9fa48("925", "926", "927"), value.length === 10)) ? value : cal.dayAt(Date.parse(value)).date;
  }
}

/** Hours (or days) as a number for display; decisions are made on whole milliseconds and days. */
function hours(ms: number): number {
  if (stryMutAct_9fa48("928")) {
    {}
  } else {
    stryCov_9fa48("928");
    return stryMutAct_9fa48("929") ? ms * HOUR : (stryCov_9fa48("929"), ms / HOUR);
  }
}

/** A rule with its limit read once: whole days, or whole milliseconds (hours rounded half-up to the millisecond). */
interface PreparedRule {
  readonly rule: Rule;
  readonly limit: number;
}
function prepare(rule: Rule): PreparedRule {
  if (stryMutAct_9fa48("930")) {
    {}
  } else {
    stryCov_9fa48("930");
    const days = DAY_UNITS.has(rule.within.unit);
    return stryMutAct_9fa48("931") ? {} : (stryCov_9fa48("931"), {
      rule,
      limit: days ? rule.within.amount.toNumber() : roundTo(rule.within.amount.times(HOUR), WHOLE_MILLISECONDS).toNumber()
    });
  }
}
function checkOne({
  rule,
  limit
}: PreparedRule, itemId: string, start: string, end: string | undefined, asOf: number, cal: CompiledCalendar, path: readonly (string | number)[]): SlaCheck {
  if (stryMutAct_9fa48("932")) {
    {}
  } else {
    stryCov_9fa48("932");
    const unit = rule.within.unit;
    const amount = rule.within.amount;
    const unitLabel = UNIT_LABEL[unit];
    let due: string;
    let elapsed: number;
    let remaining: number | null = null;
    let status: SlaCheck['status'];
    if (stryMutAct_9fa48("934") ? false : stryMutAct_9fa48("933") ? true : (stryCov_9fa48("933", "934"), DAY_UNITS.has(unit))) {
      if (stryMutAct_9fa48("935")) {
        {}
      } else {
        stryCov_9fa48("935");
        const from = dayOf(start, cal);
        due = (stryMutAct_9fa48("938") ? unit !== 'days' : stryMutAct_9fa48("937") ? false : stryMutAct_9fa48("936") ? true : (stryCov_9fa48("936", "937", "938"), unit === (stryMutAct_9fa48("939") ? "" : (stryCov_9fa48("939"), 'days')))) ? shiftDate(from, limit) : stepBusinessDays(cal, from, limit);
        const stop = (stryMutAct_9fa48("942") ? end !== undefined : stryMutAct_9fa48("941") ? false : stryMutAct_9fa48("940") ? true : (stryCov_9fa48("940", "941", "942"), end === undefined)) ? cal.dayAt(asOf).date : dayOf(end, cal);
        if (stryMutAct_9fa48("946") ? stop >= from : stryMutAct_9fa48("945") ? stop <= from : stryMutAct_9fa48("944") ? false : stryMutAct_9fa48("943") ? true : (stryCov_9fa48("943", "944", "945", "946"), stop < from)) fail(stryMutAct_9fa48("947") ? "" : (stryCov_9fa48("947"), 'INVALID_INPUT'), stryMutAct_9fa48("948") ? "" : (stryCov_9fa48("948"), 'sla.end-before-start'), stryMutAct_9fa48("949") ? [] : (stryCov_9fa48("949"), [...path, stryMutAct_9fa48("950") ? "" : (stryCov_9fa48("950"), 'events'), rule.to]), stryMutAct_9fa48("951") ? {} : (stryCov_9fa48("951"), {
          from: rule.from,
          to: rule.to,
          start,
          end: stryMutAct_9fa48("952") ? end && '' : (stryCov_9fa48("952"), end ?? (stryMutAct_9fa48("953") ? "Stryker was here!" : (stryCov_9fa48("953"), '')))
        }));
        elapsed = (stryMutAct_9fa48("956") ? unit !== 'days' : stryMutAct_9fa48("955") ? false : stryMutAct_9fa48("954") ? true : (stryCov_9fa48("954", "955", "956"), unit === (stryMutAct_9fa48("957") ? "" : (stryCov_9fa48("957"), 'days')))) ? differenceInCalendarDays(toDate(stop), toDate(from)) : countBusinessDays(cal, from, stop);
        status = (stryMutAct_9fa48("961") ? stop > due : stryMutAct_9fa48("960") ? stop < due : stryMutAct_9fa48("959") ? false : stryMutAct_9fa48("958") ? true : (stryCov_9fa48("958", "959", "960", "961"), stop <= due)) ? (stryMutAct_9fa48("964") ? end !== undefined : stryMutAct_9fa48("963") ? false : stryMutAct_9fa48("962") ? true : (stryCov_9fa48("962", "963", "964"), end === undefined)) ? stryMutAct_9fa48("965") ? "" : (stryCov_9fa48("965"), 'pending') : stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), 'met') : stryMutAct_9fa48("967") ? "" : (stryCov_9fa48("967"), 'breached');
        if (stryMutAct_9fa48("970") ? status !== 'pending' : stryMutAct_9fa48("969") ? false : stryMutAct_9fa48("968") ? true : (stryCov_9fa48("968", "969", "970"), status === (stryMutAct_9fa48("971") ? "" : (stryCov_9fa48("971"), 'pending')))) remaining = (stryMutAct_9fa48("974") ? unit !== 'days' : stryMutAct_9fa48("973") ? false : stryMutAct_9fa48("972") ? true : (stryCov_9fa48("972", "973", "974"), unit === (stryMutAct_9fa48("975") ? "" : (stryCov_9fa48("975"), 'days')))) ? differenceInCalendarDays(toDate(due), toDate(stop)) : countBusinessDays(cal, stop, due);
      }
    } else {
      if (stryMutAct_9fa48("976")) {
        {}
      } else {
        stryCov_9fa48("976");
        for (const [event, value] of [[rule.from, start], [rule.to, end]] as const) {
          if (stryMutAct_9fa48("977")) {
            {}
          } else {
            stryCov_9fa48("977");
            if (stryMutAct_9fa48("980") ? value !== undefined || value.length === 10 : stryMutAct_9fa48("979") ? false : stryMutAct_9fa48("978") ? true : (stryCov_9fa48("978", "979", "980"), (stryMutAct_9fa48("982") ? value === undefined : stryMutAct_9fa48("981") ? true : (stryCov_9fa48("981", "982"), value !== undefined)) && (stryMutAct_9fa48("984") ? value.length !== 10 : stryMutAct_9fa48("983") ? true : (stryCov_9fa48("983", "984"), value.length === 10)))) fail(stryMutAct_9fa48("985") ? "" : (stryCov_9fa48("985"), 'INVALID_INPUT'), stryMutAct_9fa48("986") ? "" : (stryCov_9fa48("986"), 'sla.needs-instant'), stryMutAct_9fa48("987") ? [] : (stryCov_9fa48("987"), [...path, stryMutAct_9fa48("988") ? "" : (stryCov_9fa48("988"), 'events'), event]), stryMutAct_9fa48("989") ? {} : (stryCov_9fa48("989"), {
              rule: rule.id,
              event
            }));
          }
        }
        const from = Date.parse(start);
        const dueMs = (stryMutAct_9fa48("992") ? unit !== 'hours' : stryMutAct_9fa48("991") ? false : stryMutAct_9fa48("990") ? true : (stryCov_9fa48("990", "991", "992"), unit === (stryMutAct_9fa48("993") ? "" : (stryCov_9fa48("993"), 'hours')))) ? stryMutAct_9fa48("994") ? from - limit : (stryCov_9fa48("994"), from + limit) : addBusinessMillis(cal, from, limit);
        due = formatInstant(dueMs, cal.timeZone, cal);
        const stop = (stryMutAct_9fa48("997") ? end !== undefined : stryMutAct_9fa48("996") ? false : stryMutAct_9fa48("995") ? true : (stryCov_9fa48("995", "996", "997"), end === undefined)) ? asOf : Date.parse(end);
        if (stryMutAct_9fa48("1000") ? end !== undefined || stop < from : stryMutAct_9fa48("999") ? false : stryMutAct_9fa48("998") ? true : (stryCov_9fa48("998", "999", "1000"), (stryMutAct_9fa48("1002") ? end === undefined : stryMutAct_9fa48("1001") ? true : (stryCov_9fa48("1001", "1002"), end !== undefined)) && (stryMutAct_9fa48("1005") ? stop >= from : stryMutAct_9fa48("1004") ? stop <= from : stryMutAct_9fa48("1003") ? true : (stryCov_9fa48("1003", "1004", "1005"), stop < from)))) fail(stryMutAct_9fa48("1006") ? "" : (stryCov_9fa48("1006"), 'INVALID_INPUT'), stryMutAct_9fa48("1007") ? "" : (stryCov_9fa48("1007"), 'sla.end-before-start'), stryMutAct_9fa48("1008") ? [] : (stryCov_9fa48("1008"), [...path, stryMutAct_9fa48("1009") ? "" : (stryCov_9fa48("1009"), 'events'), rule.to]), stryMutAct_9fa48("1010") ? {} : (stryCov_9fa48("1010"), {
          from: rule.from,
          to: rule.to,
          start,
          end
        }));
        const upTo = stryMutAct_9fa48("1011") ? Math.min(stop, from) : (stryCov_9fa48("1011"), Math.max(stop, from));
        elapsed = hours((stryMutAct_9fa48("1014") ? unit !== 'hours' : stryMutAct_9fa48("1013") ? false : stryMutAct_9fa48("1012") ? true : (stryCov_9fa48("1012", "1013", "1014"), unit === (stryMutAct_9fa48("1015") ? "" : (stryCov_9fa48("1015"), 'hours')))) ? stryMutAct_9fa48("1016") ? upTo + from : (stryCov_9fa48("1016"), upTo - from) : businessMillisBetween(cal, from, upTo));
        status = (stryMutAct_9fa48("1020") ? stop > dueMs : stryMutAct_9fa48("1019") ? stop < dueMs : stryMutAct_9fa48("1018") ? false : stryMutAct_9fa48("1017") ? true : (stryCov_9fa48("1017", "1018", "1019", "1020"), stop <= dueMs)) ? (stryMutAct_9fa48("1023") ? end !== undefined : stryMutAct_9fa48("1022") ? false : stryMutAct_9fa48("1021") ? true : (stryCov_9fa48("1021", "1022", "1023"), end === undefined)) ? stryMutAct_9fa48("1024") ? "" : (stryCov_9fa48("1024"), 'pending') : stryMutAct_9fa48("1025") ? "" : (stryCov_9fa48("1025"), 'met') : stryMutAct_9fa48("1026") ? "" : (stryCov_9fa48("1026"), 'breached');
        if (stryMutAct_9fa48("1029") ? status !== 'pending' : stryMutAct_9fa48("1028") ? false : stryMutAct_9fa48("1027") ? true : (stryCov_9fa48("1027", "1028", "1029"), status === (stryMutAct_9fa48("1030") ? "" : (stryCov_9fa48("1030"), 'pending')))) remaining = hours((stryMutAct_9fa48("1033") ? unit !== 'hours' : stryMutAct_9fa48("1032") ? false : stryMutAct_9fa48("1031") ? true : (stryCov_9fa48("1031", "1032", "1033"), unit === (stryMutAct_9fa48("1034") ? "" : (stryCov_9fa48("1034"), 'hours')))) ? stryMutAct_9fa48("1035") ? dueMs + stop : (stryCov_9fa48("1035"), dueMs - stop) : businessMillisBetween(cal, stop, dueMs));
      }
    }
    const trace = (stryMutAct_9fa48("1038") ? status !== 'pending' : stryMutAct_9fa48("1037") ? false : stryMutAct_9fa48("1036") ? true : (stryCov_9fa48("1036", "1037", "1038"), status === (stryMutAct_9fa48("1039") ? "" : (stryCov_9fa48("1039"), 'pending')))) ? stryMutAct_9fa48("1040") ? [] : (stryCov_9fa48("1040"), [step(stryMutAct_9fa48("1041") ? "" : (stryCov_9fa48("1041"), 'sla.pending'), stryMutAct_9fa48("1042") ? {} : (stryCov_9fa48("1042"), {
      item: itemId,
      rule: rule.label,
      remaining: round4(stryMutAct_9fa48("1043") ? remaining && 0 : (stryCov_9fa48("1043"), remaining ?? 0)),
      unit: unitLabel,
      due
    }))]) : stryMutAct_9fa48("1044") ? [] : (stryCov_9fa48("1044"), [step(stryMutAct_9fa48("1045") ? "" : (stryCov_9fa48("1045"), 'sla.check'), stryMutAct_9fa48("1046") ? {} : (stryCov_9fa48("1046"), {
      item: itemId,
      rule: rule.label,
      status: STATUS_LABEL[status],
      elapsed: round4(elapsed),
      unit: unitLabel,
      limit: amount,
      due
    }))]);
    return stryMutAct_9fa48("1047") ? {} : (stryCov_9fa48("1047"), {
      item: itemId,
      rule: rule.id,
      status,
      start,
      end: stryMutAct_9fa48("1048") ? end && null : (stryCov_9fa48("1048"), end ?? null),
      due,
      elapsed,
      remaining,
      unit,
      trace
    });
  }
}

/** A number for a sentence: at most 4 decimals. */
function round4(n: number): number {
  if (stryMutAct_9fa48("1049")) {
    {}
  } else {
    stryCov_9fa48("1049");
    return stryMutAct_9fa48("1050") ? Math.round(n * 10_000) * 10_000 : (stryCov_9fa48("1050"), Math.round(stryMutAct_9fa48("1051") ? n / 10_000 : (stryCov_9fa48("1051"), n * 10_000)) / 10_000);
  }
}

/**
 * Measures service tickets and sales steps against the policy's service-time rules (服务时效):
 * reply within 24 hours, resolve within 48, a proposal within 3 working days of confirming the
 * need, delivery within 5 working days of signing, a satisfaction visit within 30 days. Business
 * hours and working days run on the business calendar (weekends, holidays, make-up working days
 * 调休). A stop exactly at the due time is in time; an open item past its due time is already
 * breached.
 *
 * @param policy - The KPI policy with its `sla` rules; see {@link KpiPolicyInput}.
 * @param items - Tickets, deals or requests with the instants (or dates) of their events; see {@link SlaItemInput}.
 * @param options - `asOf` (an instant) and the `calendar` (the policy's by default).
 * @returns Each item × rule with its status, due time, elapsed and remaining time, and each rule's compliance rate, with a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad item or option (`sla.needs-instant`, `sla.end-before-start`).
 *
 * @example
 * const policy = { id: 'kpi', version: '1', effectiveFrom: '2026-01-01',
 *   kpis: [{ id: 'nps', label: 'NPS', unit: 'count', direction: 'higher-is-better' }],
 *   sla: [{ id: 'reply', label: '24h reply', from: 'received', to: 'replied', within: { amount: 24, unit: 'hours' } }] }
 * const items = [{ id: 'T-1', events: { received: '2026-06-05T17:00:00+08:00', replied: '2026-06-06T16:00:00+08:00' } }]
 * slaCompliance(policy, items, { asOf: '2026-06-08T09:00:00+08:00' }).checks[0]?.status //=> 'met'
 *
 * @group KPIs and SLAs
 */
export function slaCompliance(policy: KpiPolicyInput, items: readonly SlaItemInput[], options: SlaComplianceOptions): SlaReport {
  if (stryMutAct_9fa48("1052")) {
    {}
  } else {
    stryCov_9fa48("1052");
    return slaOf(parseWith(KpiPolicySchema, policy, stryMutAct_9fa48("1053") ? "" : (stryCov_9fa48("1053"), 'INVALID_POLICY')), undefined, items, options);
  }
}

/** The SLA report of a validated policy (with its calendar compiled, if any). @internal */
export function slaOf(policy: KpiPolicy, compiled: CompiledCalendar | undefined, items: readonly SlaItemInput[], options: SlaComplianceOptions): SlaReport {
  if (stryMutAct_9fa48("1054")) {
    {}
  } else {
    stryCov_9fa48("1054");
    const opts = parseWith(OptionsSchema, options, stryMutAct_9fa48("1055") ? "" : (stryCov_9fa48("1055"), 'INVALID_INPUT'), stryMutAct_9fa48("1056") ? [] : (stryCov_9fa48("1056"), [stryMutAct_9fa48("1057") ? "" : (stryCov_9fa48("1057"), 'options')]));
    const parsed = parseWith(z.array(SlaItemSchema), items, stryMutAct_9fa48("1058") ? "" : (stryCov_9fa48("1058"), 'INVALID_INPUT'), stryMutAct_9fa48("1059") ? [] : (stryCov_9fa48("1059"), [stryMutAct_9fa48("1060") ? "" : (stryCov_9fa48("1060"), 'items')]));
    const cal = (stryMutAct_9fa48("1063") ? opts.calendar === undefined : stryMutAct_9fa48("1062") ? false : stryMutAct_9fa48("1061") ? true : (stryCov_9fa48("1061", "1062", "1063"), opts.calendar !== undefined)) ? compileCalendar(opts.calendar) : stryMutAct_9fa48("1064") ? compiled && compileCalendar(policy.calendar ?? BusinessCalendarSchema.parse({})) : (stryCov_9fa48("1064"), compiled ?? compileCalendar(stryMutAct_9fa48("1065") ? policy.calendar && BusinessCalendarSchema.parse({}) : (stryCov_9fa48("1065"), policy.calendar ?? BusinessCalendarSchema.parse({}))));
    const asOf = Date.parse(opts.asOf);
    const checks: SlaCheck[] = stryMutAct_9fa48("1066") ? ["Stryker was here"] : (stryCov_9fa48("1066"), []);
    const rules = policy.sla.map(prepare);
    parsed.forEach((item, i) => {
      if (stryMutAct_9fa48("1067")) {
        {}
      } else {
        stryCov_9fa48("1067");
        for (const prepared of rules) {
          if (stryMutAct_9fa48("1068")) {
            {}
          } else {
            stryCov_9fa48("1068");
            const {
              rule
            } = prepared;
            if (stryMutAct_9fa48("1071") ? rule.kinds !== undefined || item.kind === undefined || !rule.kinds.includes(item.kind) : stryMutAct_9fa48("1070") ? false : stryMutAct_9fa48("1069") ? true : (stryCov_9fa48("1069", "1070", "1071"), (stryMutAct_9fa48("1073") ? rule.kinds === undefined : stryMutAct_9fa48("1072") ? true : (stryCov_9fa48("1072", "1073"), rule.kinds !== undefined)) && (stryMutAct_9fa48("1075") ? item.kind === undefined && !rule.kinds.includes(item.kind) : stryMutAct_9fa48("1074") ? true : (stryCov_9fa48("1074", "1075"), (stryMutAct_9fa48("1077") ? item.kind !== undefined : stryMutAct_9fa48("1076") ? false : (stryCov_9fa48("1076", "1077"), item.kind === undefined)) || (stryMutAct_9fa48("1078") ? rule.kinds.includes(item.kind) : (stryCov_9fa48("1078"), !rule.kinds.includes(item.kind))))))) continue;
            if (stryMutAct_9fa48("1081") ? rule.grades !== undefined || item.grade === undefined || !rule.grades.includes(item.grade) : stryMutAct_9fa48("1080") ? false : stryMutAct_9fa48("1079") ? true : (stryCov_9fa48("1079", "1080", "1081"), (stryMutAct_9fa48("1083") ? rule.grades === undefined : stryMutAct_9fa48("1082") ? true : (stryCov_9fa48("1082", "1083"), rule.grades !== undefined)) && (stryMutAct_9fa48("1085") ? item.grade === undefined && !rule.grades.includes(item.grade) : stryMutAct_9fa48("1084") ? true : (stryCov_9fa48("1084", "1085"), (stryMutAct_9fa48("1087") ? item.grade !== undefined : stryMutAct_9fa48("1086") ? false : (stryCov_9fa48("1086", "1087"), item.grade === undefined)) || (stryMutAct_9fa48("1088") ? rule.grades.includes(item.grade) : (stryCov_9fa48("1088"), !rule.grades.includes(item.grade))))))) continue;
            const start = Object.hasOwn(item.events, rule.from) ? item.events[rule.from] : undefined;
            if (stryMutAct_9fa48("1091") ? start !== undefined : stryMutAct_9fa48("1090") ? false : stryMutAct_9fa48("1089") ? true : (stryCov_9fa48("1089", "1090", "1091"), start === undefined)) continue;
            const end = Object.hasOwn(item.events, rule.to) ? item.events[rule.to] : undefined;
            checks.push(checkOne(prepared, item.id, start, end, asOf, cal, stryMutAct_9fa48("1092") ? [] : (stryCov_9fa48("1092"), [stryMutAct_9fa48("1093") ? "" : (stryCov_9fa48("1093"), 'items'), i])));
          }
        }
      }
    });
    const counts = new Map(policy.sla.map(stryMutAct_9fa48("1094") ? () => undefined : (stryCov_9fa48("1094"), rule => stryMutAct_9fa48("1095") ? [] : (stryCov_9fa48("1095"), [rule.id, stryMutAct_9fa48("1096") ? {} : (stryCov_9fa48("1096"), {
      met: 0,
      breached: 0,
      pending: 0
    })]))));
    for (const c of checks) stryMutAct_9fa48("1097") ? (counts.get(c.rule) as Record<SlaCheck['status'], number>)[c.status] -= 1 : (stryCov_9fa48("1097"), (counts.get(c.rule) as Record<SlaCheck['status'], number>)[c.status] += 1);
    const summaries = policy.sla.map((rule): SlaRuleSummary => {
      if (stryMutAct_9fa48("1098")) {
        {}
      } else {
        stryCov_9fa48("1098");
        const {
          met,
          breached,
          pending
        } = counts.get(rule.id) as Record<SlaCheck['status'], number>;
        return stryMutAct_9fa48("1099") ? {} : (stryCov_9fa48("1099"), {
          rule: rule.id,
          label: rule.label,
          checked: stryMutAct_9fa48("1100") ? met + breached - pending : (stryCov_9fa48("1100"), (stryMutAct_9fa48("1101") ? met - breached : (stryCov_9fa48("1101"), met + breached)) + pending),
          met,
          breached,
          pending,
          complianceRate: (stryMutAct_9fa48("1104") ? met + breached !== 0 : stryMutAct_9fa48("1103") ? false : stryMutAct_9fa48("1102") ? true : (stryCov_9fa48("1102", "1103", "1104"), (stryMutAct_9fa48("1105") ? met - breached : (stryCov_9fa48("1105"), met + breached)) === 0)) ? null : ratio(new Dec(met), new Dec(stryMutAct_9fa48("1106") ? met - breached : (stryCov_9fa48("1106"), met + breached)))
        });
      }
    });
    const trace = summaries.map(stryMutAct_9fa48("1107") ? () => undefined : (stryCov_9fa48("1107"), r => step(stryMutAct_9fa48("1108") ? "" : (stryCov_9fa48("1108"), 'sla.summary'), stryMutAct_9fa48("1109") ? {} : (stryCov_9fa48("1109"), {
      rule: r.label,
      met: r.met,
      breached: r.breached,
      pending: r.pending,
      rate: (stryMutAct_9fa48("1112") ? r.complianceRate !== null : stryMutAct_9fa48("1111") ? false : stryMutAct_9fa48("1110") ? true : (stryCov_9fa48("1110", "1111", "1112"), r.complianceRate === null)) ? stryMutAct_9fa48("1113") ? "" : (stryCov_9fa48("1113"), '—') : percent(r.complianceRate)
    }))));
    return stryMutAct_9fa48("1114") ? {} : (stryCov_9fa48("1114"), {
      asOf: opts.asOf,
      checks,
      rules: summaries,
      trace
    });
  }
}