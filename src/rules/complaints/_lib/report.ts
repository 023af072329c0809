import { compiledVersionOn } from '../../../core/versioning'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import * as z from 'zod'
import { checkCalendarRange } from '../../../core/calendar'
import { toDate } from '../../../core/dates'
import { Dec, min, percent, ratio, type Decimal } from '../../../core/decimal'
import { fail, InstantSchema, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import type { Complaint, ComplaintPolicy, ComplaintRecordField } from '../../../models/complaint'
import { CLOCK_LABEL, limitOf, measure, type ComplaintClock, type MeasuredClock } from './clock'
import { type CompiledComplaintPolicy } from './policy'
import { readComplaint } from './route'
import { once } from '../../../core/once'

/**
 * The options of a complaint report.
 *
 * @group Complaints
 */
export interface ComplaintReportOptions {
  /** The instant of the report, ISO-8601 with an offset; it also picks the version whose target applies. */
  readonly asOf: string
}

const OptionsSchema = once(() => z.strictObject({ asOf: InstantSchema() }))

/**
 * One clock of one complaint at the report's instant.
 *
 * @group Complaints
 */
export interface ComplaintClockStatus {
  /** `met` (stopped in time), `breached` (stopped late, or open past due) or `pending` (open, in time). */
  readonly status: 'met' | 'breached' | 'pending'
  /** The last instant still in time, ISO-8601 in the calendar's zone. */
  readonly due: string
  /** Hours used (working hours for `business-hours`). */
  readonly elapsed: number
  /** Hours left for a pending clock; `null` otherwise. */
  readonly remaining: number | null
}

/**
 * One complaint in a report.
 *
 * @group Complaints
 */
export interface ComplaintStatus {
  /** The complaint's id. */
  readonly complaint: string
  /** Its kind. */
  readonly kind: string
  /** Its severity. */
  readonly severity: string
  /** Whether it is resolved by `asOf`. */
  readonly resolved: boolean
  /** The reply clock. */
  readonly reply: ComplaintClockStatus
  /** The resolution clock. */
  readonly resolve: ComplaintClockStatus
  /** The record fields its kind requires that it lacks. */
  readonly missingFields: readonly ComplaintRecordField[]
  /** The version that applies to it (in force on the day written in `received`). */
  readonly policy: PolicyStamp
}

/**
 * One clock's counts over the complaints of a report; each complaint is counted once.
 *
 * @group Complaints
 */
export interface ComplaintClockSummary {
  /** Stopped in time. */
  readonly met: number
  /** Stopped late, or open past due. */
  readonly breached: number
  /** Open and still in time. */
  readonly pending: number
  /** `met ÷ (met + breached)`, within [0, 1]; `null` when nothing is decided yet. */
  readonly onTimeRate: Decimal | null
}

/**
 * An open complaint past one of its deadlines.
 *
 * @group Complaints
 */
export interface OverdueComplaint {
  /** The complaint's id. */
  readonly complaint: string
  /** The clock that ran out. */
  readonly clock: ComplaintClock
  /** The last instant that was still in time. */
  readonly due: string
  /** Hours used so far (working hours for `business-hours`), more than the limit. */
  readonly elapsed: number
}

/**
 * A penalty suggested for one person responsible for one substantiated complaint: a computation for
 * management to decide on, never an action.
 *
 * @group Complaints
 */
export interface PenaltySuggestion {
  /** The complaint's id. */
  readonly complaint: string
  /** The person responsible (责任人). */
  readonly person: string
  /** The penalty rule that gave it. */
  readonly rule: string
  /** The rule's name. */
  readonly ruleLabel: LocalizedText
  /** Which offence of this person it is (1 = the first) within the policy's repeat window. */
  readonly offence: number
  /** The fine range of the rule; `null` when the rule has no fine (通报批评 only). */
  readonly fineRange: {
    /** The lowest fine of the rule. */
    readonly min: Decimal
    /** The highest fine of the rule. */
    readonly max: Decimal
  } | null
  /** The suggested fine: `min + (offence − 1) × step`, at most `max`; `null` without a fine. */
  readonly fine: Decimal | null
  /** The currency of the fine. */
  readonly currency: string
  /** Whether dismissal (辞退) is suggested: by the rule, or from the repeat offence the policy names. */
  readonly dismissalSuggested: boolean
  /** The version of the complaint's rule. */
  readonly policy: PolicyStamp
}

/**
 * A complaint handling report (投诉处理情况): resolution rate against the target, on-time rates, open items
 * past due, penalty suggestions, and the inputs of the KPI formula `complaint-timeliness`.
 *
 * @group Complaints
 */
export interface ComplaintReport {
  /** The report's instant. */
  readonly asOf: string
  /** Complaints counted (every one passed, once). */
  readonly total: number
  /** Resolved by `asOf`. */
  readonly resolved: number
  /** Not yet resolved. */
  readonly open: number
  /** `resolved ÷ total`, within [0, 1]; `null` without complaints. */
  readonly resolutionRate: Decimal | null
  /** The share that must be resolved (1: 百分之百的解决), from the version in force on `asOf`. */
  readonly resolutionTarget: Decimal
  /** Whether the rate reaches the target; `null` without complaints. */
  readonly meetsResolutionTarget: boolean | null
  /** The reply clock over every complaint. */
  readonly reply: ComplaintClockSummary
  /** The resolution clock over every complaint. */
  readonly resolve: ComplaintClockSummary
  /** Each complaint, in the order given. */
  readonly complaints: readonly ComplaintStatus[]
  /** Open complaints past a deadline, reply first, in the order of the complaints. */
  readonly overdue: readonly OverdueComplaint[]
  /** Penalty suggestions, in the order of the complaints' `received`, then of their responsible people. */
  readonly penalties: readonly PenaltySuggestion[]
  /**
   * The input of `measureKpi` for 投诉处理及时率: resolved in time ÷ resolutions decided (met or breached).
   */
  readonly timeliness: {
    /** The KPI formula this input is for. */
    readonly formula: 'complaint-timeliness'
    /** Complaints handled in time. */
    readonly onTime: number
    /** All complaints counted. */
    readonly total: number
  }
  /** The version in force on `asOf` (its target applies). */
  readonly policy: PolicyStamp
  /** How the report was reached. */
  readonly trace: readonly TraceStep[]
}

interface Read {
  readonly complaint: Complaint
  readonly compiled: CompiledComplaintPolicy
  readonly index: number
}

function clockStatus(m: MeasuredClock): ComplaintClockStatus {
  return { status: m.status, due: m.due, elapsed: m.elapsed, remaining: m.remaining }
}

function summary(statuses: readonly ComplaintClockStatus[]): ComplaintClockSummary {
  const count = (s: ComplaintClockStatus['status']) => statuses.filter((x) => x.status === s).length
  const met = count('met')
  const breached = count('breached')
  return {
    met,
    breached,
    pending: count('pending'),
    onTimeRate: met + breached === 0 ? null : ratio(new Dec(met), new Dec(met + breached)),
  }
}

/** Reads every complaint, checks the ids are unique and no event lies after `asOf`. */
function readAll(
  versions: readonly CompiledComplaintPolicy[],
  input: unknown,
  asOf: number,
  asOfText: string,
): Read[] {
  const items = parseWith(z.array(z.unknown()).max(1_000_000), input, 'INVALID_INPUT', ['complaints'])
  const read = items.map((item, index) => ({
    ...readComplaint(versions, item, ['complaints', index]),
    index,
  }))
  const seen = new Set<string>()
  for (const { complaint, index } of read) {
    if (seen.has(complaint.id))
      fail('INVALID_INPUT', 'ids.duplicate', ['complaints', index, 'id'], { id: complaint.id })
    seen.add(complaint.id)
  }
  for (const { complaint, index } of read) {
    for (const key of ['received', 'replied', 'resolved'] as const) {
      const value = complaint[key]
      if (value !== undefined && Date.parse(value) > asOf)
        fail('INVALID_INPUT', 'complaint.after-as-of', ['complaints', index, key], {
          event: key,
          at: value,
          asOf: asOfText,
        })
    }
  }
  return read
}

/** The report of validated versions. @internal */
export function decideReport(
  versions: readonly CompiledComplaintPolicy[],
  complaints: unknown,
  options: unknown,
): ComplaintReport {
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  checkCalendarRange(opts.asOf, ['options', 'asOf'])
  const asOf = Date.parse(opts.asOf)
  const current = compiledVersionOn(versions, opts.asOf.slice(0, 10), ['options', 'asOf'])
  const read = readAll(versions, complaints, asOf, opts.asOf)
  const statuses = read.map(({ complaint, compiled, index }): ComplaintStatus => {
    const severity = compiled.severities.get(complaint.severity) as ComplaintPolicy['severities'][number]
    const kind = compiled.kinds.get(complaint.kind) as ComplaintPolicy['kinds'][number]
    const at = ['complaints', index]
    const clock = (c: ComplaintClock, stop: string | undefined) =>
      clockStatus(
        measure(
          c,
          limitOf(compiled.policy, severity, c),
          complaint.received,
          stop,
          asOf,
          compiled.calendar,
          at,
          ['options', 'asOf'],
        ),
      )
    return {
      complaint: complaint.id,
      kind: complaint.kind,
      severity: complaint.severity,
      resolved: complaint.resolved !== undefined,
      // a resolution is also the reply, when none was recorded before it
      reply: clock('reply', complaint.replied ?? complaint.resolved),
      resolve: clock('resolve', complaint.resolved),
      missingFields: kind.requiredFields.filter((f) => complaint.record[f] === undefined),
      policy: compiled.stamp,
    }
  })
  return assemble(current, opts.asOf, read, statuses)
}

function assemble(
  current: CompiledComplaintPolicy,
  asOf: string,
  read: readonly Read[],
  statuses: readonly ComplaintStatus[],
): ComplaintReport {
  const total = statuses.length
  const resolved = statuses.filter((s) => s.resolved).length
  const target = current.policy.resolutionTarget
  const resolutionRate = total === 0 ? null : ratio(new Dec(resolved), new Dec(total))
  const meets = resolutionRate === null ? null : resolutionRate.gte(target)
  const reply = summary(statuses.map((s) => s.reply))
  const resolve = summary(statuses.map((s) => s.resolve))
  const overdue: OverdueComplaint[] = []
  statuses.forEach((s, i) => {
    const { complaint } = read[i] as Read
    // a clock stopped late is breached too, but no longer open
    const stopped = { reply: (complaint.replied ?? complaint.resolved) !== undefined, resolve: s.resolved }
    for (const clock of ['reply', 'resolve'] as const) {
      const c = s[clock]
      if (c.status === 'breached' && !stopped[clock])
        overdue.push({ complaint: s.complaint, clock, due: c.due, elapsed: c.elapsed })
    }
  })
  const trace: TraceStep[] = [step('complaint.report-counts', { total, resolved, open: total - resolved })]
  trace.push(
    meets === null
      ? step('complaint.resolution-none', {})
      : step(meets ? 'complaint.resolution-met' : 'complaint.resolution-short', {
          rate: (resolutionRate as Decimal).toString(),
          target: target.toString(),
        }),
  )
  for (const [clock, sum] of [
    ['reply', reply],
    ['resolve', resolve],
  ] as const)
    trace.push(
      step('complaint.clock-summary', {
        clock: CLOCK_LABEL[clock],
        met: sum.met,
        breached: sum.breached,
        pending: sum.pending,
        rate: sum.onTimeRate === null ? '—' : percent(sum.onTimeRate),
      }),
    )
  for (const o of overdue)
    trace.push(step('complaint.overdue', { id: o.complaint, clock: CLOCK_LABEL[o.clock], due: o.due }))
  const penalties = suggestPenalties(read, trace)
  return {
    asOf,
    total,
    resolved,
    open: total - resolved,
    resolutionRate,
    resolutionTarget: target,
    meetsResolutionTarget: meets,
    reply,
    resolve,
    complaints: statuses,
    overdue,
    penalties,
    timeliness: {
      formula: 'complaint-timeliness',
      onTime: resolve.met,
      total: resolve.met + resolve.breached,
    },
    policy: current.stamp,
    trace,
  }
}

type PenaltyRule = NonNullable<ComplaintPolicy['penalties']>['rules'][number]

/**
 * The penalty of each person responsible for each substantiated complaint, in the order of `received`
 * (then of the input): the first rule of the complaint's version that covers its kind and severity; the
 * offence's number counts the person's earlier offences within the repeat window (calendar days in the
 * calendar's zone, inclusive).
 */
function suggestPenalties(read: readonly Read[], trace: TraceStep[]): PenaltySuggestion[] {
  const order = read
    .filter((r) => r.complaint.substantiated)
    .map((r) => ({ ...r, at: Date.parse(r.complaint.received) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
  const history = new Map<string, string[]>()
  const out: PenaltySuggestion[] = []
  for (const { complaint, compiled } of order) {
    const penalties = compiled.policy.penalties
    if (penalties === undefined) continue
    const rule = penalties.rules.find(
      (r: PenaltyRule) =>
        r.kinds.includes(complaint.kind) &&
        (r.severities === undefined || r.severities.includes(complaint.severity)),
    )
    if (rule === undefined) {
      trace.push(step('complaint.no-penalty-rule', { id: complaint.id }))
      continue
    }
    const day = compiled.calendar.dayAt(Date.parse(complaint.received)).date
    for (const person of complaint.responsible) {
      const earlier = history.get(person) ?? []
      const repeat = penalties.repeat
      const offence =
        1 +
        (repeat === undefined
          ? 0
          : earlier.filter((d) => differenceInCalendarDays(toDate(day), toDate(d)) <= repeat.withinDays)
              .length)
      earlier.push(day)
      history.set(person, earlier)
      const fine =
        rule.fine === undefined
          ? null
          : min(rule.fine.max, rule.fine.min.plus((repeat?.step ?? new Dec(0)).times(offence - 1)))
      const dismissal =
        rule.dismissal || (repeat?.dismissalFrom !== undefined && offence >= repeat.dismissalFrom)
      const suggestion: PenaltySuggestion = {
        complaint: complaint.id,
        person,
        rule: rule.id,
        ruleLabel: rule.label,
        offence,
        fineRange: rule.fine === undefined ? null : { min: rule.fine.min, max: rule.fine.max },
        fine,
        currency: penalties.currency,
        dismissalSuggested: dismissal,
        policy: compiled.stamp,
      }
      out.push(suggestion)
      trace.push(
        fine === null || rule.fine === undefined
          ? step('complaint.penalty-no-fine', { person, id: complaint.id, offence, rule: rule.label })
          : step('complaint.penalty', {
              person,
              id: complaint.id,
              offence,
              rule: rule.label,
              fine: fine.toString(),
              currency: penalties.currency,
              min: rule.fine.min.toString(),
              max: rule.fine.max.toString(),
            }),
      )
      if (dismissal)
        trace.push(
          step(rule.dismissal ? 'complaint.dismissal-rule' : 'complaint.dismissal-repeat', {
            person,
            offence,
          }),
        )
    }
  }
  return out
}
