import { compiledVersionOn } from '../../../core/versioning'
import * as z from 'zod'
import { checkCalendarRange, formatInstant, lastBusinessInstant } from '../../../core/calendar'
import type { CompiledCalendar } from '../../../core/calendar'
import { checkUniqueIds, fail, InstantSchema, parseWith, whenValid } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import { LeadContactSchema, LeadSchema, type LeadPolicy } from '../../../models/lead'
import { checkLeadFields, type CompiledLeadPolicy } from './policy'
import { once } from '../../../core/once'

const DAY = 86_400_000

/**
 * The first-contact clock of a lead (首次联系时限).
 *
 * @group Leads
 */
export interface FirstContactCheck {
  /** The business hours allowed. */
  readonly withinHours: number
  /** The deadline: the last instant at which that much working time has passed since the clock started. */
  readonly due: string
  /** The first contact at or after the clock started (up to `asOf`), as written, or `null`. */
  readonly at: string | null
  /**
   * `met` (at or before `due`), `late` (after it), `pending` (none yet, not due) or `overdue` (none, past
   * due).
   */
  readonly status: 'met' | 'late' | 'pending' | 'overdue'
}

/**
 * The follow-up cadence of a lead after its first contact (跟进频率).
 *
 * @group Leads
 */
export interface CadenceCheck {
  /** A contact is due every this many days. */
  readonly everyDays: number
  /** The local date of the last contact (or of the assignment when there was none since), `YYYY-MM-DD`. */
  readonly since: string
  /** The day the next contact is due: `since` + `everyDays`; on that day it is not missed yet. */
  readonly due: string
  /** `ok` or `missed` (the `asOf` date is after `due`). */
  readonly status: 'ok' | 'missed'
  /** Days past `due` (0 when not missed). */
  readonly daysOverdue: number
}

/**
 * Whether a stale lead returns to the pool (rotting, 公海回收).
 *
 * @group Leads
 */
export interface RottingCheck {
  /** The local date of the last activity: the last contact, else the assignment or creation. */
  readonly since: string
  /** Whole days from `since` to the `asOf` date. */
  readonly days: number
  /** The policy's limit, `returnToPoolAfterDays`. */
  readonly after: number
  /** Whether the lead returns to the pool: `days ≥ after` (on the day the limit is reached). */
  readonly returnToPool: boolean
}

/**
 * The follow-up findings of one lead.
 *
 * @group Leads
 */
export interface LeadFollowUp {
  /** The lead's id. */
  readonly lead: string
  /** Its owner, or `null`. */
  readonly owner: string | null
  /** Its state. */
  readonly state: string
  /** The follow-up rule that applied. */
  readonly rule: string
  /** The first-contact clock, when the rule has one. */
  readonly firstContact: FirstContactCheck | null
  /** The cadence, when the rule has one and it applies (after the first contact, when that has a clock). */
  readonly cadence: CadenceCheck | null
  /** The rotting check, when the rule has one and the lead is not in the pool already. */
  readonly rotting: RottingCheck | null
  /** The findings, as sentences. */
  readonly trace: readonly TraceStep[]
}

/**
 * The follow-up check of a batch of leads against their contacts.
 *
 * @group Leads
 */
export interface LeadFollowUpReport {
  /** The instant of the check. */
  readonly asOf: string
  /** Open leads checked (leads in a closed state are not). */
  readonly checked: number
  /**
   * The leads with at least one finding (an overdue or late first contact, a missed cadence, rotting), in
   * input order.
   */
  readonly leads: readonly LeadFollowUp[]
  /** Leads with no first contact past its deadline. */
  readonly overdueFirstContacts: readonly string[]
  /** Leads whose first contact came after its deadline. */
  readonly lateFirstContacts: readonly string[]
  /** Leads whose next contact is past due. */
  readonly missedCadences: readonly string[]
  /** Leads to return to the pool. */
  readonly returnToPool: readonly string[]
  /** Contacts not counted: of leads not in the batch, or after `asOf`. */
  readonly contactsIgnored: number
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** A summary. */
  readonly trace: readonly TraceStep[]
}

