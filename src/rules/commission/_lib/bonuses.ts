import { ONE, sum, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import { addMonths } from 'date-fns/addMonths'
import { shiftDate, toDate, toText } from '../../../core/dates'
import type { LocalizedText } from '../../../core/trace'
import type { Bases } from './bases'
import type { BonusResult, Credit, StatementContext } from './types'

/** The months of each bonus cadence. */
export const CADENCE_MONTHS = { month: 1, quarter: 3, year: 12 } as const

/**
 * True when a bonus is measured on this statement: it has no cadence of its own, or the statement's period
 * is one whole span of it (from the 1st of a month, 1, 3 or 12 months); otherwise a trace step says why it
 * is left out. `calculateCommissionYear` measures a cadence on its own spans and never comes here with one.
 */
function onCadence(
  every: keyof typeof CADENCE_MONTHS | undefined,
  period: { readonly start: string; readonly end: string },
  trace: TraceStep[],
  bonus: LocalizedText,
): boolean {
  if (every === undefined) return true
  const end = shiftDate(toText(addMonths(toDate(period.start), CADENCE_MONTHS[every])), -1)
  if (period.start.slice(8) === '01' && period.end === end) return true
  trace.push(step(`commission.bonus-off-cadence-${every}`, { bonus, start: period.start, end: period.end }))
  return false
}

/**
 * Stage 6, bonuses: each bonus's measure (credited revenue, new customers won, a KPI result) against its
 * target. Revenue and new-customer targets are prorated for a partial period of employment, KPI targets are
 * not. No bonus is paid for a period wholly outside the employment dates, nor on a target that proration made
 * zero.
 */
export function bonusStage(
  ctx: StatementContext,
  credits: readonly Credit[],
  bases: Bases,
): { bonuses: BonusResult[]; total: Decimal; trace: TraceStep[] } {
  const { plan, input, money, employed, periodDays } = ctx
  const trace: TraceStep[] = []
  const revenue = sum(credits.map((c) => (c.kind === 'clawback' ? c.credited.neg() : c.credited)))
  const newCustomers = credits.filter((c) => c.kind === 'sale' && c.tx.customer?.isNew === true).length
  const bonuses = plan.bonuses
    .filter((b) => onCadence(b.every, input.period, trace, b.label))
    .map((b): BonusResult => {
      let actual: Decimal
      if (b.measure === 'revenue') actual = revenue
      else if (b.measure === 'new-customers') actual = ONE.times(newCustomers)
      else {
        const value = input.kpis[b.kpi ?? '']
        if (value === undefined)
          fail('INVALID_INPUT', 'commission.kpi-missing', ['input', 'kpis', b.kpi ?? ''], {
            kpi: b.kpi ?? '',
          })
        actual = value
      }
      if (employed.days === 0) {
        trace.push(step('commission.bonus-not-employed', { bonus: b.label }))
        return { id: b.id, label: b.label, actual, target: ZERO, met: false, amount: ZERO }
      }
      // A revenue target is money and is prorated like the quota; a count is compared exactly:
      // actual ≥ target × employed ÷ period days  ⇔  actual × period days ≥ target × employed days
      const full = employed.days === periodDays || b.measure === 'kpi'
      const target = full
        ? b.target
        : b.measure === 'revenue'
          ? ctx.prorate(b.target)
          : ctx.round(b.target.times(employed.days).div(periodDays))
      const proratedToZero = !full && b.target.gt(0) && target.isZero()
      const met =
        !proratedToZero &&
        (full || b.measure === 'revenue'
          ? actual.gte(target)
          : actual.times(periodDays).gte(b.target.times(employed.days)))
      const amount = met ? (b.amount ?? ctx.round(bases.total.times(b.rate ?? ZERO))) : ZERO
      trace.push(
        step(met ? 'commission.bonus-met' : 'commission.bonus-missed', {
          bonus: b.label,
          actual: actual.toString(),
          target: target.toString(),
          amount: money(amount),
        }),
      )
      return { id: b.id, label: b.label, actual, target, met, amount }
    })
  return { bonuses, total: sum(bonuses.map((b) => b.amount)), trace }
}
