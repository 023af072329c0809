import * as z from 'zod'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { shiftDate, toDate } from '../../core/dates'
import {
  addIssue,
  atPath,
  checkUniqueIds,
  DateSchema,
  fail,
  IdSchema,
  InstantSchema,
  parseWith,
  whenValid,
} from '../../core/schema'
import { step, type LocalizedText, type TraceStep } from '../../core/trace'
import { stampOf, withPolicyInForce, type PolicyOrVersions, type PolicyStamp } from '../../core/versioning'
import { RatingsSchema, type OpportunityScoringMatrixInput } from '../../models/opportunity'
import { compileScoringMatrix } from './compileScoringMatrix'
import { once } from '../../core/once'

/**
 * An open opportunity whose follow-up is checked.
 *
 * @group Opportunity scoring
 */
export const FollowedOpportunitySchema = once(() =>
  z
    .strictObject({
      /** The opportunity's id. */
      id: IdSchema(),
      /** Its grade on the matrix, as the CRM stores it; give this or `ratings`. */
      grade: IdSchema().optional(),
      /** Its ratings, graded by the matrix; give this or `grade`. */
      ratings: RatingsSchema().optional(),
      /** The day it was opened (or entered its stage): the cadence runs from here until the first contact. */
      since: DateSchema(),
    })
    .check(
      whenValid((o, ctx) => {
        if ((o.grade === undefined) === (o.ratings === undefined))
          addIssue(ctx, 'opportunity.grade-or-ratings', [], {})
      }),
    ),
)

/**
 * An open opportunity whose follow-up is checked.
 *
 * @group Opportunity scoring
 */
export interface FollowedOpportunityInput {
  /** The opportunity's id. */
  readonly id: string
  /** Its grade on the matrix, as the CRM stores it; give this or `ratings`. */
  readonly grade?: string | undefined
  /** Its ratings, graded by the matrix; give this or `grade`. */
  readonly ratings?: Readonly<Record<string, string | null>> | undefined
  /** The day it was opened (or entered its stage): the cadence runs from here until the first contact. */
  readonly since: string
}

/**
 * A contact with an opportunity's customer.
 *
 * @group Opportunity scoring
 */
export const OpportunityContactSchema = once(() =>
  z.strictObject({
    /** The opportunity's id. */
    opportunity: IdSchema(),
    /** When: a date `YYYY-MM-DD`, or an instant (its date as written counts). */
    at: z.union([DateSchema(), InstantSchema()]),
  }),
)

/**
 * A contact with an opportunity's customer.
 *
 * @group Opportunity scoring
 */
export interface OpportunityContactInput {
  /** The opportunity's id. */
  readonly opportunity: string
  /** When: a date `YYYY-MM-DD`, or an instant (its date as written counts). */
  readonly at: string
}

const OpportunitiesSchema = once(() =>
  z
    .array(FollowedOpportunitySchema())
    .max(1_000_000)
    .check(whenValid((list, ctx) => checkUniqueIds(list, 'id', [], ctx))),
)
const ContactsSchema = once(() => z.array(OpportunityContactSchema()).max(1_000_000))

/**
 * One opportunity's follow-up against its grade's `contactEveryDays`.
 *
 * @group Opportunity scoring
 */
export interface OpportunityFollowUp {
  /** The opportunity's id. */
  readonly opportunity: string
  /** Its grade. */
  readonly grade: string
  /** The grade's label. */
  readonly gradeLabel: LocalizedText
  /** The grade's cadence: a contact at least every this many days. */
  readonly contactEveryDays: number
  /** The role that owns the follow-up (the grade's `ownerRole`). */
  readonly ownerRole: string
  /** The date of the last contact on or before `asOf`, or `null`. */
  readonly lastContact: string | null
  /** The next contact is due on this day: (last contact, else `since`) + `contactEveryDays`. */
  readonly due: string
  /** `ok`, or `overdue` when `asOf` is after `due`. */
  readonly status: 'ok' | 'overdue'
  /** Days past `due` (0 when not overdue). */
  readonly daysOverdue: number
  /** The finding, as a sentence. */
  readonly trace: readonly TraceStep[]
}

/**
 * The follow-up check of opportunities against the matrix's cadences.
 *
 * @group Opportunity scoring
 */
export interface OpportunityFollowUpReport {
  /** The day of the check. */
  readonly asOf: string
  /** Each opportunity, in the order given. */
  readonly opportunities: readonly OpportunityFollowUp[]
  /** The ids of the overdue ones. */
  readonly overdue: readonly string[]
  /** The matrix version that decided. */
  readonly policy: PolicyStamp
  /** A summary. */
  readonly trace: readonly TraceStep[]
}

