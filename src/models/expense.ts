/**
 * Sales-expense budgets (销售费用预算): lines by category and dimensions, phased evenly, by a
 * monthly distribution or linearly in time, with a control policy per category or line.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import { ZERO } from '../core/decimal'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  DecimalSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  RoundingPolicySchema,
  whenValid,
} from '../core/schema'
import type { LocalizedText } from '../core/trace'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import type { Decimal, DecimalInput, RoundingPolicy } from '../core/decimal'
import type { LabelInput, RoundingPolicyInput } from '../core/schema'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * An expense category with its bilingual name.
 *
 * @group Expense budget
 */
export interface ExpenseCategoryDefault {
  /** The category id. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
}

/**
 * The six handbook categories: 市场推广, 薪酬福利, 差旅, 业务招待, 通讯, 办公.
 *
 * @group Expense budget
 */
export const DEFAULT_EXPENSE_CATEGORIES: readonly ExpenseCategoryDefault[] = [
  { id: 'marketing', label: { en: 'Marketing and promotion', 'zh-CN': '市场推广' } },
  { id: 'compensation', label: { en: 'Compensation and benefits', 'zh-CN': '薪酬福利' } },
  { id: 'travel', label: { en: 'Travel', 'zh-CN': '差旅' } },
  { id: 'entertainment', label: { en: 'Business entertainment', 'zh-CN': '业务招待' } },
  { id: 'communication', label: { en: 'Communication', 'zh-CN': '通讯' } },
  { id: 'office', label: { en: 'Office', 'zh-CN': '办公' } },
]

/**
 * What happens when spending goes over budget: ignore, warn, require approval, or stop (超出预算需审批).
 *
 * @group Expense budget
 */
export const ExpenseControlSchema = once(() =>
  z.strictObject({
    /** Warn from this share of the budget checked (0.9 = 90 %); a value equal to it warns. */
    warnAt: FractionSchema().prefault('0.9'),
    /** The action when the budget checked is exceeded. */
    action: z.literal(['ignore', 'warn', 'approval', 'stop']).default('approval'),
    /** The role that approves, for `approval`. */
    approver: IdSchema().optional(),
    /** Which budget is checked: the annual budget, the budget to date, or both. */
    against: z.literal(['annual', 'to-date', 'both']).default('to-date'),
  }),
)

/**
 * What happens when spending goes over budget: ignore, warn, require approval, or stop (超出预算需审批).
 *
 * @group Expense budget
 */
export interface ExpenseControlInput {
  /** Warn from this share of the budget checked (0.9 = 90 %); a value equal to it warns. */
  readonly warnAt?: DecimalInput | undefined
  /** The action when the budget checked is exceeded. */
  readonly action?: 'ignore' | 'warn' | 'approval' | 'stop' | undefined
  /** The role that approves, for `approval`. */
  readonly approver?: string | undefined
  /** Which budget is checked: the annual budget, the budget to date, or both. */
  readonly against?: 'annual' | 'to-date' | 'both' | undefined
}

/**
 * A validated control policy, every default filled in.
 *
 * @group Expense budget
 */
export interface ExpenseControl {
  /** Warn from this share of the budget checked (0.9 = 90 %, the default); a value equal to it warns. */
  readonly warnAt: Decimal
  /** The action when the budget checked is exceeded (`approval` by default). */
  readonly action: 'ignore' | 'warn' | 'approval' | 'stop'
  /** The role that approves, for `approval`. */
  readonly approver?: string | undefined
  /** Which budget is checked: the annual budget, the budget to date (the default), or both. */
  readonly against: 'annual' | 'to-date' | 'both'
}

/**
 * How a line's annual amount is spread over the year.
 *
 * @group Expense budget
 */
const PhasingSchema = once(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      /** Evenly by month (a month counts in full once it has started, as ERPNext does). */
      kind: z.literal('even'),
    }),
    z.strictObject({
      /** By a monthly distribution (a month counts in full once it has started). */
      kind: z.literal('distribution'),
      /** Twelve fractions, one per fiscal month, adding up to exactly 1. */
      months: z.array(FractionSchema()).length(12),
    }),
    z.strictObject({
      /** Linearly in time: planned × elapsed ÷ duration (OCA's theoretical amount). */
      kind: z.literal('linear'),
      /** Time counted in calendar days or in working days of the budget's calendar. */
      basis: z.literal(['calendar-days', 'business-days']).default('calendar-days'),
    }),
  ]),
)

