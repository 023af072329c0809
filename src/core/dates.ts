/**
 * Calendar dates (`YYYY-MM-DD`) as date-fns works with them: local-midnight `Date`s that are made
 * and formatted in the same zone, so results do not depend on the host's time zone.
 */
import { format } from 'date-fns/format'

/**
 * The first calendar date the library accepts, `1900-01-01`. Every date and instant in every input
 * (policies, facts, options) lies from this date to {@link MAX_SUPPORTED_DATE}; one outside is
 * `date.out-of-range` (`instant.out-of-range` for an instant), checked in O(1) before any
 * arithmetic, so no far date makes a walk through days or periods run for long.
 *
 * @group Core
 */
export const MIN_SUPPORTED_DATE = '1900-01-01'

/**
 * The last calendar date the library accepts, `2200-12-31` (see {@link MIN_SUPPORTED_DATE}).
 *
 * @group Core
 */
export const MAX_SUPPORTED_DATE = '2200-12-31'

/** True for a `YYYY-MM-DD` text from {@link MIN_SUPPORTED_DATE} to {@link MAX_SUPPORTED_DATE}. @internal */
export function isSupportedDate(text: string): boolean {
  return text >= MIN_SUPPORTED_DATE && text <= MAX_SUPPORTED_DATE
}

/**
 * A calendar date `YYYY-MM-DD` as a local-midnight `Date` (years below 100 are kept as written).
 *
 * @group Core
 */
export function toDate(text: string): Date {
  const date = new Date(2000, 0, 1)
  date.setFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)))
  return date
}

/**
 * A local `Date` written as `YYYY-MM-DD`.
 *
 * @group Core
 */
export function toText(date: Date): string {
  return format(date, 'yyyy-MM-dd')
}

/**
 * The date `days` days after `text` (before it when negative), by UTC arithmetic on the date's own numbers.
 *
 * @group Core
 */
export function shiftDate(text: string, days: number): string {
  return utcText(
    utcDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)) + days),
  )
}

/**
 * UTC midnight of a date given by its numbers (month 1–12); a day or month out of range rolls
 * over as `Date` does (day 0 is the last day of the month before). By `setUTCFullYear`, not
 * `Date.UTC`, which reads the years 0–99 as 1900–1999. @internal
 */
export function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  return d
}

/** A UTC midnight written `YYYY-MM-DD`. @internal */
export function utcText(d: Date): string {
  const year = String(d.getUTCFullYear()).padStart(4, '0')
  const month = String(d.getUTCMonth() + 1).padStart(2, '0')
  return `${year}-${month}-${String(d.getUTCDate()).padStart(2, '0')}`
}
