/**
 * Quotes (报价单) and the quote approval policy (报价审批权限): an ordered ladder of roles with
 * limits on net total, discount and margin, overrides by customer grade and product category,
 * and extra approvals for payment terms, contract review and prices below cost.
 */
import * as z from 'zod'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  DecimalSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  MoneyScaleSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  whenValid,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import type { Versioned, VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * One line of a quote. Give the price either as `unitPrice` or as a `discount` off the list price (neither:
 * the list price).
 *
 * @group Quote approval
 */
export const QuoteLineSchema = once(() =>
  z
    .strictObject({
      /** The product's id or SKU. */
      product: IdSchema(),
      /** The product category (for per-category discount overrides). */
      category: IdSchema().optional(),
      /** Quantity, greater than zero. */
      quantity: PositiveDecimalSchema(),
      /** List price per unit (目录价). */
      listPrice: NonNegativeDecimalSchema(),
      /** Quoted price per unit (成交价). */
      unitPrice: NonNegativeDecimalSchema().optional(),
      /** Line discount off the list price, a fraction (0.1 = 10 % off). */
      discount: FractionSchema().optional(),
      /** Cost per unit (成本), for the margin check. */
      unitCost: NonNegativeDecimalSchema().optional(),
    })
    .check(
      whenValid((line, ctx) => {
        if (line.unitPrice !== undefined && line.discount !== undefined)
          addIssue(ctx, 'quote.price-twice', ['discount'])
      }),
    ),
)

/**
 * One line of a quote. Give the price either as `unitPrice` or as a `discount` off the list price (neither:
 * the list price).
 *
 * @group Quote approval
 */
export interface QuoteLineInput {
  /** The product's id or SKU. */
  readonly product: string
  /** The product category (for per-category discount overrides). */
  readonly category?: string | undefined
  /** Quantity, greater than zero. */
  readonly quantity: DecimalInput
  /** List price per unit (目录价). */
  readonly listPrice: DecimalInput
  /** Quoted price per unit (成交价). */
  readonly unitPrice?: DecimalInput | undefined
  /** Line discount off the list price, a fraction (0.1 = 10 % off). */
  readonly discount?: DecimalInput | undefined
  /** Cost per unit (成本), for the margin check. */
  readonly unitCost?: DecimalInput | undefined
}

/**
 * One line of a validated quote.
 *
 * @group Quote approval
 */
export interface QuoteLine {
  /** The product's id or SKU. */
  readonly product: string
  /** The product category (for per-category discount overrides). */
  readonly category?: string | undefined
  /** Quantity, greater than zero. */
  readonly quantity: Decimal
  /** List price per unit (目录价). */
  readonly listPrice: Decimal
  /** Quoted price per unit (成交价). */
  readonly unitPrice?: Decimal | undefined
  /** Line discount off the list price, a fraction (0.1 = 10 % off). */
  readonly discount?: Decimal | undefined
  /** Cost per unit (成本), for the margin check. */
  readonly unitCost?: Decimal | undefined
}

/**
 * A quote to approve.
 *
 * @group Quote approval
 */
export const QuoteSchema = once(() =>
  z.strictObject({
    /** The quote's id. */
    id: IdSchema().optional(),
    /** The currency of every price. */
    currency: CurrencySchema(),
    /** The customer: id and ABC grade (for grade overrides). */
    customer: z.strictObject({
      /** The customer's id. */
      id: IdSchema(),
      /** The customer's grade (e.g. `A`). */
      grade: IdSchema().optional(),
    }),
    /** The lines, at least one. */
    lines: z.array(QuoteLineSchema()).min(1).max(10_000),
    /** A discount on the whole quote after the line prices, a fraction. */
    discount: FractionSchema().prefault(0),
    /** Payment terms (付款条件), e.g. `prepaid` (先款后货) or `net-30`. */
    paymentTerms: IdSchema().optional(),
    /**
     * The promised delivery date (交货期), `YYYY-MM-DD`; required when the policy's `requiredFields` names it.
     */
    deliveryDate: DateSchema().optional(),
    /** The role of the person asking (e.g. `sales-rep`). */
    requestedBy: IdSchema(),
  }),
)

/**
 * A quote as passed in.
 *
 * @group Quote approval
 */
export interface QuoteInput {
  /** The quote's id. */
  readonly id?: string | undefined
  /** The currency of every price. */
  readonly currency: string
  /** The customer: id and ABC grade (for grade overrides). */
  readonly customer: {
    /** The customer's id. */
    readonly id: string
    /** The customer's grade (e.g. `A`). */
    readonly grade?: string | undefined
  }
  /** The lines, at least one. */
  readonly lines: readonly QuoteLineInput[]
  /** A discount on the whole quote after the line prices, a fraction. */
  readonly discount?: DecimalInput | undefined
  /** Payment terms (付款条件), e.g. `prepaid` (先款后货) or `net-30`. */
  readonly paymentTerms?: string | undefined
  /** The promised delivery date (交货期), `YYYY-MM-DD`; required when the policy's `requiredFields` names it. */
  readonly deliveryDate?: string | undefined
  /** The role of the person asking (e.g. `sales-rep`). */
  readonly requestedBy: string
}

/**
 * A validated quote.
 *
 * @group Quote approval
 */
export interface Quote {
  /** The quote's id. */
  readonly id?: string | undefined
  /** The currency of every price. */
  readonly currency: string
  /** The customer: id and ABC grade (for grade overrides). */
  readonly customer: {
    /** The customer's id. */
    readonly id: string
    /** The customer's grade (e.g. `A`). */
    readonly grade?: string | undefined
  }
  /** The lines, at least one. */
  readonly lines: readonly QuoteLine[]
  /** A discount on the whole quote after the line prices, a fraction (zero when left out). */
  readonly discount: Decimal
  /** Payment terms (付款条件), e.g. `prepaid` (先款后货) or `net-30`. */
  readonly paymentTerms?: string | undefined
  /** The promised delivery date (交货期), `YYYY-MM-DD`; required when the policy's `requiredFields` names it. */
  readonly deliveryDate?: string | undefined
  /** The role of the person asking (e.g. `sales-rep`). */
  readonly requestedBy: string
}

/**
 * What one role may approve on its own; a limit left out is unlimited.
 *
 * @group Quote approval
 */
export const RoleLimitsSchema = once(() =>
  z.strictObject({
    /** The highest net total (after every discount) the role may approve. */
    maxNetTotal: NonNegativeDecimalSchema().optional(),
    /** The highest average discount (`1 − net ÷ list`), a fraction. */
    maxAverageDiscount: FractionSchema().optional(),
    /** The highest discount on any single line (line and quote discounts together), a fraction. */
    maxLineDiscount: FractionSchema().optional(),
    /** The lowest gross margin rate (`(net − cost) ÷ net`) the role may approve; may be negative. */
    minMarginRate: DecimalSchema().optional(),
  }),
)

/**
 * What one role may approve on its own; a limit left out is unlimited.
 *
 * @group Quote approval
 */
export interface RoleLimitsInput {
  /** The highest net total (after every discount) the role may approve. */
  readonly maxNetTotal?: DecimalInput | undefined
  /** The highest average discount (`1 − net ÷ list`), a fraction. */
  readonly maxAverageDiscount?: DecimalInput | undefined
  /** The highest discount on any single line (line and quote discounts together), a fraction. */
  readonly maxLineDiscount?: DecimalInput | undefined
  /** The lowest gross margin rate (`(net − cost) ÷ net`) the role may approve; may be negative. */
  readonly minMarginRate?: DecimalInput | undefined
}

/**
 * What one role may approve on its own; a limit left out is unlimited.
 *
 * @group Quote approval
 */
export interface RoleLimits {
  /** The highest net total (after every discount) the role may approve. */
  readonly maxNetTotal?: Decimal | undefined
  /** The highest average discount (`1 − net ÷ list`), a fraction. */
  readonly maxAverageDiscount?: Decimal | undefined
  /** The highest discount on any single line (line and quote discounts together), a fraction. */
  readonly maxLineDiscount?: Decimal | undefined
  /** The lowest gross margin rate (`(net − cost) ÷ net`) the role may approve; may be negative. */
  readonly minMarginRate?: Decimal | undefined
}

/**
 * A rung of the approval ladder (审批层级).
 *
 * @group Quote approval
 */
export const ApprovalRoleSchema = once(() =>
  z.strictObject({
    /** The role's id (e.g. `sales-rep`, `sales-supervisor`). */
    role: IdSchema(),
    /** Its name (e.g. `{ en: 'Sales supervisor', 'zh-CN': '销售主管' }`). */
    label: LabelSchema(),
    /** Its limits. */
    limits: RoleLimitsSchema().default({}),
  }),
)

/**
 * A rung of the approval ladder (审批层级).
 *
 * @group Quote approval
 */
export interface ApprovalRoleInput {
  /** The role's id (e.g. `sales-rep`, `sales-supervisor`). */
  readonly role: string
  /** Its name (e.g. `{ en: 'Sales supervisor', 'zh-CN': '销售主管' }`). */
  readonly label: LabelInput
  /** Its limits. */
  readonly limits?: RoleLimitsInput | undefined
}

/**
 * A rung of the approval ladder (审批层级), validated.
 *
 * @group Quote approval
 */
export interface ApprovalRole {
  /** The role's id (e.g. `sales-rep`, `sales-supervisor`). */
  readonly role: string
  /** Its name (e.g. `{ en: 'Sales supervisor', 'zh-CN': '销售主管' }`). */
  readonly label: LabelInput
  /** Its limits (none when left out: every limit unlimited). */
  readonly limits: RoleLimits
}

/**
 * Extra discount allowed at every level for a customer grade or a product category (e.g. A-grade customers: 5
 * points more).
 *
 * @group Quote approval
 */
export const DiscountOverrideSchema = once(() =>
  z
    .strictObject({
      /** Applies to quotes for customers of this grade (both discount limits). */
      customerGrade: IdSchema().optional(),
      /** Applies to lines of this category (the line discount limit). */
      category: IdSchema().optional(),
      /** Discount added to the role's limit, a fraction (0.05 = 5 points). */
      extraDiscount: FractionSchema(),
    })
    .check(
      whenValid((o, ctx) => {
        if ((o.customerGrade === undefined) === (o.category === undefined))
          addIssue(ctx, 'quote.override-target', [])
      }),
    ),
)

/**
 * Extra discount allowed at every level for a customer grade or a product category (e.g. A-grade customers: 5
 * points more).
 *
 * @group Quote approval
 */
export interface DiscountOverrideInput {
  /** Applies to quotes for customers of this grade (both discount limits). */
  readonly customerGrade?: string | undefined
  /** Applies to lines of this category (the line discount limit). */
  readonly category?: string | undefined
  /** Discount added to the role's limit, a fraction (0.05 = 5 points). */
  readonly extraDiscount: DecimalInput
}

/**
 * Extra discount allowed at every level for a customer grade or a product category, validated.
 *
 * @group Quote approval
 */
export interface DiscountOverride {
  /** Applies to quotes for customers of this grade (both discount limits). */
  readonly customerGrade?: string | undefined
  /** Applies to lines of this category (the line discount limit). */
  readonly category?: string | undefined
  /** Discount added to the role's limit, a fraction (0.05 = 5 points). */
  readonly extraDiscount: Decimal
}

/**
 * An approver outside the ladder, asked in parallel (e.g. finance 财务, contract review 法务).
 *
 * @group Quote approval
 */
export const ParallelApproverSchema = once(() =>
  z.strictObject({
    /** The approver's role id. */
    role: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
  }),
)

/**
 * An approver outside the ladder, asked in parallel (e.g. finance 财务, contract review 法务).
 *
 * @group Quote approval
 */
export interface ParallelApproverInput {
  /** The approver's role id. */
  readonly role: string
  /** Its name. */
  readonly label: LabelInput
}

/**
 * An approver outside the ladder, asked in parallel (e.g. finance 财务, contract review 法务), validated.
 *
 * @group Quote approval
 */
export interface ParallelApprover {
  /** The approver's role id. */
  readonly role: string
  /** Its name. */
  readonly label: LabelInput
}

/**
 * The payment-terms rule of a validated quote approval policy.
 *
 * @group Quote approval
 */
export interface PaymentTermsRule {
  /** The standard terms (e.g. `prepaid`, 先款后货). */
  readonly default: string
  /** Who approves other terms (required unless `allowOther` is false). */
  readonly approver?: ParallelApprover | undefined
  /**
   * Whether other terms may be quoted at all (default true). False: a quote with other terms is
   * rejected (`quote.terms-not-allowed`).
   */
  readonly allowOther: boolean
}

/**
 * The contract-review rule of a validated quote approval policy.
 *
 * @group Quote approval
 */
export interface ContractReviewRule {
  /** The threshold (the boundary rule applies). */
  readonly above: Decimal
  /** Who reviews. */
  readonly approver: ParallelApprover
}

/**
 * When a quote must carry costs, in a validated quote approval policy.
 *
 * @group Quote approval
 */
export interface RequireCostRule {
  /** Net totals above this amount need costs (the boundary rule applies). */
  readonly above?: Decimal | undefined
  /** Quotes for customers of these grades need costs. */
  readonly customerGrades?: readonly string[] | undefined
}

/**
 * The quote approval policy.
 *
 * @group Quote approval
 */
export const QuoteApprovalPolicySchema = once(() =>
  VersionedSchema()
    .extend({
      /** The currency the amount limits are in; quotes in another currency are rejected. */
      currency: CurrencySchema(),
      /**
       * The decimals every money value of a decision is written with in JSON (totals, line amounts, unit
       * prices, money limits): 2 by default (分 for CNY), 0 for a currency without minor units. It never
       * rounds: a value with more decimals (a unit price of `12.3456`) is written exactly.
       */
      moneyScale: MoneyScaleSchema(),
      /**
       * Whether a value equal to a limit is within it (`inclusive`, the default) or beyond it (`exclusive`,
       * as
       * ERPNext's `limit ≤ value` fires).
       */
      boundary: z.literal(['inclusive', 'exclusive']).default('inclusive'),
      /**
       * Who signs: every rung from the requester up to the required role (`each-level`, default) or only the
       * required role.
       */
      chain: z.literal(['each-level', 'required-only']).default('each-level'),
      /** The ladder from the lowest role to the highest; limits may not shrink as rank rises. */
      ladder: z.array(ApprovalRoleSchema()).min(1),
      /** Extra discount by customer grade or category. */
      overrides: z.array(DiscountOverrideSchema()).default([]),
      /**
       * Payment terms other than the default need this approver; with `allowOther: false` (the strict
       * 先款后货 reading, 所有产品均按先款后货方式执行) they are not allowed at all.
       */
      paymentTerms: z
        .strictObject({
          /** The standard terms (e.g. `prepaid`, 先款后货). */
          default: IdSchema(),
          /** Who approves other terms (required unless `allowOther` is false). */
          approver: ParallelApproverSchema().optional(),
          /**
           * Whether other terms may be quoted at all (default true). False: a quote with other terms is
           * rejected (`quote.terms-not-allowed`).
           */
          allowOther: z.boolean().default(true),
        })
        .optional(),
      /** Net totals above this amount go through contract review. */
      contractReview: z
        .strictObject({
          /** The threshold (the boundary rule applies). */
          above: NonNegativeDecimalSchema(),
          /** Who reviews. */
          approver: ParallelApproverSchema(),
        })
        .optional(),
      /** A price below cost needs the top of the ladder (default true). */
      belowCostNeedsTop: z.boolean().default(true),
      /**
       * When a quote must carry costs (对重要客户或大额订单,需进行成本核算和利润分析): above an amount, or for
       * some customer grades (either one; always when both are left out). A quote with a line without
       * `unitCost` then needs the lowest role whose limits have no `minMarginRate` (rule `cost-missing`).
       */
      requireCost: z
        .strictObject({
          /** Net totals above this amount need costs (the boundary rule applies). */
          above: NonNegativeDecimalSchema().optional(),
          /** Quotes for customers of these grades need costs. */
          customerGrades: z.array(IdSchema()).min(1).max(100).optional(),
        })
        .optional(),
      /**
       * Fields every quote must carry (e.g. `paymentTerms`); a quote without one is rejected
       * (`quote.field-missing`).
       */
      requiredFields: z
        .array(z.literal(['deliveryDate', 'paymentTerms']))
        .max(2)
        .default([]),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        if (
          p.paymentTerms !== undefined &&
          p.paymentTerms.allowOther &&
          p.paymentTerms.approver === undefined
        )
          addIssue(ctx, 'quote.terms-approver', ['paymentTerms', 'approver'])
        checkUniqueIds(p.ladder, 'role', ['ladder'], ctx)
        const limits = ['maxNetTotal', 'maxAverageDiscount', 'maxLineDiscount'] as const
        p.ladder.forEach((rung, i) => {
          const below = p.ladder[i - 1]
          if (!below) return
          for (const key of limits) {
            const low = below.limits[key]
            const high = rung.limits[key]
            if (low === undefined && high !== undefined)
              addIssue(ctx, 'quote.ladder-shrinks', ['ladder', i, 'limits', key], {
                role: rung.role,
                below: below.role,
              })
            else if (low !== undefined && high !== undefined && high.lt(low))
              addIssue(ctx, 'quote.ladder-shrinks', ['ladder', i, 'limits', key], {
                role: rung.role,
                below: below.role,
              })
          }
          const low = below.limits.minMarginRate
          const high = rung.limits.minMarginRate
          if (
            (low === undefined && high !== undefined) ||
            (low !== undefined && high !== undefined && high.gt(low))
          ) {
            addIssue(ctx, 'quote.ladder-shrinks', ['ladder', i, 'limits', 'minMarginRate'], {
              role: rung.role,
              below: below.role,
            })
          }
        })
      }),
    ),
)

