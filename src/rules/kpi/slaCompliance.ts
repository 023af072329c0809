import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import * as z from 'zod'
import {
  BusinessCalendarSchema,
  businessMillisBetween,
  CALENDAR_DAYS_SPAN_DAYS,
  CALENDAR_HOURS_SPAN_DAYS,
  checkCalendarRange,
  compileCalendar,
  countBusinessDays,
  formatInstant,
  lastBusinessInstant,
  stepBusinessDaysWithin,
  type BusinessCalendarInput,
  type CompiledCalendar,
} from '../../core/calendar'
import { shiftDate, toDate } from '../../core/dates'
import { SalesRulesError } from '../../core/errors'
import { nearestName } from '../../core/nearest'
import { Dec, percent, ratio, roundTo, type Decimal } from '../../core/decimal'
import { fail, InstantSchema, parseWith, unknownKeyIssue } from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import {
  KpiPolicySchema,
  SlaItemSchema,
  type KpiPolicy,
  type KpiPolicyInput,
  type SlaItemInput,
} from '../../models/kpi'
import {
  checkInForce,
  optionOf,
  stampOf,
  withPolicyInForce,
  type PolicyOrVersions,
  type PolicyStamp,
} from '../../core/versioning'
import { once } from '../../core/once'

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

/** The options of a report. @internal */
export const OptionsSchema = once(() =>
  z.strictObject({
    asOf: InstantSchema(),
    calendar: BusinessCalendarSchema().optional(),
  }),
)

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
  /** The KPI policy version whose rules measured the items. */
  readonly policy: PolicyStamp
  /** Each rule's summary in words. */
  readonly trace: readonly TraceStep[]
}

const HOUR = 3_600_000
const DAY = 86_400_000
const WHOLE_MILLISECONDS = { scale: 0, mode: 'down' } as const
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
 * A rule with its limit read once: whole days, or whole milliseconds (hours to the millisecond, rounded
 * down, so that the due time never lies past the limit). @internal
 */
export interface PreparedRule {
  readonly rule: Rule
  readonly limit: number
  /** True for `days` and `business-days`. */
  readonly days: boolean
}

/** Reads a rule's limit once. @internal */
function prepareRule(rule: Rule): PreparedRule {
  const days = DAY_UNITS.has(rule.within.unit)
  return {
    rule,
    limit: days
      ? rule.within.amount.toNumber()
      : roundTo(rule.within.amount.times(HOUR), WHOLE_MILLISECONDS).toNumber(),
    days,
  }
}

/**
 * One clock in plain numbers, before any formatting: what the report and the compiled fast path share.
 * `elapsed` and `remaining` are in milliseconds for hour rules and in days for day rules; `due` is epoch
 * milliseconds for hour rules and a date for day rules. @internal
 */
export interface Clock {
  readonly status: SlaCheck['status']
  readonly due: number | string
  readonly elapsed: number
  readonly remaining: number | null
}

/**
 * Measures one item against one rule, under the rule "elapsed ≤ limit is in time" (as Zendesk and ERPNext
 * count business time): `due` is the last instant (or date) still in time, so that a stop is in time
 * exactly when it is at or before `due`, exactly when `elapsed ≤ limit`. For business hours that is where
 * the working time runs out, or the start of the next working window when it runs out at the end of one
 * (nothing is used in between); for working days, the day before the next working day. Dates and instants
 * are trusted to be valid and within the supported range; the spans walked are bounded here. @internal
 */
export function measureClock(
  { rule, limit, days }: PreparedRule,
  start: string,
  end: string | undefined,
  asOf: number,
  cal: CompiledCalendar,
  index: number,
): Clock {
  const unit = rule.within.unit
  if (days) {
    const from = dayOf(start, cal)
    let due: string
    if (unit === 'days') due = shiftDate(from, limit)
    else {
      const next = stepBusinessDaysWithin(cal, from, limit + 1, CALENDAR_DAYS_SPAN_DAYS)
      if (next === undefined)
        spanTooLong(['items', index, 'events', rule.from], start, CALENDAR_DAYS_SPAN_DAYS)
      due = shiftDate(next, -1)
    }
    const stopped = end === undefined ? cal.dayAt(asOf).date : dayOf(end, cal)
    if (end !== undefined && stopped < from) endBeforeStart(rule, start, end, endPathOf(rule, end, index))
    // an open clock looked at before it starts has used nothing yet
    const stop = stopped < from ? from : stopped
    const span = differenceInCalendarDays(toDate(stop), toDate(from))
    if (unit === 'business-days' && span > CALENDAR_DAYS_SPAN_DAYS)
      spanTooLong(endPathOf(rule, end, index), start, CALENDAR_DAYS_SPAN_DAYS)
    const elapsed = unit === 'days' ? span : countBusinessDays(cal, from, stop)
    const status = elapsed <= limit ? (end === undefined ? 'pending' : 'met') : 'breached'
    const remaining =
      status !== 'pending'
        ? null
        : unit === 'days'
          ? differenceInCalendarDays(toDate(due), toDate(stop))
          : countBusinessDays(cal, stop, due)
    return { status, due, elapsed, remaining }
  }
  if (start.length === 10) needsInstant(rule, rule.from, index)
  if (end !== undefined && end.length === 10) needsInstant(rule, rule.to, index)
  const from = Date.parse(start)
  const stopped = end === undefined ? asOf : Date.parse(end)
  if (end !== undefined && stopped < from) endBeforeStart(rule, start, end, endPathOf(rule, end, index))
  const stop = Math.max(stopped, from)
  let elapsed: number
  let due: number
  if (unit === 'hours') {
    due = from + limit
    elapsed = stop - from
  } else {
    const last = lastBusinessInstant(cal, from, limit)
    if (last === undefined)
      spanTooLong(['items', index, 'events', rule.from], start, CALENDAR_HOURS_SPAN_DAYS)
    due = last
    if (stop - from > CALENDAR_HOURS_SPAN_DAYS * DAY)
      spanTooLong(endPathOf(rule, end, index), start, CALENDAR_HOURS_SPAN_DAYS)
    elapsed = businessMillisBetween(cal, from, stop)
  }
  const status = elapsed <= limit ? (end === undefined ? 'pending' : 'met') : 'breached'
  const remaining =
    status !== 'pending' ? null : unit === 'hours' ? due - stop : businessMillisBetween(cal, stop, due)
  return { status, due, elapsed, remaining }
}

