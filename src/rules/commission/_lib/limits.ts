import { min, ONE, sum, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { Bases } from './bases'
import { acceleratorStage } from './accelerator'
import { tierStage, type Priced } from './tiers'
import type { CommissionLine, Credit, StatementContext, Transaction } from './types'

/** What the plan's rates (and accelerator) pay on a single base: the commission an attainment cap allows. */
function commissionAt(ctx: StatementContext, base: Decimal): Decimal {
  const date = ctx.input.period.start
  const tx = { id: 'cap', type: 'sale', date, amount: base } as Transaction
  const credit: Credit = {
    tx,
    kind: 'sale',
    date,
    credited: base,
    share: ONE,
    base,
    overlay: false,
    categoryRate: undefined,
  }
  const { priced } = tierStage(ctx, [credit])
  return sum(acceleratorStage(ctx, [credit], priced).priced.commission)
}

/**
 * The cap of the period: the plan's `cap`, its `annualCap`, and — when attainment is above `capAttainment` —
 * what a base of exactly that attainment earns; the lowest of them, or `undefined`.
 */
function capOf(ctx: StatementContext, bases: Bases, trace: TraceStep[]): Decimal | undefined {
  const { plan, quota, money } = ctx
  let cap = plan.cap
  if (plan.annualCap !== undefined) cap = cap === undefined ? plan.annualCap : min(cap, plan.annualCap)
  if (plan.capAttainment !== undefined && quota !== null && bases.attainment?.gt(plan.capAttainment)) {
    const base = ctx.round(plan.capAttainment.times(quota))
    const amount = commissionAt(ctx, base)
    trace.push(
      step('commission.cap-attainment', {
        attainment: bases.attainment,
        cap: plan.capAttainment,
        base: money(base),
        amount: money(amount),
      }),
    )
    cap = cap === undefined ? amount : min(cap, amount)
  }
  return cap
}

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
  const cap = gated ? plan.cap : capOf(ctx, bases, trace)
  let capAdjustment = ZERO
  let capReleased = ZERO
  let capCarried = input.priorCapCarry
  let floorAdjustment = ZERO
  if (cap !== undefined) {
    if (subtotal.gt(cap)) {
      capAdjustment = cap.minus(subtotal)
      if (plan.capExcess === 'carry-forward') capCarried = capCarried.minus(capAdjustment)
      trace.push(
        step(plan.capExcess === 'carry-forward' ? 'commission.capped-carried' : 'commission.capped', {
          amount: money(subtotal),
          cap: money(cap),
          carried: money(capCarried),
        }),
      )
    } else if (capCarried.gt(0)) {
      capReleased = min(capCarried, cap.minus(subtotal))
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
