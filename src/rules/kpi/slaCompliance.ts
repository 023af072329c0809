import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import * as z from 'zod'
import {
  addBusinessMillis,
  BusinessCalendarSchema,
  businessMillisBetween,
  compileCalendar,
  countBusinessDays,
  formatInstant,
  stepBusinessDays,
  type BusinessCalendarInput,
  type CompiledCalendar,
} from '../../core/calendar'
import { shiftDate, toDate } from '../../core/dates'
import { Dec, percent, ratio, roundTo, type Decimal } from '../../core/decimal'
import { fail, InstantSchema, parseWith } from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import {
  KpiPolicySchema,
  SlaItemSchema,
  type KpiPolicy,
  type KpiPolicyInput,
  type SlaItemInput,
} from '../../models/kpi'

/**
 * Options of {@link slaCompliance}.
 *
 * @group KPIs and SLAs
 */
export interface SlaComplianceOptions {
  /** The instant of the report (ISO-8601 with an offset): open items are measured up to it. */
  readonly asOf: string
  /** The business calendar; the policy's by default, else Monday–Friday 09:00–18:00 UTC. */
  readonly calendar?: BusinessCalendarInput
}

const OptionsSchema = z.object({ asOf: InstantSchema, calendar: BusinessCalendarSchema.optional() })

/**
 * The unit of an SLA limit.
 *
 * @group KPIs and SLAs
 */
export type SlaUnit = 'hours' | 'business-hours' | 'days' | 'business-days'

/**
 * One item measured against one rule.
 *
 * @group KPIs and SLAs
 */
export interface SlaCheck {
  /** The item's id. */
  readonly item: string
  /** The rule's id. */
  readonly rule: string
  /**
   * `met` (stopped in time), `breached` (stopped late, or still open past its due time) or `pending` (open,
   * still in time).
   */
  readonly status: 'met' | 'breached' | 'pending'
  /** When the clock started, as given. */
  readonly start: string
  /** When it stopped, as given; `null` while open. */
  readonly end: string | null
  /**
   * When it is due: an instant in the calendar's zone for hour rules, a date for day rules (the last day in
   * time).
   */
  readonly due: string
  /**
   * Time elapsed to the stop (or to `asOf` while open), in the rule's unit; business units count only working
   * time.
   */
  readonly elapsed: number
  /** Time left to the due time, in the rule's unit, for a pending item; `null` otherwise. */
  readonly remaining: number | null
  /** The rule's unit. */
  readonly unit: SlaUnit
  /** The decision in words. */
  readonly trace: readonly TraceStep[]
}

/**
 * A rule's compliance over the items it applies to.
 *
 * @group KPIs and SLAs
 */
export interface SlaRuleSummary {
  /** The rule's id. */
  readonly rule: string
  /** Its name. */
  readonly label: LocalizedText
  /** Items the rule applies to (those with its start event). */
  readonly checked: number
  /** Met in time. */
  readonly met: number
  /** Breached, whether stopped late or still open past due. */
  readonly breached: number
  /** Still open and in time. */
  readonly pending: number
  /** `met ÷ (met + breached)`; `null` when nothing is decided yet. */
  readonly complianceRate: Decimal | null
}

/**
 * A service-time report (服务时效达标情况).
 *
 * @group KPIs and SLAs
 */
export interface SlaReport {
  /** The report's instant. */
  readonly asOf: string
  /** Every item × rule that applies, in the order of the items, then of the rules. */
  readonly checks: readonly SlaCheck[]
  /** Each rule's compliance, in the policy's order. */
  readonly rules: readonly SlaRuleSummary[]
  /** Each rule's summary in words. */
  readonly trace: readonly TraceStep[]
}

const HOUR = 3_600_000
const WHOLE_MILLISECONDS = { scale: 0, mode: 'half-up' } as const
const DAY_UNITS = new Set<SlaUnit>(['days', 'business-days'])

const UNIT_LABEL: Readonly<Record<SlaUnit, LocalizedText>> = {
  hours: { en: 'hours', 'zh-CN': '小时' },
  'business-hours': { en: 'working hours', 'zh-CN': '工作小时' },
  days: { en: 'days', 'zh-CN': '天' },
  'business-days': { en: 'working days', 'zh-CN': '工作日' },
}

