import type { TraineeInput, TrainingResultInput } from '../../models/training'
import type { CertificationDecision, CertificationOptions } from './_lib/check'
import type { TrainingPolicies } from './_lib/policy'
import { compileTrainingPolicy } from './compileTrainingPolicy'

/**
 * Whether a person may work in their role (上岗) on a day: every course the role requires must have a
 * valid pass — a score at or above the pass mark ("岗前需完成销售流程、产品知识、CRM使用等考核(如通过率需达
 * 90%)": 90 % passes), a completed training ("新员工入职前,必须参加公司统一的安全教育培训,合格后方可上岗"), a
 * certificate ("具有相关资格证书") — taken after its prerequisites, and not expired. A pass is valid through
 * its last valid day inclusive: a certificate whose `validUntil` is the day of the check still counts that
 * day (and is listed as expiring, 0 days left); the day after, it has expired. A course valid for 12
 * months passed on 2026-01-15 is valid through 2027-01-14. Results dated after `asOf` do not count yet.
 *
 * @param policy - One training policy or its versions; the one in force on `options.asOf` decides.
 * @param person - The person and their role; see {@link TraineeInput}.
 * @param results - Their exam, training and certificate results; see {@link TrainingResultInput}.
 * @param options - `asOf`, the day of the check.
 * @returns `mayWork`, each required course's status, the missing and the expiring ones, the policy stamp and
 * a trace.
 * @throws {SalesRulesError} `INVALID_POLICY` for a bad policy; `INVALID_INPUT` for a role the policy does not
 * define (`training.unknown-role`), a result of an unknown course (`training.unknown-course`), a result
 * without the score its pass mark needs (`training.score-required`) or the `passed` a course without one
 * needs (`training.passed-required`), a certificate ending before its day (`training.valid-before-date`);
 * `NO_POLICY_IN_FORCE` at `options.asOf`.
 *
 * @example
 * const policy = defineTrainingPolicy({
 *   id: 'training', version: '1', effectiveFrom: '2026-01-01',
 *   courses: [
 *     { id: 'safety', label: '安全教育培训' },
 *     { id: 'pre-job', label: '岗前考核', passMark: '0.9', prerequisites: ['safety'] },
 *   ],
 *   roles: [{ role: 'sales-rep', label: '销售代表', required: ['safety', 'pre-job'] }],
 * })
 * const results = [
 *   { course: 'safety', date: '2026-03-02', passed: true },
 *   { course: 'pre-job', date: '2026-03-05', score: '0.9' },
 * ]
 * const employee = { id: 'E-7', role: 'sales-rep' }
 * checkCertification(policy, employee, results, { asOf: '2026-03-09' }).mayWork //=> true
 * const partial = checkCertification(policy, employee, results.slice(1), { asOf: '2026-03-09' })
 * partial.missing.map((m) => m.reason) //=> ['never-taken', 'prerequisite']
 *
 * @group Training
 */
export function checkCertification(
  policy: TrainingPolicies,
  person: TraineeInput,
  results: readonly TrainingResultInput[],
  options: CertificationOptions,
): CertificationDecision {
  return compileTrainingPolicy(policy).checkCertification(person, results, options)
}
