import { allocateUnits, max, min, ONE, ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { step, type TraceStep } from '../../../core/trace'
import { countsTowardQuota } from './bases'
import type { Priced } from './tiers'
import type { Credit, StatementContext } from './types'

/** Credits in the order they were closed: by date, then by id (never by their place in the input). */
function closingOrder(credits: readonly Credit[]): number[] {
  return credits
    .map((c, i) => ({ c, i }))
    .sort((x, y) =>
      x.c.date !== y.c.date
        ? x.c.date < y.c.date
          ? -1
          : 1
        : x.c.tx.id !== y.c.tx.id
          ? x.c.tx.id < y.c.tx.id
            ? -1
            : 1
          : x.i - y.i,
    )
    .map(({ i }) => i)
}

/**
 * Stage 3b, the accelerator (part of the tier stage). `split` (the default): the base above `fromAttainment ×
 * quota` earns its commission × the multiplier; the deal that crosses the level is split, so the total does
 * not depend on the order of the deals. The extra, `(multiplier − 1) × Σ (base above the level × the line's
 * exact rate)`, is rounded once and shared over the lines by their part above the level. Overlay credit that
 * does not count toward the quota is accelerated in full when the period's attainment reaches the level.
 * `next-deal`: deals closed once attainment had reached the level are multiplied whole; the crossing deal
 * not.
 */
export function acceleratorStage(
  ctx: StatementContext,
  credits: readonly Credit[],
  priced: Priced,
): { priced: Priced; trace: TraceStep[] } {
  const { plan, quota, money } = ctx
  const trace: TraceStep[] = []
  if (plan.accelerator === undefined || quota === null) return { priced, trace }
  const { fromAttainment, multiplier, crossing } = plan.accelerator
  const commission = [...priced.commission]
  const order = closingOrder(credits)
  if (crossing === 'next-deal') {
    let before = ZERO
    for (const i of order) {
      const c = credits[i] as Credit
      const reachedBefore = ratio(before, quota)
      if (c.kind !== 'clawback' && reachedBefore.gte(fromAttainment)) {
        commission[i] = ctx.round((commission[i] as Decimal).times(multiplier))
        trace.push(
          step('commission.accelerated', {
            id: c.tx.id,
            attainment: reachedBefore,
            from: fromAttainment,
            multiplier,
            amount: money(commission[i]),
          }),
        )
      }
      if (countsTowardQuota(plan, c)) before = before.plus(c.base)
    }
    return { priced: { ...priced, commission }, trace }
  }
  const level = fromAttainment.times(quota)
  const quotaBase = sum(credits.filter((c) => countsTowardQuota(plan, c)).map((c) => c.base))
  const above: Decimal[] = credits.map(() => ZERO)
  let before = ZERO
  for (const i of order) {
    const c = credits[i] as Credit
    const counts = countsTowardQuota(plan, c)
    if (c.kind !== 'clawback' && c.base.gt(0))
      above[i] = counts
        ? min(c.base, max(ZERO, before.plus(c.base).minus(level)))
        : quotaBase.gte(level)
          ? c.base
          : ZERO
    if (counts) before = before.plus(c.base)
  }
  const weights = above.map((a, i) => a.times(priced.exactRate[i] as Decimal))
  const exactExtra = sum(weights).times(multiplier.minus(ONE))
  if (exactExtra.isZero()) return { priced, trace }
  const extra = ctx.round(exactExtra)
  const shares = allocateUnits(extra, weights, plan.rounding.scale).parts
  for (const i of order) {
    const share = shares[i] ?? ZERO
    if ((above[i] as Decimal).isZero()) continue
    commission[i] = (commission[i] as Decimal).plus(share)
    trace.push(
      step('commission.accelerated-split', {
        id: (credits[i] as Credit).tx.id,
        above: money(above[i] as Decimal),
        from: fromAttainment,
        multiplier,
        amount: money(share),
      }),
    )
  }
  return { priced: { ...priced, commission }, trace }
}
