import type * as z from 'zod'
import { addMonths } from 'date-fns/addMonths'
import { shiftDate, toDate, toText } from '../../../core/dates'
import { max, min, normalize, roundTo, sum, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan, CommissionYearInputSchema } from '../../../models/commission'
import { daysBetween } from './context'
import { settle } from './settlement'
import { unsettledStatement } from './statement'
import { CADENCE_MONTHS } from './bonuses'
import type { BonusResult, CommissionStatement } from './types'

type BonusCadence = keyof typeof CADENCE_MONTHS

type YearInput = z.output<ReturnType<typeof CommissionYearInputSchema>>

/** The statement input of a span of the plan year: adjustments dated after it are left out. */
function ytdInputOf(input: YearInput, span: { start: string; end: string }) {
  return {
    rep: input.rep,
    period: span,
    quota: input.quota,
    employment: input.employment,
    transactions: input.transactions,
    payments: input.payments,
    adjustments: input.adjustments.filter((a) => a.date === undefined || a.date <= span.end),
    priorBalance: ZERO,
    priorCapCarry: ZERO,
    priorClawbackBalance: ZERO,
    kpis: input.kpis,
    exchangeRates: input.exchangeRates,
  }
}

/**
 * The settlement periods of a plan year (months or quarters from its first day), or the spans of a bonus
 * cadence (months, quarters or the year); the last is cut at the year's end.
 */
function periodsOf(
  input: YearInput,
  months = input.every === 'quarter' ? 3 : 1,
): { start: string; end: string }[] {
  const periods: { start: string; end: string }[] = []
  for (let n = 0; ; n += 1) {
    const start = toText(addMonths(toDate(input.year.start), n * months))
    if (start > input.year.end) break
    const next = toText(addMonths(toDate(input.year.start), (n + 1) * months))
    const end = shiftDate(next, -1)
    periods.push({ start, end: end < input.year.end ? end : input.year.end })
  }
  return periods
}

/**
 * A single plan is a list of one version: every day settled, from the first day of the plan year to the
 * last day of the period holding `through`, must be in force, else `NO_POLICY_IN_FORCE` at
 * `['input', 'year']` names the first day that is not (a plan in force from 1 April settling a calendar
 * year names 1 January; one ending 30 June settling through July names 1 July). @internal
 */
export function checkYearInForce(plan: CommissionPlan, input: YearInput): void {
  if (input.year.start < plan.effectiveFrom)
    fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', ['input', 'year'], { date: input.year.start })
  if (plan.effectiveTo === undefined) return
  const through = input.through ?? input.year.end
  const settled = periodsOf(input).filter((period) => period.start <= through)
  const lastEnd = settled.at(-1)?.end ?? input.year.start
  if (lastEnd > plan.effectiveTo)
    fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', ['input', 'year'], {
      date: shiftDate(plan.effectiveTo, 1),
    })
}

/**
 * The bonuses paid with one settlement period, in the plan's order: a bonus without a cadence of its own is
 * measured on the period; one with a cadence (`every`) on each of its spans (from the first day of the plan
 * year) whose last day falls in the period, on that span's own figures.
 */
function periodBonuses(
  plan: CommissionPlan,
  all: CommissionPlan['bonuses'],
  input: YearInput,
  period: { start: string; end: string },
): BonusResult[] {
  const results: BonusResult[][] = all.map(() => [])
  const measure = (indexes: number[], span: { start: string; end: string }, own: boolean) => {
    if (indexes.length === 0) return
    // the cadence is decided here: the statement measures the span as it is (a last span cut at the year's
    // end)
    const bonuses = indexes.map((i) => ({
      ...(all[i] as CommissionPlan['bonuses'][number]),
      every: undefined,
    }))
    const { statement } = unsettledStatement(
      { ...plan, bonuses },
      { ...ytdInputOf(input, span), period: span },
      {
        ledger: true,
      },
    )
    statement.bonuses.forEach((r, k) => results[indexes[k] as number]?.push(own ? { ...r, period: span } : r))
  }
  const indexesOf = (every: BonusCadence | undefined) => all.flatMap((b, i) => (b.every === every ? [i] : []))
  measure(indexesOf(undefined), period, false)
  for (const every of ['month', 'quarter', 'year'] as const) {
    const own = indexesOf(every)
    if (own.length === 0) continue
    for (const span of periodsOf(input, CADENCE_MONTHS[every]))
      if (span.end >= period.start && span.end <= period.end) measure(own, span, true)
  }
  return results.flat()
}

