import type { PolicyStamp } from '../../../core/versioning'
import type { Decimal } from '../../../core/decimal'
import type { PathSegment } from '../../../core/errors'
import { parseWith } from '../../../core/schema'
import { readPolicyArgument, versionListOf } from '../../../core/versioning'
import {
  OrderReleasePolicySchema,
  type OrderReleasePolicy,
  type OrderReleasePolicyInput,
} from '../../../models/order'
import { once } from '../../../core/once'

/**
 * One order release policy, or the list of its versions (no two in force on the same day).
 *
 * @group Order release
 */
export type OrderReleasePolicies = OrderReleasePolicyInput | readonly OrderReleasePolicyInput[]

/** A validated version with its lookup tables. */
export interface CompiledOrderPolicy {
  readonly policy: OrderReleasePolicy
  readonly stamp: PolicyStamp
  /** The path of the version in the argument (`[]` for a single policy, `[i]` in a list). */
  readonly path: readonly PathSegment[]
  readonly terms: ReadonlyMap<string, OrderReleasePolicy['paymentTerms'][number]>
  readonly confirmers: ReadonlySet<string>
  readonly customerLimits: ReadonlyMap<string, Decimal>
  readonly gradeLimits: ReadonlyMap<string, Decimal>
  readonly overrideRoles: ReadonlyMap<string, OrderReleasePolicy['overrides'][number]>
  readonly contractTypes: ReadonlyMap<string, NonNullable<OrderReleasePolicy['contracts']>['types'][number]>
}

const VersionsSchema = once(() => versionListOf(OrderReleasePolicySchema()))

function compileVersion(policy: OrderReleasePolicy, path: readonly PathSegment[]): CompiledOrderPolicy {
  return {
    policy,
    stamp: { id: policy.id, version: policy.version, effectiveFrom: policy.effectiveFrom },
    path,
    terms: new Map(policy.paymentTerms.map((t) => [t.id, t])),
    confirmers: new Set(policy.paymentConfirmers),
    customerLimits: new Map((policy.credit?.customers ?? []).map((c) => [c.customer, c.limit])),
    gradeLimits: new Map((policy.credit?.grades ?? []).map((g) => [g.grade, g.limit])),
    overrideRoles: new Map(policy.overrides.map((o) => [o.role, o])),
    contractTypes: new Map((policy.contracts?.types ?? []).map((t) => [t.id, t])),
  }
}

/** Validates one policy or a list of versions, and prepares each version. */
export function compileVersions(raw: unknown): readonly CompiledOrderPolicy[] {
  const input = readPolicyArgument(raw)
  if (input.list)
    return parseWith(VersionsSchema(), input.versions, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(OrderReleasePolicySchema(), input.policy, 'INVALID_POLICY'), [])]
}
