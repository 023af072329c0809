import { BusinessCalendarSchema, compileCalendar, type CompiledCalendar } from '../../../core/calendar'
import type { PathSegment } from '../../../core/errors'
import { parseWith } from '../../../core/schema'
import type { LocalizedText } from '../../../core/trace'
import { readPolicyArgument, stampOf, versionListOf, type PolicyStamp } from '../../../core/versioning'
import {
  ComplaintPolicySchema,
  type ComplaintPolicy,
  type ComplaintPolicyInput,
} from '../../../models/complaint'
import { once } from '../../../core/once'

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

const VersionsSchema = once(() => versionListOf(ComplaintPolicySchema()))

function compileVersion(policy: ComplaintPolicy, path: readonly PathSegment[]): CompiledComplaintPolicy {
  return {
    policy,
    stamp: stampOf(policy),
    path,
    roles: new Map(policy.roles.map((r) => [r.id, r.label])),
    kinds: new Map(policy.kinds.map((k) => [k.id, k])),
    severities: new Map(policy.severities.map((s) => [s.id, s])),
    calendar: compileCalendar(policy.calendar ?? BusinessCalendarSchema().parse({})),
  }
}

/** Validates one policy or a list of versions, and prepares each version. @internal */
export function compileVersions(raw: unknown): readonly CompiledComplaintPolicy[] {
  const input = readPolicyArgument(raw)
  if (input.list)
    return parseWith(VersionsSchema(), input.versions, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(ComplaintPolicySchema(), input.policy, 'INVALID_POLICY'), [])]
}
