/**
 * Order release and contract review (订单放行 / 合同审核): the policy that decides whether a sales order
 * may be released for invoicing and shipment (开单发货) — payment first (先款后货) confirmed by finance,
 * or credit within a limit, the order's validity (订单有效性), stock confirmed with the customer — and
 * who reviews a sales contract (核实 → 核定, template deviations, contract types such as 包销).
 */
import * as z from 'zod'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  MoneyScaleSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import type { LabelInput } from '../core/schema'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LocalizedText } from '../core/trace'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * The rules an order is checked against before release.
 *
 * @group Order release
 */
export const ORDER_RELEASE_RULES = [
  'customer-unqualified',
  'field-missing',
  'payment-terms',
  'payment-first',
  'payment-unconfirmed',
  'credit-limit',
  'overdue-receivables',
  'price-unlisted',
  'price-off-list',
  'stock-unconfirmed',
] as const

/**
 * One of the order release rules.
 *
 * @group Order release
 */
export type OrderReleaseRule = (typeof ORDER_RELEASE_RULES)[number]

/**
 * The components of a customer's credit risk besides the order itself (OCA `account_financial_risk`'s
 * risk components): receivables not yet overdue beyond the maturity margin, receivables overdue beyond
 * it, and other open (released, not yet invoiced) orders.
 *
 * @group Order release
 */
export const RISK_COMPONENTS = ['open-receivables', 'overdue-receivables', 'open-orders'] as const

/**
 * A component of the credit risk that a policy may count against the limit.
 *
 * @group Order release
 */
export type RiskComponent = (typeof RISK_COMPONENTS)[number]

/**
 * The order fields a policy may require.
 *
 * @group Order release
 */
export const ORDER_FIELDS = ['deliveryDate', 'paymentTerms', 'priceList'] as const

/**
 * An order field a policy may require.
 *
 * @group Order release
 */
export type OrderField = (typeof ORDER_FIELDS)[number]

const ApproverSchema = once(() =>
  z.strictObject({
    /** The approver's role id (e.g. `audit`). */
    role: IdSchema(),
    /** Its name (e.g. `{ en: 'Audit department', 'zh-CN': '审计部' }`). */
    label: LabelSchema(),
  }),
)

const PaymentTermsSchema = once(() =>
  z.strictObject({
    /** The terms' id, as written on orders (e.g. `prepaid`, `net-30`). */
    id: IdSchema(),
    /** Their name (e.g. `先款后货`). */
    label: LabelSchema(),
    /**
     * `prepaid`: the order is released only when payments confirmed by finance cover it (先款后货);
     * `credit`: the order is released on credit, within the customer's credit limit.
     */
    kind: z.literal(['prepaid', 'credit']),
    /** Only customers of these grades may use these terms; every customer when left out. */
    customerGrades: z.array(IdSchema()).min(1).optional(),
  }),
)

const GradeLimitSchema = once(() =>
  z.strictObject({
    /** The customer grade (e.g. `A`). */
    grade: IdSchema(),
    /** Its credit limit. */
    limit: NonNegativeDecimalSchema(),
  }),
)

const CustomerLimitSchema = once(() =>
  z.strictObject({
    /** The customer's id. */
    customer: IdSchema(),
    /** Its credit limit; it takes precedence over the grade's. */
    limit: NonNegativeDecimalSchema(),
  }),
)

const CreditSchema = once(() =>
  z.strictObject({
    /** Credit limits of single customers (they take precedence over the grade's). */
    customers: z.array(CustomerLimitSchema()).default([]),
    /** Credit limits by customer grade. */
    grades: z.array(GradeLimitSchema()).default([]),
    /** The limit of a customer with neither its own nor a grade limit; none (zero credit) when left out. */
    defaultLimit: NonNegativeDecimalSchema().optional(),
    /** What counts against the limit besides the order itself; all three by default. */
    components: z.array(z.literal(RISK_COMPONENTS)).default([...RISK_COMPONENTS]),
    /**
     * Days after its due date a receivable may stay unpaid before it is overdue (OCA's maturity margin):
     * overdue when `asOf − dueDate > margin`, so a receivable exactly at the margin is not overdue yet.
     */
    maturityMarginDays: wholeNumber(0, 3650).default(0),
    /** Whether a receivable overdue beyond the margin blocks release on credit (default true). */
    blockOverdue: z.boolean().default(true),
  }),
)

const OverrideRoleSchema = once(() =>
  z.strictObject({
    /** The role that may release a blocked order (e.g. `credit-controller`). */
    role: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** The rules it may override; every rule when left out. */
    rules: z.array(z.literal(ORDER_RELEASE_RULES)).min(1).optional(),
  }),
)

const ContractTypeSchema = once(() =>
  z.strictObject({
    /** The type's id, as written on contracts (e.g. `exclusive-distribution`). */
    id: IdSchema(),
    /** Its name (e.g. `包销合同`). */
    label: LabelSchema(),
    /** Who approves a contract of this type besides the review chain, in parallel. */
    approvers: z.array(ApproverSchema()).min(1),
  }),
)

