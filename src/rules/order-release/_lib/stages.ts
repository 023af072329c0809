// The stages of an order release check, in the order checkOrderRelease runs them: validity
// (qualification, required fields) → payment terms → payments (先款后货) → credit → prices → stock.
// Each takes the typed order, context and policy and returns its blockers, warnings and trace steps.
import { atScale, max, ratio, sum, ZERO, type Decimal } from '../../../core/decimal'
import { utcDate } from '../../../core/dates'
import type { PathSegment } from '../../../core/errors'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type {
  Order,
  OrderContext,
  OrderReleasePolicy,
  OrderReleaseRule,
  RiskComponent,
} from '../../../models/order'
import type { CompiledOrderPolicy } from './policy'

/**
 * A rule the order breaks: what was found, the limit, and where.
 *
 * @group Order release
 */
export interface OrderFinding {
  /** Which rule. */
  readonly rule: OrderReleaseRule
  /** The value found (an amount, a price deviation), or `null` when the rule is about presence. */
  readonly actual: Decimal | null
  /** The limit it is measured against, or `null`. */
  readonly limit: Decimal | null
  /** The path of the field at fault, from the arguments (`['order', 'lines', 0, 'unitPrice']`). */
  readonly path: readonly PathSegment[]
}

/**
 * Something to look at that does not block release.
 *
 * @group Order release
 */
export interface OrderWarning {
  /**
   * `payment-not-yet`: a payment dated after `asOf` does not count yet; `confirmation-not-counted`: a
   * confirmation by a role that may not confirm, or dated after `asOf`; `receivable-past-due`: a receivable
   * past its due date but within the maturity margin.
   */
  readonly rule: 'payment-not-yet' | 'confirmation-not-counted' | 'receivable-past-due'
  /** The amount concerned. */
  readonly actual: Decimal
  /** Where. */
  readonly path: readonly PathSegment[]
}

/**
 * One component of the credit risk and its amount.
 *
 * @group Order release
 */
export interface RiskPart {
  /** The component; `this-order` is the order's amount not yet covered by confirmed payments. */
  readonly component: RiskComponent | 'this-order'
  /** Its amount. */
  readonly amount: Decimal
}

/**
 * The customer's credit risk with this order, against its limit.
 *
 * @group Order release
 */
export interface CreditRisk {
  /** The total: the sum of `breakdown`. */
  readonly total: Decimal
  /** The limit applied. */
  readonly limit: Decimal
  /** Where the limit comes from: the customer's own, its grade's, the default, or none (zero). */
  readonly limitSource: 'customer' | 'grade' | 'default' | 'none'
  /** Each counted component, in a fixed order, ending with `this-order`. */
  readonly breakdown: readonly RiskPart[]
  /** Receivables overdue beyond the maturity margin (counted in the risk or not). */
  readonly overdue: Decimal
}

export interface StageOutput {
  readonly blockers: OrderFinding[]
  readonly warnings: OrderWarning[]
  readonly trace: TraceStep[]
}

export interface Facts {
  readonly compiled: CompiledOrderPolicy
  readonly order: Order
  readonly context: OrderContext
  /** Σ quantity × unitPrice. */
  readonly amount: Decimal
}

const emptyStage = (): StageOutput => ({ blockers: [], warnings: [], trace: [] })

/** `value` marked to serialise at the policy's `moneyScale` (never rounded; see `atScale`). */
export function money(compiled: CompiledOrderPolicy, value: Decimal): Decimal {
  return atScale(value, compiled.policy.moneyScale)
}

const RULE_LABEL: Readonly<Record<OrderReleaseRule, { en: string; 'zh-CN': string }>> = {
  'customer-unqualified': { en: 'Customer qualification', 'zh-CN': '客户资质' },
  'field-missing': { en: 'Required field', 'zh-CN': '必填项' },
  'payment-terms': { en: 'Payment terms', 'zh-CN': '付款方式' },
  'payment-first': { en: 'Payment before goods', 'zh-CN': '先款后货' },
  'payment-unconfirmed': { en: 'Finance confirmation', 'zh-CN': '财务确认' },
  'credit-limit': { en: 'Credit limit', 'zh-CN': '信用额度' },
  'overdue-receivables': { en: 'Overdue receivables', 'zh-CN': '逾期应收款' },
  'price-unlisted': { en: 'Price list', 'zh-CN': '价格表' },
  'price-off-list': { en: 'Price', 'zh-CN': '价格' },
  'stock-unconfirmed': { en: 'Stock confirmation', 'zh-CN': '存货确认' },
}

/** The bilingual name of a rule, for traces. */
export function ruleLabel(rule: OrderReleaseRule): { en: string; 'zh-CN': string } {
  return RULE_LABEL[rule]
}

