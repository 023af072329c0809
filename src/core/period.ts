/**
 * Accounting periods (month, quarter, half-year, year) with a fiscal-year start month, and
 * proration of an amount over parts of a period.
 */
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths'
import { subDays } from 'date-fns/subDays'
import * as z from 'zod'
import { compileCalendar, BusinessCalendarSchema, workingDaysIn, type CompiledCalendar } from './calendar'
import { toDate, toText } from './dates'
import { allocateUnits, Dec, roundTo, ZERO, type Decimal } from './decimal'
import { addIssue, DateSchema, DecimalSchema, parseWith, RoundingPolicySchema, whenValid } from './schema'
import { step, type TraceStep } from './trace'
import type { BusinessCalendarInput } from './calendar'
import type { DecimalInput } from './decimal'
import type { RoundingPolicyInput } from './schema'
import { once } from './once'

/**
 * The kinds of period: month (月), quarter (季度), half-year (半年) and year (年度).
 *
 * @group Core
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half-year', 'year'] as const

/**
 * A kind of period.
 *
 * @group Core
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number]

const MONTHS: Readonly<Record<PeriodKind, number>> = { month: 1, quarter: 3, 'half-year': 6, year: 12 }

/**
 * One period, its first and last day both included.
 *
 * @group Core
 */
export interface Period {
  /** Month, quarter, half-year or year. */
  readonly kind: PeriodKind
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string
  /** The fiscal year: the calendar year in which it starts. */
  readonly fiscalYear: number
  /**
   * A stable label: `2026-03`, `2026-Q1`, `2026-H1`, `2026`; fiscal years not starting in January get `FY`
   * (`FY2026-Q1`).
   */
  readonly label: string
}

/**
 * Options shared by the period functions.
 *
 * @group Core
 */
export interface PeriodOptions {
  /** The month the fiscal year starts in, 1–12 (January by default; 4 for an April–March year). */
  readonly fiscalYearStartMonth?: number
}

const PeriodOptionsSchema = once(() =>
  z.strictObject({ fiscalYearStartMonth: z.number().int().min(1).max(12).optional() }).optional(),
)

/** The period of `kind` containing a (validated) date. @internal */
export function periodContaining(date: string, kind: PeriodKind, fiscalStart: number): Period {
  const d = toDate(date)
  const month = d.getMonth() + 1
  const fiscalYear = month >= fiscalStart ? d.getFullYear() : d.getFullYear() - 1
  const yearStart = toDate(
    `${String(fiscalYear).padStart(4, '0')}-${String(fiscalStart).padStart(2, '0')}-01`,
  )
  const length = MONTHS[kind]
  const index = Math.floor(differenceInCalendarMonths(d, yearStart) / length)
  const start = addMonths(yearStart, index * length)
  const end = subDays(addMonths(start, length), 1)
  const prefix = fiscalStart === 1 ? String(fiscalYear) : `FY${fiscalYear}`
  const label =
    kind === 'month'
      ? toText(start).slice(0, 7)
      : kind === 'quarter'
        ? `${prefix}-Q${index + 1}`
        : kind === 'half-year'
          ? `${prefix}-H${index + 1}`
          : prefix
  return { kind, start: toText(start), end: toText(end), fiscalYear, label }
}

/**
 * The period of a kind that contains a date, with the fiscal-year start applied.
 *
 * @param date - A date `YYYY-MM-DD`.
 * @param kind - `month`, `quarter`, `half-year` or `year`.
 * @param options - `fiscalYearStartMonth` (1–12, default 1).
 * @returns The period: first and last day, fiscal year and label.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad argument.
 *
 * @example
 * periodOf('2026-05-20', 'quarter', { fiscalYearStartMonth: 4 }).label //=> 'FY2026-Q1'
 *
 * @group Core
 */
export function periodOf(date: string, kind: PeriodKind, options?: PeriodOptions): Period {
  const day = parseWith(DateSchema(), date, 'INVALID_INPUT', ['date'])
  const k = parseWith(z.literal(PERIOD_KINDS), kind, 'INVALID_INPUT', ['kind'])
  const fiscalStart =
    parseWith(PeriodOptionsSchema(), options, 'INVALID_INPUT', ['options'])?.fiscalYearStartMonth ?? 1
  return periodContaining(day, k, fiscalStart)
}

/**
 * Every period of a kind that overlaps `[from, to]`, in order.
 *
 * @param from - First date `YYYY-MM-DD`.
 * @param to - Last date `YYYY-MM-DD` (not before `from`).
 * @param kind - `month`, `quarter`, `half-year` or `year`.
 * @param options - `fiscalYearStartMonth` (1–12, default 1).
 * @returns The periods, the first containing `from` and the last containing `to`.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad argument (`range.reversed` when `to` is
 * before `from`).
 *
 * @example
 * eachPeriod('2026-01-15', '2026-03-02', 'month').map((p) => p.label) //=> ['2026-01', '2026-02', '2026-03']
 *
 * @group Core
 */
