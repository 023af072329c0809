/**
 * The one error the library throws. Issues are told apart by `code` and carry the `path` of the
 * bad field, following zod's issue model.
 */

/**
 * Stable codes of {@link SalesRulesError}:
 * - `INVALID_POLICY`: a policy document does not validate;
 * - `INVALID_INPUT`: the facts passed to a rule (or its options) do not validate;
 * - `NO_POLICY_IN_FORCE`: no policy version applies on the date asked for.
 *
 * @group Core
 */
export type SalesRulesErrorCode = 'INVALID_POLICY' | 'INVALID_INPUT' | 'NO_POLICY_IN_FORCE'

/**
 * One segment of the path to a bad field: an object key or an array index.
 *
 * @group Core
 */
export type PathSegment = string | number

/**
 * One problem found in an input, at one path.
 *
 * @group Core
 */
export interface SalesRulesIssue {
  /** Where the bad value is, from the root of the argument (`['tiers', 2, 'rate']`). */
  readonly path: readonly PathSegment[]
  /** What is wrong, in English. */
  readonly message: string
  /**
   * A stable code: zod's issue code (`invalid_type`, `too_small`…) or the library's own
   * (`decimal.too-large`…).
   */
  readonly code: string
  /** The values the message was made from, for rendering it in another locale. */
  readonly params?: Readonly<Record<string, string | number>>
}

/**
 * Thrown by every public function on bad input, and by nothing else: the library never lets a
 * `TypeError` or a `NaN` escape.
 *
 * @example
 * let caught: unknown
 * try {
 *   parseAmount('12abc')
 * } catch (error) {
 *   caught = error
 * }
 * caught instanceof SalesRulesError //=> true
 * ;(caught as SalesRulesError).issues[0]?.code //=> 'decimal.not-a-number'
 *
 * @group Core
 */
export class SalesRulesError extends Error {
  /** What kind of failure this is. */
  readonly code: SalesRulesErrorCode
  /** Every problem found, each with its path. */
  readonly issues: readonly SalesRulesIssue[]

  /**
   * @param code - The failure's stable code.
   * @param issues - The problems found (at least one).
   */
  constructor(code: SalesRulesErrorCode, issues: readonly SalesRulesIssue[]) {
    super(`${code}: ${issues.map(formatIssue).join('; ')}`)
    this.name = 'SalesRulesError'
    this.code = code
    this.issues = issues
  }
}

function formatIssue(issue: SalesRulesIssue): string {
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`
}
