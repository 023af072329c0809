// The compile-time tie between each documented validated (output) interface and its zod schema, for order
// release, leads, complaints, training, appraisal and expense claims: this file compiles only while every
// interface is exactly the schema's output type with arrays and properties readonly (decimals as
// `Decimal`, defaulted fields required). A field added to, removed from or retyped in one and not the
// other fails `tsc --noEmit` on the line that names the pair. Nothing here exists at run time.
import type * as z from 'zod'
import type { ReadonlyInput, Same } from '../core/schema'
// order release
import type {
  Contract,
  ContractApprover,
  ContractReview,
  ContractType,
  CustomerCreditLimit,
  GradeCreditLimit,
  OpenOrder,
  Order,
  OrderContext,
  OrderCreditPolicy,
  OrderLine,
  OrderOverrideRole,
  OrderPayment,
  OrderPaymentTerms,
  OrderReceivable,
  OrderReleasePolicy,
  PriceListEntry,
  StockConfirmation,
} from '../models/order'
import type {
  ContractSchema,
  OrderContextSchema,
  OrderReleasePolicySchema,
  OrderSchema,
} from '../models/order'

// leads (线索管理)
import type {
  AssignmentRule,
  FollowUpCadence,
  Lead,
  LeadContact,
  LeadEvent,
  LeadPolicy,
  LeadSource,
  LeadState,
  LeadTransitionRule,
  SalesRep,
} from '../models/lead'
import type {
  LeadContactSchema,
  LeadEventSchema,
  LeadPolicySchema,
  LeadSchema,
  SalesRepSchema,
} from '../models/lead'
// complaints
import type {
  Complaint,
  ComplaintClockLimit,
  ComplaintClockLimits,
  ComplaintKind,
  ComplaintPenalties,
  ComplaintPenaltyRule,
  ComplaintPolicy,
  ComplaintPolicyRole,
  ComplaintRecord,
  ComplaintSeverity,
} from '../models/complaint'
import type { ComplaintPolicySchema, ComplaintSchema } from '../models/complaint'
// training
import type { TrainingCourse, TrainingPolicy, TrainingResult, TrainingRole } from '../models/training'
import type { TrainingPolicySchema, TrainingResultSchema } from '../models/training'
// appraisal
import type {
  AppraisalBand,
  AppraisalCombine,
  AppraisalDistribution,
  AppraisalPartWeight,
  AppraisalPolicy,
  AppraisalStep,
} from '../models/appraisal'
import type {
  AppraisalBandSchema,
  AppraisalCombineSchema,
  AppraisalDistributionSchema,
  AppraisalPartSchema,
  AppraisalPolicySchema,
  AppraisalStepSchema,
} from '../models/appraisal'
// expense claims
import type {
  ClaimApprover,
  ClaimCategory,
  ClaimInvoice,
  ClaimLimit,
  ClaimLine,
  ExpenseClaim,
  ExpenseClaimPolicy,
} from '../models/expense-claim'
import type {
  ClaimApproverSchema,
  ClaimInvoiceSchema,
  ClaimLimitSchema,
  ClaimLineSchema,
  ExpenseClaimPolicySchema,
  ExpenseClaimSchema,
} from '../models/expense-claim'

type Expect<T extends true> = T
/** The output type `T` of a schema as an output interface states it: arrays and properties readonly. */
type Out<T> = ReadonlyInput<T>
type Matches<O, T> = Same<O, Out<T>>

// order release: the parts, as the schemas' own output types
type OrderReleasePolicyOut = z.output<ReturnType<typeof OrderReleasePolicySchema>>
type OrderCreditOut = NonNullable<OrderReleasePolicyOut['credit']>
type ContractReviewOut = NonNullable<OrderReleasePolicyOut['contracts']>
type OrderContextOut = z.output<ReturnType<typeof OrderContextSchema>>
// leads, complaints, training: the parts, as the schemas' own output types
type LeadPolicyOut = z.output<ReturnType<typeof LeadPolicySchema>>
type ComplaintPolicyOut = z.output<ReturnType<typeof ComplaintPolicySchema>>
type ComplaintPenaltiesOut = NonNullable<ComplaintPolicyOut['penalties']>
type TrainingPolicyOut = z.output<ReturnType<typeof TrainingPolicySchema>>
type ExpenseClaimPolicyOut = z.output<ReturnType<typeof ExpenseClaimPolicySchema>>

