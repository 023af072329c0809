import { compiledVersionOn } from '../../../core/versioning'
import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import * as z from 'zod'
import { shiftDate, toDate, toText } from '../../../core/dates'
import type { Decimal } from '../../../core/decimal'
import { DateSchema, fail, parseWith } from '../../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../../core/trace'
import type { PolicyStamp } from '../../../core/versioning'
import {
  TraineeSchema,
  TrainingResultSchema,
  type TrainingPolicy,
  type TrainingResult,
} from '../../../models/training'
import { type CompiledTrainingPolicy } from './policy'
import { once } from '../../../core/once'

/**
 * The options of a certification check.
 *
 * @group Training
 */
export interface CertificationOptions {
  /** The day of the check, `YYYY-MM-DD`; it picks the version in force, and later results do not count. */
  readonly asOf: string
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema() }))

/**
 * Where a required course stands on the day of the check.
 *
 * @group Training
 */
export type CourseStatusKind =
  'valid' | 'expiring' | 'expired' | 'failed' | 'missing' | 'prerequisite-missing'

/**
 * One required course of the person's role on the day of the check.
 *
 * @group Training
 */
export interface CourseStatus {
  /** The course's id. */
  readonly course: string
  /** Its name. */
  readonly label: LocalizedText
  /**
   * `valid` (a pass in date), `expiring` (valid, ending within `expiringWithinDays`), `expired` (the last
   * pass ended before `asOf`), `failed` (taken, never passed), `missing` (never taken),
   * `prerequisite-missing` (passed, but not after its prerequisites).
   */
  readonly status: CourseStatusKind
  /** The day of the pass that counts; `null` without one. */
  readonly passedOn: string | null
  /** Its score (the best score of the attempts for `failed`); `null` for a course without a pass mark. */
  readonly score: Decimal | null
  /** The course's pass mark; `null` without one. */
  readonly passMark: Decimal | null
  /** The last valid day of the pass (inclusive); `null` when it does not expire or there is none. */
  readonly validUntil: string | null
  /** Days from `asOf` to `validUntil` (0 on the last valid day); `null` when it does not expire. */
  readonly daysLeft: number | null
}

/**
 * A required course the person does not hold a valid pass of.
 *
 * @group Training
 */
export interface MissingCourse {
  /** The course's id. */
  readonly course: string
  /** Its name. */
  readonly label: LocalizedText
  /** Why: never taken, failed, expired, or passed before its prerequisites. */
  readonly reason: 'never-taken' | 'failed' | 'expired' | 'prerequisite'
}

/**
 * A valid pass that ends soon: renew it.
 *
 * @group Training
 */
export interface ExpiringCourse {
  /** The course's id. */
  readonly course: string
  /** Its name. */
  readonly label: LocalizedText
  /** The last valid day (inclusive). */
  readonly validUntil: string
  /** Days left from `asOf` (0: today is the last valid day). */
  readonly daysLeft: number
}

/**
 * Whether a person may work in their role (上岗), and why.
 *
 * @group Training
 */
export interface CertificationDecision {
  /** The person's id. */
  readonly person: string
  /** Their role. */
  readonly role: string
  /** The day of the check. */
  readonly asOf: string
  /** True when every required course has a valid pass (an expiring one still counts). */
  readonly mayWork: boolean
  /** Each required course of the role, in the policy's order. */
  readonly courses: readonly CourseStatus[]
  /** The required courses without a valid pass, in the policy's order. */
  readonly missing: readonly MissingCourse[]
  /** The valid passes that end within `expiringWithinDays`, in the policy's order. */
  readonly expiring: readonly ExpiringCourse[]
  /** The policy version in force on `asOf`. */
  readonly policy: PolicyStamp
  /** How the decision was reached. */
  readonly trace: readonly TraceStep[]
}

type Course = TrainingPolicy['courses'][number]

interface Pass {
  readonly date: string
  readonly validUntil: string | null
  readonly score: Decimal | null
}

/** The last valid day of a pass: the result's own, else `validForMonths` after its day, less one day. */
function validUntilOf(course: Course, result: TrainingResult): string | null {
  if (result.validUntil !== undefined) return result.validUntil
  if (course.validForMonths === undefined) return null
  return shiftDate(toText(addMonths(toDate(result.date), course.validForMonths)), -1)
}