/** The path of what stops a clock: the stop event, or `asOf` while open (made only for an error). */
function endPathOf(rule: Rule, end: string | undefined, index: number): (string | number)[] {
  return end === undefined ? ['options', 'asOf'] : ['items', index, 'events', rule.to]
}

function needsInstant(rule: Rule, event: string, index: number): never {
  fail('INVALID_INPUT', 'sla.needs-instant', ['items', index, 'events', event], { rule: rule.id, event })
}

function spanTooLong(path: readonly (string | number)[], start: string, max: number): never {
  fail('INVALID_INPUT', 'calendar.span-too-long', path, { start, max })
}

function endBeforeStart(rule: Rule, start: string, end: string, path: readonly (string | number)[]): never {
  fail('INVALID_INPUT', 'sla.end-before-start', path, { from: rule.from, to: rule.to, start, end })
}

/** The check of one item against one rule, with its due time written out and its trace. @internal */
function checkOne(
  prepared: PreparedRule,
  itemId: string,
  start: string,
  end: string | undefined,
  asOf: number,
  cal: CompiledCalendar,
  index: number,
): SlaCheck {
  const { rule, days } = prepared
  const unit = rule.within.unit
  const clock = measureClock(prepared, start, end, asOf, cal, index)
  const due = typeof clock.due === 'string' ? clock.due : formatInstant(clock.due, cal.timeZone, cal)
  const elapsed = days ? clock.elapsed : hours(clock.elapsed)
  const remaining = clock.remaining === null ? null : days ? clock.remaining : hours(clock.remaining)
  const { status } = clock
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
    trace: traceOf(rule, itemId, status, elapsed, remaining, due),
  }
}

function traceOf(
  rule: Rule,
  item: string,
  status: SlaCheck['status'],
  elapsed: number,
  remaining: number | null,
  due: string,
): TraceStep[] {
  const unit = UNIT_LABEL[rule.within.unit]
  return status === 'pending'
    ? [step('sla.pending', { item, rule: rule.label, remaining: round4(remaining ?? 0), unit, due })]
    : [
        step('sla.check', {
          item,
          rule: rule.label,
          status: STATUS_LABEL[status],
          elapsed: round4(elapsed),
          unit,
          limit: rule.within.amount,
          due,
        }),
      ]
}

/**
 * What every SLA report starts with, after its options and items are validated: the range of `asOf` and of
 * every event checked (in that order), the calendar, and the rules read once. @internal
 */
export function slaSetup(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  opts: z.output<ReturnType<typeof OptionsSchema>>,
  items: readonly { readonly events: Readonly<Record<string, string>> }[],
): { cal: CompiledCalendar; asOf: number; rules: readonly PreparedRule[] } {
  checkCalendarRange(opts.asOf, ['options', 'asOf'])
  // events are the item's own record: names no rule uses pass through (a CRM's other events, a rule a later
  // version dropped), but one within a typo of a name the rules use (`repiled` for `replied`) is refused as
  // `key.unknown-near`: it would leave that clock running and report a false breach
  const names = [...new Set(policy.sla.flatMap((r) => [r.from, r.to]))]
  items.forEach((item, i) => {
    for (const event in item.events) {
      if (!names.includes(event) && nearestName(event, names) !== undefined)
        throw new SalesRulesError('INVALID_INPUT', [unknownKeyIssue(event, ['items', i, 'events'], names)])
      checkCalendarRange(item.events[event] as string, ['items', i, 'events', event])
    }
  })
  const cal =
    opts.calendar !== undefined
      ? compileCalendar(opts.calendar)
      : (compiled ?? compileCalendar(policy.calendar ?? BusinessCalendarSchema().parse({})))
  return { cal, asOf: Date.parse(opts.asOf), rules: policy.sla.map(prepareRule) }
}

