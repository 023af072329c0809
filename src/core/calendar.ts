/**
 * Business calendars: weekend days, public holidays, make-up working days (调休) and business
 * hours in an IANA time zone; adding and counting business days and business hours.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import * as z from 'zod'
import { shiftDate, toDate, utcDate } from './dates'
import { addIssue, DateSchema, fail, InstantSchema, parseWith, whenValid, wholeNumber } from './schema'
import { isTimeZone, zonedInstant, zoneOffset } from './zone'
import { once } from './once'

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

const TimeSchema = once(() => z.string().regex(TIME, { error: 'Expected a time of day written HH:mm' }))

/**
 * A span of working time within a day, `HH:mm` to `HH:mm` (end after start; `24:00` allowed as an end).
 *
 * @group Core
 */
export const BusinessHoursSchema = once(() =>
  z
    .strictObject({
      /** When work starts, `HH:mm`. */
      start: TimeSchema(),
      /** When work stops, `HH:mm`. */
      end: TimeSchema(),
    })
    .check(
      whenValid((h, ctx) => {
        if (minutesOf(h.end) <= minutesOf(h.start)) addIssue(ctx, 'hours.reversed', ['end'])
      }),
    ),
)

/**
 * A span of working time within a day, `HH:mm` to `HH:mm` (end after start; `24:00` allowed as an end).
 *
 * @group Core
 */
export interface BusinessHoursInput {
  /** When work starts, `HH:mm`. */
  readonly start: string
  /** When work stops, `HH:mm`. */
  readonly end: string
}

/**
 * A validated span of working time within a day, `HH:mm` to `HH:mm`.
 *
 * @group Core
 */
export interface BusinessHours {
  /** When work starts, `HH:mm`. */
  readonly start: string
  /** When work stops, `HH:mm`. */
  readonly end: string
}

/**
 * A business calendar (工作日历), as written in a policy document.
 *
 * @group Core
 */
export const BusinessCalendarSchema = once(() =>
  z
    .strictObject({
      /** IANA time zone of the business hours, e.g. `Asia/Shanghai`. Default `UTC`. */
      timeZone: z
        .string()
        .refine(isTimeZone, { error: 'Unknown IANA time zone', params: { code: 'timezone.invalid' } })
        .default('UTC'),
      /** Days of the week that are not worked: 0 = Sunday … 6 = Saturday. Default Saturday and Sunday. */
      weekend: z.array(wholeNumber(0, 6)).max(7).default([0, 6]),
      /**
       * Where the holidays and make-up working days come from (e.g. the State Council's notice for the year),
       * for whoever audits the calendar; not used in any calculation.
       */
      source: z.string().min(1).max(500).optional(),
      /** Public holidays (法定节假日), `YYYY-MM-DD`. */
      holidays: z.array(DateSchema()).default([]),
      /** Make-up working days (调休上班日): weekend dates that are worked. */
      workdays: z.array(DateSchema()).default([]),
      /**
       * Working time in each working day, in order (e.g. 09:00–12:00 and 13:00–18:00). Default 09:00–18:00.
       */
      hours: z
        .array(BusinessHoursSchema())
        .min(1)
        .default([{ start: '09:00', end: '18:00' }]),
    })
    .check(
      whenValid((cal, ctx) => {
        if (new Set(cal.weekend).size === 7) {
          addIssue(ctx, 'calendar.no-working-day', ['weekend'])
        }
        const holidays = new Set(cal.holidays)
        cal.workdays.forEach((date, i) => {
          if (holidays.has(date)) addIssue(ctx, 'calendar.overlap', ['workdays', i], { date })
        })
        cal.hours.forEach((h, i) => {
          const previous = cal.hours[i - 1]
          if (previous && minutesOf(h.start) < minutesOf(previous.end))
            addIssue(ctx, 'hours.reversed', ['hours', i, 'start'])
        })
      }),
    ),
)

/**
 * A business calendar as written in a policy document (defaults may be left out).
 *
 * @group Core
 */