/** A lead as the follow-up stage reads it (validated, or read by the plain reader). @internal */
export interface FollowUpLead {
  readonly id: string
  readonly state: string
  readonly source: string
  readonly grade?: string | undefined
  readonly owner?: string | undefined
  readonly createdAt: string
  readonly assignedAt?: string | undefined
}

/** A contact as the follow-up stage reads it. @internal */
export interface FollowUpContact {
  readonly lead: string
  readonly at: string
}

const LeadsSchema = once(() =>
  z
    .array(LeadSchema())
    .max(1_000_000)
    .check(whenValid((leads, ctx) => checkUniqueIds(leads, 'id', [], ctx))),
)
const ContactsSchema = once(() => z.array(LeadContactSchema()).max(1_000_000))

/** Validates the arguments on the exact path. @internal */
export function parseFollowUpInput(
  rawLeads: unknown,
  rawContacts: unknown,
): { leads: readonly FollowUpLead[]; contacts: readonly FollowUpContact[] } {
  const leads = parseWith(LeadsSchema(), rawLeads, 'INVALID_INPUT', ['leads'])
  const contacts = parseWith(ContactsSchema(), rawContacts, 'INVALID_INPUT', ['contacts'])
  leads.forEach((l, i) => {
    checkCalendarRange(l.createdAt, ['leads', i, 'createdAt'])
    if (l.assignedAt !== undefined) checkCalendarRange(l.assignedAt, ['leads', i, 'assignedAt'])
  })
  contacts.forEach((c, i) => checkCalendarRange(c.at, ['contacts', i, 'at']))
  return { leads, contacts }
}

/** The `asOf` instant, validated. @internal */
export function parseAsOf(raw: unknown): string {
  const asOf = parseWith(InstantSchema(), raw, 'INVALID_INPUT', ['asOf'])
  checkCalendarRange(asOf, ['asOf'])
  return asOf
}

type Cadence = LeadPolicy['followUp'][number]

function cadenceFor(rules: readonly Cadence[], lead: FollowUpLead): Cadence | undefined {
  return rules.find(
    (r) =>
      (r.states === undefined || r.states.includes(lead.state)) &&
      (r.grades === undefined || (lead.grade !== undefined && r.grades.includes(lead.grade))),
  )
}

/** Local dates of instants and their day numbers, in the calendar's zone. */
function localDays(cal: CompiledCalendar) {
  const numbers = new Map<string, number>()
  const dateAt = (ms: number) => cal.dayAt(ms).date
  const numberOf = (date: string) => {
    let n = numbers.get(date)
    if (n === undefined) {
      n = Date.parse(date) / DAY
      numbers.set(date, n)
    }
    return n
  }
  const dateOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10)
  return { dateAt, numberOf, dateOf }
}

/**
 * The follow-up check proper, on validated (or plainly read) leads and contacts: one pass over the contacts
 * (the first contact at or after each lead's clock start, and the last, up to `asOf`), then one over the
 * leads. @internal
 */