/**
 * A quote approval policy as written in a policy document.
 *
 * @group Quote approval
 */
export interface QuoteApprovalPolicyInput extends VersionedInput {
  /** The currency the amount limits are in; quotes in another currency are rejected. */
  readonly currency: string
  /**
   * The decimals every money value of a decision is written with in JSON (totals, line amounts, unit
   * prices, money limits): 2 by default (分 for CNY), 0 for a currency without minor units. It never
   * rounds: a value with more decimals (a unit price of `12.3456`) is written exactly.
   */
  readonly moneyScale?: number | undefined
  /**
   * Whether a value equal to a limit is within it (`inclusive`, the default) or beyond it (`exclusive`, as
   * ERPNext's `limit ≤ value` fires).
   */
  readonly boundary?: 'inclusive' | 'exclusive' | undefined
  /**
   * Who signs: every rung from the requester up to the required role (`each-level`, default) or only the
   * required role.
   */
  readonly chain?: 'each-level' | 'required-only' | undefined
  /** The ladder from the lowest role to the highest; limits may not shrink as rank rises. */
  readonly ladder: readonly ApprovalRoleInput[]
  /** Extra discount by customer grade or category. */
  readonly overrides?: readonly DiscountOverrideInput[] | undefined
  /**
   * Payment terms other than the default need this approver; with `allowOther: false` (the strict
   * 先款后货 reading, 所有产品均按先款后货方式执行) they are not allowed at all.
   */
  readonly paymentTerms?:
    | {
        /** The standard terms (e.g. `prepaid`, 先款后货). */
        readonly default: string
        /** Who approves other terms (required unless `allowOther` is false). */
        readonly approver?: ParallelApproverInput | undefined
        /**
         * Whether other terms may be quoted at all (default true). False: a quote with other terms is
         * rejected (`quote.terms-not-allowed`).
         */
        readonly allowOther?: boolean | undefined
      }
    | undefined
  /** Net totals above this amount go through contract review. */
  readonly contractReview?:
    | {
        /** The threshold (the boundary rule applies). */
        readonly above: DecimalInput
        /** Who reviews. */
        readonly approver: ParallelApproverInput
      }
    | undefined
  /** A price below cost needs the top of the ladder (default true). */
  readonly belowCostNeedsTop?: boolean | undefined
  /**
   * When a quote must carry costs (对重要客户或大额订单,需进行成本核算和利润分析): above an amount, or for
   * some customer grades (either one; always when both are left out). A quote with a line without
   * `unitCost` then needs the lowest role whose limits have no `minMarginRate` (rule `cost-missing`).
   */
  readonly requireCost?:
    | {
        /** Net totals above this amount need costs (the boundary rule applies). */
        readonly above?: DecimalInput | undefined
        /** Quotes for customers of these grades need costs. */
        readonly customerGrades?: readonly string[] | undefined
      }
    | undefined
  /**
   * Fields every quote must carry (e.g. `paymentTerms`); a quote without one is rejected
   * (`quote.field-missing`).
   */
  readonly requiredFields?: readonly ('deliveryDate' | 'paymentTerms')[] | undefined
}