export interface BusinessCalendarInput {
  /** IANA time zone of the business hours, e.g. `Asia/Shanghai`. Default `UTC`. */
  readonly timeZone?: string | undefined
  /**
   * Days of the week that are not worked: 0 = Sunday … 6 = Saturday. Default Saturday and Sunday.
   */
  readonly weekend?: readonly number[] | undefined
  /** Public holidays (法定节假日), `YYYY-MM-DD`. */
  readonly holidays?: readonly string[] | undefined
  /** Make-up working days (调休上班日): weekend dates that are worked. */
  readonly workdays?: readonly string[] | undefined
  /**
   * Working time in each working day, in order (e.g. 09:00–12:00 and 13:00–18:00). Default 09:00–18:00.
   */
  readonly hours?: readonly BusinessHoursInput[] | undefined
  /** Where the holidays and make-up days come from (e.g. the State Council notice for the year). */
  readonly source?: string | undefined
}

/**
 * A validated business calendar, every default filled in.
 *
 * @group Core
 */
export interface BusinessCalendar {
  /** IANA time zone of the business hours, e.g. `Asia/Shanghai` (`UTC` when left out). */
  readonly timeZone: string
  /** Days of the week that are not worked: 0 = Sunday … 6 = Saturday (Saturday and Sunday when left out). */
  readonly weekend: readonly number[]
  /**
   * Where the holidays and make-up working days come from (e.g. the State Council's notice for the year),
   * for whoever audits the calendar; not used in any calculation.
   */
  readonly source?: string | undefined
  /** Public holidays (法定节假日), `YYYY-MM-DD`. */
  readonly holidays: readonly string[]
  /** Make-up working days (调休上班日): weekend dates that are worked. */
  readonly workdays: readonly string[]
  /** Working time in each working day, in order (09:00–18:00 when left out). */
  readonly hours: readonly BusinessHours[]
}

/**
 * One date of a compiled calendar: whether it is a working day, and the next date (no time-zone arithmetic).
 * @internal
 */
interface CalendarDate {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string
  /** True on a working day. */
  readonly working: boolean
  /** The next date. */
  readonly next: string
}

/** One local day of a compiled calendar, as epoch milliseconds. @internal */
interface CalendarDay extends CalendarDate {
  /** Local midnight that starts the day, and the one that starts the next day. */
  readonly start: number
  readonly end: number
  /** The UTC offset in milliseconds when it holds all day (no DST change that day), else `undefined`. */
  readonly offset: number | undefined
  /** The working windows (none on a day off). */
  readonly windows: readonly { readonly start: number; readonly end: number }[]
}

/** A business calendar ready for fast day and hour arithmetic. @internal */
export interface CompiledCalendar {
  readonly timeZone: string
  readonly isWorkingDay: (date: string) => boolean
  readonly windows: readonly { readonly start: number; readonly end: number }[]
  /** A date's working status and next date, from a bounded table filled on demand: for counting days. */
  readonly date: (date: string) => CalendarDate
  /**
   * The day of a date with its instants, from a bounded table filled on demand (time-zone arithmetic is done
   * once per day, not per call): for counting hours.
   */
  readonly day: (date: string) => CalendarDay
  /** The day holding an instant. */
  readonly dayAt: (ms: number) => CalendarDay
}

const DAY = 86_400_000

/**
 * The first date the calendar functions and SLA clocks accept: a date, or the date written in an instant,
 * before it is refused up front with `date.out-of-range` / `instant.out-of-range` (no clock walks from the
 * year 0 to today).
 */
const CALENDAR_MIN_DATE = '1900-01-01'

/** The last date the calendar functions and SLA clocks accept (see {@link CALENDAR_MIN_DATE}). */
const CALENDAR_MAX_DATE = '2200-12-31'

/**
 * The most calendar days one count of working days walks (a hundred years): longer spans are refused with
 * `range.too-long` or `calendar.span-too-long`.
 */
export const CALENDAR_DAYS_SPAN_DAYS = 36_600

/**
 * The most calendar days one count of working hours walks (ten years, the longest SLA limit): hour walks
 * compute each day's instants in the time zone, so they are held to a tenth of the day walks.
 */
export const CALENDAR_HOURS_SPAN_DAYS = 3_660

/** The most working hours {@link addBusinessHours} adds: 87,840 (ten years of clock hours, as SLA limits). */
const CALENDAR_MAX_HOURS = 87_840

