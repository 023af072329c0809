/**
 * Effective dating: every policy document carries `version` and `effectiveFrom` (and optionally
 * `effectiveTo`); {@link policyInForce} picks the one that applies on a date.
 */
import * as z from 'zod'
import type { PathSegment } from './errors'
import { addIssue, atPath, DateSchema, fail, IdSchema, parseWith, readOnce, whenValid } from './schema'
import { once } from './once'

/**
 * The header every policy document starts with.
 *
 * @group Core
 */
export const VersionedSchema = once(() =>
  z.strictObject({
    /** The policy's id, the same across its versions (e.g. `commission-2026`). */
    id: IdSchema(),
    /** The version label, unique among the versions of one id (e.g. `2026.2`). */
    version: IdSchema(),
    /** First day the version is in force, `YYYY-MM-DD`. */
    effectiveFrom: DateSchema(),
    /**
     * Last day the version is in force (inclusive), `YYYY-MM-DD`; open-ended when left out, until a later
     * version starts.
     */
    effectiveTo: DateSchema().optional(),
  }),
)

/**
 * The header every policy document starts with, as written.
 *
 * @group Core
 */
export interface VersionedInput {
  /** The policy's id, the same across its versions (e.g. `commission-2026`). */
  readonly id: string
  /** The version label, unique among the versions of one id (e.g. `2026.2`). */
  readonly version: string
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
  /**
   * Last day the version is in force (inclusive), `YYYY-MM-DD`; open-ended when left out, until a later
   * version starts.
   */
  readonly effectiveTo?: string | undefined
}

/**
 * The effective-dating header of a validated policy.
 *
 * @group Core
 */
export interface Versioned {
  /** The policy's id, the same across its versions (e.g. `commission-2026`). */
  readonly id: string
  /** The version label, unique among the versions of one id (e.g. `2026.2`). */
  readonly version: string
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
  /**
   * Last day the version is in force (inclusive), `YYYY-MM-DD`; open-ended when left out, until a later
   * version starts.
   */
  readonly effectiveTo?: string | undefined
}

/** Checks a header's own dates (`effectiveTo` not before `effectiveFrom`). @internal */
export function checkVersionDates(v: Versioned, ctx: z.RefinementCtx): void {
  if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) {
    addIssue(ctx, 'versions.reversed', ['effectiveTo'], { start: v.effectiveFrom, end: v.effectiveTo })
  }
}

/**
 * Checks a list of versions of one policy: each header valid, no two versions in force on the
 * same day. Versions without `effectiveTo` end the day before the next version starts. @internal
 */
export function checkVersionList(versions: readonly Versioned[], ctx: z.RefinementCtx): void {
  const order = versions
    .map((v, index) => ({ v, index }))
    .sort((a, b) =>
      a.v.effectiveFrom < b.v.effectiveFrom
        ? -1
        : a.v.effectiveFrom > b.v.effectiveFrom
          ? 1
          : a.index - b.index,
    )
  order.forEach(({ v, index }, k) => {
    if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) {
      addIssue(ctx, 'versions.reversed', [index, 'effectiveTo'], {
        start: v.effectiveFrom,
        end: v.effectiveTo,
      })
    }
    const previous = order[k - 1]?.v
    if (
      previous &&
      (previous.effectiveFrom === v.effectiveFrom ||
        (previous.effectiveTo !== undefined && previous.effectiveTo >= v.effectiveFrom))
    ) {
      addIssue(ctx, 'versions.overlap', [index, 'effectiveFrom'], {
        version: v.version,
        other: previous.version,
        start: v.effectiveFrom,
      })
    }
  })
}

/**
 * The schema of a list of versions of one policy, for the domains that compile every version once:
 * 1 to 100 versions, each valid by `schema`, all with the same id, none in force on the same day as
 * another. @internal
 */
export function versionListOf<S extends z.ZodType<Versioned>>(schema: S) {
  return z
    .array(schema)
    .min(1)
    .max(100)
    .check(
      whenValid((list: readonly Versioned[], ctx) => {
        const first = list[0] as Versioned
        list.forEach((v, i) => {
          if (v.id !== first.id)
            addIssue(ctx, 'policy.version-id', [i, 'id'], {
              version: v.version,
              id: v.id,
              expected: first.id,
            })
        })
        checkVersionList(list, ctx)
      }),
    )
}

const VersionListSchema = once(() =>
  z.array(VersionedSchema().loose()).min(1).check(whenValid(checkVersionList)),
)

