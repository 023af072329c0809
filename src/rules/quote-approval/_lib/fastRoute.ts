import { isPlainId, readCents } from '../../../core/plain'
import type { QuoteApprovalPolicy, QuoteInput } from '../../../models/quote'
import type { CompiledQuotePolicy } from './decide'

/**
 * The integer fast path of quote approval: who must approve, without figures or trace.
 *
 * Amounts are integers (cents, or cents × 10^6 where a line gives a discount). Amount limits are
 * compared exactly. Ratios (average and line discount, margin rate) are compared in floating
 * point only when the two sides are more than 10^-9 apart — far more than the rounding error of
 * a quotient of two exact doubles — and otherwise the quote goes to the exact path. So is any
 * quote that is not plain (a quote-level discount, a fractional quantity, more than 6 decimals in
 * a discount, a magnitude beyond a double's exact integers…). The answer is the exact path's.
 *
 * @group Quote approval
 */
export interface QuickApproval {
  /** The lowest role that may approve the quote, or `null` when none may. */
  readonly requiredRole: string | null
  /** True when the requester may approve it and no parallel approval is needed. */
  readonly autoApproved: boolean
}

const MICRO = 1_000_000
const GAP = 1e-9

/**
 * A fraction in millionths (`0.125` → 125000), or `undefined` when it has more than 6 decimals or is out of
 * 0–1.
 */
function micros(value: unknown): number | undefined {
  const cents = readCents(value, true)
  if (cents !== undefined) return cents >= 0 && cents <= 100 ? cents * 10_000 : undefined
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const text = String(value)
  const m = /^(0|1)(?:\.(\d{1,6}))?$/.exec(text)
  if (m === null) return undefined
  const v = Number(m[1]) * MICRO + Number((m[2] ?? '').padEnd(6, '0'))
  return v <= MICRO ? v : undefined
}

/**
 * Ladder limits prepared for the fast path, or `undefined` when a limit is not plain.
 *
 * @group Quote approval
 */
export interface FastLadder {
  readonly net: readonly (number | undefined)[] // cents × 10^6
  readonly average: readonly (number | undefined)[] // fractions
  readonly line: readonly (number | undefined)[]
  readonly margin: readonly (number | undefined)[]
  readonly contractAbove: number | undefined // cents × 10^6
  readonly gradeExtra: ReadonlyMap<string, number>
  readonly categoryExtra: ReadonlyMap<string, number>
  /**
   * Ids already found valid (product and category ids repeat across quotes); strings are immutable, so the
   * memo cannot go stale. Bounded.
   */
  readonly validIds: Set<string>
}

const MAX_REMEMBERED_IDS = 100_000

function isKnownId(ladder: FastLadder, value: unknown): boolean {
  // Stryker disable next-line all: a memo; without it each id is checked again, with the same answer
  if (typeof value === 'string' && ladder.validIds.has(value)) return true
  if (!isPlainId(value)) return false
  // Stryker disable next-line all: the memo's bound; only memory depends on it
  if (ladder.validIds.size < MAX_REMEMBERED_IDS) ladder.validIds.add(value)
  return true
}

/**
 * Prepares the ladder, or `undefined` to always take the exact path.
 *
 * @group Quote approval
 */
export function fastLadder(compiled: CompiledQuotePolicy): FastLadder | undefined {
  const p: QuoteApprovalPolicy = compiled.policy
  const scaled = (d: { toString(): string } | undefined) => {
    if (d === undefined) return undefined
    const c = readCents(d.toString())
    return c === undefined || !Number.isSafeInteger(c * MICRO) ? Number.NaN : c * MICRO
  }
  const net = p.ladder.map((r) => scaled(r.limits.maxNetTotal))
  const contractAbove = scaled(p.contractReview?.above)
  if (net.some((n) => Number.isNaN(n)) || Number.isNaN(contractAbove)) return undefined
  const toNumber = (d: { toNumber(): number } | undefined) => d?.toNumber()
  const extras = (map: ReadonlyMap<string, { toNumber(): number }>) =>
    new Map([...map].map(([k, v]) => [k, v.toNumber()]))
  return {
    net,
    average: p.ladder.map((r) => toNumber(r.limits.maxAverageDiscount)),
    line: p.ladder.map((r) => toNumber(r.limits.maxLineDiscount)),
    margin: p.ladder.map((r) => toNumber(r.limits.minMarginRate)),
    contractAbove,
    gradeExtra: extras(compiled.gradeExtra),
    categoryExtra: extras(compiled.categoryExtra),
    validIds: new Set(),
  }
}

/**
 * `ratio ≤ limit` (or `<`), decided in floating point only when clearly apart; `undefined` when too close to
 * call.
 */
function ratioWithin(
  part: number,
  whole: number,
  limit: number | undefined,
  inclusive: boolean,
): boolean | undefined {
  if (limit === undefined) return true
  const r = whole === 0 ? 0 : part / whole
  if (Math.abs(r - limit) <= GAP) return r === limit && whole === 0 ? inclusive : undefined
  return r < limit
}

/**
 * The lowest rung from `from` whose ratio limit covers `part ÷ whole` (the ladder's length: none), or
 * `undefined` when too close to call.
 */
function rungFor(
  limits: readonly (number | undefined)[],
  from: number,
  part: number,
  whole: number,
  extra: number,
  inclusive: boolean,
): number | undefined {
  let r = from
  for (; r < limits.length; r += 1) {
    const base = limits[r]
    const verdict = ratioWithin(part, whole, base === undefined ? undefined : base + extra, inclusive)
    if (verdict === undefined) return undefined
    if (verdict) break
  }
  return r
}

