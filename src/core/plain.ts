/**
 * Readers for the compiled fast paths: they accept only plain, unambiguous input (a real date, an
 * id, an amount exact in cents) and return `undefined` for anything else, so the caller falls
 * back to the zod-validated exact path, which reports any invalid field. @internal
 */

import { isSupportedDate, utcDate } from './dates'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * True for a real calendar date written `YYYY-MM-DD`, within the supported range (as `DateSchema`).
 *
 * @group Core
 */
export function isPlainDate(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = DATE.exec(value)
  if (m === null || !isSupportedDate(value)) return false
  // a day or month out of range rolls over, so the date is real when its numbers come back the same
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = utcDate(year, month, day)
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
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
  return typeof value === 'string' && value.length <= 200 && ID_PATTERN.test(value)
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
