import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { shiftDate, toDate } from '../../../core/dates'
import { roundTo, ZERO, type Decimal } from '../../../core/decimal'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import type { Input, StatementContext } from './types'

/** How a statement is computed, beyond its plan and input. @internal */
export interface StatementOptions {
  /**
   * A quota already prorated by the caller (a year-to-date settlement prorates the annual quota over the plan
   * year); the statement then does not prorate it again.
   */
  readonly quota?: Decimal | null
  /** A year-to-date settlement: see {@link StatementContext.ledger}. */
  readonly ledger?: boolean
}

/** Calendar days from `start` to `end`, both included (zero when `end` is before `start`). */
export function daysBetween(start: string, end: string): number {
  return end < start ? 0 : differenceInCalendarDays(toDate(end), toDate(start)) + 1
}

/**
 * Stage 0, the context: the employment window inside the period (credit counts from the first day employed to
 * the last, plus `tailDays`), the proration of the quota and volume targets by calendar days employed, and
 * the
 * quota.
 */
export function statementContext(
  plan: CommissionPlan,
  input: Input,
  options: StatementOptions = {},
): { context: StatementContext; trace: TraceStep[] } {
  const { rounding } = plan
  const { start, end } = input.period
  const employment = input.employment
  const employedStart = employment?.start !== undefined && employment.start > start ? employment.start : start
  const employedEnd = employment?.end !== undefined && employment.end < end ? employment.end : end
  const periodDays = daysBetween(start, end)
  const employedDays = daysBetween(employedStart, employedEnd)
  const prorate = (amount: Decimal) =>
    employedDays === periodDays
      ? amount
      : employedDays === 0
        ? ZERO
        : roundTo(amount.times(employedDays).div(periodDays), rounding)
  const trace: TraceStep[] = []
  let quota: Decimal | null
  if (options.quota !== undefined) quota = options.quota
  else {
    quota = input.quota === undefined ? null : prorate(input.quota)
    if (quota !== null && employedDays !== periodDays)
      trace.push(
        step('commission.prorated', {
          days: employedDays,
          total: periodDays,
          quota: quota.toFixed(rounding.scale),
        }),
      )
  }
  const creditUntil =
    employment?.end === undefined ? undefined : shiftDate(employment.end, employment.tailDays ?? 0)
  return {
    context: {
      plan,
      input,
      round: (d) => roundTo(d, rounding),
      money: (d) => d.toFixed(rounding.scale),
      inPeriod: (d) => d >= start && d <= end,
      employed: { start: employedStart, end: employedEnd, days: employedDays },
      periodDays,
      creditFrom: employment?.start,
      creditUntil,
      prorate,
      quota,
      ledger: options.ledger ?? false,
    },
    trace,
  }
}