export function checkFollowUps(
  versions: readonly CompiledLeadPolicy[],
  leads: readonly FollowUpLead[],
  contacts: readonly FollowUpContact[],
  asOf: string,
): LeadFollowUpReport {
  const v = compiledVersionOn(versions, asOf.slice(0, 10), ['asOf'])
  const open = leads.map((l, i) => checkLeadFields(v, l, ['leads', i]).kind === 'open')
  const n = leads.length
  const asOfMs = Date.parse(asOf)
  const index = new Map<string, number>()
  const start = new Float64Array(n)
  for (let i = 0; i < n; i += 1) {
    const lead = leads[i] as FollowUpLead
    index.set(lead.id, i)
    start[i] = Date.parse(lead.assignedAt ?? lead.createdAt)
  }
  const first = new Int32Array(n).fill(-1)
  const firstMs = new Float64Array(n).fill(Infinity)
  const lastMs = new Float64Array(n).fill(-Infinity)
  let ignored = 0
  for (let k = 0; k < contacts.length; k += 1) {
    const c = contacts[k] as FollowUpContact
    const i = index.get(c.lead)
    const t = Date.parse(c.at)
    if (i === undefined || t > asOfMs) {
      ignored += 1
      continue
    }
    if (t >= (start[i] as number) && t < (firstMs[i] as number)) {
      firstMs[i] = t
      first[i] = k
    }
    if (t > (lastMs[i] as number)) lastMs[i] = t
  }
  const cal = v.calendar
  const days = localDays(cal)
  const today = days.numberOf(days.dateAt(asOfMs))
  const found: LeadFollowUp[] = []
  const overdue: string[] = []
  const late: string[] = []
  const missed: string[] = []
  const pool: string[] = []
  let checked = 0
  for (let i = 0; i < n; i += 1) {
    if (!open[i]) continue
    checked += 1
    const lead = leads[i] as FollowUpLead
    const rule = cadenceFor(v.policy.followUp, lead)
    if (rule === undefined) continue
    const from = start[i] as number
    const trace: TraceStep[] = []
    let firstContact: FirstContactCheck | null = null
    if (rule.firstContactWithinHours !== undefined) {
      const hours = rule.firstContactWithinHours
      const dueMs = lastBusinessInstant(cal, from, hours * 3_600_000)
      if (dueMs === undefined)
        fail(
          'INVALID_INPUT',
          'calendar.span-too-long',
          ['leads', i, lead.assignedAt ? 'assignedAt' : 'createdAt'],
          {
            start: lead.assignedAt ?? lead.createdAt,
            max: 3660,
          },
        )
      const k = first[i] as number
      const at = k < 0 ? null : (contacts[k] as FollowUpContact).at
      const status =
        at !== null
          ? (firstMs[i] as number) <= dueMs
            ? 'met'
            : 'late'
          : asOfMs > dueMs
            ? 'overdue'
            : 'pending'
      const due = formatInstant(dueMs, cal.timeZone, cal)
      firstContact = { withinHours: hours, due, at, status }
      if (status === 'overdue') {
        overdue.push(lead.id)
        trace.push(step('lead.first-contact-overdue', { lead: lead.id, due, hours }))
      } else if (status === 'late') {
        late.push(lead.id)
        trace.push(step('lead.first-contact-late', { lead: lead.id, at: at as string, due, hours }))
      }
    }
    const sinceMs = Math.max(lastMs[i] as number, from)
    const sinceDay = days.numberOf(days.dateAt(sinceMs))
    let cadence: CadenceCheck | null = null
    if (rule.contactEveryDays !== undefined && (firstContact === null || first[i] !== -1)) {
      const dueDay = sinceDay + rule.contactEveryDays
      const daysOverdue = Math.max(0, today - dueDay)
      const since = days.dateOf(sinceDay)
      const due = days.dateOf(dueDay)
      cadence = {
        everyDays: rule.contactEveryDays,
        since,
        due,
        status: daysOverdue > 0 ? 'missed' : 'ok',
        daysOverdue,
      }
      if (daysOverdue > 0) {
        missed.push(lead.id)
        trace.push(
          step('lead.cadence-missed', {
            lead: lead.id,
            since,
            due,
            days: rule.contactEveryDays,
            overdue: daysOverdue,
          }),
        )
      }
    }
    let rotting: RottingCheck | null = null
    if (rule.returnToPoolAfterDays !== undefined && lead.state !== v.policy.poolState) {
      const after = rule.returnToPoolAfterDays
      const idle = today - sinceDay
      rotting = { since: days.dateOf(sinceDay), days: idle, after, returnToPool: idle >= after }
      if (idle >= after) {
        pool.push(lead.id)
        trace.push(step('lead.return-to-pool', { lead: lead.id, since: rotting.since, days: idle, after }))
      }
    }
    if (trace.length > 0)
      found.push({
        lead: lead.id,
        owner: lead.owner ?? null,
        state: lead.state,
        rule: rule.id,
        firstContact,
        cadence,
        rotting,
        trace,
      })
  }
  const summary = step('lead.follow-up-summary', {
    checked,
    asOf,
    overdue: overdue.length,
    late: late.length,
    missed: missed.length,
    pool: pool.length,
  })
  return {
    asOf,
    checked,
    leads: found,
    overdueFirstContacts: overdue,
    lateFirstContacts: late,
    missedCadences: missed,
    returnToPool: pool,
    contactsIgnored: ignored,
    policy: v.stamp,
    trace: [summary],
  }
}