/** Picks the version in force on a date from a validated, overlap-free list. @internal */
export function versionOn<T extends Versioned>(versions: readonly T[], date: string): T | undefined {
  const index = indexOn(versions, (v) => v, date)
  return index < 0 ? undefined : versions[index]
}

/** The index of the item whose header is in force on `date` in an overlap-free list, or −1. */
function indexOn<T>(items: readonly T[], headerOf: (item: T) => Versioned, date: string): number {
  let latest = -1
  let from = ''
  for (let i = 0; i < items.length; i += 1) {
    const v = headerOf(items[i] as T)
    if (v.effectiveFrom <= date && (latest < 0 || v.effectiveFrom > from)) {
      latest = i
      from = v.effectiveFrom
    }
  }
  if (latest < 0) return -1
  const to = headerOf(items[latest] as T).effectiveTo
  return to !== undefined && to < date ? -1 : latest
}

/**
 * The index of the version in force on a (valid) date among validated, overlap-free versions — or of
 * compiled versions, through `headerOf` — by {@link policyInForce}'s rule; every domain picks its
 * version through it. @internal
 *
 * @throws {SalesRulesError} `NO_POLICY_IN_FORCE` (`versions.none-in-force`) at `datePath` when no version
 * covers the date.
 */
export function versionIndexOn<T>(
  versions: readonly T[],
  headerOf: (version: T) => Versioned,
  date: string,
  datePath: readonly PathSegment[],
): number {
  const index = indexOn(versions, headerOf, date)
  if (index < 0) fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', datePath, { date })
  return index
}

/**
 * A policy argument (one policy, or the list of its versions), read once.
 *
 * @internal
 */
export type PolicyArgument =
  | { readonly list: false; readonly policy: unknown }
  | { readonly list: true; readonly versions: readonly unknown[] }

/**
 * Reads a policy argument once through the boundary's safe accessor (`Array.isArray` on a revoked
 * proxy would throw) and tells one policy from a list of versions. Every entry point that takes
 * {@link PolicyOrVersions} starts here. @internal
 *
 * @throws {SalesRulesError} `INVALID_POLICY` for an argument that cannot be read.
 */
export function readPolicyArgument(policies: unknown): PolicyArgument {
  const read = readOnce(policies, 'INVALID_POLICY')
  return Array.isArray(read) ? { list: true, versions: read } : { list: false, policy: read }
}

/**
 * Picks the policy version in force on a date: the latest `effectiveFrom` on or before the date
 * whose `effectiveTo` (inclusive) has not passed. The versions are validated first: two versions
 * in force on the same day are rejected.
 *
 * @param versions - The versions of one policy (any policy document with the versioning header).
 * @param date - The deal's or the evaluation's date, `YYYY-MM-DD`.
 * @returns The version in force, the same object that was passed in.
 * @throws {SalesRulesError} `INVALID_POLICY` when a header is invalid or versions overlap
 * (`versions.overlap`);
 *   `INVALID_INPUT` for a bad date; `NO_POLICY_IN_FORCE` when no version covers the date.
 *
 * @example
 * const versions = [
 *   { id: 'plan', version: '1', effectiveFrom: '2026-01-01' },
 *   { id: 'plan', version: '2', effectiveFrom: '2026-07-01' },
 * ]
 * policyInForce(versions, '2026-06-30').version //=> '1'
 *
 * @group Core
 */
export function policyInForce<
  T extends {
    /** First day the version is in force. */
    readonly effectiveFrom: string
  },
>(versions: readonly T[], date: string): T {
  const headers = parseWith(VersionListSchema(), versions, 'INVALID_POLICY', ['versions'])
  const day = parseWith(DateSchema(), date, 'INVALID_INPUT', ['date'])
  const found = versionOn(headers, day)
  if (found === undefined) fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', ['date'], { date: day })
  return versions[headers.indexOf(found)] as T
}

/**
 * Which policy version made a decision: every result of every domain carries one, in its `policy`
 * field, so that a stored decision can be audited later.
 *
 * @group Core
 */
