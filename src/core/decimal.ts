/**
 * The library's own decimal arithmetic. Every decimal.js call that matters for rounding lives
 * here; the rest of the library goes through these helpers.
 *
 * The constructor is a private `Decimal.clone`, so the host application's global decimal.js
 * settings are never read nor changed.
 */
// The named export, not the default: decimal.js's declarations are CommonJS-typed, and under
// `moduleResolution: node16` an ES module's default import of them is the whole module object (TS2344
// in our .d.ts, and `Decimal` turning into `any` with skipLibCheck).
import { Decimal as DecimalJs } from 'decimal.js'

/**
 * The library's decimal constructor: 40 significant digits, a private clone of decimal.js.
 * Values that reach it have been validated (see {@link MAX_ABS_DECIMAL} and
 * {@link MAX_DECIMAL_PLACES}), so 40 digits hold every sum and product the rules compute exactly.
 *
 * @group Core
 */
export const Dec = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
})

/**
 * An exact decimal number (a decimal.js instance made by the library's own clone).
 *
 * @group Core
 */
export type Decimal = InstanceType<typeof Dec>

/**
 * How a decimal is written in an input: a decimal string (`'12000.50'`, exact), a finite JS number (read
 * through its shortest decimal text), or a {@link Decimal}.
 *
 * @group Core
 */
export type DecimalInput = string | number | Decimal

/**
 * The largest magnitude an amount or rate may have: `|x| < 10^15` (a thousand trillion).
 *
 * @group Core
 */
export const MAX_ABS_DECIMAL = '1e15'

/**
 * The most digits after the decimal point an amount or rate may have.
 *
 * @group Core
 */
export const MAX_DECIMAL_PLACES = 12

/**
 * Rounding modes a policy may name. `half-up` rounds halves away from zero (四舍五入).
 *
 * @group Core
 */
export const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'up', 'floor', 'ceiling'] as const

/**
 * A rounding mode: `half-up` (halves away from zero), `half-even` (banker's), `down` (toward zero), `up`
 * (away from zero), `floor`, `ceiling`.
 *
 * @group Core
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number]

/**
 * Where and how a policy rounds money: the number of decimal places and the mode.
 *
 * @group Core
 */
export interface RoundingPolicy {
  /** Digits kept after the decimal point (2 for cents / 分). */
  readonly scale: number
  /** How the dropped digits are rounded. */
  readonly mode: RoundingMode
}

const MODE: Readonly<Record<RoundingMode, DecimalJs.Rounding>> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  floor: DecimalJs.ROUND_FLOOR,
  ceiling: DecimalJs.ROUND_CEIL,
}

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?$/
const LIMIT_EXPONENT = 15 // = log10(MAX_ABS_DECIMAL)

/**
 * Why a value is not an acceptable decimal, or `undefined` when it is.
 *
 * @group Core
 */
export type DecimalProblem = 'not-a-number' | 'not-finite' | 'too-large' | 'too-precise'

/**
 * The zero of the library's decimals.
 *
 * @group Core
 */
export const ZERO: Decimal = new Dec(0)
/**
 * One.
 *
 * @group Core
 */
export const ONE: Decimal = new Dec(1)
/**
 * One hundred, for percentages.
 *
 * @group Core
 */
export const HUNDRED: Decimal = new Dec(100)

/**
 * Reads a decimal from a string or a finite number, or says why it cannot.
 * Accepts plain and exponent notation (`"12.50"`, `"1.2e3"`, `12.5`) and decimal.js instances; rejects `NaN`,
 * `Infinity`,
 * empty strings, `"12abc"`, magnitudes of 10^15 or more and more than 12 decimal places.
 * Negative zero becomes zero.
 *
 * @group Core
 */
