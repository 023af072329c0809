import { compiledVersionOn, versionIndexOn, type Versioned } from '../../../core/versioning'
import * as z from 'zod'
import { stepBusinessDays } from '../../../core/calendar'
import { atScale, max, min, roundTo, sum, ZERO, type Decimal } from '../../../core/decimal'
import { SalesRulesError, type PathSegment } from '../../../core/errors'
import { DateSchema, fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import { lineKey, type ExpenseEntryInput } from '../../../models/expense'
import {
  ClaimAdvanceSchema,
  EarlierClaimSchema,
  ExpenseClaimSchema,
  type ClaimAdvanceInput,
  type ClaimRule,
  type EarlierClaimInput,
  type ExpenseClaim,
  type ExpenseClaimInput,
  type ExpenseClaimPolicy,
} from '../../../models/expense-claim'
import type { ExpenseBudgetInput } from '../../../models/expense'
import {
  checkExpense,
  isLedger,
  type ExpenseBudgetLedger,
  type ExpenseCheck,
} from '../../expense-budget/checkExpense'
import type { ExpenseBudgetEvaluator } from '../../expense-budget/compileExpenseBudget'
import { type CompiledClaimPolicy } from './policy'
import { once } from '../../../core/once'

/**
 * Options of {@link checkExpenseClaim}.
 *
 * @group Expense claims
 */
export interface ClaimCheckOptions {
  /** The day of the check, `YYYY-MM-DD`: it picks the policy version in force and the budget to date. */
  readonly asOf: string
  /**
   * The expense budget to check the claim against: a ledger of a compiled budget
   * ({@link ExpenseBudgetEvaluator.ledger}: the entries already summed per line, the fastest for a batch; its
   * `asOf` must be the claim's, and `entries` is then left out), a compiled budget
   * ({@link compileExpenseBudget}), a budget document or the list of its versions; no budget check when left
   * out.
   */
  readonly budget?:
    | ExpenseBudgetLedger
    | ExpenseBudgetEvaluator
    | ExpenseBudgetInput
    | readonly ExpenseBudgetInput[]
    | undefined
  /** The expenses already booked against the budget (needs `budget`, not a ledger, which has them). */
  readonly entries?: readonly ExpenseEntryInput[] | undefined
  /** The claimant's outstanding advances (备用金 / 借款), offset in order against the approved total. */
  readonly advances?: readonly ClaimAdvanceInput[] | undefined
  /** Earlier claims' invoice numbers, for the duplicate check. */
  readonly earlierClaims?: readonly EarlierClaimInput[] | undefined
}

const OptionsSchema = once(() =>
  z.strictObject({
    asOf: DateSchema(),
    budget: z.unknown().optional(),
    entries: z.unknown().optional(),
    advances: z.array(ClaimAdvanceSchema()).max(10_000).default([]),
    earlierClaims: z.array(EarlierClaimSchema()).max(100_000).default([]),
  }),
)

/**
 * A rule broken by a claim line.
 *
 * @group Expense claims
 */
export interface ClaimViolation {
  /** The rule. */
  readonly rule: ClaimRule
  /** The value found (an amount, a date, an invoice number or the missing fields), or `null`. */
  readonly actual: string | null
  /** The limit it broke (an amount, the deadline, the earlier claim's id), or `null`. */
  readonly limit: string | null
  /** The path of the field at fault in the claim. */
  readonly path: readonly PathSegment[]
  /**
   * `capped` (the excess is not paid), `approval` (paid once the approver agrees) or `rejected` (the line is
   * not paid).
   */
  readonly outcome: 'capped' | 'approval' | 'rejected'
  /** True when an approver must agree. */
  readonly needsApproval: boolean
  /** The role that must agree, for `approval`. */
  readonly approver: string | null
}

/**
 * The decision on one claim line.
 *
 * @group Expense claims
 */
export interface ClaimLineDecision {
  /** The line's id. */
  readonly id: string
  /** Its category. */
  readonly category: string
  /** The amount claimed. */
  readonly claimed: Decimal
  /** The amount approved: the claimed amount, less what a limit or an invoice cuts; zero when rejected. */
  readonly approved: Decimal
  /**
   * `approved` in full, `capped` (less than claimed), `pending-approval` (an approver must agree) or
   * `rejected`.
   */
  readonly status: 'approved' | 'capped' | 'pending-approval' | 'rejected'
  /** The last day it could be submitted on time, or `null` without a deadline. */
  readonly deadline: string | null
  /** The rules it broke. */
  readonly violations: readonly ClaimViolation[]
}

/**
 * One approver on a claim's chain, and why it is there.
 *
 * @group Expense claims
 */
export interface ClaimApproval {
  /** The role. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /**
   * `route` (every claim), `amount` (the approved total is above the step's amount), `exception` (a violation
   * approved with a reason) or `budget` (over budget, the budget's approver).
   */
  readonly because: 'route' | 'amount' | 'exception' | 'budget'
}

/**
 * An invoice number met more than once.
 *
 * @group Expense claims
 */
export interface DuplicateInvoice {
  /** The invoice number. */
  readonly number: string
  /** The lines of this claim that carry it, in order (the first is paid, the others are rejected). */
  readonly lines: readonly string[]
  /** The earlier claim that carried it, or `null`. */
  readonly earlierClaim: string | null
}

/**
 * The budget check of one budget line of the claim (category and dimension values).
 *
 * @group Expense claims
 */
export interface ClaimBudgetCheck {
  /** The category. */
  readonly category: string
  /** The dimension values. */
  readonly dimensions: Readonly<Record<string, string>>
  /** The claim's lines on that budget line. */
  readonly lines: readonly string[]
  /** What they ask after their own limits (rejected lines included), checked as one expense. */
  readonly amount: Decimal
  /** The budget's decision. */
  readonly check: ExpenseCheck
}

/**
 * How the claimant's advances are offset.
 *
 * @group Expense claims
 */
export interface AdvanceOffset {
  /** The advances outstanding before the claim. */
  readonly outstanding: Decimal
  /** The part offset against the approved total: the smaller of the two. */
  readonly offset: Decimal
  /** Each advance's part of the offset, in order. */
  readonly applied: readonly {
    /** The advance's id. */
    readonly id: string
    /** The part of it offset against this claim. */
    readonly amount: Decimal
  }[]
}

/**
 * The decision on an expense claim (费用报销).
 *
 * @group Expense claims
 */
export interface ExpenseClaimDecision {
  /** The claim's id. */
  readonly claim: string
  /** Each line's decision, in the claim's order. */
  readonly lines: readonly ClaimLineDecision[]
  /** Σ claimed. */
  readonly claimed: Decimal
  /** Σ approved (lines pending approval counted in full). */
  readonly approved: Decimal
  /** The approval chain, in order (部门负责人 → … → 财务). */
  readonly approvals: readonly ClaimApproval[]
  /** Invoice numbers met more than once. */
  readonly duplicates: readonly DuplicateInvoice[]
  /** The lines submitted after their deadline. */
  readonly late: readonly string[]
  /** The budget checks, one per budget line touched; empty without a budget. */
  readonly budget: readonly ClaimBudgetCheck[]
  /** The advances offset. */
  readonly advances: AdvanceOffset
  /** What the company pays the claimant: approved − offset (zero or more). */
  readonly netPayable: Decimal
  /** What the claimant owes back of the advances: outstanding − offset (zero or more). */
  readonly refundable: Decimal
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

const RULE_LABEL: Readonly<Record<ClaimRule, LocalizedText>> = {
  'category-not-allowed': { en: 'category not reimbursable', 'zh-CN': '该类别不可报销' },
  'quantity-missing': { en: 'quantity missing', 'zh-CN': '缺少数量' },
  'unit-limit': { en: 'limit per unit', 'zh-CN': '单位标准' },
  'line-limit': { en: 'limit per line', 'zh-CN': '单笔限额' },
  'claim-limit': { en: 'limit per claim', 'zh-CN': '单据限额' },
  'invoice-missing': { en: 'invoice missing', 'zh-CN': '缺少发票' },
  'invoice-incomplete': { en: 'invoice incomplete', 'zh-CN': '发票信息不全' },
  'invoice-amount': { en: 'invoice amount', 'zh-CN': '发票金额' },
  'duplicate-invoice': { en: 'duplicate invoice', 'zh-CN': '发票重复' },
  late: { en: 'late submission', 'zh-CN': '逾期提交' },
  'over-budget': { en: 'over budget', 'zh-CN': '超出预算' },
}

const VIOLATION_CODE = {
  capped: 'claim.violation-capped',
  approval: 'claim.violation-approval',
  rejected: 'claim.violation-rejected',
} as const

const OUTCOME_LABEL: Readonly<Record<ClaimViolation['outcome'], LocalizedText>> = {
  capped: { en: 'the excess is not paid', 'zh-CN': '超出部分不予报销' },
  approval: { en: 'paid with the reason given, after approval', 'zh-CN': '已附说明，经审批后报销' },
  rejected: { en: 'the line is rejected', 'zh-CN': '该明细不予报销' },
}

const DECISION_LABEL: Readonly<Record<ExpenseCheck['decision'], LocalizedText>> = {
  allowed: { en: 'within budget', 'zh-CN': '预算内' },
  warning: { en: 'within budget, past the warning share', 'zh-CN': '预算内，已达预警比例' },
  approval: { en: 'over budget: needs approval', 'zh-CN': '超出预算，须审批' },
  stopped: { en: 'over budget: stopped', 'zh-CN': '超出预算，禁止支出' },
}

interface Working {
  violations: ClaimViolation[]
  approved: Decimal
  rejected: boolean
  /**
   * The amount after the line's own limits and invoice, whatever other lines do: the cross-line checks
   * (limit per claim, budget) are decided on it, so that removing a line never adds a violation elsewhere.
   */
  requested: Decimal
}

/** A compiled budget or a ledger, checking one new expense. */
type BudgetChecker = ExpenseBudgetEvaluator | ExpenseBudgetLedger

/** Reads a compiled budget given by reference (a plain object whose `check` is a function), or a ledger. */
function evaluatorOf(value: unknown): BudgetChecker | undefined {
  if (isLedger(value)) return value
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    if (Object.getPrototypeOf(value) !== Object.prototype) return undefined
    const check: unknown = Object.getOwnPropertyDescriptor(value, 'check')?.value
    return typeof check === 'function' ? (value as ExpenseBudgetEvaluator) : undefined
  } catch {
    return undefined
  }
}

/** The options, with a compiled budget taken by reference (never copied). */
function readOptions(options: unknown): {
  opts: z.output<ReturnType<typeof OptionsSchema>>
  evaluator: BudgetChecker | undefined
} {
  let evaluator: BudgetChecker | undefined
  let rest = options
  if (typeof options === 'object' && options !== null) {
    // Array.isArray throws on a revoked proxy: inside the try, so that parseWith refuses it with its path
    try {
      if (!Array.isArray(options))
        evaluator = evaluatorOf(Object.getOwnPropertyDescriptor(options, 'budget')?.value)
    } catch {
      evaluator = undefined
    }
    if (evaluator !== undefined) {
      // every other option is read (and copied) by parseWith as usual; the compiled budget is not copied
      const others: Record<string, unknown> = {}
      try {
        for (const key of Object.keys(options))
          if (key !== 'budget') others[key] = (options as Record<string, unknown>)[key]
        rest = others
      } catch {
        rest = options
      }
    }
  }
  return { opts: parseWith(OptionsSchema(), rest, 'INVALID_INPUT', ['options']), evaluator }
}

/** Maps the budget check's issue paths to the claim's: entries under options, the budget under its option. */
function withBudgetPaths<T>(firstLine: number, fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    if (!(error instanceof SalesRulesError)) throw error
    throw new SalesRulesError(
      error.code,
      error.issues.map((i) => {
        const [head, ...rest] = i.path
        const path: PathSegment[] =
          head === 'entries'
            ? ['options', 'entries', ...rest]
            : head === 'entry'
              ? ['claim', 'lines', firstLine, ...rest]
              : head === 'options'
                ? ['options', ...rest]
                : ['options', 'budget', ...i.path]
        return { ...i, path }
      }),
    )
  }
}

