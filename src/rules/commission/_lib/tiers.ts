import { allocateUnits, max, min, ONE, ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import { countsTowardQuota } from './bases'
import type { Credit, StatementContext, TierBreakdown } from './types'

type Tiered = Exclude<CommissionPlan['rates'], { kind: 'flat' }>

/** Each credit's commission as priced by the rates, before the gate and cap. @internal */
export interface Priced {
  /** Each credit's commission, rounded by the plan. */
  readonly commission: Decimal[]
  /** The rate shown on each line, or `null`. */
  readonly rate: (Decimal | null)[]
  /** The tier index each line reached, or `null`. */
  readonly tier: (number | null)[]
  /**
   * Each credit's exact rate (before rounding): its flat, category or tier rate; for a marginal plan the
   * tiered commission ÷ the tiered base. The accelerator multiplies commission at this rate.
   */
  readonly exactRate: Decimal[]
  /** The tier breakdown. */
  readonly tiers: TierBreakdown[]
}

/**
 * The index of the tier a base reaches: the last bound at or below it (`higher`), or strictly below it
 * (`lower`); the first tier always. The fast path decides it the same way (in cents).
 */
export function tierReached<T>(
  bounds: readonly T[],
  base: T,
  boundary: 'higher' | 'lower',
  above: (base: T, bound: T) => boolean,
  onOrAbove: (base: T, bound: T) => boolean,
): number {
  let reached = 0
  bounds.forEach((b, k) => {
    if (k > 0 && (boundary === 'lower' ? above(base, b) : onOrAbove(base, b))) reached = k
  })
  return reached
}

/**
 * The interpolated rate at `base` in tier `k`: linear from the tier's rate at its bound to the next tier's
 * rate at the next bound; flat in the top tier.
 */
function interpolatedRate(rates: Tiered, bounds: readonly Decimal[], base: Decimal, k: number): Decimal {
  const tier = rates.tiers[k] as Tiered['tiers'][number]
  const next = rates.tiers[k + 1]
  const from = bounds[k] as Decimal
  const to = bounds[k + 1]
  if (next === undefined || to === undefined || to.lte(from)) return tier.rate
  const position = min(ONE, max(ZERO, base.minus(from).div(to.minus(from))))
  return tier.rate.plus(next.rate.minus(tier.rate).times(position))
}

/** A marginal plan: each slice at its tier's rate, rounded once and shared over the lines by base. */
function marginal(
  ctx: StatementContext,
  rates: Tiered,
  bounds: readonly Decimal[],
  credits: readonly Credit[],
  tiered: readonly number[],
  priced: Priced,
  trace: TraceStep[],
): void {
  const { money } = ctx
  const tieredBase = sum(tiered.map((i) => (credits[i] as Credit).base))
  const k = tierReached(
    bounds,
    tieredBase,
    rates.boundary,
    (a, b) => a.gt(b),
    (a, b) => a.gte(b),
  )
  let exact = ZERO
  rates.tiers.forEach((t, n) => {
    const from = bounds[n] as Decimal
    const to = bounds[n + 1] ?? null
    // a base below zero (more given back than sold) is reversed at the first tier's rate
    const slice =
      n === 0 && tieredBase.isNegative()
        ? tieredBase
        : max(ZERO, to === null ? tieredBase.minus(from) : min(tieredBase, to).minus(from))
    const commission = slice.times(t.rate)
    exact = exact.plus(commission)
    priced.tiers.push({ from, to, rate: t.rate, slice, commission })
    if (!slice.isZero())
      trace.push(
        step('commission.tier-slice', {
          from: money(from),
          slice: money(slice),
          rate: t.rate,
          amount: commission,
        }),
      )
  })
  const total = ctx.round(exact)
  trace.push(step('commission.tier-total', { exact, amount: money(total) }))
  const positive = tiered.map((i) => max((credits[i] as Credit).base, ZERO))
  const weights = sum(positive).isZero() ? tiered.map((i) => (credits[i] as Credit).base.abs()) : positive
  const shares = sum(weights).isZero()
    ? weights.map(() => ZERO)
    : allocateUnits(total, weights, ctx.plan.rounding.scale).parts
  const average = ratio(exact, tieredBase)
  tiered.forEach((i, n) => {
    const c = credits[i] as Credit
    const share = shares[n] ?? ZERO
    priced.commission[i] = share
    priced.rate[i] = c.base.isZero() ? ZERO : ratio(share, c.base)
    priced.tier[i] = k
    priced.exactRate[i] = average
    trace.push(step('commission.tier-line', { id: c.tx.id, amount: money(share), base: money(c.base) }))
  })
}

/**
 * Stage 3, tiers: each credit's commission. Category rates first (outside the tiers); then the plan's flat
 * rate, or its tiers on the base that counts toward the quota (marginal: each slice at its tier's rate,
 * rounded once and shared by base; retroactive: the tier reached prices all of it; interpolated: a rate
 * between two tiers'); overlay credit that does not count toward the quota at the rate reached.
 */
export function tierStage(
  ctx: StatementContext,
  credits: readonly Credit[],
): { priced: Priced; trace: TraceStep[] } {
  const { plan, money, quota } = ctx
  const trace: TraceStep[] = []
  const priced: Priced = {
    commission: credits.map(() => ZERO),
    rate: credits.map(() => null),
    tier: credits.map(() => null),
    exactRate: credits.map(() => ZERO),
    tiers: [],
  }
  const line = (
    i: number,
    rate: Decimal,
    tier: number | null,
    code: 'commission.flat' | 'commission.overlay',
  ) => {
    const c = credits[i] as Credit
    priced.commission[i] = ctx.round(c.base.times(rate))
    priced.rate[i] = rate
    priced.exactRate[i] = rate
    priced.tier[i] = tier
    trace.push(step(code, { id: c.tx.id, base: money(c.base), rate, amount: money(priced.commission[i]) }))
  }
  const tiered: number[] = []
  const overlays: number[] = []
  credits.forEach((c, i) => {
    if (c.categoryRate !== undefined) {
      priced.commission[i] = ctx.round(c.base.times(c.categoryRate))
      priced.rate[i] = c.categoryRate
      priced.exactRate[i] = c.categoryRate
      trace.push(
        step('commission.category-rate', {
          id: c.tx.id,
          category: c.tx.category ?? '',
          base: money(c.base),
          rate: c.categoryRate,
          amount: money(priced.commission[i]),
        }),
      )
    } else if (countsTowardQuota(plan, c)) tiered.push(i)
    else overlays.push(i)
  })
  const rates = plan.rates
  if (rates.kind === 'flat') {
    for (const i of tiered) line(i, rates.rate, null, 'commission.flat')
    for (const i of overlays) line(i, rates.rate, null, 'commission.overlay')
    return { priced, trace }
  }
  const scale = rates.basis === 'attainment' ? (quota as Decimal) : ONE
  const bounds = rates.tiers.map((t) => t.from.times(scale))
  const tieredBase = sum(tiered.map((i) => (credits[i] as Credit).base))
  const k = tierReached(
    bounds,
    tieredBase,
    rates.boundary,
    (a, b) => a.gt(b),
    (a, b) => a.gte(b),
  )
  const tierRate = (rates.tiers[k] as Tiered['tiers'][number]).rate
  if (rates.kind === 'marginal') {
    marginal(ctx, rates, bounds, credits, tiered, priced, trace)
    for (const i of overlays) line(i, tierRate, k, 'commission.overlay')
    return { priced, trace }
  }
  const rate = rates.kind === 'retroactive' ? tierRate : interpolatedRate(rates, bounds, tieredBase, k)
  rates.tiers.forEach((t, n) => {
    const slice = n === k ? tieredBase : ZERO
    priced.tiers.push({
      from: bounds[n] as Decimal,
      to: bounds[n + 1] ?? null,
      rate: t.rate,
      slice,
      commission: slice.times(n === k ? rate : t.rate),
    })
  })
  if (rates.kind === 'retroactive')
    trace.push(step('commission.tier-reached', { from: money(bounds[k] as Decimal), rate }))
  else
    trace.push(
      step('commission.tier-interpolated', {
        base: money(tieredBase),
        from: money(bounds[k] as Decimal),
        to: bounds[k + 1] === undefined ? '—' : money(bounds[k + 1] as Decimal),
        rate,
      }),
    )
  for (const i of tiered) line(i, rate, k, 'commission.flat')
  for (const i of overlays) line(i, rate, k, 'commission.overlay')
  return { priced, trace }
}
