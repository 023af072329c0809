/**
 * Training certification (岗前考核): the courses each role must pass before and while working, with pass
 * marks ("岗前需完成销售流程、产品知识、CRM使用等考核(如通过率需达90%)"), prerequisites, safety training before
 * starting work ("新员工入职前,必须参加公司统一的安全教育培训,合格后方可上岗"), certificates ("具有相关资格证书"),
 * expiry and renewal.
 */
import * as z from 'zod'
import {
  addIssue,
  checkUniqueIds,
  DateSchema,
  FractionSchema,
  IdSchema,
  LabelSchema,
  whenValid,
  wholeNumber,
} from '../core/schema'
import type { Decimal, DecimalInput } from '../core/decimal'
import type { LabelInput } from '../core/schema'
import type { LocalizedText } from '../core/trace'
import { checkVersionDates, VersionedSchema } from '../core/versioning'
import type { VersionedInput } from '../core/versioning'
import { once } from '../core/once'

const CourseSchema = once(() =>
  z.strictObject({
    /** The course's id, as written on results (e.g. `pre-job-exam`). */
    id: IdSchema(),
    /** Its name (e.g. `岗前考核:销售流程、产品知识、CRM使用`). */
    label: LabelSchema(),
    /**
     * The lowest passing score, a fraction (`0.9` = 90 %; a score exactly on it passes: 通过率需达90%); a
     * result then needs a `score`. Without it, a result says `passed` (attendance, a certificate).
     */
    passMark: FractionSchema().optional(),
    /**
     * How long a pass stays valid, in whole months from the day of the result (a pass on 2026-01-15 for 12
     * months is valid through 2027-01-14); forever when left out, unless a result gives its own `validUntil`.
     */
    validForMonths: wholeNumber(1, 1200).optional(),
    /** Courses that must have been passed, on or before the day of this course's result, for it to count. */
    prerequisites: z.array(IdSchema()).max(100).default([]),
  }),
)

const RoleSchema = once(() =>
  z.strictObject({
    /** The role's id, as on a person (e.g. `sales-rep`). */
    role: IdSchema(),
    /** Its name. */
    label: LabelSchema(),
    /** The courses a person in this role must hold a valid pass of to work (上岗), at least one. */
    required: z.array(IdSchema()).min(1).max(200),
  }),
)

/**
 * The training certification policy (岗前培训与考核).
 *
 * @group Training
 */
export const TrainingPolicySchema = once(() =>
  z
    .strictObject({
      ...VersionedSchema().shape,
      /** The courses, exams and certificates. */
      courses: z.array(CourseSchema()).min(1).max(500),
      /** The courses each role requires. */
      roles: z.array(RoleSchema()).min(1).max(200),
      /** A valid pass that ends within this many days after `asOf` (inclusive) is listed as expiring. */
      expiringWithinDays: wholeNumber(0, 3660).default(30),
    })
    .check(
      whenValid((p, ctx) => {
        checkVersionDates(p, ctx)
        checkUniqueIds(p.courses, 'id', ['courses'], ctx)
        checkUniqueIds(p.roles, 'role', ['roles'], ctx)
        const courses = new Map(p.courses.map((c) => [c.id, c]))
        const known = (id: string, path: readonly (string | number)[]) => {
          if (!courses.has(id)) addIssue(ctx, 'training.unknown-course', path, { course: id })
        }
        p.roles.forEach((r, i) => r.required.forEach((c, j) => known(c, ['roles', i, 'required', j])))
        p.courses.forEach((c, i) =>
          c.prerequisites.forEach((q, j) => known(q, ['courses', i, 'prerequisites', j])),
        )
        // no course may be its own prerequisite, directly or through others
        p.courses.forEach((c, i) => {
          const seen = new Set<string>()
          const stack = [...c.prerequisites]
          while (stack.length > 0) {
            const next = stack.pop() as string
            if (next === c.id) {
              addIssue(ctx, 'training.prerequisite-cycle', ['courses', i, 'prerequisites'], { course: c.id })
              return
            }
            if (seen.has(next)) continue
            seen.add(next)
            stack.push(...(courses.get(next)?.prerequisites ?? []))
          }
        })
      }),
    ),
)

/**
 * A training policy as written in a policy document.
 *
 * @group Training
 */
export interface TrainingPolicyInput extends VersionedInput {
  /** The courses, exams and certificates, at least one; ids unique. */
  readonly courses: readonly {
    /** The course's id, as written on results (e.g. `pre-job-exam`). */
    readonly id: string
    /** Its name (e.g. `岗前考核:销售流程、产品知识、CRM使用`). */
    readonly label: LabelInput
    /**
     * The lowest passing score, a fraction (`0.9` = 90 %; a score exactly on it passes: 通过率需达90%); a
     * result then needs a `score`. Without it, a result says `passed` (attendance, a certificate).
     */
    readonly passMark?: DecimalInput | undefined
    /**
     * How long a pass stays valid, in whole months from the day of the result (a pass on 2026-01-15 for 12
     * months is valid through 2027-01-14); forever when left out, unless a result gives its own
     * `validUntil`.
     */
    readonly validForMonths?: number | undefined
    /**
     * Courses that must have been passed, on or before the day of this course's result, for it to count;
     * none when left out.
     */
    readonly prerequisites?: readonly string[] | undefined
  }[]
  /** The courses each role requires, at least one role; roles unique. */
  readonly roles: readonly {
    /** The role's id, as on a person (e.g. `sales-rep`). */
    readonly role: string
    /** Its name. */
    readonly label: LabelInput
    /** The courses a person in this role must hold a valid pass of to work (上岗), at least one. */
    readonly required: readonly string[]
  }[]
  /**
   * A valid pass that ends within this many days after `asOf` (inclusive) is listed as expiring; 30 when
   * left out.
   */
  readonly expiringWithinDays?: number | undefined
}