export function eachPeriod(from: string, to: string, kind: PeriodKind, options?: PeriodOptions): Period[] {
  const range = parseWith(RangeSchema(), { start: from, end: to }, 'INVALID_INPUT')
  const k = parseWith(z.literal(PERIOD_KINDS), kind, 'INVALID_INPUT', ['kind'])
  const fiscalStart =
    parseWith(PeriodOptionsSchema(), options, 'INVALID_INPUT', ['options'])?.fiscalYearStartMonth ?? 1
  const periods: Period[] = []
  for (let p = periodContaining(range.start, k, fiscalStart); p.start <= range.end;) {
    periods.push(p)
    p = periodContaining(toText(addMonths(toDate(p.start), MONTHS[k])), k, fiscalStart)
  }
  return periods
}

/**
 * The longest date range the library works through day by day: 36,600 days, a hundred years.
 *
 * @group Core
 */
export const MAX_RANGE_DAYS = 36_600

/**
 * A date range, both ends included, at most {@link MAX_RANGE_DAYS} long. A {@link Period} (from
 * {@link periodContaining}) is a date range too: its `kind`, `fiscalYear` and `label` are accepted
 * and dropped; any other key is an error.
 *
 * @group Core
 */
export const DateRangeSchema = once(() =>
  z
    .strictObject({
      /** First day, `YYYY-MM-DD`. */
      start: DateSchema(),
      /** Last day (inclusive), `YYYY-MM-DD`. */
      end: DateSchema(),
      /** A {@link Period}'s kind: accepted and dropped. */
      kind: z.literal(PERIOD_KINDS).optional(),
      /** A {@link Period}'s fiscal year: accepted and dropped. */
      fiscalYear: z.number().int().optional(),
      /** A {@link Period}'s label: accepted and dropped. */
      label: z.string().max(100).optional(),
    })
    .check(
      whenValid((r, ctx) => {
        if (r.end < r.start) addIssue(ctx, 'range.reversed', ['end'], { start: r.start, end: r.end })
        else if (differenceInCalendarDays(toDate(r.end), toDate(r.start)) > MAX_RANGE_DAYS)
          addIssue(ctx, 'range.too-long', ['end'], { start: r.start, end: r.end, max: MAX_RANGE_DAYS })
      }),
    )
    .transform((r): { start: string; end: string } => ({ start: r.start, end: r.end })),
)

/**
 * A date range, both ends included, at most {@link MAX_RANGE_DAYS} long.
 *
 * @group Core
 */
export interface DateRangeInput {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string
  /** A {@link Period}'s kind: accepted and dropped, so a period can be passed as a range. */
  readonly kind?: PeriodKind | undefined
  /** A {@link Period}'s fiscal year: accepted and dropped. */
  readonly fiscalYear?: number | undefined
  /** A {@link Period}'s label: accepted and dropped. */
  readonly label?: string | undefined
}
const RangeSchema = once(() => DateRangeSchema())

/**
 * A date range, both ends included.
 *
 * @group Core
 */
export interface DateRange {
  /** First day, `YYYY-MM-DD`. */
  readonly start: string
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string
}

/**
 * How proration measures time: calendar days, working days of a calendar, or whole months (a month touched
 * counts in full, as ERPNext does).
 *
 * @group Core
 */
export const PRORATION_BASES = ['calendar-days', 'business-days', 'whole-months'] as const

/**
 * A proration basis.
 *
 * @group Core
 */
export type ProrationBasis = (typeof PRORATION_BASES)[number]

/** The name of each proration basis, for sentences. @internal */
export const BASIS_LABEL: Readonly<Record<ProrationBasis, { en: string; 'zh-CN': string }>> = {
  'calendar-days': { en: 'calendar days', 'zh-CN': '自然日' },
  'business-days': { en: 'working days', 'zh-CN': '工作日' },
  'whole-months': { en: 'whole months', 'zh-CN': '整月' },
}

export const ProrateRequestSchema = once(() =>
  z
    .strictObject({
      amount: DecimalSchema(),
      period: DateRangeSchema(),
      ranges: z.array(DateRangeSchema()).min(1),
      basis: z.literal(PRORATION_BASES).default('calendar-days'),
      calendar: BusinessCalendarSchema().optional(),
      rounding: RoundingPolicySchema(),
    })
    .check(
      whenValid((req, ctx) => {
        const sorted = req.ranges.map((r, i) => ({ ...r, i })).sort((a, b) => (a.start < b.start ? -1 : 1))
        sorted.forEach((r, k) => {
          const period = `${req.period.start}..${req.period.end}`
          if (r.start < req.period.start || r.end > req.period.end) {
            addIssue(ctx, 'range.outside-period', ['ranges', r.i], { start: r.start, end: r.end, period })
          }
          const previous = sorted[k - 1]
          if (previous && r.start <= previous.end) {
            addIssue(ctx, 'range.overlap', ['ranges', r.i], {
              start: r.start,
              end: r.end,
              other: `${previous.start}..${previous.end}`,
            })
          }
        })
      }),
    ),
)

