/**
 * Complaint handling (投诉处理): the policy that routes a customer complaint to its handler by kind
 * (质量投诉 → 销售总监或销售经理亲自安排处理; 非质量投诉 → 销售副总或经理, then 办公室), escalates it by
 * severity (重大事件 → 分公司总经理或总经理处), puts the reply and resolution clocks on it (24 h / 48 h),
 * lists the record fields it must carry (票据、品名、规格、数量、等级、色号、购买日期), and suggests the
 * penalty of a substantiated complaint (罚款 20—100 元/次, 情节严重者予以辞退).
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import {
  addIssue,
  checkUniqueIds,
  CurrencySchema,
  DateSchema,
  FractionSchema,
  IdSchema,
  InstantSchema,
  LabelSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import type { LocalizedText } from '../core/trace'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { VersionedInput } from '../core/versioning'
import { once } from '../core/once'

/**
 * The fields a complaint record may be required to carry (对客户投诉内容的相关票据、品名、规格、数量、
 * 等级、色号、购买日期等予以登记备档).
 *
 * @group Complaints
 */
export const COMPLAINT_RECORD_FIELDS = [
  'receipt',
  'product',
  'specification',
  'quantity',
  'grade',
  'colourCode',
  'purchaseDate',
] as const

/**
 * A field of a complaint record.
 *
 * @group Complaints
 */
export type ComplaintRecordField = (typeof COMPLAINT_RECORD_FIELDS)[number]

const RoleSchema = once(() =>
  z.strictObject({
    /** The role's id (e.g. `sales-director`). */
    id: IdSchema(),
    /** Its name (e.g. `{ en: 'Sales director', 'zh-CN': '销售总监' }`). */
    label: LabelSchema(),
  }),
)

const ClockSchema = once(() =>
  z
    .strictObject({
      /** How many units, more than zero (fractions allowed for hours). */
      amount: PositiveDecimalSchema(),
      /**
       * `hours` run on the clock; `business-hours` count working time on the calendar (the SLA clock of
       * `slaCompliance`, under the same rule: in time when the time used is at most the limit).
       */
      unit: z.literal(['hours', 'business-hours']),
    })
    .check(
      whenValid((c, ctx) => {
        // ten years at most, as an SLA rule, so that a clock always stops
        if (c.amount.gt(87840)) addIssue(ctx, 'decimal.above-max', ['amount'], { max: '87840' })
      }),
    ),
)

const ClocksSchema = once(() =>
  z.strictObject({
    /** From receipt to the first reply to the customer (e.g. 24 hours: 24小时内得到回复). */
    reply: ClockSchema(),
    /** From receipt to resolution (e.g. 48 hours: 问题解决时间应掌控在48小时内). */
    resolve: ClockSchema(),
  }),
)

const KindSchema = once(() =>
  z.strictObject({
    /** The kind's id, as written on complaints (e.g. `quality`, `service`, `delivery`, `billing`). */
    id: IdSchema(),
    /** Its name (e.g. `质量投诉`). */
    label: LabelSchema(),
    /**
     * The roles that handle it, any one of them (e.g. 销售总监或销售经理亲自安排处理: `sales-director`,
     * `sales-manager`).
     */
    handlers: z.array(IdSchema()).min(1).max(20),
    /** The roles it then goes to, in order (e.g. 非质量投诉: 向公司办公室提出上报及处理建议 → `office`). */
    then: z.array(IdSchema()).max(20).default([]),
    /** The record fields a complaint of this kind must carry (登记备档). */
    requiredFields: z.array(z.literal(COMPLAINT_RECORD_FIELDS)).default([]),
    /** The form it is recorded on (e.g. 《客户投诉质量处理表》), for the trace. */
    form: LabelSchema().optional(),
  }),
)

const SeverityClocksSchema = once(() =>
  z.strictObject({
    /** The reply clock of this severity, instead of the policy's. */
    reply: ClockSchema().optional(),
    /** The resolution clock of this severity, instead of the policy's. */
    resolve: ClockSchema().optional(),
  }),
)

