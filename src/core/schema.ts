/**
 * Shared zod building blocks (decimals, dates, labels, rounding) and the one place where zod
 * results become {@link SalesRulesError}s.
 */
import * as z from 'zod'
import { InputStop, readInput } from './boundary'
import { isSupportedDate, MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from './dates'
import { readDecimal, ROUNDING_MODES, type Decimal, type RoundingPolicy } from './decimal'
import { SalesRulesError, type PathSegment, type SalesRulesErrorCode, type SalesRulesIssue } from './errors'
import { en, type MessageCode } from './messages/en'
import { nearestName } from './nearest'
import { ID_PATTERN } from './plain'
import { once } from './once'

type IssueParams = Readonly<Record<string, string | number>>

/** A library-made message in English, from the catalog. */
function formatMessage(code: MessageCode, params: IssueParams): string {
  return en[code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  )
}

/**
 * Adds a library-made issue (its message from the English catalog) to a zod refinement context.
 *
 * @group Core
 */
export function addIssue(
  ctx: z.RefinementCtx,
  code: MessageCode,
  path: readonly PathSegment[],
  params: IssueParams = {},
): void {
  ctx.addIssue({
    code: 'custom',
    message: formatMessage(code, params),
    path: [...path],
    params: { ...params, code },
    input: undefined,
  })
}

/**
 * A library-made issue: a catalog code, its path and the values of its message.
 *
 * @group Core
 */
export function issueOf(
  code: MessageCode,
  path: readonly PathSegment[],
  params: IssueParams = {},
): SalesRulesIssue {
  return { path: [...path], code, message: formatMessage(code, params), params }
}

/**
 * A value as text for a message, whatever it is: a string as it is, another primitive by `String`, an
 * object by its tag (`[object Array]`), never by calling its own `toString` (which a null-prototype array
 * lacks and a proxy or a getter may make throw).
 *
 * @group Core
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value
  // a primitive here (string, number, boolean, bigint, symbol, undefined): String() names it
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects and functions are excluded above
  if (typeof value !== 'object' && typeof value !== 'function') return String(value)
  if (value === null) return 'null'
  try {
    return Object.prototype.toString.call(value)
  } catch {
    return '[object]'
  }
}

/**
 * Throws a {@link SalesRulesError} with one library-made issue.
 *
 * @group Core
 */
export function fail(
  errorCode: SalesRulesErrorCode,
  code: MessageCode,
  path: readonly PathSegment[],
  params: IssueParams = {},
): never {
  throw new SalesRulesError(errorCode, [issueOf(code, path, params)])
}

/**
 * Runs `fn`; a {@link SalesRulesError} it throws gets `prefix` in front of every issue path (an item's index
 * in a batch).
 *
 * @group Core
 */
export function atPath<T>(prefix: readonly PathSegment[], fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (error instanceof SalesRulesError)
      throw new SalesRulesError(
        error.code,
        error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
      )
    throw error
  }
}

/**
 * A check that runs only on a value that passed every other check (so it can trust its types).
 *
 * @group Core
 */
export function whenValid<T>(check: (value: T, ctx: z.RefinementCtx<T>) => void): z.core.$ZodCheck<T> {
  return z.superRefine(check, { when: (payload) => payload.issues.length === 0 })
}

/**
 * Parses `input` with `schema`, or throws a {@link SalesRulesError} with `code` and every issue
 * (paths prefixed by `basePath`). Nothing else ever escapes, whatever the input: the input is first read
 * once through {@link readInput} (a bounded plain copy; an unreadable value is `unreadable` at its path).
 *
 * @group Core
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  code: SalesRulesErrorCode,
  basePath: readonly PathSegment[] = [],
): z.output<S> {
  const reserved: PathSegment[][] = []
  const plain = readOnce(input, code, basePath, reserved)
  let result: ReturnType<S['safeParse']>
  const unknown: UnknownKeys = new Map()
  const error = (raw: z.core.$ZodRawIssue): undefined => {
    noteUnknownKeys(raw, unknown)
    return undefined
  }
  try {
    result = schema.safeParse(plain, { error }) as ReturnType<S['safeParse']>
  } catch {
    throw new SalesRulesError(code, [{ path: [...basePath], message: en.unreadable, code: 'unreadable' }])
  }
  if (result.success && reserved.length === 0) return result.data as z.output<S>
  const issues = result.success
    ? []
    : result.error.issues.flatMap((issue) => toIssues(issue, basePath, unknown))
  // an own `__proto__` key the schema did not report (a record skips it): an unknown key, never a silent drop
  for (const at of reserved) {
    const path = [...basePath, ...at]
    if (!issues.some((i) => samePath(i.path, path)))
      issues.push(issueOf('key.unknown', path, { key: '__proto__' }))
  }
  throw new SalesRulesError(code, issues)
}

function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((segment, i) => segment === b[i])
}

/**
 * The unknown keys of an object and the keys its schema knows, by the issue that reported them
 * (by its `keys` or `errors` array, which the finished issue shares with the raw one: zod hands
 * the schema to the error map only).
 */
