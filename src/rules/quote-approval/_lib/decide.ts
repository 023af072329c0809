import { truncate, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError } from '../../../core/errors'
import { en } from '../../../core/messages/en'
import { parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { QuoteSchema, type Quote, type QuoteApprovalPolicy, type QuoteInput } from '../../../models/quote'
import { quoteFigures, type QuoteFigures } from './figures'

/** The rules a quote is checked against. */
export const APPROVAL_RULES = ['net-total', 'average-discount', 'line-discount', 'margin-rate', 'below-cost'] as const

/** One of the approval rules. */
export type ApprovalRule = (typeof APPROVAL_RULES)[number]

const RULE_LABEL: Readonly<Record<ApprovalRule, { en: string; 'zh-CN': string }>> = {
  'net-total': { en: 'Net total', 'zh-CN': '报价净额' },
  'average-discount': { en: 'Average discount', 'zh-CN': '平均折扣' },
  'line-discount': { en: 'Line discount', 'zh-CN': '单行折扣' },
  'margin-rate': { en: 'Gross margin rate', 'zh-CN': '毛利率' },
  'below-cost': { en: 'Price below cost', 'zh-CN': '低于成本价' },
}

/** A rule the quote breaks for the role that asks. */
export interface FiredRule {
  /** Which rule. */
  readonly rule: ApprovalRule
  /** The quote's value (for `line-discount` and `below-cost`, the line's). */
  readonly actual: Decimal
  /** The requester's limit, or `null` when the rule has no limit at that level (`below-cost`). */
  readonly limit: Decimal | null
  /** The line index, for line rules. */
  readonly line: number | null
  /** The lowest role whose authority covers this rule, or `null` when no role's does. */
  readonly requiredRole: string | null
}

/** An approver asked in parallel to the ladder. */
export interface ParallelApproval {
  /** The approver's role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** Why: `payment-terms` or `contract-review`. */
  readonly reason: 'payment-terms' | 'contract-review'
}

/** A rung of the approval chain. */
export interface ChainStep {
  /** The role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
}

/** Who must approve a quote, and why. */
export interface ApprovalDecision {
  /** True when the requester's own authority covers the quote and no parallel approval is needed. */
  readonly autoApproved: boolean
  /** The lowest role that may approve it, or `null` when it is beyond every role. */
  readonly requiredRole: string | null
  /** The roles that sign, in order (sequential), the requester excluded. */
  readonly chain: readonly ChainStep[]
  /** Approvals needed besides the ladder (finance, contract review), in parallel. */
  readonly parallel: readonly ParallelApproval[]
  /** Every rule that goes beyond the requester's authority, with the actual value and the limit. */
  readonly rules: readonly FiredRule[]
  /** The derived totals, discounts and margin. */
  readonly figures: QuoteFigures
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

/** A policy prepared for evaluating quotes. */
export interface CompiledQuotePolicy {
  readonly policy: QuoteApprovalPolicy
  readonly roleIndex: ReadonlyMap<string, number>
}

/** Prepares a validated policy. */
export function compileQuotePolicy(policy: QuoteApprovalPolicy): CompiledQuotePolicy {
  return { policy, roleIndex: new Map(policy.ladder.map((r, i) => [r.role, i])) }
}

function invalid(path: (string | number)[], code: keyof typeof en, params: Record<string, string>): never {
  const message = en[code].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
  throw new SalesRulesError('INVALID_INPUT', [{ path, code, message, params }])
}

/** Parses a quote and checks it against the policy's currency and roles. */
export function parseQuote(compiled: CompiledQuotePolicy, input: QuoteInput): Quote {
  const quote = parseWith(QuoteSchema, input, 'INVALID_INPUT', ['quote'])
  if (quote.currency !== compiled.policy.currency) invalid(['quote', 'currency'], 'quote.currency', { currency: quote.currency, expected: compiled.policy.currency })
  if (!compiled.roleIndex.has(quote.requestedBy)) invalid(['quote', 'requestedBy'], 'quote.unknown-role', { role: quote.requestedBy })
  return quote
}

/** `value ≤ limit` (inclusive) or `value < limit` (exclusive); `undefined` is unlimited. */
function within(policy: QuoteApprovalPolicy, value: Decimal, limit: Decimal | undefined): boolean {
  if (limit === undefined) return true
  return policy.boundary === 'inclusive' ? value.lte(limit) : value.lt(limit)
}

/** `part ÷ whole ≤ limit`, decided exactly as `part ≤ limit × whole` (whole ≥ 0). */
function ratioWithin(policy: QuoteApprovalPolicy, part: Decimal, whole: Decimal, limit: Decimal | undefined): boolean {
  if (limit === undefined) return true
  if (whole.isZero()) return within(policy, ZERO, limit)
  return policy.boundary === 'inclusive' ? part.lte(limit.times(whole)) : part.lt(limit.times(whole))
}

/** `margin ÷ net ≥ min`, exactly. */
function marginWithin(policy: QuoteApprovalPolicy, margin: Decimal, net: Decimal, minRate: Decimal | undefined): boolean {
  if (minRate === undefined) return true
  // a zero net has a margin rate of zero (see `ratio`)
  const [value, bound] = net.isZero() ? [ZERO, minRate] : [margin, minRate.times(net)]
  return policy.boundary === 'inclusive' ? value.gte(bound) : value.gt(bound)
}

function extra(policy: QuoteApprovalPolicy, grade: string | undefined, category: string | undefined): { grade: Decimal; category: Decimal } {
  let g = ZERO
  let c = ZERO
  for (const o of policy.overrides) {
    if (o.customerGrade !== undefined && o.customerGrade === grade) g = g.plus(o.extraDiscount)
    if (o.category !== undefined && o.category === category) c = c.plus(o.extraDiscount)
  }
  return { grade: g, category: c }
}

/** Whether the role at `index` covers every rule for the quote: the per-rule lowest roles. */
function lowestRoles(compiled: CompiledQuotePolicy, quote: Quote, figures: QuoteFigures) {
  const { policy } = compiled
  const ladder = policy.ladder
  const gradeExtra = extra(policy, quote.customer.grade, undefined).grade
  const first = (ok: (limits: QuoteApprovalPolicy['ladder'][number]['limits']) => boolean) => {
    const i = ladder.findIndex((r) => ok(r.limits))
    return i < 0 ? null : i
  }
  const plus = (limit: Decimal | undefined, more: Decimal) => (limit === undefined ? undefined : limit.plus(more))
  const net = first((l) => within(policy, figures.netTotal, l.maxNetTotal))
  const average = first((l) => ratioWithin(policy, figures.listTotal.minus(figures.netTotal), figures.listTotal, plus(l.maxAverageDiscount, gradeExtra)))
  const lines = figures.lines.map((line) => {
    const more = gradeExtra.plus(extra(policy, undefined, line.category).category)
    return first((l) => ratioWithin(policy, line.listPrice.minus(line.effectivePrice), line.listPrice, plus(l.maxLineDiscount, more)))
  })
  const margin = figures.grossMargin === null ? 0 : first((l) => marginWithin(policy, figures.grossMargin as Decimal, figures.netTotal, l.minMarginRate))
  const belowCost = figures.lines.map((l) => (l.belowCost && policy.belowCostNeedsTop ? ladder.length - 1 : 0))
  return { net, average, lines, margin, belowCost, gradeExtra }
}

const label = (compiled: CompiledQuotePolicy, index: number) => compiled.policy.ladder[index]?.label ?? ''
const roleId = (compiled: CompiledQuotePolicy, index: number | null) => (index === null ? null : (compiled.policy.ladder[index]?.role ?? null))

/** Decides who must approve a parsed quote. */
export function decide(compiled: CompiledQuotePolicy, quote: Quote): ApprovalDecision {
  const { policy } = compiled
  const figures = quoteFigures(quote)
  const requester = compiled.roleIndex.get(quote.requestedBy) ?? 0
  const limits = policy.ladder[requester]?.limits ?? {}
  const lowest = lowestRoles(compiled, quote, figures)
  const trace: TraceStep[] = [
    step('quote.figures', { net: figures.netTotal, list: figures.listTotal, currency: quote.currency, discount: truncate(figures.averageDiscount, 6) }),
  ]
  if (figures.grossMargin === null || figures.marginRate === null) trace.push(step('quote.no-cost'))
  else trace.push(step('quote.margin', { margin: figures.grossMargin, rate: truncate(figures.marginRate, 6) }))
  const rules: FiredRule[] = []
  const fire = (rule: ApprovalRule, actual: Decimal, limit: Decimal | null, line: number | null, required: number | null) => {
    if (required !== null && required <= requester) return
    rules.push({ rule, actual, limit, line, requiredRole: roleId(compiled, required) })
    const params = { rule: RULE_LABEL[rule], actual, limit: limit ?? '—', role: label(compiled, requester), line: line === null ? '' : line + 1 }
    trace.push(required === null ? step('quote.rule-none', params) : step('quote.rule', { ...params, required: label(compiled, required) }))
  }
  fire('net-total', figures.netTotal, limits.maxNetTotal ?? null, null, lowest.net)
  fire('average-discount', truncate(figures.averageDiscount, 6), limits.maxAverageDiscount?.plus(lowest.gradeExtra) ?? null, null, lowest.average)
  figures.lines.forEach((line, i) => {
    const more = lowest.gradeExtra.plus(extra(policy, undefined, line.category).category)
    fire('line-discount', truncate(line.discount, 6), limits.maxLineDiscount?.plus(more) ?? null, i, lowest.lines[i] ?? null)
  })
  if (figures.marginRate !== null) fire('margin-rate', truncate(figures.marginRate, 6), limits.minMarginRate ?? null, null, lowest.margin)
  figures.lines.forEach((line, i) => {
    if (line.belowCost && policy.belowCostNeedsTop) fire('below-cost', line.effectivePrice, line.unitCost, i, lowest.belowCost[i] ?? null)
  })
  const all = [lowest.net, lowest.average, lowest.margin, ...lowest.lines, ...lowest.belowCost]
  const required = all.some((i) => i === null) ? null : Math.max(requester, ...(all as number[]))
  const parallel: ParallelApproval[] = []
  if (policy.paymentTerms && quote.paymentTerms !== undefined && quote.paymentTerms !== policy.paymentTerms.default) {
    parallel.push({ role: policy.paymentTerms.approver.role, label: policy.paymentTerms.approver.label, reason: 'payment-terms' })
    trace.push(step('quote.payment-terms', { terms: quote.paymentTerms, standard: policy.paymentTerms.default, approver: policy.paymentTerms.approver.label }))
  }
  if (policy.contractReview && !within(policy, figures.netTotal, policy.contractReview.above)) {
    parallel.push({ role: policy.contractReview.approver.role, label: policy.contractReview.approver.label, reason: 'contract-review' })
    trace.push(step('quote.contract-review', { net: figures.netTotal, above: policy.contractReview.above, approver: policy.contractReview.approver.label }))
  }
  const chain: ChainStep[] = []
  if (required !== null && required > requester) {
    const from = policy.chain === 'each-level' ? requester + 1 : required
    for (let i = from; i <= required; i += 1) chain.push({ role: policy.ladder[i]?.role ?? '', label: label(compiled, i) })
  }
  const autoApproved = required === requester && parallel.length === 0
  if (required === null) trace.push(step('quote.beyond-all'))
  else if (required === requester) trace.push(step('quote.within', { role: label(compiled, requester) }))
  else trace.push(step('quote.required', { role: label(compiled, required), steps: chain.length }))
  return { autoApproved, requiredRole: roleId(compiled, required), chain, parallel, rules, figures, trace }
}