const STATUS_LABEL = {
  met: { en: 'met', 'zh-CN': '达标' },
  breached: { en: 'breached', 'zh-CN': '超时' },
  pending: { en: 'open', 'zh-CN': '未完成' },
} as const

type Rule = KpiPolicy['sla'][number]

/** The calendar date of an event in the calendar's zone (a date is taken as written). */
function dayOf(value: string, cal: CompiledCalendar): string {
  return value.length === 10 ? value : cal.dayAt(Date.parse(value)).date
}

/** Hours (or days) as a number for display; decisions are made on whole milliseconds and days. */
function hours(ms: number): number {
  return ms / HOUR
}

/**
 * A rule with its limit read once: whole days, or whole milliseconds (hours rounded half-up to the
 * millisecond).
 */
interface PreparedRule {
  readonly rule: Rule
  readonly limit: number
}

function prepare(rule: Rule): PreparedRule {
  const days = DAY_UNITS.has(rule.within.unit)
  return {
    rule,
    limit: days
      ? rule.within.amount.toNumber()
      : roundTo(rule.within.amount.times(HOUR), WHOLE_MILLISECONDS).toNumber(),
  }
}

function checkOne(
  { rule, limit }: PreparedRule,
  itemId: string,
  start: string,
  end: string | undefined,
  asOf: number,
  cal: CompiledCalendar,
  path: readonly (string | number)[],
): SlaCheck {
  const unit = rule.within.unit
  const amount = rule.within.amount
  const unitLabel = UNIT_LABEL[unit]
  let due: string
  let elapsed: number
  let remaining: number | null = null
  let status: SlaCheck['status']
  if (DAY_UNITS.has(unit)) {
    const from = dayOf(start, cal)
    due = unit === 'days' ? shiftDate(from, limit) : stepBusinessDays(cal, from, limit)
    const stop = end === undefined ? cal.dayAt(asOf).date : dayOf(end, cal)
    if (stop < from)
      fail('INVALID_INPUT', 'sla.end-before-start', [...path, 'events', rule.to], {
        from: rule.from,
        to: rule.to,
        start,
        end: end ?? '',
      })
    elapsed =
      unit === 'days'
        ? differenceInCalendarDays(toDate(stop), toDate(from))
        : countBusinessDays(cal, from, stop)
    status = stop <= due ? (end === undefined ? 'pending' : 'met') : 'breached'
    if (status === 'pending')
      remaining =
        unit === 'days'
          ? differenceInCalendarDays(toDate(due), toDate(stop))
          : countBusinessDays(cal, stop, due)
  } else {
    for (const [event, value] of [
      [rule.from, start],
      [rule.to, end],
    ] as const) {
      if (value !== undefined && value.length === 10)
        fail('INVALID_INPUT', 'sla.needs-instant', [...path, 'events', event], { rule: rule.id, event })
    }
    const from = Date.parse(start)
    const dueMs = unit === 'hours' ? from + limit : addBusinessMillis(cal, from, limit)
    due = formatInstant(dueMs, cal.timeZone, cal)
    const stop = end === undefined ? asOf : Date.parse(end)
    if (end !== undefined && stop < from)
      fail('INVALID_INPUT', 'sla.end-before-start', [...path, 'events', rule.to], {
        from: rule.from,
        to: rule.to,
        start,
        end,
      })
    const upTo = Math.max(stop, from)
    elapsed = hours(unit === 'hours' ? upTo - from : businessMillisBetween(cal, from, upTo))
    status = stop <= dueMs ? (end === undefined ? 'pending' : 'met') : 'breached'
    if (status === 'pending')
      remaining = hours(unit === 'hours' ? dueMs - stop : businessMillisBetween(cal, stop, dueMs))
  }
  const trace =
    status === 'pending'
      ? [
          step('sla.pending', {
            item: itemId,
            rule: rule.label,
            remaining: round4(remaining ?? 0),
            unit: unitLabel,
            due,
          }),
        ]
      : [
          step('sla.check', {
            item: itemId,
            rule: rule.label,
            status: STATUS_LABEL[status],
            elapsed: round4(elapsed),
            unit: unitLabel,
            limit: amount,
            due,
          }),
        ]
  return {
    item: itemId,
    rule: rule.id,
    status,
    start,
    end: end ?? null,
    due,
    elapsed,
    remaining,
    unit,
    trace,
  }
}