/** Checks a claim against the version of the policy in force on `options.asOf`. @internal */
export function decideClaim(
  versions: readonly CompiledClaimPolicy[],
  claimInput: ExpenseClaimInput,
  options: ClaimCheckOptions,
): ExpenseClaimDecision {
  const { opts, evaluator } = readOptions(options)
  const compiled = compiledVersionOn(versions, opts.asOf, ['options', 'asOf'])
  const claim = parseWith(ExpenseClaimSchema(), claimInput, 'INVALID_INPUT', ['claim'])
  const policy = compiled.policy
  if (claim.currency !== policy.currency)
    fail('INVALID_INPUT', 'claim.currency', ['claim', 'currency'], {
      currency: claim.currency,
      expected: policy.currency,
    })
  // an amount finer than the policy's rounding (¥100.005 on a fen policy) cannot be paid: refused, not
  // rounded
  const scale = policy.rounding.scale
  const precise = (amount: Decimal, path: readonly (string | number)[]) => {
    if (amount.decimalPlaces() > scale)
      fail('INVALID_INPUT', 'claim.amount-precision', path, { amount: amount.toString(), scale })
  }
  claim.lines.forEach((l, i) => {
    if (!compiled.categories.has(l.category))
      fail('INVALID_INPUT', 'expense.unknown-category', ['claim', 'lines', i, 'category'], {
        category: l.category,
      })
    precise(l.amount, ['claim', 'lines', i, 'amount'])
  })
  opts.advances.forEach((a, i) => precise(a.amount, ['options', 'advances', i, 'amount']))
  if (opts.entries !== undefined && opts.budget === undefined && evaluator === undefined)
    fail('INVALID_INPUT', 'claim.budget-needed', ['options', 'entries'])
  if (isLedger(evaluator)) {
    // a ledger has its entries summed as of its own date: the claim's must be the same, with no other entries
    if (opts.entries !== undefined) fail('INVALID_INPUT', 'claim.ledger-entries', ['options', 'entries'])
    if (evaluator.asOf !== opts.asOf)
      fail('INVALID_INPUT', 'claim.ledger-as-of', ['options', 'asOf'], {
        asOf: opts.asOf,
        ledger: evaluator.asOf,
      })
  }
  const trace: TraceStep[] = [
    step('claim.start', {
      claim: claim.id,
      employee: claim.employee.id,
      lines: claim.lines.length,
      submittedOn: claim.submittedOn,
    }),
  ]
  const work = lineRules(compiled, claim, opts.earlierClaims, trace)
  const budget =
    evaluator !== undefined || opts.budget !== undefined
      ? budgetChecks(policy, claim, work, opts, evaluator, trace)
      : []
  return finish(compiled, claim, work, budget, opts.advances, trace)
}

