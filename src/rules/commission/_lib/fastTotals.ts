import { hasOnlyKeys, isPlainDate, isPlainId, readCents } from '../../../core/plain'
import type { CommissionPlan, CommissionInput } from '../../../models/commission'
import { tierReached } from './tiers'

/**
 * The integer fast path for statement totals. It takes only plain inputs it can decide exactly
 * in integers — a revenue base on booking or invoice, amounts exact in cents, rates with at most
 * 6 decimals, no splits, reversals, adjustments, bonuses, draws, category rates, eligibility
 * filters, interpolated tiers, lower-boundary tiers, accelerators or carried caps, half-up rounding to cents,
 * and every product within `Number.MAX_SAFE_INTEGER` — and
 * returns `undefined` for anything else, so that the caller takes the exact path (which also
 * reports any invalid field). Totals are in cents.
 *
 * @group Commission
 */
export interface FastTotals {
  readonly base: number
  readonly commission: number
}

const RATE_SCALE = 1_000_000
const above = (a: number, b: number) => a > b
const onOrAbove = (a: number, b: number) => a >= b

/**
 * A plan the fast path can run, prepared: rates as integers over 10^6, tier bounds in cents.
 *
 * @group Commission
 */
export interface FastPlan {
  readonly kind: 'flat' | 'marginal' | 'retroactive'
  readonly rates: readonly number[]
  /** The largest rate (at least 1), for the safe-integer check. */
  readonly maxRate: number
  readonly bounds: readonly number[]
  readonly cap: number | undefined
  readonly floor: number | undefined
  readonly minBase: number | undefined
  readonly recognition: 'booking' | 'invoice'
  /** The plan's first day in force: a period starting earlier takes the exact path, which refuses it. */
  readonly from: string
  /** The plan's last day in force, if any: a period ending later takes the exact path. */
  readonly to: string | undefined
}

/**
 * Prepares a plan for the fast path, or `undefined` when it uses a feature the fast path leaves to the exact
 * one.
 *
 * @group Commission
 */
export function fastPlan(plan: CommissionPlan): FastPlan | undefined {
  const r = plan.rates
  if (
    plan.base !== 'revenue' ||
    plan.recognition === 'payment' ||
    plan.rounding.scale !== 2 ||
    plan.rounding.mode !== 'half-up'
  )
    return undefined
  if (
    plan.categoryRates.length > 0 ||
    plan.eligibility.categories ||
    plan.eligibility.customerGrades ||
    plan.bonuses.length > 0 ||
    plan.draw
  )
    return undefined
  if (
    plan.gate?.minAttainment !== undefined ||
    (r.kind !== 'flat' && (r.basis === 'attainment' || r.kind === 'interpolated' || r.boundary === 'lower'))
  )
    return undefined
  if (plan.capExcess === 'carry-forward' || plan.accelerator !== undefined || plan.clawbackReducesAttainment)
    return undefined
  if (plan.capAttainment !== undefined || plan.annualCap !== undefined) return undefined
  const rates = r.kind === 'flat' ? [r.rate] : r.tiers.map((t) => t.rate)
  if (rates.some((x) => x.decimalPlaces() > 6 || x.gt(100))) return undefined
  const bounds = r.kind === 'flat' ? [0] : r.tiers.map((t) => readCents(t.from.toString()))
  const limit = (d: CommissionPlan['cap']) => (d === undefined ? undefined : readCents(d.toString()))
  if (bounds.some((b) => b === undefined)) return undefined
  const cap = limit(plan.cap)
  const floor = limit(plan.floor)
  const minBase = limit(plan.gate?.minBase)
  if (
    (plan.cap !== undefined && cap === undefined) ||
    (plan.floor !== undefined && floor === undefined) ||
    (plan.gate?.minBase !== undefined && minBase === undefined)
  )
    return undefined
  return {
    kind: r.kind,
    rates: rates.map((x) => x.times(RATE_SCALE).toNumber()),
    maxRate: Math.max(1, ...rates.map((x) => x.times(RATE_SCALE).toNumber())),
    bounds: bounds as number[],
    cap,
    floor,
    minBase,
    recognition: plan.recognition === 'invoice' ? 'invoice' : 'booking',
    from: plan.effectiveFrom,
    to: plan.effectiveTo,
  }
}

/** Half-up rounding of `numerator / RATE_SCALE` for a non-negative numerator. */
function roundCents(numerator: number): number {
  return Math.floor((numerator + RATE_SCALE / 2) / RATE_SCALE)
}

const INPUT_KEYS = new Set(['rep', 'period', 'transactions', 'quota'])

