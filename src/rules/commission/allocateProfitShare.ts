import type * as z from 'zod'
import { allocateUnits, ratio, roundTo, sum, ZERO, type Decimal } from '../../core/decimal'
import { fail, parseWith } from '../../core/schema'
import { step, type TraceStep } from '../../core/trace'
import {
  ProfitShareParticipantsSchema,
  ProfitSharePoolSchema,
  ProfitShareRuleSchema,
  type ProfitShareParticipantInput,
  type ProfitShareRuleInput,
} from '../../models/profit-share'

type Participant = z.output<ReturnType<typeof ProfitShareParticipantsSchema>>[number]
type Rule = z.output<ReturnType<typeof ProfitShareRuleSchema>>

/**
 * One participant's part of the pool.
 *
 * @group Commission
 */
export interface ProfitSharePart {
  /** The participant. */
  readonly id: string
  /** Their weight: revenue, multiplier, or revenue × multiplier. */
  readonly weight: Decimal
  /** Their cap (their own, else the rule's, cut to the pool's scale); `null` for none. */
  readonly cap: Decimal | null
  /** True when the cap decided the amount. */
  readonly capped: boolean
  /** The amount, at the pool's scale. */
  readonly amount: Decimal
}

/**
 * A year-end pool shared out (年终分红).
 *
 * @group Commission
 */
export interface ProfitShareAllocation {
  /** The pool, rounded by the rule. */
  readonly pool: Decimal
  /** Each participant's part, in the order given. */
  readonly parts: readonly ProfitSharePart[]
  /** What was paid out: the sum of the parts. */
  readonly distributed: Decimal
  /** What the caps (or weights all zero) left in the pool; `pool = distributed + undistributed`. */
  readonly undistributed: Decimal
  /** The pool, each cap that held, each part and each extra unit from the rounding. */
  readonly trace: readonly TraceStep[]
}

function weightOf(rule: Rule, p: Participant, i: number): Decimal {
  const needs = (key: 'revenue' | 'multiplier'): Decimal => {
    const value = p[key]
    if (value === undefined)
      fail('INVALID_INPUT', 'profit-share.needs', ['participants', i, key], { key, shareBy: rule.shareBy })
    return value
  }
  const unused = (key: 'revenue' | 'multiplier') => {
    if (p[key] !== undefined)
      fail('INVALID_INPUT', 'profit-share.unused', ['participants', i, key], { key, shareBy: rule.shareBy })
  }
  if (rule.shareBy === 'revenue') {
    unused('multiplier')
    return needs('revenue')
  }
  if (rule.shareBy === 'appraisal') {
    unused('revenue')
    return needs('multiplier')
  }
  return needs('revenue').times(needs('multiplier'))
}

/**
 * Shares a year-end profit pool (年终分红) among participants by revenue, by their appraisal's bonus multiplier,
 * or by revenue × multiplier, exact to the smallest unit: a participant whose share would pass their cap gets
 * the cap, and what the cap holds back goes to the others by their weights (again, until no share passes a
 * cap); the rest is split by the largest-remainder method (as {@link allocate}: each part its exact share cut
 * toward zero, the units left over one each to the largest remainders, ties to the earlier participant), so
 * the parts and what is left undistributed add up exactly to the rounded pool.
 *
 * @param pool - The pool (a non-negative decimal); it is first rounded by `rule.rounding`.
 * @param participants - Who shares it; see {@link ProfitShareParticipantInput}.
 * @param rule - The weights, the cap and the rounding; see {@link ProfitShareRuleInput}.
 * @returns Each participant's part, what was distributed and what the caps left, and a trace.
 * @throws {SalesRulesError} `INVALID_INPUT` with the path of the bad field: the pool, a participant listed
 * twice, a revenue or multiplier the rule needs and lacks (`profit-share.needs`) or does not use
 * (`profit-share.unused`), the rule.
 *
 * @example
 * const participants = [
 *   { id: 'a', revenue: 1 },
 *   { id: 'b', revenue: 1 },
 *   { id: 'c', revenue: 1 },
 * ]
 * const parts = allocateProfitShare('100000.01', participants, { shareBy: 'revenue' }).parts
 * parts.map((p) => p.amount.toFixed(2)) //=> ['33333.34', '33333.34', '33333.33']
 *
 * @group Commission
 */
export function allocateProfitShare(
  pool: string | number,
  participants: readonly ProfitShareParticipantInput[],
  rule: ProfitShareRuleInput,
): ProfitShareAllocation {
  const amount = parseWith(ProfitSharePoolSchema(), pool, 'INVALID_INPUT', ['pool'])
  const people = parseWith(ProfitShareParticipantsSchema(), participants, 'INVALID_INPUT', ['participants'])
  const r = parseWith(ProfitShareRuleSchema(), rule, 'INVALID_INPUT', ['rule'])
  const { scale } = r.rounding
  const money = (d: Decimal) => d.toFixed(scale)
  const total = roundTo(amount, r.rounding)
  const weights = people.map((p, i) => weightOf(r, p, i))
  // a cap is cut to the pool's scale, so a part rounded up by one unit never passes it
  const caps = people.map((p) => {
    const cap = p.cap ?? r.cap
    return cap === undefined ? null : cap.toDecimalPlaces(scale, 1)
  })
  const trace: TraceStep[] = [
    step(`profit-share.pool-${r.shareBy}`, { pool: money(total), count: people.length }),
  ]
  // caps: whoever's exact share of what is left passes their cap gets the cap, until nobody does
  const capped = people.map(() => false)
  let left = total
  for (;;) {
    const open = weights.map((w, i) => (capped[i] ? ZERO : w))
    const openWeight = sum(open)
    if (openWeight.isZero()) break
    const over = open.flatMap((w, i) => {
      const cap = caps[i]
      return !capped[i] && cap !== null && cap !== undefined && left.times(w).div(openWeight).gt(cap)
        ? [i]
        : []
    })
    if (over.length === 0) break
    for (const i of over) {
      capped[i] = true
      const cap = caps[i] as Decimal
      left = left.minus(cap)
      trace.push(step('profit-share.capped', { id: (people[i] as Participant).id, cap: money(cap) }))
    }
  }
  const open = weights.map((w, i) => (capped[i] ? ZERO : w))
  const openWeight = sum(open)
  const split = openWeight.isZero() ? null : allocateUnits(left, open, scale)
  const parts = people.map((p, i): ProfitSharePart => {
    const part = capped[i] ? (caps[i] as Decimal) : (split?.parts[i] ?? ZERO)
    const value = roundTo(part, { scale, mode: 'down' })
    trace.push(
      step('profit-share.part', {
        id: p.id,
        weight: weights[i] as Decimal,
        share: ratio(value, total).toDecimalPlaces(6),
        amount: money(value),
      }),
    )
    if (split?.extra[i] === true) trace.push(step('profit-share.extra-unit', { id: p.id }))
    return {
      id: p.id,
      weight: weights[i] as Decimal,
      cap: caps[i] ?? null,
      capped: capped[i] === true,
      amount: value,
    }
  })
  const distributed = roundTo(sum(parts.map((p) => p.amount)), { scale, mode: 'down' })
  const undistributed = roundTo(total.minus(distributed), { scale, mode: 'down' })
  if (!undistributed.isZero())
    trace.push(step('profit-share.undistributed', { amount: money(undistributed) }))
  return { pool: total, parts, distributed, undistributed, trace }
}