const FIELD_LABEL: Readonly<Record<string, { en: string; 'zh-CN': string }>> = {
  deliveryDate: { en: 'delivery date', 'zh-CN': '交货期' },
  paymentTerms: { en: 'payment terms', 'zh-CN': '付款方式' },
  priceList: { en: 'price list reference', 'zh-CN': '价格表编号' },
}

const KIND_LABEL = {
  prepaid: { en: 'payment before goods', 'zh-CN': '先款后货' },
  credit: { en: 'on credit', 'zh-CN': '赊销' },
} as const

const COMPONENT_LABEL: Readonly<Record<RiskPart['component'], { en: string; 'zh-CN': string }>> = {
  'open-receivables': { en: 'open receivables', 'zh-CN': '未逾期应收款' },
  'overdue-receivables': { en: 'overdue receivables', 'zh-CN': '逾期应收款' },
  'open-orders': { en: 'other open orders', 'zh-CN': '其他未开票订单' },
  'this-order': { en: 'this order less confirmed payments', 'zh-CN': '本订单（扣除已确认款项）' },
}

const SOURCE_LABEL: Readonly<Record<CreditRisk['limitSource'], { en: string; 'zh-CN': string }>> = {
  customer: { en: 'customer’s', 'zh-CN': '客户' },
  grade: { en: 'grade', 'zh-CN': '等级' },
  default: { en: 'default', 'zh-CN': '默认' },
  none: { en: 'no-credit', 'zh-CN': '无信用' },
}

/** Days from `from` to `to` (positive when `to` is later), by calendar days. */
function daysBetween(from: string, to: string): number {
  const day = (t: string) =>
    Math.round(
      utcDate(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))).getTime() / 86_400_000,
    )
  return day(to) - day(from)
}

/** 确认订单有效性 — 客户资质: the qualification must be approved and in date on `asOf`. */
export function checkQualification({ compiled, context }: Facts): StageOutput {
  const out = emptyStage()
  if (!compiled.policy.customerQualification) return out
  const q = context.qualification
  const path = ['context', 'qualification']
  if (q === undefined || !q.approved) {
    out.blockers.push({ rule: 'customer-unqualified', actual: null, limit: null, path })
    out.trace.push(step('order.unqualified'))
  } else if (q.validUntil !== undefined && q.validUntil < context.asOf) {
    out.blockers.push({
      rule: 'customer-unqualified',
      actual: null,
      limit: null,
      path: [...path, 'validUntil'],
    })
    out.trace.push(step('order.qualification-expired', { until: q.validUntil, asOf: context.asOf }))
  } else out.trace.push(step('order.qualified'))
  return out
}

/** Required fields (交货期, 付款方式, 价格表): each one missing is a blocker. */
export function checkFields({ compiled, order }: Facts): StageOutput {
  const out = emptyStage()
  for (const field of compiled.policy.requiredFields) {
    if (order[field] !== undefined) continue
    out.blockers.push({ rule: 'field-missing', actual: null, limit: null, path: ['order', field] })
    out.trace.push(step('order.field-missing', { field: FIELD_LABEL[field] ?? field }))
  }
  return out
}

/** The terms that apply: the order's, or the policy's default. */
export type TermsOutcome = StageOutput & { readonly kind: 'prepaid' | 'credit' | null }

/** 付款方式: the terms must be listed and allowed for the customer's grade. */
export function checkTerms({ compiled, order }: Facts, fieldsBlocked: boolean): TermsOutcome {
  const out = emptyStage()
  const id = order.paymentTerms ?? compiled.policy.defaultPaymentTerms
  const path = ['order', 'paymentTerms']
  if (id === undefined) {
    if (!fieldsBlocked) {
      out.blockers.push({ rule: 'field-missing', actual: null, limit: null, path })
      out.trace.push(step('order.field-missing', { field: FIELD_LABEL['paymentTerms'] as LocalizedText }))
    }
    return { ...out, kind: null }
  }
  const terms = compiled.terms.get(id)
  if (terms === undefined) {
    out.blockers.push({ rule: 'payment-terms', actual: null, limit: null, path })
    out.trace.push(step('order.terms-unknown', { terms: id }))
    return { ...out, kind: null }
  }
  const grade = order.customer.grade
  if (terms.customerGrades !== undefined && (grade === undefined || !terms.customerGrades.includes(grade))) {
    out.blockers.push({ rule: 'payment-terms', actual: null, limit: null, path })
    out.trace.push(
      step('order.terms-grade', {
        terms: terms.label,
        grade: grade ?? '—',
        grades: terms.customerGrades.join(', '),
      }),
    )
    return { ...out, kind: null }
  }
  out.trace.push(
    step(order.paymentTerms === undefined ? 'order.terms-default' : 'order.terms', {
      terms: terms.label,
      kind: KIND_LABEL[terms.kind],
    }),
  )
  return { ...out, kind: terms.kind }
}

