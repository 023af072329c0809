// The integer fast path of an order release check (issue #21). It computes exactly what
// `decideRelease` decides — releasable or not, and the rules that block, once each, in the order
// checked — from plain input alone: amounts in integer cents (quantities whole numbers, prices and
// amounts with at most 2 decimals, every sum a safe integer), dates as day numbers. It answers only
// what it can read with certainty and returns `undefined` for everything else (an unknown key, a
// value that is not plain, a duplicate id, a free or identified line, a price list or stock
// confirmations to check, an override, another currency, no version in force…), so that the
// zod-validated exact path decides, or throws, as before. No figures and no trace.
import { MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from '../../../core/dates'
import { isPlainId, plainList, plainRecord, readCents } from '../../../core/plain'
import { versionIndexOn } from '../../../core/versioning'
import type { OrderReleaseRule } from '../../../models/order'
import type { CompiledOrderPolicy } from './policy'

/**
 * Whether an order may be released, without figures or trace: the answer of
 * {@link OrderReleaseDecision}'s `releasable`, and the rules that block.
 *
 * @group Order release
 */
export interface QuickRelease {
  /** True when nothing blocks the order, or a recorded override covers every blocker. */
  readonly releasable: boolean
  /** The rules that block (each once, in the order checked); empty when nothing blocks. */
  readonly blockedBy: readonly OrderReleaseRule[]
}

/** A version's limits in cents, or `undefined` when one is not exact in cents. */
export interface FastOrderPolicy {
  readonly customerLimits: ReadonlyMap<string, number>
  readonly gradeLimits: ReadonlyMap<string, number>
  /** The default limit; 0 (no credit) when the policy has none. */
  readonly defaultLimit: number
  readonly open: boolean
  readonly overdue: boolean
  readonly openOrders: boolean
}

/** Prepares a version for the fast path, or `undefined` to always take the exact path. */
export function fastOrderPolicy(compiled: CompiledOrderPolicy): FastOrderPolicy | undefined {
  const cents = (map: ReadonlyMap<string, { toString(): string }>) => {
    const out = new Map<string, number>()
    for (const [k, v] of map) {
      const c = readCents(v.toString())
      if (c === undefined) return undefined
      out.set(k, c)
    }
    return out
  }
  const customerLimits = cents(compiled.customerLimits)
  const gradeLimits = cents(compiled.gradeLimits)
  const fallback = compiled.policy.credit?.defaultLimit
  const defaultLimit = fallback === undefined ? 0 : readCents(fallback.toString())
  if (customerLimits === undefined || gradeLimits === undefined || defaultLimit === undefined)
    return undefined
  const components = compiled.policy.credit?.components ?? []
  return {
    customerLimits,
    gradeLimits,
    defaultLimit,
    open: components.includes('open-receivables'),
    overdue: components.includes('overdue-receivables'),
    openOrders: components.includes('open-orders'),
  }
}

const CUMULATIVE_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** Two ASCII digits at `i`, or −1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48
  const b = s.charCodeAt(i + 1) - 48
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1
}

/**
 * A real date `YYYY-MM-DD` within the supported range as a day number (days since 0000-03-01,
 * proleptic Gregorian), or −1 for anything else.
 */
export function dayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1
  const hi = two(value, 0)
  const lo = two(value, 2)
  const month = two(value, 5)
  const day = two(value, 8)
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return -1
  if (value < MIN_SUPPORTED_DATE || value > MAX_SUPPORTED_DATE) return -1
  const year = hi * 100 + lo
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const length =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  if (day > length) return -1
  const before = year - 1
  return (
    before * 365 +
    Math.floor(before / 4) -
    Math.floor(before / 100) +
    Math.floor(before / 400) +
    (CUMULATIVE_DAYS[month - 1] as number) +
    (month > 2 && leap ? 1 : 0) +
    day
  )
}

type Plain = Record<string, unknown>

/** True when some two items have the same `key` (a nested loop for short lists, a set otherwise). */
function repeats(items: readonly Plain[], key: string): boolean {
  const n = items.length
  if (n <= 16) {
    for (let i = 1; i < n; i += 1)
      for (let j = 0; j < i; j += 1) if ((items[i] as Plain)[key] === (items[j] as Plain)[key]) return true
    return false
  }
  return new Set(items.map((item) => item[key])).size !== n
}