/**
 * True when a transaction has no defined key but these. By `for … in` (no array per transaction, a switch
 * rather than a Set lookup per key): it also lists inherited enumerable keys, so it refuses at least every
 * object `hasOnlyKeys` refuses, and a refused object takes the exact path.
 */
function plainTxKeys(tx: object): boolean {
  for (const key in tx)
    switch (key) {
      case 'id':
      case 'date':
      case 'invoiceDate':
      case 'amount':
      case 'type':
        break
      default:
        if ((tx as Record<string, unknown>)[key] !== undefined) return false
    }
  return true
}

/**
 * Totals in cents, or `undefined` to take the exact path.
 *
 * What it computes: the statement's base (Σ amounts in the period, in cents) and commission (each
 * amount × rate rounded half-up to the cent under a flat or retroactive plan, the month's marginal
 * sum rounded once under marginal tiers, then the gate, cap and floor). It must agree with
 * `runStatement` (`calculateCommission`) on every input it accepts, and accept only inputs the exact
 * path's schema accepts (`test/fast-exact.prop.test.ts`, `fastTotals.test.ts`).
 *
 * @group Commission
 */
export function fastTotals(plan: FastPlan, input: CommissionInput): FastTotals | undefined {
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    !hasOnlyKeys(input, INPUT_KEYS) ||
    !isPlainId(input.rep)
  )
    return undefined
  const { period } = input
  if (
    typeof period !== 'object' ||
    period === null ||
    !isPlainDate(period.start) ||
    !isPlainDate(period.end) ||
    period.end < period.start ||
    // a period the plan does not wholly cover is refused by the exact path (NO_POLICY_IN_FORCE)
    period.start < plan.from ||
    (plan.to !== undefined && period.end > plan.to)
  )
    return undefined
  if (input.quota !== undefined && (readCents(input.quota) ?? 0) <= 0) return undefined
  // only a missing list is empty: `null` is refused by the exact path, so it goes there
  const transactions = input.transactions === undefined ? [] : input.transactions
  if (!Array.isArray(transactions)) return undefined
  return sum(plan, transactions as unknown[], period.start, period.end)
}

/** The loop of {@link fastTotals} over the transactions, once the input's own fields are read. */
function sum(plan: FastPlan, transactions: unknown[], start: string, end: string): FastTotals | undefined {
  const invoice = plan.recognition === 'invoice'
  const flat = plan.kind === 'flat'
  const retroactive = plan.kind === 'retroactive'
  const flatRate = plan.rates[0] as number
  const seen = new Set<string>()
  // each amount of a retroactive plan, whose rate is known only once the base is
  const scratch: number[] = []
  let base = 0
  // under a flat plan each line's commission is summed as it is read; the products are exact when
  // base × the largest rate is a safe integer (checked below, every amount being at most the base)
  let lines = 0
  for (let i = 0; i < transactions.length; i += 1) {
    const tx = transactions[i]
    if (typeof tx !== 'object' || tx === null || Array.isArray(tx) || !plainTxKeys(tx)) return undefined
    const t = tx as { id: unknown; type?: unknown; date: unknown; invoiceDate?: unknown; amount: unknown }
    const id = t.id
    if (!isPlainId(id) || seen.has(id) || (t.type !== undefined && t.type !== 'sale') || !isPlainDate(t.date))
      return undefined
    if (t.invoiceDate !== undefined && !isPlainDate(t.invoiceDate)) return undefined
    seen.add(id)
    const amount = readCents(t.amount)
    if (amount === undefined) return undefined
    const date = invoice ? (t.invoiceDate ?? t.date) : t.date
    if (date >= start && date <= end) {
      base += amount
      if (flat) lines += roundCents(amount * flatRate)
      else if (retroactive) scratch.push(amount)
    }
  }
  if (!Number.isSafeInteger(base * plan.maxRate)) return undefined // every product is then exact
  // the tier reached, decided by the tier stage's own rule (the fast path only takes `boundary: 'higher'`)
  const reached = tierReached(plan.bounds, base, 'higher', above, onOrAbove)
  let commission = 0
  if (flat) commission = lines
  else if (retroactive) {
    // each line rounded, as the exact path does
    const rate = plan.rates[reached] as number
    for (const a of scratch) commission += roundCents(a * rate)
  } else {
    let exact = 0
    plan.bounds.forEach((from, k) => {
      const to = plan.bounds[k + 1]
      exact += Math.max(0, (to === undefined ? base : Math.min(base, to)) - from) * (plan.rates[k] as number)
    })
    commission = roundCents(exact)
  }
  if (plan.minBase !== undefined && base < plan.minBase) return { base, commission: 0 }
  if (plan.cap !== undefined && commission > plan.cap) commission = plan.cap
  if (plan.floor !== undefined && commission < plan.floor) commission = plan.floor
  return { base, commission }
}
