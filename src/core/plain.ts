/**
 * Readers for the compiled fast paths: they accept only plain, unambiguous input (a real date, an
 * id, an amount exact in cents) and return `undefined` for anything else, so the caller falls
 * back to the zod-validated exact path, which reports any invalid field. @internal
 */

import { isSupportedDate } from './dates'

/** Days in each month of a common year (February gets its leap day below). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** The digit at `i` (0–9), or -1 for any other character. */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - 48
  return d >= 0 && d <= 9 ? d : -1
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
  if (typeof value !== 'string' || value.length !== 10) return false
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const y0 = digitAt(value, 0)
  const y1 = digitAt(value, 1)
  const y2 = digitAt(value, 2)
  const y3 = digitAt(value, 3)
  const m0 = digitAt(value, 5)
  const m1 = digitAt(value, 6)
  const d0 = digitAt(value, 8)
  const d1 = digitAt(value, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || !isSupportedDate(value)) return false
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number))
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