const ORDER_KEYS = new Set([
  'id',
  'currency',
  'customer',
  'lines',
  'paymentTerms',
  'deliveryDate',
  'priceList',
])
const CUSTOMER_KEYS = new Set(['id', 'grade'])
const LINE_KEYS = new Set(['product', 'quantity', 'unitPrice'])
const CONTEXT_KEYS = new Set([
  'asOf',
  'payments',
  'receivables',
  'openOrders',
  'priceList',
  'stockConfirmations',
  'qualification',
])
const PAYMENT_KEYS = new Set(['id', 'amount', 'date', 'confirmation'])
const CONFIRMATION_KEYS = new Set(['by', 'on'])
const RECEIVABLE_KEYS = new Set(['id', 'amount', 'dueDate'])
const OPEN_ORDER_KEYS = new Set(['id', 'amount'])
const QUALIFICATION_KEYS = new Set(['approved', 'validUntil'])

const optionalId = (value: unknown) => value === undefined || isPlainId(value)

/**
 * Whether an order may be released, decided in integers, or `undefined` to take the exact path.
 *
 * @group Order release
 */
export function fastRelease(
  versions: readonly CompiledOrderPolicy[],
  fast: readonly (FastOrderPolicy | undefined)[],
  orderInput: unknown,
  contextInput: unknown,
): QuickRelease | undefined {
  const order = plainRecord(orderInput, ORDER_KEYS)
  const context = plainRecord(contextInput, CONTEXT_KEYS)
  if (order === undefined || context === undefined) return undefined
  // the version in force
  const asOf = context['asOf']
  const today = dayNumber(asOf)
  if (today < 0) return undefined
  let index: number
  try {
    index = versionIndexOn(versions, (v) => v.policy, asOf as string, [])
  } catch {
    return undefined
  }
  const compiled = versions[index] as CompiledOrderPolicy
  const prepared = fast[index]
  const policy = compiled.policy
  if (prepared === undefined) return undefined
  // the order
  const customer = plainRecord(order['customer'], CUSTOMER_KEYS)
  if (
    customer === undefined ||
    !isPlainId(order['id']) ||
    order['currency'] !== policy.currency ||
    !isPlainId(customer['id']) ||
    !optionalId(customer['grade']) ||
    !optionalId(order['paymentTerms']) ||
    !optionalId(order['priceList']) ||
    (order['deliveryDate'] !== undefined && dayNumber(order['deliveryDate']) < 0)
  )
    return undefined
  const lines = plainList(order['lines'], 10_000)
  if (lines === undefined || lines.length === 0) return undefined
  const plainLines: Plain[] = []
  let amount = 0
  for (const raw of lines) {
    const line = plainRecord(raw, LINE_KEYS)
    if (line === undefined || !isPlainId(line['product'])) return undefined
    const q = line['quantity']
    const price = readCents(line['unitPrice'])
    if (typeof q !== 'number' || !Number.isSafeInteger(q) || q <= 0 || q > 1_000_000 || price === undefined)
      return undefined
    amount += q * price
    plainLines.push(line)
  }
  if (!Number.isSafeInteger(amount) || repeats(plainLines, 'product')) return undefined
  // the context: no override, price list or stock confirmations on this path
  if (context['override'] !== undefined) return undefined
  const priceList = plainList(context['priceList'], 100_000)
  const stock = plainList(context['stockConfirmations'], 10_000)
  if (priceList === undefined || priceList.length > 0 || stock === undefined || stock.length > 0)
    return undefined
  const blocked: OrderReleaseRule[] = []
  // 客户资质
  const q = context['qualification']
  const qualification = q === undefined ? undefined : plainRecord(q, QUALIFICATION_KEYS)
  if (q !== undefined) {
    if (qualification === undefined || typeof qualification['approved'] !== 'boolean') return undefined
    if (qualification['validUntil'] !== undefined && dayNumber(qualification['validUntil']) < 0)
      return undefined
  }
  if (policy.customerQualification) {
    if (
      qualification === undefined ||
      qualification['approved'] !== true ||
      (qualification['validUntil'] !== undefined &&
        (qualification['validUntil'] as string) < (asOf as string))
    )
      blocked.push('customer-unqualified')
  }
  // required fields, then the terms
  let termsMissing = false
  for (const field of policy.requiredFields)
    if (order[field] === undefined) {
      if (!blocked.includes('field-missing')) blocked.push('field-missing')
      if (field === 'paymentTerms') termsMissing = true
    }
  const termsId = order['paymentTerms'] ?? policy.defaultPaymentTerms
  let kind: 'prepaid' | 'credit' | null = null
  if (termsId === undefined) {
    if (!termsMissing && !blocked.includes('field-missing')) blocked.push('field-missing')
  } else {
    const terms = compiled.terms.get(termsId)
    const grade = customer['grade']
    if (
      terms === undefined ||
      (terms.customerGrades !== undefined && (grade === undefined || !terms.customerGrades.includes(grade)))
    )
      blocked.push('payment-terms')
    else kind = terms.kind
  }
  // payments received and confirmed by asOf
  const payments = plainList(context['payments'], 10_000)
  if (payments === undefined) return undefined
  let received = 0
  let confirmed = 0
  const plainPayments: Plain[] = []
  for (const raw of payments) {
    const p = plainRecord(raw, PAYMENT_KEYS)
    if (p === undefined || !isPlainId(p['id'])) return undefined
    const paid = readCents(p['amount'])
    const date = p['date']
    if (paid === undefined || paid <= 0 || dayNumber(date) < 0) return undefined
    const c = p['confirmation'] === undefined ? undefined : plainRecord(p['confirmation'], CONFIRMATION_KEYS)
    if (p['confirmation'] !== undefined && (c === undefined || !isPlainId(c['by']) || dayNumber(c['on']) < 0))
      return undefined
    plainPayments.push(p)
    if ((date as string) > (asOf as string)) continue
    received += paid
    if (
      c !== undefined &&
      compiled.confirmers.has(c['by'] as string) &&
      (c['on'] as string) <= (asOf as string)
    )
      confirmed += paid
  }
  if (repeats(plainPayments, 'id') || !Number.isSafeInteger(received)) return undefined
  // receivables and other open orders: validated whatever the terms, as the schema does
  const receivables = plainList(context['receivables'], 100_000)
  const openOrders = plainList(context['openOrders'], 100_000)
  if (receivables === undefined || openOrders === undefined) return undefined
  const margin = policy.credit?.maturityMarginDays ?? 0
  let open = 0
  let overdue = 0
  const plainReceivables: Plain[] = []
  for (const raw of receivables) {
    const r = plainRecord(raw, RECEIVABLE_KEYS)
    if (r === undefined || !isPlainId(r['id'])) return undefined
    const owed = readCents(r['amount'])
    const due = dayNumber(r['dueDate'])
    if (owed === undefined || due < 0) return undefined
    if (today - due > margin) overdue += owed
    else open += owed
    plainReceivables.push(r)
  }
  let other = 0
  const plainOpen: Plain[] = []
  for (const raw of openOrders) {
    const o = plainRecord(raw, OPEN_ORDER_KEYS)
    if (o === undefined || !isPlainId(o['id'])) return undefined
    // this order among its own open orders is an input error: the exact path says so
    if (o['id'] === order['id']) return undefined
    const owed = readCents(o['amount'])
    if (owed === undefined) return undefined
    other += owed
    plainOpen.push(o)
  }
  if (repeats(plainReceivables, 'id') || repeats(plainOpen, 'id')) return undefined
  if (kind === 'prepaid') {
    if (confirmed < amount) blocked.push(received >= amount ? 'payment-unconfirmed' : 'payment-first')
  } else if (kind === 'credit') {
    const risk =
      (prepared.open ? open : 0) +
      (prepared.overdue ? overdue : 0) +
      (prepared.openOrders ? other : 0) +
      Math.max(0, amount - confirmed)
    if (!Number.isSafeInteger(risk) || !Number.isSafeInteger(overdue)) return undefined
    const grade = customer['grade']
    const limit =
      prepared.customerLimits.get(customer['id']) ??
      (grade === undefined ? undefined : prepared.gradeLimits.get(grade)) ??
      prepared.defaultLimit
    if (risk > limit) blocked.push('credit-limit')
    if (policy.credit?.blockOverdue === true && overdue > 0) blocked.push('overdue-receivables')
  }
  // every line unlisted when a tolerance is set (the price list is empty on this path); stock never confirmed
  if (policy.priceTolerance !== undefined) blocked.push('price-unlisted')
  if (policy.stockConfirmation) blocked.push('stock-unconfirmed')
  return { releasable: blocked.length === 0, blockedBy: blocked }
}