function violation(
  rule: ClaimRule,
  actual: string | null,
  limit: string | null,
  path: readonly PathSegment[],
  outcome: ClaimViolation['outcome'],
  approver: string | null,
): ClaimViolation {
  const needsApproval = outcome === 'approval'
  return { rule, actual, limit, path, outcome, needsApproval, approver: needsApproval ? approver : null }
}

/** The per-line rules: limits, invoices, duplicates, the deadline, the per-claim limit. */
function lineRules(
  compiled: CompiledClaimPolicy,
  claim: ExpenseClaim,
  earlier: readonly { id: string; invoices: readonly string[] }[],
  trace: TraceStep[],
): Working[] {
  const { policy } = compiled
  const earlierInvoices = new Map<string, string>()
  for (const c of earlier)
    for (const n of c.invoices) if (!earlierInvoices.has(n)) earlierInvoices.set(n, c.id)
  const seen = new Map<string, string>()
  const perClaim = new Map<ExpenseClaimPolicy['limits'][number], Decimal>()
  const requested = new Map<ExpenseClaimPolicy['limits'][number], Decimal>()
  const money = (d: Decimal) => d.toFixed(policy.rounding.scale)
  const exceptions = compiled.exceptionApprover
  return claim.lines.map((line, i) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ['lines', i, ...rest]
    const w: Working = { violations: [], approved: line.amount, rejected: false, requested: line.amount }
    const add = (v: ClaimViolation) => {
      w.violations.push(v)
      if (v.outcome === 'rejected') w.rejected = true
    }
    // an approval-type rule is approved only with a reason; without one a limit caps, another rule rejects
    const limitOutcome = (action: 'cap' | 'approval' | 'reject'): ClaimViolation['outcome'] =>
      action === 'reject'
        ? 'rejected'
        : action === 'approval' && line.reason !== undefined
          ? 'approval'
          : 'capped'
    const ruleOutcome = (action: 'approval' | 'reject'): ClaimViolation['outcome'] =>
      action === 'approval' && line.reason !== undefined ? 'approval' : 'rejected'
    const level = claim.employee.level
    const limit = (compiled.limits.get(line.category) ?? []).find(
      (l) =>
        (l.item === undefined || l.item === line.item) &&
        (l.levels === undefined || (level !== undefined && l.levels.includes(level))) &&
        (l.cityTiers === undefined || (line.cityTier !== undefined && l.cityTiers.includes(line.cityTier))),
    )
    const category = compiled.categories.get(line.category) as LocalizedText
    trace.push(step('claim.line', { line: line.id, category, amount: money(line.amount), date: line.date }))
    if (limit === undefined) {
      add(violation('category-not-allowed', line.category, null, at('category'), 'rejected', null))
    } else {
      if (limit.perUnit !== undefined) {
        if (line.quantity === undefined) {
          add(violation('quantity-missing', null, limit.unit, at('quantity'), 'rejected', null))
        } else {
          const cap = roundTo(limit.perUnit.times(line.quantity), policy.rounding)
          if (line.amount.gt(cap)) {
            const outcome = limitOutcome(limit.overLimit)
            add(violation('unit-limit', money(line.amount), money(cap), at('amount'), outcome, exceptions))
            if (outcome === 'capped') w.approved = min(w.approved, cap)
          }
        }
      }
      if (limit.perLine !== undefined && line.amount.gt(limit.perLine)) {
        const outcome = limitOutcome(limit.overLimit)
        add(
          violation(
            'line-limit',
            money(line.amount),
            money(limit.perLine),
            at('amount'),
            outcome,
            exceptions,
          ),
        )
        if (outcome === 'capped') w.approved = min(w.approved, limit.perLine)
      }
    }
    const invoice = line.invoice
    if (
      policy.invoice !== undefined &&
      limit?.invoice !== false &&
      line.amount.gt(policy.invoice.requiredAbove)
    ) {
      const above = money(policy.invoice.requiredAbove)
      if (invoice === undefined) {
        const outcome = ruleOutcome(policy.invoice.missing)
        add(violation('invoice-missing', money(line.amount), above, at('invoice'), outcome, exceptions))
      } else {
        const missing = policy.invoice.fields.filter((f) => invoice[f] === undefined)
        if (missing.length > 0) {
          const outcome = ruleOutcome(policy.invoice.missing)
          add(
            violation(
              'invoice-incomplete',
              missing.join(', '),
              policy.invoice.fields.join(', '),
              at('invoice', missing[0] as string),
              outcome,
              exceptions,
            ),
          )
        }
      }
    }
    if (invoice?.amount !== undefined && invoice.amount.lt(line.amount)) {
      add(
        violation('invoice-amount', money(line.amount), money(invoice.amount), at('amount'), 'capped', null),
      )
      w.approved = min(w.approved, invoice.amount)
    }
    if (invoice?.number !== undefined) {
      const first = seen.get(invoice.number)
      const before = earlierInvoices.get(invoice.number)
      if (first !== undefined || before !== undefined)
        add(
          violation(
            'duplicate-invoice',
            invoice.number,
            first ?? (before as string),
            at('invoice', 'number'),
            'rejected',
            null,
          ),
        )
      else seen.set(invoice.number, line.id)
    }
    if (policy.deadline !== undefined) {
      const deadline = stepBusinessDays(compiled.calendar, line.date, policy.deadline.businessDays)
      if (claim.submittedOn > deadline) {
        const outcome = ruleOutcome(policy.deadline.late)
        add(violation('late', claim.submittedOn, deadline, at('date'), outcome, exceptions))
      }
    }
    w.requested = w.approved
    if (limit?.perClaim !== undefined) {
      // decided on the lines' own amounts (a line rejected for another reason still counts), paid on what the
      // earlier lines were paid: a line is cut to what is left of the limit after them
      const asked = (requested.get(limit) ?? ZERO).plus(w.requested)
      const paid = perClaim.get(limit) ?? ZERO
      requested.set(limit, asked)
      if (asked.gt(limit.perClaim)) {
        const outcome = limitOutcome(limit.overLimit)
        add(violation('claim-limit', money(asked), money(limit.perClaim), at('amount'), outcome, exceptions))
        if (outcome === 'capped') w.approved = min(w.approved, max(ZERO, limit.perClaim.minus(paid)))
      }
      perClaim.set(limit, paid.plus(w.rejected ? ZERO : w.approved))
    }
    if (w.rejected) w.approved = ZERO
    for (const v of w.violations)
      trace.push(
        v.rule === 'duplicate-invoice'
          ? step('claim.duplicate', { line: line.id, number: v.actual ?? '', first: v.limit ?? '' })
          : v.rule === 'late'
            ? step('claim.late', {
                line: line.id,
                submittedOn: v.actual ?? '',
                deadline: v.limit ?? '',
                outcome: OUTCOME_LABEL[v.outcome],
              })
            : step(VIOLATION_CODE[v.outcome], {
                line: line.id,
                rule: RULE_LABEL[v.rule],
                actual: v.actual ?? '—',
                limit: v.limit ?? '—',
                approver: compiled.roles.get(v.approver ?? '') ?? '—',
              }),
      )
    return w
  })
}

