/**
 * Readers for the compiled fast paths: they accept only plain, unambiguous input (a real date, an
 * id, an amount exact in cents) and return `undefined` for anything else, so the caller falls
 * back to the zod-validated exact path, which reports any invalid field. @internal
 */

import { isSupportedDate } from './dates'

/** Days in each month of a common year (February gets its leap day in {@link daysInMonth}). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The days of a month (1–12) of the proleptic Gregorian calendar, for the date and instant readers. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number)
}

/**
 * The two digits at `i` and `i + 1` as a number 0–99, or a negative number when either is not a digit (by
 * hand: `d | (9 - d)` is negative exactly when `d` is not 0–9).
 */
function twoDigitsAt(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48
  const b = text.charCodeAt(i + 1) - 48
  return (a | (9 - a) | b | (9 - b)) < 0 ? -1 : a * 10 + b
}

/**
 * The date written `YYYY-MM-DD` at the start of `text` as `year × 10,000 + month × 100 + day`, or -1 unless
 * it is a real date of the proleptic Gregorian calendar (ASCII digits, two hyphens, a month 01–12, a day
 * within that month): what {@link isPlainDate} and {@link readPlainInstant} read first.
 */
function calendarDateAt(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1
  const century = twoDigitsAt(text, 0)
  const yy = twoDigitsAt(text, 2)
  const month = twoDigitsAt(text, 5)
  const day = twoDigitsAt(text, 8)
  if ((century | yy | month | day) < 0) return -1
  const year = century * 100 + yy
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1
  return year * 10_000 + month * 100 + day
}

/**
 * True for a real calendar date written `YYYY-MM-DD`, within the supported range (as `DateSchema`).
 * By hand, not by regex and `Date` (the fast paths read a date per item): ten characters, ASCII
 * digits and two hyphens, a month 01–12 and a day within that month of the proleptic Gregorian
 * calendar, as `DateSchema` checks.
 *
 * @group Core
 */
export function isPlainDate(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length === 10 && calendarDateAt(value) >= 0 && isSupportedDate(value)
  )
}

/**
 * What an id looks like: no white space at either end, no line break (the schemas use it too).
 *
 * @group Core
 */
export const ID_PATTERN = /^\S(?:.*\S)?$/

/**
 * True for an id as the schemas accept it: 1–200 characters matching {@link ID_PATTERN}.
 *
 * @group Core
 */
export function isPlainId(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const n = value.length
  if (n === 0 || n > 200) return false
  // printable ASCII without a space (the usual id) matches the pattern without running it
  for (let i = 0; i < n; i += 1) {
    const c = value.charCodeAt(i)
    if (c <= 32 || c >= 127) return ID_PATTERN.test(value)
  }
  return true
}

/**
 * An amount exact in cents (below 10^13 in magnitude), as an integer number of cents; negative only when
 * `signed`.
 *
 * @group Core
 */
export function readCents(value: unknown, signed = false): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (!signed && value < 0)) return undefined
    const c = Math.round(value * 100)
    return c / 100 === value && Math.abs(c) < 1e15 ? (c === 0 ? 0 : c) : undefined
  }
  if (typeof value !== 'string') return undefined
  // by hand, not by regex: [-]digits[.d[d]], at most 13 integer digits
  const n = value.length
  let i = 0
  let negative = false
  if (value.charCodeAt(0) === 45) {
    if (!signed) return undefined
    negative = true
    i = 1
  }
  let whole = 0
  const start = i
  while (i < n) {
    const d = value.charCodeAt(i) - 48
    if (d < 0 || d > 9) break
    whole = whole * 10 + d
    i += 1
  }
  if (i === start || i - start > 13) return undefined
  let fraction = 0
  if (i < n) {
    if (value.charCodeAt(i) !== 46 || n - i - 1 < 1 || n - i - 1 > 2) return undefined
    for (let k = i + 1; k < n; k += 1) {
      const d = value.charCodeAt(k) - 48
      if (d < 0 || d > 9) return undefined
      fraction = fraction * 10 + d
    }
    if (n - i - 1 === 1) fraction *= 10
  }
  const c = whole * 100 + fraction
  return negative && c !== 0 ? -c : c
}

/**
 * True for an object zod reads as it is: not an array, with the prototype `Object.prototype` or none (a
 * class instance, a `Map` or a `Date` is not).
 *
 * @group Core
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * True when `Object.prototype` has an enumerable key: then `for … in` lists it on every object, after the
 * object's own keys, and a fast path that reads keys by `for … in` must leave the object to the exact path
 * (which reads own keys only).
 *
 * @group Core
 */
