import * as z from 'zod'
import { DateSchema, parseWith } from '../../core/schema'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../core/versioning'
import {
  AppraisalPolicySchema,
  CalibrationEntriesSchema,
  type AppraisalPolicyInput,
  type CalibrationEntryInput,
} from '../../models/appraisal'
import { calibrateWith, type Calibration } from './_lib/calibrate'
import { once } from '../../core/once'

/**
 * Options of {@link calibrate}.
 *
 * @group Appraisal
 */
export interface CalibrateOptions {
  /**
   * The day whose policy version decides (needed when `policy` is a list of versions); one policy not in
   * force on it is refused, as a list of one would be. Left out, one policy is used as given.
   */
  readonly asOf?: string | undefined
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema().optional() }).prefault({}))

/**
 * Calibrates a group's appraisals against the policy's forced distribution (强制分布, e.g. at most 20 % top
 * rating): the count of each rating before and after, and the ratings that must move. The number allowed in
 * a rating is its share × the group's size, rounded down; the appraisals over it move down one band, the
 * lowest scores first, and count against the next band's limit in turn. A tie on the score at the cut is
 * broken by the policy's `tieBreak` parts (higher points keep the rating), then by the earlier person id; or,
 * with `ties: 'move-all'`, every appraisal tied at the cut moves. No appraisal ever moves up.
 *
 * @param policy - The appraisal policy, or its versions (then `options.asOf` picks one); see {@link
 * AppraisalPolicyInput}.
 * @param appraisals - Each person's `score` and the `points` of its parts (from {@link appraise}); see {@link
 * CalibrationEntryInput}.
 * @param options - `asOf`, the decision's date (needed for a list of versions).
 * @returns The distribution against the guidance, each appraisal's rating before and after, the moves, the
 * policy stamp and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a bad appraisal (a person
 * listed twice…) or option, or a list of versions without `asOf`; `NO_POLICY_IN_FORCE` when no version
 * covers `asOf`.
 *
 * @example
 * const policy = defineAppraisalPolicy({
 *   id: 'appraisal', version: '1', effectiveFrom: '2026-01-01',
 *   parts: [{ part: 'supervisor', weight: 1 }],
 *   bands: [{ rating: 'A', minScore: 90 }, { rating: 'B', minScore: 70 }, { rating: 'C' }],
 *   distribution: { limits: [{ rating: 'A', maxShare: '0.2' }] },
 * })
 * const scores = [95, 92, 80, 75, 60].map((score, i) => ({ person: `p${i + 1}`, score }))
 * const result = calibrate(policy, scores)
 * result.moves.map((m) => `${m.person}: ${m.from} → ${m.to}`) //=> ['p2: A → B']
 *
 * @group Appraisal
 */
export function calibrate(
  policy: PolicyOrVersions<AppraisalPolicyInput>,
  appraisals: readonly CalibrationEntryInput[],
  options: CalibrateOptions = {},
): Calibration {
  const asOf = () => optionOf(options, 'asOf')
  return withPolicyInForce(policy, asOf, ['options', 'asOf'], (p) => {
    const parsed = parseWith(AppraisalPolicySchema(), p, 'INVALID_POLICY')
    const entries = parseWith(CalibrationEntriesSchema(), appraisals, 'INVALID_INPUT', ['appraisals'])
    parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
    return calibrateWith(parsed, entries)
  })
}
