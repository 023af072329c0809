// The integer fast path of an expense claim check (issue #22). It decides what `decideClaim` decides —
// each line's approved amount and status, the totals, the approval chain, the budget decisions and the
// advance offset — from plain input alone: amounts in integer cents (at most 2 decimals, policy rounding to
// cents), quantities whole numbers, the budget as a ledger of a compiled budget (its running totals read in
// cents). It answers only what it can read with certainty and returns `undefined` for everything else (an
// unknown key, a value that is not plain, a duplicate line id, a category the policy does not know, a budget
// given otherwise than as a ledger, no version in force…), so that the zod-validated exact path decides, or
// throws, as before. No Decimal and no trace.
import { stepBusinessDays } from '../../../core/calendar'
import type { Decimal } from '../../../core/decimal'
import {
  isPlainDate,
  isPlainId,
  isPlainRecord,
  plainList,
  plainRecord,
  prototypeHasEnumerableKey,
  readCents,
} from '../../../core/plain'
import { versionIndexOn, type PolicyStamp } from '../../../core/versioning'
import { ledgerState, type ExpenseCheck, type LedgerState } from '../../expense-budget/checkExpense'
import type { LineFigures } from '../../expense-budget/_lib/lines'
import type { ClaimLineDecision } from './decide'
import type { CompiledClaimPolicy } from './policy'

/**
 * The decision fields of a claim, without Decimal or trace, for batches: the answer of
 * {@link ExpenseClaimDecision}'s fields of the same names, amounts written as the decision's JSON writes
 * them (a decimal string at the policy's scale, e.g. `'1000.00'`).
 *
 * @group Expense claims
 */
export interface ClaimSummary {
  /** The claim's id. */
  readonly claim: string
  /** Each line's approved amount and status, in the claim's order. */
  readonly lines: readonly ClaimLineSummary[]
  /** Σ claimed. */
  readonly claimed: string
  /** Σ approved (lines pending approval counted in full). */
  readonly approved: string
  /** What the company pays the claimant: approved − the advances offset. */
  readonly netPayable: string
  /** What the claimant owes back of the advances. */
  readonly refundable: string
  /** The roles of the approval chain, in order. */
  readonly approvals: readonly string[]
  /** The budget's decision on each budget line the claim touches, in order; empty without a budget. */
  readonly budget: readonly ExpenseCheck['decision'][]
  /** The policy version that decided. */
  readonly policy: PolicyStamp
}

/**
 * One line of a {@link ClaimSummary}.
 *
 * @group Expense claims
 */
export interface ClaimLineSummary {
  /** The line's id. */
  readonly id: string
  /** The amount approved, as a decimal string at the policy's scale. */
  readonly approved: string
  /** As {@link ClaimLineDecision}'s `status`. */
  readonly status: ClaimLineDecision['status']
}

type Action = 'cap' | 'approval' | 'reject'

/** A limit in cents. */
interface FastLimit {
  readonly index: number
  readonly item: string | undefined
  readonly levels: ReadonlySet<string> | undefined
  readonly cityTiers: ReadonlySet<string> | undefined
  readonly perUnit: number | undefined
  readonly perLine: number | undefined
  readonly perClaim: number | undefined
  readonly overLimit: Action
  readonly invoice: boolean
}

/** A version prepared for the fast path: every amount in cents. @internal */
export interface FastClaimPolicy {
  /** The limits of each category, in the policy's order. */
  readonly limits: ReadonlyMap<string, readonly FastLimit[]>
  readonly limitCount: number
  readonly hasPerClaim: boolean
  /**
   * Categories with a limit not in whole cents (`perUnit: '150.005'`) or beyond 2^53 cents: a line in one
   * goes to the exact path, while claims in the other categories keep the integer path.
   */
  readonly inexact: ReadonlySet<string>
  readonly invoice:
    | {
        readonly requiredAbove: number
        /** INVOICE_GIVEN and the bits of the fields an invoice must carry. */
        readonly required: number
        readonly missing: 'approval' | 'reject'
      }
    | undefined
  readonly deadline: { readonly businessDays: number; readonly late: 'approval' | 'reject' } | undefined
  /** The deadline of each spend day met so far (bounded). */
  readonly deadlines: Map<string, string>
  readonly route: readonly { readonly role: string; readonly above: number | undefined }[]
  readonly exceptionApprover: string
}