/**
 * The quota a year-to-date statement to `end` measures attainment against. `annual`: the annual quota
 * prorated
 * once by the share of the plan year employed (1,200,000 × 184 ÷ 365 = 604,931.51 for a hire on 1 July), the
 * same in every period; `to-date`: the annual quota × the days employed from the start of the year to `end` ÷
 * the days in the plan year. Never the days elapsed: a mid-year hire's attainment is not inflated.
 */
function yearQuota(
  plan: CommissionPlan,
  input: YearInput,
  end: string,
): { quota: Decimal | null; trace: TraceStep[] } {
  if (input.quota === undefined) return { quota: null, trace: [] }
  const yearDays = daysBetween(input.year.start, input.year.end)
  const last = plan.yearToDateQuota === 'to-date' ? end : input.year.end
  const from =
    input.employment?.start !== undefined && input.employment.start > input.year.start
      ? input.employment.start
      : input.year.start
  const to = input.employment?.end !== undefined && input.employment.end < last ? input.employment.end : last
  const days = daysBetween(from, to)
  if (days === yearDays) return { quota: input.quota, trace: [] }
  const quota = roundTo(input.quota.times(days).div(yearDays), plan.rounding)
  const code = plan.yearToDateQuota === 'to-date' ? 'commission.quota-to-date' : 'commission.quota-year'
  return { quota, trace: [step(code, { days, total: yearDays, quota: quota.toFixed(plan.rounding.scale) })] }
}

/**
 * A plan year settled period by period on year-to-date figures: each period's statement is the
 * plan computed on the cumulative base and attainment from the start of the year (the annual
 * quota), minus what earlier periods settled; the period's cap and floor then apply to that
 * true-up, the period's own bonuses are added, and the draw applies to the sum. Every period's earnings are
 * counted once, so the payouts of a plan with no cap, floor,
 * draw or clawback add up to the annual statement's earnings exactly.
 */