/**
 * One budget line: a category and dimension values, an annual amount and its phasing.
 *
 * @group Expense budget
 */
export const BudgetLineSchema = once(() =>
  z.strictObject({
    /** The category id. */
    category: IdSchema(),
    /** Dimension values (region, product line, team, cost centre…), one per dimension of the budget. */
    dimensions: z.record(z.string(), IdSchema()).default({}),
    /** The amount for the fiscal year, zero or more. */
    amount: NonNegativeDecimalSchema(),
    /** How it is spread (even by default). */
    phasing: PhasingSchema().default({ kind: 'even' }),
    /** A control policy for this line, over the category's. */
    control: ExpenseControlSchema().optional(),
  }),
)

/**
 * One budget line: a category and dimension values, an annual amount and its phasing.
 *
 * @group Expense budget
 */
export interface BudgetLineInput {
  /** The category id. */
  readonly category: string
  /**
   * Dimension values (region, product line, team, cost centre…), one per dimension of the budget.
   */
  readonly dimensions?: Readonly<Record<string, string>> | undefined
  /** The amount for the fiscal year, zero or more. */
  readonly amount: DecimalInput
  /** How it is spread (even by default). */
  readonly phasing?:
    | {
        /** Evenly by month (a month counts in full once it has started, as ERPNext does). */
        readonly kind: 'even'
      }
    | {
        /** By a monthly distribution (a month counts in full once it has started). */
        readonly kind: 'distribution'
        /** Twelve fractions, one per fiscal month, adding up to exactly 1. */
        readonly months: readonly DecimalInput[]
      }
    | {
        /** Linearly in time: planned × elapsed ÷ duration (OCA's theoretical amount). */
        readonly kind: 'linear'
        /** Time counted in calendar days or in working days of the budget's calendar. */
        readonly basis?: 'calendar-days' | 'business-days' | undefined
      }
    | undefined
  /** A control policy for this line, over the category's. */
  readonly control?: ExpenseControlInput | undefined
}

/**
 * How a validated budget line's annual amount is spread over the year.
 *
 * @group Expense budget
 */
export type BudgetPhasing =
  | {
      /** Evenly by month (a month counts in full once it has started, as ERPNext does). */
      readonly kind: 'even'
    }
  | {
      /** By a monthly distribution (a month counts in full once it has started). */
      readonly kind: 'distribution'
      /** Twelve fractions, one per fiscal month, adding up to exactly 1. */
      readonly months: readonly Decimal[]
    }
  | {
      /** Linearly in time: planned × elapsed ÷ duration (OCA's theoretical amount). */
      readonly kind: 'linear'
      /** Time counted in calendar days (the default) or in working days of the budget's calendar. */
      readonly basis: 'calendar-days' | 'business-days'
    }

/**
 * One validated budget line: a category and dimension values, an annual amount and its phasing.
 *
 * @group Expense budget
 */
export interface BudgetLine {
  /** The category id. */
  readonly category: string
  /** Dimension values (region, product line, team, cost centre…), one per dimension of the budget. */
  readonly dimensions: Readonly<Record<string, string>>
  /** The amount for the fiscal year, zero or more. */
  readonly amount: Decimal
  /** How it is spread (even by default). */
  readonly phasing: BudgetPhasing
  /** A control policy for this line, over the category's. */
  readonly control?: ExpenseControl | undefined
}

// budget approval (预算审批): draft → finance review → management approval → in force
/**
 * The states of a budget's approval (预算审批): drafted by sales (编制草案), reviewed by finance (财务部门审核),
 * approved by management (报公司管理层审批), then in force (执行).
 *
 * @group Expense budget
 */
export const BUDGET_APPROVAL_STATES = ['draft', 'finance-review', 'management-approval', 'in-force'] as const