/** A bit for an invoice given, and one per field it carries, for the required-fields check. */
const INVOICE_GIVEN = 1
const INVOICE_BIT = { number: 2, date: 4, amount: 8, taxAmount: 16, seller: 32 } as const

const MAX_REMEMBERED_DEADLINES = 10_000
const MAX_EARLIER_INVOICES = 1_000_000

const centsOfDecimal = (d: Decimal | undefined): number | undefined =>
  d === undefined ? undefined : d.decimalPlaces() > 2 ? Number.NaN : readCents(d.toFixed(2))

/** Prepares a version for the fast path, or `undefined` to always take the exact path. @internal */
export function fastClaimPolicy(compiled: CompiledClaimPolicy): FastClaimPolicy | undefined {
  const p = compiled.policy
  if (p.rounding.scale !== 2) return undefined
  const bad = (c: number | undefined) => c !== undefined && !Number.isSafeInteger(c)
  const limits = new Map<string, FastLimit[]>()
  const inexact = new Set<string>()
  let hasPerClaim = false
  for (const [i, l] of p.limits.entries()) {
    const perUnit = centsOfDecimal(l.perUnit)
    const perLine = centsOfDecimal(l.perLine)
    const perClaim = centsOfDecimal(l.perClaim)
    if (
      bad(perUnit) ||
      bad(perLine) ||
      bad(perClaim) ||
      (l.perUnit !== undefined && perUnit === undefined) ||
      (l.perLine !== undefined && perLine === undefined) ||
      (l.perClaim !== undefined && perClaim === undefined)
    ) {
      inexact.add(l.category)
      continue
    }
    if (perClaim !== undefined) hasPerClaim = true
    const list = limits.get(l.category) ?? []
    list.push({
      index: i,
      item: l.item,
      levels: l.levels === undefined ? undefined : new Set(l.levels),
      cityTiers: l.cityTiers === undefined ? undefined : new Set(l.cityTiers),
      perUnit,
      perLine,
      perClaim,
      overLimit: l.overLimit,
      invoice: l.invoice,
    })
    limits.set(l.category, list)
  }
  const requiredAbove = centsOfDecimal(p.invoice?.requiredAbove)
  if (p.invoice !== undefined && (requiredAbove === undefined || bad(requiredAbove))) return undefined
  const route = p.route.map((r) => ({ role: r.role, above: centsOfDecimal(r.above) }))
  if (route.some((r, i) => bad(r.above) || (p.route[i]?.above !== undefined && r.above === undefined)))
    return undefined
  return {
    limits,
    limitCount: p.limits.length,
    hasPerClaim,
    inexact,
    invoice:
      p.invoice === undefined
        ? undefined
        : {
            requiredAbove: requiredAbove as number,
            required: p.invoice.fields.reduce((bits, f) => bits | INVOICE_BIT[f], INVOICE_GIVEN),
            missing: p.invoice.missing,
          },
    deadline: p.deadline,
    deadlines: new Map(),
    route,
    exceptionApprover: compiled.exceptionApprover,
  }
}

type Plain = Record<string, unknown>

const OPTION_KEYS = new Set(['asOf', 'budget', 'entries', 'advances', 'earlierClaims'])
const CLAIM_KEYS = new Set(['id', 'employee', 'currency', 'submittedOn', 'lines'])
const EMPLOYEE_KEYS = new Set(['id', 'level'])
const ADVANCE_KEYS = new Set(['id', 'amount', 'date'])
const EARLIER_KEYS = new Set(['id', 'invoices'])

const optionalId = (value: unknown) => value === undefined || isPlainId(value)

/** A string of `min`–`max` UTF-16 units, as `z.string().min().max()` accepts. */
const isText = (value: unknown, min: number, max: number) =>
  typeof value === 'string' && value.length >= min && value.length <= max

/**
 * Budget dimension values as `z.record(z.string(), IdSchema)` accepts them, plainly: a plain record of
 * ids with no symbol key and no `__proto__` key.
 */
function plainDimensions(value: unknown): boolean {
  if (!isPlainRecord(value)) return false
  for (const key in value) {
    if (key === '__proto__' || !Object.prototype.hasOwnProperty.call(value, key)) return false
    if (!isPlainId((value as Plain)[key])) return false
  }
  return Object.getOwnPropertySymbols(value).length === 0
}

