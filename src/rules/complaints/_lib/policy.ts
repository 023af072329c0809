import * as z from 'zod'
import { BusinessCalendarSchema, compileCalendar, type CompiledCalendar } from '../../../core/calendar'
import type { PathSegment } from '../../../core/errors'
import { addIssue, fail, parseWith, readOnce, whenValid } from '../../../core/schema'
import type { LocalizedText } from '../../../core/trace'
import { checkVersionList, stampOf, versionOn, type PolicyStamp } from '../../../core/versioning'
import {
  ComplaintPolicySchema,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
} from '../../../models/complaint'

/**
 * One complaint handling policy, or the list of its versions (no two in force on the same day).
 *
 * @group Complaints
 */
export type ComplaintPolicies = ComplaintPolicyInput | readonly ComplaintPolicyInput[]

/** A validated version with its lookup tables and its calendar compiled. @internal */
export interface CompiledComplaintPolicy {
  readonly policy: ComplaintPolicy
  readonly stamp: PolicyStamp
  /** The path of the version in the argument (`[]` for a single policy, `[i]` in a list). */
  readonly path: readonly PathSegment[]
  readonly roles: ReadonlyMap<string, LocalizedText>
  readonly kinds: ReadonlyMap<string, ComplaintPolicy['kinds'][number]>
  readonly severities: ReadonlyMap<string, ComplaintPolicy['severities'][number]>
  readonly calendar: CompiledCalendar
}

const VersionsSchema = z
  .array(ComplaintPolicySchema)
  .min(1)
  .max(100)
  .check(
    whenValid((list, ctx) => {
      const first = list[0] as ComplaintPolicy
      list.forEach((v, i) => {
        if (v.id !== first.id)
          addIssue(ctx, 'policy.version-id', [i, 'id'], { version: v.version, id: v.id, expected: first.id })
      })
      checkVersionList(list, ctx)
    }),
  )

function compileVersion(policy: ComplaintPolicy, path: readonly PathSegment[]): CompiledComplaintPolicy {
  return {
    policy,
    stamp: stampOf(policy),
    path,
    roles: new Map(policy.roles.map((r) => [r.id, r.label])),
    kinds: new Map(policy.kinds.map((k) => [k.id, k])),
    severities: new Map(policy.severities.map((s) => [s.id, s])),
    calendar: compileCalendar(policy.calendar ?? BusinessCalendarSchema.parse({})),
  }
}

/** Validates one policy or a list of versions, and prepares each version. @internal */
export function compileVersions(raw: unknown): readonly CompiledComplaintPolicy[] {
  // read once through the boundary's safe accessor: `Array.isArray` on a revoked proxy would throw
  const input = readOnce(raw, 'INVALID_POLICY')
  if (Array.isArray(input))
    return parseWith(VersionsSchema, input, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(ComplaintPolicySchema, input, 'INVALID_POLICY'), [])]
}

/** The version in force on `date`, or `NO_POLICY_IN_FORCE` at `path` (the date's field). @internal */
export function versionInForce(
  versions: readonly CompiledComplaintPolicy[],
  date: string,
  path: readonly PathSegment[],
): CompiledComplaintPolicy {
  const found = versionOn(
    versions.map((v) => v.policy),
    date,
  )
  if (found === undefined) fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', path, { date })
  return versions.find((v) => v.policy === found) as CompiledComplaintPolicy
}
