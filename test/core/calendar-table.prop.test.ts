// The working-time table of the SLA fast path (#20) against the day walks it replaces: for arbitrary
// calendars (zones with daylight saving, lunch breaks, a window to 24:00, holidays, make-up days) and
// instants, `between` is `businessMillisBetween` and `lastInstant` is `lastBusinessInstant`, or the table
// answers `NaN` (then the caller asks the day walk).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BusinessCalendarSchema,
  businessMillisBetween,
  compileCalendar,
  lastBusinessInstant,
} from '../../src/core/calendar'
import { workingTimeOf } from '../../src/core/calendar-table'

const RUNS = Number(process.env.FC_RUNS ?? 300)
const DAY = 86_400_000
const HOUR = 3_600_000

const date = fc
  .integer({ min: 0, max: 3 * 366 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * DAY).toISOString().slice(0, 10))
const hours = fc.constantFrom(
  [{ start: '09:00', end: '18:00' }],
  [
    { start: '09:00', end: '12:00' },
    { start: '13:00', end: '18:00' },
  ],
  // across the daylight-saving changes of New York and Berlin (01:00–03:00 local)
  [
    { start: '00:30', end: '02:30' },
    { start: '02:45', end: '24:00' },
  ],
  [{ start: '00:00', end: '24:00' }],
)
const calendarInput = fc
  .record({
    timeZone: fc.constantFrom(
      'Asia/Shanghai',
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe',
    ),
    weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
    holidays: fc.uniqueArray(date, { maxLength: 40 }),
    workdays: fc.uniqueArray(date, { maxLength: 5 }),
    hours,
  })
  .map((c) => ({ ...c, workdays: c.workdays.filter((d) => !c.holidays.includes(d)) }))
// sixteen calendars drawn once and compiled once, so that each run reuses their tables (a table is built
// from the calendar's days, 256 at a time), as a compiled policy does
const calendars = fc
  .sample(calendarInput, { numRuns: 16, seed: 20_261_201 })
  .map((input) => ({ input, cal: compileCalendar(BusinessCalendarSchema().parse(input)) }))
const calendar = fc.constantFrom(...calendars)
/** An instant in 2025–2027, often on a whole quarter hour (window edges), sometimes a millisecond off. */
const instant = fc
  .tuple(fc.integer({ min: 0, max: 3 * 366 * 96 }), fc.constantFrom(0, 0, 0, -1, 1, 7 * 60_000 + 123))
  .map(([q, ms]) => Date.UTC(2025, 0, 1) + q * 15 * 60_000 + ms)
/** A limit in milliseconds: whole hours mostly (ending on window edges), some odd ones, zero. */
const limit = fc.oneof(
  fc.integer({ min: 0, max: 200 }).map((h) => h * HOUR),
  fc.integer({ min: 0, max: 200 * HOUR }),
)

describe('working-time table (properties)', () => {
  it('gives the working time between two instants that the day walk counts', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 0, max: 40 * DAY }), ({ cal }, from, span) => {
        const table = workingTimeOf(cal)
        const worked = table.between(from, from + span)
        if (!Number.isNaN(worked)) expect(worked).toBe(businessMillisBetween(cal, from, from + span))
        // asked again, from another block and day (the table's guesses move)
        const again = table.between(from + span, from + span)
        if (!Number.isNaN(again)) expect(again).toBe(0)
      }),
      { numRuns: RUNS },
    )
  })

  it('gives the last instant in time that the day walk finds', () => {
    fc.assert(
      fc.property(calendar, instant, limit, ({ input, cal }, from, millis) => {
        const due = workingTimeOf(cal).lastInstant(from, millis)
        const walked = lastBusinessInstant(cal, from, millis)
        if (!Number.isNaN(due)) expect(due).toBe(walked)
        // a regular calendar (no daylight saving) always has an answer within the span
        if (input.timeZone === 'Asia/Shanghai' || input.timeZone === 'UTC') expect(due).toBe(walked)
      }),
      { numRuns: RUNS },
    )
  })

  it('answers far from the first block it made, and past the longest span it answers NaN', () => {
    const cal = compileCalendar(BusinessCalendarSchema().parse({ timeZone: 'Asia/Shanghai' }))
    const table = workingTimeOf(cal)
    const from = Date.parse('2026-09-29T14:00:00+08:00')
    // 14:00–18:00 is 4 working hours; a 4-hour limit runs out at 18:00, so the last instant in time is 09:00
    // the next working day (no working time passes in between)
    expect(table.lastInstant(from, 4 * HOUR)).toBe(Date.parse('2026-09-30T09:00:00+08:00'))
    // 1900 and 2200, in other blocks: Monday 1 January 1900 09:00 + 1 hour; Wednesday 31 December 2200
    // 17:00 + 1 hour runs out at 18:00, and the next working day is Thursday 1 January 2201 (no holidays)
    expect(table.lastInstant(Date.parse('1900-01-01T09:00:00+08:00'), HOUR)).toBe(
      lastBusinessInstant(cal, Date.parse('1900-01-01T09:00:00+08:00'), HOUR),
    )
    expect(table.lastInstant(Date.parse('2200-12-31T17:00:00+08:00'), HOUR)).toBe(
      Date.parse('2201-01-01T09:00:00+08:00'),
    )
    // ten years of working time (9 hours × ~261 days a year) is more than 3,660 calendar days of it
    expect(table.lastInstant(from, 87_840 * HOUR)).toBeNaN()
    expect(lastBusinessInstant(cal, from, 87_840 * HOUR)).toBeUndefined()
    // 2026-09-29 14:00 to 2026-10-06 10:00: 4 + 9 × 4 (30 Sep, 1, 2, 5 Oct) + 1 = 41 hours
    expect(table.between(from, Date.parse('2026-10-06T10:00:00+08:00'))).toBe(41 * HOUR)
  })
})
