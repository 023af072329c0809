import type { TraineeInput, TrainingPolicy, TrainingResultInput } from '../../models/training'
import { decideCertification, type CertificationDecision, type CertificationOptions } from './_lib/check'
import { compileVersions, type TrainingPolicies } from './_lib/policy'

/**
 * A training policy (or its versions) validated once, ready for many people.
 *
 * @group Training
 */
export interface TrainingEvaluator {
  /** The validated versions, in the order given (one for a single policy). */
  readonly policies: readonly TrainingPolicy[]
  /** Whether a person may work; see {@link checkCertification}. */
  readonly checkCertification: (
    person: TraineeInput,
    results: readonly TrainingResultInput[],
    options: CertificationOptions,
  ) => CertificationDecision
}

/**
 * Validates a training policy, or the list of its versions, once and returns an evaluator; each check uses
 * the version in force on its `asOf`.
 *
 * @param policy - One policy or its versions; see {@link TrainingPolicyInput}.
 * @returns The evaluator.
 * @throws {SalesRulesError} `INVALID_POLICY` with the path of every bad field: a course the policy does not
 * define (`training.unknown-course`), a prerequisite cycle (`training.prerequisite-cycle`), overlapping
 * versions (`versions.overlap`).
 *
 * @example
 * const evaluator = compileTrainingPolicy({
 *   id: 'training', version: '1', effectiveFrom: '2026-01-01',
 *   courses: [{ id: 'safety', label: '安全教育培训' }],
 *   roles: [{ role: 'sales-rep', label: '销售代表', required: ['safety'] }],
 * })
 * const status = evaluator.checkCertification({ id: 'E-1', role: 'sales-rep' }, [], { asOf: '2026-06-01' })
 * status.mayWork //=> false
 *
 * @group Training
 */
export function compileTrainingPolicy(policy: TrainingPolicies): TrainingEvaluator {
  const versions = compileVersions(policy)
  return {
    policies: versions.map((v) => v.policy),
    checkCertification: (person, results, options) => decideCertification(versions, person, results, options),
  }
}