const ContractReviewSchema = once(() =>
  z.strictObject({
    /**
     * The review chain every contract goes through, in order (e.g. 销售部经理核实 → 审计部核定); every
     * contract is reviewed unless `above` is given.
     */
    chain: z.array(ApproverSchema()).min(1),
    /** Review only contracts whose amount is above this; every contract when left out (the handbook). */
    above: NonNegativeDecimalSchema().optional(),
    /** Who approves a change to the company's standard template (统一蓝本), in parallel (e.g. 销售副总, 总公司). */
    templateDeviation: z.array(ApproverSchema()).min(1),
    /** Contract types with their own approvers (e.g. 包销). */
    types: z.array(ContractTypeSchema()).default([]),
    /** Whether a contract is valid only with the company's contract seal (合同章); default true. */
    sealRequired: z.boolean().default(true),
  }),
)

/**
 * The order release and contract review policy (订单放行与合同审核).
 *
 * @group Order release
 */
export const OrderReleasePolicySchema = once(() =>
  z
    .strictObject({
      ...VersionedSchema().shape,
      /** The currency of every amount; orders, payments and contracts in another currency are rejected. */
      currency: CurrencySchema(),
      /**
       * The decimals every money value of a decision is written with in JSON (order amount, payments,
       * credit risk and limit, amounts of blockers and warnings): 2 by default (分 for CNY), 0 for a currency
       * without minor units. It never rounds: a value with more decimals is written exactly.
       */
      moneyScale: MoneyScaleSchema(),
      /** The payment terms allowed (付款方式), at least one. */
      paymentTerms: z.array(PaymentTermsSchema()).min(1),
      /** The terms an order without `paymentTerms` gets; without it, such an order is blocked. */
      defaultPaymentTerms: IdSchema().optional(),
      /** The roles whose confirmation of a payment counts (财务确认), e.g. `finance`. */
      paymentConfirmers: z.array(IdSchema()).min(1),
      /** Credit limits and risk, for terms of kind `credit`. */
      credit: CreditSchema().optional(),
      /** Fields every order must have (订单有效性: 交货期, 付款方式, 价格). */
      requiredFields: z.array(z.literal(ORDER_FIELDS)).default([]),
      /**
       * How far a line's unit price may be from the price list, a fraction of the list price (0 = the list
       * price exactly, 所有销售价格均按公司制订价格); no price check when left out.
       */
      priceTolerance: FractionSchema().optional(),
      /** Whether the stock of every product must be confirmed with the customer before release (8.3). */
      stockConfirmation: z.boolean().default(false),
      /** Whether the customer's qualification (客户资质) must be approved and in date. */
      customerQualification: z.boolean().default(false),
      /** Who may release a blocked order, and which rules each may override. */
      overrides: z.array(OverrideRoleSchema()).default([]),
      /** Whether an override must give a reason (default true). */
      overrideReasonRequired: z.boolean().default(true),
      /** Contract review (合同审核); `requiredContractApprovals` needs it. */
      contracts: ContractReviewSchema().optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.paymentTerms, 'id', ['paymentTerms'], ctx)
        if (
          p.defaultPaymentTerms !== undefined &&
          !p.paymentTerms.some((t) => t.id === p.defaultPaymentTerms)
        )
          addIssue(ctx, 'order.unknown-terms', ['defaultPaymentTerms'], { terms: p.defaultPaymentTerms })
        const credit = p.paymentTerms.findIndex((t) => t.kind === 'credit')
        if (credit >= 0 && p.credit === undefined)
          addIssue(ctx, 'order.credit-missing', ['paymentTerms', credit, 'kind'], {
            terms: p.paymentTerms[credit]?.id ?? '',
          })
        if (p.credit) {
          checkUniqueIds(p.credit.customers, 'customer', ['credit', 'customers'], ctx)
          checkUniqueIds(p.credit.grades, 'grade', ['credit', 'grades'], ctx)
        }
        checkUniqueIds(p.overrides, 'role', ['overrides'], ctx)
        if (p.contracts) {
          checkUniqueIds(p.contracts.chain, 'role', ['contracts', 'chain'], ctx)
          checkUniqueIds(p.contracts.types, 'id', ['contracts', 'types'], ctx)
        }
      }),
    ),
)

/**
 * An order release policy as written in a policy document.
 *
 * @group Order release
 */