/**
 * A validated quote approval policy.
 *
 * @group Quote approval
 */
export interface QuoteApprovalPolicy extends Versioned {
  /** The currency the amount limits are in; quotes in another currency are rejected. */
  readonly currency: string
  /**
   * The decimals every money value of a decision is written with in JSON (totals, line amounts, unit
   * prices, money limits): 2 by default (分 for CNY), 0 for a currency without minor units. It never
   * rounds: a value with more decimals (a unit price of `12.3456`) is written exactly.
   */
  readonly moneyScale: number
  /**
   * Whether a value equal to a limit is within it (`inclusive`, the default) or beyond it (`exclusive`, as
   * ERPNext's `limit ≤ value` fires).
   */
  readonly boundary: 'inclusive' | 'exclusive'
  /**
   * Who signs: every rung from the requester up to the required role (`each-level`, default) or only the
   * required role.
   */
  readonly chain: 'each-level' | 'required-only'
  /** The ladder from the lowest role to the highest; limits may not shrink as rank rises. */
  readonly ladder: readonly ApprovalRole[]
  /** Extra discount by customer grade or category (none when left out). */
  readonly overrides: readonly DiscountOverride[]
  /**
   * Payment terms other than the default need this approver; with `allowOther: false` (the strict
   * 先款后货 reading, 所有产品均按先款后货方式执行) they are not allowed at all.
   */
  readonly paymentTerms?: PaymentTermsRule | undefined
  /** Net totals above this amount go through contract review. */
  readonly contractReview?: ContractReviewRule | undefined
  /** A price below cost needs the top of the ladder (default true). */
  readonly belowCostNeedsTop: boolean
  /**
   * When a quote must carry costs (对重要客户或大额订单,需进行成本核算和利润分析): above an amount, or for
   * some customer grades (either one; always when both are left out). A quote with a line without
   * `unitCost` then needs the lowest role whose limits have no `minMarginRate` (rule `cost-missing`).
   */
  readonly requireCost?: RequireCostRule | undefined
  /**
   * Fields every quote must carry (e.g. `paymentTerms`); a quote without one is rejected
   * (`quote.field-missing`); none when left out.
   */
  readonly requiredFields: readonly ('deliveryDate' | 'paymentTerms')[]
}
