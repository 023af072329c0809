import { compiledVersionOn } from '../../../core/versioning'
import * as z from 'zod'
import { checkUniqueIds, IdSchema, InstantSchema, parseWith, whenValid } from '../../../core/schema'
import { step, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import {
  LeadSchema,
  SalesRepSchema,
  type AssignmentMethod,
  type Lead,
  type LeadInput,
  type LeadPolicy,
  type SalesRep,
  type SalesRepInput,
} from '../../../models/lead'
import { checkLeadFields, type CompiledLeadPolicy } from './policy'
import { once } from '../../../core/once'

/**
 * Options of {@link assignLead}.
 *
 * @group Leads
 */
export const AssignLeadOptionsSchema = once(() =>
  z.strictObject({
    /**
     * The round-robin cursor: for each assignment rule's id, the rep it assigned last. Pass back the
     * `nextCursor` of the previous assignment; empty (start from the first rep) when left out.
     */
    cursor: z.record(IdSchema(), IdSchema()).default({}),
    /**
     * When the lead is assigned; it picks the policy version in force (default: `assignedAt`, else
     * `createdAt`).
     */
    asOf: InstantSchema().optional(),
  }),
)

/**
 * Options of {@link assignLead}.
 *
 * @group Leads
 */
export interface AssignLeadOptions {
  /**
   * The round-robin cursor: for each assignment rule's id, the rep it assigned last. Pass back the
   * `nextCursor` of the previous assignment; empty (start from the first rep) when left out.
   */
  readonly cursor?: Readonly<Record<string, string>> | undefined
  /**
   * When the lead is assigned; it picks the policy version in force (default: `assignedAt`, else
   * `createdAt`).
   */
  readonly asOf?: string | undefined
}

const RepsSchema = once(() =>
  z
    .array(SalesRepSchema())
    .max(100_000)
    .check(whenValid((reps, ctx) => checkUniqueIds(reps, 'id', [], ctx))),
)

/**
 * Who gets a lead (线索分配), and why.
 *
 * @group Leads
 */
export interface LeadAssignment {
  /** The lead's id. */
  readonly lead: string
  /**
   * The rep who gets it, or `null` (no rule matched, or no rep of the rule is eligible: it stays in the
   * pool).
   */
  readonly owner: string | null
  /** The assignment rule that matched, or `null`. */
  readonly rule: string | null
  /** That rule's method, or `null`. */
  readonly method: AssignmentMethod | null
  /** `assigned`, `no-rule` or `no-eligible-rep`. */
  readonly reason: 'assigned' | 'no-rule' | 'no-eligible-rep'
  /** The eligible reps of the rule, in the order they were considered (after the cursor). */
  readonly eligible: readonly string[]
  /** The cursor to pass to the next assignment: the given one with this rule's last rep updated. */
  readonly nextCursor: Readonly<Record<string, string>>
  /** The policy version that decided. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

type Rule = LeadPolicy['assignment'][number]

/** Whether a rule takes a lead: every criterion it gives holds. @internal */
function ruleMatches(rule: Rule, lead: Lead): boolean {
  const has = (list: readonly string[] | undefined, value: string | undefined) =>
    list === undefined || (value !== undefined && list.includes(value))
  return (
    has(rule.sources, lead.source) &&
    has(rule.regions, lead.region) &&
    has(rule.products, lead.product) &&
    has(rule.grades, lead.grade)
  )
}

/** The rule's reps in round-robin order: as listed, or the team's by id. */
function orderOf(rule: Rule, reps: readonly SalesRep[]): readonly string[] {
  if (rule.reps !== undefined) return rule.reps
  return reps
    .filter((r) => r.team === rule.team)
    .map((r) => r.id)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** The assignment methods in words. */
const METHOD_LABEL: Readonly<Record<Rule['method'], { en: string; 'zh-CN': string }>> = {
  'round-robin': { en: 'round-robin', 'zh-CN': '轮流分配' },
  load: { en: 'by load', 'zh-CN': '按负荷分配' },
}

/** The position the rotation starts after: the last rep's, or where it would sort in a team. */
function positionOf(rule: Rule, order: readonly string[], last: string | undefined): number {
  if (last === undefined) return -1
  const at = order.indexOf(last)
  if (at >= 0 || rule.reps !== undefined) return at
  return order.filter((id) => id < last).length - 1
}

/** Assigns one lead with the version in force. @internal */
export function decideAssignment(
  versions: readonly CompiledLeadPolicy[],
  rawLead: LeadInput,
  rawReps: readonly SalesRepInput[],
  rawOptions: unknown,
): LeadAssignment {
  const lead = parseWith(LeadSchema(), rawLead, 'INVALID_INPUT', ['lead'])
  const reps = parseWith(RepsSchema(), rawReps, 'INVALID_INPUT', ['reps'])
  const options = parseWith(AssignLeadOptionsSchema(), rawOptions ?? {}, 'INVALID_INPUT', ['options'])
  const at = options.asOf ?? lead.assignedAt ?? lead.createdAt
  const atPath =
    options.asOf !== undefined
      ? ['options', 'asOf']
      : lead.assignedAt !== undefined
        ? ['lead', 'assignedAt']
        : ['lead', 'createdAt']
  const v = compiledVersionOn(versions, at.slice(0, 10), atPath)
  checkLeadFields(v, lead, ['lead'])
  const trace: TraceStep[] = []
  const base = { lead: lead.id, policy: v.stamp }
  const rule = v.policy.assignment.find((r) => ruleMatches(r, lead))
  if (rule === undefined) {
    trace.push(step('lead.no-rule', { lead: lead.id }))
    const none = { owner: null, rule: null, method: null, eligible: [], nextCursor: options.cursor }
    return { ...base, ...none, reason: 'no-rule', trace }
  }
  trace.push(
    step('lead.rule-matched', { lead: lead.id, rule: rule.label, method: METHOD_LABEL[rule.method] }),
  )
  const byId = new Map(reps.map((r) => [r.id, r]))
  const order = orderOf(rule, reps)
  const last = options.cursor[rule.id]
  const start = positionOf(rule, order, last) + 1
  const eligible: SalesRep[] = []
  for (let k = 0; k < order.length; k += 1) {
    const id = order[(start + k) % order.length] as string
    const rep = byId.get(id)
    if (rep === undefined) trace.push(step('lead.rep-unknown', { rep: id }))
    else if (!rep.active) trace.push(step('lead.rep-inactive', { rep: id }))
    else if (rep.capacity !== undefined && rep.load >= rep.capacity)
      trace.push(step('lead.rep-at-capacity', { rep: id, load: rep.load, capacity: rep.capacity }))
    else eligible.push(rep)
  }
  const chosen =
    rule.method === 'round-robin'
      ? eligible[0]
      : eligible.reduce<SalesRep | undefined>(
          (best, r) => (best === undefined || r.load < best.load ? r : best),
          undefined,
        )
  const picked = { rule: rule.id, method: rule.method, eligible: eligible.map((r) => r.id) }
  if (chosen === undefined) {
    trace.push(step('lead.no-eligible', { rule: rule.label }))
    return { ...base, ...picked, owner: null, reason: 'no-eligible-rep', nextCursor: options.cursor, trace }
  }
  trace.push(
    rule.method === 'round-robin'
      ? last === undefined
        ? step('lead.assigned-round-robin-first', { rep: chosen.id })
        : step('lead.assigned-round-robin', { rep: chosen.id, after: last })
      : step('lead.assigned-load', { rep: chosen.id, load: chosen.load }),
  )
  const nextCursor = { ...options.cursor, [rule.id]: chosen.id }
  return { ...base, ...picked, owner: chosen.id, reason: 'assigned', nextCursor, trace }
}