/** The fraction of a cents value at 2 decimals, by its cents (`'.00'` … `'.99'`). */
const FRACTION = Array.from({ length: 100 }, (_, f) => (f < 10 ? '.0' : '.') + String(f))

/** Cents as a decimal string (`123456` → `'1234.56'`): the whole part's digits and the fraction's text. */
function money(cents: number): string {
  const a = Math.abs(cents)
  const f = a % 100
  const text = String((a - f) / 100) + (FRACTION[f] as string)
  return cents < 0 ? '-' + text : text
}

/**
 * The decimal string of an amount read from `text` (`cents` is `readCents(text)`): the text itself when it
 * is already written so (`'1234.56'`: digits with no leading zero, two decimals), else {@link money}.
 */
function moneyAsGiven(cents: number, text: unknown): string {
  if (typeof text === 'string') {
    const n = text.length
    const first = text.charCodeAt(0)
    if (n >= 4 && text.charCodeAt(n - 3) === 46 && (first === 48 ? n === 4 : first >= 49 && first <= 57))
      return text
  }
  return money(cents)
}

/** A ledger line's figures in cents, remembered per line (and per instance of its running total). */
interface LineCents {
  actual: Decimal
  spent: number
  readonly annual: number
  readonly toDate: number
}
const LINE_CENTS = new WeakMap<LineFigures, LineCents | null>()

/** A Decimal of the ledger in cents, or `undefined` when not exact in cents. */
const ledgerCents = (d: Decimal): number | undefined =>
  d.decimalPlaces() > 2 ? undefined : readCents(d.toFixed(2), true)

/** A ledger line's spent, annual and to-date budgets in cents, or `undefined` when one is not exact. */
function lineCents(line: LineFigures): LineCents | undefined {
  let c = LINE_CENTS.get(line)
  if (c === undefined) {
    const spent = ledgerCents(line.actual)
    const annual = ledgerCents(line.budget)
    const toDate = ledgerCents(line.toDate)
    c =
      spent === undefined || annual === undefined || toDate === undefined
        ? null
        : { actual: line.actual, spent, annual, toDate }
    LINE_CENTS.set(line, c)
  }
  if (c === null) return undefined
  // `add` books an expense by replacing the running total
  if (c.actual !== line.actual) {
    const spent = ledgerCents(line.actual)
    if (spent === undefined) return undefined
    c.actual = line.actual
    c.spent = spent
  }
  return c
}

/** A control's warning share in millionths (remembered per control), or NaN with more than 6 decimals. */
const WARN_MICROS = new WeakMap<object, number>()
function warnMicros(control: LineFigures['control']): number {
  let m = WARN_MICROS.get(control)
  if (m === undefined) {
    const scaled = control.warnAt.times(1_000_000)
    m = scaled.isInteger() && scaled.abs().lte(Number.MAX_SAFE_INTEGER) ? scaled.toNumber() : Number.NaN
    WARN_MICROS.set(control, m)
  }
  return m
}

const DECISION: Readonly<Record<LineFigures['control']['action'], ExpenseCheck['decision']>> = {
  ignore: 'allowed',
  warn: 'warning',
  approval: 'approval',
  stop: 'stopped',
}

/**
 * The budget line key of `category` and `dimensions`, or `undefined` for an unknown dimension: the key
 * `lineKey` (models/expense) makes, by concatenation (no list made and joined per claim).
 */
function ledgerKey(state: LedgerState, category: string, dimensions: Plain): string | undefined {
  const order = state.parsed.dimensions
  for (const key in dimensions) if (!order.includes(key)) return undefined
  let key = category
  for (let k = 0; k < order.length; k += 1)
    key += '\u0000' + ((dimensions[order[k] as string] as string | undefined) ?? '')
  return key
}

/**
 * The ledger's decision on a new expense of `amount` cents on the budget line `key` (of `category`), as
 * {@link ExpenseBudgetLedger.check} decides it, or `undefined` to take the exact path.
 */