/** The instant (or date) that starts a rule's clock on an item, if the rule applies to it. @internal */
export function startOf(
  rule: Rule,
  item: {
    readonly kind?: string | undefined
    readonly grade?: string | undefined
    readonly events: Readonly<Record<string, string>>
  },
): string | undefined {
  if (rule.kinds !== undefined && (item.kind === undefined || !rule.kinds.includes(item.kind)))
    return undefined
  if (rule.grades !== undefined && (item.grade === undefined || !rule.grades.includes(item.grade)))
    return undefined
  return Object.hasOwn(item.events, rule.from) ? item.events[rule.from] : undefined
}

/** Each rule's summary from its counts. @internal */
export function summarize(
  policy: KpiPolicy,
  counts: ReadonlyMap<string, Readonly<Record<SlaCheck['status'], number>>>,
): SlaRuleSummary[] {
  return policy.sla.map((rule): SlaRuleSummary => {
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
 * 调休). An item is in time when the time it used is at most the limit (`elapsed ≤ limit`, as
 * Zendesk and ERPNext count business time), and `due` is the last instant (or date) still in time:
 * 11:00 + 6 working hours with hours 09–12 and 13–18 runs out at 18:00, so a stop at 18:15 is met
 * and `due` is 09:00 the next working day. An open item past its limit is already breached.
 *
 * @param policy - The KPI policy with its `sla` rules, or the list of its versions (the one in force on the
 * date of `options.asOf`, as written with its offset, measures); see {@link KpiPolicyInput}.
 * @param items - Tickets, deals or requests with the instants (or dates) of their events; see {@link
 * SlaItemInput}.
 * @param options - `asOf` (an instant) and the `calendar` (the policy's by default).
 * @returns Each item × rule with its status, due time, elapsed and remaining time, and each rule's compliance
 * rate, the policy version (`policy`), with a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad item or option
 * (`sla.needs-instant`, `sla.end-before-start`; `date.out-of-range` / `instant.out-of-range` for `asOf` or an
 * event outside
 * 1900-01-01..2200-12-31; `calendar.span-too-long` for a working-hour clock over 3,660 days or a
 * working-day clock over 36,600); `NO_POLICY_IN_FORCE` when no version is in force on the date of
 * `options.asOf`.
 *
 * @example
 * const policy = defineKpiPolicy({
 *   id: 'kpi',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   kpis: [{ id: 'nps', label: 'NPS', unit: 'count', direction: 'higher-is-better' }],
 *   sla: [
 *     {
 *       id: 'reply',
 *       label: '24h reply',
 *       from: 'received',
 *       to: 'replied',
 *       within: { amount: 24, unit: 'hours' },
 *     },
 *   ],
 * })
 * const items = [
 *   { id: 'T-1', events: { received: '2026-06-05T17:00:00+08:00', replied: '2026-06-06T16:00:00+08:00' } },
 * ]
 * slaCompliance(policy, items, { asOf: '2026-06-08T09:00:00+08:00' }).checks[0]?.status //=> 'met'
 *
 * @group KPIs and SLAs
 */
export function slaCompliance(
  policy: PolicyOrVersions<KpiPolicyInput>,
  items: readonly SlaItemInput[],
  options: SlaComplianceOptions,
): SlaReport {
  // the decision's date is the report's: the date of `asOf` as written (its offset's local date)
  return withPolicyInForce(
    policy,
    () => optionOf(options, 'asOf'),
    ['options', 'asOf'],
    (p) => slaOf(parseWith(KpiPolicySchema(), p, 'INVALID_POLICY'), undefined, items, options),
  )
}

/** The SLA report of a validated policy (with its calendar compiled, if any). @internal */
export function slaOf(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  items: readonly SlaItemInput[],
  options: SlaComplianceOptions,
): SlaReport {
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  // the decision's date is the date of `asOf` as written: a policy not in force on it does not report
  checkInForce(policy, opts.asOf.slice(0, 10), ['options', 'asOf'])
  const parsed = parseWith(z.array(SlaItemSchema()), items, 'INVALID_INPUT', ['items'])
  const { cal, asOf, rules } = slaSetup(policy, compiled, opts, parsed)
  const checks: SlaCheck[] = []
  parsed.forEach((item, i) => {
    for (const prepared of rules) {
      const start = startOf(prepared.rule, item)
      if (start === undefined) continue
      const end = Object.hasOwn(item.events, prepared.rule.to) ? item.events[prepared.rule.to] : undefined
      checks.push(checkOne(prepared, item.id, start, end, asOf, cal, i))
    }
  })
  const counts = new Map(policy.sla.map((rule) => [rule.id, { met: 0, breached: 0, pending: 0 }]))
  for (const c of checks) (counts.get(c.rule) as Record<SlaCheck['status'], number>)[c.status] += 1
  const summaries = summarize(policy, counts)
  const trace = summaries.map((r) =>
    step('sla.summary', {
      rule: r.label,
      met: r.met,
      breached: r.breached,
      pending: r.pending,
      rate: r.complianceRate === null ? '—' : percent(r.complianceRate),
    }),
  )
  return { asOf: opts.asOf, checks, rules: summaries, policy: stampOf(policy), trace }
}