/**
 * The moves of a budget's approval: `submit` (draft → finance review, by the preparer), `pass` (finance
 * review → management approval, by finance), `approve` (management approval → in force, by management) and
 * `return` (back to draft for changes, by finance or management, with a reason).
 *
 * @group Expense budget
 */
export const BUDGET_APPROVAL_ACTIONS = ['submit', 'pass', 'approve', 'return'] as const

/**
 * A budget's approval: its state, who may move it, and the moves so far.
 *
 * @group Expense budget
 */
export const BudgetApprovalSchema = once(() =>
  z.strictObject({
    /** The state; only a budget `in-force` is used by `checkExpense` and `budgetVariance`. */
    state: z.literal(BUDGET_APPROVAL_STATES),
    /** The roles that move it: the preparer (sales), finance and management. */
    roles: z
      .strictObject({
        /** Who drafts and submits (销售部门), `sales` by default. */
        preparer: IdSchema().default('sales'),
        /** Who reviews (财务部门), `finance` by default. */
        finance: IdSchema().default('finance'),
        /** Who approves (公司管理层), `management` by default. */
        management: IdSchema().default('management'),
      })
      .prefault({}),
    /** The moves so far, oldest first. */
    history: z
      .array(
        z.strictObject({
          /** The move. */
          action: z.literal(BUDGET_APPROVAL_ACTIONS),
          /** The state before. */
          from: z.literal(BUDGET_APPROVAL_STATES),
          /** The state after. */
          to: z.literal(BUDGET_APPROVAL_STATES),
          /** The role that moved it. */
          role: IdSchema(),
          /** Who (a person's id). */
          by: IdSchema(),
          /** The day. */
          on: DateSchema(),
          /** Why (a return's requested changes). */
          reason: z.string().min(1).max(2000).optional(),
        }),
      )
      .max(1000)
      .default([]),
  }),
)

/**
 * A budget's approval as written: its state, who may move it, and the moves so far.
 *
 * @group Expense budget
 */
export interface BudgetApprovalInput {
  /** The state; only a budget `in-force` is used by `checkExpense` and `budgetVariance`. */
  readonly state: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
  /** The roles that move it: the preparer (sales), finance and management. */
  readonly roles?:
    | {
        /** Who drafts and submits (销售部门), `sales` by default. */
        readonly preparer?: string | undefined
        /** Who reviews (财务部门), `finance` by default. */
        readonly finance?: string | undefined
        /** Who approves (公司管理层), `management` by default. */
        readonly management?: string | undefined
      }
    | undefined
  /** The moves so far, oldest first. */
  readonly history?:
    | readonly {
        /** The move. */
        readonly action: 'submit' | 'pass' | 'approve' | 'return'
        /** The state before. */
        readonly from: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
        /** The state after. */
        readonly to: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
        /** The role that moved it. */
        readonly role: string
        /** Who (a person's id). */
        readonly by: string
        /** The day. */
        readonly on: string
        /** Why (a return's requested changes). */
        readonly reason?: string | undefined
      }[]
    | undefined
}

/**
 * The roles that move a validated budget approval.
 *
 * @group Expense budget
 */
export interface BudgetApprovalRoles {
  /** Who drafts and submits (销售部门), `sales` by default. */
  readonly preparer: string
  /** Who reviews (财务部门), `finance` by default. */
  readonly finance: string
  /** Who approves (公司管理层), `management` by default. */
  readonly management: string
}

/**
 * One move of a budget's approval, as recorded in its history.
 *
 * @group Expense budget
 */
export interface BudgetApprovalRecord {
  /** The move. */
  readonly action: 'submit' | 'pass' | 'approve' | 'return'
  /** The state before. */
  readonly from: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
  /** The state after. */
  readonly to: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
  /** The role that moved it. */
  readonly role: string
  /** Who (a person's id). */
  readonly by: string
  /** The day. */
  readonly on: string
  /** Why (a return's requested changes). */
  readonly reason?: string | undefined
}

/**
 * A validated budget approval.
 *
 * @group Expense budget
 */