function ledgerDecision(
  state: LedgerState,
  category: string,
  key: string,
  amount: number,
): ExpenseCheck['decision'] | undefined {
  const { parsed } = state
  const line = state.lines.get(key)
  const control = line?.control ?? parsed.categories.find((c) => c.id === category)?.control ?? parsed.control
  let spent = 0
  let annual = 0
  let toDate = 0
  if (line !== undefined) {
    const c = lineCents(line)
    if (c === undefined) return undefined
    spent = c.spent
    annual = c.annual
    toDate = c.toDate
  }
  const after = spent + amount
  // the tightest budget decides (the one with the least left; to date first on a tie)
  const decisive =
    control.against === 'annual' ? annual : control.against === 'to-date' ? toDate : Math.min(toDate, annual)
  const over = after > decisive
  let warn = false
  if (!over && after > 0) {
    const m = warnMicros(control)
    const a = after * 1_000_000
    const b = m * decisive
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) return undefined
    warn = a >= b
  }
  return over ? DECISION[control.action] : warn ? 'warning' : 'allowed'
}

/** The approver of the budget line `key` (of `category`): its control's. */
function ledgerApprover(state: LedgerState, category: string, key: string): string | null {
  const { parsed } = state
  const control =
    state.lines.get(key)?.control ??
    parsed.categories.find((c) => c.id === category)?.control ??
    parsed.control
  return control.approver ?? null
}

/** A line as read, with its working figures (cents). */
interface Working {
  readonly id: string
  readonly amount: number
  /** The amount as given. */
  readonly text: unknown
  approved: number
  requested: number
  rejected: boolean
  /** True when an approval-type violation is on it. */
  pending: boolean
  /** The approvers its violations need, in order (`null`: a budget control without an approver). */
  needs: (string | null)[] | undefined
}

/** The lines of a claim on one budget line. */
interface Group {
  readonly category: string
  readonly dimensions: Plain
  readonly key: string
  amount: number
  readonly members: Working[]
}

const EMPTY: Plain = {}
const headerOf = (v: CompiledClaimPolicy) => v.policy

/** Strings met so far (line ids, invoice numbers): a list while short, a set beyond. */
class Numbers {
  private list: string[] | undefined
  private set: Set<string> | undefined
  add(n: string): void {
    if (this.set !== undefined) this.set.add(n)
    else if (this.list === undefined) this.list = [n]
    else if (this.list.length < 16) this.list.push(n)
    else {
      this.set = new Set(this.list)
      this.set.add(n)
    }
  }
  has(n: string): boolean {
    return this.set !== undefined ? this.set.has(n) : this.list !== undefined && this.list.includes(n)
  }
}

/**
 * The summary of a claim, decided in integers, or `undefined` to take the exact path. @internal
 */