type UnknownKeys = Map<object, { readonly unknown: readonly string[]; readonly known: readonly string[] }>

interface SchemaInternals {
  readonly _zod?: { readonly def?: { readonly shape?: unknown; readonly options?: readonly unknown[] } }
}

/** The keys of an object schema's shape (none for anything else). */
function shapeKeys(inst: unknown): readonly string[] {
  const shape = (inst as SchemaInternals | undefined)?._zod?.def?.shape
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : []
}

/**
 * Notes the unknown keys of a raw issue: a strict object's `unrecognized_keys`, or a discriminated
 * union's object whose discriminator is missing (a misspelt `kind`), whose keys are checked
 * against every option's.
 */
function noteUnknownKeys(raw: z.core.$ZodRawIssue, notes: UnknownKeys): void {
  if (raw.code === 'unrecognized_keys') {
    notes.set(raw.keys, { unknown: raw.keys, known: shapeKeys(raw.inst) })
  } else if (
    raw.code === 'invalid_union' &&
    typeof raw['discriminator'] === 'string' &&
    typeof raw.input === 'object' &&
    raw.input !== null &&
    !Object.hasOwn(raw.input, raw['discriminator'])
  ) {
    const options = (raw.inst as SchemaInternals | undefined)?._zod?.def?.options ?? []
    const known = [...new Set(options.flatMap(shapeKeys))]
    const unknown = Object.keys(raw.input).filter((key) => !known.includes(key))
    if (unknown.length > 0) notes.set(raw.errors, { unknown, known })
  }
}

/**
 * Reads `input` once through the boundary's safe accessor ({@link readInput}): a bounded plain copy, or a
 * {@link SalesRulesError} with `code` and the path of the value that cannot be read or is beyond a bound.
 * For code that must look at an argument before {@link parseWith} validates it.
 *
 * @group Core
 */
export function readOnce(
  input: unknown,
  code: SalesRulesErrorCode,
  basePath: readonly PathSegment[] = [],
  reserved?: PathSegment[][],
): unknown {
  try {
    return readInput(input, reserved)
  } catch (error) {
    const stop = error instanceof InputStop ? error : new InputStop('unreadable', [])
    throw new SalesRulesError(code, [issueOf(stop.issue, [...basePath, ...stop.path], stop.params)])
  }
}

/**
 * The issue of one unknown key, at the key's own path: `key.unknown-near` with the nearest known
 * key when one is close enough to be a typo, `key.unknown` otherwise. @internal
 */
export function unknownKeyIssue(
  key: string,
  path: readonly PathSegment[],
  knownKeys: readonly string[],
): SalesRulesIssue {
  const suggestion = nearestName(key, knownKeys)
  return suggestion === undefined
    ? issueOf('key.unknown', [...path, key], { key })
    : issueOf('key.unknown-near', [...path, key], { key, suggestion })
}

/**
 * True when an option of a union failed on the shape of the value itself (wrong type, or not one of the
 * literals at its root).
 */
function wrongShape(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.some(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' ||
        i.code === 'invalid_value' ||
        i.code === 'invalid_union' ||
        i.code === 'invalid_format'),
  )
}

/**
 * A union that failed is reported through the one option whose shape the value had (a list of
 * versions, not a single policy), so the issues keep the path of the bad field; otherwise as one
 * `invalid_union` issue.
 */
function toIssues(
  issue: z.core.$ZodIssue,
  basePath: readonly PathSegment[],
  unknown: UnknownKeys,
): SalesRulesIssue[] {
  if (issue.code === 'invalid_union' && Array.isArray(issue.errors)) {
    const fitting = issue.errors.filter((option) => !wrongShape(option))
    if (fitting.length === 1) {
      const prefix = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
      return (fitting[0] as z.core.$ZodIssue[]).flatMap((inner) => toIssues(inner, prefix, unknown))
    }
  }
  const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
  if (issue.code === 'unrecognized_keys') {
    const keys = unknown.get(issue.keys)?.known ?? []
    return issue.keys.map((key) => unknownKeyIssue(key, path, keys))
  }
  const missingTag = issue.code === 'invalid_union' ? unknown.get(issue.errors) : undefined
  if (missingTag !== undefined) {
    // the tag is missing: the object's unknown keys say why (`kidn` for `kind`)
    const at = path.slice(0, -1)
    return [
      toIssue(issue, basePath),
      ...missingTag.unknown.map((key) => unknownKeyIssue(key, at, missingTag.known)),
    ]
  }
  return [toIssue(issue, basePath)]
}