/**
 * Who must approve a plain quote, or `undefined` to take the exact path.
 *
 * @group Quote approval
 */
export function fastRoute(
  compiled: CompiledQuotePolicy,
  ladder: FastLadder,
  quote: QuoteInput,
): QuickApproval | undefined {
  const policy = compiled.policy
  // unknown keys are ignored, as zod's object schemas strip them
  if (typeof quote !== 'object' || quote === null || Array.isArray(quote)) return undefined
  if (
    quote.currency !== policy.currency ||
    (quote.id !== undefined && !isPlainId(quote.id)) ||
    !Array.isArray(quote.lines) ||
    quote.lines.length === 0 ||
    quote.lines.length > 10_000
  )
    return undefined
  if (quote.discount !== undefined && micros(quote.discount) !== 0) return undefined
  if (quote.paymentTerms !== undefined && !isPlainId(quote.paymentTerms)) return undefined
  const customer = quote.customer
  if (
    typeof customer !== 'object' ||
    customer === null ||
    Array.isArray(customer) ||
    !isPlainId(customer.id) ||
    (customer.grade !== undefined && !isPlainId(customer.grade))
  )
    return undefined
  const requester =
    typeof quote.requestedBy === 'string' ? compiled.roleIndex.get(quote.requestedBy) : undefined
  if (requester === undefined || !isPlainId(quote.requestedBy)) return undefined
  const inclusive = policy.boundary === 'inclusive'
  const gradeExtra = customer.grade === undefined ? 0 : (ladder.gradeExtra.get(customer.grade) ?? 0)
  let list = 0
  let net = 0
  let cost = 0
  let costed = true
  let belowCost = false
  let lineRung = requester // the highest rung a line discount needs
  for (const raw of quote.lines as unknown[]) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined
    const l = raw as {
      product: unknown
      category?: unknown
      quantity: unknown
      listPrice: unknown
      unitPrice?: unknown
      discount?: unknown
      unitCost?: unknown
    }
    if (!isKnownId(ladder, l.product) || (l.category !== undefined && !isKnownId(ladder, l.category)))
      return undefined
    if (
      typeof l.quantity !== 'number' ||
      !Number.isSafeInteger(l.quantity) ||
      l.quantity <= 0 ||
      l.quantity > 1_000_000
    )
      return undefined
    const listPrice = readCents(l.listPrice)
    if (listPrice === undefined || (l.unitPrice !== undefined && l.discount !== undefined)) return undefined
    let unit: number // cents × 10^6
    if (l.unitPrice !== undefined) {
      const up = readCents(l.unitPrice)
      if (up === undefined) return undefined
      unit = up * MICRO
    } else if (l.discount !== undefined) {
      const d = micros(l.discount)
      if (d === undefined) return undefined
      unit = listPrice * (MICRO - d)
    } else unit = listPrice * MICRO
    const q = l.quantity
    const lineList = q * listPrice * MICRO
    const lineNet = q * unit
    if (!Number.isSafeInteger(lineList) || !Number.isSafeInteger(lineNet)) return undefined
    list += lineList
    net += lineNet
    if (l.unitCost === undefined) costed = false
    else {
      const uc = readCents(l.unitCost)
      if (uc === undefined || !Number.isSafeInteger(q * uc * MICRO)) return undefined
      cost += q * uc * MICRO
      if (unit < uc * MICRO) belowCost = true
    }
    const extra =
      gradeExtra + (typeof l.category === 'string' ? (ladder.categoryExtra.get(l.category) ?? 0) : 0)
    const rung = rungFor(
      ladder.line,
      requester,
      listPrice * MICRO - unit,
      listPrice * MICRO,
      extra,
      inclusive,
    )
    if (rung === undefined) return undefined
    if (rung > lineRung) lineRung = rung
  }
  if (!Number.isSafeInteger(list) || !Number.isSafeInteger(net) || !Number.isSafeInteger(cost))
    return undefined
  const n = policy.ladder.length
  // per rule, the lowest role from the requester up whose limit covers it (n: none); plain loops,
  // no closures, as this runs per quote
  let required = requester
  let r = requester
  while (
    r < n &&
    !(
      ladder.net[r] === undefined ||
      (inclusive ? net <= (ladder.net[r] as number) : net < (ladder.net[r] as number))
    )
  )
    r += 1
  if (r > required) required = r
  const average = rungFor(ladder.average, requester, list - net, list, gradeExtra, inclusive)
  if (average === undefined) return undefined
  if (average > required) required = average
  if (lineRung > required) required = lineRung
  if (costed) {
    const margin = net === 0 ? 0 : (net - cost) / net
    r = requester
    for (; r < n; r += 1) {
      const min = ladder.margin[r]
      if (min === undefined) break
      if (Math.abs(margin - min) <= GAP) return undefined
      if (margin > min) break
    }
    if (r > required) required = r
  }
  if (belowCost && policy.belowCostNeedsTop && n - 1 > required) required = n - 1
  // the exact ratio check treats a tie as "within" only under an inclusive boundary: ties were sent to the
  // exact path above
  const parallel =
    (policy.paymentTerms !== undefined &&
      quote.paymentTerms !== undefined &&
      quote.paymentTerms !== policy.paymentTerms.default) ||
    (ladder.contractAbove !== undefined &&
      (inclusive ? net > ladder.contractAbove : net >= ladder.contractAbove))
  const requiredRole = required >= n ? null : (policy.ladder[required]?.role ?? null)
  return { requiredRole, autoApproved: required === requester && !parallel }
}