export interface OrderReleasePolicyInput extends VersionedInput {
  /** The currency of every amount; orders, payments and contracts in another currency are rejected. */
  readonly currency: string
  /**
   * The decimals every money value of a decision is written with in JSON (order amount, payments,
   * credit risk and limit, amounts of blockers and warnings): 2 by default (分 for CNY), 0 for a currency
   * without minor units. It never rounds: a value with more decimals is written exactly.
   */
  readonly moneyScale?: number | undefined
  /** The payment terms allowed (付款方式), at least one. */
  readonly paymentTerms: readonly {
    /** The terms' id, as written on orders (e.g. `prepaid`, `net-30`). */
    readonly id: string
    /** Their name (e.g. `先款后货`). */
    readonly label: LabelInput
    /**
     * `prepaid`: the order is released only when payments confirmed by finance cover it (先款后货);
     * `credit`: the order is released on credit, within the customer's credit limit.
     */
    readonly kind: 'prepaid' | 'credit'
    /** Only customers of these grades may use these terms; every customer when left out. */
    readonly customerGrades?: readonly string[] | undefined
  }[]
  /** The terms an order without `paymentTerms` gets; without it, such an order is blocked. */
  readonly defaultPaymentTerms?: string | undefined
  /** The roles whose confirmation of a payment counts (财务确认), e.g. `finance`. */
  readonly paymentConfirmers: readonly string[]
  /** Credit limits and risk, for terms of kind `credit`. */
  readonly credit?:
    | {
        /** Credit limits of single customers (they take precedence over the grade's). */
        readonly customers?:
          | readonly {
              /** The customer's id. */
              readonly customer: string
              /** Its credit limit; it takes precedence over the grade's. */
              readonly limit: DecimalInput
            }[]
          | undefined
        /** Credit limits by customer grade. */
        readonly grades?:
          | readonly {
              /** The customer grade (e.g. `A`). */
              readonly grade: string
              /** Its credit limit. */
              readonly limit: DecimalInput
            }[]
          | undefined
        /**
         * The limit of a customer with neither its own nor a grade limit; none (zero credit) when left out.
         */
        readonly defaultLimit?: DecimalInput | undefined
        /** What counts against the limit besides the order itself; all three by default. */
        readonly components?: readonly RiskComponent[] | undefined
        /**
         * Days after its due date a receivable may stay unpaid before it is overdue (OCA's maturity margin):
         * overdue when `asOf − dueDate > margin`, so a receivable exactly at the margin is not overdue yet
         * (0 by default).
         */
        readonly maturityMarginDays?: number | undefined
        /** Whether a receivable overdue beyond the margin blocks release on credit (default true). */
        readonly blockOverdue?: boolean | undefined
      }
    | undefined
  /** Fields every order must have (订单有效性: 交货期, 付款方式, 价格); none by default. */
  readonly requiredFields?: readonly OrderField[] | undefined
  /**
   * How far a line's unit price may be from the price list, a fraction of the list price (0 = the list
   * price exactly, 所有销售价格均按公司制订价格); no price check when left out.
   */
  readonly priceTolerance?: DecimalInput | undefined
  /**
   * Whether the stock of every product must be confirmed with the customer before release (8.3); default
   * false.
   */
  readonly stockConfirmation?: boolean | undefined
  /** Whether the customer's qualification (客户资质) must be approved and in date; default false. */
  readonly customerQualification?: boolean | undefined
  /** Who may release a blocked order, and which rules each may override. */
  readonly overrides?:
    | readonly {
        /** The role that may release a blocked order (e.g. `credit-controller`). */
        readonly role: string
        /** Its name. */
        readonly label: LabelInput
        /** The rules it may override; every rule when left out. */
        readonly rules?: readonly OrderReleaseRule[] | undefined
      }[]
    | undefined
  /** Whether an override must give a reason (default true). */
  readonly overrideReasonRequired?: boolean | undefined
  /** Contract review (合同审核); `requiredContractApprovals` needs it. */
  readonly contracts?:
    | {
        /**
         * The review chain every contract goes through, in order (e.g. 销售部经理核实 → 审计部核定); every
         * contract is reviewed unless `above` is given.
         */
        readonly chain: readonly {
          /** The approver's role id (e.g. `audit`). */
          readonly role: string
          /** Its name (e.g. `{ en: 'Audit department', 'zh-CN': '审计部' }`). */
          readonly label: LabelInput
        }[]
        /** Review only contracts whose amount is above this; every contract when left out (the handbook). */
        readonly above?: DecimalInput | undefined
        /**
         * Who approves a change to the company's standard template (统一蓝本), in parallel (e.g. 销售副总,
         * 总公司).
         */
        readonly templateDeviation: readonly {
          /** The approver's role id (e.g. `audit`). */
          readonly role: string
          /** Its name (e.g. `{ en: 'Audit department', 'zh-CN': '审计部' }`). */
          readonly label: LabelInput
        }[]
        /** Contract types with their own approvers (e.g. 包销). */
        readonly types?:
          | readonly {
              /** The type's id, as written on contracts (e.g. `exclusive-distribution`). */
              readonly id: string
              /** Its name (e.g. `包销合同`). */
              readonly label: LabelInput
              /** Who approves a contract of this type besides the review chain, in parallel. */
              readonly approvers: readonly {
                /** The approver's role id (e.g. `audit`). */
                readonly role: string
                /** Its name (e.g. `{ en: 'Audit department', 'zh-CN': '审计部' }`). */
                readonly label: LabelInput
              }[]
            }[]
          | undefined
        /** Whether a contract is valid only with the company's contract seal (合同章); default true. */
        readonly sealRequired?: boolean | undefined
      }
    | undefined
}

