import { atPath, parseWith } from '../../core/schema'
import * as z from 'zod'
import type { OpportunityScoringMatrixInput, Ratings } from '../../models/opportunity'
import type { OpportunityScore } from './_lib/evaluate'
import { compileScoringMatrix } from './compileScoringMatrix'
import type { PolicyOrVersions } from '../../core/versioning'
import { withMatrixInForce, type ScoringOptions } from './_lib/options'

/**
 * Scores a list of opportunities with one compiled matrix; the result at index `i` belongs to
 * the ratings at index `i`.
 *
 * @param matrix - The scoring matrix, or the list of its versions (the one in force on `options.asOf`
 * scores every opportunity); see {@link OpportunityScoringMatrixInput}.
 * @param ratingsList - One ratings record per opportunity.
 * @param options - `asOf`, the day of the decision (required with a list of versions).
 * @returns One full, explained score per opportunity, each stamped with the matrix version.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad matrix; `INVALID_INPUT` with the path `[index,
 * 'ratings', key]` of the first bad rating; `NO_POLICY_IN_FORCE` when no version is in force on
 * `options.asOf`.
 *
 * @example
 * const matrix = {
 *   id: 'm',
 *   version: '1',
 *   effectiveFrom: '2026-01-01',
 *   dimensions: [
 *     {
 *       key: 'need',
 *       label: 'Need',
 *       weight: 1,
 *       levels: [
 *         { id: 'low', label: 'Low', points: 1 },
 *         { id: 'high', label: 'High', points: 4 },
 *       ],
 *     },
 *   ],
 *   grades: [
 *     { id: 'C', label: 'C', minScore: 0, strategy: { contactEveryDays: 30, ownerRole: 'rep' } },
 *     { id: 'A', label: 'A', minScore: 75, strategy: { contactEveryDays: 7, ownerRole: 'rep' } },
 *   ],
 * }
 * scoreOpportunities(matrix, [{ need: 'high' }, { need: 'low' }]).map((r) => r.grade) //=> ['A', 'C']
 *
 * @group Opportunity scoring
 */
export function scoreOpportunities(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  ratingsList: readonly Ratings[],
  options?: ScoringOptions,
): OpportunityScore[] {
  return withMatrixInForce(matrix, options, (m) => {
    const evaluator = compileScoringMatrix(m)
    const list = parseWith(z.array(z.unknown()), ratingsList, 'INVALID_INPUT', ['ratingsList'])
    return list.map((ratings, index) => atPath([index], () => evaluator.score(ratings as Ratings)))
  })
}
