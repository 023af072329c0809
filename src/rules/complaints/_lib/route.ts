import { compiledVersionOn } from '../../../core/versioning'
import { checkCalendarRange } from '../../../core/calendar'
import type { PathSegment } from '../../../core/errors'
import { fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import { ComplaintSchema, type Complaint, type ComplaintRecordField } from '../../../models/complaint'
import { CLOCK_LABEL, limitOf, measure, UNIT_LABEL, type ComplaintClock } from './clock'
import { type CompiledComplaintPolicy } from './policy'

/**
 * A role a complaint goes to.
 *
 * @group Complaints
 */
export interface ComplaintRole {
  /** The role's id. */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
}

/**
 * A step of a complaint's escalation chain, after its handler.
 *
 * @group Complaints
 */
export interface ComplaintEscalation extends ComplaintRole {
  /** Why: the kind's next step (`kind`, e.g. 办公室) or the severity's escalation (`severity`, e.g. 总经理). */
  readonly reason: 'kind' | 'severity'
}

/**
 * A deadline of a complaint.
 *
 * @group Complaints
 */
export interface ComplaintDeadline {
  /** `reply` or `resolve`. */
  readonly clock: ComplaintClock
  /** The time allowed. */
  readonly amount: string
  /** Its unit: `hours` or `business-hours`. */
  readonly unit: 'hours' | 'business-hours'
  /** The last instant still in time (elapsed ≤ limit), ISO-8601 in the calendar's zone. */
  readonly due: string
}

/**
 * Where a complaint goes (投诉处理流程): who handles it, who is told after, by when it must be answered
 * and resolved, and what its record still lacks.
 *
 * @group Complaints
 */
export interface ComplaintRoute {
  /** The complaint's id. */
  readonly complaint: string
  /** Its kind. */
  readonly kind: string
  /** Its severity. */
  readonly severity: string
  /** The roles that handle it, any one of them (e.g. 销售总监或销售经理). */
  readonly handlers: readonly ComplaintRole[]
  /** The roles it goes to after the handler, in order: the kind's, then the severity's. */
  readonly escalation: readonly ComplaintEscalation[]
  /** The reply and the resolution deadlines. */
  readonly deadlines: readonly ComplaintDeadline[]
  /** The record fields the kind requires that the complaint lacks, in the policy's order. */
  readonly missingFields: readonly ComplaintRecordField[]
  /** The policy version that decided (the one in force on the day written in `received`). */
  readonly policy: PolicyStamp
  /** How the route was reached. */
  readonly trace: readonly TraceStep[]
}

const CLOCKS: readonly ComplaintClock[] = ['reply', 'resolve']

/**
 * Reads a complaint, picks the version in force on the day written in `received`, and checks its kind,
 * severity and instants against that version. @internal
 */
export function readComplaint(
  versions: readonly CompiledComplaintPolicy[],
  input: unknown,
  path: readonly PathSegment[],
): { complaint: Complaint; compiled: CompiledComplaintPolicy } {
  const complaint = parseWith(ComplaintSchema(), input, 'INVALID_INPUT', path)
  for (const key of ['received', 'replied', 'resolved'] as const) {
    const value = complaint[key]
    if (value !== undefined) checkCalendarRange(value, [...path, key])
  }
  const compiled = compiledVersionOn(versions, complaint.received.slice(0, 10), [...path, 'received'])
  if (!compiled.kinds.has(complaint.kind))
    fail('INVALID_INPUT', 'complaint.unknown-kind', [...path, 'kind'], { kind: complaint.kind })
  if (!compiled.severities.has(complaint.severity))
    fail('INVALID_INPUT', 'complaint.unknown-severity', [...path, 'severity'], {
      severity: complaint.severity,
    })
  return { complaint, compiled }
}

function roleOf(compiled: CompiledComplaintPolicy, role: string): ComplaintRole {
  return { role, label: compiled.roles.get(role) as LocalizedText }
}

/** The route of a validated complaint under its version. @internal */
function routeOf(
  compiled: CompiledComplaintPolicy,
  complaint: Complaint,
  path: readonly PathSegment[],
): ComplaintRoute {
  const { policy } = compiled
  const kind = compiled.kinds.get(complaint.kind) as NonNullable<ReturnType<typeof compiled.kinds.get>>
  const severity = compiled.severities.get(complaint.severity) as NonNullable<
    ReturnType<typeof compiled.severities.get>
  >
  const trace: TraceStep[] = [
    step('complaint.intake', { id: complaint.id, kind: kind.label, severity: severity.label }),
  ]
  const handlers = kind.handlers.map((r) => roleOf(compiled, r))
  trace.push(step('complaint.handlers', { roles: labels(handlers) }))
  const seen = new Set(kind.handlers)
  const escalation: ComplaintEscalation[] = []
  const add = (role: string, reason: ComplaintEscalation['reason']) => {
    if (seen.has(role)) return
    seen.add(role)
    escalation.push({ ...roleOf(compiled, role), reason })
  }
  kind.then.forEach((r) => add(r, 'kind'))
  severity.escalateTo.forEach((r) => add(r, 'severity'))
  escalation.forEach((e, i) =>
    trace.push(
      e.reason === 'kind'
        ? step('complaint.then', { n: i + 1, role: e.label, kind: kind.label })
        : step('complaint.escalate', { n: i + 1, role: e.label, severity: severity.label }),
    ),
  )
  const received = Date.parse(complaint.received)
  const deadlines = CLOCKS.map((clock): ComplaintDeadline => {
    const limit = limitOf(policy, severity, clock)
    const { due } = measure(clock, limit, complaint.received, undefined, received, compiled.calendar, path, [
      ...path,
      'received',
    ])
    trace.push(
      step('complaint.deadline', {
        clock: CLOCK_LABEL[clock],
        amount: limit.amount.toString(),
        unit: UNIT_LABEL[limit.unit],
        due,
      }),
    )
    return { clock, amount: limit.amount.toString(), unit: limit.unit, due }
  })
  const missingFields = kind.requiredFields.filter((f) => complaint.record[f] === undefined)
  if (kind.requiredFields.length > 0)
    trace.push(
      missingFields.length === 0
        ? step('complaint.record-complete', { kind: kind.label })
        : step('complaint.record-missing', { kind: kind.label, fields: fieldLabels(missingFields) }),
    )
  return {
    complaint: complaint.id,
    kind: kind.id,
    severity: severity.id,
    handlers,
    escalation,
    deadlines,
    missingFields,
    policy: compiled.stamp,
    trace,
  }
}

const FIELD_LABEL: Readonly<Record<ComplaintRecordField, readonly [string, string]>> = {
  receipt: ['receipt', '票据'],
  product: ['product', '品名'],
  specification: ['specification', '规格'],
  quantity: ['quantity', '数量'],
  grade: ['grade', '等级'],
  colourCode: ['colour code', '色号'],
  purchaseDate: ['purchase date', '购买日期'],
}

/** Record field names joined for a sentence, in both languages. */
function fieldLabels(fields: readonly ComplaintRecordField[]): LocalizedText {
  return {
    en: fields.map((f) => FIELD_LABEL[f][0]).join(', '),
    'zh-CN': fields.map((f) => FIELD_LABEL[f][1]).join('、'),
  }
}

/** Role names joined for a sentence, in both languages. */
function labels(roles: readonly ComplaintRole[]): LocalizedText {
  const text = (r: ComplaintRole, locale: 'en' | 'zh-CN') =>
    typeof r.label === 'string'
      ? r.label
      : ((locale === 'en' ? r.label.en : r.label['zh-CN']) ?? r.label.en ?? r.label['zh-CN'] ?? r.role)
  return {
    en: roles.map((r) => text(r, 'en')).join(' or '),
    'zh-CN': roles.map((r) => text(r, 'zh-CN')).join('或'),
  }
}

/** Routes one complaint: validates it, picks the version, and routes it. @internal */
export function decideRoute(versions: readonly CompiledComplaintPolicy[], input: unknown): ComplaintRoute {
  const { complaint, compiled } = readComplaint(versions, input, ['complaint'])
  return routeOf(compiled, complaint, ['complaint'])
}