/** The budget check of each budget line the claim touches, with the claim's approved amounts on it. */
/**
 * The currency of the budget a claim is checked against, with its path: a compiled budget's or a ledger's,
 * else the document's (of a list, the version in force on `asOf`, picked by the versions' own rule). Read
 * once the budget checks have accepted the document, so its versions are valid and one is in force;
 * `undefined` for a compiled budget of the caller's own making that names no currency.
 */
function budgetCurrency(
  budget: unknown,
  evaluator: BudgetChecker | undefined,
  asOf: string,
): { currency: string; path: PathSegment[] } | undefined {
  if (evaluator !== undefined) {
    const own: unknown = (evaluator as { budget?: { currency?: unknown } }).budget?.currency
    return typeof own === 'string' ? { currency: own, path: ['options', 'budget'] } : undefined
  }
  if (!Array.isArray(budget))
    return {
      currency: (budget as Versioned & { currency: string }).currency,
      path: ['options', 'budget', 'currency'],
    }
  const versions = budget as readonly (Versioned & { currency: string })[]
  const i = versionIndexOn(versions, (v) => v, asOf, ['options', 'asOf'])
  return {
    currency: (versions[i] as { currency: string }).currency,
    path: ['options', 'budget', i, 'currency'],
  }
}

function budgetChecks(
  policy: ExpenseClaimPolicy,
  claim: ExpenseClaim,
  work: Working[],
  opts: z.output<ReturnType<typeof OptionsSchema>>,
  evaluator: BudgetChecker | undefined,
  trace: TraceStep[],
): ClaimBudgetCheck[] {
  const entries = (opts.entries ?? []) as readonly ExpenseEntryInput[]
  const scale = policy.rounding.scale
  const groups = new Map<string, { first: number; lines: number[]; amount: Decimal }>()
  claim.lines.forEach((line, i) => {
    const key = lineKey(line.category, line.dimensions, Object.keys(line.dimensions).sort())
    const group = groups.get(key) ?? { first: i, lines: [], amount: ZERO }
    group.lines.push(i)
    // the budget is checked on what the lines ask after their own limits, whatever other lines do
    group.amount = group.amount.plus((work[i] as Working).requested)
    groups.set(key, group)
  })
  const checks: ClaimBudgetCheck[] = []
  for (const group of groups.values()) {
    const first = claim.lines[group.first] as ExpenseClaim['lines'][number]
    const entry: ExpenseEntryInput = {
      date: opts.asOf,
      category: first.category,
      dimensions: first.dimensions,
      amount: group.amount,
    }
    const check = withBudgetPaths(group.first, () =>
      isLedger(evaluator)
        ? evaluator.check(entry)
        : evaluator !== undefined
          ? evaluator.check(entries, entry, { asOf: opts.asOf })
          : checkExpense(opts.budget as ExpenseBudgetInput | readonly ExpenseBudgetInput[], entries, entry, {
              asOf: opts.asOf,
            }),
    )
    const ids = group.lines.map((i) => (claim.lines[i] as ExpenseClaim['lines'][number]).id)
    trace.push(
      step('claim.budget', {
        lines: ids.join(', '),
        amount: group.amount.toFixed(scale),
        decision: DECISION_LABEL[check.decision],
        remaining: check.remaining.toFixed(scale),
      }),
    )
    if (check.decision === 'approval' || check.decision === 'stopped') {
      const outcome = check.decision === 'stopped' ? 'rejected' : 'approval'
      for (const i of group.lines) {
        const w = work[i] as Working
        w.violations.push(
          violation(
            'over-budget',
            group.amount.toString(),
            check.budget.minus(check.spent).toString(),
            ['lines', i, 'amount'],
            outcome,
            check.approver,
          ),
        )
        if (outcome === 'rejected') {
          w.rejected = true
          w.approved = ZERO
        }
      }
    }
    checks.push({
      category: first.category,
      dimensions: first.dimensions,
      lines: ids,
      amount: group.amount,
      check,
    })
  }
  // checked once the budget checks have validated the document: the budget must be in the policy's currency:
  // a USD claim is not added to a CNY budget as if in yuan
  const currency = budgetCurrency(opts.budget, evaluator, opts.asOf)
  if (currency !== undefined && currency.currency !== policy.currency)
    fail('INVALID_INPUT', 'claim.budget-currency', currency.path, {
      currency: currency.currency,
      expected: policy.currency,
    })
  return checks
}