export interface BudgetApproval {
  /** The state; only a budget `in-force` is used by `checkExpense` and `budgetVariance`. */
  readonly state: 'draft' | 'finance-review' | 'management-approval' | 'in-force'
  /** The roles that move it: the preparer (sales), finance and management. */
  readonly roles: BudgetApprovalRoles
  /** The moves so far, oldest first (none when left out). */
  readonly history: readonly BudgetApprovalRecord[]
}

/**
 * A sales-expense budget.
 *
 * @group Expense budget
 */
export const ExpenseBudgetSchema = once(() =>
  VersionedSchema()
    .extend({
      /** The currency. */
      currency: CurrencySchema(),
      /** How phased amounts are rounded (budgets to date, monthly amounts). */
      rounding: RoundingPolicySchema().default({ scale: 2, mode: 'half-up' }),
      /** The fiscal year the budget covers: the calendar year in which it starts. */
      fiscalYear: z.number().int().min(1900).max(2200),
      /** The month the fiscal year starts in (1–12). */
      fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
      /** Expense categories (the handbook's six by default), each with an optional control policy. */
      categories: z
        .array(
          z.strictObject({
            /** The category id. */
            id: IdSchema(),
            /** Its name. */
            label: LabelSchema(),
            /** Its control policy. */
            control: ExpenseControlSchema().optional(),
          }),
        )
        .min(1)
        .default(() => DEFAULT_EXPENSE_CATEGORIES.map((c) => ({ ...c }))),
      /** The dimension keys every line gives a value for (e.g. `region`, `product`). */
      dimensions: z.array(IdSchema()).default([]),
      /** The lines. */
      lines: z.array(BudgetLineSchema()).min(1),
      /** The control policy of categories and lines that have none. */
      control: ExpenseControlSchema().prefault({}),
      /**
       * Entries that match no line: rejected (`error`) or reported in an unbudgeted row (`row`, the default).
       */
      unbudgeted: z.literal(['error', 'row']).default('row'),
      /** The calendar for working-day phasing. */
      calendar: BusinessCalendarSchema().optional(),
      /**
       * Its approval (预算审批); a budget whose state is not `in-force` is refused by the checks and reports. A
       * budget without one is in force (as before approvals existed).
       */
      approval: BudgetApprovalSchema().optional(),
    })
    .check(
      whenValid((b, ctx) => {
        checkVersionDates(b, ctx)
        checkUniqueIds(b.categories, 'id', ['categories'], ctx)
        const categories = new Set(b.categories.map((c) => c.id))
        const seen = new Set<string>()
        b.lines.forEach((line, i) => {
          if (!categories.has(line.category))
            addIssue(ctx, 'expense.unknown-category', ['lines', i, 'category'], { category: line.category })
          const keys = Object.keys(line.dimensions)
          for (const d of b.dimensions)
            if (!keys.includes(d))
              addIssue(ctx, 'expense.dimension-missing', ['lines', i, 'dimensions', d], { dimension: d })
          for (const k of keys)
            if (!b.dimensions.includes(k))
              addIssue(ctx, 'expense.unknown-dimension', ['lines', i, 'dimensions', k], { dimension: k })
          const key = lineKey(line.category, line.dimensions, b.dimensions)
          if (seen.has(key)) addIssue(ctx, 'expense.duplicate-line', ['lines', i], { line: key })
          seen.add(key)
          if (line.phasing.kind === 'distribution') {
            const total = line.phasing.months.reduce((s, m) => s.plus(m), ZERO)
            if (!total.eq(1))
              addIssue(ctx, 'expense.distribution-total', ['lines', i, 'phasing', 'months'], {
                total: total.toString(),
              })
          }
        })
      }),
    ),
)

/** The key of a line: its category and its dimension values, in the budget's dimension order. @internal */
export function lineKey(
  category: string,
  dimensions: Readonly<Record<string, string>>,
  order: readonly string[],
): string {
  return [category, ...order.map((d) => dimensions[d] ?? '')].join('\u0000')
}

/**
 * A sales-expense budget as written in a policy document.
 *
 * @group Expense budget
 */
