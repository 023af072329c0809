import { addMonths } from 'date-fns/addMonths'
import { startOfMonth } from 'date-fns/startOfMonth'
import { subDays } from 'date-fns/subDays'
import type { CompiledCalendar } from '../../../core/calendar'
import { toDate, toText } from '../../../core/dates'
import { allocateUnits, ONE, roundTo, sum, type Decimal } from '../../../core/decimal'
import { unitsIn } from '../../../core/period'
import type { KpiPolicy } from '../../../models/kpi'

type PeriodicTarget = Extract<NonNullable<KpiPolicy['kpis'][number]['target']>, { kind: 'periodic' }>

/**
 * The twelve monthly targets of a periodic target, in fiscal-month order, adding up to the rounded annual
 * amount.
 *
 * @group KPIs and SLAs
 */
export function monthlyTargets(target: PeriodicTarget, policy: KpiPolicy): readonly Decimal[] {
  const annual = roundTo(target.annual, policy.rounding)
  const weights = target.months ?? Array.from({ length: 12 }, () => ONE)
  return allocateUnits(annual, weights, policy.rounding.scale).parts
}

/**
 * The target of `[start, end]`: each calendar month it touches contributes its monthly target ×
 * the share of the month covered (by calendar days, working days, or in full once touched),
 * summed exactly and rounded once by the policy.
 *
 * @group KPIs and SLAs
 */
export function targetBetween(
  months: readonly Decimal[],
  target: PeriodicTarget,
  policy: KpiPolicy,
  calendar: CompiledCalendar | undefined,
  start: string,
  end: string,
): Decimal {
  const parts: Decimal[] = []
  for (let month = startOfMonth(toDate(start)); toText(month) <= end; month = addMonths(month, 1)) {
    const first = toText(month)
    const last = toText(subDays(addMonths(month, 1), 1))
    const fiscalIndex = (month.getMonth() + 1 - policy.fiscalYearStartMonth + 12) % 12
    const whole = unitsIn(target.proration, calendar, { start: first, end: last })
    const covered = unitsIn(target.proration, calendar, {
      start: start > first ? start : first,
      end: end < last ? end : last,
    })
    if (whole > 0 && covered > 0) parts.push((months[fiscalIndex] as Decimal).times(covered).div(whole))
  }
  return roundTo(sum(parts), policy.rounding)
}
