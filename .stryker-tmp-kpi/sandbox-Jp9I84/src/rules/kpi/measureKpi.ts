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
import type * as z from 'zod';
import { toDate } from '../../core/dates';
import { ratio, sum, truncate, ZERO, type Decimal } from '../../core/decimal';
import type { PathSegment } from '../../core/errors';
import { fail, parseWith } from '../../core/schema';
import { step, type TraceStep } from '../../core/trace';
import { KpiFormulaInputSchema, type KpiFormula, type KpiFormulaInput } from '../../models/kpi';

/**
 * One stage of a conversion funnel, with its conversion from the stage before.
 *
 * @group KPIs and SLAs
 */
export interface FunnelStage {
  /** The stage's id. */
  readonly stage: string;
  /** How many reached it. */
  readonly count: Decimal;
  /** `count ÷` the previous stage's count; `null` for the first stage or after an empty stage. */
  readonly rate: Decimal | null;
}

/**
 * A KPI value computed by a built-in formula.
 *
 * @group KPIs and SLAs
 */
export interface KpiMeasure {
  /** The formula used. */
  readonly formula: KpiFormula;
  /** The value (a fraction for rates, days for the sales cycle); `null` when the formula's base is zero (no leads, no revenue, no deals…). */
  readonly value: Decimal | null;
  /** For `conversion-rate`: each stage with its conversion from the one before; empty for the other formulas. */
  readonly stages: readonly FunnelStage[];
  /** The formula with its figures. */
  readonly trace: readonly TraceStep[];
}
type Parsed = z.output<typeof KpiFormulaInputSchema>;

/**
 * Computes a KPI with one of the built-in formulas (监控指标计算公式). Every formula is exact
 * (decimals, no rounding); a formula whose base is zero (a churn rate with no customers, a margin
 * on no revenue) has no value rather than a `NaN`.
 *
 * | formula | value |
 * |---|---|
 * | `attainment` (目标达成率) | actual ÷ target |
 * | `growth-rate` (增长率) | (current − previous) ÷ \|previous\| |
 * | `conversion-rate` (转化率) | last stage ÷ first stage; each stage ÷ the stage before |
 * | `churn-rate` (客户流失率) | lost ÷ customers at the start |
 * | `gross-margin-rate` (毛利率) | (revenue − cost) ÷ revenue |
 * | `expense-ratio` (销售费用率) | expenses ÷ revenue |
 * | `complaint-timeliness` (投诉处理及时率) | handled in time ÷ all complaints |
 * | `average-sales-cycle` (平均销售周期) | mean calendar days from opened to closed |
 * | `quote-acceptance-rate` (报价成交率) | accepted ÷ sent |
 *
 * @param input - The formula and its inputs; see {@link KpiFormulaInput}.
 * @returns The value (or `null` on a zero base), funnel stages for conversion, and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `kpi.funnel-grows`, `kpi.part-exceeds-whole`, `range.reversed`.
 *
 * @example
 * measureKpi({ formula: 'churn-rate', atStart: 200, lost: 9 }).value?.toString() //=> '0.045'
 * measureKpi({ formula: 'expense-ratio', expenses: '51400', revenue: 0 }).value //=> null
 *
 * @group KPIs and SLAs
 */
export function measureKpi(input: KpiFormulaInput): KpiMeasure {
  if (stryMutAct_9fa48("778")) {
    {}
  } else {
    stryCov_9fa48("778");
    return measureOf(parseWith(KpiFormulaInputSchema, input, stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), 'INVALID_INPUT')), stryMutAct_9fa48("780") ? ["Stryker was here"] : (stryCov_9fa48("780"), []));
  }
}

