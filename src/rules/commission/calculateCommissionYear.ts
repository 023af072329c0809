import type { CommissionPlanInput, CommissionYearInput } from '../../models/commission'
import type { CommissionStatement } from './_lib/statement'
import { compileCommissionPlan } from './compileCommissionPlan'

/**
 * Settles a plan year period by period on year-to-date figures (年度累计，按月补差), as
 * sales-compensation systems do when reps are paid monthly against a quarterly or annual quota:
 * each period's statement computes the plan on the cumulative base and the cumulative attainment
 * (year-to-date base ÷ the annual quota), and pays what it has earned to date minus what earlier
 * periods settled. Crossing a marginal tier in March pays the higher rate on the base above the
 * bound from March on; on a retroactive plan the whole year is repriced and March's true-up
 * includes the catch-up on January and February — the trace says which. The period's cap (with
 * the excess forfeited or carried forward), floor and draw (recoverable from a date, at most so
 * much a period) apply to each period's true-up, and their balances carry from period to period.
 * For a rep employed part of the year, attainment is measured against the annual quota prorated once by
 * the share of the plan year employed (or, with `yearToDateQuota: 'to-date'`, against annual × days
 * employed so far ÷ days in the year). The input is the year's ledger: a reversal's commission is derived
 * from the sale's own lines, and each period's clawbacks settle apart from its cap and draw.
 *
 * @param plan - The commission plan; see {@link CommissionPlanInput}.
 * @param input - The rep, the plan year, how often it settles, the annual quota and every transaction of the
 * year; see {@link CommissionYearInput}.
 * @returns One statement per period through `through`, each with its `yearToDate` true-up.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad plan; `INVALID_INPUT` for a bad input
 * (`commission.year-start`, `commission.year-end`, `commission.needs-quota`…); `NO_POLICY_IN_FORCE` at
 * `['input', 'year']` for the first day settled (the plan year's first day to the end of the period
 * holding `through`) the plan is not in force on.
 *
 * @example
 * const plan = defineCommissionPlan({
 *   id: 'p',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   currency: 'CNY',
 *   rates: {
 *     kind: 'retroactive',
 *     basis: 'attainment',
 *     tiers: [
 *       { from: 0, rate: '0.03' },
 *       { from: '0.25', rate: '0.05' },
 *     ],
 *   },
 * })
 * const sales = [
 *   ['2026-01-20', '100000'],
 *   ['2026-02-20', '150000'],
 *   ['2026-03-20', '100000'],
 * ].map(([date, amount], i) => ({ id: `s${i}`, date, amount }))
 * const year = calculateCommissionYear(plan, {
 *   rep: 'r1',
 *   year: { start: '2026-01-01', end: '2026-12-31' },
 *   quota: '1200000',
 *   transactions: sales,
 *   through: '2026-03-31',
 * })
 * year.map((s) => s.payable.toFixed(2)) //=> ['3000.00', '4500.00', '10000.00']
 */
export function calculateCommissionYear(
  plan: CommissionPlanInput,
  input: CommissionYearInput,
): CommissionStatement[] {
  return compileCommissionPlan(plan).year(input)
}