/**
 * A payment term a policy allows (付款方式).
 *
 * @group Order release
 */
export interface OrderPaymentTerms {
  /** The terms' id, as written on orders (e.g. `prepaid`, `net-30`). */
  readonly id: string
  /** Their name (e.g. `先款后货`). */
  readonly label: LocalizedText
  /**
   * `prepaid`: the order is released only when payments confirmed by finance cover it (先款后货);
   * `credit`: the order is released on credit, within the customer's credit limit.
   */
  readonly kind: 'prepaid' | 'credit'
  /** Only customers of these grades may use these terms; every customer when left out. */
  readonly customerGrades?: readonly string[] | undefined
}

/**
 * The credit limit of one customer.
 *
 * @group Order release
 */
export interface CustomerCreditLimit {
  /** The customer's id. */
  readonly customer: string
  /** Its credit limit; it takes precedence over the grade's. */
  readonly limit: Decimal
}

/**
 * The credit limit of a customer grade.
 *
 * @group Order release
 */
export interface GradeCreditLimit {
  /** The customer grade (e.g. `A`). */
  readonly grade: string
  /** Its credit limit. */
  readonly limit: Decimal
}

/**
 * Credit limits and risk, for payment terms of kind `credit`.
 *
 * @group Order release
 */
export interface OrderCreditPolicy {
  /** Credit limits of single customers (they take precedence over the grade's). */
  readonly customers: readonly CustomerCreditLimit[]
  /** Credit limits by customer grade. */
  readonly grades: readonly GradeCreditLimit[]
  /** The limit of a customer with neither its own nor a grade limit; none (zero credit) when left out. */
  readonly defaultLimit?: Decimal | undefined
  /** What counts against the limit besides the order itself; all three by default. */
  readonly components: readonly RiskComponent[]
  /**
   * Days after its due date a receivable may stay unpaid before it is overdue (OCA's maturity margin):
   * overdue when `asOf − dueDate > margin`, so a receivable exactly at the margin is not overdue yet
   * (0 by default).
   */
  readonly maturityMarginDays: number
  /** Whether a receivable overdue beyond the margin blocks release on credit (default true). */
  readonly blockOverdue: boolean
}

/**
 * A role that may release a blocked order, and the rules it may override.
 *
 * @group Order release
 */
export interface OrderOverrideRole {
  /** The role that may release a blocked order (e.g. `credit-controller`). */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** The rules it may override; every rule when left out. */
  readonly rules?: readonly OrderReleaseRule[] | undefined
}

/**
 * An approver of a contract.
 *
 * @group Order release
 */
export interface ContractApprover {
  /** The approver's role id (e.g. `audit`). */
  readonly role: string
  /** Its name (e.g. `{ en: 'Audit department', 'zh-CN': '审计部' }`). */
  readonly label: LocalizedText
}

/**
 * A contract type with its own approvers (e.g. 包销).
 *
 * @group Order release
 */
export interface ContractType {
  /** The type's id, as written on contracts (e.g. `exclusive-distribution`). */
  readonly id: string
  /** Its name (e.g. `包销合同`). */
  readonly label: LocalizedText
  /** Who approves a contract of this type besides the review chain, in parallel. */
  readonly approvers: readonly ContractApprover[]
}

/**
 * Contract review (合同审核): the review chain, template deviations, contract types and the seal.
 *
 * @group Order release
 */
export interface ContractReview {
  /**
   * The review chain every contract goes through, in order (e.g. 销售部经理核实 → 审计部核定); every
   * contract is reviewed unless `above` is given.
   */
  readonly chain: readonly ContractApprover[]
  /** Review only contracts whose amount is above this; every contract when left out (the handbook). */
  readonly above?: Decimal | undefined
  /**
   * Who approves a change to the company's standard template (统一蓝本), in parallel (e.g. 销售副总,
   * 总公司).
   */
  readonly templateDeviation: readonly ContractApprover[]
  /** Contract types with their own approvers (e.g. 包销); none by default. */
  readonly types: readonly ContractType[]
  /** Whether a contract is valid only with the company's contract seal (合同章); default true. */
  readonly sealRequired: boolean
}

/**
 * A validated order release policy: the policy as written, with every default filled in and every amount
 * a {@link Decimal}.
 *
 * @group Order release
 */
