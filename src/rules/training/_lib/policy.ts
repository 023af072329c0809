import * as z from 'zod'
import type { PathSegment } from '../../../core/errors'
import { addIssue, fail, parseWith, readOnce, whenValid } from '../../../core/schema'
import { checkVersionList, stampOf, versionOn, type PolicyStamp } from '../../../core/versioning'
import { TrainingPolicySchema, type TrainingPolicy, type TrainingPolicyInput } from '../../../models/training'

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

const VersionsSchema = z
  .array(TrainingPolicySchema)
  .min(1)
  .max(100)
  .check(
    whenValid((list, ctx) => {
      const first = list[0] as TrainingPolicy
      list.forEach((v, i) => {
        if (v.id !== first.id)
          addIssue(ctx, 'policy.version-id', [i, 'id'], { version: v.version, id: v.id, expected: first.id })
      })
      checkVersionList(list, ctx)
    }),
  )

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
  // read once through the boundary's safe accessor: `Array.isArray` on a revoked proxy would throw
  const input = readOnce(raw, 'INVALID_POLICY')
  if (Array.isArray(input))
    return parseWith(VersionsSchema, input, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(TrainingPolicySchema, input, 'INVALID_POLICY'), [])]
}

/** The version in force on `date`, or `NO_POLICY_IN_FORCE` at `path` (the date's field). @internal */
export function versionInForce(
  versions: readonly CompiledTrainingPolicy[],
  date: string,
  path: readonly PathSegment[],
): CompiledTrainingPolicy {
  const found = versionOn(
    versions.map((v) => v.policy),
    date,
  )
  if (found === undefined) fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', path, { date })
  return versions.find((v) => v.policy === found) as CompiledTrainingPolicy
}
