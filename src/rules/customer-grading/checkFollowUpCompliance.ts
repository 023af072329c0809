import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { endOfMonth } from 'date-fns/endOfMonth'
import { endOfWeek } from 'date-fns/endOfWeek'
import { startOfMonth } from 'date-fns/startOfMonth'
import { startOfWeek } from 'date-fns/startOfWeek'
import * as z from 'zod'
import {
  compileCalendar,
  stepBusinessDays,
  workingDaysIn,
  BusinessCalendarSchema,
  type CompiledCalendar,
} from '../../core/calendar'
import { shiftDate, toDate, toText } from '../../core/dates'
import { DateSchema, fail, IdSchema, InstantSchema, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import { localDate } from '../../core/zone'
import { DateRangeSchema } from '../../core/period'
import { CustomerGradingPolicySchema, type CustomerGradingPolicyInput } from '../../models/customer'
import {
  optionOf,
  stampOf,
  withPolicyInForce,
  type PolicyOrVersions,
  type PolicyStamp,
} from '../../core/versioning'
import { once } from '../../core/once'

/**
 * One week or month of the period.
 *
 * @group Customer grading
 */
export interface FollowUpWindow {
  /** First day (the period's start for a partial first window). */
  readonly start: string
  /** Last day. */
  readonly end: string
  /** Contacts required: the rule's count, prorated (rounded up) for a partial window. */
  readonly required: number
  /** Contacts made inside the window. */
  readonly actual: number
  /** `actual ≥ required`. */
  readonly compliant: boolean
}

/**
 * Follow-up compliance of one customer for a period.
 *
 * @group Customer grading
 */
export interface FollowUpCompliance {
  /** The customer's grade. */
  readonly grade: string
  /** Each window of the period, in order. */
  readonly windows: readonly FollowUpWindow[]
  /** True when every window is compliant. */
  readonly compliant: boolean
  /** Contacts inside the period. */
  readonly contacts: number
  /** Contacts outside the period (ignored). */
  readonly ignored: number
  /**
   * The longest stretch without contact, in days between dates (period start → first contact, between
   * contacts, last contact → period end).
   */
  readonly longestGapDays: number
  /**
   * When the next contact is due: the last contact plus the rule's interval (the period start without any
   * contact).
   */
  readonly nextDue: string
  /** The grading policy version whose follow-up rule was checked. */
  readonly policy: PolicyStamp
  /** The windows and the gap, explained. */
  readonly trace: readonly TraceStep[]
}

const ContactsSchema = once(() => z.array(z.union([DateSchema(), InstantSchema()])))

function windowsOf(
  start: string,
  end: string,
  per: 'week' | 'month',
): { start: string; end: string; fullStart: string; fullEnd: string }[] {
  const out: { start: string; end: string; fullStart: string; fullEnd: string }[] = []
  let cursor = toDate(start)
  while (toText(cursor) <= end) {
    const fullStart = per === 'week' ? startOfWeek(cursor, { weekStartsOn: 1 }) : startOfMonth(cursor)
    const fullEnd = per === 'week' ? endOfWeek(cursor, { weekStartsOn: 1 }) : endOfMonth(cursor)
    const s = toText(cursor)
    const e = toText(fullEnd) < end ? toText(fullEnd) : end
    out.push({ start: s, end: e, fullStart: toText(fullStart), fullEnd: toText(fullEnd) })
    cursor = per === 'week' ? toDate(shiftDate(toText(fullEnd), 1)) : addMonths(fullStart, 1)
  }
  return out
}

/**
 * Checks a customer's follow-up frequency (跟进频率, e.g. "A 类客户每周至少 3 次") over a period:
 * per calendar week (Monday–Sunday) or month, the contacts required and made, the longest gap and
 * the date the next contact is due. A partial first or last window requires the rule's count
 * prorated by its length (calendar days, or working days on the policy's calendar when the rule
 * says `workingDaysOnly`), rounded up. Instants are counted on their date in the calendar's zone.
 *
 * @param policy - The grading policy, whose grade carries a `followUp` rule, or the list of its versions
 * (the one in force on the period's last day is checked).
 * @param grade - The customer's grade.
 * @param contacts - Contact dates (`YYYY-MM-DD`) or instants (ISO-8601 with an offset), in any order.
 * @param period - `{ start, end }`, both included.
 * @returns Each window's required and actual contacts, overall compliance, the longest gap, the next due
 * date, the policy version (`policy`) and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY`; `INVALID_INPUT` for a bad contact or period, or a grade without
 * a follow-up rule (`grading.no-follow-up`); `NO_POLICY_IN_FORCE` when no version is in force on
 * `period.end`.
 *
 * @example
 * const policy = defineCustomerGradingPolicy({
 *   id: 'abc',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   grades: [
 *     { id: 'A', label: 'A', followUp: { minContacts: 3, per: 'week' } },
 *     { id: 'B', label: 'B' },
 *   ],
 *   method: { kind: 'thresholds', measure: 'revenue', lookbackMonths: 12, minimums: [1000000, 0] },
 *   noHistory: { grade: 'B' },
 * })
 * const result = checkFollowUpCompliance(
 *   policy,
 *   'A',
 *   ['2026-06-01', '2026-06-03', '2026-06-05', '2026-06-09'],
 *   { start: '2026-06-01', end: '2026-06-14' },
 * )
 * result.windows.map((w) => [w.actual, w.compliant]) //=> [[3, true], [1, false]]
 *
 * @group Customer grading
 */
export function checkFollowUpCompliance(
  policy: PolicyOrVersions<CustomerGradingPolicyInput>,
  grade: string,
  contacts: readonly string[],
  period: { readonly start: string; readonly end: string },
): FollowUpCompliance {
  // the decision's date is the last day checked: the version in force on it decides
  return withPolicyInForce(
    policy,
    () => optionOf(period, 'end'),
    ['period', 'end'],
    (p) => checkWith(p, grade, contacts, period),
  )
}

function checkWith(
  policy: CustomerGradingPolicyInput,
  grade: string,
  contacts: readonly string[],
  period: { readonly start: string; readonly end: string },
): FollowUpCompliance {
  const parsed = parseWith(CustomerGradingPolicySchema(), policy, 'INVALID_POLICY')
  const id = parseWith(IdSchema(), grade, 'INVALID_INPUT', ['grade'])
  const list = parseWith(ContactsSchema(), contacts, 'INVALID_INPUT', ['contacts'])
  const range = parseWith(DateRangeSchema(), period, 'INVALID_INPUT', ['period'])
  const rule = parsed.grades.find((g) => g.id === id)?.followUp
  if (rule === undefined) {
    fail('INVALID_INPUT', 'grading.no-follow-up', ['grade'], { grade: id })
  }
  const calendarDoc = parsed.calendar ?? BusinessCalendarSchema().parse({})
  const calendar: CompiledCalendar = compileCalendar(calendarDoc)
  const days = list.map((c) => localDate(c, calendarDoc.timeZone)).sort()
  const inside = days.filter((d) => d >= range.start && d <= range.end)
  const length = (s: string, e: string) =>
    rule.workingDaysOnly ? workingDaysIn(calendar, s, e) : differenceInCalendarDays(toDate(e), toDate(s)) + 1
  const windows = windowsOf(range.start, range.end, rule.per).map((w): FollowUpWindow => {
    const full = length(w.fullStart, w.fullEnd)
    const part = length(w.start, w.end)
    const required = full === 0 ? 0 : Math.ceil((rule.minContacts * part) / full)
    const actual = inside.filter((d) => d >= w.start && d <= w.end).length
    return { start: w.start, end: w.end, required, actual, compliant: actual >= required }
  })
  const points = [range.start, ...inside, range.end]
  let longestGapDays = 0
  for (let i = 1; i < points.length; i += 1)
    longestGapDays = Math.max(
      longestGapDays,
      differenceInCalendarDays(toDate(points[i] as string), toDate(points[i - 1] as string)),
    )
  const typical =
    rule.per === 'week'
      ? rule.workingDaysOnly
        ? 7 - new Set(calendarDoc.weekend).size
        : 7
      : rule.workingDaysOnly
        ? 21
        : 30
  const interval = Math.max(1, Math.floor(typical / rule.minContacts))
  const last = inside.at(-1)
  const nextDue =
    last === undefined
      ? range.start
      : rule.workingDaysOnly
        ? stepBusinessDays(calendar, last, interval)
        : shiftDate(last, interval)
  const per = rule.per === 'week' ? { en: 'week', 'zh-CN': '周' } : { en: 'month', 'zh-CN': '月' }
  const trace: TraceStep[] = [
    ...windows.map((w) =>
      step(w.compliant ? 'followup.window-ok' : 'followup.window-short', {
        start: w.start,
        end: w.end,
        required: w.required,
        actual: w.actual,
        per,
      }),
    ),
    step('followup.gap', { days: longestGapDays, due: nextDue, interval }),
  ]
  return {
    grade: id,
    windows,
    compliant: windows.every((w) => w.compliant),
    contacts: inside.length,
    ignored: days.length - inside.length,
    longestGapDays,
    nextDue,
    policy: stampOf(parsed),
    trace,
  }
}
