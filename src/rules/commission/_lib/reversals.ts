import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { toDate } from '../../../core/dates'
import { max, min, normalize, ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import { recognitionOf, repPart } from './credits'
import type { CommissionLine, CommissionReversal, StatementContext, Transaction } from './types'

/** The reversal types, named for sentences. @internal */
export const TYPE_LABEL = {
  sale: { en: 'sale', 'zh-CN': '销售' },
  refund: { en: 'refund', 'zh-CN': '退款' },
  cancellation: { en: 'cancellation', 'zh-CN': '取消' },
  'write-off': { en: 'write-off', 'zh-CN': '坏账核销' },
} as const

type Original = NonNullable<Transaction['original']>

/** A refund, cancellation or write-off of the period, classified. @internal */
export interface ClassifiedReversal {
  readonly tx: Transaction
  readonly original: Original
  readonly days: number
  /** Inside the clawback window, or why nothing is reversed. */
  readonly outcome: 'in-window' | 'no-clawback' | 'past-window'
  /**
   * The part of the amount given back that had earned commission: on booking or invoice all of it (up to the
   * sale); on payment a refund gives back collected cash, while a write-off or cancellation first takes the
   * part never collected, which earned nothing.
   */
  readonly reversedCredit: Decimal
  /** What the commission was earned on: the sale's amount, or on payment the cash collected. */
  readonly creditBasis: Decimal
  /** On payment recognition, the part of the sale never collected (else `null`). */
  readonly uncollected: Decimal | null
}

/**
 * Classifies a transaction of the period that reverses a sale for the statement's rep (`null` for a sale,
 * another period's reversal, or one the rep has no share in): its days since the sale, whether the plan claws
 * it back, and the part of it that had earned commission.
 */
export function classifyReversal(ctx: StatementContext, tx: Transaction): ClassifiedReversal | null {
  const { plan, input } = ctx
  const original = tx.original
  if (tx.type === 'sale' || original === undefined || !ctx.inPeriod(tx.date)) return null
  if (repPart(tx, input.rep, tx.amount, plan.rounding) === null) return null
  const days = differenceInCalendarDays(toDate(tx.date), toDate(original.date))
  const outcome =
    plan.clawbackDays === undefined ? 'no-clawback' : days > plan.clawbackDays ? 'past-window' : 'in-window'
  const given = min(tx.amount, original.amount)
  if (recognitionOf(plan) !== 'payment')
    return {
      tx,
      original,
      days,
      outcome,
      reversedCredit: given,
      creditBasis: original.amount,
      uncollected: null,
    }
  const payments = input.payments.filter((p) => p.transactionId === original.id && p.date <= tx.date)
  const inLedger = ctx.ledger && input.transactions.some((t) => t.id === original.id && t.type === 'sale')
  if (original.collected === undefined && payments.length === 0 && !inLedger && original.commission.gt(0)) {
    const index = input.transactions.indexOf(tx)
    fail('INVALID_INPUT', 'commission.collected-missing', ['input', 'transactions', index, 'original'], {
      id: tx.id,
      original: original.id,
    })
  }
  const collected = min(original.amount, original.collected ?? sum(payments.map((p) => p.amount)))
  const uncollected = original.amount.minus(collected)
  const reversedCredit = tx.type === 'refund' ? min(given, collected) : max(ZERO, given.minus(uncollected))
  return { tx, original, days, outcome, reversedCredit, creditBasis: collected, uncollected }
}

/**
 * Stage 5, reversals and clawbacks: each refund, cancellation or write-off of the period, in date order.
 * Inside
 * the window it takes back the commission earned on the part of the sale it reverses — never more than was
 * earned on the sale and not yet taken back (on a year-to-date settlement, the sale's own lines say what was
 * earned; on a single statement, `original.commission`). A plan that takes reversals off the base did so in
 * the credit stage; a reversal outside the window, or under a plan with no clawback, is listed with why.
 */
export function reversalStage(
  ctx: StatementContext,
  lines: readonly CommissionLine[],
): { lines: CommissionLine[]; reversals: CommissionReversal[]; clawbacks: Decimal; trace: TraceStep[] } {
  const { plan, input, money } = ctx
  const trace: TraceStep[] = []
  const out: CommissionLine[] = []
  const reversals: CommissionReversal[] = []
  const taken = new Map<string, Decimal>()
  const classified = input.transactions
    .map((tx) => classifyReversal(ctx, tx))
    .filter((r): r is ClassifiedReversal => r !== null)
    .sort((a, b) => (a.tx.date < b.tx.date ? -1 : a.tx.date > b.tx.date ? 1 : a.tx.id < b.tx.id ? -1 : 1))
  for (const r of classified) {
    const { tx, original, days } = r
    const params = { id: tx.id, type: TYPE_LABEL[tx.type as 'refund'], days, original: original.id }
    const record = (outcome: CommissionReversal['outcome'], clawedBack: Decimal) =>
      reversals.push({
        transactionId: tx.id,
        type: tx.type as CommissionReversal['type'],
        originalId: original.id,
        date: tx.date,
        days,
        outcome,
        reversedCredit: r.reversedCredit,
        clawedBack,
      })
    if (r.outcome === 'no-clawback') {
      trace.push(step('commission.clawback-none', params))
      record('no-clawback', ZERO)
      continue
    }
    if (r.outcome === 'past-window') {
      trace.push(step('commission.clawback-late', { ...params, window: plan.clawbackDays ?? 0 }))
      record('past-window', ZERO)
      continue
    }
    if (plan.clawbackReducesAttainment) {
      record('base-reduced', ZERO)
      continue
    }
    if (r.uncollected !== null && r.uncollected.gt(0) && tx.type !== 'refund')
      trace.push(
        step('commission.clawback-uncollected', {
          id: tx.id,
          type: TYPE_LABEL[tx.type],
          amount: money(tx.amount),
          uncollected: money(r.uncollected),
          original: original.id,
          reversed: money(r.reversedCredit),
        }),
      )
    if (r.reversedCredit.isZero()) {
      // only uncollected cash was reversed: nothing had earned commission, so nothing is clawed back
      record('nothing-earned', ZERO)
      continue
    }
    const derived = ctx.ledger && input.transactions.some((t) => t.id === original.id && t.type === 'sale')
    const earned = derived
      ? sum(
          lines.filter((l) => l.transactionId === original.id && l.date <= tx.date).map((l) => l.commission),
        )
      : original.commission
    if (derived)
      trace.push(
        step('commission.clawback-derived', {
          id: tx.id,
          original: original.id,
          date: tx.date,
          earned: money(earned),
        }),
      )
    const remaining = max(ZERO, earned.minus(taken.get(original.id) ?? ZERO))
    const proportional = ctx.round(earned.times(ratio(r.reversedCredit, r.creditBasis)))
    if (proportional.gt(remaining))
      trace.push(
        step('commission.clawback-limited', { id: tx.id, original: original.id, earned: money(remaining) }),
      )
    const amount = min(proportional, remaining)
    taken.set(original.id, (taken.get(original.id) ?? ZERO).plus(amount))
    const part = repPart(tx, input.rep, tx.amount, plan.rounding)
    out.push({
      transactionId: tx.id,
      kind: 'clawback',
      date: tx.date,
      credited: part?.part ?? ZERO,
      share: part?.share ?? ZERO,
      base: ZERO,
      rate: null,
      tier: null,
      commission: normalize(amount.neg()),
    })
    trace.push(step('commission.clawback', { ...params, amount: money(amount) }))
    record('clawed-back', amount)
  }
  return { lines: out, reversals, clawbacks: sum(out.map((l) => l.commission)), trace }
}
