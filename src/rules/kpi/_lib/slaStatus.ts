/**
 * The compiled service-time path: the statuses of {@link slaCompliance} without traces or written-out due
 * times. Each ticket is checked by hand as the schema checks it (a plain record, no unknown key, the id
 * pattern, each event name, each instant read by hand in its plain form) and measured in integer
 * milliseconds on the calendar's working-time table (`core/calendar-table.ts`): the working time used is
 * two look-ups, the due instant a binary search. What the hand reading does not take in (a date for a day
 * rule, an instant with a long fraction) is measured by `measureClock`, as `slaOf` measures it; anything
 * invalid or exotic, or any error, sends the whole call to the exact reading (zod, then `measureClock` on
 * every clock), which reports what `slaCompliance` reports. A property test compares the two paths.
 */
import {
  BusinessCalendarSchema,
  CALENDAR_HOURS_SPAN_DAYS,
  compileCalendar,
  inCalendarRange,
  type CompiledCalendar,
} from '../../../core/calendar'
import { workingTimeOf } from '../../../core/calendar-table'
import { checkInForce, stampOf, type PolicyStamp } from '../../../core/versioning'
import { MAX_ARRAY_LENGTH } from '../../../core/boundary'
import { DateSchema, InstantSchema, parseWith } from '../../../core/schema'
import { nearestName } from '../../../core/nearest'
import { fastOrNothing, isPlainId, isPlainRecord, readPlainInstant } from '../../../core/plain'
import { SlaItemSchema, type KpiPolicy, type SlaItemInput } from '../../../models/kpi'
import {
  measureClock,
  OptionsSchema,
  slaSetup,
  startOf,
  summarize,
  type Clock,
  type PreparedRule,
  type SlaCheck,
  type SlaComplianceOptions,
  type SlaRuleSummary,
  type SlaUnit,
} from '../slaCompliance'
import type * as z from 'zod'
import { once } from '../../../core/once'

/**
 * One item measured against one rule, on the compiled fast path: {@link SlaCheck} without the trace, the
 * clock's start and stop, and with the due time as a number.
 *
 * @group KPIs and SLAs
 */
export interface SlaStatus {
  /** The item's id. */
  readonly item: string
  /** The rule's id. */
  readonly rule: string
  /** `met`, `breached` or `pending`, as in {@link SlaCheck}. */
  readonly status: SlaCheck['status']
  /**
   * The last instant still in time, as epoch milliseconds, for hour rules (`new Date(due)`); the last date
   * in time, `YYYY-MM-DD`, for day rules. The instant {@link SlaCheck} writes out in the calendar's zone.
   */
  readonly due: number | string
  /** Time elapsed, in the rule's unit, as in {@link SlaCheck}. */
  readonly elapsed: number
  /** Time left for a pending item, in the rule's unit; `null` otherwise. */
  readonly remaining: number | null
  /** The rule's unit. */
  readonly unit: SlaUnit
}

/**
 * A service-time report on the compiled fast path: every status and each rule's compliance, no traces.
 *
 * @group KPIs and SLAs
 */
export interface SlaStatusReport {
  /** The report's instant. */
  readonly asOf: string
  /**
   * Every item × rule that applies, in the order of the items, then of the rules. Made when first read
   * (the report keeps them as numbers until then), and the same array on every read.
   */
  readonly checks: readonly SlaStatus[]
  /** Each rule's compliance, in the policy's order. */
  readonly rules: readonly SlaRuleSummary[]
  /** The KPI policy version whose rules measured the items. */
  readonly policy: PolicyStamp
}

const HOUR = 3_600_000
/** The longest working-hour clock; a longer one is an error of the exact reading. */
const HOURS_SPAN = CALENDAR_HOURS_SPAN_DAYS * 86_400_000
const INSTANT = once(() => patternOf(InstantSchema()))
const DATE = once(() => patternOf(DateSchema()))

function patternOf(schema: {
  readonly _zod: { readonly def: { readonly pattern?: RegExp | undefined } }
}): RegExp {
  return schema._zod.def.pattern as RegExp
}

