import { compiledVersionOn } from '../../../core/versioning'
import type { Decimal } from '../../../core/decimal'
import { atPath, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import {
  LEAD_EVENT_FIELDS,
  LeadEventSchema,
  LeadSchema,
  type LeadEvent,
  type LeadEventField,
  type LeadEventInput,
  type LeadInput,
} from '../../../models/lead'
import { checkLeadFields, stateOf, type CompiledLeadPolicy } from './policy'

/**
 * Why a transition was refused: the rule, and the value and limit it compared.
 *
 * @group Leads
 */
export interface LeadRefusal {
  /**
   * `transition-not-allowed` (no transition from the lead's state to the target), `field-missing` (the
   * event lacks a field the transition requires) or `grade-below` (screening graded the lead below the
   * transition's `minGrade`).
   */
  readonly rule: 'transition-not-allowed' | 'field-missing' | 'grade-below'
  /** The event field at fault (`field-missing`: the field; `grade-below`: `ratings`), else `null`. */
  readonly field: LeadEventField | null
  /** The grade reached (`grade-below`), else `null`. */
  readonly value: string | null
  /** The lowest grade allowed (`grade-below`), else `null`. */
  readonly limit: string | null
}

/**
 * The screening grade of a transition event's ratings.
 *
 * @group Leads
 */
export interface LeadScreening {
  /** The score out of 100 (truncated to 4 decimals). */
  readonly score: Decimal
  /** The grade after gates. */
  readonly grade: string
  /** Its label. */
  readonly label: LocalizedText
}

/**
 * Whether a lead may enter a state, and why.
 *
 * @group Leads
 */
export interface LeadTransitionDecision {
  /** The lead's id. */
  readonly lead: string
  /** The state it is in. */
  readonly from: string
  /** The state asked for. */
  readonly to: string
  /** Whether the transition is allowed. */
  readonly accepted: boolean
  /** The lead's state after the event: `to` when accepted, else `from`. */
  readonly state: string
  /** The rules that refused it (empty when accepted). */
  readonly refusals: readonly LeadRefusal[]
  /** The screening of the event's ratings, when it carried ratings and the policy screens; else `null`. */
  readonly screening: LeadScreening | null
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

function refusal(
  rule: LeadRefusal['rule'],
  field: LeadEventField | null = null,
  value: string | null = null,
  limit: string | null = null,
): LeadRefusal {
  return { rule, field, value, limit }
}

function screen(v: CompiledLeadPolicy, event: LeadEvent): LeadScreening | null {
  if (event.ratings === undefined || v.matrix === undefined) return null
  const scored = v.matrix.score(event.ratings)
  return { score: scored.score, grade: scored.grade, label: scored.gradeLabel }
}

/** Decides one transition with the version in force on the event's date. @internal */
export function decideTransition(
  versions: readonly CompiledLeadPolicy[],
  rawLead: LeadInput,
  rawEvent: LeadEventInput,
): LeadTransitionDecision {
  const lead = parseWith(LeadSchema(), rawLead, 'INVALID_INPUT', ['lead'])
  const event = parseWith(LeadEventSchema(), rawEvent, 'INVALID_INPUT', ['event'])
  const v = compiledVersionOn(versions, event.at.slice(0, 10), ['event', 'at'])
  const from = checkLeadFields(v, lead, ['lead'])
  const to = stateOf(v, event.to, ['event', 'to'])
  // the matrix reports `ratings.<key>`: the event's field
  const screening = atPath(['event'], () => screen(v, event))
  const trace: TraceStep[] = []
  const refusals: LeadRefusal[] = []
  const rule = v.transitions.get(lead.state)?.get(event.to)
  if (rule === undefined) {
    refusals.push(refusal('transition-not-allowed'))
    trace.push(step('lead.transition-not-allowed', { lead: lead.id, from: from.label, to: to.label }))
  } else {
    trace.push(step('lead.transition-allowed', { lead: lead.id, from: from.label, to: to.label }))
    for (const field of LEAD_EVENT_FIELDS) {
      if (rule.requires.includes(field) && event[field] === undefined) {
        refusals.push(refusal('field-missing', field))
        trace.push(step('lead.field-missing', { to: to.label, field }))
      }
    }
    if (rule.minGrade !== undefined) {
      if (screening === null) {
        if (!refusals.some((r) => r.field === 'ratings')) {
          refusals.push(refusal('field-missing', 'ratings'))
          trace.push(step('lead.field-missing', { to: to.label, field: 'ratings' }))
        }
      } else {
        const ranks = v.gradeRank as ReadonlyMap<string, number>
        const params = {
          grade: screening.label,
          score: screening.score,
          minGrade: rule.minGrade,
          to: to.label,
        }
        trace.push(step('lead.screened', params))
        if ((ranks.get(screening.grade) ?? 0) < (ranks.get(rule.minGrade) ?? 0)) {
          refusals.push(refusal('grade-below', 'ratings', screening.grade, rule.minGrade))
          trace.push(step('lead.grade-below', params))
        } else trace.push(step('lead.grade-ok', params))
      }
    }
  }
  const accepted = refusals.length === 0
  trace.push(
    accepted
      ? step('lead.accepted', { lead: lead.id, to: to.label })
      : step('lead.refused', { lead: lead.id, to: to.label, count: refusals.length }),
  )
  return {
    lead: lead.id,
    from: lead.state,
    to: event.to,
    accepted,
    state: accepted ? event.to : lead.state,
    refusals,
    screening,
    policy: v.stamp,
    trace,
  }
}
