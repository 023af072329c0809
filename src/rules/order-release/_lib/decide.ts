import { compiledVersionOn } from '../../../core/versioning'
import { sum, type Decimal } from '../../../core/decimal'
import { fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import {
  OrderContextSchema,
  OrderSchema,
  type OrderContext,
  type OrderContextInput,
  type OrderInput,
  type OrderReleaseRule,
} from '../../../models/order'
import { type CompiledOrderPolicy } from './policy'
import type { PolicyStamp } from '../../../core/versioning'
import {
  checkCredit,
  checkFields,
  checkPrepaid,
  checkPrices,
  checkQualification,
  checkStock,
  checkTerms,
  money,
  paymentTotals,
  ruleLabel,
  type CreditRisk,
  type Facts,
  type OrderFinding,
  type OrderWarning,
  type StageOutput,
} from './stages'

/**
 * A blocker: a rule the order breaks, and the roles that may override it.
 *
 * @group Order release
 */
export interface OrderBlocker extends OrderFinding {
  /** The roles of the policy's `overrides` that may release the order despite this rule. */
  readonly overridableBy: readonly string[]
}

/**
 * An override that released a blocked order: what it records.
 *
 * @group Order release
 */
export interface OrderOverride {
  /** The overriding role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** Who. */
  readonly by: string
  /** The day. */
  readonly on: string
  /** Why, when given. */
  readonly reason: string | null
  /** The rules it overrode. */
  readonly rules: readonly OrderReleaseRule[]
}

/**
 * The figures behind an order release decision.
 *
 * @group Order release
 */
export interface OrderFigures {
  /**
   * The order amount, Σ quantity × unitPrice, exact. Every amount of a decision serialises at the policy's
   * `moneyScale` (never rounded: a value with more decimals is written whole).
   */
  readonly amount: Decimal
  /** Payments received on or before `asOf`. */
  readonly received: Decimal
  /** Of those, the ones confirmed by finance on or before `asOf`. */
  readonly confirmed: Decimal
  /** The payment terms' kind that applied, or `null` when the terms were missing or not allowed. */
  readonly termsKind: 'prepaid' | 'credit' | null
  /** The credit risk, for terms of kind `credit`; `null` otherwise. */
  readonly credit: CreditRisk | null
}

/**
 * Whether an order may be released for invoicing and shipment (开单发货), and why.
 *
 * @group Order release
 */
export interface OrderReleaseDecision {
  /** The order's id. */
  readonly orderId: string
  /** True when nothing blocks the order, or an override covering every blocker was recorded. */
  readonly releasable: boolean
  /** Every rule the order breaks, in the order checked. */
  readonly blockers: readonly OrderBlocker[]
  /** Things to look at that do not block release. */
  readonly warnings: readonly OrderWarning[]
  /** The roles that may override every blocker at once (empty when there is none, or no role may). */
  readonly overridableBy: readonly string[]
  /** The override that released the order, or `null`. */
  readonly override: OrderOverride | null
  /** Amount, payments and credit risk. */
  readonly figures: OrderFigures
  /** The policy version that decided it (the one in force on `asOf`). */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

function mayOverride(compiled: CompiledOrderPolicy, role: string, rule: OrderReleaseRule): boolean {
  const rules = compiled.overrideRoles.get(role)?.rules
  return rules === undefined || rules.includes(rule)
}

/** Parses the order and its context and checks what the schemas cannot: currency, self-reference, roles. */
function parseFacts(
  versions: readonly CompiledOrderPolicy[],
  orderInput: OrderInput,
  contextInput: OrderContextInput,
): Facts {
  const order = parseWith(OrderSchema(), orderInput, 'INVALID_INPUT', ['order'])
  const context: OrderContext = parseWith(OrderContextSchema(), contextInput, 'INVALID_INPUT', ['context'])
  const compiled = compiledVersionOn(versions, context.asOf, ['context', 'asOf'])
  const { policy } = compiled
  if (order.currency !== policy.currency)
    fail('INVALID_INPUT', 'order.currency', ['order', 'currency'], {
      currency: order.currency,
      expected: policy.currency,
    })
  const self = context.openOrders.findIndex((o) => o.id === order.id)
  if (self >= 0)
    fail('INVALID_INPUT', 'order.self-open', ['context', 'openOrders', self, 'id'], { id: order.id })
  const override = context.override
  if (override !== undefined) {
    if (!compiled.overrideRoles.has(override.role))
      fail('INVALID_INPUT', 'order.unknown-override-role', ['context', 'override', 'role'], {
        role: override.role,
      })
    if (policy.overrideReasonRequired && override.reason === undefined)
      fail('INVALID_INPUT', 'order.override-reason', ['context', 'override', 'reason'])
  }
  const amount = money(compiled, sum(order.lines.map((l) => l.quantity.times(l.unitPrice))))
  return { compiled, order, context, amount }
}

/** Applies a recorded override: it releases the order only when its role may override every blocker. */
function applyOverride(
  facts: Facts,
  blockers: readonly OrderBlocker[],
  trace: TraceStep[],
): OrderOverride | null {
  const o = facts.context.override
  if (o === undefined) return null
  const label = facts.compiled.overrideRoles.get(o.role)?.label ?? o.role
  if (blockers.length === 0) {
    trace.push(step('order.override-unneeded', { role: label }))
    return null
  }
  const refused = blockers.filter((b) => !b.overridableBy.includes(o.role))
  if (refused.length > 0) {
    trace.push(step('order.override-refused', { role: label, rules: refused.map((b) => b.rule).join(', ') }))
    return null
  }
  const rules = [...new Set(blockers.map((b) => b.rule))]
  trace.push(step('order.overridden', { role: label, by: o.by, on: o.on, reason: o.reason ?? '—' }))
  return { role: o.role, label, by: o.by, on: o.on, reason: o.reason ?? null, rules }
}

/** The whole check: stages in order, then blockers, override and the verdict. */
export function decideRelease(
  versions: readonly CompiledOrderPolicy[],
  orderInput: OrderInput,
  contextInput: OrderContextInput,
): OrderReleaseDecision {
  const facts = parseFacts(versions, orderInput, contextInput)
  const { compiled, order, amount } = facts
  const trace: TraceStep[] = [
    step('order.amount', { id: order.id, amount, lines: order.lines.length, asOf: facts.context.asOf }),
  ]
  const stages: StageOutput[] = [checkQualification(facts)]
  const fields = checkFields(facts)
  stages.push(fields)
  const terms = checkTerms(
    facts,
    fields.blockers.some((b) => b.path[1] === 'paymentTerms'),
  )
  stages.push(terms)
  const totals = paymentTotals(facts)
  stages.push(totals)
  let credit: CreditRisk | null = null
  if (terms.kind === 'prepaid') stages.push(checkPrepaid(facts, totals))
  else if (terms.kind === 'credit') {
    const checked = checkCredit(facts, totals)
    credit = checked.risk
    stages.push(checked)
  }
  stages.push(checkPrices(facts), checkStock(facts))
  for (const s of stages) trace.push(...s.trace)
  const roles = compiled.policy.overrides.map((o) => o.role)
  const blockers: OrderBlocker[] = stages
    .flatMap((s) => s.blockers)
    .map((b) => ({ ...b, overridableBy: roles.filter((r) => mayOverride(compiled, r, b.rule)) }))
  const overridableBy =
    blockers.length === 0 ? [] : roles.filter((r) => blockers.every((b) => b.overridableBy.includes(r)))
  const override = applyOverride(facts, blockers, trace)
  const releasable = blockers.length === 0 || override !== null
  if (blockers.length === 0) trace.push(step('order.releasable'))
  else if (override === null)
    trace.push(step('order.blocked', { count: blockers.length, rules: ruleNames(blockers) }))
  return {
    orderId: order.id,
    releasable,
    blockers,
    warnings: stages.flatMap((s) => s.warnings),
    overridableBy,
    override,
    figures: {
      amount,
      received: totals.received,
      confirmed: totals.confirmed,
      termsKind: terms.kind,
      credit,
    },
    policy: compiled.stamp,
    trace,
  }
}

/** The names of the rules that block, once each, in both languages. */
function ruleNames(blockers: readonly OrderBlocker[]): { en: string; 'zh-CN': string } {
  const rules = [...new Set(blockers.map((b) => b.rule))].map(ruleLabel)
  return { en: rules.map((l) => l.en).join(', '), 'zh-CN': rules.map((l) => l['zh-CN']).join('、') }
}
