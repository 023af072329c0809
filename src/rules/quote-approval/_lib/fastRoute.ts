import { isPlainDate, isPlainId, isPlainRecord, readCents } from '../../../core/plain'
import type { Decimal } from '../../../core/decimal'
import type { QuoteApprovalPolicy, QuoteInput } from '../../../models/quote'
import type { CompiledQuotePolicy } from './decide'

/**
 * The integer fast path of quote approval: who must approve, without figures or trace.
 *
 * Amounts are integers (cents, or cents × 10^6 where a line gives a discount). Amount limits are
 * compared exactly. Ratios (average and line discount, margin rate) are compared in floating
 * point when the two sides are more than 10^-9 apart — far more than the rounding error of a
 * quotient of two exact doubles — and otherwise exactly in integers: `part ÷ whole ≤ limit` as
 * `part × 10^6 ≤ limitMicros × whole` (BigInt only for products beyond 2^53), so a value exactly on
 * a limit is decided here too. Only a limit with more than 6 decimals leaves such a tie to the exact
 * path, as does any quote that is not plain (a quote-level discount, a fractional quantity, more
 * than 6 decimals in a discount, a magnitude beyond a double's exact integers…). The policy's
 * `requireCost` is decided here too (`cost-missing`: the lowest rung without a margin minimum); a quote
 * the exact path rejects for the policy's `requiredFields` or for terms `allowOther: false` forbids
 * takes the exact path, which throws. The answer is the exact path's.
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
 * The answers `route` gives, frozen and shared by every call (an answer holds nothing of the quote, so no
 * object is made per quote): index `rung × 2 + 1` when the requester may approve alone, `rung × 2` when not,
 * where `rung` is the required role's place on the ladder or the ladder's length when no role may approve.
 * @internal
 */
export function quickAnswers(policy: QuoteApprovalPolicy): readonly QuickApproval[] {
  const roles: (string | null)[] = [...policy.ladder.map((r) => r.role), null]
  return roles.flatMap((requiredRole) => [
    Object.freeze({ requiredRole, autoApproved: false }),
    Object.freeze({ requiredRole, autoApproved: true }),
  ])
}

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
 * An extra discount (an override) as a fraction and in millionths (NaN with more than 6 decimals). @internal
 */
interface Extra {
  readonly value: number
  readonly micros: number
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
  /** The same limits in millionths (NaN for a limit with more than 6 decimals), for ties. */
  readonly averageMicros: readonly number[]
  readonly lineMicros: readonly number[]
  readonly marginMicros: readonly number[]
  readonly contractAbove: number | undefined // cents × 10^6
  /** `requireCost.above` in cents × 10^6 (`undefined`: not by amount). */
  readonly costAbove: number | undefined
  /** `requireCost.customerGrades`. */
  readonly costGrades: ReadonlySet<string>
  /**
   * The extra discounts by grade and by category, as fractions and in millionths (NaN with more than 6
   * decimals).
   */
  readonly gradeExtra: ReadonlyMap<string, Extra>
  readonly categoryExtra: ReadonlyMap<string, Extra>
  /** `requiredFields`: a quote without the field takes the exact path, which rejects it. */
  readonly needsDeliveryDate: boolean
  readonly needsPaymentTerms: boolean
  /** The answers, shared by every call ({@link quickAnswers}). */
  readonly answers: readonly QuickApproval[]
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
  const costAbove = scaled(p.requireCost?.above)
  if (net.some((n) => Number.isNaN(n)) || Number.isNaN(contractAbove) || Number.isNaN(costAbove))
    return undefined
  const toNumber = (d: Decimal | undefined) => d?.toNumber()
  // an unlimited rung never reaches a tie, so its micros are never read
  const toMicros = (d: Decimal | undefined) => {
    const m = d?.times(MICRO)
    return m !== undefined && m.isInteger() && m.abs().lte(Number.MAX_SAFE_INTEGER)
      ? m.toNumber()
      : Number.NaN
  }
  const extras = (map: ReadonlyMap<string, Decimal>) =>
    new Map([...map].map(([k, v]): [string, Extra] => [k, { value: v.toNumber(), micros: toMicros(v) }]))
  return {
    net,
    average: p.ladder.map((r) => toNumber(r.limits.maxAverageDiscount)),
    line: p.ladder.map((r) => toNumber(r.limits.maxLineDiscount)),
    margin: p.ladder.map((r) => toNumber(r.limits.minMarginRate)),
    averageMicros: p.ladder.map((r) => toMicros(r.limits.maxAverageDiscount)),
    lineMicros: p.ladder.map((r) => toMicros(r.limits.maxLineDiscount)),
    marginMicros: p.ladder.map((r) => toMicros(r.limits.minMarginRate)),
    contractAbove,
    costAbove,
    costGrades: new Set(p.requireCost?.customerGrades ?? []),
    gradeExtra: extras(compiled.gradeExtra),
    categoryExtra: extras(compiled.categoryExtra),
    needsDeliveryDate: p.requiredFields.includes('deliveryDate'),
    needsPaymentTerms: p.requiredFields.includes('paymentTerms'),
    answers: quickAnswers(p),
  }
}