/**
 * What {@link prorate} is asked: an amount for a period, and the parts of it to charge.
 *
 * @group Core
 */
export interface ProrateRequest {
  /** The amount for the whole period (e.g. a monthly budget). */
  readonly amount: DecimalInput
  /** The whole period the amount is for. */
  readonly period: DateRangeInput
  /** The parts of the period to charge, inside it and not overlapping. */
  readonly ranges: readonly DateRangeInput[]
  /** How a part's share is measured: calendar days (default), business days or whole months. */
  readonly basis?: ProrationBasis | undefined
  /** The business calendar, for `business-days`. */
  readonly calendar?: BusinessCalendarInput | undefined
  /** The rounding of each share. */
  readonly rounding: RoundingPolicyInput
}

/**
 * One range's share of a prorated amount.
 *
 * @group Core
 */
export interface ProratedRange {
  /** First day of the range. */
  readonly start: string
  /** Last day of the range. */
  readonly end: string
  /** Units of time the range covers (days or months, by the basis). */
  readonly units: number
  /** Its share, rounded so the shares add up to {@link Proration.amount}. */
  readonly amount: Decimal
}

/**
 * The result of {@link prorate}.
 *
 * @group Core
 */
export interface Proration {
  /** The prorated total: amount × covered ÷ total units, rounded by the policy. */
  readonly amount: Decimal
  /** Units covered by all the ranges. */
  readonly covered: number
  /** Units in the whole period. */
  readonly total: number
  /** Each range's share, in the order given. */
  readonly ranges: readonly ProratedRange[]
  /** How the figures were reached. */
  readonly trace: readonly TraceStep[]
}

/**
 * Units of time in a range: calendar days, months touched, or working days of `calendar` (compiled once per
 * call of {@link prorate}). @internal
 */
export function unitsIn(
  basis: ProrationBasis,
  calendar: CompiledCalendar | undefined,
  range: DateRange,
): number {
  if (basis === 'calendar-days') return differenceInCalendarDays(toDate(range.end), toDate(range.start)) + 1
  if (basis === 'whole-months') return differenceInCalendarMonths(toDate(range.end), toDate(range.start)) + 1
  return workingDaysIn(calendar as CompiledCalendar, range.start, range.end)
}

/**
 * Prorates an amount for a period over parts of it (a rep who joins mid-quarter, a budget to
 * date): the total is `amount × covered units ÷ period units`, rounded once by the policy, and
 * split over the ranges by their units with the largest-remainder method, so the ranges' shares
 * always add up to the total and a partition of the period gets exactly the rounded amount.
 *
 * @param request - The amount, the period, the non-overlapping ranges inside it, the basis
 *   (`calendar-days` by default, `business-days` with a `calendar`, or `whole-months`) and the
 *   rounding policy.
 * @returns The prorated total, each range's share, the units, and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field (`range.outside-period`,
 * `range.overlap`…).
 *
 * @example
 * const result = prorate({
 *   amount: '9000',
 *   period: { start: '2026-04-01', end: '2026-06-30' },
 *   ranges: [{ start: '2026-05-01', end: '2026-06-30' }],
 *   basis: 'whole-months',
 *   rounding: { scale: 2, mode: 'half-up' },
 * })
 * result.amount.toFixed(2) //=> '6000.00'
 *
 * @group Core
 */
export function prorate(request: ProrateRequest): Proration {
  const req = parseWith(ProrateRequestSchema(), request, 'INVALID_INPUT')
  const calendar =
    req.basis === 'business-days'
      ? compileCalendar(req.calendar ?? BusinessCalendarSchema().parse({}))
      : undefined
  const total = unitsIn(req.basis, calendar, req.period)
  const units = req.ranges.map((r) => unitsIn(req.basis, calendar, r))
  const covered = units.reduce((a, b) => a + b, 0)
  const amount = total === 0 ? ZERO : roundTo(req.amount.times(covered).div(total), req.rounding)
  const shares =
    covered === 0
      ? units.map(() => ZERO)
      : allocateUnits(
          amount,
          units.map((u) => new Dec(u)),
          req.rounding.scale,
        ).parts
  const ranges = req.ranges.map((r, i) => ({
    start: r.start,
    end: r.end,
    units: units[i] ?? 0,
    amount: shares[i] ?? new Dec(0),
  }))
  const trace = [
    step('prorate.basis', {
      amount: req.amount.toFixed(req.rounding.scale),
      period: `${req.period.start}..${req.period.end}`,
      basis: BASIS_LABEL[req.basis],
      covered,
      total,
    }),
    ...ranges.map((r) =>
      step('prorate.range', {
        start: r.start,
        end: r.end,
        units: r.units,
        amount: r.amount.toFixed(req.rounding.scale),
      }),
    ),
  ]
  return { amount, covered, total, ranges, trace }
}
