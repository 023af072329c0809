import type { PathSegment } from '../../../core/errors'
import { parseWith } from '../../../core/schema'
import { readPolicyArgument, stampOf, versionListOf, type PolicyStamp } from '../../../core/versioning'
import { TrainingPolicySchema, type TrainingPolicy, type TrainingPolicyInput } from '../../../models/training'
import { once } from '../../../core/once'

/**
 * One training policy, or the list of its versions (no two in force on the same day).
 *
 * @group Training
 */
export type TrainingPolicies = TrainingPolicyInput | readonly TrainingPolicyInput[]

/** A validated version with its lookup tables. @internal */
export interface CompiledTrainingPolicy {
  readonly policy: TrainingPolicy
  readonly stamp: PolicyStamp
  /** The path of the version in the argument (`[]` for a single policy, `[i]` in a list). */
  readonly path: readonly PathSegment[]
  readonly roles: ReadonlyMap<string, TrainingPolicy['roles'][number]>
  readonly courses: ReadonlyMap<string, TrainingPolicy['courses'][number]>
}

const VersionsSchema = once(() => versionListOf(TrainingPolicySchema()))

function compileVersion(policy: TrainingPolicy, path: readonly PathSegment[]): CompiledTrainingPolicy {
  return {
    policy,
    stamp: stampOf(policy),
    path,
    roles: new Map(policy.roles.map((r) => [r.role, r])),
    courses: new Map(policy.courses.map((c) => [c.id, c])),
  }
}

/** Validates one policy or a list of versions, and prepares each version. @internal */
export function compileVersions(raw: unknown): readonly CompiledTrainingPolicy[] {
  const input = readPolicyArgument(raw)
  if (input.list)
    return parseWith(VersionsSchema(), input.versions, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(TrainingPolicySchema(), input.policy, 'INVALID_POLICY'), [])]
}