export interface OrderReleasePolicy {
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
  /** The currency of every amount; orders, payments and contracts in another currency are rejected. */
  readonly currency: string
  /**
   * The decimals every money value of a decision is written with in JSON (order amount, payments,
   * credit risk and limit, amounts of blockers and warnings): 2 by default (分 for CNY), 0 for a currency
   * without minor units. It never rounds: a value with more decimals is written exactly.
   */
  readonly moneyScale: number
  /** The payment terms allowed (付款方式), at least one. */
  readonly paymentTerms: readonly OrderPaymentTerms[]
  /** The terms an order without `paymentTerms` gets; without it, such an order is blocked. */
  readonly defaultPaymentTerms?: string | undefined
  /** The roles whose confirmation of a payment counts (财务确认), e.g. `finance`. */
  readonly paymentConfirmers: readonly string[]
  /** Credit limits and risk, for terms of kind `credit`. */
  readonly credit?: OrderCreditPolicy | undefined
  /** Fields every order must have (订单有效性: 交货期, 付款方式, 价格); none by default. */
  readonly requiredFields: readonly OrderField[]
  /**
   * How far a line's unit price may be from the price list, a fraction of the list price (0 = the list
   * price exactly, 所有销售价格均按公司制订价格); no price check when left out.
   */
  readonly priceTolerance?: Decimal | undefined
  /**
   * Whether the stock of every product must be confirmed with the customer before release (8.3); default
   * false.
   */
  readonly stockConfirmation: boolean
  /** Whether the customer's qualification (客户资质) must be approved and in date; default false. */
  readonly customerQualification: boolean
  /** Who may release a blocked order, and which rules each may override; nobody by default. */
  readonly overrides: readonly OrderOverrideRole[]
  /** Whether an override must give a reason (default true). */
  readonly overrideReasonRequired: boolean
  /** Contract review (合同审核); `requiredContractApprovals` needs it. */
  readonly contracts?: ContractReview | undefined
}

const OrderLineSchema = once(() =>
  z
    .strictObject({
      /** The product's id or SKU. */
      product: IdSchema(),
      /** Quantity, greater than zero. */
      quantity: PositiveDecimalSchema(),
      /** The price per unit on the order. */
      unitPrice: NonNegativeDecimalSchema(),
      /**
       * The line's own id, unique in the order: two paid (or two free) lines of one product are allowed
       * only when each has its own.
       */
      lineId: IdSchema().optional(),
      /**
       * A free line (搭赠, a gift of the product): its unit price must be 0, and the price list does not
       * apply to it (stock confirmation does). It may stand beside a paid line of the same product.
       */
      free: z.boolean().default(false),
    })
    .check(
      whenValid((line, ctx) => {
        if (line.free && !line.unitPrice.isZero())
          addIssue(ctx, 'order.free-priced', ['unitPrice'], { price: line.unitPrice.toString() })
      }),
    ),
)

/**
 * Lines are unique by product, free flag and line id: a product appears once as a paid line and once
 * as a free line (搭赠) unless its lines carry distinct `lineId`s; line ids are unique in the order.
 */
function checkOrderLines(
  lines: readonly { product: string; lineId?: string | undefined; free: boolean }[],
  ctx: z.RefinementCtx,
): void {
  const ids = new Set<string>()
  const seen = new Set<string>()
  lines.forEach((line, index) => {
    if (line.lineId !== undefined) {
      if (ids.has(line.lineId))
        addIssue(ctx, 'ids.duplicate', ['lines', index, 'lineId'], { id: line.lineId })
      ids.add(line.lineId)
    }
    const key = JSON.stringify([line.product, line.free, line.lineId ?? null])
    if (seen.has(key)) addIssue(ctx, 'ids.duplicate', ['lines', index, 'product'], { id: line.product })
    seen.add(key)
  })
}

/**
 * A sales order to release (销售订单).
 *
 * @group Order release
 */
export const OrderSchema = once(() =>
  z
    .strictObject({
      /** The order's id. */
      id: IdSchema(),
      /** The currency of every price. */
      currency: CurrencySchema(),
      /** The customer: id and ABC grade (for payment terms and credit limits by grade). */
      customer: z.strictObject({
        /** The customer's id. */
        id: IdSchema(),
        /** The customer's grade (e.g. `A`). */
        grade: IdSchema().optional(),
      }),
      /** The lines, at least one; the order amount is Σ quantity × unitPrice, exact (no rounding). */
      lines: z.array(OrderLineSchema()).min(1).max(10_000),
      /** The payment terms' id (付款方式); the policy's default when left out. */
      paymentTerms: IdSchema().optional(),
      /** The promised delivery date (交货期). */
      deliveryDate: DateSchema().optional(),
      /** The reference of the price list the prices come from. */
      priceList: IdSchema().optional(),
    })
    .check(whenValid((o, ctx) => checkOrderLines(o.lines, ctx))),
)

/**
 * An order as passed in.
 *
 * @group Order release
 */