const SeveritySchema = once(() =>
  z.strictObject({
    /** The severity's id (e.g. `minor`, `serious`, `major`). */
    id: IdSchema(),
    /** Its name (e.g. `重大`). */
    label: LabelSchema(),
    /**
     * Roles told besides the kind's chain, in order, at the end of it (e.g. 如有重大事件,应及时反馈至分公司
     * 总经理或总经理处: `general-manager`).
     */
    escalateTo: z.array(IdSchema()).max(20).default([]),
    /** Clocks of this severity that replace the policy's. */
    clocks: SeverityClocksSchema().optional(),
  }),
)

const PenaltyRuleSchema = once(() =>
  z
    .strictObject({
      /** The rule's id (e.g. `service-minor`). */
      id: IdSchema(),
      /** Its name, with the handbook's words (e.g. `服务投诉经查实:通报批评,罚款 20—100 元/次`). */
      label: LabelSchema(),
      /** The complaint kinds it applies to (e.g. `service`). */
      kinds: z.array(IdSchema()).min(1).max(100),
      /** The severities it applies to (e.g. `minor`); every severity when left out. */
      severities: z.array(IdSchema()).min(1).max(100).optional(),
      /**
       * The fine per substantiated complaint (罚款/次): the first offence gets `min`, each repeat within the
       * window `repeat.step` more, never more than `max`. No fine when left out (通报批评 only).
       */
      fine: z
        .strictObject({
          /** The lowest fine (e.g. 20). */
          min: NonNegativeDecimalSchema(),
          /** The highest fine (e.g. 100). */
          max: NonNegativeDecimalSchema(),
        })
        .optional(),
      /** Whether the rule suggests dismissal (情节严重者予以辞退): a suggestion in the report, never an action. */
      dismissal: z.boolean().default(false),
    })
    .check(
      whenValid((r, ctx) => {
        if (r.fine !== undefined && r.fine.max.lt(r.fine.min))
          addIssue(ctx, 'complaint.fine-reversed', ['fine', 'max'], {
            min: r.fine.min.toString(),
            max: r.fine.max.toString(),
          })
      }),
    ),
)

const PenaltiesSchema = once(() =>
  z.strictObject({
    /** The currency of the fines. */
    currency: CurrencySchema(),
    /** The rules, in order; a substantiated complaint takes the first that matches its kind and severity. */
    rules: z.array(PenaltyRuleSchema()).min(1).max(200),
    /** How repeat offences escalate: an offence is a substantiated complaint the rule fines or names. */
    repeat: z
      .strictObject({
        /** Offences of the same person within this many days before (inclusive) count as earlier ones. */
        withinDays: wholeNumber(1, 3660),
        /** What each earlier offence adds to the fine, up to the rule's `max`. */
        step: NonNegativeDecimalSchema(),
        /** The offence (2 = the second) from which dismissal is suggested; never when left out. */
        dismissalFrom: wholeNumber(2, 1000).optional(),
      })
      .optional(),
  }),
)

/**
 * The complaint handling policy (投诉处理制度).
 *
 * @group Complaints
 */
