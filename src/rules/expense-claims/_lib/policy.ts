import { compileCalendar, type CompiledCalendar } from '../../../core/calendar'
import { parseWith } from '../../../core/schema'
import type { LocalizedText } from '../../../core/trace'
import { readPolicyArgument, stampOf, versionListOf, type PolicyStamp } from '../../../core/versioning'
import {
  ExpenseClaimPolicySchema,
  type ExpenseClaimPolicy,
  type ExpenseClaimPolicyInput,
} from '../../../models/expense-claim'
import { BusinessCalendarSchema } from '../../../core/calendar'
import { once } from '../../../core/once'

/**
 * One expense claim policy, or the list of its versions (no two in force on the same day).
 *
 * @group Expense claims
 */
export type ExpenseClaimPolicies = ExpenseClaimPolicyInput | readonly ExpenseClaimPolicyInput[]

/** A validated version with its lookup tables. */
export interface CompiledClaimPolicy {
  readonly policy: ExpenseClaimPolicy
  readonly stamp: PolicyStamp
  readonly calendar: CompiledCalendar
  /** The limits of each category, in the policy's order. */
  readonly limits: ReadonlyMap<string, readonly ExpenseClaimPolicy['limits'][number][]>
  readonly categories: ReadonlyMap<string, LocalizedText>
  readonly roles: ReadonlyMap<string, LocalizedText>
  /** The role approving exceptions. */
  readonly exceptionApprover: string
}

const VersionsSchema = once(() => versionListOf(ExpenseClaimPolicySchema()))

const DEFAULT_CALENDAR = once(() => parseWith(BusinessCalendarSchema(), {}, 'INVALID_POLICY'))

function compileVersion(policy: ExpenseClaimPolicy): CompiledClaimPolicy {
  const limits = new Map<string, ExpenseClaimPolicy['limits'][number][]>()
  for (const l of policy.limits) {
    const list = limits.get(l.category) ?? []
    list.push(l)
    limits.set(l.category, list)
  }
  return {
    policy,
    stamp: stampOf(policy),
    calendar: compileCalendar(policy.calendar ?? DEFAULT_CALENDAR()),
    limits,
    categories: new Map(policy.categories.map((c) => [c.id, c.label])),
    roles: new Map(policy.route.map((r) => [r.role, r.label])),
    exceptionApprover: policy.exceptionApprover ?? (policy.route[0] as { role: string }).role,
  }
}

/** Validates one policy (a list of one version) or a list of versions, and prepares each version. */
export function compileVersions(raw: unknown): readonly CompiledClaimPolicy[] {
  const input = readPolicyArgument(raw)
  if (input.list) return parseWith(VersionsSchema(), input.versions, 'INVALID_POLICY').map(compileVersion)
  return [compileVersion(parseWith(ExpenseClaimPolicySchema(), input.policy, 'INVALID_POLICY'))]
}