export function computeYear(plan: CommissionPlan, input: YearInput): CommissionStatement[] {
  const money = (d: Decimal) => d.toFixed(plan.rounding.scale)
  // the year-to-date statement is the plan without its per-period limits and bonuses; bonuses reward each
  // period's own targets
  const ytdPlan: CommissionPlan = {
    ...plan,
    cap: undefined,
    floor: undefined,
    draw: undefined,
    capExcess: 'forfeit',
    bonuses: [],
  }
  const through = input.through ?? input.year.end
  let settled = input.previous?.settled ?? ZERO
  let paidToDate = input.previous?.paidToDate ?? settled
  let capCarried = input.previous?.capCarried ?? ZERO
  let balance = input.previous?.balance ?? input.priorBalance
  let clawbackBalance = input.previous?.clawbackBalance ?? ZERO
  let previousTier: number | null = null
  let previousClawbacks = ZERO
  const statements: CommissionStatement[] = []
  for (const period of periodsOf(input)) {
    if (period.start > through) break
    const quota = yearQuota(plan, input, period.end)
    const unsettled = unsettledStatement(
      ytdPlan,
      ytdInputOf(input, { start: input.year.start, end: period.end }),
      {
        quota: quota.quota,
        ledger: true,
      },
    )
    const ytd = unsettled.statement
    // the period's own clawbacks, which the draw must not forgive, settle apart from its commission
    const clawbacks = ytd.clawbacks.minus(previousClawbacks)
    previousClawbacks = ytd.clawbacks
    // the tier the year-to-date tiered base reached, as its lines record it
    const tier = plan.rates.kind === 'flat' ? null : (ytd.lines.find((l) => l.tier !== null)?.tier ?? 0)
    if (input.previous !== undefined && period.end <= input.previous.through) {
      previousTier = tier
      continue
    }
    const trace: TraceStep[] = [...quota.trace, ...unsettled.trace]
    const earned = ytd.earnings
    const trueUp = earned.minus(settled)
    trace.push(
      step('commission.true-up', {
        earned: money(earned),
        base: money(ytd.base),
        settled: money(settled),
        trueUp: money(trueUp),
      }),
    )
    if (tier !== null && previousTier !== null && tier > previousTier && plan.rates.kind !== 'flat') {
      const t = plan.rates.tiers[tier]
      const from = ytd.tiers[tier]?.from ?? ZERO
      trace.push(
        step(plan.rates.kind === 'marginal' ? 'commission.marginal-crossed' : 'commission.catch-up', {
          from: money(from),
          rate: t?.rate ?? ZERO,
        }),
      )
    }
    previousTier = tier
    // the cap: what is over it is forfeited or carried to a later period with room under it
    const carriedBefore = capCarried
    const available = trueUp.minus(clawbacks).plus(carriedBefore)
    const pay = plan.cap !== undefined && available.gt(plan.cap) ? plan.cap : available
    const cut = available.minus(pay)
    let forfeited = ZERO
    if (plan.capExcess === 'carry-forward') capCarried = cut
    else {
      capCarried = ZERO
      forfeited = cut
    }
    const capAdjustment = normalize(
      plan.capExcess === 'carry-forward' ? min(ZERO, carriedBefore.minus(capCarried)) : cut.neg(),
    )
    const capReleased = max(ZERO, carriedBefore.minus(capCarried))
    if (cut.gt(0))
      trace.push(
        step(plan.capExcess === 'carry-forward' ? 'commission.capped-carried' : 'commission.capped', {
          amount: money(available),
          cap: money(plan.cap ?? ZERO),
          carried: money(capCarried),
        }),
      )
    else if (capReleased.gt(0))
      trace.push(step('commission.cap-released', { amount: money(capReleased), carried: money(capCarried) }))
    settled = settled.plus(trueUp)
    // the period's own bonuses on its own figures; a bonus with its own cadence on each of its spans
    const bonuses = periodBonuses(ytdPlan, plan.bonuses, input, period)
    for (const b of bonuses) {
      if (b.period !== undefined)
        trace.push(
          step('commission.bonus-span', { bonus: b.label, start: b.period.start, end: b.period.end }),
        )
      trace.push(
        step(b.met ? 'commission.bonus-met' : 'commission.bonus-missed', {
          bonus: b.label,
          actual: b.actual.toString(),
          target: b.target.toString(),
          amount: money(b.amount),
        }),
      )
    }
    const bonusTotal = sum(bonuses.map((b) => b.amount))
    // the floor, once the gate is passed
    let fromEarnings = pay
    let floorAdjustment = ZERO
    if (!ytd.gated && plan.floor !== undefined && fromEarnings.lt(plan.floor)) {
      floorAdjustment = plan.floor.minus(fromEarnings)
      trace.push(step('commission.floored', { amount: money(fromEarnings), floor: money(plan.floor) }))
      fromEarnings = plan.floor
    }
    // the draw: a guaranteed minimum, recovered later when recoverable
    fromEarnings = fromEarnings.plus(bonusTotal)
    const settled_ = settle(
      plan,
      {
        earnings: fromEarnings,
        clawbacks,
        priorBalance: balance,
        priorClawbackBalance: clawbackBalance,
        periodStart: period.start,
      },
      money,
    )
    trace.push(...settled_.trace)
    const { payable, recovered, drawPaid } = settled_.settlement
    balance = settled_.settlement.balance
    clawbackBalance = settled_.settlement.clawbackBalance
    paidToDate = paidToDate.plus(payable)
    statements.push({
      ...ytd,
      period,
      capAdjustment,
      capReleased,
      capCarried,
      floorAdjustment,
      bonuses,
      drawPaid,
      recovered,
      payable,
      balance,
      clawbackBalance,
      yearToDate: {
        yearStart: input.year.start,
        earned,
        settled: settled.minus(trueUp),
        trueUp,
        forfeited,
        paidToDate,
      },
      trace,
    })
  }
  return statements
}