export const ComplaintPolicySchema = once(() =>
  z
    .strictObject({
      ...VersionedSchema().shape,
      /** The business calendar of `business-hours` clocks (the company's in a policy document). */
      calendar: BusinessCalendarSchema().optional(),
      /** The roles that handle complaints or are told of them. */
      roles: z.array(RoleSchema()).min(1).max(200),
      /** The kinds of complaint (质量投诉, 服务投诉, …); a complaint of another kind is rejected. */
      kinds: z.array(KindSchema()).min(1).max(200),
      /** The severities (一般, 较重, 重大 …); a complaint of another severity is rejected. */
      severities: z.array(SeveritySchema()).min(1).max(50),
      /** The reply and resolution clocks (24 h / 48 h in the handbook). */
      clocks: ClocksSchema(),
      /** The share of complaints that must be resolved: 1 (对客户投诉必须做到百分之百的解决) by default. */
      resolutionTarget: FractionSchema().prefault('1'),
      /** The penalty of a substantiated complaint; no penalties are suggested when left out. */
      penalties: PenaltiesSchema().optional(),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.roles, 'id', ['roles'], ctx)
        checkUniqueIds(p.kinds, 'id', ['kinds'], ctx)
        checkUniqueIds(p.severities, 'id', ['severities'], ctx)
        const roles = new Set(p.roles.map((r) => r.id))
        const role = (id: string, path: readonly (string | number)[]) => {
          if (!roles.has(id)) addIssue(ctx, 'complaint.unknown-role', path, { role: id })
        }
        p.kinds.forEach((k, i) => {
          k.handlers.forEach((r, j) => role(r, ['kinds', i, 'handlers', j]))
          k.then.forEach((r, j) => role(r, ['kinds', i, 'then', j]))
        })
        p.severities.forEach((s, i) =>
          s.escalateTo.forEach((r, j) => role(r, ['severities', i, 'escalateTo', j])),
        )
        const needsCalendar = (unit: string) => unit === 'business-hours' && p.calendar === undefined
        for (const clock of ['reply', 'resolve'] as const) {
          if (needsCalendar(p.clocks[clock].unit))
            addIssue(ctx, 'complaint.needs-calendar', ['clocks', clock, 'unit'])
          p.severities.forEach((s, i) => {
            const own = s.clocks?.[clock]
            if (own !== undefined && needsCalendar(own.unit))
              addIssue(ctx, 'complaint.needs-calendar', ['severities', i, 'clocks', clock, 'unit'])
          })
        }
        if (p.penalties !== undefined) {
          checkUniqueIds(p.penalties.rules, 'id', ['penalties', 'rules'], ctx)
          const kinds = new Set(p.kinds.map((k) => k.id))
          const severities = new Set(p.severities.map((s) => s.id))
          p.penalties.rules.forEach((r, i) => {
            r.kinds.forEach((k, j) => {
              if (!kinds.has(k))
                addIssue(ctx, 'complaint.unknown-kind', ['penalties', 'rules', i, 'kinds', j], { kind: k })
            })
            r.severities?.forEach((s, j) => {
              if (!severities.has(s))
                addIssue(ctx, 'complaint.unknown-severity', ['penalties', 'rules', i, 'severities', j], {
                  severity: s,
                })
            })
          })
        }
      }),
    ),
)

/**
 * A complaint handling policy as written in a policy document.
 *
 * @group Complaints
 */
