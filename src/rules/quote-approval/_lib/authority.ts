import { fail, IdSchema, parseWith } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import type { QuoteInput } from '../../../models/quote'
import { decide, parseQuote, type CompiledQuotePolicy, type FiredRule, type ParallelApproval } from './decide'

/**
 * Whether one role may approve a quote.
 *
 * @group Quote approval
 */
export interface AuthorityDecision {
  /** True when the quote is within the role's authority on the ladder. */
  readonly allowed: boolean
  /** The role asked about. */
  readonly role: string
  /** The rules that go beyond that role's authority (empty when allowed). */
  readonly reasons: readonly FiredRule[]
  /** The next role up the ladder to escalate to, or `null` (allowed, or already the top). */
  readonly escalateTo: string | null
  /** Approvals still needed besides the ladder (finance, contract review). */
  readonly alsoRequires: readonly ParallelApproval[]
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** Why. */
  readonly trace: readonly TraceStep[]
}

/**
 * Decides whether `role` may approve the quote.
 *
 * @group Quote approval
 */
export function authorityOf(
  compiled: CompiledQuotePolicy,
  role: string,
  input: QuoteInput,
): AuthorityDecision {
  const asked = parseWith(IdSchema(), role, 'INVALID_INPUT', ['role'])
  const index = compiled.roleIndex.get(asked)
  if (index === undefined) fail('INVALID_INPUT', 'quote.unknown-role', ['role'], { role: asked })
  // Decide as if the role itself had asked: the rules that fire are those beyond its authority.
  const quote = parseQuote(compiled, input)
  const decision = decide(compiled, { ...quote, requestedBy: asked })
  const allowed =
    decision.requiredRole !== null && (compiled.roleIndex.get(decision.requiredRole) ?? Infinity) <= index
  const next = compiled.policy.ladder[index + 1]
  const label = compiled.policy.ladder[index]?.label ?? asked
  const verdict = allowed
    ? step('quote.can-approve', { role: label })
    : next
      ? step('quote.cannot-approve', { role: label, next: next.label })
      : step('quote.cannot-approve-top', { role: label })
  return {
    allowed,
    role: asked,
    reasons: decision.rules,
    escalateTo: allowed || !next ? null : next.role,
    alsoRequires: decision.parallel,
    policy: decision.policy,
    trace: [...decision.trace.slice(0, -1), verdict],
  }
}
