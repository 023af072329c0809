/**
 * Expense claims (费用报销): the claim policy (limits per category, employee level and city tier, invoices,
 * the submission deadline, the approval route) and the claim itself, with its lines and invoices.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  RoundingPolicySchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import { DEFAULT_EXPENSE_CATEGORIES } from './expense'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import type { Decimal, DecimalInput, RoundingPolicy } from '../core/decimal'
import type { LabelInput, RoundingPolicyInput } from '../core/schema'
import type { LocalizedText } from '../core/trace'
import type { VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * The unit a per-unit limit counts: a hotel night, a day (per diem), a guest at a business meal (per head,
 * 业务招待), a month (通讯), or the line itself.
 *
 * @group Expense claims
 */
export const CLAIM_UNITS = ['night', 'day', 'head', 'month', 'line'] as const

/**
 * The rules a claim line is checked against.
 *
 * @group Expense claims
 */
export const CLAIM_RULES = [
  'category-not-allowed',
  'quantity-missing',
  'unit-limit',
  'line-limit',
  'claim-limit',
  'invoice-missing',
  'invoice-incomplete',
  'invoice-amount',
  'duplicate-invoice',
  'late',
  'over-budget',
] as const

/**
 * One rule of a claim line.
 *
 * @group Expense claims
 */
export type ClaimRule = (typeof CLAIM_RULES)[number]

/**
 * The fields an invoice (发票) may be required to carry.
 *
 * @group Expense claims
 */
export const INVOICE_FIELDS = ['number', 'date', 'amount', 'taxAmount', 'seller'] as const

/**
 * A limit's action when a line is over it: `cap` (the excess is not paid), `approval` (paid in full when the
 * line gives a reason, after the exception approver agrees) or `reject` (nothing is paid for the line).
 */
const LimitActionSchema = once(() => z.literal(['cap', 'approval', 'reject']))

/** What happens to a line that breaks a rule other than a limit: approved with a reason, or rejected. */
const RuleActionSchema = once(() => z.literal(['approval', 'reject']))

/**
 * The limits of one category, for some employee levels and city tiers.
 *
 * @group Expense claims
 */
export const ClaimLimitSchema = once(() =>
  z.strictObject({
    /** The category id (one of the policy's categories). */
    category: IdSchema(),
    /**
     * The item within the category it applies to (e.g. `hotel`, `per-diem` in 差旅); every item when left out.
     */
    item: IdSchema().optional(),
    /** The employee levels it applies to (e.g. `staff`, `manager`); every level when left out. */
    levels: z.array(IdSchema()).min(1).optional(),
    /** The city tiers it applies to (e.g. `tier-1`); every tier when left out. */
    cityTiers: z.array(IdSchema()).min(1).optional(),
    /** The unit of `perUnit`: the line's `quantity` counts it. */
    unit: z.literal(CLAIM_UNITS).default('line'),
    /**
     * The most paid per unit (per night, per day, per head, per month); a line of `quantity` units gets
     * `perUnit × quantity`.
     */
    perUnit: NonNegativeDecimalSchema().optional(),
    /** The most paid for one line. */
    perLine: NonNegativeDecimalSchema().optional(),
    /** The most paid for the category in one claim (the lines in order; the line that crosses it is cut). */
    perClaim: NonNegativeDecimalSchema().optional(),
    /** What happens over a limit (`cap` by default). */
    overLimit: LimitActionSchema().default('cap'),
    /**
     * Whether its lines need an invoice above the policy's amount (default true; false for a per diem, 补贴).
     */
    invoice: z.boolean().default(true),
  }),
)

/**
 * The limits of one category, for some employee levels and city tiers.
 *
 * @group Expense claims
 */