export function readDecimal(value: unknown): Decimal | DecimalProblem {
  // a decimal.js instance (ours, or the host's) is read through its canonical string
  if (typeof value === 'object' && value !== null) {
    // a proxy or a getter may throw while it is inspected: then it is no decimal
    let text: unknown
    try {
      text = Dec.isDecimal(value) ? (value as { toString(): string }).toString() : undefined
    } catch {
      return 'not-a-number'
    }
    return typeof text === 'string' ? readDecimal(text) : 'not-a-number'
  }
  let d: Decimal
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not-finite'
    d = new Dec(value)
  } else if (typeof value === 'string') {
    // Stryker disable next-line all: skips trim() when there is nothing to trim; trimming anyway gives the
    // same text
    const text =
      value.length > 0 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32
        ? value
        : value.trim()
    if (!DECIMAL_STRING.test(text)) return 'not-a-number'
    d = new Dec(text)
  } else {
    return 'not-a-number'
  }
  // decimal.js keeps the base-10 exponent in `e`: |d| < 10^15 exactly when e < 15
  if (d.e >= LIMIT_EXPONENT) return 'too-large'
  if (d.decimalPlaces() > MAX_DECIMAL_PLACES) return 'too-precise'
  return d.isZero() ? ZERO : d
}

/**
 * Rounds `value` to the policy's scale with the policy's mode. Never returns negative zero. The result
 * serialises at that scale: `JSON.stringify` writes `"12000.00"` for a scale of 2, not `"12000"`.
 *
 * @group Core
 */
export function roundTo(value: Decimal, rounding: RoundingPolicy): Decimal {
  const rounded = value.toDecimalPlaces(rounding.scale, MODE[rounding.mode])
  // `toDecimalPlaces` returns a new instance, which no one else holds: it is marked as it is
  return markScale(rounded.isZero() ? new Dec(0) : rounded, rounding.scale)
}

/** The scale each money value was rounded to, for its JSON and for sums of such values. */
const SCALES = new WeakMap<Decimal, number>()

/**
 * Marks `value` as money at `scale`: it serialises with exactly `scale` decimals. Returns a marked copy
 * (`value` itself, perhaps the shared {@link ZERO}, is never changed); a value with more decimals than
 * `scale` is returned unmarked, so JSON never rounds.
 *
 * @group Core
 */
export function atScale(value: Decimal, scale: number): Decimal {
  // a value with more decimals than the scale is left as it is: JSON never rounds a number
  if (value.decimalPlaces() > scale) return value
  // a copy is marked, never `value` itself: it may be a shared constant (ZERO) or a value another stage
  // already marked, and marking it in place would change how it prints elsewhere
  return markScale(new Dec(value.isZero() ? 0 : value), scale)
}

/** Marks a fresh decimal (one no one else holds) as money at `scale`. */
function markScale(fresh: Decimal, scale: number): Decimal {
  SCALES.set(fresh, scale)
  return jsonAs(fresh, (d) => d.toFixed(scale))
}

/**
 * The decimals a ratio keeps in JSON: a ratio serialises cut toward zero to at most this many decimals
 * (`1/3` → `"0.333333"`, `0.05` → `"0.05"`); the value in memory stays exact.
 *
 * @group Core
 */
export const RATIO_JSON_DECIMALS = 6

/**
 * Fixes how one decimal serialises: `JSON.stringify` calls `toJSON`, which decimal.js makes `toString`
 * (so `12000.00` would print `"12000"`). The override is an own, non-enumerable property of this
 * instance only: the shared decimal.js prototype (the host application's too) is never touched, and
 * arithmetic on the value returns plain decimals again. `value` must be a fresh instance that no one
 * else holds (a result of arithmetic or a copy); returns it.
 */
function jsonAs(value: Decimal, format: (d: Decimal) => string): Decimal {
  Object.defineProperty(value, 'toJSON', { value: () => format(value), enumerable: false })
  return value
}

/** A ratio's JSON text: cut toward zero to {@link RATIO_JSON_DECIMALS} decimals, no trailing zeros. */
function ratioJson(d: Decimal): string {
  return normalize(d.toDecimalPlaces(RATIO_JSON_DECIMALS, DecimalJs.ROUND_DOWN)).toString()
}