/** Whether a date, or the date written in an instant, is within the supported range. @internal */
export function inCalendarRange(value: string): boolean {
  const date = value.slice(0, 10)
  return date >= CALENDAR_MIN_DATE && date <= CALENDAR_MAX_DATE
}

/** Refuses a date or instant outside the supported range, at `path`. @internal */
export function checkCalendarRange(value: string, path: readonly (string | number)[]): void {
  // the same codes as the date and instant schemas give, so every path reports one range error alike
  if (!inCalendarRange(value)) {
    const range = { min: CALENDAR_MIN_DATE, max: CALENDAR_MAX_DATE }
    if (value.length === 10) fail('INVALID_INPUT', 'date.out-of-range', path, { date: value, ...range })
    fail('INVALID_INPUT', 'instant.out-of-range', path, { instant: value, ...range })
  }
}

/** A date or instant parsed with `schema` and checked against the supported range. */
function parseInRange(schema: z.ZodType<string>, value: unknown, path: string): string {
  const parsed = parseWith(schema, value, 'INVALID_INPUT', [path])
  checkCalendarRange(parsed, [path])
  return parsed
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
}

/** Days kept in a calendar's table before it starts afresh (about 270 years of days). */
const DAY_TABLE_LIMIT = 100_000

/** Turns a validated calendar into fast lookups. @internal */
export function compileCalendar(cal: BusinessCalendar): CompiledCalendar {
  const weekend = new Set(cal.weekend)
  const holidays = new Set(cal.holidays)
  const workdays = new Set(cal.workdays)
  const zone = cal.timeZone
  const windows = cal.hours.map((h) => ({ start: minutesOf(h.start), end: minutesOf(h.end) }))
  const isWorkingDay = (date: string) =>
    workdays.has(date) || (!holidays.has(date) && !weekend.has(weekdayOf(date)))
  const dates = new Map<string, CalendarDate>()
  const dateOf = (date: string): CalendarDate => {
    const known = dates.get(date)
    // Stryker disable next-line all: a memo; each date is made the same way again without it
    if (known !== undefined) return known
    // Stryker disable next-line all: the memo's bound; only memory depends on it
    if (dates.size >= DAY_TABLE_LIMIT) dates.clear()
    const made: CalendarDate = { date, working: isWorkingDay(date), next: shiftDate(date, 1) }
    dates.set(date, made)
    return made
  }
  const table = new Map<string, CalendarDay>()
  const day = (date: string): CalendarDay => {
    const known = table.get(date)
    // Stryker disable next-line all: a memo; each day is made the same way again without it
    if (known !== undefined) return known
    // Stryker disable next-line all: the memo's bound; only memory depends on it
    if (table.size >= DAY_TABLE_LIMIT) table.clear()
    const { working, next } = dateOf(date)
    const start = instantAt(date, 0, zone)
    const end = instantAt(next, 0, zone)
    const offsetStart = utcMidnight(date) - start
    const offset = offsetStart === utcMidnight(next) - end ? offsetStart : undefined
    const made: CalendarDay = {
      date,
      working,
      start,
      end,
      offset,
      windows: working
        ? windows.map((w) => ({
            start: offset === undefined ? instantAt(date, w.start, zone) : start + w.start * 60_000,
            end: offset === undefined ? instantAt(date, w.end, zone) : start + w.end * 60_000,
          }))
        : [],
      next,
    }
    table.set(date, made)
    return made
  }
  // the day of an instant: guessed from the last offset seen by its day number, then checked
  let lastOffset = 0
  const byNumber = new Map<number, CalendarDay>()
  const dayAt = (ms: number): CalendarDay => {
    const guess = Math.floor((ms + lastOffset) / 86_400_000)
    let d = byNumber.get(guess)
    if (d === undefined) {
      // Stryker disable next-line all: the memo's bound; only memory depends on it
      if (byNumber.size >= DAY_TABLE_LIMIT) byNumber.clear()
      d = day(new Date(guess * 86_400_000).toISOString().slice(0, 10))
      byNumber.set(guess, d)
    }
    while (ms < d.start) d = day(shiftDate(d.date, -1))
    while (ms >= d.end) d = day(d.next)
    if (d.offset !== undefined) lastOffset = d.offset
    return d
  }
  return { timeZone: zone, isWorkingDay, windows, date: dateOf, day, dayAt }
}