/**
 * A course, exam or certificate of a validated training policy.
 *
 * @group Training
 */
export interface TrainingCourse {
  /** The course's id, as written on results (e.g. `pre-job-exam`). */
  readonly id: string
  /** Its name (e.g. `岗前考核:销售流程、产品知识、CRM使用`). */
  readonly label: LocalizedText
  /**
   * The lowest passing score, a fraction (`0.9` = 90 %; a score exactly on it passes: 通过率需达90%); a
   * result then needs a `score`. Without it, a result says `passed` (attendance, a certificate).
   */
  readonly passMark?: Decimal | undefined
  /**
   * How long a pass stays valid, in whole months from the day of the result (a pass on 2026-01-15 for 12
   * months is valid through 2027-01-14); forever when left out, unless a result gives its own `validUntil`.
   */
  readonly validForMonths?: number | undefined
  /**
   * Courses that must have been passed, on or before the day of this course's result, for it to count; none
   * by default.
   */
  readonly prerequisites: readonly string[]
}

/**
 * A role of a validated training policy and the courses it requires.
 *
 * @group Training
 */
export interface TrainingRole {
  /** The role's id, as on a person (e.g. `sales-rep`). */
  readonly role: string
  /** Its name. */
  readonly label: LocalizedText
  /** The courses a person in this role must hold a valid pass of to work (上岗), at least one. */
  readonly required: readonly string[]
}

/**
 * A validated training policy, every default filled in.
 *
 * @group Training
 */
export interface TrainingPolicy {
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
  /** The courses, exams and certificates. */
  readonly courses: readonly TrainingCourse[]
  /** The courses each role requires. */
  readonly roles: readonly TrainingRole[]
  /**
   * A valid pass that ends within this many days after `asOf` (inclusive) is listed as expiring; 30 by
   * default.
   */
  readonly expiringWithinDays: number
}

/**
 * The person whose certification is checked.
 *
 * @group Training
 */
export const TraineeSchema = once(() =>
  z.strictObject({
    /** The person's id. */
    id: IdSchema(),
    /** Their role, one of the policy's `roles` (e.g. `sales-rep`). */
    role: IdSchema(),
  }),
)

/**
 * A person as passed in.
 *
 * @group Training
 */
export interface TraineeInput {
  /** The person's id. */
  readonly id: string
  /** Their role, one of the policy's `roles` (e.g. `sales-rep`). */
  readonly role: string
}

/**
 * One exam, training or certificate result of the person.
 *
 * @group Training
 */
export const TrainingResultSchema = once(() =>
  z.strictObject({
    /** The course, one of the policy's `courses`. */
    course: IdSchema(),
    /**
     * The day of the result (exam, completion, certificate issue), `YYYY-MM-DD`; later than `asOf` it does
     * not
     * count yet.
     */
    date: DateSchema(),
    /** The score, a fraction (`0.9` = 90 %): required when the course has a pass mark, refused otherwise. */
    score: FractionSchema().optional(),
    /** Whether it was passed: required when the course has no pass mark, refused otherwise. */
    passed: z.boolean().optional(),
    /**
     * The last valid day the certificate itself states (inclusive); instead of the course's `validForMonths`.
     */
    validUntil: DateSchema().optional(),
  }),
)

/**
 * A training result as passed in.
 *
 * @group Training
 */
export interface TrainingResultInput {
  /** The course, one of the policy's `courses`. */
  readonly course: string
  /**
   * The day of the result (exam, completion, certificate issue), `YYYY-MM-DD`; later than `asOf` it does not
   * count yet.
   */
  readonly date: string
  /** The score, a fraction (`0.9` = 90 %): required when the course has a pass mark, refused otherwise. */
  readonly score?: DecimalInput | undefined
  /** Whether it was passed: required when the course has no pass mark, refused otherwise. */
  readonly passed?: boolean | undefined
  /**
   * The last valid day the certificate itself states (inclusive); instead of the course's `validForMonths`.
   */
  readonly validUntil?: string | undefined
}

/**
 * A validated training result: one exam, training or certificate result of the person.
 *
 * @group Training
 */
export interface TrainingResult {
  /** The course, one of the policy's `courses`. */
  readonly course: string
  /**
   * The day of the result (exam, completion, certificate issue), `YYYY-MM-DD`; later than `asOf` it does not
   * count yet.
   */
  readonly date: string
  /** The score, a fraction (`0.9` = 90 %): required when the course has a pass mark, refused otherwise. */
  readonly score?: Decimal | undefined
  /** Whether it was passed: required when the course has no pass mark, refused otherwise. */
  readonly passed?: boolean | undefined
  /**
   * The last valid day the certificate itself states (inclusive); instead of the course's `validForMonths`.
   */
  readonly validUntil?: string | undefined
}