/**
 * Checks each open opportunity's contacts against its grade's follow-up strategy (跟进策略): the next
 * contact is due `contactEveryDays` calendar days after the last contact on or before `asOf` (or after
 * `since` when there was none), and the opportunity is overdue from the day after. The grade is the one
 * stored (`grade`) or the matrix's grade of its `ratings`. Contacts after `asOf` or of other opportunities
 * are not counted.
 *
 * @param matrix - The opportunity scoring matrix or its versions; the one in force on `asOf` decides.
 * @param opportunities - The open opportunities; see {@link FollowedOpportunityInput}. Ids unique.
 * @param contacts - Contacts; see {@link OpportunityContactInput}.
 * @param asOf - The day of the check, `YYYY-MM-DD`.
 * @returns Each opportunity's last contact, due day and status, the overdue ids, the matrix stamp and a
 * trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad matrix; `INVALID_INPUT` for a bad opportunity (neither
 * or both of grade and ratings: `opportunity.grade-or-ratings`; an unknown grade: `scorecard.unknown-grade`
 * at `opportunities.<i>.grade`), contact or `asOf`; `NO_POLICY_IN_FORCE` when no version covers `asOf`.
 *
 * @example
 * const matrix = {
 *   id: 'matrix', version: '1', effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'need',
 *       label: '客户需求',
 *       weight: 1,
 *       levels: [
 *         { id: 'low', label: '低', points: 0 },
 *         { id: 'high', label: '高', points: 1 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     { id: 'low', label: '低', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'sales-rep' } },
 *     {
 *       id: 'high',
 *       label: '高',
 *       minScore: 50,
 *       strategy: { contactEveryDays: 7, ownerRole: 'sales-manager' },
 *     },
 *   ],
 * }
 * const report = checkOpportunityFollowUp(
 *   matrix,
 *   [
 *     { id: 'O1', ratings: { need: 'high' }, since: '2026-06-01' },
 *     { id: 'O2', grade: 'low', since: '2026-06-01' },
 *   ],
 *   [{ opportunity: 'O1', at: '2026-06-03' }],
 *   '2026-06-11',
 * )
 * report.overdue //=> ['O1']
 * report.opportunities[0]?.due //=> '2026-06-10'
 *
 * @group Opportunity scoring
 */
export function checkOpportunityFollowUp(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  opportunities: readonly FollowedOpportunityInput[],
  contacts: readonly OpportunityContactInput[],
  asOf: string,
): OpportunityFollowUpReport {
  const day = parseWith(DateSchema(), asOf, 'INVALID_INPUT', ['asOf'])
  return withPolicyInForce(
    matrix,
    () => day,
    ['asOf'],
    (m) => {
      const evaluator = compileScoringMatrix(m)
      const list = parseWith(OpportunitiesSchema(), opportunities, 'INVALID_INPUT', ['opportunities'])
      const log = parseWith(ContactsSchema(), contacts, 'INVALID_INPUT', ['contacts'])
      const grades = new Map(evaluator.matrix.grades.map((g) => [g.id, g]))
      const last = new Map<string, string>()
      for (const c of log) {
        const date = c.at.slice(0, 10)
        if (date > day) continue
        const known = last.get(c.opportunity)
        if (known === undefined || date > known) last.set(c.opportunity, date)
      }
      const overdue: string[] = []
      const checked = list.map((o, i): OpportunityFollowUp => {
        const id =
          o.grade ??
          atPath(
            ['opportunities', i],
            () => evaluator.grade(o.ratings as Readonly<Record<string, string | null>>).grade,
          )
        const grade = grades.get(id)
        if (grade === undefined)
          fail('INVALID_INPUT', 'scorecard.unknown-grade', ['opportunities', i, 'grade'], { grade: id })
        const lastContact = last.get(o.id) ?? null
        const since = lastContact ?? o.since
        const every = grade.strategy.contactEveryDays
        const due = shiftDate(since, every)
        const daysOverdue = Math.max(0, differenceInCalendarDays(toDate(day), toDate(due)))
        const params = {
          opportunity: o.id,
          grade: grade.label,
          since,
          due,
          days: every,
          overdue: daysOverdue,
        }
        if (daysOverdue > 0) overdue.push(o.id)
        return {
          opportunity: o.id,
          grade: id,
          gradeLabel: grade.label,
          contactEveryDays: every,
          ownerRole: grade.strategy.ownerRole,
          lastContact,
          due,
          status: daysOverdue > 0 ? 'overdue' : 'ok',
          daysOverdue,
          trace: [
            step(daysOverdue > 0 ? 'opportunity.follow-up-overdue' : 'opportunity.follow-up-ok', params),
          ],
        }
      })
      return {
        asOf: day,
        opportunities: checked,
        overdue,
        policy: stampOf(evaluator.matrix),
        trace: [
          step('opportunity.follow-up-summary', {
            checked: checked.length,
            asOf: day,
            overdue: overdue.length,
          }),
        ],
      }
    },
  )
}