export function prototypeHasEnumerableKey(): boolean {
  for (const _ in Object.prototype) return true
  return false
}

/**
 * True when every key `for…in` reaches is one of `keys`: own and inherited enumerable keys, as zod's
 * strict check sees them, with no array made per object. A hot loop over a few fixed keys may use a
 * `switch` on the key instead (the quote line, the commission transaction).
 *
 * @group Core
 */
function onlyKnownKeys(value: object, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false
  return true
}

/**
 * A plain record ({@link isPlainRecord}) whose keys are all among `keys` ({@link onlyKnownKeys}), else
 * `undefined`.
 *
 * @group Core
 */
export function plainRecord(value: unknown, keys: ReadonlySet<string>): Record<string, unknown> | undefined {
  return isPlainRecord(value) && onlyKnownKeys(value, keys) ? value : undefined
}

/**
 * A plain array (prototype `Array.prototype`) of at most `max` items, else `undefined`; `undefined` itself
 * is the empty list (an optional list left out).
 *
 * @group Core
 */
export function plainList(value: unknown, max: number): readonly unknown[] | undefined {
  if (value === undefined) return []
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || value.length > max)
    return undefined
  return value as readonly unknown[]
}

/**
 * True when `value` has no defined key outside `allowed`.
 *
 * @group Core
 */
export function hasOnlyKeys(value: object, allowed: ReadonlySet<string>): boolean {
  for (const key of Object.keys(value))
    if (!allowed.has(key) && (value as Record<string, unknown>)[key] !== undefined) return false
  return true
}

/**
 * Runs a fast path. Input it cannot even read (an array whose prototype was replaced, a getter
 * that throws) sends the call to the exact path, which reports it as a `SalesRulesError`.
 */
export function fastOrNothing<T>(fast: () => T | undefined): T | undefined {
  try {
    return fast()
  } catch {
    return undefined
  }
}

// SLA fast path (#20): instants read by hand

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468
}

/**
 * The epoch milliseconds of an instant written in the plain form `YYYY-MM-DDTHH:mm:ss`, an optional
 * fraction of 1–3 digits, then `Z` or `±HH:mm`, with a real date from 1900-01-01 to 2200-12-31 as written
 * (what `InstantSchema` accepts, and the value `Date.parse` gives it); `NaN` for anything else, valid or not
 * (a longer fraction, a date, a far year), which the caller then reads with the schema and `Date.parse`.
 * By hand, not by regex and `Date.parse` (the SLA fast path reads two instants per ticket). @internal
 */
export function readPlainInstant(value: string): number {
  const n = value.length
  if (n < 20 || n > 29) return NaN
  const date = calendarDateAt(value)
  if (date < 0 || value.charCodeAt(10) !== 84) return NaN
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return NaN
  const year = Math.floor(date / 10_000)
  const month = Math.floor(date / 100) % 100
  const day = date % 100
  const hour = twoDigitsAt(value, 11)
  const minute = twoDigitsAt(value, 14)
  const second = twoDigitsAt(value, 17)
  if ((hour | minute | second) < 0) return NaN
  if (year < 1900 || year > 2200 || hour > 23 || minute > 59 || second > 59) return NaN
  let i = 19
  let millis = 0
  if (value.charCodeAt(i) === 46) {
    // 1–3 digits, read as milliseconds (`.5` is 500); a longer fraction goes to `Date.parse`
    let digits = 0
    for (i += 1; digits < 4; i += 1, digits += 1) {
      const d = value.charCodeAt(i) - 48
      if (!(d >= 0 && d <= 9)) break // past the end too (`NaN`)
      millis = millis * 10 + d
    }
    if (digits === 0 || digits > 3) return NaN
    millis *= digits === 1 ? 100 : digits === 2 ? 10 : 1
  }
  let offset = 0
  const sign = value.charCodeAt(i)
  if (sign === 90) {
    if (n !== i + 1) return NaN
  } else if (sign === 43 || sign === 45) {
    if (n !== i + 6 || value.charCodeAt(i + 3) !== 58) return NaN
    const oh = twoDigitsAt(value, i + 1)
    const om = twoDigitsAt(value, i + 4)
    if (oh < 0 || om < 0 || oh > 23 || om > 59) return NaN
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 60_000
  } else return NaN
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis -
    offset
  )
}
