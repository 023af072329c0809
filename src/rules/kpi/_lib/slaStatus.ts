/**
 * The compiled service-time path: the statuses of {@link slaCompliance} without traces or written-out due
 * times, with each item checked by hand against the same patterns the schema uses (zod's own regular
 * expressions), so that no item is parsed by zod unless it looks invalid. It must agree with `slaOf` in
 * `slaCompliance.ts`: both measure with `measureClock`, and an item the hand check does not accept is parsed
 * by the schema, which reports what the exact path reports.
 */
import { inCalendarRange, type CompiledCalendar } from '../../../core/calendar'
import { checkInForce, stampOf, type PolicyStamp } from '../../../core/versioning'
import { DateSchema, InstantSchema, parseWith } from '../../../core/schema'
import { isPlainId } from '../../../core/plain'
import { SlaItemSchema, type KpiPolicy, type SlaItemInput } from '../../../models/kpi'
import {
  measureClock,
  OptionsSchema,
  slaSetup,
  startOf,
  summarize,
  type SlaCheck,
  type SlaComplianceOptions,
  type SlaRuleSummary,
  type SlaUnit,
} from '../slaCompliance'
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
  /** Every item × rule that applies, in the order of the items, then of the rules. */
  readonly checks: readonly SlaStatus[]
  /** Each rule's compliance, in the policy's order. */
  readonly rules: readonly SlaRuleSummary[]
  /** The KPI policy version whose rules measured the items. */
  readonly policy: PolicyStamp
}

const HOUR = 3_600_000
const INSTANT = once(() => patternOf(InstantSchema()))
const DATE = once(() => patternOf(DateSchema()))
// the id pattern and length are those of `IdSchema` (`isPlainId`)
const ITEM_KEYS = new Set(['id', 'kind', 'grade', 'events'])

function patternOf(schema: {
  readonly _zod: { readonly def: { readonly pattern?: RegExp | undefined } }
}): RegExp {
  return schema._zod.def.pattern as RegExp
}

/** An object zod reads as it is: a plain object or a null-prototype one. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** An id, or nothing; `known` holds ids already valid (the policy's event names, kinds and grades). */
function isOptionalId(value: unknown, known: ReadonlySet<string>): boolean {
  return value === undefined || (typeof value === 'string' && known.has(value)) || isPlainId(value)
}

/** The ids a policy names, all valid: its rules' events, kinds and grades. */
function knownIds(policy: KpiPolicy): Set<string> {
  return new Set(policy.sla.flatMap((r) => [r.from, r.to, ...(r.kinds ?? []), ...(r.grades ?? [])]))
}

/** True when the schema would accept the item as it is (and give it back unchanged). */
function looksValid(item: unknown, known: ReadonlySet<string>): item is SlaItemInput {
  if (!isPlainRecord(item)) return false
  for (const key in item) if (!ITEM_KEYS.has(key)) return false
  if (!isPlainId(item.id) || !isOptionalId(item.kind, known) || !isOptionalId(item.grade, known)) return false
  const events = item.events
  if (!isPlainRecord(events)) return false
  // the schema's record reads the enumerable own keys, symbols too: a symbol key goes to the schema
  if (Object.getOwnPropertySymbols(events).length !== 0) return false
  for (const key in events) {
    const value = events[key]
    if (!(known.has(key) || isPlainId(key)) || typeof value !== 'string') return false
    // a value outside the supported dates goes to the schema, which names it as the exact path does
    if (!(INSTANT().test(value) || DATE().test(value)) || !inCalendarRange(value)) return false
  }
  return true
}

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
  if (!Array.isArray(items)) parseWith(SlaItemSchema().array(), items, 'INVALID_INPUT', ['items'])
  // each item as the schema gives it back: itself when it looks valid, else the schema's answer (or error)
  const known = knownIds(policy)
  const checked: SlaItemInput[] = []
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i]
    checked.push(
      looksValid(item, known) ? item : parseWith(SlaItemSchema(), item, 'INVALID_INPUT', ['items', i]),
    )
  }
  const { cal, asOf, rules } = slaSetup(policy, compiled, opts, checked)
  const met = rules.map(() => 0)
  const breached = rules.map(() => 0)
  const pending = rules.map(() => 0)
  const checks: SlaStatus[] = []
  for (let i = 0; i < checked.length; i++) {
    const item = checked[i] as SlaItemInput
    const events = item.events as Record<string, string>
    for (let r = 0; r < rules.length; r++) {
      const prepared = rules[r]!
      const start = startOf(prepared.rule, item)
      if (start === undefined) continue
      const end = Object.hasOwn(events, prepared.rule.to) ? events[prepared.rule.to] : undefined
      const clock = measureClock(prepared, start, end, asOf, cal, i)
      const days = prepared.days
      checks.push({
        item: item.id,
        rule: prepared.rule.id,
        status: clock.status,
        due: clock.due,
        elapsed: days ? clock.elapsed : clock.elapsed / HOUR,
        remaining: clock.remaining === null || days ? clock.remaining : clock.remaining / HOUR,
        unit: prepared.rule.within.unit,
      })
      if (clock.status === 'met') met[r]! += 1
      else if (clock.status === 'breached') breached[r]! += 1
      else pending[r]! += 1
    }
  }
  const counts = new Map(
    rules.map((p, r) => [p.rule.id, { met: met[r]!, breached: breached[r]!, pending: pending[r]! }]),
  )
  return { asOf: opts.asOf, checks, rules: summarize(policy, counts), policy: stampOf(policy) }
}
