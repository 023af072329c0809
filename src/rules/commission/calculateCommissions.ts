import * as z from 'zod'
import { shiftDate } from '../../core/dates'
import { prorate } from '../../core/period'
import { atPath, fail, parseWith } from '../../core/schema'
import { checkVersionList, versionOn } from '../../core/versioning'
import {
  CommissionPlanSchema,
  type CommissionInput,
  type CommissionPlan,
  type CommissionPlanInput,
} from '../../models/commission'
import { runStatement, type CommissionStatement } from './_lib/statement'
import { parseCommissionInput } from './compileCommissionPlan'
import { once } from '../../core/once'

const VersionsSchema = once(() =>
  z
    .array(CommissionPlanSchema())
    .min(1)
    .check(z.superRefine((v, ctx) => checkVersionList(v, ctx), { when: (p) => p.issues.length === 0 })),
)

/**
 * Computes statements for many reps and periods from the versions of one plan. Each statement
 * uses the version in force on its dates: when a plan changes inside a statement period, the
 * period is cut at the change and one statement per version is returned (in order), each with
 * its own transactions and the quota prorated by calendar days; the balance owed carries from
 * one to the next.
 *
 * @param versions - The plan's versions (non-overlapping effective dates).
 * @param inputs - One input per rep and period.
 * @returns The statements, in the order of the inputs (more than one for an input whose period spans a plan
 * change).
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad version or overlapping versions; `INVALID_INPUT` with
 * the path `[index, …]` of a bad input; `NO_POLICY_IN_FORCE` when a period has days no version covers.
 *
 * @example
 * const v1 = defineCommissionPlan({
 *   id: 'plan',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   rates: { kind: 'flat', rate: '0.03' },
 * })
 * const v2 = defineCommissionPlan({
 *   ...v1,
 *   version: '2',
 *   effectiveFrom: '2026-06-16',
 *   rates: { kind: 'flat', rate: '0.04' },
 * })
 * const statements = calculateCommissions(
 *   [v1, v2],
 *   [
 *     {
 *       rep: 'r1',
 *       period: { start: '2026-06-01', end: '2026-06-30' },
 *       transactions: [
 *         { id: 'a', date: '2026-06-10', amount: '10000' },
 *         { id: 'b', date: '2026-06-20', amount: '10000' },
 *       ],
 *     },
 *   ],
 * )
 * statements.map((s) => [s.plan.version, s.commission.toFixed(2)]) //=> [['1', '300.00'], ['2', '400.00']]
 *
 * @group Commission
 */
export function calculateCommissions(
  versions: readonly CommissionPlanInput[],
  inputs: readonly CommissionInput[],
): CommissionStatement[] {
  const plans = parseWith(VersionsSchema(), versions, 'INVALID_POLICY', ['versions'])
  const list = parseWith(z.array(z.unknown()), inputs, 'INVALID_INPUT', ['inputs'])
  return list.flatMap((raw, index) => {
    const input = atPath([index], () => parseCommissionInput(raw as CommissionInput))
    const pieces: { plan: CommissionPlan; start: string; end: string }[] = []
    for (let day = input.period.start; day <= input.period.end;) {
      const plan = versionOn(plans, day)
      if (plan === undefined) {
        fail('NO_POLICY_IN_FORCE', 'versions.none-in-force', [index, 'period'], { date: day })
      }
      const next = plans
        .filter((p) => p.effectiveFrom > day)
        .map((p) => p.effectiveFrom)
        .sort()[0]
      const stop = [input.period.end, plan.effectiveTo, next === undefined ? undefined : shiftDate(next, -1)]
        .filter((d): d is string => d !== undefined)
        .sort()[0] as string
      pieces.push({ plan, start: day, end: stop })
      day = shiftDate(stop, 1)
    }
    if (pieces.length === 1) return [runStatement((pieces[0] as (typeof pieces)[number]).plan, input)]
    const statements: CommissionStatement[] = []
    let balance = input.priorBalance
    for (const piece of pieces) {
      const inPiece = (d: string) => d >= piece.start && d <= piece.end
      const statement = runStatement(piece.plan, {
        ...input,
        period: { start: piece.start, end: piece.end },
        quota:
          input.quota === undefined
            ? undefined
            : prorate({
                amount: input.quota,
                period: input.period,
                ranges: [{ start: piece.start, end: piece.end }],
                rounding: piece.plan.rounding,
              }).amount,
        employment: {
          start: input.employment?.start ?? input.period.start,
          end: input.employment?.end ?? input.period.end,
        },
        transactions: input.transactions.filter(
          (t) => inPiece(t.date) || input.payments.some((p) => p.transactionId === t.id && inPiece(p.date)),
        ),
        payments: input.payments.filter((p) => inPiece(p.date)),
        priorBalance: balance,
      })
      balance = statement.balance
      statements.push(statement)
    }
    return statements
  })
}
