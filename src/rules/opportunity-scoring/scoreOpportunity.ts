import type { OpportunityScoringMatrixInput, Ratings } from '../../models/opportunity'
import type { OpportunityScore } from './_lib/evaluate'
import { compileScoringMatrix } from './compileScoringMatrix'
import type { PolicyOrVersions } from '../../core/versioning'
import { withMatrixInForce, type ScoringOptions } from './_lib/options'

/**
 * Scores one opportunity on the matrix (销售机会评估矩阵): each dimension's contribution is
 * `weight × points ÷ best points`, the score is `100 × Σ contributions ÷ Σ weights` (over the
 * rated weights when the matrix re-weights), the grade is the highest whose cut score (inclusive)
 * the exact score reaches, then gates may cap it; the grade's follow-up strategy comes with it.
 *
 * @param matrix - The scoring matrix, or the list of its versions (the one in force on `options.asOf`
 * scores); see {@link OpportunityScoringMatrixInput}.
 * @param ratings - Dimension key → level id (`null` or absent when not rated).
 * @param options - `asOf`, the day of the decision (required with a list of versions).
 * @returns Score (0–100, truncated to 4 decimals), grade, strategy, each dimension's contribution, coverage,
 * gates applied, the matrix version that scored (`policy`) and a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad matrix; `INVALID_INPUT` for an unknown
 *   dimension or level, or a missing rating the matrix rejects, with the path `['ratings', key]`;
 *   `NO_POLICY_IN_FORCE` when no version is in force on `options.asOf`.
 *
 * @example
 * const matrix = {
 *   id: 'handbook',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'need',
 *       label: { en: 'Need', 'zh-CN': '客户需求' },
 *       weight: '0.4',
 *       levels: [
 *         { id: 'low', label: '低', points: 1 },
 *         { id: 'high', label: '高', points: 5 },
 *       ],
 *     },
 *     {
 *       key: 'budget',
 *       label: { en: 'Budget', 'zh-CN': '预算' },
 *       weight: '0.6',
 *       levels: [
 *         { id: 'none', label: '无', points: 0 },
 *         { id: 'approved', label: '已批', points: 5 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     {
 *       id: 'low',
 *       label: { en: 'Low', 'zh-CN': '低' },
 *       minScore: 0,
 *       strategy: { contactEveryDays: 30, ownerRole: 'sales-rep' },
 *     },
 *     {
 *       id: 'high',
 *       label: { en: 'High', 'zh-CN': '高' },
 *       minScore: 60,
 *       strategy: { contactEveryDays: 3, ownerRole: 'sales-manager' },
 *     },
 *   ],
 * }
 * const result = scoreOpportunity(matrix, { need: 'low', budget: 'approved' })
 * result.score.toString() //=> '68'
 * result.grade //=> 'high'
 * result.policy //=> { id: 'handbook', version: '1', effectiveFrom: '2026-01-01' }
 *
 * @group Opportunity scoring
 */
export function scoreOpportunity(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  ratings: Ratings,
  options?: ScoringOptions,
): OpportunityScore {
  return withMatrixInForce(matrix, options, (m) => compileScoringMatrix(m).score(ratings))
}