/** The line decisions, the approval chain, the advances and the totals. */
function finish(
  compiled: CompiledClaimPolicy,
  claim: ExpenseClaim,
  work: Working[],
  budget: ClaimBudgetCheck[],
  advances: readonly { id: string; amount: Decimal }[],
  trace: TraceStep[],
): ExpenseClaimDecision {
  const { policy } = compiled
  const scale = policy.rounding.scale
  const money = (d: Decimal) => d.toFixed(scale)
  const lines: ClaimLineDecision[] = claim.lines.map((line, i) => {
    const w = work[i] as Working
    const status: ClaimLineDecision['status'] = w.rejected
      ? 'rejected'
      : w.violations.some((v) => v.outcome === 'approval')
        ? 'pending-approval'
        : w.approved.lt(line.amount)
          ? 'capped'
          : 'approved'
    return {
      id: line.id,
      category: line.category,
      claimed: atScale(line.amount, scale),
      approved: atScale(w.approved, scale),
      status,
      deadline:
        policy.deadline === undefined
          ? null
          : stepBusinessDays(compiled.calendar, line.date, policy.deadline.businessDays),
      violations: w.violations,
    }
  })
  const claimed = sum(lines.map((l) => l.claimed))
  const approved = sum(lines.map((l) => l.approved))
  // the chain: the route's steps in order (a step with an amount only above it), the exception approver
  // where it stands on the route, and the budget's approver before the route's last step (finance audits
  // last)
  const needs = new Set(
    lines.flatMap((l) => l.violations.filter((v) => v.needsApproval).map((v) => v.approver)),
  )
  const approvals: ClaimApproval[] = []
  for (const r of policy.route) {
    if (r.above === undefined) approvals.push({ role: r.role, label: r.label, because: 'route' })
    else if (approved.gt(r.above)) approvals.push({ role: r.role, label: r.label, because: 'amount' })
    else if (needs.has(r.role)) approvals.push({ role: r.role, label: r.label, because: 'exception' })
  }
  for (const role of needs) {
    if (role === null || approvals.some((a) => a.role === role)) continue
    approvals.splice(Math.max(0, approvals.length - 1), 0, {
      role,
      label: compiled.roles.get(role) ?? role,
      because: 'budget',
    })
  }
  approvals.forEach((a, i) =>
    trace.push(step('claim.approver', { n: i + 1, approver: a.label, because: BECAUSE[a.because] })),
  )
  // duplicates: each number met twice, with its lines
  const byNumber = new Map<string, DuplicateInvoice>()
  lines.forEach((l) => {
    for (const v of l.violations) {
      if (v.rule !== 'duplicate-invoice') continue
      const number = v.actual as string
      const inClaim = claim.lines.some((x) => x.id === v.limit)
      const found = byNumber.get(number) ?? {
        number,
        lines: inClaim ? [v.limit as string] : [],
        earlierClaim: inClaim ? null : v.limit,
      }
      byNumber.set(number, { ...found, lines: [...found.lines, l.id] })
    }
  })
  const late = lines.filter((l) => l.violations.some((v) => v.rule === 'late')).map((l) => l.id)
  const outstanding = sum(advances.map((a) => a.amount))
  const offset = min(outstanding, approved)
  let left = offset
  const applied = advances.map((a) => {
    const part = min(a.amount, left)
    left = left.minus(part)
    return { id: a.id, amount: atScale(part, scale) }
  })
  const netPayable = approved.minus(offset)
  const refundable = outstanding.minus(offset)
  trace.push(
    step('claim.total', { claimed: money(claimed), approved: money(approved) }),
    step('claim.advances', {
      outstanding: money(outstanding),
      offset: money(offset),
      payable: money(netPayable),
      refundable: money(refundable),
    }),
  )
  return {
    claim: claim.id,
    lines,
    claimed: atScale(claimed, scale),
    approved: atScale(approved, scale),
    approvals,
    duplicates: [...byNumber.values()],
    late,
    budget,
    advances: { outstanding: atScale(outstanding, scale), offset: atScale(offset, scale), applied },
    netPayable: atScale(netPayable, scale),
    refundable: atScale(refundable, scale),
    policy: compiled.stamp,
    trace,
  }
}

const BECAUSE: Readonly<Record<ClaimApproval['because'], LocalizedText>> = {
  route: { en: 'every claim', 'zh-CN': '所有报销单' },
  amount: { en: 'the amount', 'zh-CN': '金额超过权限' },
  exception: { en: 'an exception with a reason', 'zh-CN': '超标说明' },
  budget: { en: 'over budget', 'zh-CN': '超出预算' },
}
