import { ratio, sum, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import type { Credit, StatementContext } from './types'

/** The statement's bases and attainment. @internal */
export interface Bases {
  /** Σ of every credit's base. */
  readonly total: Decimal
  /** Σ of the bases that count toward the quota (overlay credit only when the plan says so). */
  readonly quotaBase: Decimal
  /** `quotaBase ÷ quota`, or `null` without a quota. */
  readonly attainment: Decimal | null
}

/** Whether a credit counts toward the quota and the tiers: overlay credit only when the plan says so. */
export function countsTowardQuota(plan: CommissionPlan, c: Credit): boolean {
  return !c.overlay || plan.overlayCountsTowardQuota
}

/**
 * Stage 2, bases: the total commission base, the base that counts toward the quota, and the attainment;
 * fails when the plan needs a quota (attainment tiers, an attainment gate, an accelerator) and there is none.
 */
export function baseStage(
  ctx: StatementContext,
  credits: readonly Credit[],
): { bases: Bases; trace: TraceStep[] } {
  const { plan, quota, money } = ctx
  const needsQuota =
    (plan.rates.kind !== 'flat' && plan.rates.basis === 'attainment') ||
    plan.gate?.minAttainment !== undefined ||
    plan.accelerator !== undefined ||
    plan.capAttainment !== undefined
  const total = sum(credits.map((c) => c.base))
  const quotaBase = sum(credits.filter((c) => countsTowardQuota(plan, c)).map((c) => c.base))
  const attainment = quota === null ? null : ratio(quotaBase, quota)
  const trace = [step('commission.base-total', { base: money(total) })]
  if (quota !== null && attainment !== null)
    trace.push(step('commission.attainment', { quota: money(quota), attainment }))
  if (needsQuota && quota === null) fail('INVALID_INPUT', 'commission.needs-quota', ['input', 'quota'], {})
  return { bases: { total, quotaBase, attainment }, trace }
}