export interface ComplaintPolicyInput extends VersionedInput {
  /** The business calendar of `business-hours` clocks (the company's in a policy document). */
  readonly calendar?: BusinessCalendarInput | undefined
  /** The roles that handle complaints or are told of them, at least one; ids unique. */
  readonly roles: readonly {
    /** The role's id (e.g. `sales-director`). */
    readonly id: string
    /** Its name (e.g. `{ en: 'Sales director', 'zh-CN': '销售总监' }`). */
    readonly label: LabelInput
  }[]
  /** The kinds of complaint (质量投诉, 服务投诉, …); a complaint of another kind is rejected. */
  readonly kinds: readonly {
    /** The kind's id, as written on complaints (e.g. `quality`, `service`, `delivery`, `billing`). */
    readonly id: string
    /** Its name (e.g. `质量投诉`). */
    readonly label: LabelInput
    /**
     * The roles that handle it, any one of them (e.g. 销售总监或销售经理亲自安排处理: `sales-director`,
     * `sales-manager`).
     */
    readonly handlers: readonly string[]
    /**
     * The roles it then goes to, in order (e.g. 非质量投诉: 向公司办公室提出上报及处理建议 → `office`); none
     * when left out.
     */
    readonly then?: readonly string[] | undefined
    /** The record fields a complaint of this kind must carry (登记备档); none when left out. */
    readonly requiredFields?: readonly ComplaintRecordField[] | undefined
    /** The form it is recorded on (e.g. 《客户投诉质量处理表》), for the trace. */
    readonly form?: LabelInput | undefined
  }[]
  /** The severities (一般, 较重, 重大 …); a complaint of another severity is rejected. */
  readonly severities: readonly {
    /** The severity's id (e.g. `minor`, `serious`, `major`). */
    readonly id: string
    /** Its name (e.g. `重大`). */
    readonly label: LabelInput
    /**
     * Roles told besides the kind's chain, in order, at the end of it (e.g. 如有重大事件,应及时反馈至分公司
     * 总经理或总经理处: `general-manager`); none when left out.
     */
    readonly escalateTo?: readonly string[] | undefined
    /** Clocks of this severity that replace the policy's. */
    readonly clocks?:
      | {
          /** The reply clock of this severity, instead of the policy's. */
          readonly reply?:
            | {
                /** How many units, more than zero (fractions allowed for hours). */
                readonly amount: DecimalInput
                /** `hours` run on the clock; `business-hours` count working time on the calendar. */
                readonly unit: 'hours' | 'business-hours'
              }
            | undefined
          /** The resolution clock of this severity, instead of the policy's. */
          readonly resolve?:
            | {
                /** How many units, more than zero (fractions allowed for hours). */
                readonly amount: DecimalInput
                /** `hours` run on the clock; `business-hours` count working time on the calendar. */
                readonly unit: 'hours' | 'business-hours'
              }
            | undefined
        }
      | undefined
  }[]
  /** The reply and resolution clocks (24 h / 48 h in the handbook). */
  readonly clocks: {
    /** From receipt to the first reply to the customer (e.g. 24 hours: 24小时内得到回复). */
    readonly reply: {
      /** How many units, more than zero (fractions allowed for hours). */
      readonly amount: DecimalInput
      /**
       * `hours` run on the clock; `business-hours` count working time on the calendar (the SLA clock of
       * `slaCompliance`, under the same rule: in time when the time used is at most the limit).
       */
      readonly unit: 'hours' | 'business-hours'
    }
    /** From receipt to resolution (e.g. 48 hours: 问题解决时间应掌控在48小时内). */
    readonly resolve: {
      /** How many units, more than zero (fractions allowed for hours). */
      readonly amount: DecimalInput
      /** `hours` run on the clock; `business-hours` count working time on the calendar. */
      readonly unit: 'hours' | 'business-hours'
    }
  }
  /** The share of complaints that must be resolved: 1 (对客户投诉必须做到百分之百的解决) when left out. */
  readonly resolutionTarget?: DecimalInput | undefined
  /** The penalty of a substantiated complaint; no penalties are suggested when left out. */
  readonly penalties?:
    | {
        /** The currency of the fines. */
        readonly currency: string
        /**
         * The rules, in order; a substantiated complaint takes the first that matches its kind and severity.
         */
        readonly rules: readonly {
          /** The rule's id (e.g. `service-minor`). */
          readonly id: string
          /** Its name, with the handbook's words (e.g. `服务投诉经查实:通报批评,罚款 20—100 元/次`). */
          readonly label: LabelInput
          /** The complaint kinds it applies to (e.g. `service`). */
          readonly kinds: readonly string[]
          /** The severities it applies to (e.g. `minor`); every severity when left out. */
          readonly severities?: readonly string[] | undefined
          /**
           * The fine per substantiated complaint (罚款/次): the first offence gets `min`, each repeat within
           * the window `repeat.step` more, never more than `max`. No fine when left out (通报批评 only).
           */
          readonly fine?:
            | {
                /** The lowest fine (e.g. 20). */
                readonly min: DecimalInput
                /** The highest fine (e.g. 100). */
                readonly max: DecimalInput
              }
            | undefined
          /**
           * Whether the rule suggests dismissal (情节严重者予以辞退): a suggestion in the report, never an
           * action. False when left out.
           */
          readonly dismissal?: boolean | undefined
        }[]
        /** How repeat offences escalate: an offence is a substantiated complaint the rule fines or names. */
        readonly repeat?:
          | {
              /**
               * Offences of the same person within this many days before (inclusive) count as earlier ones.
               */
              readonly withinDays: number
              /** What each earlier offence adds to the fine, up to the rule's `max`. */
              readonly step: DecimalInput
              /** The offence (2 = the second) from which dismissal is suggested; never when left out. */
              readonly dismissalFrom?: number | undefined
            }
          | undefined
      }
    | undefined
}

/**
 * A role that handles complaints or is told of them.
 *
 * @group Complaints
 */
export interface ComplaintPolicyRole {
  /** The role's id (e.g. `sales-director`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'Sales director', 'zh-CN': '销售总监' }`). */
  readonly label: LocalizedText
}

