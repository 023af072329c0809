import { parseWith } from '../../core/schema'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../core/versioning'
import {
  AppraisalInputSchema,
  AppraisalPolicySchema,
  type AppraisalInput,
  type AppraisalPolicyInput,
} from '../../models/appraisal'
import { appraiseWith, type Appraisal } from './_lib/score'

/**
 * Appraises one person for a month, a quarter or a year (绩效考核): each part of the score — the KPI
 * scorecard result (the months of a quarter or a year combined by the policy: average, weighted by month or
 * the last N), the self rating (自評), the supervisor's rating (上級評價) and the peers' average (同事互評) — is
 * put on a 0–100 scale, weighted, summed and rounded by the policy; the score's band is the rating, and the
 * band says what it brings (bonus multiplier, raise range, training plan, warning, deduction), with
 * promotion eligibility after the policy's number of qualifying ratings in a row. A score exactly on a
 * band's `minScore` gets that band.
 *
 * @param policy - The appraisal policy, or its versions: the one in force on the period's last day decides;
 * see {@link AppraisalPolicyInput}.
 * @param input - The person, the period, the monthly KPI results, the ratings and the earlier ratings; see
 * {@link AppraisalInput}.
 * @returns Each part with its value, points and weight, the score, the rating, its consequences, the policy
 * stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy (weights not adding up to 1, bands out of
 * order…); `INVALID_INPUT` for a bad input: a period that is not one, three or twelve whole months, a KPI
 * month outside it, a rating outside its scale, a part missing (with `missing: 'error'`) or given for a part
 * the policy does not score; `NO_POLICY_IN_FORCE` when no version covers the period's last day.
 *
 * @example
 * const policy = defineAppraisalPolicy({
 *   id: 'appraisal', version: '1', effectiveFrom: '2026-01-01',
 *   parts: [
 *     { part: 'kpi', weight: '0.6' },
 *     { part: 'supervisor', weight: '0.4', scale: { min: 1, max: 5 } },
 *   ],
 *   bands: [
 *     { rating: 'A', minScore: 90, bonusMultiplier: '1.2' },
 *     { rating: 'B', minScore: 70 },
 *     { rating: 'C', warning: true },
 *   ],
 * })
 * const result = appraise(policy, {
 *   person: 'rep-1', period: { start: '2026-04-01', end: '2026-06-30' },
 *   kpiResults: [
 *     { month: '2026-04', score: 90 },
 *     { month: '2026-05', score: 100 },
 *     { month: '2026-06', score: 110 },
 *   ],
 *   ratings: { supervisor: 4 },
 * })
 * result.score.toFixed(2) //=> '90.00'
 * result.rating //=> 'A'
 *
 * @group Appraisal
 */
export function appraise(policy: PolicyOrVersions<AppraisalPolicyInput>, input: AppraisalInput): Appraisal {
  const end = () => optionOf(optionOf(input, 'period'), 'end')
  return withPolicyInForce(policy, end, ['input', 'period', 'end'], (p) =>
    appraiseWith(
      parseWith(AppraisalPolicySchema(), p, 'INVALID_POLICY'),
      parseWith(AppraisalInputSchema(), input, 'INVALID_INPUT', ['input']),
    ),
  )
}