/** Computes a validated formula input; issues are reported under `path`. @internal */
export function measureOf(input: Parsed, path: readonly PathSegment[]): KpiMeasure {
  if (stryMutAct_9fa48("781")) {
    {}
  } else {
    stryCov_9fa48("781");
    const done = stryMutAct_9fa48("782") ? () => undefined : (stryCov_9fa48("782"), (() => {
      const done = (value: Decimal | null, trace: TraceStep[], stages: readonly FunnelStage[] = stryMutAct_9fa48("783") ? ["Stryker was here"] : (stryCov_9fa48("783"), [])): KpiMeasure => stryMutAct_9fa48("784") ? {} : (stryCov_9fa48("784"), {
        formula: input.formula,
        value,
        stages,
        trace
      });
      return done;
    })());
    const noBase = stryMutAct_9fa48("785") ? () => undefined : (stryCov_9fa48("785"), (() => {
      const noBase = () => done(null, stryMutAct_9fa48("786") ? [] : (stryCov_9fa48("786"), [step(stryMutAct_9fa48("787") ? "" : (stryCov_9fa48("787"), 'kpi.no-base'), stryMutAct_9fa48("788") ? {} : (stryCov_9fa48("788"), {
        formula: input.formula
      }))]));
      return noBase;
    })());
    const notAbove = (part: Decimal, whole: Decimal, partKey: string, wholeKey: string) => {
      if (stryMutAct_9fa48("789")) {
        {}
      } else {
        stryCov_9fa48("789");
        if (stryMutAct_9fa48("791") ? false : stryMutAct_9fa48("790") ? true : (stryCov_9fa48("790", "791"), part.gt(whole))) fail(stryMutAct_9fa48("792") ? "" : (stryCov_9fa48("792"), 'INVALID_INPUT'), stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), 'kpi.part-exceeds-whole'), stryMutAct_9fa48("794") ? [] : (stryCov_9fa48("794"), [...path, partKey]), stryMutAct_9fa48("795") ? {} : (stryCov_9fa48("795"), {
          part: partKey,
          whole: wholeKey
        }));
      }
    };
    switch (input.formula) {
      case stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), 'attainment'):
        if (stryMutAct_9fa48("796")) {} else {
          stryCov_9fa48("796");
          {
            if (stryMutAct_9fa48("798")) {
              {}
            } else {
              stryCov_9fa48("798");
              const value = ratio(input.actual, input.target);
              return done(value, stryMutAct_9fa48("799") ? [] : (stryCov_9fa48("799"), [step(stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), 'kpi.formula-attainment'), stryMutAct_9fa48("801") ? {} : (stryCov_9fa48("801"), {
                actual: input.actual,
                target: input.target,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), 'growth-rate'):
        if (stryMutAct_9fa48("802")) {} else {
          stryCov_9fa48("802");
          {
            if (stryMutAct_9fa48("804")) {
              {}
            } else {
              stryCov_9fa48("804");
              if (stryMutAct_9fa48("806") ? false : stryMutAct_9fa48("805") ? true : (stryCov_9fa48("805", "806"), input.previous.isZero())) return noBase();
              const value = ratio(input.current.minus(input.previous), input.previous.abs());
              return done(value, stryMutAct_9fa48("807") ? [] : (stryCov_9fa48("807"), [step(stryMutAct_9fa48("808") ? "" : (stryCov_9fa48("808"), 'kpi.formula-growth-rate'), stryMutAct_9fa48("809") ? {} : (stryCov_9fa48("809"), {
                current: input.current,
                previous: input.previous,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("811") ? "" : (stryCov_9fa48("811"), 'conversion-rate'):
        if (stryMutAct_9fa48("810")) {} else {
          stryCov_9fa48("810");
          {
            if (stryMutAct_9fa48("812")) {
              {}
            } else {
              stryCov_9fa48("812");
              const trace: TraceStep[] = stryMutAct_9fa48("813") ? ["Stryker was here"] : (stryCov_9fa48("813"), []);
              const stages = input.funnel.map((s, i): FunnelStage => {
                if (stryMutAct_9fa48("814")) {
                  {}
                } else {
                  stryCov_9fa48("814");
                  const before = input.funnel[stryMutAct_9fa48("815") ? i + 1 : (stryCov_9fa48("815"), i - 1)];
                  if (stryMutAct_9fa48("818") ? before !== undefined : stryMutAct_9fa48("817") ? false : stryMutAct_9fa48("816") ? true : (stryCov_9fa48("816", "817", "818"), before === undefined)) return stryMutAct_9fa48("819") ? {} : (stryCov_9fa48("819"), {
                    stage: s.stage,
                    count: s.count,
                    rate: null
                  });
                  if (stryMutAct_9fa48("821") ? false : stryMutAct_9fa48("820") ? true : (stryCov_9fa48("820", "821"), s.count.gt(before.count))) fail(stryMutAct_9fa48("822") ? "" : (stryCov_9fa48("822"), 'INVALID_INPUT'), stryMutAct_9fa48("823") ? "" : (stryCov_9fa48("823"), 'kpi.funnel-grows'), stryMutAct_9fa48("824") ? [] : (stryCov_9fa48("824"), [...path, stryMutAct_9fa48("825") ? "" : (stryCov_9fa48("825"), 'funnel'), i, stryMutAct_9fa48("826") ? "" : (stryCov_9fa48("826"), 'count')]));
                  if (stryMutAct_9fa48("828") ? false : stryMutAct_9fa48("827") ? true : (stryCov_9fa48("827", "828"), before.count.isZero())) return stryMutAct_9fa48("829") ? {} : (stryCov_9fa48("829"), {
                    stage: s.stage,
                    count: s.count,
                    rate: null
                  });
                  const rate = ratio(s.count, before.count);
                  trace.push(step(stryMutAct_9fa48("830") ? "" : (stryCov_9fa48("830"), 'kpi.formula-conversion-stage'), stryMutAct_9fa48("831") ? {} : (stryCov_9fa48("831"), {
                    from: before.stage,
                    to: s.stage,
                    count: s.count,
                    previous: before.count,
                    value: rate
                  })));
                  return stryMutAct_9fa48("832") ? {} : (stryCov_9fa48("832"), {
                    stage: s.stage,
                    count: s.count,
                    rate
                  });
                }
              });
              // the schema asks for at least two stages
              const first = input.funnel[0] as (typeof input.funnel)[number];
              const last = input.funnel[input.funnel.length - 1] as (typeof input.funnel)[number];
              if (stryMutAct_9fa48("834") ? false : stryMutAct_9fa48("833") ? true : (stryCov_9fa48("833", "834"), first.count.isZero())) return done(null, stryMutAct_9fa48("835") ? [] : (stryCov_9fa48("835"), [...trace, step(stryMutAct_9fa48("836") ? "" : (stryCov_9fa48("836"), 'kpi.no-base'), stryMutAct_9fa48("837") ? {} : (stryCov_9fa48("837"), {
                formula: input.formula
              }))]), stages);
              const value = ratio(last.count, first.count);
              trace.push(step(stryMutAct_9fa48("838") ? "" : (stryCov_9fa48("838"), 'kpi.formula-conversion-rate'), stryMutAct_9fa48("839") ? {} : (stryCov_9fa48("839"), {
                first: first.stage,
                last: last.stage,
                count: last.count,
                total: first.count,
                value
              })));
              return done(value, trace, stages);
            }
          }
        }
      case stryMutAct_9fa48("841") ? "" : (stryCov_9fa48("841"), 'churn-rate'):
        if (stryMutAct_9fa48("840")) {} else {
          stryCov_9fa48("840");
          {
            if (stryMutAct_9fa48("842")) {
              {}
            } else {
              stryCov_9fa48("842");
              notAbove(input.lost, input.atStart, stryMutAct_9fa48("843") ? "" : (stryCov_9fa48("843"), 'lost'), stryMutAct_9fa48("844") ? "" : (stryCov_9fa48("844"), 'atStart'));
              if (stryMutAct_9fa48("846") ? false : stryMutAct_9fa48("845") ? true : (stryCov_9fa48("845", "846"), input.atStart.isZero())) return noBase();
              const value = ratio(input.lost, input.atStart);
              return done(value, stryMutAct_9fa48("847") ? [] : (stryCov_9fa48("847"), [step(stryMutAct_9fa48("848") ? "" : (stryCov_9fa48("848"), 'kpi.formula-churn-rate'), stryMutAct_9fa48("849") ? {} : (stryCov_9fa48("849"), {
                lost: input.lost,
                atStart: input.atStart,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("851") ? "" : (stryCov_9fa48("851"), 'gross-margin-rate'):
        if (stryMutAct_9fa48("850")) {} else {
          stryCov_9fa48("850");
          {
            if (stryMutAct_9fa48("852")) {
              {}
            } else {
              stryCov_9fa48("852");
              if (stryMutAct_9fa48("854") ? false : stryMutAct_9fa48("853") ? true : (stryCov_9fa48("853", "854"), input.revenue.isZero())) return noBase();
              const value = ratio(input.revenue.minus(input.cost), input.revenue);
              return done(value, stryMutAct_9fa48("855") ? [] : (stryCov_9fa48("855"), [step(stryMutAct_9fa48("856") ? "" : (stryCov_9fa48("856"), 'kpi.formula-gross-margin-rate'), stryMutAct_9fa48("857") ? {} : (stryCov_9fa48("857"), {
                revenue: input.revenue,
                cost: input.cost,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("859") ? "" : (stryCov_9fa48("859"), 'expense-ratio'):
        if (stryMutAct_9fa48("858")) {} else {
          stryCov_9fa48("858");
          {
            if (stryMutAct_9fa48("860")) {
              {}
            } else {
              stryCov_9fa48("860");
              if (stryMutAct_9fa48("862") ? false : stryMutAct_9fa48("861") ? true : (stryCov_9fa48("861", "862"), input.revenue.isZero())) return noBase();
              const value = ratio(input.expenses, input.revenue);
              return done(value, stryMutAct_9fa48("863") ? [] : (stryCov_9fa48("863"), [step(stryMutAct_9fa48("864") ? "" : (stryCov_9fa48("864"), 'kpi.formula-expense-ratio'), stryMutAct_9fa48("865") ? {} : (stryCov_9fa48("865"), {
                expenses: input.expenses,
                revenue: input.revenue,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("867") ? "" : (stryCov_9fa48("867"), 'complaint-timeliness'):
        if (stryMutAct_9fa48("866")) {} else {
          stryCov_9fa48("866");
          {
            if (stryMutAct_9fa48("868")) {
              {}
            } else {
              stryCov_9fa48("868");
              notAbove(input.onTime, input.total, stryMutAct_9fa48("869") ? "" : (stryCov_9fa48("869"), 'onTime'), stryMutAct_9fa48("870") ? "" : (stryCov_9fa48("870"), 'total'));
              if (stryMutAct_9fa48("872") ? false : stryMutAct_9fa48("871") ? true : (stryCov_9fa48("871", "872"), input.total.isZero())) return noBase();
              const value = ratio(input.onTime, input.total);
              return done(value, stryMutAct_9fa48("873") ? [] : (stryCov_9fa48("873"), [step(stryMutAct_9fa48("874") ? "" : (stryCov_9fa48("874"), 'kpi.formula-complaint-timeliness'), stryMutAct_9fa48("875") ? {} : (stryCov_9fa48("875"), {
                onTime: input.onTime,
                total: input.total,
                value
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("877") ? "" : (stryCov_9fa48("877"), 'average-sales-cycle'):
        if (stryMutAct_9fa48("876")) {} else {
          stryCov_9fa48("876");
          {
            if (stryMutAct_9fa48("878")) {
              {}
            } else {
              stryCov_9fa48("878");
              const days = input.deals.map((d, i) => {
                if (stryMutAct_9fa48("879")) {
                  {}
                } else {
                  stryCov_9fa48("879");
                  const span = differenceInCalendarDays(toDate(d.closed), toDate(d.opened));
                  if (stryMutAct_9fa48("883") ? span >= 0 : stryMutAct_9fa48("882") ? span <= 0 : stryMutAct_9fa48("881") ? false : stryMutAct_9fa48("880") ? true : (stryCov_9fa48("880", "881", "882", "883"), span < 0)) fail(stryMutAct_9fa48("884") ? "" : (stryCov_9fa48("884"), 'INVALID_INPUT'), stryMutAct_9fa48("885") ? "" : (stryCov_9fa48("885"), 'range.reversed'), stryMutAct_9fa48("886") ? [] : (stryCov_9fa48("886"), [...path, stryMutAct_9fa48("887") ? "" : (stryCov_9fa48("887"), 'deals'), i, stryMutAct_9fa48("888") ? "" : (stryCov_9fa48("888"), 'closed')]), stryMutAct_9fa48("889") ? {} : (stryCov_9fa48("889"), {
                    start: d.opened,
                    end: d.closed
                  }));
                  return span;
                }
              });
              if (stryMutAct_9fa48("892") ? days.length !== 0 : stryMutAct_9fa48("891") ? false : stryMutAct_9fa48("890") ? true : (stryCov_9fa48("890", "891", "892"), days.length === 0)) return noBase();
              const total = sum(days.map(stryMutAct_9fa48("893") ? () => undefined : (stryCov_9fa48("893"), d => ZERO.plus(d))));
              const value = ratio(total, ZERO.plus(days.length));
              return done(value, stryMutAct_9fa48("894") ? [] : (stryCov_9fa48("894"), [step(stryMutAct_9fa48("895") ? "" : (stryCov_9fa48("895"), 'kpi.formula-average-sales-cycle'), stryMutAct_9fa48("896") ? {} : (stryCov_9fa48("896"), {
                days: total,
                count: days.length,
                value: truncate(value, 2)
              }))]));
            }
          }
        }
      case stryMutAct_9fa48("898") ? "" : (stryCov_9fa48("898"), 'quote-acceptance-rate'):
        if (stryMutAct_9fa48("897")) {} else {
          stryCov_9fa48("897");
          {
            if (stryMutAct_9fa48("899")) {
              {}
            } else {
              stryCov_9fa48("899");
              notAbove(input.accepted, input.sent, stryMutAct_9fa48("900") ? "" : (stryCov_9fa48("900"), 'accepted'), stryMutAct_9fa48("901") ? "" : (stryCov_9fa48("901"), 'sent'));
              if (stryMutAct_9fa48("903") ? false : stryMutAct_9fa48("902") ? true : (stryCov_9fa48("902", "903"), input.sent.isZero())) return noBase();
              const value = ratio(input.accepted, input.sent);
              return done(value, stryMutAct_9fa48("904") ? [] : (stryCov_9fa48("904"), [step(stryMutAct_9fa48("905") ? "" : (stryCov_9fa48("905"), 'kpi.formula-quote-acceptance-rate'), stryMutAct_9fa48("906") ? {} : (stryCov_9fa48("906"), {
                accepted: input.accepted,
                sent: input.sent,
                value
              }))]));
            }
          }
        }
    }
  }
}