export function fastClaim(
  versions: readonly CompiledClaimPolicy[],
  fast: readonly (FastClaimPolicy | undefined)[],
  claimInput: unknown,
  optionsInput: unknown,
): ClaimSummary | undefined {
  // the lines' keys are listed by `for … in`: their own keys only while Object.prototype has no
  // enumerable key
  if (prototypeHasEnumerableKey()) return undefined
  const options = plainRecord(optionsInput, OPTION_KEYS)
  const claim = plainRecord(claimInput, CLAIM_KEYS)
  if (options === undefined || claim === undefined) return undefined
  // the options
  const asOf = options['asOf']
  if (!isPlainDate(asOf)) return undefined
  const budget = Object.getOwnPropertyDescriptor(options, 'budget')
  if (budget !== undefined && !('value' in budget)) return undefined
  let state: LedgerState | undefined
  if (budget?.value !== undefined) {
    // only a ledger, for its own day, with no other entries
    state = ledgerState(budget.value)
    if (
      state === undefined ||
      options['entries'] !== undefined ||
      (budget.value as { asOf: unknown }).asOf !== asOf
    )
      return undefined
    if (state.parsed.rounding.scale !== 2 || asOf < state.year.start || asOf > state.year.end)
      return undefined
  } else if (options['entries'] !== undefined) return undefined
  const advances = plainList(options['advances'], 10_000)
  const earlierList = plainList(options['earlierClaims'], 100_000)
  if (advances === undefined || earlierList === undefined) return undefined
  let outstanding = 0
  for (const raw of advances) {
    const a = plainRecord(raw, ADVANCE_KEYS)
    if (a === undefined || !isPlainId(a['id'])) return undefined
    const amount = readCents(a['amount'])
    if (amount === undefined || (a['date'] !== undefined && !isPlainDate(a['date']))) return undefined
    outstanding += amount
  }
  const earlier = new Numbers()
  // the exact path reads at most 20,000,000 values of an argument (`input.too-large`): far more invoice
  // numbers than this take it
  let invoiceCount = 0
  for (const raw of earlierList) {
    const c = plainRecord(raw, EARLIER_KEYS)
    if (c === undefined || !isPlainId(c['id'])) return undefined
    const invoices = c['invoices']
    if (!Array.isArray(invoices) || Object.getPrototypeOf(invoices) !== Array.prototype) return undefined
    invoiceCount += invoices.length
    if (invoices.length > 10_000 || invoiceCount > MAX_EARLIER_INVOICES) return undefined
    for (let k = 0; k < invoices.length; k += 1) {
      const number: unknown = invoices[k]
      if (!isPlainId(number)) return undefined
      earlier.add(number)
    }
  }
  // the version in force
  const index = versions.length === 1 ? 0 : versionIndexOn(versions, headerOf, asOf, [])
  const compiled = versions[index] as CompiledClaimPolicy
  const policy = compiled.policy
  if (asOf < policy.effectiveFrom || (policy.effectiveTo !== undefined && asOf > policy.effectiveTo))
    return undefined
  const prepared = fast[index]
  if (prepared === undefined) return undefined
  // a budget in another currency is refused by the exact path (`claim.budget-currency`)
  if (state !== undefined && state.parsed.currency !== policy.currency) return undefined
  // the claim
  const employee = plainRecord(claim['employee'], EMPLOYEE_KEYS)
  const submittedOn = claim['submittedOn']
  if (
    employee === undefined ||
    !isPlainId(claim['id']) ||
    !isPlainId(employee['id']) ||
    !optionalId(employee['level']) ||
    claim['currency'] !== policy.currency ||
    !isPlainDate(submittedOn)
  )
    return undefined
  const level = employee['level']
  const rawLines = claim['lines']
  if (!Array.isArray(rawLines) || Object.getPrototypeOf(rawLines) !== Array.prototype) return undefined
  const n = rawLines.length
  if (n === 0 || n > 1000) return undefined
  const ids = new Numbers()
  const numbers = new Numbers()
  const perClaimAsked = prepared.hasPerClaim ? new Array<number>(prepared.limitCount).fill(0) : undefined
  const perClaimPaid = prepared.hasPerClaim ? new Array<number>(prepared.limitCount).fill(0) : undefined
  const work: Working[] = []
  const groups: Group[] = []
  let lastDimensions: unknown
  const exceptions = prepared.exceptionApprover
  const rules = prepared.invoice
  const deadlineRule = prepared.deadline
  for (let i = 0; i < n; i += 1) {
    const raw: unknown = rawLines[i]
    if (!isPlainRecord(raw)) return undefined
    // each key read once, in one `for … in` (V8 reads the value by the key's slot, where a named read of an
    // absent key on lines of several shapes is a slow miss), as the exact path's copy reads it
    // (`Object.keys`: own enumerable keys, the keys `for … in` lists while Object.prototype has none); a key
    // outside ClaimLineSchema takes the exact path
    let id: unknown
    let date: unknown
    let category: unknown
    let item: unknown
    let amountText: unknown
    let q: unknown
    let cityTier: unknown
    let dimensions: unknown
    let rawInvoice: unknown
    let reason: unknown
    let description: unknown
    for (const key in raw) {
      const value: unknown = raw[key]
      switch (key) {
        case 'id':
          id = value
          break
        case 'date':
          date = value
          break
        case 'category':
          category = value
          break
        case 'item':
          item = value
          break
        case 'amount':
          amountText = value
          break
        case 'quantity':
          q = value
          break
        case 'cityTier':
          cityTier = value
          break
        case 'dimensions':
          dimensions = value
          break
        case 'invoice':
          rawInvoice = value
          break
        case 'reason':
          reason = value
          break
        case 'description':
          description = value
          break
        default:
          return undefined
      }
    }
    // a day in the deadline memo was found a valid date before (strings do not change)
    const known = typeof date === 'string' ? prepared.deadlines.get(date) : undefined
    if (
      !isPlainId(id) ||
      ids.has(id) ||
      (known === undefined && !isPlainDate(date)) ||
      (date as string) > submittedOn
    )
      return undefined
    if (!isPlainId(category) || !compiled.categories.has(category) || prepared.inexact.has(category))
      return undefined
    if (!optionalId(item) || !optionalId(cityTier)) return undefined
    if (reason !== undefined && !isText(reason, 1, 2000)) return undefined
    if (description !== undefined && !isText(description, 0, 1000)) return undefined
    ids.add(id)
    const amount = readCents(amountText)
    if (amount === undefined) return undefined
    if (q !== undefined && (typeof q !== 'number' || !Number.isSafeInteger(q) || q <= 0 || q > 1_000_000))
      return undefined
    if (dimensions === undefined) dimensions = EMPTY
    else if (dimensions !== lastDimensions) {
      if (!plainDimensions(dimensions)) return undefined
      lastDimensions = dimensions
    }
    // the invoice, read the same way; `given` has a bit per field given (INVOICE_BIT)
    let number: unknown
    let invoiceAmount: number | undefined
    let given = 0
    if (rawInvoice !== undefined) {
      if (!isPlainRecord(rawInvoice)) return undefined
      let invoiceDate: unknown
      let invoiceAmountText: unknown
      let taxAmount: unknown
      let seller: unknown
      for (const key in rawInvoice) {
        const value: unknown = rawInvoice[key]
        switch (key) {
          case 'number':
            number = value
            break
          case 'date':
            invoiceDate = value
            break
          case 'amount':
            invoiceAmountText = value
            break
          case 'taxAmount':
            taxAmount = value
            break
          case 'seller':
            seller = value
            break
          default:
            return undefined
        }
      }
      if (!optionalId(number)) return undefined
      if (invoiceDate !== undefined && !isPlainDate(invoiceDate)) return undefined
      if (invoiceAmountText !== undefined) {
        invoiceAmount = readCents(invoiceAmountText)
        if (invoiceAmount === undefined) return undefined
      }
      if (taxAmount !== undefined && readCents(taxAmount) === undefined) return undefined
      if (seller !== undefined && !isText(seller, 1, 500)) return undefined
      given =
        INVOICE_GIVEN |
        (number !== undefined ? INVOICE_BIT.number : 0) |
        (invoiceDate !== undefined ? INVOICE_BIT.date : 0) |
        (invoiceAmountText !== undefined ? INVOICE_BIT.amount : 0) |
        (taxAmount !== undefined ? INVOICE_BIT.taxAmount : 0) |
        (seller !== undefined ? INVOICE_BIT.seller : 0)
    }
    let approved = amount
    let rejected = false
    let pending = false
    // an approval-type rule is approved with a reason (the exception approver agrees); without one a limit
    // caps and another rule rejects
    const withReason = reason !== undefined
    let limit: FastLimit | undefined
    const candidates = prepared.limits.get(category)
    if (candidates !== undefined)
      for (const c of candidates)
        if (
          (c.item === undefined || c.item === item) &&
          (c.levels === undefined || (level !== undefined && c.levels.has(level))) &&
          (c.cityTiers === undefined || (cityTier !== undefined && c.cityTiers.has(cityTier)))
        ) {
          limit = c
          break
        }
    if (limit === undefined) rejected = true
    else {
      if (limit.perUnit !== undefined) {
        if (q === undefined) rejected = true
        else {
          const cap = limit.perUnit * q
          if (!Number.isSafeInteger(cap)) return undefined
          if (amount > cap) {
            if (limit.overLimit === 'reject') rejected = true
            else if (limit.overLimit === 'approval' && withReason) pending = true
            else if (cap < approved) approved = cap
          }
        }
      }
      if (limit.perLine !== undefined && amount > limit.perLine) {
        if (limit.overLimit === 'reject') rejected = true
        else if (limit.overLimit === 'approval' && withReason) pending = true
        else if (limit.perLine < approved) approved = limit.perLine
      }
    }
    if (rules !== undefined && limit?.invoice !== false && amount > rules.requiredAbove) {
      // missing: no invoice, or one without a field the policy requires
      if ((given & rules.required) !== rules.required) {
        if (rules.missing === 'approval' && withReason) pending = true
        else rejected = true
      }
    }
    if (invoiceAmount !== undefined && invoiceAmount < amount && invoiceAmount < approved)
      approved = invoiceAmount
    if (typeof number === 'string') {
      if (numbers.has(number) || earlier.has(number)) rejected = true
      else numbers.add(number)
    }
    if (deadlineRule !== undefined) {
      let deadline = known
      if (deadline === undefined) {
        deadline = stepBusinessDays(compiled.calendar, date as string, deadlineRule.businessDays)
        if (prepared.deadlines.size < MAX_REMEMBERED_DEADLINES)
          prepared.deadlines.set(date as string, deadline)
      }
      if (submittedOn > deadline) {
        if (deadlineRule.late === 'approval' && withReason) pending = true
        else rejected = true
      }
    }
    const requested = approved
    if (limit?.perClaim !== undefined && perClaimAsked !== undefined && perClaimPaid !== undefined) {
      // decided on the lines' own amounts, paid on what the earlier lines were paid
      const asked = (perClaimAsked[limit.index] as number) + requested
      const paid = perClaimPaid[limit.index] as number
      perClaimAsked[limit.index] = asked
      if (asked > limit.perClaim) {
        const left = Math.max(0, limit.perClaim - paid)
        if (limit.overLimit === 'reject') rejected = true
        else if (limit.overLimit === 'approval' && withReason) pending = true
        else if (left < approved) approved = left
      }
      perClaimPaid[limit.index] = paid + (rejected ? 0 : approved)
    }
    if (rejected) approved = 0
    // every approval-type violation of a line is approved by the exception approver
    const w: Working = {
      id,
      amount,
      text: amountText,
      approved,
      requested,
      rejected,
      pending,
      needs: pending ? [exceptions] : undefined,
    }
    work.push(w)
    if (state !== undefined) {
      // the budget line: found by the dimension values' object while it repeats, else by key
      let group: Group | undefined
      for (const g of groups)
        if (g.category === category && g.dimensions === dimensions) {
          group = g
          break
        }
      if (group === undefined) {
        const key = ledgerKey(state, category, dimensions as Plain)
        if (key === undefined) return undefined
        for (const g of groups)
          if (g.key === key) {
            group = g
            break
          }
        if (group === undefined) {
          group = { category, dimensions: dimensions as Plain, key, amount: 0, members: [] }
          groups.push(group)
        }
      }
      group.amount += requested
      group.members.push(w)
    }
  }
  // the budget: the lines' requested amounts summed per budget line, checked as one expense each
  const decisions: ExpenseCheck['decision'][] = []
  if (state !== undefined)
    for (const group of groups) {
      const decision = ledgerDecision(state, group.category, group.key, group.amount)
      if (decision === undefined) return undefined
      decisions.push(decision)
      if (decision === 'approval') {
        const approver = ledgerApprover(state, group.category, group.key)
        for (const w of group.members) {
          w.pending = true
          ;(w.needs ??= []).push(approver)
        }
      } else if (decision === 'stopped')
        for (const w of group.members) {
          w.rejected = true
          w.approved = 0
        }
    }
  // the totals, the chain and the advances
  let claimed = 0
  let approved = 0
  // the lists the summary keeps are made at their length (a list grown by push keeps room for 16)
  const lines = new Array<ClaimLineSummary>(n)
  let needs: (string | null)[] | undefined
  for (let k = 0; k < n; k += 1) {
    const w = work[k] as Working
    claimed += w.amount
    approved += w.approved
    const status: ClaimLineDecision['status'] = w.rejected
      ? 'rejected'
      : w.pending
        ? 'pending-approval'
        : w.approved < w.amount
          ? 'capped'
          : 'approved'
    lines[k] = {
      id: w.id,
      approved: w.approved === w.amount ? moneyAsGiven(w.amount, w.text) : money(w.approved),
      status,
    }
    if (w.needs !== undefined)
      for (const role of w.needs) if (needs === undefined || !needs.includes(role)) (needs ??= []).push(role)
  }
  if (!Number.isSafeInteger(claimed) || !Number.isSafeInteger(outstanding)) return undefined
  const approvals: string[] = []
  for (const r of prepared.route)
    if (r.above === undefined || approved > r.above || needs?.includes(r.role) === true)
      approvals.push(r.role)
  if (needs !== undefined)
    for (const role of needs) {
      if (role === null || approvals.includes(role)) continue
      approvals.splice(Math.max(0, approvals.length - 1), 0, role)
    }
  const offset = Math.min(outstanding, approved)
  return {
    claim: claim['id'],
    lines,
    claimed: money(claimed),
    approved: money(approved),
    netPayable: money(approved - offset),
    refundable: money(outstanding - offset),
    approvals: approvals.slice(),
    budget: decisions.slice(),
    policy: compiled.stamp,
  }
}