/** An id, or nothing; `known` holds ids already valid (the policy's event names, kinds and grades). */
function isOptionalId(value: unknown, known: ReadonlySet<string>): boolean {
  return value === undefined || (typeof value === 'string' && known.has(value)) || isPlainId(value)
}

/** The ids a policy names, all valid: its rules' events, kinds and grades. */
function knownIds(policy: KpiPolicy): Set<string> {
  return new Set(policy.sla.flatMap((r) => [r.from, r.to, ...(r.kinds ?? []), ...(r.grades ?? [])]))
}

/** The default calendar (Monday–Friday 09:00–18:00 UTC), compiled once with its table. */
let defaultCalendar: CompiledCalendar | undefined

/**
 * The statuses of a validated policy's service-time rules (with its calendar compiled, if any), on the fast
 * path. @internal
 */
export function slaStatusOf(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  items: readonly SlaItemInput[],
  options: SlaComplianceOptions,
): SlaStatusReport {
  const opts = parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
  // as slaCompliance: the policy must be in force on the date of `asOf` as written
  checkInForce(policy, opts.asOf.slice(0, 10), ['options', 'asOf'])
  // the default calendar compiled once, so that its working-time table is kept between calls
  const cal =
    compiled ??
    (opts.calendar === undefined && policy.calendar === undefined
      ? (defaultCalendar ??= compileCalendar(BusinessCalendarSchema().parse({})))
      : undefined)
  const fast = fastOrNothing(() => fastStatuses(policy, cal, items, opts))
  return fast ?? exactStatuses(policy, compiled, items, opts)
}

/**
 * The statuses as `slaOf` reads and measures them (zod, then `measureClock` on every clock), without traces:
 * for input the fast reading does not take, and so for every error.
 */
function exactStatuses(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  items: readonly SlaItemInput[],
  opts: z.output<ReturnType<typeof OptionsSchema>>,
): SlaStatusReport {
  const parsed = parseWith(SlaItemSchema().array(), items, 'INVALID_INPUT', ['items'])
  const { cal, asOf, rules } = slaSetup(policy, compiled, opts, parsed)
  const columns = new Columns(rules, parsed.length)
  for (let i = 0; i < parsed.length; i++) {
    const item = parsed[i] as SlaItemInput
    for (let r = 0; r < rules.length; r++) {
      const prepared = rules[r] as PreparedRule
      const start = startOf(prepared.rule, item)
      if (start === undefined) continue
      const to = prepared.rule.to
      const end = Object.hasOwn(item.events, to) ? item.events[to] : undefined
      const clock = measureClock(prepared, start, end, asOf, cal, i)
      columns.addClock(item.id, r, clock)
    }
  }
  return reportOf(policy, opts.asOf, columns)
}

const STATUSES: readonly SlaCheck['status'][] = ['met', 'breached', 'pending']
/** The index of a status in `STATUSES`. */
const MET = 0
const BREACHED = 1
const PENDING = 2
const codeOf = (status: SlaCheck['status']): number => (status === 'met' ? 0 : status === 'breached' ? 1 : 2)
/**
 * Item ids are kept in blocks of this many: one growing array of 100,000 strings costs more than the rest.
 */
const ID_BLOCK = 4096

/**
 * The checks of a report as columns of numbers (no object per check while measuring), and each rule's
 * counts; the {@link SlaStatus} objects are made from them when the report's `checks` are first read.
 */
class Columns {
  private size = 0
  private readonly ids: string[][] = []
  private rules = new Uint32Array(0)
  private statuses = new Uint8Array(0)
  /** Hour rules' due instants (epoch milliseconds); day rules' due dates are in `dates`. */
  private dues = new Float64Array(0)
  private readonly dates = new Map<number, string>()
  /** In milliseconds for hour rules, in days for day rules; `NaN` for no remaining time. */
  private elapsed = new Float64Array(0)
  private remaining = new Float64Array(0)
  private readonly counts: Uint32Array

  constructor(
    private readonly prepared: readonly PreparedRule[],
    capacity: number,
  ) {
    this.counts = new Uint32Array(prepared.length * 3)
    this.grow(Math.max(16, capacity))
  }