/**
 * Each result checked against its course: known, a score exactly when there is a pass mark, dates in order.
 */
function checkResults(compiled: CompiledTrainingPolicy, results: readonly TrainingResult[]): void {
  results.forEach((r, i) => {
    const course = compiled.courses.get(r.course)
    if (course === undefined)
      fail('INVALID_INPUT', 'training.unknown-course', ['results', i, 'course'], { course: r.course })
    if (course.passMark !== undefined) {
      if (r.score === undefined)
        fail('INVALID_INPUT', 'training.score-required', ['results', i, 'score'], { course: r.course })
      if (r.passed !== undefined)
        fail('INVALID_INPUT', 'training.passed-with-mark', ['results', i, 'passed'], { course: r.course })
    } else {
      if (r.passed === undefined)
        fail('INVALID_INPUT', 'training.passed-required', ['results', i, 'passed'], { course: r.course })
      if (r.score !== undefined)
        fail('INVALID_INPUT', 'training.score-without-mark', ['results', i, 'score'], { course: r.course })
    }
    if (r.validUntil !== undefined && r.validUntil < r.date)
      fail('INVALID_INPUT', 'training.valid-before-date', ['results', i, 'validUntil'], {
        date: r.date,
        validUntil: r.validUntil,
      })
  })
}

/** The decision on validated inputs. @internal */
export function decideCertification(
  versions: readonly CompiledTrainingPolicy[],
  personIn: unknown,
  resultsIn: unknown,
  optionsIn: unknown,
): CertificationDecision {
  const person = parseWith(TraineeSchema(), personIn, 'INVALID_INPUT', ['person'])
  const all = parseWith(z.array(TrainingResultSchema()).max(100_000), resultsIn, 'INVALID_INPUT', ['results'])
  const { asOf } = parseWith(OptionsSchema(), optionsIn, 'INVALID_INPUT', ['options'])
  const compiled = compiledVersionOn(versions, asOf, ['options', 'asOf'])
  const role = compiled.roles.get(person.role)
  if (role === undefined)
    fail('INVALID_INPUT', 'training.unknown-role', ['person', 'role'], { role: person.role })
  checkResults(compiled, all)
  const trace: TraceStep[] = [step('training.check', { person: person.id, role: role.label, asOf })]
  const later = all.filter((r) => r.date > asOf)
  for (const r of later)
    trace.push(step('training.not-yet', { course: labelOf(compiled, r.course), date: r.date }))
  const results = all.filter((r) => r.date <= asOf)
  const passes = qualifiedPasses(compiled, results)
  const courses = role.required.map((id) => statusOf(compiled, id, results, passes, asOf))
  for (const c of courses) trace.push(traceOf(c))
  const missing = courses
    .filter((c) => c.status !== 'valid' && c.status !== 'expiring')
    .map((c): MissingCourse => ({
      course: c.course,
      label: c.label,
      reason: REASON[c.status] as MissingCourse['reason'],
    }))
  const expiring = courses
    .filter((c) => c.status === 'expiring')
    .map((c): ExpiringCourse => ({
      course: c.course,
      label: c.label,
      validUntil: c.validUntil as string,
      daysLeft: c.daysLeft as number,
    }))
  const mayWork = missing.length === 0
  trace.push(
    mayWork
      ? step('training.may-work', { count: courses.length })
      : step('training.may-not-work', { count: missing.length }),
  )
  return {
    person: person.id,
    role: role.role,
    asOf,
    mayWork,
    courses,
    missing,
    expiring,
    policy: compiled.stamp,
    trace,
  }
}

const REASON: Partial<Record<CourseStatusKind, MissingCourse['reason']>> = {
  missing: 'never-taken',
  failed: 'failed',
  expired: 'expired',
  'prerequisite-missing': 'prerequisite',
}

function labelOf(compiled: CompiledTrainingPolicy, course: string): LocalizedText {
  return (compiled.courses.get(course) as Course).label
}

