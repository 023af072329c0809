import { BusinessCalendarSchema, compileCalendar, type CompiledCalendar } from '../../../core/calendar'
import type { PathSegment } from '../../../core/errors'
import { fail, parseWith } from '../../../core/schema'
import { readPolicyArgument, stampOf, versionListOf, type PolicyStamp } from '../../../core/versioning'
import { LeadPolicySchema, type LeadPolicy, type LeadPolicyInput } from '../../../models/lead'
import {
  compileScoringMatrix,
  type ScoringMatrixEvaluator,
} from '../../opportunity-scoring/compileScoringMatrix'
import { once } from '../../../core/once'

/**
 * One lead policy, or the list of its versions (no two in force on the same day).
 *
 * @group Leads
 */
export type LeadPolicies = LeadPolicyInput | readonly LeadPolicyInput[]

type State = LeadPolicy['states'][number]
type Transition = LeadPolicy['transitions'][number]

/** A validated version with its lookup tables. @internal */
export interface CompiledLeadPolicy {
  readonly policy: LeadPolicy
  readonly stamp: PolicyStamp
  /** The path of the version in the argument (`[]` for a single policy, `[i]` in a list). */
  readonly path: readonly PathSegment[]
  readonly states: ReadonlyMap<string, State>
  readonly sources: ReadonlyMap<string, LeadPolicy['sources'][number]>
  /** `from → to → transition`. */
  readonly transitions: ReadonlyMap<string, ReadonlyMap<string, Transition>>
  /** The screening matrix's grades, lowest first, by id → rank. */
  readonly gradeRank: ReadonlyMap<string, number> | undefined
  readonly matrix: ScoringMatrixEvaluator | undefined
  readonly calendar: CompiledCalendar
}

const VersionsSchema = once(() => versionListOf(LeadPolicySchema()))

function compileVersion(policy: LeadPolicy, path: readonly PathSegment[]): CompiledLeadPolicy {
  const transitions = new Map<string, Map<string, Transition>>()
  for (const t of policy.transitions) {
    for (const from of t.from) {
      const out = transitions.get(from) ?? new Map<string, Transition>()
      out.set(t.to, t)
      transitions.set(from, out)
    }
  }
  const matrix = policy.screening ? compileScoringMatrix(policy.screening.matrix) : undefined
  return {
    policy,
    stamp: stampOf(policy),
    path,
    states: new Map(policy.states.map((s) => [s.id, s])),
    sources: new Map(policy.sources.map((s) => [s.id, s])),
    transitions,
    gradeRank: matrix ? new Map(matrix.matrix.grades.map((g, i) => [g.id, i])) : undefined,
    matrix,
    calendar: compileCalendar(policy.calendar ?? BusinessCalendarSchema().parse({})),
  }
}

/** Validates one policy or a list of versions, and prepares each version. @internal */
export function compileVersions(raw: unknown): readonly CompiledLeadPolicy[] {
  const input = readPolicyArgument(raw)
  if (input.list)
    return parseWith(VersionsSchema(), input.versions, 'INVALID_POLICY').map((p, i) => compileVersion(p, [i]))
  return [compileVersion(parseWith(LeadPolicySchema(), input.policy, 'INVALID_POLICY'), [])]
}

/** The state of a lead, or `INVALID_INPUT` (`lead.unknown-state`) at `path`. @internal */
export function stateOf(v: CompiledLeadPolicy, id: string, path: readonly PathSegment[]): State {
  const state = v.states.get(id)
  if (state === undefined) fail('INVALID_INPUT', 'lead.unknown-state', path, { state: id })
  return state
}

/** Checks the source and grade of a lead against the policy. @internal */
export function checkLeadFields(
  v: CompiledLeadPolicy,
  lead: { readonly source: string; readonly grade?: string | undefined; readonly state: string },
  path: readonly PathSegment[],
): State {
  const state = stateOf(v, lead.state, [...path, 'state'])
  if (!v.sources.has(lead.source))
    fail('INVALID_INPUT', 'lead.unknown-source', [...path, 'source'], { source: lead.source })
  if (lead.grade !== undefined && v.gradeRank !== undefined && !v.gradeRank.has(lead.grade))
    fail('INVALID_INPUT', 'lead.unknown-grade', [...path, 'grade'], { grade: lead.grade })
  return state
}