export interface OrderInput {
  /** The order's id. */
  readonly id: string
  /** The currency of every price. */
  readonly currency: string
  /** The customer: id and ABC grade (for payment terms and credit limits by grade). */
  readonly customer: {
    /** The customer's id. */
    readonly id: string
    /** The customer's grade (e.g. `A`). */
    readonly grade?: string | undefined
  }
  /** The lines, at least one; the order amount is Σ quantity × unitPrice, exact (no rounding). */
  readonly lines: readonly {
    /** The product's id or SKU. */
    readonly product: string
    /** Quantity, greater than zero. */
    readonly quantity: DecimalInput
    /** The price per unit on the order. */
    readonly unitPrice: DecimalInput
    /**
     * The line's own id, unique in the order: two paid (or two free) lines of one product are allowed
     * only when each has its own.
     */
    readonly lineId?: string | undefined
    /**
     * A free line (搭赠, a gift of the product): its unit price must be 0, and the price list does not
     * apply to it (stock confirmation does). It may stand beside a paid line of the same product.
     */
    readonly free?: boolean | undefined
  }[]
  /** The payment terms' id (付款方式); the policy's default when left out. */
  readonly paymentTerms?: string | undefined
  /** The promised delivery date (交货期), `YYYY-MM-DD`. */
  readonly deliveryDate?: string | undefined
  /** The reference of the price list the prices come from. */
  readonly priceList?: string | undefined
}

/**
 * A line of a validated order.
 *
 * @group Order release
 */
export interface OrderLine {
  /** The product's id or SKU. */
  readonly product: string
  /** Quantity, greater than zero. */
  readonly quantity: Decimal
  /** The price per unit on the order. */
  readonly unitPrice: Decimal
  /**
   * The line's own id, unique in the order: two paid (or two free) lines of one product are allowed
   * only when each has its own.
   */
  readonly lineId?: string | undefined
  /**
   * A free line (搭赠, a gift of the product): its unit price is 0, and the price list does not apply to it
   * (stock confirmation does). It may stand beside a paid line of the same product. False by default.
   */
  readonly free: boolean
}

/**
 * A validated order: the order as passed in, with every default filled in and every amount a
 * {@link Decimal}.
 *
 * @group Order release
 */
export interface Order {
  /** The order's id. */
  readonly id: string
  /** The currency of every price. */
  readonly currency: string
  /** The customer: id and ABC grade (for payment terms and credit limits by grade). */
  readonly customer: {
    /** The customer's id. */
    readonly id: string
    /** The customer's grade (e.g. `A`). */
    readonly grade?: string | undefined
  }
  /** The lines, at least one; the order amount is Σ quantity × unitPrice, exact (no rounding). */
  readonly lines: readonly OrderLine[]
  /** The payment terms' id (付款方式); the policy's default when left out. */
  readonly paymentTerms?: string | undefined
  /** The promised delivery date (交货期), `YYYY-MM-DD`. */
  readonly deliveryDate?: string | undefined
  /** The reference of the price list the prices come from. */
  readonly priceList?: string | undefined
}

const PaymentSchema = once(() =>
  z.strictObject({
    /** The payment's id (the cash, cheque or wire transfer slip, 电汇单据). */
    id: IdSchema(),
    /** The amount received for this order, greater than zero. */
    amount: PositiveDecimalSchema(),
    /** The day it was received (the slip's fax, 传真件); a payment after `asOf` does not count yet. */
    date: DateSchema(),
    /** Finance's confirmation (财务确认): who (a role of `paymentConfirmers`) and on which day. */
    confirmation: z
      .strictObject({
        /** The confirming role (e.g. `finance`). */
        by: IdSchema(),
        /** The day of the confirmation; one after `asOf` does not count yet. */
        on: DateSchema(),
      })
      .optional(),
  }),
)

/**
 * What is known about the customer and the order on the day of the check.
 *
 * @group Order release
 */