function toIssue(issue: z.core.$ZodIssue, basePath: readonly PathSegment[]): SalesRulesIssue {
  const path = [...basePath, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]
  const params =
    issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined
  const ownCode = params?.['code']
  if (typeof ownCode === 'string') {
    const { code: _ignored, ...rest } = params as Record<string, string | number>
    return { path, message: issue.message, code: ownCode, params: rest }
  }
  return { path, message: issue.message, code: issue.code }
}

/**
 * The raw input of a decimal field: a string, a number or a decimal.js instance, checked by {@link
 * readDecimal} in
 * the transform so that every bad value gets the library's own issue code. JSON Schema generation
 * maps it to `string | number` (see {@link decimalJsonSchema}). @internal
 */
const DecimalInputSchema = once(() => z.custom<string | number | Decimal>(() => true))

const NUMBER = String.raw`(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,4})?`
const ZERO_TEXT = String.raw`(?:0+(?:\.0*)?|\.0+)(?:[eE][+-]?\d{1,4})?`

/** The JSON Schema of each kind of decimal input, by its zod input schema. */
const DECIMAL_JSON = new WeakMap<z.ZodType, Record<string, unknown>>()

/**
 * What a decimal field looks like in JSON Schema: a decimal string, or a number within the library's bounds.
 */
function decimalJson(kind: 'any' | 'non-negative' | 'positive' | 'fraction'): Record<string, unknown> {
  const signed = kind === 'any'
  const pattern = signed
    ? String.raw`^\s*[+-]?${NUMBER}\s*$`
    : String.raw`^\s*(?:\+?${NUMBER}|-${ZERO_TEXT})\s*$`
  const bounds =
    kind === 'any'
      ? { exclusiveMinimum: -1e15, exclusiveMaximum: 1e15 }
      : kind === 'non-negative'
        ? { minimum: 0, exclusiveMaximum: 1e15 }
        : kind === 'positive'
          ? { exclusiveMinimum: 0, exclusiveMaximum: 1e15 }
          : { minimum: 0, maximum: 1 }
  return {
    anyOf: [
      { type: 'string', pattern },
      { type: 'number', ...bounds },
    ],
  }
}

/** The JSON Schema of a decimal input schema made by this module, if `schema` is one. @internal */
export function decimalJsonSchema(schema: unknown): Record<string, unknown> | undefined {
  return typeof schema === 'object' && schema !== null ? DECIMAL_JSON.get(schema as z.ZodType) : undefined
}

function decimalSchema(
  kind: 'any' | 'non-negative' | 'positive' | 'fraction',
  check?: (d: Decimal, ctx: z.RefinementCtx) => void,
) {
  const input = kind === 'any' ? DecimalInputSchema() : z.custom<string | number | Decimal>(() => true)
  DECIMAL_JSON.set(input, decimalJson(kind))
  return input.transform((value, ctx): Decimal => {
    const d = readDecimal(value)
    if (typeof d === 'string') {
      addIssue(ctx, `decimal.${d}`, [])
      return z.NEVER
    }
    check?.(d, ctx)
    return d
  })
}

/**
 * Any decimal number (string or finite number), parsed to a {@link Decimal}.
 *
 * @group Core
 */
export const DecimalSchema = once(() => decimalSchema('any'))

/**
 * A decimal that is zero or more (an amount of money, a quantity, a rate).
 *
 * @group Core
 */
export const NonNegativeDecimalSchema = once(() =>
  decimalSchema('non-negative', (d, ctx) => {
    if (d.isNegative()) addIssue(ctx, 'decimal.negative', [])
  }),
)

/**
 * A decimal greater than zero (a weight, a quota, a limit).
 *
 * @group Core
 */
export const PositiveDecimalSchema = once(() =>
  decimalSchema('positive', (d, ctx) => {
    if (!d.isPositive() || d.isZero()) addIssue(ctx, 'decimal.not-positive', [])
  }),
)

/**
 * A fraction between 0 and 1 inclusive (`0.05` is 5 %).
 *
 * @group Core
 */
export const FractionSchema = once(() =>
  decimalSchema('fraction', (d, ctx) => {
    if (d.isNegative()) addIssue(ctx, 'decimal.negative', [])
    else if (d.gt(1)) addIssue(ctx, 'decimal.above-max', [], { max: '1' })
  }),
)

/**
 * A calendar date written `YYYY-MM-DD` (a real date: no 2026-02-30), from {@link MIN_SUPPORTED_DATE} to
 * {@link MAX_SUPPORTED_DATE} (`date.out-of-range` otherwise).
 *
 * @group Core
 */
export const DateSchema = once(() =>
  z.iso.date({ error: en['date.invalid'] }).check(
    whenValid((date, ctx) => {
      if (!isSupportedDate(date))
        addIssue(ctx, 'date.out-of-range', [], { date, min: MIN_SUPPORTED_DATE, max: MAX_SUPPORTED_DATE })
    }),
  ),
)