export interface ExpenseBudgetInput extends VersionedInput {
  /** The currency. */
  readonly currency: string
  /** How phased amounts are rounded (budgets to date, monthly amounts). */
  readonly rounding?: RoundingPolicyInput | undefined
  /** The fiscal year the budget covers: the calendar year in which it starts. */
  readonly fiscalYear: number
  /** The month the fiscal year starts in (1–12). */
  readonly fiscalYearStartMonth?: number | undefined
  /** Expense categories (the handbook's six by default), each with an optional control policy. */
  readonly categories?:
    | readonly {
        /** The category id. */
        readonly id: string
        /** Its name. */
        readonly label: LabelInput
        /** Its control policy. */
        readonly control?: ExpenseControlInput | undefined
      }[]
    | undefined
  /** The dimension keys every line gives a value for (e.g. `region`, `product`). */
  readonly dimensions?: readonly string[] | undefined
  /** The lines. */
  readonly lines: readonly BudgetLineInput[]
  /** The control policy of categories and lines that have none. */
  readonly control?: ExpenseControlInput | undefined
  /**
   * Entries that match no line: rejected (`error`) or reported in an unbudgeted row (`row`, the default).
   */
  readonly unbudgeted?: 'error' | 'row' | undefined
  /** The calendar for working-day phasing. */
  readonly calendar?: BusinessCalendarInput | undefined
  /**
   * Its approval (预算审批); a budget whose state is not `in-force` is refused by the checks and reports. A
   * budget without one is in force (as before approvals existed).
   */
  readonly approval?: BudgetApprovalInput | undefined
}

/**
 * An expense category of a validated budget.
 *
 * @group Expense budget
 */
export interface ExpenseCategory {
  /** The category id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** Its control policy. */
  readonly control?: ExpenseControl | undefined
}

/**
 * A validated sales-expense budget.
 *
 * @group Expense budget
 */
export interface ExpenseBudget extends Versioned {
  /** The currency. */
  readonly currency: string
  /** How phased amounts are rounded (budgets to date, monthly amounts); 2 places half-up by default. */
  readonly rounding: RoundingPolicy
  /** The fiscal year the budget covers: the calendar year in which it starts. */
  readonly fiscalYear: number
  /** The month the fiscal year starts in (1–12; 1 by default). */
  readonly fiscalYearStartMonth: number
  /** Expense categories (the handbook's six by default), each with an optional control policy. */
  readonly categories: readonly ExpenseCategory[]
  /** The dimension keys every line gives a value for (e.g. `region`, `product`). */
  readonly dimensions: readonly string[]
  /** The lines. */
  readonly lines: readonly BudgetLine[]
  /** The control policy of categories and lines that have none. */
  readonly control: ExpenseControl
  /** Entries that match no line: rejected (`error`) or reported in an unbudgeted row (`row`, the default). */
  readonly unbudgeted: 'error' | 'row'
  /** The calendar for working-day phasing. */
  readonly calendar?: BusinessCalendar | undefined
  /**
   * Its approval (预算审批); a budget whose state is not `in-force` is refused by the checks and reports. A
   * budget without one is in force (as before approvals existed).
   */
  readonly approval?: BudgetApproval | undefined
}

/**
 * An expense actually incurred (费用报销 / 实际支出); a refund is negative.
 *
 * @group Expense budget
 */
export const ExpenseEntrySchema = once(() =>
  z.strictObject({
    /** The entry's id. */
    id: IdSchema().optional(),
    /** When it was incurred. */
    date: DateSchema(),
    /** The category. */
    category: IdSchema(),
    /** Dimension values. */
    dimensions: z.record(z.string(), IdSchema()).default({}),
    /** The amount (negative for a refund). */
    amount: DecimalSchema(),
    /** What it was for. */
    description: z.string().max(1000).optional(),
  }),
)

/**
 * An expense entry as passed in.
 *
 * @group Expense budget
 */
export interface ExpenseEntryInput {
  /** The entry's id. */
  readonly id?: string | undefined
  /** When it was incurred. */
  readonly date: string
  /** The category. */
  readonly category: string
  /** Dimension values. */
  readonly dimensions?: Readonly<Record<string, string>> | undefined
  /** The amount (negative for a refund). */
  readonly amount: DecimalInput
  /** What it was for. */
  readonly description?: string | undefined
}