export const OrderContextSchema = once(() =>
  z
    .strictObject({
      /** The day of the check, `YYYY-MM-DD`; it also picks the policy version in force. */
      asOf: DateSchema(),
      /** Payments received for this order. */
      payments: z.array(PaymentSchema()).max(10_000).default([]),
      /** The customer's open receivables (unpaid invoice amounts) with their due dates. */
      receivables: z
        .array(
          z.strictObject({
            /** The invoice's id. */
            id: IdSchema(),
            /** The amount still unpaid. */
            amount: NonNegativeDecimalSchema(),
            /** The due date. */
            dueDate: DateSchema(),
          }),
        )
        .max(100_000)
        .default([]),
      /** The customer's other open orders (released, not yet invoiced); this order must not be among them. */
      openOrders: z
        .array(
          z.strictObject({
            /** The order's id. */
            id: IdSchema(),
            /** Its amount not yet invoiced. */
            amount: NonNegativeDecimalSchema(),
          }),
        )
        .max(100_000)
        .default([]),
      /** The company's price list: the price of each product (公司制订价格). */
      priceList: z
        .array(
          z.strictObject({
            /** The product's id. */
            product: IdSchema(),
            /** Its list price, greater than zero. */
            price: PositiveDecimalSchema(),
          }),
        )
        .max(100_000)
        .default([]),
      /** Products whose stock was told to the customer and accepted (取得客户的认可), with the day. */
      stockConfirmations: z
        .array(
          z.strictObject({
            /** The product's id. */
            product: IdSchema(),
            /** The day the customer accepted; one after `asOf` does not count yet. */
            on: DateSchema(),
          }),
        )
        .max(10_000)
        .default([]),
      /** The customer's qualification (客户资质): approved or not, and until when. */
      qualification: z
        .strictObject({
          /** Whether the qualification was approved. */
          approved: z.boolean(),
          /** The last day it is valid; open-ended when left out. */
          validUntil: DateSchema().optional(),
        })
        .optional(),
      /** A release despite blockers, by a role of the policy's `overrides`: what it records. */
      override: z
        .strictObject({
          /** The overriding role. */
          role: IdSchema(),
          /** Who (a person's id). */
          by: IdSchema(),
          /** The day of the override, not after `asOf`. */
          on: DateSchema(),
          /** Why. */
          reason: z.string().min(1).max(2000).optional(),
        })
        .optional(),
    })
    .check(
      whenValid((c, ctx) => {
        checkUniqueIds(c.payments, 'id', ['payments'], ctx)
        checkUniqueIds(c.receivables, 'id', ['receivables'], ctx)
        checkUniqueIds(c.openOrders, 'id', ['openOrders'], ctx)
        checkUniqueIds(c.priceList, 'product', ['priceList'], ctx)
        if (c.override !== undefined && c.override.on > c.asOf)
          addIssue(ctx, 'order.override-future', ['override', 'on'], { on: c.override.on, asOf: c.asOf })
      }),
    ),
)

/**
 * The context of an order check as passed in.
 *
 * @group Order release
 */
export interface OrderContextInput {
  /** The day of the check, `YYYY-MM-DD`; it also picks the policy version in force. */
  readonly asOf: string
  /** Payments received for this order. */
  readonly payments?:
    | readonly {
        /** The payment's id (the cash, cheque or wire transfer slip, 电汇单据). */
        readonly id: string
        /** The amount received for this order, greater than zero. */
        readonly amount: DecimalInput
        /** The day it was received (the slip's fax, 传真件); a payment after `asOf` does not count yet. */
        readonly date: string
        /** Finance's confirmation (财务确认): who (a role of `paymentConfirmers`) and on which day. */
        readonly confirmation?:
          | {
              /** The confirming role (e.g. `finance`). */
              readonly by: string
              /** The day of the confirmation; one after `asOf` does not count yet. */
              readonly on: string
            }
          | undefined
      }[]
    | undefined
  /** The customer's open receivables (unpaid invoice amounts) with their due dates. */
  readonly receivables?:
    | readonly {
        /** The invoice's id. */
        readonly id: string
        /** The amount still unpaid. */
        readonly amount: DecimalInput
        /** The due date. */
        readonly dueDate: string
      }[]
    | undefined
  /** The customer's other open orders (released, not yet invoiced); this order must not be among them. */
  readonly openOrders?:
    | readonly {
        /** The order's id. */
        readonly id: string
        /** Its amount not yet invoiced. */
        readonly amount: DecimalInput
      }[]
    | undefined
  /** The company's price list: the price of each product (公司制订价格). */
  readonly priceList?:
    | readonly {
        /** The product's id. */
        readonly product: string
        /** Its list price, greater than zero. */
        readonly price: DecimalInput
      }[]
    | undefined
  /** Products whose stock was told to the customer and accepted (取得客户的认可), with the day. */
  readonly stockConfirmations?:
    | readonly {
        /** The product's id. */
        readonly product: string
        /** The day the customer accepted; one after `asOf` does not count yet. */
        readonly on: string
      }[]
    | undefined
  /** The customer's qualification (客户资质): approved or not, and until when. */
  readonly qualification?:
    | {
        /** Whether the qualification was approved. */
        readonly approved: boolean
        /** The last day it is valid; open-ended when left out. */
        readonly validUntil?: string | undefined
      }
    | undefined
  /** A release despite blockers, by a role of the policy's `overrides`: what it records. */
  readonly override?:
    | {
        /** The overriding role. */
        readonly role: string
        /** Who (a person's id). */
        readonly by: string
        /** The day of the override, not after `asOf`. */
        readonly on: string
        /** Why. */
        readonly reason?: string | undefined
      }
    | undefined
}

/**
 * A payment received for an order.
 *
 * @group Order release
 */
export interface OrderPayment {
  /** The payment's id (the cash, cheque or wire transfer slip, 电汇单据). */
  readonly id: string
  /** The amount received for this order, greater than zero. */
  readonly amount: Decimal
  /** The day it was received (the slip's fax, 传真件); a payment after `asOf` does not count yet. */
  readonly date: string
  /** Finance's confirmation (财务确认): who (a role of `paymentConfirmers`) and on which day. */
  readonly confirmation?:
    | {
        /** The confirming role (e.g. `finance`). */
        readonly by: string
        /** The day of the confirmation; one after `asOf` does not count yet. */
        readonly on: string
      }
    | undefined
}