/** @internal */
export type SchemaOutputChecksB = [
  // models/order.ts
  Expect<Matches<OrderReleasePolicy, OrderReleasePolicyOut>>,
  Expect<Matches<OrderPaymentTerms, OrderReleasePolicyOut['paymentTerms'][number]>>,
  Expect<Matches<OrderCreditPolicy, OrderCreditOut>>,
  Expect<Matches<CustomerCreditLimit, OrderCreditOut['customers'][number]>>,
  Expect<Matches<GradeCreditLimit, OrderCreditOut['grades'][number]>>,
  Expect<Matches<OrderOverrideRole, OrderReleasePolicyOut['overrides'][number]>>,
  Expect<Matches<ContractReview, ContractReviewOut>>,
  Expect<Matches<ContractApprover, ContractReviewOut['chain'][number]>>,
  Expect<Matches<ContractType, ContractReviewOut['types'][number]>>,
  Expect<Matches<Order, z.output<ReturnType<typeof OrderSchema>>>>,
  Expect<Matches<OrderLine, z.output<ReturnType<typeof OrderSchema>>['lines'][number]>>,
  Expect<Matches<OrderContext, OrderContextOut>>,
  Expect<Matches<OrderPayment, OrderContextOut['payments'][number]>>,
  Expect<Matches<OrderReceivable, OrderContextOut['receivables'][number]>>,
  Expect<Matches<OpenOrder, OrderContextOut['openOrders'][number]>>,
  Expect<Matches<PriceListEntry, OrderContextOut['priceList'][number]>>,
  Expect<Matches<StockConfirmation, OrderContextOut['stockConfirmations'][number]>>,
  Expect<Matches<Contract, z.output<ReturnType<typeof ContractSchema>>>>,
  // models/lead.ts
  Expect<Matches<LeadPolicy, LeadPolicyOut>>,
  Expect<Matches<LeadSource, LeadPolicyOut['sources'][number]>>,
  Expect<Matches<LeadState, LeadPolicyOut['states'][number]>>,
  Expect<Matches<LeadTransitionRule, LeadPolicyOut['transitions'][number]>>,
  Expect<Matches<AssignmentRule, LeadPolicyOut['assignment'][number]>>,
  Expect<Matches<FollowUpCadence, LeadPolicyOut['followUp'][number]>>,
  Expect<Matches<Lead, z.output<ReturnType<typeof LeadSchema>>>>,
  Expect<Matches<LeadEvent, z.output<ReturnType<typeof LeadEventSchema>>>>,
  Expect<Matches<SalesRep, z.output<ReturnType<typeof SalesRepSchema>>>>,
  Expect<Matches<LeadContact, z.output<ReturnType<typeof LeadContactSchema>>>>,
  // models/complaint.ts
  Expect<Matches<ComplaintPolicy, ComplaintPolicyOut>>,
  Expect<Matches<ComplaintPolicyRole, ComplaintPolicyOut['roles'][number]>>,
  Expect<Matches<ComplaintKind, ComplaintPolicyOut['kinds'][number]>>,
  Expect<Matches<ComplaintSeverity, ComplaintPolicyOut['severities'][number]>>,
  Expect<Matches<ComplaintClockLimits, ComplaintPolicyOut['clocks']>>,
  Expect<Matches<ComplaintClockLimit, ComplaintPolicyOut['clocks']['reply']>>,
  Expect<Matches<ComplaintPenalties, ComplaintPenaltiesOut>>,
  Expect<Matches<ComplaintPenaltyRule, ComplaintPenaltiesOut['rules'][number]>>,
  Expect<Matches<Complaint, z.output<ReturnType<typeof ComplaintSchema>>>>,
  Expect<Matches<ComplaintRecord, z.output<ReturnType<typeof ComplaintSchema>>['record']>>,
  // models/training.ts
  Expect<Matches<TrainingPolicy, TrainingPolicyOut>>,
  Expect<Matches<TrainingCourse, TrainingPolicyOut['courses'][number]>>,
  Expect<Matches<TrainingRole, TrainingPolicyOut['roles'][number]>>,
  Expect<Matches<TrainingResult, z.output<ReturnType<typeof TrainingResultSchema>>>>,
  // models/appraisal.ts
  Expect<Matches<AppraisalPolicy, z.output<ReturnType<typeof AppraisalPolicySchema>>>>,
  Expect<Matches<AppraisalStep, z.output<ReturnType<typeof AppraisalStepSchema>>>>,
  Expect<Matches<AppraisalPartWeight, z.output<ReturnType<typeof AppraisalPartSchema>>>>,
  Expect<Matches<AppraisalCombine, z.output<ReturnType<typeof AppraisalCombineSchema>>>>,
  Expect<Matches<AppraisalBand, z.output<ReturnType<typeof AppraisalBandSchema>>>>,
  Expect<Matches<AppraisalDistribution, z.output<ReturnType<typeof AppraisalDistributionSchema>>>>,
  // models/expense-claim.ts
  Expect<Matches<ExpenseClaimPolicy, ExpenseClaimPolicyOut>>,
  Expect<Matches<ClaimCategory, ExpenseClaimPolicyOut['categories'][number]>>,
  Expect<Matches<ClaimLimit, z.output<ReturnType<typeof ClaimLimitSchema>>>>,
  Expect<Matches<ClaimApprover, z.output<ReturnType<typeof ClaimApproverSchema>>>>,
  Expect<Matches<ExpenseClaim, z.output<ReturnType<typeof ExpenseClaimSchema>>>>,
  Expect<Matches<ClaimLine, z.output<ReturnType<typeof ClaimLineSchema>>>>,
  Expect<Matches<ClaimInvoice, z.output<ReturnType<typeof ClaimInvoiceSchema>>>>,
]
