import * as z from 'zod'
import { DateSchema, parseWith } from '../../../core/schema'
import { optionOf, withPolicyInForce, type PolicyOrVersions } from '../../../core/versioning'
import type { OpportunityScoringMatrixInput } from '../../../models/opportunity'
import { once } from '../../../core/once'

/**
 * Options of the opportunity scoring functions.
 *
 * @group Opportunity scoring
 */
export interface ScoringOptions {
  /**
   * The day of the decision, `YYYY-MM-DD`: with a list of matrix versions, the version in force on it
   * scores (required with a list); one matrix not in force on it is refused, as a list of one would be.
   * Left out, one matrix is used as given.
   */
  readonly asOf?: string | undefined
}

const OptionsSchema = once(() => z.strictObject({ asOf: DateSchema().optional() }).optional())

/**
 * Runs `decide` with the matrix in force on `options.asOf` (the one given, or from a list of versions),
 * after checking the options. @internal
 */
export function withMatrixInForce<R>(
  matrix: PolicyOrVersions<OpportunityScoringMatrixInput>,
  options: ScoringOptions | undefined,
  decide: (matrix: OpportunityScoringMatrixInput) => R,
): R {
  return withPolicyInForce(
    matrix,
    () => optionOf(options, 'asOf'),
    ['options', 'asOf'],
    (m) => {
      parseWith(OptionsSchema(), options, 'INVALID_INPUT', ['options'])
      return decide(m)
    },
  )
}