/**
 * An open receivable of the customer (an unpaid invoice amount) with its due date.
 *
 * @group Order release
 */
export interface OrderReceivable {
  /** The invoice's id. */
  readonly id: string
  /** The amount still unpaid. */
  readonly amount: Decimal
  /** The due date. */
  readonly dueDate: string
}

/**
 * Another open order of the customer (released, not yet invoiced).
 *
 * @group Order release
 */
export interface OpenOrder {
  /** The order's id. */
  readonly id: string
  /** Its amount not yet invoiced. */
  readonly amount: Decimal
}

/**
 * The list price of a product (公司制订价格).
 *
 * @group Order release
 */
export interface PriceListEntry {
  /** The product's id. */
  readonly product: string
  /** Its list price, greater than zero. */
  readonly price: Decimal
}

/**
 * A product whose stock was told to the customer and accepted (取得客户的认可), with the day.
 *
 * @group Order release
 */
export interface StockConfirmation {
  /** The product's id. */
  readonly product: string
  /** The day the customer accepted; one after `asOf` does not count yet. */
  readonly on: string
}

/**
 * A validated order context: what is known about the customer and the order on the day of the check, with
 * every list present (empty by default) and every amount a {@link Decimal}.
 *
 * @group Order release
 */
export interface OrderContext {
  /** The day of the check, `YYYY-MM-DD`; it also picks the policy version in force. */
  readonly asOf: string
  /** Payments received for this order; none by default. */
  readonly payments: readonly OrderPayment[]
  /** The customer's open receivables (unpaid invoice amounts) with their due dates; none by default. */
  readonly receivables: readonly OrderReceivable[]
  /**
   * The customer's other open orders (released, not yet invoiced); this order must not be among them. None
   * by default.
   */
  readonly openOrders: readonly OpenOrder[]
  /** The company's price list: the price of each product (公司制订价格); empty by default. */
  readonly priceList: readonly PriceListEntry[]
  /** Products whose stock was told to the customer and accepted (取得客户的认可), with the day. */
  readonly stockConfirmations: readonly StockConfirmation[]
  /** The customer's qualification (客户资质): approved or not, and until when. */
  readonly qualification?:
    | {
        /** Whether the qualification was approved. */
        readonly approved: boolean
        /** The last day it is valid; open-ended when left out. */
        readonly validUntil?: string | undefined
      }
    | undefined
  /** A release despite blockers, by a role of the policy's `overrides`: what it records. */
  readonly override?:
    | {
        /** The overriding role. */
        readonly role: string
        /** Who (a person's id). */
        readonly by: string
        /** The day of the override, not after `asOf`. */
        readonly on: string
        /** Why. */
        readonly reason?: string | undefined
      }
    | undefined
}

/**
 * A sales contract to review (销售合同).
 *
 * @group Order release
 */
export const ContractSchema = once(() =>
  z.strictObject({
    /** The contract's id. */
    id: IdSchema(),
    /** The day it is to be signed, `YYYY-MM-DD`; it picks the policy version in force. */
    date: DateSchema(),
    /** The currency of the amount. */
    currency: CurrencySchema(),
    /** The contract amount. */
    amount: NonNegativeDecimalSchema(),
    /** The contract type, one of the policy's `contracts.types` (e.g. `exclusive-distribution`, 包销). */
    type: IdSchema().optional(),
    /**
     * The clauses changed from the company's standard template (统一蓝本); none when left out or empty.
     */
    deviations: z.array(z.string().min(1).max(500)).max(1000).default([]),
  }),
)

/**
 * A contract as passed in.
 *
 * @group Order release
 */
export interface ContractInput {
  /** The contract's id. */
  readonly id: string
  /** The day it is to be signed, `YYYY-MM-DD`; it picks the policy version in force. */
  readonly date: string
  /** The currency of the amount. */
  readonly currency: string
  /** The contract amount. */
  readonly amount: DecimalInput
  /** The contract type, one of the policy's `contracts.types` (e.g. `exclusive-distribution`, 包销). */
  readonly type?: string | undefined
  /** The clauses changed from the company's standard template (统一蓝本); none when left out or empty. */
  readonly deviations?: readonly string[] | undefined
}

/**
 * A validated contract: the contract as passed in, its amount a {@link Decimal}.
 *
 * @group Order release
 */
export interface Contract {
  /** The contract's id. */
  readonly id: string
  /** The day it is to be signed, `YYYY-MM-DD`; it picks the policy version in force. */
  readonly date: string
  /** The currency of the amount. */
  readonly currency: string
  /** The contract amount. */
  readonly amount: Decimal
  /** The contract type, one of the policy's `contracts.types` (e.g. `exclusive-distribution`, 包销). */
  readonly type?: string | undefined
  /** The clauses changed from the company's standard template (统一蓝本); none when left out or empty. */
  readonly deviations: readonly string[]
}