function isPass(course: Course, r: TrainingResult): boolean {
  return course.passMark === undefined ? r.passed === true : (r.score as Decimal).gte(course.passMark)
}

/**
 * The passes of every course that count: a passing result whose prerequisites each have a counting pass
 * dated on or before it and still valid on its day. Courses are settled in prerequisite order (the policy
 * has no cycles), each course's passes sorted by day.
 */
function qualifiedPasses(
  compiled: CompiledTrainingPolicy,
  results: readonly TrainingResult[],
): ReadonlyMap<string, readonly Pass[]> {
  const settled = new Map<string, Pass[]>()
  const settle = (id: string): Pass[] => {
    const done = settled.get(id)
    if (done !== undefined) return done
    const course = compiled.courses.get(id) as Course
    const prerequisites = course.prerequisites.map(settle)
    const passes = results
      .filter((r) => r.course === id && isPass(course, r))
      .filter((r) =>
        prerequisites.every((list) =>
          list.some((p) => p.date <= r.date && (p.validUntil === null || p.validUntil >= r.date)),
        ),
      )
      .map((r): Pass => ({ date: r.date, validUntil: validUntilOf(course, r), score: r.score ?? null }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    settled.set(id, passes)
    return passes
  }
  for (const id of compiled.courses.keys()) settle(id)
  return settled
}

/** The pass that lasts longest (no end first, then the latest end, then the latest day). */
function best(passes: readonly Pass[]): Pass | undefined {
  let found: Pass | undefined
  for (const p of passes) {
    if (found === undefined) found = p
    else if (found.validUntil !== null && (p.validUntil === null || p.validUntil >= found.validUntil))
      found = p
  }
  return found
}

function statusOf(
  compiled: CompiledTrainingPolicy,
  id: string,
  results: readonly TrainingResult[],
  passes: ReadonlyMap<string, readonly Pass[]>,
  asOf: string,
): CourseStatus {
  const course = compiled.courses.get(id) as Course
  const base = { course: id, label: course.label, passMark: course.passMark ?? null }
  const pass = best(passes.get(id) ?? [])
  if (pass !== undefined) {
    const daysLeft =
      pass.validUntil === null ? null : differenceInCalendarDays(toDate(pass.validUntil), toDate(asOf))
    const status: CourseStatusKind =
      daysLeft === null
        ? 'valid'
        : daysLeft < 0
          ? 'expired'
          : daysLeft <= compiled.policy.expiringWithinDays
            ? 'expiring'
            : 'valid'
    return { ...base, status, passedOn: pass.date, score: pass.score, validUntil: pass.validUntil, daysLeft }
  }
  const attempts = results.filter((r) => r.course === id)
  const passed = attempts.filter((r) => isPass(course, r))
  const scores = attempts.flatMap((r) => (r.score === undefined ? [] : [r.score]))
  const bestScore = scores.reduce<Decimal | null>((m, s) => (m === null || s.gt(m) ? s : m), null)
  const status: CourseStatusKind =
    passed.length > 0 ? 'prerequisite-missing' : attempts.length > 0 ? 'failed' : 'missing'
  return { ...base, status, passedOn: null, score: bestScore, validUntil: null, daysLeft: null }
}

function traceOf(c: CourseStatus): TraceStep {
  switch (c.status) {
    case 'valid':
      return c.validUntil === null
        ? step('training.valid', { course: c.label, on: c.passedOn ?? '' })
        : step('training.valid-until', { course: c.label, on: c.passedOn ?? '', until: c.validUntil })
    case 'expiring':
      return step('training.expiring', { course: c.label, until: c.validUntil ?? '', days: c.daysLeft ?? 0 })
    case 'expired':
      return step('training.expired', { course: c.label, until: c.validUntil ?? '' })
    case 'failed':
      return c.score !== null && c.passMark !== null
        ? step('training.failed-score', {
            course: c.label,
            score: c.score.toString(),
            mark: c.passMark.toString(),
          })
        : step('training.failed', { course: c.label })
    case 'missing':
      return step('training.missing', { course: c.label })
    case 'prerequisite-missing':
      return step('training.prerequisite-missing', { course: c.label })
  }
}