/**
 * An instant: ISO-8601 with an explicit offset (`2026-06-30T09:00:00+08:00` or `…Z`), its date as written
 * from {@link MIN_SUPPORTED_DATE} to {@link MAX_SUPPORTED_DATE} (`instant.out-of-range` otherwise).
 *
 * @group Core
 */
export const InstantSchema = once(() =>
  z.iso.datetime({ offset: true, error: en['instant.invalid'] }).check(
    whenValid((instant, ctx) => {
      if (!isSupportedDate(instant.slice(0, 10)))
        addIssue(ctx, 'instant.out-of-range', [], {
          instant,
          min: MIN_SUPPORTED_DATE,
          max: MAX_SUPPORTED_DATE,
        })
    }),
  ),
)

/**
 * A bilingual label: a plain string, or `{ en, 'zh-CN' }` with at least one of them.
 *
 * @group Core
 */
export const LabelSchema = once(() =>
  z.union([
    z.string().min(1),
    z
      .strictObject({
        /** The English text. */
        en: z.string().min(1).optional(),
        /** The Simplified Chinese text. */
        'zh-CN': z.string().min(1).optional(),
      })
      .refine((l) => l.en !== undefined || l['zh-CN'] !== undefined, {
        params: { code: 'label.empty' },
        message: en['label.empty'],
      }),
  ]),
)

/**
 * What an input interface accepts for a zod schema's input type `T`: the same shape with every array and
 * property readonly (so `as const` data fits), decimals untouched. @internal
 */
export type ReadonlyInput<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly ReadonlyInput<U>[]
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
      : T

/**
 * `true` when `A` and `B` are the same type (identical members, optionality and readonly-ness), `false`
 * otherwise. @internal
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * A bilingual label as written: a plain string, or `{ en, 'zh-CN' }` with at least one of them.
 *
 * @group Core
 */
export type LabelInput =
  | string
  | {
      /** The English text. */
      readonly en?: string | undefined
      /** The Simplified Chinese text. */
      readonly 'zh-CN'?: string | undefined
    }

/**
 * An identifier: a non-empty string without surrounding spaces.
 *
 * @group Core
 */
export const IdSchema = once(() => z.string().min(1).max(200).regex(ID_PATTERN))

/**
 * A whole number from `min` to `max`, negative zero read as zero (so no `-0` ever reaches a result).
 * @internal
 */
export function wholeNumber(min: number, max: number) {
  return z
    .number()
    .int()
    .min(min)
    .max(max)
    .transform((n) => (n === 0 ? 0 : n))
}

/**
 * A rounding policy: `scale` digits after the point (0–10) and a rounding mode.
 *
 * @group Core
 */
export const RoundingPolicySchema = once(() =>
  z.strictObject({
    /** Digits kept after the decimal point, 0–10. */
    scale: wholeNumber(0, 10),
    /** How the dropped digits are rounded. */
    mode: z.literal(ROUNDING_MODES),
  }),
)

/**
 * A rounding policy: `scale` digits after the point (0–10) and a rounding mode.
 *
 * @group Core
 */
export interface RoundingPolicyInput {
  /** Digits kept after the decimal point, 0–10. */
  readonly scale: number
  /** How the dropped digits are rounded. */
  readonly mode: 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceiling'
}

/**
 * The rounding most policies use: two decimals (cents / 分), half-up (四舍五入).
 *
 * @group Core
 */
export const DEFAULT_ROUNDING: RoundingPolicy = { scale: 2, mode: 'half-up' }

/**
 * Reports every id that appears more than once in `items`, at `path/index/key`.
 *
 * @group Core
 */
export function checkUniqueIds(
  items: readonly unknown[],
  key: string,
  path: readonly PathSegment[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<unknown>()
  items.forEach((item, index) => {
    const id = (item as Record<string, unknown>)[key]
    if (seen.has(id)) addIssue(ctx, 'ids.duplicate', [...path, index, key], { id: String(id) })
    seen.add(id)
  })
}

/**
 * ISO 4217 currency code, e.g. `CNY`.
 *
 * @group Core
 */
export const CurrencySchema = once(() =>
  z.string().regex(/^[A-Z]{3}$/, { error: 'Expected an ISO 4217 currency code such as CNY' }),
)

// money scale of results (issue #18 item 5)
/**
 * The decimals money results are written with in JSON (`moneyScale` of the quote and order release
 * policies): a whole number 0–10, default 2 (分 for CNY; set 0 for JPY or KRW). It never rounds: a value
 * with more decimals is written exactly as it is.
 *
 * @group Core
 */
export const MoneyScaleSchema = once(() => wholeNumber(0, 10).default(2))