/**
 * The sign of `part ÷ whole − limitMicros ÷ 10^6`, exactly, for safe integers `part`, `whole ≥ 0` and
 * `limitMicros` (a zero `whole` has a ratio of zero, as in the exact path): `part × 10^6` against
 * `limitMicros × whole` in doubles while both products are exact integers, else (both sides divided by
 * 10^6 when `whole` is a multiple of it, as a list total in cents × 10^6 always is) again in doubles,
 * else in BigInt.
 */
export function compareRatio(part: number, whole: number, limitMicros: number): number {
  if (whole === 0) return limitMicros > 0 ? -1 : limitMicros < 0 ? 1 : 0
  let a = part * MICRO
  let b = limitMicros * whole
  if (Math.abs(a) > Number.MAX_SAFE_INTEGER || Math.abs(b) > Number.MAX_SAFE_INTEGER) {
    if (whole % MICRO === 0) {
      a = part
      b = limitMicros * (whole / MICRO)
    }
    if (Math.abs(b) > Number.MAX_SAFE_INTEGER || Math.abs(a) > Number.MAX_SAFE_INTEGER) {
      const x = BigInt(part) * BigInt(MICRO)
      const y = BigInt(limitMicros) * BigInt(whole)
      return x < y ? -1 : x > y ? 1 : 0
    }
  }
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * `part ÷ whole ≤ limit` (or `<`): in floating point when clearly apart, else exactly in millionths;
 * `undefined` for a tie with a limit of more than 6 decimals (NaN micros).
 */
function ratioWithin(
  part: number,
  whole: number,
  limit: number | undefined,
  limitMicros: number,
  inclusive: boolean,
): boolean | undefined {
  if (limit === undefined) return true
  const r = whole === 0 ? 0 : part / whole
  if (Math.abs(r - limit) > GAP) return r < limit
  if (Number.isNaN(limitMicros)) return undefined
  const c = compareRatio(part, whole, limitMicros)
  return inclusive ? c <= 0 : c < 0
}

/**
 * The lowest rung from `from` whose ratio limit covers `part ÷ whole` (the ladder's length: none), or
 * `undefined` when too close to call.
 */
function rungFor(
  limits: readonly (number | undefined)[],
  limitsMicros: readonly number[],
  from: number,
  part: number,
  whole: number,
  extra: number,
  extraMicros: number,
  inclusive: boolean,
): number | undefined {
  let r = from
  for (; r < limits.length; r += 1) {
    const base = limits[r]
    const verdict =
      base === undefined
        ? true
        : ratioWithin(part, whole, base + extra, (limitsMicros[r] as number) + extraMicros, inclusive)
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
  input: QuoteInput,
): QuickApproval | undefined {
  const policy = compiled.policy
  // Every object is read by one `for…in` over its keys, each value taken as its key comes (`record[key]`
  // there is a load by the key's index, where a named load of each field costs a look-up per object, and
  // more than ten times as much on objects that have each a map of their own, as `{ ...line, discount }`
  // makes them). An unknown key is the exact path's (`key.unknown-near`), as are an object that is not a
  // plain record (a class instance, whose inherited getters zod reads) and an unreadable one (the caller
  // catches what a getter throws). On a plain record `for…in` sees what the exact path's copy keeps (the
  // own enumerable keys; a non-enumerable one is ignored by both).
  if (!isPlainRecord(input)) return undefined
  let id: unknown
  let currency: unknown
  let customer: unknown
  let lines: unknown
  let quoteDiscount: unknown
  let paymentTerms: unknown
  let deliveryDate: unknown
  let requestedBy: unknown
  for (const key in input) {
    const value = input[key]
    switch (key) {
      case 'id':
        id = value
        break
      case 'currency':
        currency = value
        break
      case 'customer':
        customer = value
        break
      case 'lines':
        lines = value
        break
      case 'discount':
        quoteDiscount = value
        break
      case 'paymentTerms':
        paymentTerms = value
        break
      case 'deliveryDate':
        deliveryDate = value
        break
      case 'requestedBy':
        requestedBy = value
        break
      default:
        return undefined
    }
  }
  if (
    currency !== policy.currency ||
    (id !== undefined && !isPlainId(id)) ||
    !Array.isArray(lines) ||
    lines.length === 0 ||
    lines.length > 10_000
  )
    return undefined
  if (quoteDiscount !== undefined && micros(quoteDiscount) !== 0) return undefined
  if (paymentTerms !== undefined && !isPlainId(paymentTerms)) return undefined
  if (deliveryDate !== undefined && !isPlainDate(deliveryDate)) return undefined
  // a missing required field, or terms the policy forbids: the exact path rejects the quote
  if (
    (ladder.needsDeliveryDate && deliveryDate === undefined) ||
    (ladder.needsPaymentTerms && paymentTerms === undefined)
  )
    return undefined
  if (
    policy.paymentTerms !== undefined &&
    !policy.paymentTerms.allowOther &&
    paymentTerms !== undefined &&
    paymentTerms !== policy.paymentTerms.default
  )
    return undefined
  if (!isPlainRecord(customer)) return undefined
  let customerId: unknown
  let grade: unknown
  for (const key in customer) {
    const value = customer[key]
    if (key === 'id') customerId = value
    else if (key === 'grade') grade = value
    else return undefined
  }
  if (!isPlainId(customerId) || (grade !== undefined && !isPlainId(grade))) return undefined
  const requester = typeof requestedBy === 'string' ? compiled.roleIndex.get(requestedBy) : undefined
  if (requester === undefined || !isPlainId(requestedBy)) return undefined
  const inclusive = policy.boundary === 'inclusive'
  const gradeExtra = grade === undefined ? undefined : ladder.gradeExtra.get(grade)
  const gradeValue = gradeExtra === undefined ? 0 : gradeExtra.value
  const gradeMicros = gradeExtra === undefined ? 0 : gradeExtra.micros
  let list = 0
  let net = 0
  let cost = 0
  let costed = true
  let belowCost = false
  let lineRung = requester // the highest rung a line discount needs
  const count = lines.length
  for (let i = 0; i < count; i += 1) {
    const line: unknown = lines[i]
    if (!isPlainRecord(line)) return undefined
    let product: unknown
    let category: unknown
    let quantity: unknown
    let listText: unknown
    let unitPriceText: unknown
    let discountText: unknown
    let unitCostText: unknown
    for (const key in line) {
      const value = line[key]
      switch (key) {
        case 'product':
          product = value
          break
        case 'category':
          category = value
          break
        case 'quantity':
          quantity = value
          break
        case 'listPrice':
          listText = value
          break
        case 'unitPrice':
          unitPriceText = value
          break
        case 'discount':
          discountText = value
          break
        case 'unitCost':
          unitCostText = value
          break
        default:
          return undefined
      }
    }
    // ids are checked each time, not remembered in a set: a set lookup of a product among thousands costs
    // more than `isPlainId`'s scan of a short id (issue #20's profile)
    if (!isPlainId(product) || (category !== undefined && !isPlainId(category))) return undefined
    if (
      typeof quantity !== 'number' ||
      !Number.isSafeInteger(quantity) ||
      quantity <= 0 ||
      quantity > 1_000_000
    )
      return undefined
    const listPrice = readCents(listText)
    if (listPrice === undefined) return undefined
    let unit: number // cents × 10^6
    if (unitPriceText !== undefined) {
      if (discountText !== undefined) return undefined
      const up = readCents(unitPriceText)
      if (up === undefined) return undefined
      unit = up * MICRO
    } else if (discountText !== undefined) {
      const d = micros(discountText)
      if (d === undefined) return undefined
      unit = listPrice * (MICRO - d)
    } else unit = listPrice * MICRO
    const lineList = quantity * listPrice * MICRO
    const lineNet = quantity * unit
    if (!Number.isSafeInteger(lineList) || !Number.isSafeInteger(lineNet)) return undefined
    list += lineList
    net += lineNet
    if (unitCostText === undefined) costed = false
    else {
      const uc = readCents(unitCostText)
      if (uc === undefined || !Number.isSafeInteger(quantity * uc * MICRO)) return undefined
      cost += quantity * uc * MICRO
      if (unit < uc * MICRO) belowCost = true
    }
    let extra = gradeValue
    let extraMicros = gradeMicros
    if (category !== undefined) {
      const e = ladder.categoryExtra.get(category)
      if (e !== undefined) {
        extra += e.value
        extraMicros += e.micros
      }
    }
    const rung = rungFor(
      ladder.line,
      ladder.lineMicros,
      requester,
      listPrice * MICRO - unit,
      listPrice * MICRO,
      extra,
      extraMicros,
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
  const average = rungFor(
    ladder.average,
    ladder.averageMicros,
    requester,
    list - net,
    list,
    gradeValue,
    gradeMicros,
    inclusive,
  )
  if (average === undefined) return undefined
  if (average > required) required = average
  if (lineRung > required) required = lineRung
  if (costed) {
    const margin = net === 0 ? 0 : (net - cost) / net
    r = requester
    for (; r < n; r += 1) {
      const min = ladder.margin[r]
      if (min === undefined) break
      if (Math.abs(margin - min) > GAP) {
        if (margin > min) break
        continue
      }
      // a tie in floating point: (net − cost) ÷ net against the minimum, exactly
      const minMicros = ladder.marginMicros[r] as number
      if (Number.isNaN(minMicros)) return undefined
      const c = compareRatio(net - cost, net, minMicros)
      if (inclusive ? c >= 0 : c > 0) break
    }
    if (r > required) required = r
  } else if (policy.requireCost !== undefined) {
    // costs required (always, above an amount, or for a grade) but missing: the lowest rung without
    // a margin minimum may approve
    const rc = policy.requireCost
    const needed =
      (rc.above === undefined && rc.customerGrades === undefined) ||
      (ladder.costAbove !== undefined && (inclusive ? net > ladder.costAbove : net >= ladder.costAbove)) ||
      (grade !== undefined && ladder.costGrades.has(grade))
    if (needed) {
      r = requester
      while (r < n && ladder.margin[r] !== undefined) r += 1
      if (r > required) required = r
    }
  }
  if (belowCost && policy.belowCostNeedsTop && n - 1 > required) required = n - 1
  const parallel =
    (policy.paymentTerms !== undefined &&
      paymentTerms !== undefined &&
      paymentTerms !== policy.paymentTerms.default) ||
    (ladder.contractAbove !== undefined &&
      (inclusive ? net > ladder.contractAbove : net >= ladder.contractAbove))
  return ladder.answers[(required >= n ? n : required) * 2 + (required === requester && !parallel ? 1 : 0)]
}