/**
 * A time limit of a complaint clock: an amount of hours or business hours.
 *
 * @group Complaints
 */
export interface ComplaintClockLimit {
  /** How many units, more than zero (fractions allowed for hours). */
  readonly amount: Decimal
  /**
   * `hours` run on the clock; `business-hours` count working time on the calendar (the SLA clock of
   * `slaCompliance`, under the same rule: in time when the time used is at most the limit).
   */
  readonly unit: 'hours' | 'business-hours'
}

/**
 * The reply and resolution clocks of a complaint.
 *
 * @group Complaints
 */
export interface ComplaintClockLimits {
  /** From receipt to the first reply to the customer (e.g. 24 hours: 24小时内得到回复). */
  readonly reply: ComplaintClockLimit
  /** From receipt to resolution (e.g. 48 hours: 问题解决时间应掌控在48小时内). */
  readonly resolve: ComplaintClockLimit
}

/**
 * A kind of complaint (质量投诉, 服务投诉, …) and who handles it.
 *
 * @group Complaints
 */
export interface ComplaintKind {
  /** The kind's id, as written on complaints (e.g. `quality`, `service`, `delivery`, `billing`). */
  readonly id: string
  /** Its name (e.g. `质量投诉`). */
  readonly label: LocalizedText
  /**
   * The roles that handle it, any one of them (e.g. 销售总监或销售经理亲自安排处理: `sales-director`,
   * `sales-manager`).
   */
  readonly handlers: readonly string[]
  /**
   * The roles it then goes to, in order (e.g. 非质量投诉: 向公司办公室提出上报及处理建议 → `office`); none by
   * default.
   */
  readonly then: readonly string[]
  /** The record fields a complaint of this kind must carry (登记备档); none by default. */
  readonly requiredFields: readonly ComplaintRecordField[]
  /** The form it is recorded on (e.g. 《客户投诉质量处理表》), for the trace. */
  readonly form?: LocalizedText | undefined
}

/**
 * A severity of complaint (一般, 较重, 重大 …): who else is told, and its own clocks.
 *
 * @group Complaints
 */
export interface ComplaintSeverity {
  /** The severity's id (e.g. `minor`, `serious`, `major`). */
  readonly id: string
  /** Its name (e.g. `重大`). */
  readonly label: LocalizedText
  /**
   * Roles told besides the kind's chain, in order, at the end of it (e.g. 如有重大事件,应及时反馈至分公司
   * 总经理或总经理处: `general-manager`); none by default.
   */
  readonly escalateTo: readonly string[]
  /** Clocks of this severity that replace the policy's. */
  readonly clocks?:
    | {
        /** The reply clock of this severity, instead of the policy's. */
        readonly reply?: ComplaintClockLimit | undefined
        /** The resolution clock of this severity, instead of the policy's. */
        readonly resolve?: ComplaintClockLimit | undefined
      }
    | undefined
}

/**
 * A penalty rule: the complaints it applies to, the fine and whether dismissal is suggested.
 *
 * @group Complaints
 */
export interface ComplaintPenaltyRule {
  /** The rule's id (e.g. `service-minor`). */
  readonly id: string
  /** Its name, with the handbook's words (e.g. `服务投诉经查实:通报批评,罚款 20—100 元/次`). */
  readonly label: LocalizedText
  /** The complaint kinds it applies to (e.g. `service`). */
  readonly kinds: readonly string[]
  /** The severities it applies to (e.g. `minor`); every severity when left out. */
  readonly severities?: readonly string[] | undefined
  /**
   * The fine per substantiated complaint (罚款/次): the first offence gets `min`, each repeat within the
   * window `repeat.step` more, never more than `max`. No fine when left out (通报批评 only).
   */
  readonly fine?:
    | {
        /** The lowest fine (e.g. 20). */
        readonly min: Decimal
        /** The highest fine (e.g. 100). */
        readonly max: Decimal
      }
    | undefined
  /**
   * Whether the rule suggests dismissal (情节严重者予以辞退): a suggestion in the report, never an action.
   * False by default.
   */
  readonly dismissal: boolean
}

/**
 * The penalties of substantiated complaints: the fines' currency, the rules and how repeats escalate.
 *
 * @group Complaints
 */
