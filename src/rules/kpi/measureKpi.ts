import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import type * as z from 'zod'
import { toDate } from '../../core/dates'
import { ratio, sum, truncate, ZERO, type Decimal } from '../../core/decimal'
import type { PathSegment } from '../../core/errors'
import { fail, parseWith } from '../../core/schema'
import { savingsRate } from '../../core/rates'
import { step, type TraceStep } from '../../core/trace'
import { localDate } from '../../core/zone'
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

type Parsed = z.output<ReturnType<typeof KpiFormulaInputSchema>>

/** What an evaluation supplies to a formula that leaves it out. @internal */
export interface MeasureContext {
  /** The evaluation period, for `visit-count`. */
  readonly period?: { readonly start: string; readonly end: string }
  /** The policy calendar's time zone, for `visit-count`. */
  readonly timeZone?: string | undefined
}

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
 * | `collection-rate` (回款率) | collected ÷ receivable due in the period |
 * | `contract-signing-rate` (合同签订率) | signed ÷ agreed |
 * | `repeat-purchase-rate` (客户回头率) | repeat customers ÷ customers who bought |
 * | `savings-rate` (费用节约率) | (budget to date − actual) ÷ budget to date, as `budgetVariance` |
 * | `visit-count` (拜访次数) | contacts dated inside the period |
 * | `funnel-stage-alert` (阶段转化率预警) | stages converting below `below` × the others' mean |
 *
 * The zero-base rule: no receivable, no agreed deal, no buying customer, no budget, fewer than two stages
 * with a conversion — the value is `null`. See `KPI_FORMULA_DIRECTIONS` for each value's direction.
 *
 * @param input - The formula and its inputs; see {@link KpiFormulaInput}.
 * @returns The value (or `null` on a zero base), funnel stages for conversion, and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `kpi.funnel-grows`,
 * `kpi.part-exceeds-whole`, `range.reversed`.
 *
 * @example
 * measureKpi({ formula: 'churn-rate', atStart: 200, lost: 9 }).value?.toString() //=> '0.045'
 * measureKpi({ formula: 'expense-ratio', expenses: '51400', revenue: 0 }).value //=> null
 * const measured = measureKpi({ formula: 'collection-rate', receivable: '1000000', collected: '850000' })
 * measured.value?.toString() //=> '0.85'
 *
 * @group KPIs and SLAs
 */
export function measureKpi(input: KpiFormulaInput): KpiMeasure {
  return measureOf(parseWith(KpiFormulaInputSchema(), input, 'INVALID_INPUT'), [])
}

/** Computes a validated formula input; issues are reported under `path`. @internal */
export function measureOf(
  input: Parsed,
  path: readonly PathSegment[],
  context: MeasureContext = {},
): KpiMeasure {
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
            from: before.label ?? before.stage,
            to: s.label ?? s.stage,
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
          first: first.label ?? first.stage,
          last: last.label ?? last.stage,
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
    case 'collection-rate': {
      notAbove(input.collected, input.receivable, 'collected', 'receivable')
      if (input.receivable.isZero()) return noBase()
      const value = ratio(input.collected, input.receivable)
      return done(value, [
        step('kpi.formula-collection-rate', {
          collected: input.collected,
          receivable: input.receivable,
          value,
        }),
      ])
    }
    case 'contract-signing-rate': {
      notAbove(input.signed, input.agreed, 'signed', 'agreed')
      if (input.agreed.isZero()) return noBase()
      const value = ratio(input.signed, input.agreed)
      return done(value, [
        step('kpi.formula-contract-signing-rate', { signed: input.signed, agreed: input.agreed, value }),
      ])
    }
    case 'repeat-purchase-rate': {
      notAbove(input.repeat, input.customers, 'repeat', 'customers')
      if (input.customers.isZero()) return noBase()
      const value = ratio(input.repeat, input.customers)
      return done(value, [
        step('kpi.formula-repeat-purchase-rate', {
          repeat: input.repeat,
          customers: input.customers,
          value,
        }),
      ])
    }
    case 'savings-rate': {
      const value = savingsRate(input.budget, input.actual)
      if (value === null) return noBase()
      return done(value, [
        step('kpi.formula-savings-rate', { budget: input.budget, actual: input.actual, value }),
      ])
    }
    case 'visit-count': {
      const period = input.period ?? context.period
      if (period !== undefined && period.end < period.start)
        fail('INVALID_INPUT', 'range.reversed', [...path, 'period', 'end'], period)
      const zone = input.timeZone ?? context.timeZone ?? 'UTC'
      const days = input.contacts.map((c) => localDate(c, zone))
      const inside = period === undefined ? days : days.filter((d) => d >= period.start && d <= period.end)
      return done(ZERO.plus(inside.length), [
        period === undefined
          ? step('kpi.formula-visit-count-all', { count: inside.length })
          : step('kpi.formula-visit-count', {
              count: inside.length,
              start: period.start,
              end: period.end,
              ignored: days.length - inside.length,
            }),
      ])
    }
    case 'funnel-stage-alert':
      return funnelAlert(input, path, done)
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

type FunnelInput = Extract<Parsed, { formula: 'funnel-stage-alert' }>

/**
 * The funnel stage alert: each stage's conversion from the one before is compared with the mean conversion of
 * the other stages; a stage below `below` × that mean is markedly low. The value is how many are; `null` with
 * fewer than two stages that have a conversion (a stage after an empty one has none).
 */
function funnelAlert(
  input: FunnelInput,
  path: readonly PathSegment[],
  done: (value: Decimal | null, trace: TraceStep[], stages?: readonly FunnelStage[]) => KpiMeasure,
): KpiMeasure {
  const name = (s: FunnelInput['funnel'][number]) => s.label ?? s.stage
  const stages = input.funnel.map((s, i): FunnelStage => {
    const before = input.funnel[i - 1]
    if (before === undefined) return { stage: s.stage, count: s.count, rate: null }
    if (s.count.gt(before.count)) fail('INVALID_INPUT', 'kpi.funnel-grows', [...path, 'funnel', i, 'count'])
    return {
      stage: s.stage,
      count: s.count,
      rate: before.count.isZero() ? null : ratio(s.count, before.count),
    }
  })
  const rated = stages.flatMap((s, i) => (s.rate === null ? [] : [{ i, rate: s.rate }]))
  if (rated.length < 2) return done(null, [step('kpi.no-base', { formula: input.formula })], stages)
  const total = sum(rated.map((r) => r.rate))
  const trace: TraceStep[] = []
  let low = 0
  for (const r of rated) {
    // others' mean = (Σ − rate) ÷ (n − 1); markedly low: rate < below × mean ⇔ rate × (n − 1) < below × (Σ −
    // rate)
    const others = total.minus(r.rate)
    const n1 = rated.length - 1
    if (r.rate.times(n1).lt(input.below.times(others))) {
      low += 1
      const from = input.funnel[r.i - 1] as FunnelInput['funnel'][number]
      const to = input.funnel[r.i] as FunnelInput['funnel'][number]
      trace.push(
        step('kpi.funnel-stage-low', {
          from: name(from),
          to: name(to),
          value: r.rate,
          mean: truncate(ratio(others, ZERO.plus(n1)), 6),
          below: input.below,
        }),
      )
    }
  }
  trace.push(step('kpi.formula-funnel-stage-alert', { count: low, stages: rated.length }))
  return done(ZERO.plus(low), trace, stages)
}
