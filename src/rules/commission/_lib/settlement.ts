import { min, ZERO, type Decimal } from '../../../core/decimal'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'

/** What a period pays and what the rep owes after it. @internal */
export interface Settlement {
  readonly payable: Decimal
  /** Everything owed: the draw balance and the clawback balance. */
  readonly balance: Decimal
  /** The part of `balance` that is clawbacks. */
  readonly clawbackBalance: Decimal
  /** Recovered this period towards what was owed before it. */
  readonly recovered: Decimal
  readonly drawPaid: boolean
}

/** What {@link settle} is given. @internal */
export interface SettlementRequest {
  /** The period's earnings before clawbacks: commission, bonuses and adjustments. */
  readonly earnings: Decimal
  /** The period's clawbacks (zero or negative). */
  readonly clawbacks: Decimal
  /** Everything owed before the period. */
  readonly priorBalance: Decimal
  /** The part of it that is clawbacks. */
  readonly priorClawbackBalance: Decimal
  /** The period's first day (draw recovery may start later). */
  readonly periodStart: string
}

/**
 * Stage 8, draw and balances. The draw is a floor on the period's earnings before clawbacks: when they fall
 * short the draw is paid (and the shortfall owed when it is recoverable). Clawbacks are a separate balance: the
 * period's own come off what is paid above the draw, and what is left is owed and recovered from later
 * periods' earnings above the draw, before the draw balance — a draw never forgives a clawback. Draw recovery
 * starts at `recoverFrom` and takes at most `maxRecoveryPerPeriod` a period.
 */
export function settle(
  plan: CommissionPlan,
  request: SettlementRequest,
  money: (d: Decimal) => string,
): { settlement: Settlement; trace: TraceStep[] } {
  const trace: TraceStep[] = []
  const draw = plan.draw?.amount ?? ZERO
  const owedNow = request.clawbacks.isNegative() ? request.clawbacks.neg() : ZERO
  const earnings = request.clawbacks.isNegative()
    ? request.earnings
    : request.earnings.plus(request.clawbacks)
  let drawOwed = request.priorBalance.minus(request.priorClawbackBalance)
  let clawOwed = request.priorClawbackBalance
  let paid: Decimal
  let room: Decimal
  let drawPaid = false
  const short = earnings.lt(draw) || earnings.isNegative()
  if (short) {
    drawPaid = plan.draw !== undefined
    if (drawPaid) trace.push(step('commission.draw-paid', { earnings: money(earnings), draw: money(draw) }))
    if (plan.draw?.recoverable ?? true) drawOwed = drawOwed.plus(draw.minus(earnings))
    paid = draw
    room = ZERO
  } else {
    paid = earnings
    room = earnings.minus(draw)
  }
  // the period's own clawbacks come off what is paid above the draw; the rest is owed
  const netted = min(owedNow, room)
  paid = paid.minus(netted)
  room = room.minus(netted)
  const unrecovered = owedNow.minus(netted)
  if (unrecovered.gt(0))
    trace.push(
      step('commission.clawback-owed', {
        amount: money(unrecovered),
        balance: money(clawOwed.plus(unrecovered)),
      }),
    )
  // clawbacks owed from earlier periods first, in full, then the draw balance as the plan says
  const fromClawbacks = min(clawOwed, room)
  clawOwed = clawOwed.minus(fromClawbacks).plus(unrecovered)
  room = room.minus(fromClawbacks)
  let fromDraw = ZERO
  const from = plan.draw?.recoverFrom
  if (short) {
    // nothing above the draw to recover from
  } else if (from !== undefined && request.periodStart < from) {
    if (drawOwed.gt(0))
      trace.push(step('commission.recovery-deferred', { date: from, balance: money(drawOwed) }))
  } else {
    fromDraw = min(drawOwed, room)
    if (plan.draw?.maxRecoveryPerPeriod !== undefined)
      fromDraw = min(fromDraw, plan.draw.maxRecoveryPerPeriod)
  }
  drawOwed = drawOwed.minus(fromDraw)
  const recovered = fromClawbacks.plus(fromDraw)
  if (recovered.gt(0)) trace.push(step('commission.recovered', { amount: money(recovered) }))
  const payable = paid.minus(recovered)
  const balance = drawOwed.plus(clawOwed)
  trace.push(step('commission.payable', { payable: money(payable), balance: money(balance) }))
  return { settlement: { drawPaid, recovered, payable, balance, clawbackBalance: clawOwed }, trace }
}