export interface ClaimLimitInput {
  /** The category id (one of the policy's categories). */
  readonly category: string
  /**
   * The item within the category it applies to (e.g. `hotel`, `per-diem` in 差旅); every item when left out.
   */
  readonly item?: string | undefined
  /** The employee levels it applies to (e.g. `staff`, `manager`); every level when left out. */
  readonly levels?: readonly string[] | undefined
  /** The city tiers it applies to (e.g. `tier-1`); every tier when left out. */
  readonly cityTiers?: readonly string[] | undefined
  /** The unit of `perUnit`: the line's `quantity` counts it. */
  readonly unit?: 'night' | 'day' | 'head' | 'month' | 'line' | undefined
  /**
   * The most paid per unit (per night, per day, per head, per month); a line of `quantity` units gets
   * `perUnit × quantity`.
   */
  readonly perUnit?: DecimalInput | undefined
  /** The most paid for one line. */
  readonly perLine?: DecimalInput | undefined
  /** The most paid for the category in one claim (the lines in order; the line that crosses it is cut). */
  readonly perClaim?: DecimalInput | undefined
  /** What happens over a limit (`cap` by default). */
  readonly overLimit?: 'cap' | 'approval' | 'reject' | undefined
  /** Whether its lines need an invoice above the policy's amount (default true; false for a per diem, 补贴). */
  readonly invoice?: boolean | undefined
}

/**
 * One approver on the route of a claim.
 *
 * @group Expense claims
 */
export const ClaimApproverSchema = once(() =>
  z.strictObject({
    /** The role (e.g. `department-head`, `finance`). */
    role: IdSchema(),
    /** Its name (e.g. `部门负责人`). */
    label: LabelSchema(),
    /** Only claims whose approved total is above this go to this role; every claim when left out. */
    above: NonNegativeDecimalSchema().optional(),
  }),
)

/**
 * One approver on the route of a claim.
 *
 * @group Expense claims
 */
export interface ClaimApproverInput {
  /** The role (e.g. `department-head`, `finance`). */
  readonly role: string
  /** Its name (e.g. `部门负责人`). */
  readonly label: LabelInput
  /** Only claims whose approved total is above this go to this role; every claim when left out. */
  readonly above?: DecimalInput | undefined
}

/**
 * The expense claim policy (费用报销制度).
 *
 * @group Expense claims
 */
export const ExpenseClaimPolicySchema = once(() =>
  VersionedSchema()
    .extend({
      /** The currency of every amount; a claim in another currency is rejected. */
      currency: CurrencySchema(),
      /** How approved amounts are rounded (each line, after its caps). */
      rounding: RoundingPolicySchema().default({ scale: 2, mode: 'half-up' }),
      /** The expense categories (the handbook's six by default), the same ids as the expense budget's. */
      categories: z
        .array(
          z.strictObject({
            /** The category id. */
            id: IdSchema(),
            /** Its name. */
            label: LabelSchema(),
          }),
        )
        .min(1)
        .default(() => DEFAULT_EXPENSE_CATEGORIES.map((c) => ({ ...c }))),
      /**
       * The limits; a line gets the first whose category, item, level and city tier match it (write the
       * specific before the general). A category with no matching limit is not reimbursable for that level
       * and
       * tier.
       */
      limits: z.array(ClaimLimitSchema()).max(10_000).default([]),
      /** Invoices (发票): required above an amount, with the fields they must carry. */
      invoice: z
        .strictObject({
          /**
           * An invoice is required for a line whose amount is above this (a line exactly at it needs none).
           */
          requiredAbove: NonNegativeDecimalSchema(),
          /** The fields an invoice must carry (all five by default). */
          fields: z.array(z.literal(INVOICE_FIELDS)).default([...INVOICE_FIELDS]),
          /**
           * What happens to a line without a required invoice, or with one lacking a field (reject by
           * default).
           */
          missing: RuleActionSchema().default('reject'),
        })
        .optional(),
      /** The submission deadline (报销时限): business days after the spend, in the policy's calendar. */
      deadline: z
        .strictObject({
          /** Business days after the day of the spend; a claim submitted on the last of them is on time. */
          businessDays: wholeNumber(0, 3660),
          /** What happens to a late line (approval with a reason by default). */
          late: RuleActionSchema().default('approval'),
        })
        .optional(),
      /**
       * The approval route, in order (部门负责人审批 → 财务部门审核): each role with an optional amount above
       * which it is on the route.
       */
      route: z.array(ClaimApproverSchema()).min(1).max(20),
      /**
       * Who approves an exception (a violation approved with a reason), and where in the route: the role of a
       * route step, the first one by default.
       */
      exceptionApprover: IdSchema().optional(),
      /**
       * The calendar of the deadline (weekends, holidays, 调休 make-up workdays); Saturday and Sunday off when
       * left
       * out.
       */
      calendar: BusinessCalendarSchema().optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.categories, 'id', ['categories'], ctx)
        checkUniqueIds(p.route, 'role', ['route'], ctx)
        const categories = new Set(p.categories.map((c) => c.id))
        p.limits.forEach((l, i) => {
          if (!categories.has(l.category))
            addIssue(ctx, 'expense.unknown-category', ['limits', i, 'category'], { category: l.category })
          if (l.perUnit !== undefined && l.unit === 'line')
            addIssue(ctx, 'claim.unit-needed', ['limits', i, 'unit'])
        })
        if (p.exceptionApprover !== undefined && !p.route.some((r) => r.role === p.exceptionApprover))
          addIssue(ctx, 'claim.unknown-approver', ['exceptionApprover'], { role: p.exceptionApprover })
      }),
    ),
)