/** The payments that count on `asOf`: received, and confirmed by a confirming role. */
export interface PaymentTotals {
  readonly received: Decimal
  readonly confirmed: Decimal
}

/** Sums the payments received and confirmed on `asOf`, with warnings for those that do not count. */
export function paymentTotals({ compiled, context }: Facts): StageOutput & PaymentTotals {
  const out = emptyStage()
  const received: Decimal[] = []
  const confirmed: Decimal[] = []
  context.payments.forEach((p, i) => {
    if (p.date > context.asOf) {
      out.warnings.push({
        rule: 'payment-not-yet',
        actual: money(compiled, p.amount),
        path: ['context', 'payments', i],
      })
      out.trace.push(step('order.payment-not-yet', { id: p.id, amount: p.amount, date: p.date }))
      return
    }
    received.push(p.amount)
    const c = p.confirmation
    if (c !== undefined && compiled.confirmers.has(c.by) && c.on <= context.asOf) {
      confirmed.push(p.amount)
      out.trace.push(step('order.payment-confirmed', { id: p.id, amount: p.amount, by: c.by, on: c.on }))
      return
    }
    if (c !== undefined)
      out.warnings.push({
        rule: 'confirmation-not-counted',
        actual: money(compiled, p.amount),
        path: ['context', 'payments', i, 'confirmation'],
      })
    out.trace.push(step('order.payment-unconfirmed', { id: p.id, amount: p.amount }))
  })
  return { ...out, received: money(compiled, sum(received)), confirmed: money(compiled, sum(confirmed)) }
}

/**
 * 先款后货: confirmed payments must cover the order. Received but unconfirmed money that would cover it is
 * `payment-unconfirmed` (财务确认); less than the order received is `payment-first`. The two never fire
 * together.
 */
export function checkPrepaid({ amount }: Facts, totals: PaymentTotals): StageOutput {
  const out = emptyStage()
  const path = ['context', 'payments']
  if (totals.confirmed.gte(amount)) {
    out.trace.push(step('order.prepaid-covered', { confirmed: totals.confirmed, amount }))
  } else if (totals.received.gte(amount)) {
    out.blockers.push({ rule: 'payment-unconfirmed', actual: totals.confirmed, limit: amount, path })
    out.trace.push(
      step('order.prepaid-unconfirmed', { received: totals.received, confirmed: totals.confirmed, amount }),
    )
  } else {
    out.blockers.push({ rule: 'payment-first', actual: totals.received, limit: amount, path })
    out.trace.push(step('order.prepaid-short', { received: totals.received, amount }))
  }
  return out
}

function creditLimit(
  compiled: CompiledOrderPolicy,
  order: Order,
): { limit: Decimal; source: CreditRisk['limitSource'] } {
  const own = compiled.customerLimits.get(order.customer.id)
  if (own !== undefined) return { limit: own, source: 'customer' }
  const grade =
    order.customer.grade === undefined ? undefined : compiled.gradeLimits.get(order.customer.grade)
  if (grade !== undefined) return { limit: grade, source: 'grade' }
  const fallback = compiled.policy.credit?.defaultLimit
  return fallback === undefined ? { limit: ZERO, source: 'none' } : { limit: fallback, source: 'default' }
}

/** The receivables split at the maturity margin, with a warning for each past due within it. */
function receivableSplit(
  compiled: CompiledOrderPolicy,
  credit: NonNullable<OrderReleasePolicy['credit']>,
  context: OrderContext,
): { open: Decimal; overdue: Decimal; firstOverdue: number; out: StageOutput } {
  const out = emptyStage()
  const open: Decimal[] = []
  const overdue: Decimal[] = []
  let firstOverdue = -1
  context.receivables.forEach((r, i) => {
    const days = daysBetween(r.dueDate, context.asOf)
    if (days > credit.maturityMarginDays) {
      overdue.push(r.amount)
      if (firstOverdue < 0 && !r.amount.isZero()) firstOverdue = i
      out.trace.push(step('order.receivable-overdue', { id: r.id, amount: r.amount, due: r.dueDate, days }))
      return
    }
    open.push(r.amount)
    if (days > 0 && !r.amount.isZero()) {
      out.warnings.push({
        rule: 'receivable-past-due',
        actual: money(compiled, r.amount),
        path: ['context', 'receivables', i],
      })
      out.trace.push(
        step('order.receivable-margin', {
          id: r.id,
          amount: r.amount,
          days,
          margin: credit.maturityMarginDays,
        }),
      )
    }
  })
  return { open: money(compiled, sum(open)), overdue: money(compiled, sum(overdue)), firstOverdue, out }
}