  /** One check: `status` is an index in `STATUSES`, `remaining` is `NaN` for none. */
  add(item: string, rule: number, status: number, due: number, elapsed: number, remaining: number): void {
    const j = this.size
    if (j === this.statuses.length) this.grow(j * 2)
    const k = j % ID_BLOCK
    if (k === 0) this.ids.push(new Array<string>(ID_BLOCK))
    ;(this.ids[(j - k) / ID_BLOCK] as string[])[k] = item
    this.rules[j] = rule
    this.statuses[j] = status
    this.dues[j] = due
    this.elapsed[j] = elapsed
    this.remaining[j] = remaining
    this.counts[rule * 3 + status]! += 1
    this.size = j + 1
  }

  /** One check as `measureClock` gives it. */
  addClock(item: string, rule: number, clock: Clock): void {
    const due = clock.due
    if (typeof due === 'string') this.dates.set(this.size, due)
    const remaining = clock.remaining ?? NaN
    this.add(item, rule, codeOf(clock.status), typeof due === 'string' ? NaN : due, clock.elapsed, remaining)
  }

  private grow(capacity: number): void {
    const widen = <T extends Uint32Array | Uint8Array | Float64Array>(old: T, made: T): T => {
      made.set(old)
      return made
    }
    this.rules = widen(this.rules, new Uint32Array(capacity))
    this.statuses = widen(this.statuses, new Uint8Array(capacity))
    this.dues = widen(this.dues, new Float64Array(capacity))
    this.elapsed = widen(this.elapsed, new Float64Array(capacity))
    this.remaining = widen(this.remaining, new Float64Array(capacity))
  }

  /**
   * Each check as a {@link SlaStatus}, in the rule's unit (hours for hour rules, as `checkOne` writes them).
   */
  checks(): SlaStatus[] {
    const out: SlaStatus[] = []
    for (let j = 0; j < this.size; j++) {
      const { rule, days } = this.prepared[this.rules[j] as number] as PreparedRule
      const elapsed = this.elapsed[j] as number
      const remaining = this.remaining[j] as number
      out.push({
        item: (this.ids[Math.floor(j / ID_BLOCK)] as string[])[j % ID_BLOCK] as string,
        rule: rule.id,
        status: STATUSES[this.statuses[j] as number] as SlaCheck['status'],
        due: days ? (this.dates.get(j) as string) : (this.dues[j] as number),
        elapsed: days ? elapsed : elapsed / HOUR,
        remaining: Number.isNaN(remaining) ? null : days ? remaining : remaining / HOUR,
        unit: rule.within.unit,
      })
    }
    return out
  }

  summaries(policy: KpiPolicy): SlaRuleSummary[] {
    const c = this.counts
    const byRule = new Map(
      policy.sla.map((rule, r) => [
        rule.id,
        { met: c[r * 3]!, breached: c[r * 3 + 1]!, pending: c[r * 3 + 2]! },
      ]),
    )
    return summarize(policy, byRule)
  }
}

/** The report, its `checks` made from the columns when first read (and kept). */
function reportOf(policy: KpiPolicy, asOf: string, columns: Columns): SlaStatusReport {
  let checks: readonly SlaStatus[] | undefined
  return {
    asOf,
    get checks() {
      return (checks ??= columns.checks())
    },
    rules: columns.summaries(policy),
    policy: stampOf(policy),
  }
}

/**
 * The fast reading: every ticket checked by hand and measured on the working-time table, or `undefined`
 * (also when it throws) for anything the exact reading must decide.
 */
