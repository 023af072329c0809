/**
 * The one safe accessor at the boundary: every argument a public function validates is read once,
 * here, before zod sees it. Arrays and plain records are copied (each property read once), so a
 * getter that throws, a revoked proxy or an array without a prototype becomes a
 * `SalesRulesError` with the path of the bad value, and zod and the rules then work on a
 * stable plain copy that cannot change under them. The copy is bounded: nesting depth, array
 * length and the number of values read are checked as the copy goes, so no input, however
 * hostile (a cycle, a 100,000-deep array, a shared sub-array doubled at every level), makes the
 * library recurse without end or walk more than a bounded amount of data.
 */
import type { PathSegment } from './errors'

/**
 * The deepest nesting of arrays and objects the library reads: 64 levels (a whole policy
 * document is about ten deep). Deeper input is `input.too-deep`.
 *
 * @group Core
 */
export const MAX_INPUT_DEPTH = 64

/**
 * The longest array the library reads: 1,000,000 items (transactions, opportunities, customers,
 * versions, ranges…). A longer one is `array.too-long`.
 *
 * @group Core
 */
export const MAX_ARRAY_LENGTH = 1_000_000

/**
 * The most values (objects, arrays and their members, counted each time they are met) one
 * argument may hold: 20,000,000. More is `input.too-large`; it stops a small object graph that
 * shares one sub-array many times over from being walked as an exponentially large tree.
 *
 * @group Core
 */
export const MAX_INPUT_VALUES = 20_000_000

/** Why {@link readInput} stopped: a catalog code, the path of the value, the message's values. @internal */
export class InputStop {
  constructor(
    readonly issue: 'unreadable' | 'input.too-deep' | 'array.too-long' | 'input.too-large',
    readonly path: PathSegment[],
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {}
}

interface Budget {
  values: number
  /**
   * The copies of large sub-trees already read, with their value counts: met again (a shared
   * sub-array), one is counted again without being walked again, so a graph that doubles a shared
   * sub-array at every level reaches `input.too-large` in a step per level, not 20,000,000.
   */
  readonly seen: WeakMap<object, { readonly copy: unknown; readonly values: number }>
  /** True once `seen` holds something (until then no look-up is made). */
  shared: boolean
  /** Where an own `__proto__` key was met (a record's schema would drop it unseen), when the caller asks. */
  readonly reserved: PathSegment[][] | undefined
}

/** The fewest values a sub-tree holds for its copy to be remembered (small ones are cheap to walk again). */
const SHARED_MIN_VALUES = 1024

/**
 * Reads `input` once into a plain copy (arrays and records copied, anything else kept as it is),
 * or throws an {@link InputStop} with the path of the first value that cannot be read or is beyond
 * a bound; `parseWith` turns it into a {@link SalesRulesError}. The path of every own `__proto__` key met
 * is pushed on `reserved` when it is given. @internal
 */
export function readInput(input: unknown, reserved?: PathSegment[][]): unknown {
  if (typeof input !== 'object' || input === null) return input
  try {
    return copy(input, [], { values: 0, seen: new WeakMap(), shared: false, reserved })
  } catch (error) {
    // a stack overflow or an exotic object's own error met outside a guarded read
    throw error instanceof InputStop ? error : new InputStop('unreadable', [])
  }
}

function copy(value: object, path: PathSegment[], budget: Budget): unknown {
  if (path.length >= MAX_INPUT_DEPTH)
    throw new InputStop('input.too-deep', [...path], { max: MAX_INPUT_DEPTH })
  const met = budget.shared ? budget.seen.get(value) : undefined
  if (met !== undefined) {
    count(budget, met.values, path)
    return met.copy
  }
  const before = budget.values
  const out = copyNew(value, path, budget)
  if (out !== value && budget.values - before >= SHARED_MIN_VALUES) {
    budget.seen.set(value, { copy: out, values: budget.values - before })
    budget.shared = true
  }
  return out
}

function copyNew(value: object, path: PathSegment[], budget: Budget): unknown {
  let isArray: boolean
  let proto: unknown
  try {
    isArray = Array.isArray(value)
    proto = isArray ? undefined : Object.getPrototypeOf(value)
  } catch {
    throw new InputStop('unreadable', [...path])
  }
  if (isArray) return copyArray(value as readonly unknown[], path, budget)
  if (proto !== Object.prototype && proto !== null) return value // a Date, a Map, a Decimal…: zod decides
  let keys: string[]
  try {
    keys = Object.keys(value)
  } catch {
    throw new InputStop('unreadable', [...path])
  }
  count(budget, keys.length, path)
  const out: Record<string, unknown> = proto === null ? (Object.create(null) as Record<string, unknown>) : {}
  for (const key of keys) {
    const item = read(value, key, path)
    const member = typeof item === 'object' && item !== null ? copyAt(item, key, path, budget) : item
    if (key === '__proto__') {
      // defined, not assigned: an own `__proto__` key (as JSON.parse makes it) stays an own key. A strict
      // object's schema reports it as unknown; a record's (`z.record`) skips it without a word, so its path is
      // noted for `parseWith` to report
      Object.defineProperty(out, key, { value: member, enumerable: true, writable: true, configurable: true })
      budget.reserved?.push([...path, key])
    } else out[key] = member
  }
  return out
}

/** Copies a member, with its key pushed on the (shared, mutable) path while it is read. */
function copyAt(item: object, key: PathSegment, path: PathSegment[], budget: Budget): unknown {
  path.push(key)
  const result = copy(item, path, budget)
  path.pop()
  return result
}

function copyArray(value: readonly unknown[], path: PathSegment[], budget: Budget): unknown[] {
  let length: unknown
  try {
    length = value.length
  } catch {
    throw new InputStop('unreadable', [...path])
  }
  if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0)
    throw new InputStop('unreadable', [...path])
  if (length > MAX_ARRAY_LENGTH)
    throw new InputStop('array.too-long', [...path], { length, max: MAX_ARRAY_LENGTH })
  count(budget, length, path)
  const out: unknown[] = [] // pushed: `new Array(n)` of 100,000 or more is a slow dictionary in V8
  for (let i = 0; i < length; i += 1) {
    const item = read(value, i, path)
    out.push(typeof item === 'object' && item !== null ? copyAt(item, i, path, budget) : item)
  }
  return out
}

function read(value: object, key: PathSegment, path: PathSegment[]): unknown {
  try {
    return (value as Record<PathSegment, unknown>)[key]
  } catch {
    throw new InputStop('unreadable', [...path, key])
  }
}

function count(budget: Budget, n: number, path: PathSegment[]): void {
  budget.values += n
  if (budget.values > MAX_INPUT_VALUES)
    throw new InputStop('input.too-large', [...path], { max: MAX_INPUT_VALUES })
}
