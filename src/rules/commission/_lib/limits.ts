import { min, sum, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { Bases } from './bases'
import type { Priced } from './tiers'
import type { CommissionLine, Credit, StatementContext } from './types'

/** The commission of the sale lines after the gate, the cap and the floor. @internal */
export interface Limited {
  /** The sale and payment lines (zero when gated). */
  readonly lines: CommissionLine[]
  readonly gated: boolean
  /** Commission after the gate, cap and floor. */
  readonly commission: Decimal
  readonly capAdjustment: Decimal
  readonly capReleased: Decimal
  readonly capCarried: Decimal
  readonly floorAdjustment: Decimal
}

/**
 * Stage 4, gate, cap and floor: below the gate (minimum attainment, else minimum base) nothing is paid; above
 * the cap the excess is forfeited or carried forward (and carried commission is released under it); below the
 * floor, once the gate is passed, the floor is paid.
 */
export function limitStage(
  ctx: StatementContext,
  credits: readonly Credit[],
  bases: Bases,
  priced: Priced,
): { limited: Limited; trace: TraceStep[] } {
  const { plan, input, money } = ctx
  const trace: TraceStep[] = []
  const { attainment, total } = bases
  let gated = false
  if (
    plan.gate?.minAttainment !== undefined &&
    attainment !== null &&
    attainment.lt(plan.gate.minAttainment)
  ) {
    gated = true
    trace.push(step('commission.gated', { value: attainment.toString(), minimum: plan.gate.minAttainment }))
  } else if (plan.gate?.minBase !== undefined && total.lt(plan.gate.minBase)) {
    gated = true
    trace.push(step('commission.gated', { value: money(total), minimum: money(plan.gate.minBase) }))
  }
  const commissions = gated ? credits.map(() => ZERO) : priced.commission
  const lines: CommissionLine[] = credits.map((c, i) => ({
    transactionId: c.tx.id,
    kind: c.kind,
    date: c.date,
    credited: c.credited,
    share: c.share,
    base: c.base,
    rate: priced.rate[i] ?? null,
    tier: priced.tier[i] ?? null,
    commission: commissions[i] as Decimal,
  }))
  if (plan.capExcess === 'forfeit' && !input.priorCapCarry.isZero())
    fail('INVALID_INPUT', 'commission.carry-without-plan', ['input', 'priorCapCarry'])
  const subtotal = sum(commissions)
  let capAdjustment = ZERO
  let capReleased = ZERO
  let capCarried = input.priorCapCarry
  let floorAdjustment = ZERO
  if (plan.cap !== undefined) {
    if (subtotal.gt(plan.cap)) {
      capAdjustment = plan.cap.minus(subtotal)
      if (plan.capExcess === 'carry-forward') capCarried = capCarried.minus(capAdjustment)
      trace.push(
        step(plan.capExcess === 'carry-forward' ? 'commission.capped-carried' : 'commission.capped', {
          amount: money(subtotal),
          cap: money(plan.cap),
          carried: money(capCarried),
        }),
      )
    } else if (capCarried.gt(0)) {
      capReleased = min(capCarried, plan.cap.minus(subtotal))
      capCarried = capCarried.minus(capReleased)
      if (capReleased.gt(0))
        trace.push(
          step('commission.cap-released', { amount: money(capReleased), carried: money(capCarried) }),
        )
    }
  }
  const afterCap = subtotal.plus(capAdjustment).plus(capReleased)
  if (!gated && plan.floor !== undefined && afterCap.lt(plan.floor)) {
    floorAdjustment = plan.floor.minus(afterCap)
    trace.push(step('commission.floored', { amount: money(afterCap), floor: money(plan.floor) }))
  }
  return {
    limited: {
      lines,
      gated,
      commission: afterCap.plus(floorAdjustment),
      capAdjustment,
      capReleased,
      capCarried,
      floorAdjustment,
    },
    trace,
  }
}