/**
 * Credit (赊销): the risk — the counted components plus the order's amount not covered by confirmed
 * payments — must not exceed the limit (a risk equal to the limit is within it), and no receivable may be
 * overdue beyond the maturity margin when `blockOverdue`.
 */
export function checkCredit(facts: Facts, totals: PaymentTotals): StageOutput & { risk: CreditRisk } {
  const { compiled, order, context, amount } = facts
  const credit = compiled.policy.credit as NonNullable<OrderReleasePolicy['credit']>
  const split = receivableSplit(compiled, credit, context)
  const out = split.out
  const values: Readonly<Record<RiskComponent, Decimal>> = {
    'open-receivables': split.open,
    'overdue-receivables': split.overdue,
    'open-orders': money(compiled, sum(context.openOrders.map((o) => o.amount))),
  }
  const counted = new Set(credit.components)
  const breakdown: RiskPart[] = [
    ...(['open-receivables', 'overdue-receivables', 'open-orders'] as const)
      .filter((c) => counted.has(c))
      .map((component) => ({ component, amount: values[component] })),
    { component: 'this-order', amount: money(compiled, max(ZERO, amount.minus(totals.confirmed))) },
  ]
  for (const part of breakdown)
    out.trace.push(
      step('order.risk-part', { component: COMPONENT_LABEL[part.component], amount: part.amount }),
    )
  const total = money(compiled, sum(breakdown.map((p) => p.amount)))
  const own = creditLimit(compiled, order)
  const limit = money(compiled, own.limit)
  const source = own.source
  const risk: CreditRisk = { total, limit, limitSource: source, breakdown, overdue: split.overdue }
  if (total.gt(limit)) {
    out.blockers.push({ rule: 'credit-limit', actual: total, limit, path: ['order'] })
    out.trace.push(
      step('order.credit-exceeded', {
        risk: total,
        limit,
        source: SOURCE_LABEL[source],
        excess: total.minus(limit),
      }),
    )
  } else out.trace.push(step('order.credit-within', { risk: total, limit, source: SOURCE_LABEL[source] }))
  if (credit.blockOverdue && split.overdue.gt(ZERO)) {
    out.blockers.push({
      rule: 'overdue-receivables',
      actual: split.overdue,
      limit: money(compiled, ZERO),
      path: ['context', 'receivables', split.firstOverdue],
    })
    out.trace.push(
      step('order.overdue-blocks', { overdue: split.overdue, margin: credit.maturityMarginDays }),
    )
  }
  return { ...out, risk }
}

/**
 * 所有销售价格均按公司制订价格: each line's unit price within the tolerance of the list price, decided
 * exactly as `|price − list| ≤ tolerance × list`.
 */
export function checkPrices({ compiled, order, context }: Facts): StageOutput {
  const out = emptyStage()
  const tolerance = compiled.policy.priceTolerance
  if (tolerance === undefined) return out
  const prices = new Map(context.priceList.map((p) => [p.product, p.price]))
  order.lines.forEach((line, i) => {
    // a free line (搭赠) is priced 0 by definition: the price list does not apply to it
    if (line.free) return
    const list = prices.get(line.product)
    if (list === undefined) {
      out.blockers.push({
        rule: 'price-unlisted',
        actual: null,
        limit: null,
        path: ['order', 'lines', i, 'product'],
      })
      out.trace.push(step('order.price-unlisted', { product: line.product }))
      return
    }
    const gap = line.unitPrice.minus(list)
    if (gap.abs().gt(tolerance.times(list))) {
      // a ratio: serialises cut to 6 decimals (the value stays exact)
      const deviation = ratio(gap, list)
      out.blockers.push({
        rule: 'price-off-list',
        actual: deviation,
        limit: tolerance,
        path: ['order', 'lines', i, 'unitPrice'],
      })
      out.trace.push(
        step('order.price-off', { product: line.product, price: line.unitPrice, list, deviation, tolerance }),
      )
    }
  })
  if (out.blockers.length === 0) out.trace.push(step('order.prices-ok', { tolerance }))
  return out
}

/** 开单前将存货的情况通知客户,并在取得客户的认可后方可开单: every product's stock accepted by `asOf`. */
export function checkStock({ compiled, order, context }: Facts): StageOutput {
  const out = emptyStage()
  if (!compiled.policy.stockConfirmation) return out
  const accepted = new Set(
    context.stockConfirmations.filter((s) => s.on <= context.asOf).map((s) => s.product),
  )
  order.lines.forEach((line, i) => {
    if (accepted.has(line.product)) return
    out.blockers.push({
      rule: 'stock-unconfirmed',
      actual: null,
      limit: null,
      path: ['order', 'lines', i, 'product'],
    })
    out.trace.push(step('order.stock-unconfirmed', { product: line.product }))
  })
  if (out.blockers.length === 0) out.trace.push(step('order.stock-ok'))
  return out
}
