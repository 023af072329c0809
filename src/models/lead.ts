/**
 * The lead lifecycle (线索管理): where leads come from (市场推广活动、网络营销、行业展会、客户推荐), their states
 * and the transitions allowed between them, screening through an opportunity scoring matrix, the rules
 * that assign a lead to a sales rep, and the follow-up cadence (first contact within N business hours,
 * then every N days) with the day a stale lead returns to the pool.
 */
import * as z from 'zod'
import { BusinessCalendarSchema } from '../core/calendar'
import {
  addIssue,
  checkUniqueIds,
  IdSchema,
  InstantSchema,
  LabelSchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import { OpportunityScoringMatrixSchema, RatingsSchema } from './opportunity'
import type { BusinessCalendar, BusinessCalendarInput } from '../core/calendar'
import type { PathSegment } from '../core/errors'
import type { LabelInput } from '../core/schema'
import type { LocalizedText } from '../core/trace'
import type { VersionedInput } from '../core/versioning'
import type { OpportunityScoringMatrix, OpportunityScoringMatrixInput, Ratings } from './opportunity'
import { once } from '../core/once'

/**
 * The fields of a transition event that a transition may require.
 *
 * @group Leads
 */
export const LEAD_EVENT_FIELDS = ['reason', 'owner', 'ratings', 'note'] as const

/**
 * A field of a transition event that a transition may require.
 *
 * @group Leads
 */
export type LeadEventField = (typeof LEAD_EVENT_FIELDS)[number]

/**
 * How an assignment rule picks among its eligible reps.
 *
 * @group Leads
 */
export const ASSIGNMENT_METHODS = ['round-robin', 'load'] as const

/**
 * How an assignment rule picks among its eligible reps: `round-robin` (the next after the cursor) or
 * `load` (the fewest open leads; ties to the next after the cursor).
 *
 * @group Leads
 */
export type AssignmentMethod = (typeof ASSIGNMENT_METHODS)[number]

const ids = () => z.array(IdSchema()).min(1).max(1000)

const LeadSourceSchema = once(() =>
  z.strictObject({
    /** The source's id, as written on leads (e.g. `trade-show`). */
    id: IdSchema(),
    /** Its name (e.g. `{ en: 'Trade show', 'zh-CN': '行业展会' }`). */
    label: LabelSchema(),
  }),
)

/**
 * A lead source (线索来源).
 *
 * @group Leads
 */
export interface LeadSourceInput {
  /** The source's id, as written on leads (e.g. `trade-show`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'Trade show', 'zh-CN': '行业展会' }`). */
  readonly label: LabelInput
}

const LeadStateSchema = once(() =>
  z.strictObject({
    /** The state's id (e.g. `new`, `contacted`, `qualified`, `disqualified`). */
    id: IdSchema(),
    /** Its name (e.g. `{ en: 'Contacted', 'zh-CN': '已联系' }`). */
    label: LabelSchema(),
    /**
     * `open` (followed up) or `closed` (converted or disqualified: no follow-up, no rotting). Default `open`.
     */
    kind: z.literal(['open', 'closed']).default('open'),
  }),
)

/**
 * A state of a lead (线索状态).
 *
 * @group Leads
 */
export interface LeadStateInput {
  /** The state's id (e.g. `new`, `contacted`, `qualified`, `disqualified`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'Contacted', 'zh-CN': '已联系' }`). */
  readonly label: LabelInput
  /**
   * `open` (followed up) or `closed` (converted or disqualified: no follow-up, no rotting). Default `open`.
   */
  readonly kind?: 'open' | 'closed' | undefined
}

const LeadTransitionRuleSchema = once(() =>
  z.strictObject({
    /** The states a lead may leave by this transition. */
    from: ids(),
    /** The state it enters. */
    to: IdSchema(),
    /** The fields the event must carry (e.g. `reason` to disqualify); none by default. */
    requires: z.array(z.literal(LEAD_EVENT_FIELDS)).default([]),
    /**
     * The lowest grade of the screening matrix the event's ratings must reach (qualify from a grade); the
     * event then needs `ratings`.
     */
    minGrade: IdSchema().optional(),
  }),
)

/**
 * An allowed transition between lead states, with what it requires.
 *
 * @group Leads
 */
export interface LeadTransitionRuleInput {
  /** The states a lead may leave by this transition. */
  readonly from: readonly string[]
  /** The state it enters. */
  readonly to: string
  /** The fields the event must carry (e.g. `reason` to disqualify); none by default. */
  readonly requires?: readonly ('reason' | 'owner' | 'ratings' | 'note')[] | undefined
  /**
   * The lowest grade of the screening matrix the event's ratings must reach (qualify from a grade); the
   * event then needs `ratings`.
   */
  readonly minGrade?: string | undefined
}

const ScreeningSchema = once(() =>
  z.strictObject({
    /** The opportunity scoring matrix (销售机会评估矩阵) that grades a lead from its ratings. */
    matrix: OpportunityScoringMatrixSchema(),
  }),
)

/**
 * Screening (初步筛选和评估): the matrix that grades a lead.
 *
 * @group Leads
 */
export interface LeadScreeningInput {
  /** The opportunity scoring matrix (销售机会评估矩阵) that grades a lead from its ratings. */
  readonly matrix: OpportunityScoringMatrixInput
}

const AssignmentRuleSchema = once(() =>
  z.strictObject({
    /** The rule's id. */
    id: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** Only leads from these sources; every source when left out. */
    sources: ids().optional(),
    /** Only leads of these regions; every region when left out. */
    regions: ids().optional(),
    /** Only leads for these products; every product when left out. */
    products: ids().optional(),
    /** Only leads of these grades; every grade when left out. */
    grades: ids().optional(),
    /** The reps the rule assigns to, in round-robin order; give this or `team`. */
    reps: ids().optional(),
    /** The team whose reps the rule assigns to (in the order of their ids); give this or `reps`. */
    team: IdSchema().optional(),
    /** `round-robin` or `load` (the fewest open leads). */
    method: z.literal(ASSIGNMENT_METHODS),
  }),
)

/**
 * An assignment rule (分配规则): which leads it takes and to which reps it gives them. The first rule that
 * matches a lead decides.
 *
 * @group Leads
 */
export interface AssignmentRuleInput {
  /** The rule's id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** Only leads from these sources; every source when left out. */
  readonly sources?: readonly string[] | undefined
  /** Only leads of these regions; every region when left out. */
  readonly regions?: readonly string[] | undefined
  /** Only leads for these products; every product when left out. */
  readonly products?: readonly string[] | undefined
  /** Only leads of these grades; every grade when left out. */
  readonly grades?: readonly string[] | undefined
  /** The reps the rule assigns to, in round-robin order; give this or `team`. */
  readonly reps?: readonly string[] | undefined
  /** The team whose reps the rule assigns to (in the order of their ids); give this or `reps`. */
  readonly team?: string | undefined
  /** `round-robin` or `load` (the fewest open leads). */
  readonly method: 'round-robin' | 'load'
}

const FollowUpCadenceSchema = once(() =>
  z.strictObject({
    /** The rule's id. */
    id: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** Only leads in these states; every open state when left out. */
    states: ids().optional(),
    /** Only leads of these grades; every grade when left out. */
    grades: ids().optional(),
    /**
     * The first contact is due within this many business hours (on the calendar) of the assignment (or of
     * the lead's creation when it has no `assignedAt`); 1–87,840.
     */
    firstContactWithinHours: wholeNumber(1, 87_840).optional(),
    /** Then a contact is due every this many calendar days after the last one (1–365). */
    contactEveryDays: wholeNumber(1, 365).optional(),
    /**
     * A lead with no contact for this many calendar days (since its last contact, else its assignment or
     * creation) returns to the pool on that day (1–3,660).
     */
    returnToPoolAfterDays: wholeNumber(1, 3660).optional(),
  }),
)

/**
 * A follow-up cadence (跟进频率) for leads of some states or grades. The first rule that matches a lead
 * decides.
 *
 * @group Leads
 */
export interface FollowUpCadenceInput {
  /** The rule's id. */
  readonly id: string
  /** Its name. */
  readonly label: LabelInput
  /** Only leads in these states; every open state when left out. */
  readonly states?: readonly string[] | undefined
  /** Only leads of these grades; every grade when left out. */
  readonly grades?: readonly string[] | undefined
  /**
   * The first contact is due within this many business hours (on the calendar) of the assignment (or of
   * the lead's creation when it has no `assignedAt`); 1–87,840.
   */
  readonly firstContactWithinHours?: number | undefined
  /** Then a contact is due every this many calendar days after the last one (1–365). */
  readonly contactEveryDays?: number | undefined
  /**
   * A lead with no contact for this many calendar days (since its last contact, else its assignment or
   * creation) returns to the pool on that day (1–3,660).
   */
  readonly returnToPoolAfterDays?: number | undefined
}

/**
 * The lead lifecycle policy (线索管理).
 *
 * @group Leads
 */
export const LeadPolicySchema = once(() =>
  z
    .strictObject({
      ...VersionedSchema().shape,
      /** The policy's name. */
      name: LabelSchema().optional(),
      /** Where leads come from (线索来源), at least one. */
      sources: z.array(LeadSourceSchema()).min(1).max(1000),
      /** The states of a lead, at least one. */
      states: z.array(LeadStateSchema()).min(1).max(1000),
      /** The state of a new lead. */
      initialState: IdSchema(),
      /** The open state a stale lead returns to (公海 / the pool). */
      poolState: IdSchema(),
      /** The allowed transitions; any other is refused. */
      transitions: z.array(LeadTransitionRuleSchema()).min(1).max(10_000),
      /** Screening: the matrix that grades leads; needed by a transition with `minGrade`. */
      screening: ScreeningSchema().optional(),
      /** Assignment rules, in order: the first that matches a lead decides. */
      assignment: z.array(AssignmentRuleSchema()).max(1000).default([]),
      /** Follow-up cadences, in order: the first that matches a lead decides. */
      followUp: z.array(FollowUpCadenceSchema()).max(1000).default([]),
      /**
       * The business calendar of the first-contact clock and of local dates; Monday–Friday 09:00–18:00 UTC
       * when
       * left out.
       */
      calendar: BusinessCalendarSchema().optional(),
    })
    .check(whenValid(checkLeadPolicy)),
)

/**
 * A lead lifecycle policy as written in a policy document.
 *
 * @group Leads
 */
export interface LeadPolicyInput extends VersionedInput {
  /** The policy's name. */
  readonly name?: LabelInput | undefined
  /** Where leads come from (线索来源), at least one. */
  readonly sources: readonly LeadSourceInput[]
  /** The states of a lead, at least one. */
  readonly states: readonly LeadStateInput[]
  /** The state of a new lead. */
  readonly initialState: string
  /** The open state a stale lead returns to (公海 / the pool). */
  readonly poolState: string
  /** The allowed transitions; any other is refused. */
  readonly transitions: readonly LeadTransitionRuleInput[]
  /** Screening: the matrix that grades leads; needed by a transition with `minGrade`. */
  readonly screening?: LeadScreeningInput | undefined
  /** Assignment rules, in order: the first that matches a lead decides. */
  readonly assignment?: readonly AssignmentRuleInput[] | undefined
  /** Follow-up cadences, in order: the first that matches a lead decides. */
  readonly followUp?: readonly FollowUpCadenceInput[] | undefined
  /**
   * The business calendar of the first-contact clock and of local dates; Monday–Friday 09:00–18:00 UTC when
   * left out.
   */
  readonly calendar?: BusinessCalendarInput | undefined
}

/**
 * A lead source (线索来源) of a validated policy.
 *
 * @group Leads
 */
export interface LeadSource {
  /** The source's id, as written on leads (e.g. `trade-show`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'Trade show', 'zh-CN': '行业展会' }`). */
  readonly label: LocalizedText
}

/**
 * A state of a lead (线索状态) in a validated policy.
 *
 * @group Leads
 */
export interface LeadState {
  /** The state's id (e.g. `new`, `contacted`, `qualified`, `disqualified`). */
  readonly id: string
  /** Its name (e.g. `{ en: 'Contacted', 'zh-CN': '已联系' }`). */
  readonly label: LocalizedText
  /**
   * `open` (followed up) or `closed` (converted or disqualified: no follow-up, no rotting). Default `open`.
   */
  readonly kind: 'open' | 'closed'
}

/**
 * An allowed transition between lead states, with what it requires, in a validated policy.
 *
 * @group Leads
 */
export interface LeadTransitionRule {
  /** The states a lead may leave by this transition. */
  readonly from: readonly string[]
  /** The state it enters. */
  readonly to: string
  /** The fields the event must carry (e.g. `reason` to disqualify); none by default. */
  readonly requires: readonly LeadEventField[]
  /**
   * The lowest grade of the screening matrix the event's ratings must reach (qualify from a grade); the
   * event then needs `ratings`.
   */
  readonly minGrade?: string | undefined
}

/**
 * An assignment rule (分配规则) of a validated policy: which leads it takes and to which reps it gives them.
 * The first rule that matches a lead decides.
 *
 * @group Leads
 */
export interface AssignmentRule {
  /** The rule's id. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
  /** Only leads from these sources; every source when left out. */
  readonly sources?: readonly string[] | undefined
  /** Only leads of these regions; every region when left out. */
  readonly regions?: readonly string[] | undefined
  /** Only leads for these products; every product when left out. */
  readonly products?: readonly string[] | undefined
  /** Only leads of these grades; every grade when left out. */
  readonly grades?: readonly string[] | undefined
  /** The reps the rule assigns to, in round-robin order; given when `team` is not. */
  readonly reps?: readonly string[] | undefined
  /** The team whose reps the rule assigns to (in the order of their ids); given when `reps` is not. */
  readonly team?: string | undefined
  /** `round-robin` or `load` (the fewest open leads). */
  readonly method: AssignmentMethod
}

/**
 * A follow-up cadence (跟进频率) of a validated policy, for leads of some states or grades. The first rule
 * that matches a lead decides.
 *
 * @group Leads
 */
export interface FollowUpCadence {
  /** The rule's id. */
  readonly id: string
  /** Its name. */
  readonly label: LocalizedText
  /** Only leads in these states; every open state when left out. */
  readonly states?: readonly string[] | undefined
  /** Only leads of these grades; every grade when left out. */
  readonly grades?: readonly string[] | undefined
  /**
   * The first contact is due within this many business hours (on the calendar) of the assignment (or of
   * the lead's creation when it has no `assignedAt`); 1–87,840.
   */
  readonly firstContactWithinHours?: number | undefined
  /** Then a contact is due every this many calendar days after the last one (1–365). */
  readonly contactEveryDays?: number | undefined
  /**
   * A lead with no contact for this many calendar days (since its last contact, else its assignment or
   * creation) returns to the pool on that day (1–3,660).
   */
  readonly returnToPoolAfterDays?: number | undefined
}

/**
 * A validated lead lifecycle policy: the policy as written, with every default filled in.
 *
 * @group Leads
 */
export interface LeadPolicy {
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
  /** The policy's name. */
  readonly name?: LocalizedText | undefined
  /** Where leads come from (线索来源), at least one. */
  readonly sources: readonly LeadSource[]
  /** The states of a lead, at least one. */
  readonly states: readonly LeadState[]
  /** The state of a new lead. */
  readonly initialState: string
  /** The open state a stale lead returns to (公海 / the pool). */
  readonly poolState: string
  /** The allowed transitions; any other is refused. */
  readonly transitions: readonly LeadTransitionRule[]
  /** Screening (初步筛选和评估): the matrix that grades leads; needed by a transition with `minGrade`. */
  readonly screening?:
    | {
        /** The opportunity scoring matrix (销售机会评估矩阵) that grades a lead from its ratings. */
        readonly matrix: OpportunityScoringMatrix
      }
    | undefined
  /** Assignment rules, in order: the first that matches a lead decides. None by default. */
  readonly assignment: readonly AssignmentRule[]
  /** Follow-up cadences, in order: the first that matches a lead decides. None by default. */
  readonly followUp: readonly FollowUpCadence[]
  /**
   * The business calendar of the first-contact clock and of local dates; Monday–Friday 09:00–18:00 UTC when
   * left out.
   */
  readonly calendar?: BusinessCalendar | undefined
}

function checkLeadPolicy(p: LeadPolicy, ctx: z.RefinementCtx): void {
  checkVersionDates(p, ctx)
  checkUniqueIds(p.sources, 'id', ['sources'], ctx)
  checkUniqueIds(p.states, 'id', ['states'], ctx)
  checkUniqueIds(p.assignment, 'id', ['assignment'], ctx)
  checkUniqueIds(p.followUp, 'id', ['followUp'], ctx)
  const states = new Map(p.states.map((s) => [s.id, s]))
  const sources = new Set(p.sources.map((s) => s.id))
  const grades = p.screening ? new Set(p.screening.matrix.grades.map((g) => g.id)) : undefined
  const state = (id: string, path: PathSegment[]) => {
    if (!states.has(id)) addIssue(ctx, 'lead.unknown-state', path, { state: id })
  }
  const grade = (id: string, path: PathSegment[]) => {
    if (grades === undefined) addIssue(ctx, 'lead.no-screening', path, { grade: id })
    else if (!grades.has(id)) addIssue(ctx, 'lead.unknown-grade', path, { grade: id })
  }
  state(p.initialState, ['initialState'])
  state(p.poolState, ['poolState'])
  if (states.get(p.poolState)?.kind === 'closed')
    addIssue(ctx, 'lead.pool-closed', ['poolState'], { state: p.poolState })
  const pairs = new Set<string>()
  p.transitions.forEach((t, i) => {
    state(t.to, ['transitions', i, 'to'])
    t.from.forEach((from, k) => {
      state(from, ['transitions', i, 'from', k])
      if (pairs.has(`${from}\u0000${t.to}`))
        addIssue(ctx, 'lead.duplicate-transition', ['transitions', i, 'from', k], { from, to: t.to })
      pairs.add(`${from}\u0000${t.to}`)
    })
    if (t.minGrade !== undefined) grade(t.minGrade, ['transitions', i, 'minGrade'])
  })
  p.assignment.forEach((r, i) => {
    r.sources?.forEach((s, k) => {
      if (!sources.has(s))
        addIssue(ctx, 'lead.unknown-source', ['assignment', i, 'sources', k], { source: s })
    })
    r.grades?.forEach((g, k) => grade(g, ['assignment', i, 'grades', k]))
    if ((r.reps === undefined) === (r.team === undefined))
      addIssue(ctx, 'lead.reps-or-team', ['assignment', i], { rule: r.id })
  })
  p.followUp.forEach((r, i) => {
    r.states?.forEach((s, k) => state(s, ['followUp', i, 'states', k]))
    r.grades?.forEach((g, k) => grade(g, ['followUp', i, 'grades', k]))
    if (
      r.firstContactWithinHours === undefined &&
      r.contactEveryDays === undefined &&
      r.returnToPoolAfterDays === undefined
    )
      addIssue(ctx, 'lead.empty-cadence', ['followUp', i], { rule: r.id })
  })
}

/**
 * A lead (销售线索) as a CRM holds it.
 *
 * @group Leads
 */
export const LeadSchema = once(() =>
  z.strictObject({
    /** The lead's id. */
    id: IdSchema(),
    /** Its current state, one of the policy's states. */
    state: IdSchema(),
    /** Where it came from, one of the policy's sources. */
    source: IdSchema(),
    /** Its region (for assignment rules). */
    region: IdSchema().optional(),
    /** The product it is about (for assignment rules). */
    product: IdSchema().optional(),
    /** Its grade from screening, one of the screening matrix's grades. */
    grade: IdSchema().optional(),
    /** The rep who owns it; none while in the pool. */
    owner: IdSchema().optional(),
    /** When it was created, ISO-8601 with an offset. */
    createdAt: InstantSchema(),
    /** When it was assigned to its owner; the first-contact clock starts here (else at `createdAt`). */
    assignedAt: InstantSchema().optional(),
  }),
)

/**
 * A lead (销售线索) as passed in.
 *
 * @group Leads
 */
export interface LeadInput {
  /** The lead's id. */
  readonly id: string
  /** Its current state, one of the policy's states. */
  readonly state: string
  /** Where it came from, one of the policy's sources. */
  readonly source: string
  /** Its region (for assignment rules). */
  readonly region?: string | undefined
  /** The product it is about (for assignment rules). */
  readonly product?: string | undefined
  /** Its grade from screening, one of the screening matrix's grades. */
  readonly grade?: string | undefined
  /** The rep who owns it; none while in the pool. */
  readonly owner?: string | undefined
  /** When it was created, ISO-8601 with an offset. */
  readonly createdAt: string
  /** When it was assigned to its owner; the first-contact clock starts here (else at `createdAt`). */
  readonly assignedAt?: string | undefined
}

/**
 * A validated lead (销售线索).
 *
 * @group Leads
 */
export interface Lead {
  /** The lead's id. */
  readonly id: string
  /** Its current state, one of the policy's states. */
  readonly state: string
  /** Where it came from, one of the policy's sources. */
  readonly source: string
  /** Its region (for assignment rules). */
  readonly region?: string | undefined
  /** The product it is about (for assignment rules). */
  readonly product?: string | undefined
  /** Its grade from screening, one of the screening matrix's grades. */
  readonly grade?: string | undefined
  /** The rep who owns it; none while in the pool. */
  readonly owner?: string | undefined
  /** When it was created, ISO-8601 with an offset. */
  readonly createdAt: string
  /** When it was assigned to its owner; the first-contact clock starts here (else at `createdAt`). */
  readonly assignedAt?: string | undefined
}

/**
 * A transition a CRM is about to write (更新线索状态).
 *
 * @group Leads
 */
export const LeadEventSchema = once(() =>
  z.strictObject({
    /** The state the lead is to enter. */
    to: IdSchema(),
    /** When, ISO-8601 with an offset; it picks the policy version in force. */
    at: InstantSchema(),
    /** Why (e.g. the disqualification reason). */
    reason: z.string().min(1).max(2000).optional(),
    /** The rep who takes the lead. */
    owner: IdSchema().optional(),
    /** The lead's ratings on the screening matrix. */
    ratings: RatingsSchema().optional(),
    /** A note of the contact (沟通内容、客户反馈、下一步计划). */
    note: z.string().min(1).max(10_000).optional(),
  }),
)

/**
 * A transition a CRM is about to write (更新线索状态).
 *
 * @group Leads
 */
export interface LeadEventInput {
  /** The state the lead is to enter. */
  readonly to: string
  /** When, ISO-8601 with an offset; it picks the policy version in force. */
  readonly at: string
  /** Why (e.g. the disqualification reason). */
  readonly reason?: string | undefined
  /** The rep who takes the lead. */
  readonly owner?: string | undefined
  /** The lead's ratings on the screening matrix. */
  readonly ratings?: Readonly<Record<string, string | null>> | undefined
  /** A note of the contact (沟通内容、客户反馈、下一步计划). */
  readonly note?: string | undefined
}

/**
 * A validated transition event (更新线索状态).
 *
 * @group Leads
 */
export interface LeadEvent {
  /** The state the lead is to enter. */
  readonly to: string
  /** When, ISO-8601 with an offset; it picks the policy version in force. */
  readonly at: string
  /** Why (e.g. the disqualification reason). */
  readonly reason?: string | undefined
  /** The rep who takes the lead. */
  readonly owner?: string | undefined
  /** The lead's ratings on the screening matrix. */
  readonly ratings?: Ratings | undefined
  /** A note of the contact (沟通内容、客户反馈、下一步计划). */
  readonly note?: string | undefined
}

/**
 * A sales rep who may be given leads.
 *
 * @group Leads
 */
export const SalesRepSchema = once(() =>
  z.strictObject({
    /** The rep's id. */
    id: IdSchema(),
    /** The rep's team (for rules that assign to a team). */
    team: IdSchema().optional(),
    /** Whether the rep takes leads now (default true). */
    active: z.boolean().default(true),
    /** The rep's open leads now (default 0). */
    load: wholeNumber(0, 1_000_000_000).default(0),
    /** The most open leads the rep may hold; a rep at capacity is not eligible. No limit when left out. */
    capacity: wholeNumber(1, 1_000_000_000).optional(),
  }),
)

/**
 * A sales rep who may be given leads.
 *
 * @group Leads
 */
export interface SalesRepInput {
  /** The rep's id. */
  readonly id: string
  /** The rep's team (for rules that assign to a team). */
  readonly team?: string | undefined
  /** Whether the rep takes leads now (default true). */
  readonly active?: boolean | undefined
  /** The rep's open leads now (default 0). */
  readonly load?: number | undefined
  /** The most open leads the rep may hold; a rep at capacity is not eligible. No limit when left out. */
  readonly capacity?: number | undefined
}

/**
 * A validated sales rep, every default filled in.
 *
 * @group Leads
 */
export interface SalesRep {
  /** The rep's id. */
  readonly id: string
  /** The rep's team (for rules that assign to a team). */
  readonly team?: string | undefined
  /** Whether the rep takes leads now (default true). */
  readonly active: boolean
  /** The rep's open leads now (default 0). */
  readonly load: number
  /** The most open leads the rep may hold; a rep at capacity is not eligible. No limit when left out. */
  readonly capacity?: number | undefined
}

/**
 * A contact with a lead (跟进记录): a call, a visit, a message.
 *
 * @group Leads
 */
export const LeadContactSchema = once(() =>
  z.strictObject({
    /** The lead's id. */
    lead: IdSchema(),
    /** When, ISO-8601 with an offset. */
    at: InstantSchema(),
    /** How (e.g. `call`, `visit`); not used in any calculation. */
    channel: IdSchema().optional(),
  }),
)

/**
 * A contact with a lead (跟进记录).
 *
 * @group Leads
 */
export interface LeadContactInput {
  /** The lead's id. */
  readonly lead: string
  /** When, ISO-8601 with an offset. */
  readonly at: string
  /** How (e.g. `call`, `visit`); not used in any calculation. */
  readonly channel?: string | undefined
}

/**
 * A validated contact with a lead (跟进记录).
 *
 * @group Leads
 */
export interface LeadContact {
  /** The lead's id. */
  readonly lead: string
  /** When, ISO-8601 with an offset. */
  readonly at: string
  /** How (e.g. `call`, `visit`); not used in any calculation. */
  readonly channel?: string | undefined
}