/** Epoch milliseconds of UTC midnight of a date. */
function utcMidnight(date: string): number {
  return utcDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))).getTime()
}

/** The day of the week of a date, 0 = Sunday. */
function weekdayOf(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay()
}

/** Parses a calendar document (or uses the default one) and compiles it. @internal */
function loadCalendar(
  calendar: BusinessCalendarInput | undefined,
  path: readonly (string | number)[] = ['calendar'],
): CompiledCalendar {
  return compileCalendar(parseWith(BusinessCalendarSchema(), calendar ?? {}, 'INVALID_INPUT', path))
}

/** Steps `days` business days from `date` (positive or negative); `date` itself never counts. @internal */
export function stepBusinessDays(cal: CompiledCalendar, date: string, days: number): string {
  return stepBusinessDaysWithin(cal, date, days, Infinity) as string
}

/**
 * {@link stepBusinessDays}, or `undefined` when it would walk more than `maxDays` calendar days (a calendar
 * with few working days, or a long list of holidays). @internal
 */
export function stepBusinessDaysWithin(
  cal: CompiledCalendar,
  date: string,
  days: number,
  maxDays: number,
): string | undefined {
  let current = date
  let left = Math.abs(days)
  const direction = days < 0 ? -1 : 1
  for (let walked = 0; left > 0; walked += 1) {
    if (walked >= maxDays) return undefined
    current = direction > 0 ? cal.date(current).next : shiftDate(current, -1)
    if (cal.date(current).working) left -= 1
  }
  return current
}

/** Business days in `(from, to]`, or minus those in `[to, from)` when `to` is earlier. @internal */
export function countBusinessDays(cal: CompiledCalendar, from: string, to: string): number {
  if (to < from) {
    const count =
      countBusinessDays(cal, to, from) - (cal.date(from).working ? 1 : 0) + (cal.date(to).working ? 1 : 0)
    return count === 0 ? 0 : -count
  }
  let count = 0
  for (let current = from; current < to;) {
    current = cal.date(current).next
    if (cal.date(current).working) count += 1
  }
  return count
}

/** Working days in `[from, to]`, both ends included. @internal */
export function workingDaysIn(cal: CompiledCalendar, from: string, to: string): number {
  return countBusinessDays(cal, from, to) + (cal.isWorkingDay(from) ? 1 : 0)
}

function instantAt(date: string, minutes: number, zone: string): number {
  return zonedInstant(utcMidnight(date) + minutes * 60_000, zone)
}

/** Business milliseconds between two epoch instants (negative when `to` is earlier). @internal */
export function businessMillisBetween(cal: CompiledCalendar, from: number, to: number): number {
  if (to < from) return -businessMillisBetween(cal, to, from)
  let total = 0
  for (let day = cal.dayAt(from); day.start <= to; day = cal.day(day.next)) {
    for (const w of day.windows) total += Math.max(0, Math.min(w.end, to) - Math.max(w.start, from))
  }
  return total
}

/**
 * The instant `millis` business milliseconds after `from` (epoch milliseconds): the first instant at which
 * that much working time has passed. `undefined` when it lies more than `CALENDAR_HOURS_SPAN_DAYS` days
 * after `from` (a calendar with little working time, or a huge `millis`). @internal
 */
function addBusinessMillis(cal: CompiledCalendar, from: number, millis: number): number | undefined {
  let left = millis
  if (left === 0) return from
  const last = from + CALENDAR_HOURS_SPAN_DAYS * DAY
  for (let day = cal.dayAt(from); day.start <= last; day = cal.day(day.next)) {
    for (const w of day.windows) {
      const start = Math.max(w.start, from)
      const available = w.end - start
      if (available <= 0) continue
      if (left <= available) return start + left > last ? undefined : start + left
      left -= available
    }
  }
  return undefined
}

/**
 * The last instant by which at most `millis` business milliseconds have passed since `from`, so that a
 * stop at `t` has `businessMillisBetween(from, t) <= millis` exactly when `t` is at or before it. Where the
 * working time runs out inside a working window, that instant; where it runs out at the end of a window
 * (or `millis` is 0 outside working time), the start of the next window, as no working time passes in
 * between (09:00–12:00 and 13:00–18:00: 11:00 + 6 hours runs out at 18:00, and a stop at 18:15 or at
 * 09:00 the next working day has used 6 hours). `undefined` past `CALENDAR_HOURS_SPAN_DAYS` days. @internal
 */