export interface PolicyStamp {
  /** The policy's id (the same across its versions). */
  readonly id: string
  /** The version that decided. */
  readonly version: string
  /** The first day that version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
}

/** The stamp of a validated policy. @internal */
export function stampOf(policy: {
  readonly id: string
  readonly version: string
  readonly effectiveFrom: string
}): PolicyStamp {
  return { id: policy.id, version: policy.version, effectiveFrom: policy.effectiveFrom }
}

/**
 * One policy, or the list of its versions (the one in force on the decision's date is used).
 *
 * @group Core
 */
export type PolicyOrVersions<P> = P | readonly P[]

/**
 * Whether a validated header is in force on a (valid) date: `effectiveFrom` on or before it and
 * `effectiveTo` (inclusive), if any, not passed. @internal
 */
function isInForce(header: Versioned, date: string): boolean {
  return header.effectiveFrom <= date && (header.effectiveTo === undefined || date <= header.effectiveTo)
}

/**
 * The check of a single, validated policy against the decision's (valid) date, for the compiled
 * evaluators that receive a date per call: a single policy is a list of one version, so a date it does
 * not cover is `NO_POLICY_IN_FORCE` at `datePath`, exactly as {@link versionIndexOn} says of a list.
 * Two string comparisons, nothing allocated when the date is covered. @internal
 *
 * @throws {SalesRulesError} `NO_POLICY_IN_FORCE` (`versions.none-in-force`) at `datePath`.
 */
export function checkInForce(header: Versioned, date: string, datePath: readonly PathSegment[]): void {
  if (!isInForce(header, date)) fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', datePath, { date })
}

/**
 * The version in force on a (valid) date among compiled versions (a single policy compiled as a list of
 * one), by {@link versionIndexOn}; every domain that compiles its versions picks through it. @internal
 *
 * @throws {SalesRulesError} `NO_POLICY_IN_FORCE` (`versions.none-in-force`) at `datePath`.
 */
export function compiledVersionOn<T extends { readonly policy: Versioned }>(
  versions: readonly T[],
  date: string,
  datePath: readonly PathSegment[],
): T {
  return versions[versionIndexOn(versions, (v) => v.policy, date, datePath)] as T
}

const SingleHeaderSchema = once(() => VersionedSchema().loose().check(whenValid(checkVersionDates)))

/** The date `date()` gives, cut to its day, if it is a valid date; `undefined` for anything else. */
function dayOf(date: () => unknown): string | undefined {
  let raw: unknown
  try {
    raw = date()
  } catch {
    return undefined
  }
  const parsed = DateSchema().safeParse(typeof raw === 'string' ? raw.slice(0, 10) : raw)
  return parsed.success ? parsed.data : undefined
}

/**
 * Runs `decide` with the policy to use. A single policy is a list of one version: when the decision's
 * date is known, a date outside its `effectiveFrom`..`effectiveTo` is `NO_POLICY_IN_FORCE`, as from a
 * list; when the date is not given (an optional date), the policy is used as given. A single policy
 * whose header or date is invalid goes to `decide`, whose schemas report it with every other issue.
 * From a list of versions, the one in force on `date()` (by {@link policyInForce}'s rule), with any
 * issue of that version reported under its index. @internal
 *
 * @throws {SalesRulesError} `INVALID_POLICY` for overlapping versions; `INVALID_INPUT`
 * (`versions.needs-date`) at `datePath` when a list is given without a date; `NO_POLICY_IN_FORCE`
 * at `datePath` when no version (or the single policy) covers the date.
 */
export function withPolicyInForce<P, R>(
  policies: PolicyOrVersions<P>,
  date: () => unknown,
  datePath: readonly PathSegment[],
  decide: (policy: P) => R,
): R {
  const read = readPolicyArgument(policies)
  if (!read.list) {
    const header = SingleHeaderSchema().safeParse(read.policy)
    const day = header.success ? dayOf(date) : undefined
    if (header.success && day !== undefined) checkInForce(header.data, day, datePath)
    return decide(read.policy as P)
  }
  const headers = parseWith(VersionListSchema(), read.versions, 'INVALID_POLICY')
  const raw = date()
  if (raw === undefined) fail('INVALID_INPUT', 'versions.needs-date', datePath)
  const day = parseWith(
    DateSchema(),
    typeof raw === 'string' ? raw.slice(0, 10) : raw,
    'INVALID_INPUT',
    datePath,
  )
  const index = versionIndexOn(headers, (h) => h, day, datePath)
  return atPath([index], () => decide(read.versions[index] as P))
}

/** A field of an options object, if the options are an object (validated later, with the rest). @internal */
export function optionOf(options: unknown, key: string): unknown {
  return typeof options === 'object' && options !== null
    ? (options as Record<string, unknown>)[key]
    : undefined
}