/**
 * An expense claim policy as written in a policy document.
 *
 * @group Expense claims
 */
export interface ExpenseClaimPolicyInput extends VersionedInput {
  /** The currency of every amount; a claim in another currency is rejected. */
  readonly currency: string
  /** How approved amounts are rounded (each line, after its caps). */
  readonly rounding?: RoundingPolicyInput | undefined
  /** The expense categories (the handbook's six by default), the same ids as the expense budget's. */
  readonly categories?:
    | readonly {
        /** The category id. */
        readonly id: string
        /** Its name. */
        readonly label: LabelInput
      }[]
    | undefined
  /**
   * The limits; a line gets the first whose category, item, level and city tier match it (write the
   * specific before the general). A category with no matching limit is not reimbursable for that level and
   * tier.
   */
  readonly limits?: readonly ClaimLimitInput[] | undefined
  /** Invoices (发票): required above an amount, with the fields they must carry. */
  readonly invoice?:
    | {
        /** An invoice is required for a line whose amount is above this (a line exactly at it needs none). */
        readonly requiredAbove: DecimalInput
        /** The fields an invoice must carry (all five by default). */
        readonly fields?: readonly ('number' | 'date' | 'amount' | 'taxAmount' | 'seller')[] | undefined
        /**
         * What happens to a line without a required invoice, or with one lacking a field (reject by default).
         */
        readonly missing?: 'approval' | 'reject' | undefined
      }
    | undefined
  /** The submission deadline (报销时限): business days after the spend, in the policy's calendar. */
  readonly deadline?:
    | {
        /** Business days after the day of the spend; a claim submitted on the last of them is on time. */
        readonly businessDays: number
        /** What happens to a late line (approval with a reason by default). */
        readonly late?: 'approval' | 'reject' | undefined
      }
    | undefined
  /**
   * The approval route, in order (部门负责人审批 → 财务部门审核): each role with an optional amount above
   * which it is on the route.
   */
  readonly route: readonly ClaimApproverInput[]
  /**
   * Who approves an exception (a violation approved with a reason), and where in the route: the role of a
   * route step, the first one by default.
   */
  readonly exceptionApprover?: string | undefined
  /**
   * The calendar of the deadline (weekends, holidays, 调休 make-up workdays); Saturday and Sunday off when
   * left out.
   */
  readonly calendar?: BusinessCalendarInput | undefined
}

/**
 * The limits of one category in a validated claim policy, for some employee levels and city tiers.
 *
 * @group Expense claims
 */
export interface ClaimLimit {
  /** The category id (one of the policy's categories). */
  readonly category: string
  /**
   * The item within the category it applies to (e.g. `hotel`, `per-diem` in 差旅); every item when left out.
   */
  readonly item?: string | undefined
  /** The employee levels it applies to (e.g. `staff`, `manager`); every level when left out. */
  readonly levels?: readonly string[] | undefined
  /** The city tiers it applies to (e.g. `tier-1`); every tier when left out. */
  readonly cityTiers?: readonly string[] | undefined
  /** The unit of `perUnit`: the line's `quantity` counts it (`line` by default). */
  readonly unit: 'night' | 'day' | 'head' | 'month' | 'line'
  /**
   * The most paid per unit (per night, per day, per head, per month); a line of `quantity` units gets
   * `perUnit × quantity`.
   */
  readonly perUnit?: Decimal | undefined
  /** The most paid for one line. */
  readonly perLine?: Decimal | undefined
  /** The most paid for the category in one claim (the lines in order; the line that crosses it is cut). */
  readonly perClaim?: Decimal | undefined
  /** What happens over a limit (`cap` by default). */
  readonly overLimit: 'cap' | 'approval' | 'reject'
  /** Whether its lines need an invoice above the policy's amount (default true; false for a per diem, 补贴). */
  readonly invoice: boolean
}