export function lastBusinessInstant(cal: CompiledCalendar, from: number, millis: number): number | undefined {
  let left = millis
  const last = from + CALENDAR_HOURS_SPAN_DAYS * DAY
  for (let day = cal.dayAt(from); day.start <= last; day = cal.day(day.next)) {
    for (const w of day.windows) {
      if (w.end <= from) continue
      const start = Math.max(w.start, from)
      // no working time before `start`: a stop up to it has used what was used at the last window's end
      if (left === 0) return start > last ? undefined : start
      const available = w.end - start
      if (left < available) return start + left > last ? undefined : start + left
      left -= available
    }
  }
  return undefined
}

/** An epoch instant written ISO-8601 in the calendar's zone, with its offset. @internal */
export function formatInstant(ms: number, zone: string, cal?: CompiledCalendar): string {
  // Whole minutes, as ISO-8601 writes an offset (historical local mean times have seconds).
  const offset = Math.round((cal?.dayAt(ms).offset ?? zoneOffset(ms, zone)) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const minutes = Math.abs(offset)
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${local}${sign}${hh}:${mm}`
}

const DaysSchema = once(() => wholeNumber(-CALENDAR_DAYS_SPAN_DAYS, CALENDAR_DAYS_SPAN_DAYS))
const HoursSchema = once(() => z.number().min(0).max(CALENDAR_MAX_HOURS))

/**
 * Whether a date is a working day on the calendar: not a weekend day nor a holiday, or a make-up
 * working day (调休).
 *
 * @param calendar - The business calendar; see {@link BusinessCalendarInput}.
 * @param date - A date `YYYY-MM-DD`.
 * @returns `true` for a working day.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad calendar field or date
 * (`date.out-of-range` / `instant.out-of-range` outside 1900-01-01..2200-12-31).
 *
 * @example
 * const calendar = { timeZone: 'Asia/Shanghai', holidays: ['2026-10-01'], workdays: ['2026-10-10'] }
 * isBusinessDay(calendar, '2026-10-10') //=> true
 *
 * @group Core
 */
export function isBusinessDay(calendar: BusinessCalendarInput, date: string): boolean {
  const cal = loadCalendar(calendar)
  return cal.isWorkingDay(parseInRange(DateSchema(), date, 'date'))
}

/**
 * The date `days` working days after `date` (before it when negative). `date` itself never
 * counts, so adding 1 to a Friday gives the next Monday; adding 0 returns `date` unchanged.
 *
 * @param calendar - The business calendar; see {@link BusinessCalendarInput}.
 * @param date - The start date `YYYY-MM-DD`.
 * @param days - Whole working days to add, between -36,600 and 36,600.
 * @returns The date reached, `YYYY-MM-DD`.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `date.out-of-range` /
 * `instant.out-of-range` at
 * `date` outside 1900-01-01..2200-12-31; `calendar.span-too-long` at `days` when the walk would cover
 * more than 36,600 calendar days.
 *
 * @example
 * addBusinessDays({ holidays: ['2026-10-01', '2026-10-02'] }, '2026-09-30', 2) //=> '2026-10-06'
 *
 * @group Core
 */
export function addBusinessDays(calendar: BusinessCalendarInput, date: string, days: number): string {
  const cal = loadCalendar(calendar)
  const start = parseInRange(DateSchema(), date, 'date')
  const count = parseWith(DaysSchema(), days, 'INVALID_INPUT', ['days'])
  const reached = stepBusinessDaysWithin(cal, start, count, CALENDAR_DAYS_SPAN_DAYS)
  if (reached === undefined)
    fail('INVALID_INPUT', 'calendar.span-too-long', ['days'], { start, max: CALENDAR_DAYS_SPAN_DAYS })
  return reached
}

/**
 * Counts working days from `from` to `to`: those in `(from, to]`, or minus those in `[to, from)`
 * when `to` is earlier. It is the inverse of {@link addBusinessDays}:
 * `businessDaysBetween(c, d, addBusinessDays(c, d, n)) === n`.
 *
 * @param calendar - The business calendar; see {@link BusinessCalendarInput}.
 * @param from - The start date `YYYY-MM-DD` (not counted).
 * @param to - The end date `YYYY-MM-DD` (counted).
 * @returns The signed number of working days.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `date.out-of-range` /
 * `instant.out-of-range`
 * outside 1900-01-01..2200-12-31; `range.too-long` at `to` for more than 36,600 days.
 *
 * @example
 * businessDaysBetween({}, '2026-06-05', '2026-06-08') //=> 1
 *
 * @group Core
 */
export function businessDaysBetween(calendar: BusinessCalendarInput, from: string, to: string): number {
  const cal = loadCalendar(calendar)
  const start = parseInRange(DateSchema(), from, 'from')
  const end = parseInRange(DateSchema(), to, 'to')
  checkSpan(
    Math.abs(differenceInCalendarDays(toDate(end), toDate(start))),
    start,
    end,
    CALENDAR_DAYS_SPAN_DAYS,
  )
  return countBusinessDays(cal, start, end)
}

function checkSpan(days: number, start: string, end: string, max: number): void {
  if (days > max) fail('INVALID_INPUT', 'range.too-long', ['to'], { start, end, max })
}

/**
 * The instant reached after `hours` business hours from `from`, counting only working time on
 * working days in the calendar's time zone. Written ISO-8601 with the zone's offset.
 *
 * @param calendar - The business calendar; see {@link BusinessCalendarInput}.
 * @param from - The start instant, ISO-8601 with an offset.
 * @param hours - Business hours to add (0 to 87,840; fractions allowed, counted to the millisecond).
 * @returns The instant reached, e.g. `2026-06-08T10:00:00.000+08:00`.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `date.out-of-range` /
 * `instant.out-of-range` at
 * `from` outside 1900-01-01..2200-12-31; `calendar.span-too-long` at `hours` when the instant reached is
 * more than 3,660 days after `from`.
 *
 * @example
 * const calendar = { timeZone: 'Asia/Shanghai' }
 * addBusinessHours(calendar, '2026-06-05T17:00:00+08:00', 2) //=> '2026-06-08T10:00:00.000+08:00'
 *
 * @group Core
 */
export function addBusinessHours(calendar: BusinessCalendarInput, from: string, hours: number): string {
  const cal = loadCalendar(calendar)
  const start = Date.parse(parseInRange(InstantSchema(), from, 'from'))
  const millis = Math.round(parseWith(HoursSchema(), hours, 'INVALID_INPUT', ['hours']) * 3_600_000)
  const reached = addBusinessMillis(cal, start, millis)
  if (reached === undefined)
    fail('INVALID_INPUT', 'calendar.span-too-long', ['hours'], { start: from, max: CALENDAR_HOURS_SPAN_DAYS })
  return formatInstant(reached, cal.timeZone, cal)
}

/**
 * Business hours between two instants: the working time in `[from, to]` on working days, in the
 * calendar's zone; negative when `to` is earlier. Exact to the millisecond (`hours × 3,600,000`
 * is a whole number of milliseconds).
 *
 * @param calendar - The business calendar; see {@link BusinessCalendarInput}.
 * @param from - The start instant, ISO-8601 with an offset.
 * @param to - The end instant, ISO-8601 with an offset.
 * @returns Business hours, as a number.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: `date.out-of-range` /
 * `instant.out-of-range`
 * outside 1900-01-01..2200-12-31; `range.too-long` at `to` for more than 3,660 days.
 *
 * @example
 * const [from, to] = ['2026-06-05T17:00:00+08:00', '2026-06-08T10:00:00+08:00']
 * businessHoursBetween({ timeZone: 'Asia/Shanghai' }, from, to) //=> 2
 *
 * @group Core
 */
export function businessHoursBetween(calendar: BusinessCalendarInput, from: string, to: string): number {
  const cal = loadCalendar(calendar)
  const start = Date.parse(parseInRange(InstantSchema(), from, 'from'))
  const end = Date.parse(parseInRange(InstantSchema(), to, 'to'))
  checkSpan(Math.abs(end - start) / DAY, from, to, CALENDAR_HOURS_SPAN_DAYS)
  return businessMillisBetween(cal, start, end) / 3_600_000
}