export interface ComplaintPenalties {
  /** The currency of the fines. */
  readonly currency: string
  /** The rules, in order; a substantiated complaint takes the first that matches its kind and severity. */
  readonly rules: readonly ComplaintPenaltyRule[]
  /** How repeat offences escalate: an offence is a substantiated complaint the rule fines or names. */
  readonly repeat?:
    | {
        /** Offences of the same person within this many days before (inclusive) count as earlier ones. */
        readonly withinDays: number
        /** What each earlier offence adds to the fine, up to the rule's `max`. */
        readonly step: Decimal
        /** The offence (2 = the second) from which dismissal is suggested; never when left out. */
        readonly dismissalFrom?: number | undefined
      }
    | undefined
}

/**
 * A validated complaint handling policy: the policy as written, with every default filled in and every
 * amount a {@link Decimal}.
 *
 * @group Complaints
 */
export interface ComplaintPolicy {
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
  /** The business calendar of `business-hours` clocks (the company's in a policy document). */
  readonly calendar?: BusinessCalendar | undefined
  /** The roles that handle complaints or are told of them. */
  readonly roles: readonly ComplaintPolicyRole[]
  /** The kinds of complaint (质量投诉, 服务投诉, …); a complaint of another kind is rejected. */
  readonly kinds: readonly ComplaintKind[]
  /** The severities (一般, 较重, 重大 …); a complaint of another severity is rejected. */
  readonly severities: readonly ComplaintSeverity[]
  /** The reply and resolution clocks (24 h / 48 h in the handbook). */
  readonly clocks: ComplaintClockLimits
  /** The share of complaints that must be resolved: 1 (对客户投诉必须做到百分之百的解决) by default. */
  readonly resolutionTarget: Decimal
  /** The penalty of a substantiated complaint; no penalties are suggested when left out. */
  readonly penalties?: ComplaintPenalties | undefined
}

const TextSchema = once(() => z.string().min(1).max(500))

const RecordSchema = once(() =>
  z.strictObject({
    /** The receipt or invoice (票据) number. */
    receipt: TextSchema().optional(),
    /** The product's name or id (品名). */
    product: TextSchema().optional(),
    /** Its specification (规格). */
    specification: TextSchema().optional(),
    /** The quantity concerned (数量), more than zero. */
    quantity: PositiveDecimalSchema().optional(),
    /** The grade (等级). */
    grade: TextSchema().optional(),
    /** The colour code (色号). */
    colourCode: TextSchema().optional(),
    /** The day of purchase (购买日期), `YYYY-MM-DD`. */
    purchaseDate: DateSchema().optional(),
  }),
)

/**
 * A customer complaint (客户投诉) as recorded.
 *
 * @group Complaints
 */
export const ComplaintSchema = once(() =>
  z
    .strictObject({
      /** The complaint's id. */
      id: IdSchema(),
      /** Its kind, one of the policy's `kinds` (e.g. `quality`). */
      kind: IdSchema(),
      /** Its severity, one of the policy's `severities` (e.g. `major`). */
      severity: IdSchema(),
      /**
       * When it was received, an ISO-8601 instant with an offset; it starts both clocks and picks the
       * version.
       */
      received: InstantSchema(),
      /** When the customer first got a reply, if yet. */
      replied: InstantSchema().optional(),
      /** When it was resolved (the customer agreed to the solution and it was carried out), if yet. */
      resolved: InstantSchema().optional(),
      /** The customer's id. */
      customer: IdSchema().optional(),
      /** The record (登记备档): receipt, product, specification, quantity, grade, colour code, purchase date. */
      record: RecordSchema().default({}),
      /** Whether the complaint was found true on investigation (经查实); only then is a penalty suggested. */
      substantiated: z.boolean().default(false),
      /** The people found responsible (责任人), by id; each gets a penalty suggestion. */
      responsible: z.array(IdSchema()).max(100).default([]),
    })
    .check(
      whenValid((c, ctx) => {
        const at = Date.parse(c.received)
        for (const key of ['replied', 'resolved'] as const) {
          const value = c[key]
          if (value !== undefined && Date.parse(value) < at)
            addIssue(ctx, 'complaint.before-received', [key], { event: key, at: value, received: c.received })
        }
        checkUniqueIdList(c.responsible, ctx)
      }),
    ),
)