/**
 * One approver on the route of a claim, in a validated claim policy.
 *
 * @group Expense claims
 */
export interface ClaimApprover {
  /** The role (e.g. `department-head`, `finance`). */
  readonly role: string
  /** Its name (e.g. `部门负责人`). */
  readonly label: LocalizedText
  /** Only claims whose approved total is above this go to this role; every claim when left out. */
  readonly above?: Decimal | undefined
}

/**
 * An expense category of a validated claim policy.
 *
 * @group Expense claims
 */
export interface ClaimCategory {
  /** The category id. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
}

/**
 * A validated expense claim policy: the policy as written, with every default filled in and every amount
 * a {@link Decimal}.
 *
 * @group Expense claims
 */
export interface ExpenseClaimPolicy {
  /** The policy's id, the same across its versions (e.g. `commission-2026`). */
  readonly id: string
  /** The version label, unique among the versions of one id (e.g. `2026.2`). */
  readonly version: string
  /** First day the version is in force, `YYYY-MM-DD`. */
  readonly effectiveFrom: string
  /**
   * Last day the version is in force (inclusive), `YYYY-MM-DD`; open-ended when left out, until a later
   * version starts.
   */
  readonly effectiveTo?: string | undefined
  /** The currency of every amount; a claim in another currency is rejected. */
  readonly currency: string
  /** How approved amounts are rounded (each line, after its caps); 2 decimals, half-up, by default. */
  readonly rounding: RoundingPolicy
  /** The expense categories (the handbook's six by default), the same ids as the expense budget's. */
  readonly categories: readonly ClaimCategory[]
  /**
   * The limits; a line gets the first whose category, item, level and city tier match it (write the
   * specific before the general). A category with no matching limit is not reimbursable for that level and
   * tier.
   */
  readonly limits: readonly ClaimLimit[]
  /** Invoices (发票): required above an amount, with the fields they must carry. */
  readonly invoice?:
    | {
        /** An invoice is required for a line whose amount is above this (a line exactly at it needs none). */
        readonly requiredAbove: Decimal
        /** The fields an invoice must carry (all five by default). */
        readonly fields: readonly ('number' | 'date' | 'amount' | 'taxAmount' | 'seller')[]
        /**
         * What happens to a line without a required invoice, or with one lacking a field (reject by default).
         */
        readonly missing: 'approval' | 'reject'
      }
    | undefined
  /** The submission deadline (报销时限): business days after the spend, in the policy's calendar. */
  readonly deadline?:
    | {
        /** Business days after the day of the spend; a claim submitted on the last of them is on time. */
        readonly businessDays: number
        /** What happens to a late line (approval with a reason by default). */
        readonly late: 'approval' | 'reject'
      }
    | undefined
  /**
   * The approval route, in order (部门负责人审批 → 财务部门审核): each role with an optional amount above
   * which it is on the route.
   */
  readonly route: readonly ClaimApprover[]
  /**
   * Who approves an exception (a violation approved with a reason), and where in the route: the role of a
   * route step, the first one by default.
   */
  readonly exceptionApprover?: string | undefined
  /**
   * The calendar of the deadline (weekends, holidays, 调休 make-up workdays); Saturday and Sunday off when
   * left out.
   */
  readonly calendar?: BusinessCalendar | undefined
}

/**
 * An invoice (发票) attached to a claim line: every field optional here, the policy says which are required.
 *
 * @group Expense claims
 */
export const ClaimInvoiceSchema = once(() =>
  z.strictObject({
    /** The invoice number (发票号码); the key of the duplicate check. */
    number: IdSchema().optional(),
    /** The invoice date. */
    date: DateSchema().optional(),
    /** The amount on the invoice, tax included (价税合计). */
    amount: NonNegativeDecimalSchema().optional(),
    /** The tax amount (税额). */
    taxAmount: NonNegativeDecimalSchema().optional(),
    /** The seller (销售方). */
    seller: z.string().min(1).max(500).optional(),
  }),
)

/**
 * An invoice (发票) attached to a claim line: every field optional here, the policy says which are required.
 *
 * @group Expense claims
 */
export interface ClaimInvoiceInput {
  /** The invoice number (发票号码); the key of the duplicate check. */
  readonly number?: string | undefined
  /** The invoice date. */
  readonly date?: string | undefined
  /** The amount on the invoice, tax included (价税合计). */
  readonly amount?: DecimalInput | undefined
  /** The tax amount (税额). */
  readonly taxAmount?: DecimalInput | undefined
  /** The seller (销售方). */
  readonly seller?: string | undefined
}

/**
 * One line of an expense claim.
 *
 * @group Expense claims
 */
export const ClaimLineSchema = once(() =>
  z.strictObject({
    /** The line's id, unique in the claim. */
    id: IdSchema(),
    /** The day of the spend. */
    date: DateSchema(),
    /** The category id. */
    category: IdSchema(),
    /** The item within the category (e.g. `hotel`, `per-diem`), for limits by item. */
    item: IdSchema().optional(),
    /** The amount claimed, zero or more. */
    amount: NonNegativeDecimalSchema(),
    /** How many units of the limit's unit (nights, days, guests, months); required by a per-unit limit. */
    quantity: PositiveDecimalSchema().optional(),
    /** The city tier where it was spent (e.g. `tier-1`), for limits by city tier. */
    cityTier: IdSchema().optional(),
    /** Budget dimension values (region, cost centre…), as the budget's lines. */
    dimensions: z.record(z.string(), IdSchema()).default({}),
    /** The invoice. */
    invoice: ClaimInvoiceSchema().optional(),
    /** Why a rule is broken (超标说明): an approval-type violation is approved only with a reason. */
    reason: z.string().min(1).max(2000).optional(),
    /** What it was for. */
    description: z.string().max(1000).optional(),
  }),
)

/**
 * One line of an expense claim.
 *
 * @group Expense claims
 */
export interface ClaimLineInput {
  /** The line's id, unique in the claim. */
  readonly id: string
  /** The day of the spend. */
  readonly date: string
  /** The category id. */
  readonly category: string
  /** The item within the category (e.g. `hotel`, `per-diem`), for limits by item. */
  readonly item?: string | undefined
  /** The amount claimed, zero or more. */
  readonly amount: DecimalInput
  /** How many units of the limit's unit (nights, days, guests, months); required by a per-unit limit. */
  readonly quantity?: DecimalInput | undefined
  /** The city tier where it was spent (e.g. `tier-1`), for limits by city tier. */
  readonly cityTier?: string | undefined
  /** Budget dimension values (region, cost centre…), as the budget's lines. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined
  /** The invoice. */
  readonly invoice?: ClaimInvoiceInput | undefined
  /** Why a rule is broken (超标说明): an approval-type violation is approved only with a reason. */
  readonly reason?: string | undefined
  /** What it was for. */
  readonly description?: string | undefined
}

/**
 * An expense claim (费用报销单).
 *
 * @group Expense claims
 */
export const ExpenseClaimSchema = once(() =>
  z
    .strictObject({
      /** The claim's id. */
      id: IdSchema(),
      /** The claimant: id and employee level. */
      employee: z.strictObject({
        /** The employee's id. */
        id: IdSchema(),
        /** The employee level (e.g. `staff`, `manager`), for limits by level. */
        level: IdSchema().optional(),
      }),
      /** The currency of every amount. */
      currency: CurrencySchema(),
      /** The day the claim was submitted; the deadline is checked against it. */
      submittedOn: DateSchema(),
      /** The lines, at least one. */
      lines: z.array(ClaimLineSchema()).min(1).max(1000),
    })
    .check(
      whenValid((c, ctx) => {
        checkUniqueIds(c.lines, 'id', ['lines'], ctx)
        c.lines.forEach((l, i) => {
          if (l.date > c.submittedOn)
            addIssue(ctx, 'claim.spent-after-submission', ['lines', i, 'date'], {
              date: l.date,
              submittedOn: c.submittedOn,
            })
        })
      }),
    ),
)

/**
 * An expense claim as passed in.
 *
 * @group Expense claims
 */
export interface ExpenseClaimInput {
  /** The claim's id. */
  readonly id: string
  /** The claimant: id and employee level. */
  readonly employee: {
    /** The employee's id. */
    readonly id: string
    /** The employee level (e.g. `staff`, `manager`), for limits by level. */
    readonly level?: string | undefined
  }
  /** The currency of every amount. */
  readonly currency: string
  /** The day the claim was submitted; the deadline is checked against it. */
  readonly submittedOn: string
  /** The lines, at least one. */
  readonly lines: readonly ClaimLineInput[]
}

/**
 * An invoice (发票) of a validated claim line: every field optional here, the policy says which are required.
 *
 * @group Expense claims
 */
export interface ClaimInvoice {
  /** The invoice number (发票号码); the key of the duplicate check. */
  readonly number?: string | undefined
  /** The invoice date. */
  readonly date?: string | undefined
  /** The amount on the invoice, tax included (价税合计). */
  readonly amount?: Decimal | undefined
  /** The tax amount (税额). */
  readonly taxAmount?: Decimal | undefined
  /** The seller (销售方). */
  readonly seller?: string | undefined
}

/**
 * One line of a validated expense claim.
 *
 * @group Expense claims
 */
export interface ClaimLine {
  /** The line's id, unique in the claim. */
  readonly id: string
  /** The day of the spend. */
  readonly date: string
  /** The category id. */
  readonly category: string
  /** The item within the category (e.g. `hotel`, `per-diem`), for limits by item. */
  readonly item?: string | undefined
  /** The amount claimed, zero or more. */
  readonly amount: Decimal
  /** How many units of the limit's unit (nights, days, guests, months); required by a per-unit limit. */
  readonly quantity?: Decimal | undefined
  /** The city tier where it was spent (e.g. `tier-1`), for limits by city tier. */
  readonly cityTier?: string | undefined
  /** Budget dimension values (region, cost centre…), as the budget's lines; none by default. */
  readonly dimensions: Readonly<Record<string, string>>
  /** The invoice. */
  readonly invoice?: ClaimInvoice | undefined
  /** Why a rule is broken (超标说明): an approval-type violation is approved only with a reason. */
  readonly reason?: string | undefined
  /** What it was for. */
  readonly description?: string | undefined
}

/**
 * A validated expense claim (费用报销单).
 *
 * @group Expense claims
 */
export interface ExpenseClaim {
  /** The claim's id. */
  readonly id: string
  /** The claimant: id and employee level. */
  readonly employee: {
    /** The employee's id. */
    readonly id: string
    /** The employee level (e.g. `staff`, `manager`), for limits by level. */
    readonly level?: string | undefined
  }
  /** The currency of every amount. */
  readonly currency: string
  /** The day the claim was submitted; the deadline is checked against it. */
  readonly submittedOn: string
  /** The lines, at least one. */
  readonly lines: readonly ClaimLine[]
}

/**
 * An advance (备用金 / 借款) the claimant holds, to be offset against the claim.
 *
 * @group Expense claims
 */
export const ClaimAdvanceSchema = once(() =>
  z.strictObject({
    /** The advance's id. */
    id: IdSchema(),
    /** The amount still outstanding. */
    amount: NonNegativeDecimalSchema(),
    /** The day it was paid out. */
    date: DateSchema().optional(),
  }),
)

/**
 * An advance (备用金 / 借款) the claimant holds, to be offset against the claim.
 *
 * @group Expense claims
 */
export interface ClaimAdvanceInput {
  /** The advance's id. */
  readonly id: string
  /** The amount still outstanding. */
  readonly amount: DecimalInput
  /** The day it was paid out. */
  readonly date?: string | undefined
}

/**
 * The invoices of an earlier claim, for the duplicate check.
 *
 * @group Expense claims
 */
export const EarlierClaimSchema = once(() =>
  z.strictObject({
    /** The earlier claim's id. */
    id: IdSchema(),
    /** The invoice numbers it carried. */
    invoices: z.array(IdSchema()).max(10_000),
  }),
)

/**
 * The invoices of an earlier claim, for the duplicate check.
 *
 * @group Expense claims
 */
export interface EarlierClaimInput {
  /** The earlier claim's id. */
  readonly id: string
  /** The invoice numbers it carried. */
  readonly invoices: readonly string[]
}
