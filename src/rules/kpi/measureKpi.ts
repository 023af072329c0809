import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import type * as z from 'zod'
import { toDate } from '../../core/dates'
import { ratio, sum, truncate, ZERO, type Decimal } from '../../core/decimal'
import type { PathSegment } from '../../core/errors'
import { fail, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import { KpiFormulaInputSchema, type KpiFormula, type KpiFormulaInput } from '../../models/kpi'

/**
 * One stage of a conversion funnel, with its conversion from the stage before.
 *
 * @group KPIs and SLAs
 */
export interface FunnelStage {
  /** The stage's id. */
  readonly stage: string
  /** How many reached it. */
  readonly count: Decimal
  /** `count ÷` the previous stage's count; `null` for the first stage or after an empty stage. */
  readonly rate: Decimal | null
}

/**
 * A KPI value computed by a built-in formula.
 *
 * @group KPIs and SLAs
 */
export interface KpiMeasure {
  /** The formula used. */
  readonly formula: KpiFormula
  /**
   * The value (a fraction for rates, days for the sales cycle); `null` when the formula's base is zero (no
   * leads, no revenue, no deals…).
   */
  readonly value: Decimal | null
  /**
   * For `conversion-rate`: each stage with its conversion from the one before; empty for the other formulas.
   */
  readonly stages: readonly FunnelStage[]
  /** The formula with its figures. */
  readonly trace: readonly TraceStep[]
}

type Parsed = z.output<typeof KpiFormulaInputSchema>

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
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `kpi.funnel-grows`,
 * `kpi.part-exceeds-whole`, `range.reversed`.
 *
 * @example
 * measureKpi({ formula: 'churn-rate', atStart: 200, lost: 9 }).value?.toString() //=> '0.045'
 * measureKpi({ formula: 'expense-ratio', expenses: '51400', revenue: 0 }).value //=> null
 *
 * @group KPIs and SLAs
 */
export function measureKpi(input: KpiFormulaInput): KpiMeasure {
  return measureOf(parseWith(KpiFormulaInputSchema, input, 'INVALID_INPUT'), [])
}

/** Computes a validated formula input; issues are reported under `path`. @internal */
export function measureOf(input: Parsed, path: readonly PathSegment[]): KpiMeasure {
  const done = (
    value: Decimal | null,
    trace: TraceStep[],
    stages: readonly FunnelStage[] = [],
  ): KpiMeasure => ({ formula: input.formula, value, stages, trace })
  const noBase = () => done(null, [step('kpi.no-base', { formula: input.formula })])
  const notAbove = (part: Decimal, whole: Decimal, partKey: string, wholeKey: string) => {
    if (part.gt(whole))
      fail('INVALID_INPUT', 'kpi.part-exceeds-whole', [...path, partKey], { part: partKey, whole: wholeKey })
  }
  switch (input.formula) {
    case 'attainment': {
      const value = ratio(input.actual, input.target)
      return done(value, [
        step('kpi.formula-attainment', { actual: input.actual, target: input.target, value }),
      ])
    }
    case 'growth-rate': {
      if (input.previous.isZero()) return noBase()
      const value = ratio(input.current.minus(input.previous), input.previous.abs())
      return done(value, [
        step('kpi.formula-growth-rate', { current: input.current, previous: input.previous, value }),
      ])
    }
    case 'conversion-rate': {
      const trace: TraceStep[] = []
      const stages = input.funnel.map((s, i): FunnelStage => {
        const before = input.funnel[i - 1]
        if (before === undefined) return { stage: s.stage, count: s.count, rate: null }
        if (s.count.gt(before.count))
          fail('INVALID_INPUT', 'kpi.funnel-grows', [...path, 'funnel', i, 'count'])
        if (before.count.isZero()) return { stage: s.stage, count: s.count, rate: null }
        const rate = ratio(s.count, before.count)
        trace.push(
          step('kpi.formula-conversion-stage', {
            from: before.stage,
            to: s.stage,
            count: s.count,
            previous: before.count,
            value: rate,
          }),
        )
        return { stage: s.stage, count: s.count, rate }
      })
      // the schema asks for at least two stages
      const first = input.funnel[0] as (typeof input.funnel)[number]
      const last = input.funnel[input.funnel.length - 1] as (typeof input.funnel)[number]
      if (first.count.isZero())
        return done(null, [...trace, step('kpi.no-base', { formula: input.formula })], stages)
      const value = ratio(last.count, first.count)
      trace.push(
        step('kpi.formula-conversion-rate', {
          first: first.stage,
          last: last.stage,
          count: last.count,
          total: first.count,
          value,
        }),
      )
      return done(value, trace, stages)
    }
    case 'churn-rate': {
      notAbove(input.lost, input.atStart, 'lost', 'atStart')
      if (input.atStart.isZero()) return noBase()
      const value = ratio(input.lost, input.atStart)
      return done(value, [
        step('kpi.formula-churn-rate', { lost: input.lost, atStart: input.atStart, value }),
      ])
    }
    case 'gross-margin-rate': {
      if (input.revenue.isZero()) return noBase()
      const value = ratio(input.revenue.minus(input.cost), input.revenue)
      return done(value, [
        step('kpi.formula-gross-margin-rate', { revenue: input.revenue, cost: input.cost, value }),
      ])
    }
    case 'expense-ratio': {
      if (input.revenue.isZero()) return noBase()
      const value = ratio(input.expenses, input.revenue)
      return done(value, [
        step('kpi.formula-expense-ratio', { expenses: input.expenses, revenue: input.revenue, value }),
      ])
    }
    case 'complaint-timeliness': {
      notAbove(input.onTime, input.total, 'onTime', 'total')
      if (input.total.isZero()) return noBase()
      const value = ratio(input.onTime, input.total)
      return done(value, [
        step('kpi.formula-complaint-timeliness', { onTime: input.onTime, total: input.total, value }),
      ])
    }
    case 'average-sales-cycle': {
      const days = input.deals.map((d, i) => {
        const span = differenceInCalendarDays(toDate(d.closed), toDate(d.opened))
        if (span < 0)
          fail('INVALID_INPUT', 'range.reversed', [...path, 'deals', i, 'closed'], {
            start: d.opened,
            end: d.closed,
          })
        return span
      })
      if (days.length === 0) return noBase()
      const total = sum(days.map((d) => ZERO.plus(d)))
      const value = ratio(total, ZERO.plus(days.length))
      return done(value, [
        step('kpi.formula-average-sales-cycle', {
          days: total,
          count: days.length,
          value: truncate(value, 2),
        }),
      ])
    }
    case 'quote-acceptance-rate': {
      notAbove(input.accepted, input.sent, 'accepted', 'sent')
      if (input.sent.isZero()) return noBase()
      const value = ratio(input.accepted, input.sent)
      return done(value, [
        step('kpi.formula-quote-acceptance-rate', { accepted: input.accepted, sent: input.sent, value }),
      ])
    }
  }
}