function checkUniqueIdList(ids: readonly string[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>()
  ids.forEach((id, i) => {
    if (seen.has(id)) addIssue(ctx, 'ids.duplicate', ['responsible', i], { id })
    seen.add(id)
  })
}

/**
 * A complaint as passed in.
 *
 * @group Complaints
 */
export interface ComplaintInput {
  /** The complaint's id. */
  readonly id: string
  /** Its kind, one of the policy's `kinds` (e.g. `quality`). */
  readonly kind: string
  /** Its severity, one of the policy's `severities` (e.g. `major`). */
  readonly severity: string
  /**
   * When it was received, an ISO-8601 instant with an offset; it starts both clocks and picks the version.
   */
  readonly received: string
  /** When the customer first got a reply, if yet. */
  readonly replied?: string | undefined
  /** When it was resolved (the customer agreed to the solution and it was carried out), if yet. */
  readonly resolved?: string | undefined
  /** The customer's id. */
  readonly customer?: string | undefined
  /** The record (登记备档): receipt, product, specification, quantity, grade, colour code, purchase date. */
  readonly record?:
    | {
        /** The receipt or invoice (票据) number. */
        readonly receipt?: string | undefined
        /** The product's name or id (品名). */
        readonly product?: string | undefined
        /** Its specification (规格). */
        readonly specification?: string | undefined
        /** The quantity concerned (数量), more than zero. */
        readonly quantity?: DecimalInput | undefined
        /** The grade (等级). */
        readonly grade?: string | undefined
        /** The colour code (色号). */
        readonly colourCode?: string | undefined
        /** The day of purchase (购买日期), `YYYY-MM-DD`. */
        readonly purchaseDate?: string | undefined
      }
    | undefined
  /**
   * Whether the complaint was found true on investigation (经查实); only then is a penalty suggested. False
   * when left out.
   */
  readonly substantiated?: boolean | undefined
  /** The people found responsible (责任人), by id; each gets a penalty suggestion. None when left out. */
  readonly responsible?: readonly string[] | undefined
}

/**
 * The record of a complaint (登记备档): receipt, product, specification, quantity, grade, colour code,
 * purchase date.
 *
 * @group Complaints
 */
export interface ComplaintRecord {
  /** The receipt or invoice (票据) number. */
  readonly receipt?: string | undefined
  /** The product's name or id (品名). */
  readonly product?: string | undefined
  /** Its specification (规格). */
  readonly specification?: string | undefined
  /** The quantity concerned (数量), more than zero. */
  readonly quantity?: Decimal | undefined
  /** The grade (等级). */
  readonly grade?: string | undefined
  /** The colour code (色号). */
  readonly colourCode?: string | undefined
  /** The day of purchase (购买日期), `YYYY-MM-DD`. */
  readonly purchaseDate?: string | undefined
}

/**
 * A validated complaint, every default filled in.
 *
 * @group Complaints
 */
export interface Complaint {
  /** The complaint's id. */
  readonly id: string
  /** Its kind, one of the policy's `kinds` (e.g. `quality`). */
  readonly kind: string
  /** Its severity, one of the policy's `severities` (e.g. `major`). */
  readonly severity: string
  /**
   * When it was received, an ISO-8601 instant with an offset; it starts both clocks and picks the version.
   */
  readonly received: string
  /** When the customer first got a reply, if yet. */
  readonly replied?: string | undefined
  /** When it was resolved (the customer agreed to the solution and it was carried out), if yet. */
  readonly resolved?: string | undefined
  /** The customer's id. */
  readonly customer?: string | undefined
  /** The record (登记备档): receipt, product, specification, quantity, grade, colour code, purchase date. */
  readonly record: ComplaintRecord
  /**
   * Whether the complaint was found true on investigation (经查实); only then is a penalty suggested. False
   * by default.
   */
  readonly substantiated: boolean
  /** The people found responsible (责任人), by id; each gets a penalty suggestion. None by default. */
  readonly responsible: readonly string[]
}
