import { allocateUnits, max, normalize, ONE, ratio, roundTo, ZERO, type Decimal } from '../../../core/decimal'
import { fail } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { CommissionPlan } from '../../../models/commission'
import { classifyReversal, TYPE_LABEL } from './reversals'
import type { Credit, StatementContext, Transaction } from './types'

/** A rep's share of a transaction and its part of an amount. @internal */
export interface RepPart {
  readonly share: Decimal
  readonly part: Decimal
  readonly overlay: boolean
}

/**
 * The rep's share of a transaction and its part of an amount: the reps' parts are allocated so they add up;
 * an overlay's part is its share of the whole, rounded, on top. `null` when the rep has no share.
 */
export function repPart(
  tx: Transaction,
  rep: string,
  amount: Decimal,
  rounding: CommissionPlan['rounding'],
): RepPart | null {
  if (!tx.splits) return { share: ONE, part: amount, overlay: false }
  const mine = tx.splits.find((s) => s.rep === rep)
  if (mine === undefined) return null
  if (mine.overlay)
    return { share: mine.share, part: roundTo(amount.times(mine.share), rounding), overlay: true }
  const reps = tx.splits.filter((s) => !s.overlay)
  const parts = allocateUnits(
    amount,
    reps.map((s) => s.share),
    rounding.scale,
  ).parts
  return { share: mine.share, part: parts[reps.indexOf(mine)] ?? ZERO, overlay: false }
}

/** Why a transaction does not count under the plan's eligibility, or `null` when it does. */
function ineligibility(plan: CommissionPlan, tx: Transaction): 'category' | 'customer grade' | null {
  const { categories, customerGrades } = plan.eligibility
  if (categories && !(tx.category !== undefined && categories.includes(tx.category))) return 'category'
  if (customerGrades && !(tx.customer?.grade !== undefined && customerGrades.includes(tx.customer.grade)))
    return 'customer grade'
  return null
}

/** The commission base of a credited amount: the amount itself, or its share of the gross margin. */
function baseOf(ctx: StatementContext, tx: Transaction, credited: Decimal, index: number): Decimal {
  if (ctx.plan.base !== 'gross-profit') return credited
  if (tx.cost === undefined)
    fail('INVALID_INPUT', 'commission.cost-missing', ['input', 'transactions', index, 'cost'], { id: tx.id })
  let margin = tx.amount.minus(tx.cost)
  if (ctx.plan.floorMarginAtZero) margin = max(margin, ZERO)
  return ctx.round(margin.times(ratio(credited, tx.amount)))
}

/** `booking`, `invoice` or `payment`: a collected-cash base is always on payment. */
export function recognitionOf(plan: CommissionPlan): CommissionPlan['recognition'] {
  return plan.base === 'collected' ? 'payment' : plan.recognition
}

function credit(
  ctx: StatementContext,
  tx: Transaction,
  kind: Credit['kind'],
  date: string,
  part: RepPart,
  base: Decimal,
): Credit {
  const categoryRate =
    tx.category === undefined
      ? undefined
      : ctx.plan.categoryRates.find((c) => c.category === tx.category)?.rate
  return { tx, kind, date, credited: part.part, share: part.share, base, overlay: part.overlay, categoryRate }
}

/**
 * Whether a credit dated `date` falls inside the employment dates (with the tail after leaving); traces why
 * not, or that the tail let it in.
 */
function employedOn(ctx: StatementContext, id: string, date: string, trace: TraceStep[]): boolean {
  const { creditFrom, creditUntil, input } = ctx
  const end = input.employment?.end
  if ((creditFrom !== undefined && date < creditFrom) || (creditUntil !== undefined && date > creditUntil)) {
    trace.push(step('commission.outside-employment', { id, date, start: creditFrom ?? '—', end: end ?? '—' }))
    return false
  }
  if (end !== undefined && date > end)
    trace.push(step('commission.tail-credit', { id, date, days: input.employment?.tailDays ?? 0, end }))
  return true
}

/**
 * Stage 1, credits: the sales recognised in the period (on booking or invoice) or the cash collected in it
 * (on
 * payment), eligible, inside the employment dates (plus any tail), split between reps (overlays on top); and
 * the refunds, cancellations and write-offs that a plan with `clawbackReducesAttainment` takes off the base.
 */
export function creditStage(ctx: StatementContext): { credits: Credit[]; trace: TraceStep[] } {
  const { plan, input, money } = ctx
  const trace: TraceStep[] = []
  const credits: Credit[] = []
  if (recognitionOf(plan) === 'payment') {
    const byId = new Map(input.transactions.map((t, i) => [t.id, { tx: t, index: i }]))
    input.payments.forEach((p, i) => {
      if (!ctx.inPeriod(p.date)) return
      const found = byId.get(p.transactionId)
      if (found === undefined)
        fail('INVALID_INPUT', 'commission.unknown-transaction', ['input', 'payments', i, 'transactionId'], {
          id: p.transactionId,
        })
      const { tx, index } = found
      if (tx.type !== 'sale') return
      const why = ineligibility(plan, tx)
      if (why) return void trace.push(step('commission.not-eligible', { id: tx.id, what: why }))
      const part = repPart(tx, input.rep, p.amount, plan.rounding)
      if (part === null || !employedOn(ctx, tx.id, p.date, trace)) return
      const base = baseOf(ctx, tx, part.part, index)
      credits.push(credit(ctx, tx, 'payment', p.date, part, base))
      trace.push(
        step('commission.payment', {
          id: tx.id,
          collected: money(part.part),
          date: p.date,
          fraction: ratio(p.amount, tx.amount),
          base: money(base),
        }),
      )
    })
  } else {
    input.transactions.forEach((tx, i) => {
      const date = plan.recognition === 'invoice' ? (tx.invoiceDate ?? tx.date) : tx.date
      if (tx.type !== 'sale' || !ctx.inPeriod(date)) return
      const why = ineligibility(plan, tx)
      if (why) return void trace.push(step('commission.not-eligible', { id: tx.id, what: why }))
      const part = repPart(tx, input.rep, tx.amount, plan.rounding)
      if (part === null || !employedOn(ctx, tx.id, date, trace)) return
      const base = baseOf(ctx, tx, part.part, i)
      credits.push(credit(ctx, tx, 'sale', date, part, base))
      trace.push(
        step(part.overlay ? 'commission.credit-overlay' : 'commission.credit', {
          id: tx.id,
          date,
          credited: money(part.part),
          amount: money(tx.amount),
          share: part.share,
          base: money(base),
        }),
      )
    })
  }
  if (plan.clawbackReducesAttainment)
    input.transactions.forEach((tx, i) => {
      const reversal = classifyReversal(ctx, tx)
      if (reversal === null || reversal.outcome !== 'in-window') return
      const part = repPart(tx, input.rep, reversal.reversedCredit, plan.rounding) as RepPart
      const base = normalize(baseOf(ctx, tx, part.part, i).neg())
      credits.push(credit(ctx, tx, 'clawback', tx.date, part, base))
      trace.push(
        step('commission.clawback-base', {
          id: tx.id,
          type: TYPE_LABEL[tx.type],
          days: reversal.days,
          original: reversal.original.id,
          base: money(base.neg()),
        }),
      )
    })
  return { credits, trace }
}
