import { atScale, truncate, ZERO, type Decimal } from '../../../core/decimal'
import { stampOf, type PolicyStamp } from '../../../core/versioning'
import { fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import { QuoteSchema, type Quote, type QuoteApprovalPolicy, type QuoteInput } from '../../../models/quote'
import { lineDiscount, quoteFigures, type QuoteFigures } from './figures'

/**
 * The rules a quote is checked against.
 *
 * @group Quote approval
 */
export const APPROVAL_RULES = [
  'net-total',
  'average-discount',
  'line-discount',
  'margin-rate',
  'below-cost',
  'cost-missing',
] as const

/**
 * One of the approval rules.
 *
 * @group Quote approval
 */
export type ApprovalRule = (typeof APPROVAL_RULES)[number]

const RULE_LABEL: Readonly<Record<ApprovalRule, { en: string; 'zh-CN': string }>> = {
  'net-total': { en: 'Net total', 'zh-CN': '报价净额' },
  'average-discount': { en: 'Average discount', 'zh-CN': '平均折扣' },
  'line-discount': { en: 'Line discount', 'zh-CN': '单行折扣' },
  'margin-rate': { en: 'Gross margin rate', 'zh-CN': '毛利率' },
  'below-cost': { en: 'Price below cost', 'zh-CN': '低于成本价' },
  'cost-missing': { en: 'Costs missing', 'zh-CN': '缺少成本' },
}

/** A line rule's label names its line (1-based), so that the explanation says which line broke it. */
function ruleLabel(rule: ApprovalRule, line: number | null): { en: string; 'zh-CN': string } {
  if (line === null) return RULE_LABEL[rule]
  return rule === 'below-cost'
    ? { en: `Line ${line + 1} price below cost`, 'zh-CN': `第 ${line + 1} 行低于成本价` }
    : { en: `Line ${line + 1} discount`, 'zh-CN': `第 ${line + 1} 行折扣` }
}

/**
 * A rule the quote breaks for the role that asks.
 *
 * @group Quote approval
 */
export interface FiredRule {
  /** Which rule. */
  readonly rule: ApprovalRule
  /**
   * The quote's value (for `line-discount` and `below-cost`, the line's; for `cost-missing`, the net
   * total).
   */
  readonly actual: Decimal
  /**
   * The requester's limit, or `null` when the rule has no limit at that level (`below-cost`); for
   * `cost-missing`, the policy's `requireCost.above` when the amount made costs required, else `null`.
   */
  readonly limit: Decimal | null
  /** The line index, for line rules. */
  readonly line: number | null
  /** The lowest role whose authority covers this rule, or `null` when no role's does. */
  readonly requiredRole: string | null
}

/**
 * An approver asked in parallel to the ladder.
 *
 * @group Quote approval
 */
export interface ParallelApproval {
  /** The approver's role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** Why: `payment-terms` or `contract-review`. */
  readonly reason: 'payment-terms' | 'contract-review'
}

/**
 * A rung of the approval chain.
 *
 * @group Quote approval
 */
export interface ChainStep {
  /** The role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
}

/**
 * Who must approve a quote, and why.
 *
 * @group Quote approval
 */
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
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

/**
 * A policy prepared for evaluating quotes.
 *
 * @group Quote approval
 */
export interface CompiledQuotePolicy {
  readonly policy: QuoteApprovalPolicy
  /** The policy's stamp, for every decision. */
  readonly stamp: PolicyStamp
  readonly roleIndex: ReadonlyMap<string, number>
  /** Extra discount per customer grade (overrides for the same grade add up). */
  readonly gradeExtra: ReadonlyMap<string, Decimal>
  /** Extra line discount per category. */
  readonly categoryExtra: ReadonlyMap<string, Decimal>
}

/**
 * Prepares a validated policy: role positions and the extra discounts by grade and category.
 *
 * @group Quote approval
 */
export function compileQuotePolicy(policy: QuoteApprovalPolicy): CompiledQuotePolicy {
  const gradeExtra = new Map<string, Decimal>()
  const categoryExtra = new Map<string, Decimal>()
  for (const o of policy.overrides) {
    if (o.customerGrade !== undefined)
      gradeExtra.set(o.customerGrade, (gradeExtra.get(o.customerGrade) ?? ZERO).plus(o.extraDiscount))
    if (o.category !== undefined)
      categoryExtra.set(o.category, (categoryExtra.get(o.category) ?? ZERO).plus(o.extraDiscount))
  }
  return {
    policy,
    stamp: stampOf(policy),
    roleIndex: new Map(policy.ladder.map((r, i) => [r.role, i])),
    gradeExtra,
    categoryExtra,
  }
}

/**
 * Parses a quote and checks it against the policy's currency and roles.
 *
 * @group Quote approval
 */
export function parseQuote(compiled: CompiledQuotePolicy, input: QuoteInput): Quote {
  const quote = parseWith(QuoteSchema(), input, 'INVALID_INPUT', ['quote'])
  if (quote.currency !== compiled.policy.currency)
    fail('INVALID_INPUT', 'quote.currency', ['quote', 'currency'], {
      currency: quote.currency,
      expected: compiled.policy.currency,
    })
  if (!compiled.roleIndex.has(quote.requestedBy))
    fail('INVALID_INPUT', 'quote.unknown-role', ['quote', 'requestedBy'], { role: quote.requestedBy })
  for (const field of compiled.policy.requiredFields)
    if (quote[field] === undefined) fail('INVALID_INPUT', 'quote.field-missing', ['quote', field], { field })
  const terms = compiled.policy.paymentTerms
  if (
    terms !== undefined &&
    !terms.allowOther &&
    quote.paymentTerms !== undefined &&
    quote.paymentTerms !== terms.default
  )
    fail('INVALID_INPUT', 'quote.terms-not-allowed', ['quote', 'paymentTerms'], {
      terms: quote.paymentTerms,
      standard: terms.default,
    })
  return quote
}

/**
 * Why the policy's `requireCost` applies to a quote (`above`: the net total is beyond
 * `requireCost.above`; `grade`: the customer's grade is listed; `always`: neither is set), or
 * `undefined` when it does not.
 */
function costRequired(
  policy: QuoteApprovalPolicy,
  quote: Quote,
  net: Decimal,
): 'above' | 'grade' | 'always' | undefined {
  const rc = policy.requireCost
  if (rc === undefined) return undefined
  if (rc.above === undefined && rc.customerGrades === undefined) return 'always'
  if (rc.above !== undefined && !within(policy, net, rc.above)) return 'above'
  const grade = quote.customer.grade
  if (grade !== undefined && rc.customerGrades?.includes(grade) === true) return 'grade'
  return undefined
}

/** `value ≤ limit` (inclusive) or `value < limit` (exclusive); `undefined` is unlimited. */
function within(policy: QuoteApprovalPolicy, value: Decimal, limit: Decimal | undefined): boolean {
  if (limit === undefined) return true
  return policy.boundary === 'inclusive' ? value.lte(limit) : value.lt(limit)
}

/** `part ÷ whole ≤ limit`, decided exactly as `part ≤ limit × whole` (whole ≥ 0). */
function ratioWithin(
  policy: QuoteApprovalPolicy,
  part: Decimal,
  whole: Decimal,
  limit: Decimal | undefined,
): boolean {
  if (limit === undefined) return true
  if (whole.isZero()) return within(policy, ZERO, limit)
  return policy.boundary === 'inclusive' ? part.lte(limit.times(whole)) : part.lt(limit.times(whole))
}

/** `margin ÷ net ≥ min`, exactly. */
function marginWithin(
  policy: QuoteApprovalPolicy,
  margin: Decimal,
  net: Decimal,
  minRate: Decimal | undefined,
): boolean {
  if (minRate === undefined) return true
  // a zero net has a margin rate of zero (see `ratio`)
  const [value, bound] = net.isZero() ? [ZERO, minRate] : [margin, minRate.times(net)]
  return policy.boundary === 'inclusive' ? value.gte(bound) : value.gt(bound)
}

/** The lowest role index from `from` on whose limits pass `ok`, or `null`. */
function lowestFrom(
  ladder: QuoteApprovalPolicy['ladder'],
  from: number,
  ok: (limits: QuoteApprovalPolicy['ladder'][number]['limits']) => boolean,
): number | null {
  for (let i = from; i < ladder.length; i += 1)
    if (ok((ladder[i] as QuoteApprovalPolicy['ladder'][number]).limits)) return i
  return null
}

const plus = (limit: Decimal | undefined, more: Decimal) =>
  limit === undefined || more.isZero() ? limit : limit.plus(more)
const label = (compiled: CompiledQuotePolicy, index: number) => compiled.policy.ladder[index]?.label ?? ''
const roleId = (compiled: CompiledQuotePolicy, index: number | null) =>
  index === null ? null : (compiled.policy.ladder[index]?.role ?? null)

/**
 * Decides who must approve a parsed quote.
 *
 * @group Quote approval
 */
export function decide(compiled: CompiledQuotePolicy, quote: Quote): ApprovalDecision {
  const { policy } = compiled
  const figures = quoteFigures(quote, policy.moneyScale)
  // money limits serialise at the policy's scale, like the amounts they are compared with
  const money = (value: Decimal | undefined) =>
    value === undefined ? null : atScale(value, policy.moneyScale)
  const requester = compiled.roleIndex.get(quote.requestedBy) ?? 0
  const limits = policy.ladder[requester]?.limits ?? {}
  const gradeExtra =
    (quote.customer.grade === undefined ? undefined : compiled.gradeExtra.get(quote.customer.grade)) ?? ZERO
  const trace: TraceStep[] = [
    step('quote.figures', {
      net: figures.netTotal,
      list: figures.listTotal,
      currency: quote.currency,
      discount: truncate(figures.averageDiscount, 6),
    }),
  ]
  if (figures.grossMargin === null || figures.marginRate === null) trace.push(step('quote.no-cost'))
  else
    trace.push(step('quote.margin', { margin: figures.grossMargin, rate: truncate(figures.marginRate, 6) }))
  const rules: FiredRule[] = []
  let required = requester as number | null
  // Each rule is checked against the requester's limits first; only a rule that fires scans up the ladder.
  const check = (
    rule: ApprovalRule,
    ok: (l: QuoteApprovalPolicy['ladder'][number]['limits']) => boolean,
    actual: () => Decimal,
    limit: Decimal | null,
    line: number | null,
    own?: (lowest: number | null) => TraceStep,
  ) => {
    if (ok(limits)) return
    const lowest = lowestFrom(policy.ladder, requester + 1, ok)
    required = lowest === null || required === null ? null : Math.max(required, lowest)
    const value = actual()
    rules.push({ rule, actual: value, limit, line, requiredRole: roleId(compiled, lowest) })
    if (own !== undefined) {
      trace.push(own(lowest))
      return
    }
    const params = {
      rule: ruleLabel(rule, line),
      actual: value,
      limit: limit ?? '—',
      role: label(compiled, requester),
    }
    trace.push(
      // a minimum (the margin rate) is fallen below, a maximum exceeded
      rule === 'margin-rate'
        ? lowest === null
          ? step('quote.rule-below-none', params)
          : step('quote.rule-below', { ...params, required: label(compiled, lowest) })
        : lowest === null
          ? step('quote.rule-none', params)
          : step('quote.rule', { ...params, required: label(compiled, lowest) }),
    )
  }
  const unpaid = figures.listTotal.minus(figures.netTotal)
  check(
    'net-total',
    (l) => within(policy, figures.netTotal, l.maxNetTotal),
    () => figures.netTotal,
    money(limits.maxNetTotal),
    null,
  )
  check(
    'average-discount',
    (l) => ratioWithin(policy, unpaid, figures.listTotal, plus(l.maxAverageDiscount, gradeExtra)),
    () => truncate(figures.averageDiscount, 6),
    plus(limits.maxAverageDiscount, gradeExtra) ?? null,
    null,
  )
  figures.lines.forEach((line, i) => {
    const more =
      line.category === undefined
        ? gradeExtra
        : gradeExtra.plus(compiled.categoryExtra.get(line.category) ?? ZERO)
    const off = line.listPrice.minus(line.effectivePrice)
    check(
      'line-discount',
      (l) => ratioWithin(policy, off, line.listPrice, plus(l.maxLineDiscount, more)),
      () => truncate(lineDiscount(line), 6),
      plus(limits.maxLineDiscount, more) ?? null,
      i,
    )
  })
  const margin = figures.grossMargin
  if (margin !== null && figures.marginRate !== null) {
    const rate = figures.marginRate
    check(
      'margin-rate',
      (l) => marginWithin(policy, margin, figures.netTotal, l.minMarginRate),
      () => truncate(rate, 6),
      limits.minMarginRate ?? null,
      null,
    )
  }
  const why = margin === null ? costRequired(policy, quote, figures.netTotal) : undefined
  if (why !== undefined) {
    const above = policy.requireCost?.above
    trace.push(
      why === 'above'
        ? step('quote.cost-required-above', { net: figures.netTotal, above: above ?? '' })
        : why === 'grade'
          ? step('quote.cost-required-grade', { grade: quote.customer.grade ?? '' })
          : step('quote.cost-required'),
    )
    // only a role without a margin minimum may approve a quote whose margin cannot be checked
    check(
      'cost-missing',
      (l) => l.minMarginRate === undefined,
      () => figures.netTotal,
      why === 'above' ? money(above) : null,
      null,
      (lowest) =>
        lowest === null
          ? step('quote.cost-missing-none', { role: label(compiled, requester) })
          : step('quote.cost-missing', {
              role: label(compiled, requester),
              required: label(compiled, lowest),
            }),
    )
  }
  const topLimits = policy.ladder[policy.ladder.length - 1]?.limits
  figures.lines.forEach((line, i) => {
    if (line.belowCost && policy.belowCostNeedsTop)
      check(
        'below-cost',
        (l) => l === topLimits,
        () => line.effectivePrice,
        line.unitCost,
        i,
      )
  })
  const parallel: ParallelApproval[] = []
  const termsApprover = policy.paymentTerms?.approver
  if (
    policy.paymentTerms &&
    termsApprover !== undefined &&
    quote.paymentTerms !== undefined &&
    quote.paymentTerms !== policy.paymentTerms.default
  ) {
    parallel.push({ role: termsApprover.role, label: termsApprover.label, reason: 'payment-terms' })
    trace.push(
      step('quote.payment-terms', {
        terms: quote.paymentTerms,
        standard: policy.paymentTerms.default,
        approver: termsApprover.label,
      }),
    )
  }
  if (policy.contractReview && !within(policy, figures.netTotal, policy.contractReview.above)) {
    parallel.push({
      role: policy.contractReview.approver.role,
      label: policy.contractReview.approver.label,
      reason: 'contract-review',
    })
    trace.push(
      step('quote.contract-review', {
        net: figures.netTotal,
        above: policy.contractReview.above,
        approver: policy.contractReview.approver.label,
      }),
    )
  }
  const chain: ChainStep[] = []
  if (required !== null && required > requester) {
    const from = policy.chain === 'each-level' ? requester + 1 : required
    for (let i = from; i <= required; i += 1)
      chain.push({ role: policy.ladder[i]?.role ?? '', label: label(compiled, i) })
  }
  const autoApproved = required === requester && parallel.length === 0
  if (required === null) trace.push(step('quote.beyond-all'))
  else if (required === requester) trace.push(step('quote.within', { role: label(compiled, requester) }))
  else trace.push(step('quote.required', { role: label(compiled, required), steps: chain.length }))
  return {
    autoApproved,
    requiredRole: roleId(compiled, required),
    chain,
    parallel,
    rules,
    figures,
    policy: compiled.stamp,
    trace,
  }
}
