/**
 * The reply and resolution clocks of a complaint, measured by the SLA clock of `slaCompliance`
 * (`measureClock`): the same rule (in time when the time used is at most the limit), the same business
 * hours, holidays and make-up working days, the same due time (the last instant still in time).
 */
import { formatInstant, type CompiledCalendar } from '../../../core/calendar'
import { roundTo } from '../../../core/decimal'
import { SalesRulesError, type PathSegment } from '../../../core/errors'
import type { LocalizedText } from '../../../core/trace'
import type { ComplaintPolicy } from '../../../models/complaint'
import type { KpiPolicy } from '../../../models/kpi'
import { measureClock, type PreparedRule } from '../../kpi/slaCompliance'

/**
 * A complaint's clock: `reply` (received → replied) or `resolve` (received → resolved).
 *
 * @group Complaints
 */
export type ComplaintClock = 'reply' | 'resolve'

/** The clock's time limit. */
export type ClockLimit = ComplaintPolicy['clocks']['reply']

/** A clock measured, in hours (working hours for `business-hours`). @internal */
export interface MeasuredClock {
  readonly status: 'met' | 'breached' | 'pending'
  /** The last instant still in time, written in the calendar's zone. */
  readonly due: string
  readonly elapsed: number
  readonly remaining: number | null
}

const HOUR = 3_600_000
const WHOLE_MILLISECONDS = { scale: 0, mode: 'down' } as const
const EVENT: Readonly<Record<ComplaintClock, 'replied' | 'resolved'>> = {
  reply: 'replied',
  resolve: 'resolved',
}

/** The names of the clocks, for sentences. @internal */
export const CLOCK_LABEL: Readonly<Record<ComplaintClock, LocalizedText>> = {
  reply: { en: 'Reply', 'zh-CN': '答复' },
  resolve: { en: 'Resolution', 'zh-CN': '解决' },
}

/** The names of the units, for sentences. @internal */
export const UNIT_LABEL: Readonly<Record<ClockLimit['unit'], LocalizedText>> = {
  hours: { en: 'hours', 'zh-CN': '小时' },
  'business-hours': { en: 'working hours', 'zh-CN': '工作小时' },
}

/** The clock's limit as an SLA rule, read once (hours to the whole millisecond, rounded down). */
function prepare(clock: ComplaintClock, limit: ClockLimit): PreparedRule {
  const rule: KpiPolicy['sla'][number] = {
    id: clock,
    label: CLOCK_LABEL[clock],
    from: 'received',
    to: EVENT[clock],
    within: limit,
  }
  return { rule, limit: roundTo(limit.amount.times(HOUR), WHOLE_MILLISECONDS).toNumber(), days: false }
}

/**
 * Measures one clock of a complaint at `asOf` (epoch milliseconds). Instants are trusted to be valid, in the
 * calendar's range, and not before `received`; a clock the calendar cannot end within 3,660 days is
 * reported at `path` (the complaint's `received`) or `asOfPath`.
 */
export function measure(
  clock: ComplaintClock,
  limit: ClockLimit,
  received: string,
  stopped: string | undefined,
  asOf: number,
  cal: CompiledCalendar,
  path: readonly PathSegment[],
  asOfPath: readonly PathSegment[],
): MeasuredClock {
  let measured
  try {
    measured = measureClock(prepare(clock, limit), received, stopped, asOf, cal, 0)
  } catch (error) {
    // the SLA clock names its own arguments (`items.0.events.received`, `options.asOf`): name ours
    if (!(error instanceof SalesRulesError)) throw error
    throw new SalesRulesError(
      error.code,
      error.issues.map((issue) => ({
        ...issue,
        path: issue.path[0] === 'items' ? [...path, String(issue.path[3])] : [...asOfPath],
      })),
    )
  }
  return {
    status: measured.status,
    due: formatInstant(measured.due as number, cal.timeZone, cal),
    elapsed: measured.elapsed / HOUR,
    remaining: measured.remaining === null ? null : measured.remaining / HOUR,
  }
}

/** The limit of a clock for a severity: its own, else the policy's. @internal */
export function limitOf(
  policy: ComplaintPolicy,
  severity: ComplaintPolicy['severities'][number],
  clock: ComplaintClock,
): ClockLimit {
  return severity.clocks?.[clock] ?? policy.clocks[clock]
}