/**
 * Cuts `value` to `places` decimals toward zero (for scores shown below their exact value).
 *
 * @group Core
 */
export function truncate(value: Decimal, places: number): Decimal {
  return normalize(value.toDecimalPlaces(places, DecimalJs.ROUND_DOWN))
}

/**
 * Turns negative zero into zero; every other value is returned unchanged.
 *
 * @group Core
 */
export function normalize(value: Decimal): Decimal {
  return value.isZero() ? ZERO : value
}

/**
 * The sum of a list of decimals (zero for an empty list).
 *
 * @group Core
 */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO
  let scale: number | undefined | null = null
  for (const v of values) {
    total = total.plus(v)
    const own = SCALES.get(v)
    scale = scale === null || scale === own ? own : undefined
  }
  // a sum of money values all at one scale is money at that scale
  return scale === null || scale === undefined ? normalize(total) : atScale(total, scale)
}

/**
 * `numerator / denominator`, or zero when the denominator is zero: the convention for shares and
 * ratios of an empty total (a share of nothing is nothing, never NaN).
 *
 * @group Core
 */
export function ratio(numerator: Decimal, denominator: Decimal): Decimal {
  if (denominator.isZero()) return ZERO
  const quotient = numerator.div(denominator)
  return quotient.isZero() ? ZERO : jsonAs(quotient, ratioJson)
}

/**
 * The smaller of two decimals.
 *
 * @group Core
 */
export function min(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b
}

/**
 * The larger of two decimals.
 *
 * @group Core
 */
export function max(a: Decimal, b: Decimal): Decimal {
  return a.gte(b) ? a : b
}

/**
 * Splits `total` (already at `scale`) into parts proportional to `weights`, each at `scale`, so
 * that the parts add up exactly to `total`: every part gets the floor of its exact share (toward
 * zero), and the units left over go one each to the largest remainders, ties to the earlier part
 * (largest-remainder / Hamilton method). Weights are non-negative and not all zero.
 *
 * @group Core
 */
export function allocateUnits(
  total: Decimal,
  weights: readonly Decimal[],
  scale: number,
): { parts: Decimal[]; extra: boolean[] } {
  const unit = new Dec(10).pow(-scale)
  const negative = total.isNegative()
  const units = total.abs().div(unit) // an integer: total is at `scale`
  const weightSum = sum(weights)
  const floors: Decimal[] = []
  const remainders: { index: number; remainder: Decimal }[] = []
  let given = ZERO
  weights.forEach((w, index) => {
    const exact = units.times(w).div(weightSum)
    const floor = exact.floor()
    floors.push(floor)
    remainders.push({ index, remainder: exact.minus(floor) })
    given = given.plus(floor)
  })
  let left = units.minus(given).toNumber()
  const extra = weights.map(() => false)
  remainders.sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index)
  for (const { index } of remainders) {
    if (left <= 0) break
    floors[index] = (floors[index] ?? ZERO).plus(1)
    extra[index] = true
    left -= 1
  }
  return { parts: floors.map((f) => normalize(negative ? f.times(unit).neg() : f.times(unit))), extra }
}

/**
 * Formats a fraction as a percentage for a sentence: at most 4 decimals, cut toward zero (`0.125` →
 * `"12.5%"`, `7/16` → `"43.75%"`, `1/3` → `"33.3333%"`).
 *
 * @group Core
 */
export function percent(fraction: Decimal): string {
  return `${truncate(fraction.times(HUNDRED), 4).toString()}%`
}

/**
 * A wider clone for exact comparisons of products: 120 digits hold any product of three validated decimals.
 */
const Wide = Dec.clone({ precision: 120 })

/**
 * The sign of `a − b × c` (-1, 0 or 1), computed without rounding: a limit on a ratio
 * (`a ÷ c ≥ b`) is decided by cross-multiplication, never on a rounded quotient.
 *
 * @group Core
 */
export function compareProduct(a: Decimal, b: Decimal, c: Decimal): number {
  return new Wide(a).minus(new Wide(b).times(new Wide(c))).comparedTo(0)
}