function fastStatuses(
  policy: KpiPolicy,
  compiled: CompiledCalendar | undefined,
  items: readonly SlaItemInput[],
  opts: z.output<ReturnType<typeof OptionsSchema>>,
): SlaStatusReport | undefined {
  if (!Array.isArray(items) || items.length > MAX_ARRAY_LENGTH) return undefined
  // (`asOf` outside the supported dates throws here: the exact reading then refuses it after the items)
  const { cal, asOf, rules } = slaSetup(policy, compiled, opts, [])
  const table = workingTimeOf(cal)
  const known = knownIds(policy)
  // the event names the rules use, by index; each ticket's values of them, read in one pass over its events
  const names = [...new Set(policy.sla.flatMap((r) => [r.from, r.to]))]
  const nameIndex = new Map(names.map((name, k) => [name, k]))
  const fromOf = rules.map((p) => nameIndex.get(p.rule.from) as number)
  const toOf = rules.map((p) => nameIndex.get(p.rule.to) as number)
  const texts: (string | undefined)[] = names.map(() => undefined)
  const instants = new Float64Array(names.length)
  // other event names, by whether they are within a typo of a rule's (`key.unknown-near` on the exact path)
  const near = new Map<string, boolean>()
  const columns = new Columns(rules, items.length)
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i]
    if (!isPlainRecord(item)) return undefined
    for (const key in item)
      if (key !== 'id' && key !== 'events' && key !== 'kind' && key !== 'grade') return undefined
    const id = item.id
    const kind = item.kind
    const grade = item.grade
    const events = item.events
    if (!isPlainId(id) || !isOptionalId(kind, known) || !isOptionalId(grade, known)) return undefined
    if (!isPlainRecord(events)) return undefined
    texts.fill(undefined)
    // the schema's record drops symbol keys (the boundary copies string keys), as `for…in` does; an own
    // `__proto__` key is refused by the exact path (`key.unknown`)
    for (const key in events) {
      if (key === '__proto__') return undefined
      const value = events[key]
      if (typeof value !== 'string') return undefined
      const ms = readPlainInstant(value)
      // not in the plain form: valid (then measured by `measureClock`) or an error of the exact reading
      if (Number.isNaN(ms) && !((INSTANT().test(value) || DATE().test(value)) && inCalendarRange(value)))
        return undefined
      const k = nameIndex.get(key)
      if (k !== undefined) {
        texts[k] = value
        instants[k] = ms
        continue
      }
      if (!known.has(key) && !isPlainId(key)) return undefined
      let typo = near.get(key)
      if (typo === undefined) {
        typo = nearestName(key, names) !== undefined
        if (near.size < 10_000) near.set(key, typo)
      }
      if (typo) return undefined
    }
    for (let r = 0; r < rules.length; r++) {
      const prepared = rules[r] as PreparedRule
      const rule = prepared.rule
      if (rule.kinds !== undefined && (kind === undefined || !rule.kinds.includes(kind as string))) continue
      if (rule.grades !== undefined && (grade === undefined || !rule.grades.includes(grade as string)))
        continue
      const start = texts[fromOf[r] as number]
      if (start === undefined) continue
      const end = texts[toOf[r] as number]
      const from = instants[fromOf[r] as number] as number
      const stopped = end === undefined ? asOf : (instants[toOf[r] as number] as number)
      if (rule.within.unit !== 'business-hours' || Number.isNaN(from) || Number.isNaN(stopped)) {
        // day rules, clock hours and values not in the plain form: as the exact path measures them
        columns.addClock(id, r, measureClock(prepared, start, end, asOf, cal, i))
        continue
      }
      // working hours in integer milliseconds on the table (what `measureClock` counts over the same days)
      if (end !== undefined && stopped < from) return undefined
      const stop = stopped > from ? stopped : from
      if (stop - from > HOURS_SPAN) return undefined
      const limit = prepared.limit
      const due = table.lastInstant(from, limit)
      const elapsed = table.between(from, stop)
      if (Number.isNaN(due) || Number.isNaN(elapsed)) {
        columns.addClock(id, r, measureClock(prepared, start, end, asOf, cal, i))
        continue
      }
      const status = elapsed <= limit ? (end === undefined ? PENDING : MET) : BREACHED
      const remaining = status === PENDING ? table.between(stop, due) : NaN
      if (status === PENDING && Number.isNaN(remaining)) return undefined
      columns.add(id, r, status, due, elapsed, remaining)
    }
  }
  return reportOf(policy, opts.asOf, columns)
}