/** A number for a sentence: at most 4 decimals. */
function round4(n: number): number {
  return Math.round(n * 10_000) / 10_000
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
 * @param items - Tickets, deals or requests with the instants (or dates) of their events; see {@link
 * SlaItemInput}.
 * @param options - `asOf` (an instant) and the `calendar` (the policy's by default).
 * @returns Each item × rule with its status, due time, elapsed and remaining time, and each rule's compliance
 * rate, with a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad item or option
 * (`sla.needs-instant`, `sla.end-before-start`).
 *
 * @example
 * const policy = defineKpiPolicy({ id: 'kpi', version: '1', effectiveFrom: '2026-01-01',
 *   kpis: [{ id: 'nps', label: 'NPS', unit: 'count', direction: 'higher-is-better' }],
 *   sla: [{ id: 'reply', label: '24h reply', from: 'received', to: 'replied', within: { amount: 24, unit: 'hours' } }] })
 * const items = [{ id: 'T-1', events: { received: '2026-06-05T17:00:00+08:00', replied: '2026-06-06T16:00:00+08:00' } }]
 * slaCompliance(policy, items, { asOf: '2026-06-08T09:00:00+08:00' }).checks[0]?.status //=> 'met'
 *
 * @group KPIs and SLAs
 */
export function slaCompliance(
  policy: KpiPolicyInput,
  items: readonly SlaItemInput[],
  options: SlaComplianceOptions,
): SlaReport {
  return slaOf(parseWith(KpiPolicySchema, policy, 'INVALID_POLICY'), undefined, items, options)
}

/** The SLA report of a validated policy (with its calendar compiled, if any). @internal */
export function slaOf(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  items: readonly SlaItemInput[],
  options: SlaComplianceOptions,
): SlaReport {
  const opts = parseWith(OptionsSchema, options, 'INVALID_INPUT', ['options'])
  const parsed = parseWith(z.array(SlaItemSchema), items, 'INVALID_INPUT', ['items'])
  const cal =
    opts.calendar !== undefined
      ? compileCalendar(opts.calendar)
      : (compiled ?? compileCalendar(policy.calendar ?? BusinessCalendarSchema.parse({})))
  const asOf = Date.parse(opts.asOf)
  const checks: SlaCheck[] = []
  const rules = policy.sla.map(prepare)
  parsed.forEach((item, i) => {
    for (const prepared of rules) {
      const { rule } = prepared
      if (rule.kinds !== undefined && (item.kind === undefined || !rule.kinds.includes(item.kind))) continue
      if (rule.grades !== undefined && (item.grade === undefined || !rule.grades.includes(item.grade)))
        continue
      const start = Object.hasOwn(item.events, rule.from) ? item.events[rule.from] : undefined
      if (start === undefined) continue
      const end = Object.hasOwn(item.events, rule.to) ? item.events[rule.to] : undefined
      checks.push(checkOne(prepared, item.id, start, end, asOf, cal, ['items', i]))
    }
  })
  const counts = new Map(policy.sla.map((rule) => [rule.id, { met: 0, breached: 0, pending: 0 }]))
  for (const c of checks) (counts.get(c.rule) as Record<SlaCheck['status'], number>)[c.status] += 1
  const summaries = policy.sla.map((rule): SlaRuleSummary => {
    const { met, breached, pending } = counts.get(rule.id) as Record<SlaCheck['status'], number>
    return {
      rule: rule.id,
      label: rule.label,
      checked: met + breached + pending,
      met,
      breached,
      pending,
      complianceRate: met + breached === 0 ? null : ratio(new Dec(met), new Dec(met + breached)),
    }
  })
  const trace = summaries.map((r) =>
    step('sla.summary', {
      rule: r.label,
      met: r.met,
      breached: r.breached,
      pending: r.pending,
      rate: r.complianceRate === null ? '—' : percent(r.complianceRate),
    }),
  )
  return { asOf: opts.asOf, checks, rules: summaries, trace }
}
