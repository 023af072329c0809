import { atScale, max, min, ZERO, type Decimal } from '../../../core/decimal'
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
 * Stage 8, draw and balances. Clawbacks are a balance of their own: the period's come off its earnings
 * before clawbacks (commission, bonuses, adjustments), then what is still owed from earlier periods, and the
 * rest stays owed — the same with or without a draw, so a draw never forgives a clawback. The draw is a floor
 * on the earnings before clawbacks: when they fall short it tops them up to the draw (the top-up is owed back
 * when the draw is recoverable); draw recovery takes what the period pays above the draw, from `recoverFrom`
 * on, at most `maxRecoveryPerPeriod` a period.
 */
export function settle(
  plan: CommissionPlan,
  request: SettlementRequest,
  money: (d: Decimal) => string,
): { settlement: Settlement; trace: TraceStep[] } {
  const trace: TraceStep[] = []
  const draw = plan.draw?.amount ?? ZERO
  // a clawback given back (a positive true-up of clawbacks) is earnings
  const owedNow = request.clawbacks.isNegative() ? request.clawbacks.neg() : ZERO
  const earnings = request.clawbacks.isNegative()
    ? request.earnings
    : request.earnings.plus(request.clawbacks)
  let drawOwed = request.priorBalance.minus(request.priorClawbackBalance)
  let clawOwed = request.priorClawbackBalance
  // clawbacks: the period's own, then those owed from earlier periods, out of the earnings
  let left = max(earnings, ZERO)
  const netted = min(owedNow, left)
  left = left.minus(netted)
  const fromClawbacks = min(clawOwed, left)
  const unrecovered = owedNow.minus(netted)
  clawOwed = clawOwed.minus(fromClawbacks).plus(unrecovered)
  if (unrecovered.gt(0))
    trace.push(step('commission.clawback-owed', { amount: money(unrecovered), balance: money(clawOwed) }))
  // the draw: a floor on the earnings before clawbacks
  const short = earnings.lt(draw) || earnings.isNegative()
  const drawPaid = short && plan.draw !== undefined
  let paid: Decimal
  let fromDraw = ZERO
  if (short) {
    if (drawPaid) trace.push(step('commission.draw-paid', { earnings: money(earnings), draw: money(draw) }))
    if (plan.draw?.recoverable ?? true) drawOwed = drawOwed.plus(draw.minus(earnings))
    paid = draw.minus(netted).minus(fromClawbacks)
  } else {
    paid = earnings.minus(netted).minus(fromClawbacks)
    const from = plan.draw?.recoverFrom
    if (from !== undefined && request.periodStart < from) {
      if (drawOwed.gt(0))
        trace.push(step('commission.recovery-deferred', { date: from, balance: money(drawOwed) }))
    } else {
      fromDraw = min(drawOwed, max(ZERO, paid.minus(draw)))
      if (plan.draw?.maxRecoveryPerPeriod !== undefined)
        fromDraw = min(fromDraw, plan.draw.maxRecoveryPerPeriod)
    }
  }
  drawOwed = drawOwed.minus(fromDraw)
  const recovered = fromClawbacks.plus(fromDraw)
  if (recovered.gt(0)) trace.push(step('commission.recovered', { amount: money(recovered) }))
  const payable = paid.minus(fromDraw)
  const balance = drawOwed.plus(clawOwed)
  trace.push(step('commission.payable', { payable: money(payable), balance: money(balance) }))
  // money at the plan's scale serialises at it
  const scale = plan.rounding.scale
  return {
    settlement: {
      drawPaid,
      recovered: atScale(recovered, scale),
      payable: atScale(payable, scale),
      balance: atScale(balance, scale),
      clawbackBalance: atScale(clawOwed, scale),
    },
    trace,
  }
}
